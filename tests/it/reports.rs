//! Reporting a problem with a listing: a public form without account or personal data, a trap
//! field for bots, and a limit per address.

use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use wegweiser::AppState;
use wegweiser::directory::Directory;
use wegweiser::domain::{Actor, parse_offer};

use crate::helpers::{Response, clock, get_from, offer_json, send};

fn directory() -> Arc<Directory> {
    let directory = Arc::new(Directory::in_memory().unwrap());
    directory.upsert(&[parse_offer(offer_json("kurs", "Deutschkurs")).unwrap()], &Actor::System).unwrap();
    directory
}

async fn report(state: &AppState, offer: &str, body: &str) -> Response {
    let request = Request::post(format!("/ar/offers/{offer}/report"))
        .header("content-type", "application/x-www-form-urlencoded")
        .body(Body::from(body.to_owned()))
        .unwrap();
    send(state.clone(), request).await
}

#[tokio::test]
async fn every_offer_page_has_the_form_without_javascript() {
    let page = get_from(directory(), "/ar/offers/kurs", &[]).await;
    assert_eq!(page.attrs("details.report-problem form", "action"), ["/ar/offers/kurs/report"]);
    assert_eq!(page.attrs("details.report-problem input[name=reason]", "value").len(), 6);
    assert_eq!(page.attrs(".hp input[name=website]", "tabindex"), ["-1"]);
    assert!(page.attrs("details.report-problem input", "name").iter().all(|n| n != "email" && n != "name"));
}

#[tokio::test]
async fn a_report_is_kept_for_the_provider_and_a_bot_leaves_nothing() {
    let directory = directory();
    let state = AppState::new(directory.clone(), false).with_clock(clock());
    let sent = report(&state, "kurs", "reason=times&message=%D8%A7%D9%84%D9%88%D9%82%D8%AA&website=").await;
    assert_eq!(sent.status, StatusCode::OK);
    assert_eq!(sent.attrs("a[href='/ar/offers/kurs']", "href").len(), 1, "the way back");
    let bot = report(&state, "kurs", "reason=other&message=buy+now&website=https%3A%2F%2Fspam.example").await;
    assert_eq!(bot.status, StatusCode::OK, "a bot hears the same");
    let open = directory.stored_open_reports(Some("test-provider")).unwrap();
    assert_eq!(open.len(), 1);
    assert_eq!((open[0].reason.code(), open[0].message.as_str(), open[0].lang.as_str()), ("times", "الوقت", "ar"));
}

#[tokio::test]
async fn bad_reports_get_clear_answers_and_floods_are_stopped() {
    let state = AppState::new(directory(), false).with_clock(clock());
    assert_eq!(report(&state, "kurs", "reason=colour").await.status, StatusCode::UNPROCESSABLE_ENTITY);
    let long = format!("reason=other&message={}", "a".repeat(1001));
    assert_eq!(report(&state, "kurs", &long).await.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(report(&state, "nope", "reason=ended").await.status, StatusCode::NOT_FOUND);
    // The unknown offer counted too: four more make five.
    for _ in 0..4 {
        assert_eq!(report(&state, "kurs", "reason=ended").await.status, StatusCode::OK);
    }
    let refused = report(&state, "kurs", "reason=ended").await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS, "five a quarter hour from one address");
}
