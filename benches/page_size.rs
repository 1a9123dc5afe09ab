//! What phones download: the compressed size of the main pages and the stylesheet, built in
//! process on the bundled offers. `cargo bench --bench page_size`

use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, header};
use http_body_util::BodyExt;
use tower::ServiceExt;
use wegweiser::directory::Directory;
use wegweiser::{AppState, app};

/// HTML and CSS of a results page, compressed, must stay under this.
const RESULTS_BUDGET_BYTES: usize = 30 * 1024;

async fn fetch(state: &AppState, uri: &str, gzip: bool) -> (usize, String) {
    let mut request = Request::get(uri);
    if gzip {
        request = request.header(header::ACCEPT_ENCODING, "gzip");
    }
    let response =
        app(state.clone()).oneshot(request.body(Body::empty()).expect("a valid request")).await.expect("an answer");
    let bytes = response.into_body().collect().await.expect("a readable body").to_bytes();
    (bytes.len(), String::from_utf8_lossy(&bytes).into_owned())
}

fn stylesheet_url(home: &str) -> String {
    let start = home.find("/static/style.").expect("the page links its stylesheet");
    let end = home[start..].find('"').map_or(home.len(), |n| start + n);
    home[start..end].to_owned()
}

fn main() {
    let directory = Directory::in_memory().expect("an in-memory directory");
    directory.seed_if_empty().expect("the seed offers load");
    let state = AppState::new(Arc::new(directory), false);
    let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build().expect("a runtime");
    runtime.block_on(async {
        let (_, home) = fetch(&state, "/de/", false).await;
        let css = stylesheet_url(&home);
        let arabic =
            format!("/ar/search?q={}", url::form_urlencoded::byte_serialize("دورة لغة".as_bytes()).collect::<String>());
        let pages = [
            ("home", "/de/".to_owned()),
            ("results de", "/de/search?q=Deutschkurs".to_owned()),
            ("results ar", arabic),
            ("offer", "/de/offers/vhs-unna-integrationskurs-holzwickede-2026-09".to_owned()),
            ("stylesheet", css.clone()),
        ];
        let (css_gzip, _) = fetch(&state, &css, true).await;
        println!("{:<12} {:>10} {:>10}  url", "page", "gzip", "raw");
        for (name, uri) in pages {
            let (gzip, _) = fetch(&state, &uri, true).await;
            let (raw, _) = fetch(&state, &uri, false).await;
            let budget = if name.starts_with("results") {
                let total = gzip + css_gzip;
                let verdict = if total <= RESULTS_BUDGET_BYTES { "within" } else { "OVER" };
                format!("  (with CSS {total} bytes, {verdict} the {RESULTS_BUDGET_BYTES}-byte budget)")
            } else {
                String::new()
            };
            println!("{name:<12} {gzip:>10} {raw:>10}  {uri}{budget}");
        }
    });
}
