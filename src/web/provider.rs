//! The provider area's handlers: sign-in, own offers, editing, history, and for admins the
//! moderation queue and accounts. Every form carries the session's CSRF token and must come
//! from our own origin.

mod admin;
mod offers;
mod session;

use std::collections::HashMap;

use axum::Router;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use tower_http::set_header::SetResponseHeaderLayer;

use super::AppState;
use super::auth::{Session, session};
use super::error::PageError;
use crate::auth::same_secret;
use crate::directory::Directory;
use crate::domain::{Actor, Lang};
use crate::editing::EditError;
use crate::views::Chrome;
use crate::views::provider::Signed;

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{ui}/provider", get(session::area_redirect))
        .route("/{ui}/provider/", get(offers::dashboard))
        .route("/{ui}/provider/login", post(session::login))
        .route("/{ui}/provider/logout", post(session::logout))
        .route("/{ui}/provider/offers/new", get(offers::new_form).post(offers::create))
        .route("/{ui}/provider/offers/{id}", get(offers::edit_form).post(offers::update))
        .route("/{ui}/provider/offers/{id}/duplicate", get(offers::duplicate))
        .route("/{ui}/provider/offers/{id}/withdraw", post(offers::withdraw))
        .route("/{ui}/provider/offers/{id}/confirm", post(offers::confirm))
        .route("/{ui}/provider/offers/{id}/history", get(admin::history))
        .route("/{ui}/provider/offers/{id}/restore", post(admin::restore))
        .route("/{ui}/provider/moderation", get(admin::moderation))
        .route("/{ui}/provider/moderation/{pending}", post(admin::decide))
        .route("/{ui}/provider/accounts", get(admin::accounts))
        .route("/{ui}/provider/accounts/providers", post(admin::add_provider))
        .route("/{ui}/provider/accounts/users", post(admin::add_user))
        // Its pages hold CSRF tokens, e-mail addresses and unpublished drafts: no cache,
        // shared or in the browser, may keep them.
        .layer(SetResponseHeaderLayer::overriding(header::CACHE_CONTROL, HeaderValue::from_static("no-store")))
}

/// A request in the provider area: its language, and who is signed in if anyone.
pub struct Visit {
    pub lang: Lang,
    pub session: Option<Session>,
    /// The site's own origin, from the configured base URL (never from the request).
    pub origin: String,
}

impl Visit {
    /// The area is private: its pages get no canonical or language links, only `noindex`.
    pub fn chrome(&self, here: &str) -> Chrome {
        super::negotiate::ui_chrome(self.lang, &format!("/provider{here}"), None)
    }

    pub fn actor(&self) -> Actor {
        self.session.as_ref().map_or(Actor::Anonymous, |s| Actor::User(s.user.clone()))
    }

    pub fn signed(&self) -> Option<Signed<'_>> {
        self.session.as_ref().map(|s| Signed { user: &s.user, csrf: &s.csrf })
    }

    pub fn href(&self, path: &str) -> String {
        format!("/{}/provider{path}", self.lang)
    }
}

/// Reads the language and session; an unknown language is a missing page.
pub fn visit(state: &AppState, ui: &str, headers: &HeaderMap) -> Result<Visit, PageError> {
    let lang = Lang::from_code(ui).ok_or_else(|| PageError::NotFound(super::negotiate::negotiate(headers)))?;
    let session = session(state, headers).map_err(|e| PageError::Internal(lang, e))?;
    Ok(Visit { lang, session, origin: state.base_url.origin().to_owned() })
}

/// A refused request: the page or redirect to answer with instead.
pub struct Refused(Box<Response>);

impl IntoResponse for Refused {
    fn into_response(self) -> Response {
        *self.0
    }
}

impl From<PageError> for Refused {
    fn from(error: PageError) -> Self {
        Refused(Box::new(error.into_response()))
    }
}

impl From<Redirect> for Refused {
    fn from(redirect: Redirect) -> Self {
        Refused(Box::new(redirect.into_response()))
    }
}

impl From<Refused> for Response {
    fn from(refused: Refused) -> Self {
        *refused.0
    }
}

/// A signed-in visit, or the way to the sign-in form.
pub fn signed_visit(state: &AppState, ui: &str, headers: &HeaderMap) -> Result<Visit, Refused> {
    let visit = visit(state, ui, headers)?;
    if visit.session.is_none() {
        return Err(Redirect::to(&visit.href("/")).into());
    }
    Ok(visit)
}

/// A form post must carry the session's CSRF token and, when the browser says where it comes
/// from, come from this site.
pub fn check_form(visit: &Visit, headers: &HeaderMap, form: &HashMap<String, String>) -> Result<(), Refused> {
    let token_ok = visit.session.as_ref().is_some_and(|s| form.get("csrf").is_some_and(|c| same_secret(c, &s.csrf)));
    let source = post_source(&visit.origin, headers);
    if token_ok && source != Some(false) { Ok(()) } else { Err(PageError::Forbidden(visit.lang).into()) }
}

/// Whether a post comes from the site's own pages, by its `Origin` header (or, from browsers
/// that send none, its `Referer`); `None` when it says neither. Compared with the configured
/// base URL: the `Host` header is the client's to choose.
pub fn post_source(origin: &str, headers: &HeaderMap) -> Option<bool> {
    if let Some(sent) = headers.get(header::ORIGIN) {
        return Some(sent.as_bytes() == origin.as_bytes());
    }
    let referer = headers.get(header::REFERER)?.to_str().ok()?;
    Some(referer.strip_prefix(origin).is_some_and(|rest| rest.is_empty() || rest.starts_with('/')))
}

/// The page for an editing error.
pub fn edit_error(lang: Lang, error: EditError) -> Response {
    match error {
        EditError::NotFound(_) => PageError::NotFound(lang).into_response(),
        EditError::Internal(e) => PageError::Internal(lang, e).into_response(),
        EditError::Unauthenticated => Redirect::to(&format!("/{lang}/provider/")).into_response(),
        EditError::Forbidden(_) | EditError::Invalid(_) => PageError::Forbidden(lang).into_response(),
    }
}

/// Runs editing work as the visit's actor off the async threads; an editing error becomes
/// its page.
pub async fn edit<T: Send + 'static>(
    state: &AppState,
    visit: &Visit,
    work: impl FnOnce(&Directory, &Actor) -> Result<T, EditError> + Send + 'static,
) -> Result<T, Refused> {
    let (directory, actor, lang) = (state.directory.clone(), visit.actor(), visit.lang);
    blocking(lang, move || work(&directory, &actor)).await?.map_err(|error| Refused(Box::new(edit_error(lang, error))))
}

/// The signed-in user's view of the area; only absent when the session vanished mid-request.
pub fn signed_or_sign_in(visit: &Visit) -> Result<Signed<'_>, Refused> {
    visit.signed().ok_or_else(|| Redirect::to(&visit.href("/")).into())
}

/// Runs store work off the async threads.
pub async fn blocking<T: Send + 'static>(lang: Lang, work: impl FnOnce() -> T + Send + 'static) -> Result<T, Refused> {
    tokio::task::spawn_blocking(work).await.map_err(|e| PageError::Internal(lang, e.into()).into())
}
