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

#[tokio::test]
async fn hostile_path_segments_never_get_a_server_error_on_any_route() {
    let hostile =
        ["%0A", "%00", "%FF", "%2F%2Fevil.example", "%0D%0ALocation:%20x", "..", "%E2%80%AE", "a".repeat(5000).leak()];
    let templates = [
        "/{}",
        "/{}/",
        "/de/offers/{}",
        "/{}/offers/x",
        "/de/offers/{}/print",
        "/offers/{}",
        "/offers/{}.ics",
        "/providers/{}.ics",
        "/api/v1/offers/{}",
        "/hsds/services/{}",
        "/hsds/organizations/{}",
        "/hsds/taxonomies/{}",
        "/hsds/taxonomy_terms/{}",
        "/static/{}",
        "/de/provider/offers/{}",
        "/de/provider/offers/{}/history",
        "/de/provider/moderation/{}",
        "/{}/provider/template.csv",
    ];
    for template in templates {
        for segment in hostile {
            let path = template.replace("{}", segment);
            let response = get(&path).await;
            assert!(!response.status.is_server_error(), "{path}: {}", response.status);
            let location = response.headers.get("location").map(|l| l.to_str().unwrap_or_default().to_owned());
            assert!(
                location.as_deref().is_none_or(|l| l.starts_with('/') && !l.starts_with("//")),
                "{path}: {location:?}"
            );
        }
    }
}
