//! Requests crafted to break the site: they get a 4xx in the right format, never a 500 and
//! never a redirect to another site.

use axum::http::StatusCode;

use crate::helpers::get;

#[tokio::test]
async fn encoded_slashes_and_control_characters_in_the_language_never_redirect_elsewhere_or_fail() {
    let hostile = [
        "/%2Fevil.example/provider",
        "/%2F%2Fevil.example/provider",
        "/%5Cevil.example/provider",
        "/%09%2Fevil.example/provider",
        "/%2Fevil.example",
        "/%0A/provider",
        "/%00/provider",
        "/%7F/provider",
        "/%0D%0A/provider",
        "/%0D%0ASet-Cookie:x=1/provider",
        "/%FF/provider",
    ];
    for path in hostile {
        let response = get(path).await;
        assert!(response.status.is_client_error(), "{path}: {}", response.status);
        assert!(!response.headers.contains_key("location"), "{path} redirects");
    }
    let ours = get("/ar/provider").await;
    assert_eq!(ours.status, StatusCode::PERMANENT_REDIRECT);
    assert_eq!(ours.headers["location"], "/ar/provider/");
}

#[tokio::test]
async fn machine_routes_answer_bad_paths_and_parameters_in_json() {
    for path in ["/api/v1/offers/%FF", "/hsds/services/%FF", "/offers/a.ics?lang=xx", "/providers/vhs.ics?lang=xx"] {
        let response = get(path).await;
        assert_eq!(response.status, StatusCode::BAD_REQUEST, "{path}");
        assert!(response.json()["error"].is_string(), "{path}: {}", response.body);
    }
}

#[tokio::test]
async fn a_30_kb_query_makes_a_page_no_bigger_than_a_normal_one_by_much() {
    let normal = get("/de/search?q=Kurs").await;
    let long = get(&format!("/de/search?q={}", crate::helpers::enc(&"Kurs ".repeat(6000)))).await;
    assert_eq!(long.status, StatusCode::OK);
    assert!(long.body.len() < normal.body.len() + 60_000, "{} bytes against {}", long.body.len(), normal.body.len());
    let kept = long.attrs("input[name=q]", "value").remove(0);
    assert!(kept.chars().count() <= wegweiser::web::MAX_QUERY_CHARS, "the query is cut");
}
