//! Opening hours: a week in the page's language, "open now" in German time, and the provider's
//! form proposing hours from the times text.

use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use serde_json::json;
use time::OffsetDateTime;
use time::macros::datetime;
use wegweiser::AppState;
use wegweiser::directory::Directory;
use wegweiser::domain::{Actor, Clock, parse_offer};

use crate::helpers::{Response, send};

fn directory() -> Arc<Directory> {
    let directory = Arc::new(Directory::in_memory().unwrap());
    let offer = parse_offer(json!({
        "id": "beratung", "provider": {"id": "caritas", "name": "Caritas"}, "category": "counseling",
        "title": {"de": "Migrationsberatung"},
        "hours": [{"days": ["th"], "opens": "14:00", "closes": "18:00"},
                  {"days": ["mo", "th"], "opens": "09:00", "closes": "12:00"}],
        "by_appointment": true,
    }))
    .unwrap();
    directory.upsert(&[offer], &Actor::System).unwrap();
    directory
}

async fn page_at(uri: &str, now: OffsetDateTime) -> Response {
    let state = AppState::new(directory(), false).with_clock(Clock::FixedAt(now));
    send(state, Request::get(uri).body(Body::empty()).unwrap()).await
}

#[tokio::test]
async fn the_hours_are_a_week_in_the_page_language() {
    let page = page_at("/ar/offers/beratung", datetime!(2026-11-19 07:00 UTC)).await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.texts("table.week th"), ["الاثنين", "الخميس"]);
    // Times on the reader's own clock: nine in the morning (ص) to noon (م), in Arabic.
    let times = page.texts("table.week td");
    assert_eq!(times.len(), 2);
    assert!(times[0].starts_with("9:00 ص") && times[0].contains("م"), "{times:?}");
    assert_eq!(times[1].split(", ").count(), 2, "{times:?}");
    assert_eq!(page.attrs("table.week td", "dir"), ["ltr", "ltr"]);
    assert_eq!(page.texts("dd.hours p.appointment"), ["بموعد مسبق فقط"]);
    assert!(page.texts(".open-now").is_empty(), "08:00 in Unna: not open yet");
}

#[tokio::test]
async fn open_now_follows_the_clock_in_german_time() {
    // Thursday 15:30 in winter (14:30 UTC): the afternoon slot.
    let open = page_at("/en/offers/beratung", datetime!(2026-11-19 14:30 UTC)).await;
    assert_eq!(open.texts(".open-now"), ["Open now"]);
    // Thursday 18:30 in winter: closed.
    let closed = page_at("/en/offers/beratung", datetime!(2026-11-19 17:30 UTC)).await;
    assert!(closed.texts(".open-now").is_empty());
}

#[tokio::test]
async fn hours_that_do_not_fit_are_refused_with_the_field_named() {
    let bad = json!({"id": "x", "provider": {"id": "p", "name": "P"}, "category": "other", "title": {"de": "X"},
        "hours": [{"days": ["th"], "opens": "18:00", "closes": "14:00"}]});
    let errors = parse_offer(bad).unwrap_err();
    assert_eq!(errors[0].field, "hours[0].closes");
    let unknown_day = json!({"id": "x", "provider": {"id": "p", "name": "P"}, "category": "other",
        "title": {"de": "X"}, "hours": [{"days": ["do"], "opens": "09:00", "closes": "12:00"}]});
    assert_eq!(parse_offer(unknown_day).unwrap_err()[0].field, "hours[0].days[0]");
}

fn week_of_offers() -> Arc<Directory> {
    let directory = Arc::new(Directory::in_memory().unwrap());
    let offer = |id: &str, extra: serde_json::Value| {
        let mut value =
            json!({"id": id, "provider": {"id": "p", "name": "P"}, "category": "counseling", "title": {"de": id}});
        value.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
        parse_offer(value).unwrap()
    };
    let offers = [
        offer("vormittag", json!({"hours": [{"days": ["mo"], "opens": "09:00", "closes": "12:00"}]})),
        offer("samstag", json!({"schedule": {"text": {"de": "Sa 10–14 Uhr"}}})),
        offer("abend", json!({"hours": [{"days": ["th"], "opens": "18:00", "closes": "20:00"}]})),
        offer("ohne-zeiten", json!({})),
    ];
    directory.upsert(&offers, &Actor::System).unwrap();
    directory
}

/// Thursday 2026-11-19, 18:30 in Germany.
const THURSDAY_EVENING: OffsetDateTime = datetime!(2026-11-19 17:30 UTC);

async fn search(query: &str) -> Response {
    let state = AppState::new(week_of_offers(), false).with_clock(Clock::FixedAt(THURSDAY_EVENING));
    send(state, Request::get(format!("/api/v1/search?{query}")).body(Body::empty()).unwrap()).await
}

fn ids(response: &Response) -> Vec<String> {
    let mut ids: Vec<String> =
        response.json()["hits"].as_array().unwrap().iter().map(|h| h["id"].as_str().unwrap().to_owned()).collect();
    ids.sort();
    ids
}

#[tokio::test]
async fn open_now_finds_what_is_open_at_this_moment_in_german_time() {
    let open = search("open_now=1").await;
    assert_eq!(ids(&open), ["abend"]);
    assert_eq!(open.json()["facets"]["features"]["open_now"], 1);
    let all = search("").await.json();
    assert_eq!(all["facets"]["features"]["open_now"], 1, "counted without the filter too");
}

#[tokio::test]
async fn time_of_day_filters_by_the_hours_or_the_german_times_with_counts() {
    let mornings = search("time_of_day=morning").await;
    assert_eq!(ids(&mornings), ["samstag", "vormittag"]);
    let counts = &mornings.json()["facets"]["time_of_day"];
    assert_eq!(
        *counts,
        json!({"morning": 2, "afternoon": 1, "evening": 1, "weekend": 1}),
        "each ignores its own filter"
    );
    assert_eq!(ids(&search("time_of_day=weekend").await), ["samstag"]);
    let bad = search("time_of_day=night").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(bad.json()["error"].as_str().unwrap().starts_with("time_of_day"));
}

#[tokio::test]
async fn the_results_page_offers_the_parts_of_the_week_and_open_now_with_counts() {
    let state = AppState::new(week_of_offers(), false).with_clock(Clock::FixedAt(THURSDAY_EVENING));
    let page = send(state, Request::get("/en/search?q=&time_of_day=evening").body(Body::empty()).unwrap()).await;
    let links = page.attrs("a[href*='time_of_day=morning']", "href");
    assert_eq!(links.len(), 1, "{links:?}");
    let texts = page.texts("a[href*='open_now=1']");
    assert!(texts.iter().any(|t| t.contains("Open now")), "{texts:?}");
    assert_eq!(page.texts("ul.chips a"), ["Evenings ×"], "the active filter is a chip");
}
