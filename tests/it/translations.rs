//! A translation is tied to the German it translates: once the German changes, nothing public
//! shows the old translation as current.

use std::sync::Arc;

use serde_json::json;
use wegweiser::directory::Directory;
use wegweiser::domain::{Actor, parse_offer};

use crate::helpers::{Response, get_from};

fn version(time_de: &str, cost_de: &str, updated: &str) -> wegweiser::domain::Offer {
    parse_offer(json!({
        "id": "naehtreff", "provider": {"id": "familienzentrum", "name": "Familienzentrum Unna"},
        "category": "leisure",
        "title": {"de": "Nähtreff", "en": "Sewing meet-up"},
        "cost": {"text": {"de": cost_de, "en": "€96.00"}},
        "schedule": {"start": "2026-11-01", "end": "2027-03-31",
                     "text": {"de": time_de, "en": "Tuesdays 6:30–8:45 pm"}},
        "locations": [{"city": "Unna", "postcode": "59423"}],
        "updated": updated,
    }))
    .unwrap()
}

/// The offer as first written, then with its German time and price changed but not the English.
fn changed_in_german() -> Arc<Directory> {
    let directory = Arc::new(Directory::in_memory().unwrap());
    directory.upsert(&[version("dienstags 18:30–20:45", "96,00 €", "2026-10-01")], &Actor::System).unwrap();
    directory.upsert(&[version("donnerstags 18:00–20:15", "110,00 €", "2026-11-20")], &Actor::System).unwrap();
    directory
}

fn occurrences(response: &Response, text: &str) -> usize {
    response.body.matches(text).count()
}

#[tokio::test]
async fn the_page_shows_the_german_fact_first_and_the_old_translation_only_marked_outdated() {
    let page = get_from(changed_in_german(), "/en/offers/naehtreff", &[]).await;
    assert_eq!(page.texts("dd div.schedule"), ["donnerstags 18:00–20:15"]);
    assert_eq!(page.attrs("dd div.schedule", "lang"), ["de"]);
    assert_eq!(page.texts("dd div.cost"), ["110,00 €"]);
    assert_eq!(page.attrs("[data-outdated]", "data-outdated"), ["en", "en"]);
    let outdated = page.texts("[data-outdated]");
    assert!(outdated[0].contains("Tuesdays 6:30–8:45 pm") && outdated[1].contains("€96.00"), "{outdated:?}");
    assert!(outdated.iter().all(|text| text.contains("This translation may be outdated")), "{outdated:?}");
    assert_eq!(occurrences(&page, "Tuesdays"), 1, "nowhere else, JSON-LD included");
    assert_eq!(occurrences(&page, "96.00"), 1);
    assert_eq!(page.texts("h1"), ["Sewing meet-up"], "the title did not change, its translation is current");
    let confirmed = page.texts("p.confirmed");
    assert_eq!(
        confirmed,
        ["Last confirmed on November 20, 2026", "This translation last confirmed on October 1, 2026"]
    );
}

#[tokio::test]
async fn a_current_translation_is_shown_as_before() {
    let directory = Arc::new(Directory::in_memory().unwrap());
    directory.upsert(&[version("dienstags 18:30–20:45", "96,00 €", "2026-10-01")], &Actor::System).unwrap();
    let page = get_from(directory, "/en/offers/naehtreff", &[]).await;
    assert_eq!(page.texts("dd div.schedule"), ["Tuesdays 6:30–8:45 pm"]);
    assert!(page.texts("[data-outdated]").is_empty());
    assert_eq!(page.texts("p.confirmed"), ["Last confirmed on October 1, 2026"]);
}

#[tokio::test]
async fn calendar_print_and_search_never_present_the_outdated_translation() {
    let directory = changed_in_german();
    let ics = get_from(directory.clone(), "/offers/naehtreff.ics?lang=en", &[]).await;
    assert!(ics.body.contains("BYDAY=TH") && ics.body.contains("donnerstags"), "{}", ics.body);
    assert_eq!(occurrences(&ics, "Tuesdays"), 0, "{}", ics.body);
    let print = get_from(directory.clone(), "/en/list/print?ids=naehtreff&client=en", &[]).await;
    assert!(print.body.contains("donnerstags 18:00–20:15"));
    assert_eq!(occurrences(&print, "Tuesdays"), 0);
    let list = get_from(directory.clone(), "/en/list?ids=naehtreff", &[]).await;
    assert_eq!(occurrences(&list, "Tuesdays"), 0);
    let api = get_from(directory, "/api/v1/offers/naehtreff", &[]).await.json();
    assert_eq!(
        api["outdated_translations"],
        json!({"en": {"fields": ["cost.text", "schedule.text"], "confirmed": "2026-10-01"}})
    );
}

#[tokio::test]
async fn an_outdated_title_gives_way_to_the_german_in_the_heading_and_the_json_ld() {
    let directory = changed_in_german();
    let mut renamed = version("donnerstags 18:00–20:15", "110,00 €", "2026-11-20");
    renamed.title = serde_json::from_value(json!({"de": "Nähcafé", "en": "Sewing meet-up"})).unwrap();
    directory.upsert(&[renamed], &Actor::System).unwrap();
    let page = get_from(directory.clone(), "/en/offers/naehtreff", &[]).await;
    assert_eq!(page.texts("h1"), ["Nähcafé"]);
    assert_eq!(page.attrs("h1", "lang"), ["de"]);
    assert!(page.texts("[data-outdated]")[0].contains("Sewing meet-up"));
    let ld: serde_json::Value = serde_json::from_str(&page.texts("script[type='application/ld+json']")[0]).unwrap();
    assert_eq!((ld["name"].as_str(), ld["inLanguage"].as_str()), (Some("Nähcafé"), Some("de")));
    let results = get_from(directory, "/en/search?q=", &[]).await;
    assert_eq!(occurrences(&results, "Sewing meet-up"), 0, "the card shows the German title");
}
