//! HTTP: the router, page and API handlers, and the mapping of errors to responses.
//! Handlers stay short: parse, call the directory off the async threads, build a view, render.
//! May import: anything.

mod api;
mod auth;
mod error;
mod extract;
mod feeds;
mod filter_panel;
mod hsds;
mod list;
mod login_limiter;
mod negotiate;
mod offline;
mod pages;
mod params;
mod provider;
mod provider_api;
mod report;
mod results;
mod shortlist;

use std::net::IpAddr;
use std::sync::Arc;

use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderName, HeaderValue, Request, header};
use axum::routing::{get, post};
use tokio::sync::Semaphore;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::TraceLayer;
use tracing::Span;

use crate::base_url::BaseUrl;
use crate::directory::Directory;
use crate::domain::Clock;

pub use login_limiter::LoginLimiter;
pub use params::{MAX_VALUE_CHARS as MAX_QUERY_CHARS, SearchParams};

/// Argon2 takes 19 MiB per check; four at once bound it to under 100 MiB.
const PARALLEL_PASSWORD_CHECKS: usize = 4;

/// Requests carry little; anything larger is refused before it is read.
const BODY_LIMIT_BYTES: usize = 1024 * 1024;
/// A bulk write of up to 1,000 offers, each a few kilobytes of text in several languages.
const BULK_BODY_LIMIT_BYTES: usize = 16 * 1024 * 1024;

#[derive(Clone)]
pub struct AppState {
    pub directory: Arc<Directory>,
    /// Providers' changes wait for an admin.
    pub moderation: bool,
    pub login_limiter: Arc<LoginLimiter>,
    /// The same counting for problem reports, keyed by address: a few per quarter hour.
    pub report_limiter: Arc<LoginLimiter>,
    /// Where the site is reachable from outside: canonical links, sitemap and calendars use it.
    pub base_url: BaseUrl,
    /// Reverse proxies whose `X-Forwarded-For` names the client; no one else's is believed.
    pub trusted_proxies: Arc<Vec<IpAddr>>,
    /// Password checks running at once: each takes Argon2's memory, so a flood of sign-ins
    /// waits here instead of exhausting the machine.
    pub password_checks: Arc<Semaphore>,
    /// What "today" is: what has ended, is outdated or starts soon.
    pub clock: Clock,
}

impl AppState {
    pub fn new(directory: Arc<Directory>, moderation: bool) -> AppState {
        AppState {
            directory,
            moderation,
            login_limiter: Arc::new(LoginLimiter::default()),
            report_limiter: Arc::new(LoginLimiter::default()),
            base_url: BaseUrl::default(),
            trusted_proxies: Arc::new(Vec::new()),
            password_checks: Arc::new(Semaphore::new(PARALLEL_PASSWORD_CHECKS)),
            clock: Clock::System,
        }
    }

    /// The same state with another clock, for tests that must not depend on the real date.
    pub fn with_clock(self, clock: Clock) -> AppState {
        AppState { clock, ..self }
    }

    /// The same state, believing `X-Forwarded-For` from these reverse proxies.
    pub fn with_trusted_proxies(self, proxies: Vec<IpAddr>) -> AppState {
        AppState { trusted_proxies: Arc::new(proxies), ..self }
    }

    /// The same state, reachable from outside at `base_url`.
    pub fn with_base_url(self, base_url: BaseUrl) -> AppState {
        AppState { base_url, ..self }
    }
}

/// A request's log span names its method and path only: the query holds what people searched
/// for and the shortlist, which do not belong in a log (and no address is logged at all).
fn request_span<B>(request: &Request<B>) -> Span {
    tracing::debug_span!("request", method = %request.method(), path = %request.uri().path())
}

/// The bulk write, the one route whose body may be larger than a page's form.
fn bulk_routes() -> Router<AppState> {
    Router::new()
        .route("/api/v1/offers", post(provider_api::post_offers))
        .layer(DefaultBodyLimit::max(BULK_BODY_LIMIT_BYTES))
        .layer(RequestBodyLimitLayer::new(BULK_BODY_LIMIT_BYTES))
}

/// The whole site and API; tests drive it in process.
pub fn app(state: AppState) -> Router {
    let security_headers = [
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
        ),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::REFERRER_POLICY, "same-origin"),
        (HeaderName::from_static("permissions-policy"), "geolocation=(), camera=(), microphone=()"),
    ];
    let mut router = Router::new()
        .route("/", get(pages::root))
        .route("/healthz", get(api::health))
        .route("/robots.txt", get(feeds::robots))
        .route("/manifest.webmanifest", get(offline::manifest))
        .route("/sw.js", get(offline::service_worker))
        .route("/sitemap.xml", get(feeds::sitemap))
        .route("/offers/{file}", get(feeds::offer_ics))
        .route("/providers/{file}", get(feeds::provider_ics))
        .route("/static/{file}", get(pages::static_file))
        .route("/api/v1/openapi.json", get(api::openapi))
        .route("/api/v1/search", get(api::search))
        .route("/api/v1/offers/{id}", get(api::offer).put(provider_api::put_offer).delete(provider_api::delete_offer))
        .route("/hsds/services", get(hsds::services))
        .route("/hsds/services/{id}", get(hsds::service))
        .route("/hsds/organizations", get(hsds::organizations))
        .route("/hsds/organizations/{id}", get(hsds::organization))
        .route("/hsds/taxonomies", get(hsds::taxonomies))
        .route("/hsds/taxonomies/{id}", get(hsds::taxonomy))
        .route("/hsds/taxonomy_terms", get(hsds::taxonomy_terms))
        .route("/hsds/taxonomy_terms/{id}", get(hsds::taxonomy_term))
        .route("/{ui}", get(pages::home_redirect))
        .route("/{ui}/", get(pages::home))
        .route("/{ui}/search", get(pages::search))
        .route("/{ui}/offers/{id}", get(pages::offer))
        .route("/{ui}/offers/{id}/report", post(report::report_problem))
        .route("/{ui}/offers/{id}/print", get(list::offer_print))
        .route("/{ui}/list", get(list::list))
        .route("/{ui}/list/print", get(list::list_print))
        .route("/{ui}/privacy", get(pages::privacy))
        .route("/{ui}/offline", get(offline::offline_page))
        .route("/{ui}/provider/template.csv", get(feeds::csv_template))
        .merge(provider::routes())
        .fallback(pages::not_found)
        .layer(RequestBodyLimitLayer::new(BODY_LIMIT_BYTES))
        .merge(bulk_routes())
        .with_state(state)
        .layer(CompressionLayer::new())
        .layer(TraceLayer::new_for_http().make_span_with(request_span));
    for (name, value) in security_headers {
        router = router.layer(SetResponseHeaderLayer::if_not_present(name, HeaderValue::from_static(value)));
    }
    router
}
