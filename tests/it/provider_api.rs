use axum::body::Body;
use axum::http::{Request, StatusCode};
use wegweiser::AppState;
use wegweiser::domain::Actor;

use crate::helpers::{Accounts, Response, accounts, offer_of, send};

fn state(accounts: &Accounts, moderation: bool) -> AppState {
    AppState::new(accounts.directory.clone(), moderation).with_clock(crate::helpers::clock())
}

async fn call(state: AppState, method: &str, uri: &str, token: Option<&str>, body: Option<String>) -> Response {
    let mut request = Request::builder().method(method).uri(uri);
    if let Some(token) = token {
        request = request.header("authorization", format!("Bearer {token}"));
    }
    if body.is_some() {
        request = request.header("content-type", "application/json");
    }
    send(state, request.body(body.map_or_else(Body::empty, Body::from)).unwrap()).await
}

async fn put(state: AppState, token: Option<&str>, id: &str, offer: &serde_json::Value) -> Response {
    call(state, "PUT", &format!("/api/v1/offers/{id}"), token, Some(offer.to_string())).await
}

fn searchable(accounts: &Accounts, text: &str) -> Vec<String> {
    let request = wegweiser::search::SearchRequest { text: text.into(), limit: 10, ..Default::default() };
    accounts.directory.search(&request).unwrap().hits.into_iter().map(|h| h.id).collect()
}

#[tokio::test]
async fn a_provider_creates_replaces_and_withdraws_its_own_offer() {
    let accounts = accounts();
    let token = Some(accounts.token_a.as_str());
    let offer = offer_of("anbieter-a", "a-kurs", "Nähkurs am Abend");
    assert_eq!(put(state(&accounts, false), token, "a-kurs", &offer).await.status, StatusCode::CREATED);
    assert_eq!(searchable(&accounts, "Nähkurs"), ["a-kurs"], "searchable as soon as acknowledged");
    let changed = offer_of("anbieter-a", "a-kurs", "Nähkurs am Morgen");
    assert_eq!(put(state(&accounts, false), token, "a-kurs", &changed).await.status, StatusCode::OK);
    assert_eq!(searchable(&accounts, "Morgen"), ["a-kurs"]);
    let deleted = call(state(&accounts, false), "DELETE", "/api/v1/offers/a-kurs", token, None).await;
    assert_eq!(deleted.status, StatusCode::OK);
    assert!(searchable(&accounts, "Nähkurs").is_empty());
    assert_eq!(
        call(state(&accounts, false), "GET", "/api/v1/offers/a-kurs", None, None).await.status,
        StatusCode::NOT_FOUND
    );
}

#[tokio::test]
async fn without_a_valid_token_nothing_is_written() {
    let accounts = accounts();
    let offer = offer_of("anbieter-a", "a-kurs", "Kurs");
    for token in [None, Some("wrong"), Some("")] {
        assert_eq!(put(state(&accounts, false), token, "a-kurs", &offer).await.status, StatusCode::UNAUTHORIZED);
        let deleted = call(state(&accounts, false), "DELETE", "/api/v1/offers/a-kurs", token, None).await;
        assert_eq!(deleted.status, StatusCode::UNAUTHORIZED);
        let bulk = call(state(&accounts, false), "POST", "/api/v1/offers", token, Some("[]".into())).await;
        assert_eq!(bulk.status, StatusCode::UNAUTHORIZED);
        assert_eq!(bulk.headers["www-authenticate"], "Bearer");
    }
    assert_eq!(accounts.directory.offer_count().unwrap(), 0);
}

#[tokio::test]
async fn a_provider_cannot_touch_or_take_over_another_providers_offer() {
    let accounts = accounts();
    let b_offer = offer_of("anbieter-b", "b-kurs", "Kurs von B");
    assert_eq!(
        put(state(&accounts, false), Some(&accounts.token_b), "b-kurs", &b_offer).await.status,
        StatusCode::CREATED
    );
    let token_a = Some(accounts.token_a.as_str());
    let as_b = offer_of("anbieter-b", "b-neu", "Im Namen von B");
    assert_eq!(put(state(&accounts, false), token_a, "b-neu", &as_b).await.status, StatusCode::FORBIDDEN);
    let takeover = offer_of("anbieter-a", "b-kurs", "Jetzt von A");
    assert_eq!(put(state(&accounts, false), token_a, "b-kurs", &takeover).await.status, StatusCode::FORBIDDEN);
    let deleted = call(state(&accounts, false), "DELETE", "/api/v1/offers/b-kurs", token_a, None).await;
    assert_eq!(deleted.status, StatusCode::FORBIDDEN);
    let bulk = call(state(&accounts, false), "POST", "/api/v1/offers", token_a, Some(format!("[{takeover}]"))).await;
    assert_eq!(bulk.json()["results"][0]["status"], "rejected");
    assert_eq!(bulk.json()["results"][0]["code"], 403);
    let still = accounts.directory.offer("b-kurs").unwrap().unwrap();
    assert_eq!(still.provider.id.as_str(), "anbieter-b");
    assert_eq!(still.title.get(wegweiser::domain::Lang::De), Some("Kurs von B"));
}

