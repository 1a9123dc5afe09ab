//! iCalendar files of offers and providers, read back with the `icalendar` crate's parser.

use std::sync::Arc;

use axum::http::StatusCode;
use icalendar::parser::{Component, read_calendar, unfold};
use serde_json::json;
use wegweiser::directory::Directory;
use wegweiser::domain::{Actor, parse_offer};

use crate::helpers::{BASE_URL, Response, get, get_from, offer_json, seeded};

/// The file's events as (property, parameters, raw value) lists, after checking what every
/// iCalendar file must have.
fn events(response: &Response) -> Vec<Vec<(String, String, String)>> {
    assert_eq!(response.status, StatusCode::OK, "{}", response.body);
    assert_eq!(response.headers["content-type"], "text/calendar; charset=utf-8");
    let body = &response.body;
    assert!(body.ends_with("\r\n") && !body.replace("\r\n", "").contains('\n'), "every line ends in CRLF");
    assert!(body.split("\r\n").all(|line| line.len() <= 75), "lines are folded at 75 octets");
    let unfolded = unfold(body);
    let calendar = read_calendar(&unfolded).unwrap_or_else(|e| panic!("{e}\n{body}"));
    let property = |name: &str| calendar.properties.iter().find(|p| p.name == name).map(|p| p.val.as_str().to_owned());
    assert_eq!(property("VERSION").as_deref(), Some("2.0"));
    assert!(property("PRODID").is_some());
    let zone = calendar.components.iter().find(|c| c.name == "VTIMEZONE").expect("a VTIMEZONE");
    assert_eq!(zone.find_prop("TZID").map(|p| p.val.as_str()), Some("Europe/Berlin"));
    assert!(
        zone.components.iter().any(|c| c.name == "DAYLIGHT") && zone.components.iter().any(|c| c.name == "STANDARD")
    );
    calendar.components.iter().filter(|c| c.name == "VEVENT").map(flatten).collect()
}

fn flatten(event: &Component) -> Vec<(String, String, String)> {
    for required in ["UID", "DTSTAMP", "DTSTART", "SUMMARY"] {
        assert!(event.find_prop(required).is_some(), "an event has {required}");
    }
    event
        .properties
        .iter()
        .map(|p| {
            let params: Vec<String> = p
                .params
                .iter()
                .map(|q| format!("{}={}", q.key.as_str(), q.val.as_ref().map_or("", |v| v.as_str())))
                .collect();
            (p.name.as_str().to_owned(), params.join(";"), p.val.as_str().to_owned())
        })
        .collect()
}

fn value<'a>(event: &'a [(String, String, String)], name: &str) -> (&'a str, &'a str) {
    event
        .iter()
        .find(|(n, _, _)| n == name)
        .map(|(_, params, value)| (params.as_str(), value.as_str()))
        .unwrap_or_else(|| panic!("no {name} in {event:?}"))
}

#[tokio::test]
async fn weekly_course_hours_become_a_recurring_event_in_berlin_time() {
    let events = events(&get("/offers/vhs-unna-deutsch-a2-holzwickede-vormittag.ics").await);
    assert_eq!(events.len(), 1);
    let event = &events[0];
    assert_eq!(value(event, "DTSTART"), ("TZID=Europe/Berlin", "20270112T090000"));
    assert_eq!(value(event, "DTEND"), ("TZID=Europe/Berlin", "20270112T120000"));
    assert_eq!(value(event, "RRULE").1, "FREQ=WEEKLY;UNTIL=20270429T215959Z;BYDAY=TU,TH");
    assert_eq!(value(event, "UID").1, "vhs-unna-deutsch-a2-holzwickede-vormittag-hours-0@wegweiser.example.org");
    assert_eq!(value(event, "URL").1, format!("{BASE_URL}/de/offers/vhs-unna-deutsch-a2-holzwickede-vormittag"));
    assert!(value(event, "LOCATION").1.contains("Holzwickede"));
    assert!(value(event, "GEO").1.starts_with("51."));
}

#[tokio::test]
async fn a_monthly_rhythm_gives_all_day_events_for_start_and_end() {
    let events = events(&get("/offers/vku-busschule-neuzugewanderte-unna.ics?lang=en").await);
    let days: Vec<_> = events.iter().map(|e| (value(e, "DTSTART"), value(e, "DTEND").1)).collect();
    assert_eq!(days, [(("VALUE=DATE", "20260901"), "20260902"), (("VALUE=DATE", "20270630"), "20270701")]);
    assert!(value(&events[0], "SUMMARY").1.starts_with("Starts: "));
    assert!(value(&events[1], "SUMMARY").1.starts_with("Ends: "));
    assert!(events.iter().all(|e| value(e, "URL").1.contains("/en/offers/")));
}

#[tokio::test]
async fn a_one_day_offer_with_hours_is_one_timed_event() {
    let events = events(&get("/offers/vku-busschule-froendenberg-2027-03.ics").await);
    assert_eq!(events.len(), 1);
    assert_eq!(value(&events[0], "DTSTART").1, "20270310T100000");
    assert_eq!(value(&events[0], "DTEND").1, "20270310T140000");
    assert!(events[0].iter().all(|(name, _, _)| name != "RRULE"));
}

