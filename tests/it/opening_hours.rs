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
    assert_eq!(page.texts("table.week td"), ["09:00–12:00", "09:00–12:00, 14:00–18:00"]);
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