#[tokio::test]
async fn invalid_offers_get_422_with_the_fields_at_fault() {
    let accounts = accounts();
    let mut offer = offer_of("anbieter-a", "a-kurs", "Kurs");
    offer["category"] = "cooking".into();
    let response = put(state(&accounts, false), Some(&accounts.token_a), "a-kurs", &offer).await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(response.json()["fields"][0]["field"], "category");
    let mut sneaky = offer_of("anbieter-a", "a-kurs", "Kurs");
    sneaky["title"]["de"] = "Ruf an \u{202E}0132".into();
    let response = put(state(&accounts, false), Some(&accounts.token_a), "a-kurs", &sneaky).await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY, "bidi overrides are refused");
    let other_id =
        put(state(&accounts, false), Some(&accounts.token_a), "anders", &offer_of("anbieter-a", "a-kurs", "K")).await;
    assert_eq!(other_id.status, StatusCode::BAD_REQUEST, "path and body ids differ");
}

#[tokio::test]
async fn broken_requests_get_clear_errors() {
    let accounts = accounts();
    let token = format!("Bearer {}", accounts.token_a);
    let broken =
        Request::put("/api/v1/offers/a").header("authorization", &token).header("content-type", "application/json");
    let response = send(state(&accounts, false), broken.body(Body::from("{\"id\": ")).unwrap()).await;
    assert_eq!(response.status, StatusCode::BAD_REQUEST);
    assert!(response.json()["error"].as_str().unwrap().contains("not valid JSON"));
    let form = Request::put("/api/v1/offers/a").header("authorization", &token).header("content-type", "text/plain");
    let response = send(state(&accounts, false), form.body(Body::from("hallo")).unwrap()).await;
    assert_eq!(response.status, StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let huge = format!("[{}]", "0,".repeat(9_000_000));
    let big =
        Request::post("/api/v1/offers").header("authorization", &token).header("content-type", "application/json");
    let response = send(state(&accounts, false), big.body(Body::from(huge)).unwrap()).await;
    assert_eq!(response.status, StatusCode::PAYLOAD_TOO_LARGE);
    let large = format!("{{\"title\": {{\"de\": \"{}\"}}}}", "a".repeat(2_000_000));
    let one =
        Request::put("/api/v1/offers/a").header("authorization", &token).header("content-type", "application/json");
    let response = send(state(&accounts, false), one.body(Body::from(large)).unwrap()).await;
    assert_eq!(response.status, StatusCode::PAYLOAD_TOO_LARGE, "one offer keeps the small limit");
}

#[tokio::test]
async fn a_bulk_request_of_several_megabytes_is_taken() {
    let accounts = accounts();
    let offers: Vec<_> = (0..300)
        .map(|n| {
            let mut offer = offer_of("anbieter-a", &format!("a-lang-{n}"), "Beratung");
            offer["description"] = serde_json::json!({"de": "Beratung für Neuzugewanderte. ".repeat(300)});
            offer
        })
        .collect();
    let body = serde_json::Value::Array(offers).to_string();
    assert!(body.len() > 2_000_000, "{} bytes", body.len());
    let response = call(state(&accounts, false), "POST", "/api/v1/offers", Some(&accounts.token_a), Some(body)).await;
    assert_eq!(response.status, StatusCode::OK);
    assert_eq!(response.json()["results"].as_array().unwrap().len(), 300);
}

#[tokio::test]
async fn bulk_upsert_reports_each_record() {
    let accounts = accounts();
    let mut bad = offer_of("anbieter-a", "a-zwei", "Zwei");
    bad["level"] = "Z9".into();
    let body =
        serde_json::json!([offer_of("anbieter-a", "a-eins", "Eins"), bad, offer_of("anbieter-b", "a-drei", "Drei")]);
    let response =
        call(state(&accounts, false), "POST", "/api/v1/offers", Some(&accounts.token_a), Some(body.to_string())).await;
    assert_eq!(response.status, StatusCode::OK);
    let statuses: Vec<String> = response.json()["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["status"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(statuses, ["created", "rejected", "rejected"]);
    assert_eq!(response.json()["results"][1]["errors"][0]["field"], "level");
    assert_eq!(accounts.directory.offer_count().unwrap(), 1);
}

#[tokio::test]
async fn a_bulk_upsert_saves_its_valid_records_together_and_makes_them_searchable() {
    let accounts = accounts();
    let mut records: Vec<serde_json::Value> =
        (0..60).map(|n| offer_of("anbieter-a", &format!("a-serie-{n}"), &format!("Serienkurs {n}"))).collect();
    records[7]["level"] = "Z9".into();
    let body = serde_json::Value::Array(records.clone()).to_string();
    let answer = |response: &Response| -> Vec<String> {
        let results = response.json()["results"].as_array().unwrap().clone();
        results.iter().map(|r| r["status"].as_str().unwrap().to_owned()).collect()
    };
    let first =
        call(state(&accounts, false), "POST", "/api/v1/offers", Some(&accounts.token_a), Some(body.clone())).await;
    let statuses = answer(&first);
    assert_eq!(statuses.iter().filter(|s| *s == "created").count(), 59);
    assert_eq!(statuses[7], "rejected");
    assert_eq!(accounts.directory.index_synced_to(), accounts.directory.last_change().unwrap());
    assert_eq!(searchable(&accounts, "Serienkurs").len(), 10);
    let last_change = accounts.directory.last_change().unwrap();
    let again = call(state(&accounts, false), "POST", "/api/v1/offers", Some(&accounts.token_a), Some(body)).await;
    assert_eq!(answer(&again).iter().filter(|s| *s == "updated").count(), 59);
    assert_eq!(accounts.directory.last_change().unwrap(), last_change, "unchanged offers make no change");
}

#[tokio::test]
async fn with_moderation_a_change_waits_and_the_published_version_stays() {
    let accounts = accounts();
    let token = Some(accounts.token_a.as_str());
    accounts
        .directory
        .save_offer(
            &wegweiser::domain::parse_offer(offer_of("anbieter-a", "a-kurs", "Alt")).unwrap(),
            &Actor::System,
            "save",
        )
        .unwrap();
    accounts.directory.sync_index().unwrap();
    let response = put(state(&accounts, true), token, "a-kurs", &offer_of("anbieter-a", "a-kurs", "Neu")).await;
    assert_eq!(response.status, StatusCode::ACCEPTED);
    assert_eq!(response.json()["status"], "pending");
    assert_eq!(searchable(&accounts, "Alt"), ["a-kurs"]);
    assert!(searchable(&accounts, "Neu").is_empty());
    let admin = Actor::User(accounts.directory.user_by_email("admin@example.org").unwrap().unwrap().0);
    let queue = accounts.directory.moderation_queue(&admin).unwrap();
    accounts.directory.decide(&admin, queue[0].id, true, "").unwrap();
    assert_eq!(searchable(&accounts, "Neu"), ["a-kurs"]);
}

#[tokio::test]
async fn with_moderation_another_provider_cannot_take_over_a_new_offer_waiting_for_approval() {
    let accounts = accounts();
    let a_offer = offer_of("anbieter-a", "neu-kurs", "Kurs von A");
    let first = put(state(&accounts, true), Some(&accounts.token_a), "neu-kurs", &a_offer).await;
    assert_eq!(first.status, StatusCode::ACCEPTED);
    let b_offer = offer_of("anbieter-b", "neu-kurs", "Kurs von B");
    let takeover = put(state(&accounts, true), Some(&accounts.token_b), "neu-kurs", &b_offer).await;
    assert_eq!(takeover.status, StatusCode::FORBIDDEN);
    let again = put(state(&accounts, true), Some(&accounts.token_a), "neu-kurs", &a_offer).await;
    assert_eq!(again.status, StatusCode::ACCEPTED, "A still holds its proposal");
    let admin = Actor::User(accounts.directory.user_by_email("admin@example.org").unwrap().unwrap().0);
    let queue = accounts.directory.moderation_queue(&admin).unwrap();
    assert_eq!(queue.len(), 1);
    accounts.directory.decide(&admin, queue[0].id, true, "").unwrap();
    let published = accounts.directory.offer("neu-kurs").unwrap().unwrap();
    assert_eq!(published.provider.id.as_str(), "anbieter-a");
}