#[tokio::test]
async fn text_is_escaped_and_long_lines_folded() {
    let directory = Arc::new(Directory::in_memory().unwrap());
    let mut json = offer_json("escape-test", "Kurs, Teil 1; Gruppe A\\B");
    json["summary"] = json!({"de": format!("Erste Zeile\nZweite Zeile mit Umlauten: {}", "äöü ".repeat(40))});
    json["schedule"] = json!({"start": "2026-09-07", "end": "2026-12-18", "text": {"de": "Mo–Fr 8:30–12:45"}});
    directory.upsert(&[parse_offer(json).unwrap()], &Actor::System).unwrap();
    let response = get_from(directory, "/offers/escape-test.ics", &[]).await;
    assert!(response.body.contains("\r\n "), "a folded line");
    assert!(unfold(&response.body).contains("\r\nSUMMARY:Kurs\\, Teil 1\\; Gruppe A\\\\B\r\n"), "escaped on the wire");
    let events = events(&response);
    assert_eq!(value(&events[0], "SUMMARY").1, "Kurs, Teil 1; Gruppe A\\B", "and read back as written");
    let description = value(&events[0], "DESCRIPTION").1;
    assert!(description.contains("Erste Zeile\nZweite Zeile"), "{description}");
    assert!(description.contains(&"äöü ".repeat(40)), "folding split no character");
    assert_eq!(value(&events[0], "RRULE").1, "FREQ=WEEKLY;UNTIL=20261218T225959Z;BYDAY=MO,TU,WE,TH,FR");
    assert_eq!(value(&events[0], "DTSTART").1, "20260907T083000");
}

#[tokio::test]
async fn a_provider_feed_holds_every_dated_offer_of_the_provider() {
    let events = events(&get("/providers/vhs-unna.ics").await);
    let uids: Vec<&str> = events.iter().map(|e| value(e, "UID").1).collect();
    let dated: Vec<String> = seeded()
        .provider_offers("vhs-unna")
        .unwrap()
        .into_iter()
        .filter(|record| record.offer.schedule.as_ref().is_some_and(|s| s.start.is_some()))
        .map(|record| record.offer.id.to_string())
        .collect();
    assert!(dated.len() >= 10);
    for id in &dated {
        assert!(uids.iter().any(|uid| uid.starts_with(&format!("{id}-"))), "{id} is in the feed");
    }
    assert!(!uids.iter().any(|uid| uid.starts_with("caritas")));
}

#[tokio::test]
async fn withdrawn_offers_leave_the_provider_feed_and_their_calendar() {
    let directory = Arc::new(Directory::in_memory().unwrap());
    let dated = |id: &str| {
        let mut json = offer_json(id, "Kurs");
        json["schedule"] = json!({"start": "2026-09-07", "end": "2026-12-18", "text": {"de": "Mo 9:00–12:00"}});
        parse_offer(json).unwrap()
    };
    directory.upsert(&[dated("bleibt"), dated("geht")], &Actor::System).unwrap();
    directory.withdraw_offer("geht", &Actor::System).unwrap();
    let feed = events(&get_from(directory.clone(), "/providers/test-provider.ics", &[]).await);
    let uids: Vec<&str> = feed.iter().map(|e| value(e, "UID").1).collect();
    assert_eq!(uids, ["bleibt-hours-0@wegweiser.example.org"]);
    assert_eq!(get_from(directory, "/offers/geht.ics", &[]).await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn unknown_undated_or_misnamed_calendars_are_404_and_bad_languages_400() {
    for path in [
        "/offers/no-such-offer.ics",
        "/offers/caritas-unna-migrationsberatung-mbe.ics",
        "/offers/vhs-unna-deutsch-a2-holzwickede-vormittag.txt",
        "/providers/nobody.ics",
        "/providers/vhs-unna",
    ] {
        assert_eq!(get(path).await.status, StatusCode::NOT_FOUND, "{path}");
    }
    let bad = get("/offers/vhs-unna-deutsch-a2-holzwickede-vormittag.ics?lang=xx").await;
    assert_eq!(bad.status, StatusCode::BAD_REQUEST);
    assert!(bad.body.contains("lang"), "{}", bad.body);
}

#[tokio::test]
async fn the_offer_page_links_its_calendar_and_the_providers_feed_when_it_has_dates() {
    let page = get("/uk/offers/vhs-unna-deutsch-a2-holzwickede-vormittag").await;
    let links = page.attrs(".calendar a", "href");
    assert_eq!(
        links,
        ["/offers/vhs-unna-deutsch-a2-holzwickede-vormittag.ics?lang=uk", "/providers/vhs-unna.ics?lang=uk"]
    );
    assert_eq!(page.texts(".calendar a")[0], "Додати до календаря");
    let feed = get(&links[1]).await;
    assert_eq!(feed.status, StatusCode::OK);
    let undated = get("/de/offers/caritas-unna-migrationsberatung-mbe").await;
    assert!(undated.attrs(".calendar a", "href").is_empty());
}
