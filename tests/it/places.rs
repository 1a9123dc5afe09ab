//! Places in any script: the API's `near` and the page's "Where?" field.

use axum::http::StatusCode;
use serde_json::Value;

use crate::helpers::{enc, get};

fn distances(body: &Value) -> Vec<f64> {
    body["hits"].as_array().expect("hits").iter().filter_map(|hit| hit["distance_km"].as_f64()).collect()
}

#[tokio::test]
async fn unna_written_in_arabic_or_cyrillic_gives_distances() {
    let in_latin = get("/api/v1/search?q=Beratung&near=Unna").await.json();
    for place in ["أونا", "اونا", "Унна", "Unna'da"] {
        let response = get(&format!("/api/v1/search?q=Beratung&near={}", enc(place))).await;
        assert_eq!(response.status, StatusCode::OK, "{place}: {}", response.body);
        let body = response.json();
        assert!(!distances(&body).is_empty(), "{place}: no distance_km in {body}");
        assert_eq!(distances(&body), distances(&in_latin), "{place} is not Unna");
    }
}

#[tokio::test]
async fn a_town_outside_the_district_is_a_known_place_too() {
    let response = get(&format!("/api/v1/search?q=Beratung&near={}", enc("Дортмунд"))).await;
    assert_eq!(response.status, StatusCode::OK, "{}", response.body);
    let response = get("/api/v1/search?q=Beratung&near=80331").await;
    let body = response.json();
    let from_munich = distances(&body);
    assert!(!from_munich.is_empty() && from_munich.iter().all(|km| *km > 400.0), "Munich is far away: {body}");
}

#[tokio::test]
async fn an_unknown_place_in_the_api_is_a_bad_request_naming_it() {
    let response = get("/api/v1/search?q=Beratung&near=Xyzzyqq").await;
    assert_eq!(response.status, StatusCode::BAD_REQUEST);
    let error = response.json()["error"].as_str().expect("an error message").to_owned();
    assert!(error.contains("Xyzzyqq") && error.contains("near"), "{error}");
}

#[tokio::test]
async fn the_where_field_takes_a_town_in_cyrillic_letters() {
    let page = get(&format!("/de/search?q=Beratung&where={}", enc("Унна"))).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.texts(".near .near-place"), ["In der Nähe von Унна"]);
    assert!(!page.texts(".card .distance").is_empty(), "results show their distance");
    assert!(page.texts(".near .note").is_empty());
}

#[tokio::test]
async fn an_unknown_where_is_said_in_the_page_language() {
    let page = get("/de/search?q=Beratung&where=Xyzzyqq").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(
        page.texts(".near .note"),
        ["Diesen Ort kennen wir nicht. Bitte geben Sie eine Postleitzahl oder einen Ort im Kreis Unna ein."]
    );
    let arabic = get("/ar/search?q=Beratung&where=Xyzzyqq").await;
    assert!(arabic.texts(".near .note")[0].starts_with("لا نعرف هذا المكان"), "{:?}", arabic.texts(".near .note"));
    assert!(page.texts(".card .distance").is_empty(), "no distances from an unknown place");
}
