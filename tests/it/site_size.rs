//! Pages stay light for phones on slow, metered connections.

use axum::body::Body;
use axum::http::{Request, header};
use http_body_util::BodyExt;
use tower::ServiceExt;
use wegweiser::{AppState, app};

use crate::helpers::{clock, enc, get, seeded};

/// What a phone may download for a results page: HTML and CSS, compressed.
const RESULTS_BUDGET_BYTES: usize = 30 * 1024;

/// The bytes that go over the wire for `uri` when the browser accepts gzip.
async fn transferred(uri: &str) -> usize {
    let request = Request::get(uri).header(header::ACCEPT_ENCODING, "gzip").body(Body::empty()).unwrap();
    let response = app(AppState::new(seeded(), false).with_clock(clock())).oneshot(request).await.unwrap();
    assert_eq!(response.headers()[header::CONTENT_ENCODING], "gzip", "{uri} is compressed");
    response.into_body().collect().await.unwrap().to_bytes().len()
}

#[tokio::test]
async fn a_results_page_with_its_stylesheet_stays_under_30_kb() {
    let css = get("/de/").await.attrs("link[rel=stylesheet]", "href").remove(0);
    let css_bytes = transferred(&css).await;
    for uri in [
        "/de/search?q=Deutschkurs".to_owned(),
        format!("/ar/search?q={}", enc("دورة لغة ألمانية")),
        "/uk/search".to_owned(),
    ] {
        let html_bytes = transferred(&uri).await;
        let total = html_bytes + css_bytes;
        assert!(total <= RESULTS_BUDGET_BYTES, "{uri}: {html_bytes} + {css_bytes} = {total} bytes");
    }
}
