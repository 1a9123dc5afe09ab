//! The next steps of an offer: how to apply, what to bring, who may come, and access, on the
//! page before the description, in print and in JSON-LD.

use std::sync::Arc;

use serde_json::json;
use wegweiser::directory::Directory;
use wegweiser::domain::{Actor, Offer, parse_offer};

use crate::helpers::get_from;

fn offer(how_de: &str) -> Offer {
    parse_offer(json!({
        "id": "integrationskurs", "provider": {"id": "vhs-unna", "name": "VHS Unna"},
        "category": "integration_course",
        "title": {"de": "Integrationskurs", "en": "Integration course", "ar": "دورة الاندماج"},
        "description": {"de": "Ein langer Text."},
        "how_to_apply": {"de": how_de, "en": "Register at the VHS building, room 12", "ar": "التسجيل في مبنى الجامعة الشعبية، الغرفة 12"},
        "documents": {"de": "Aufenthaltstitel, Berechtigungsschein"},
        "eligibility": {"de": "Ab 16 Jahren", "en": "From 16 years"},
        "accessibility": {"wheelchair": true, "text": {"de": "Aufzug am Seiteneingang"}},
        "locations": [{"city": "Unna", "postcode": "59423"}],
    }))
    .unwrap()
}

fn directory() -> Arc<Directory> {
    let directory = Arc::new(Directory::in_memory().unwrap());
    directory.upsert(&[offer("Anmeldung im VHS-Haus, Raum 12")], &Actor::System).unwrap();
    directory
}

#[tokio::test]
async fn the_next_steps_come_before_the_description_in_the_page_language() {
    let page = get_from(directory(), "/en/offers/integrationskurs", &[]).await;
    assert_eq!(page.texts("section.next-steps dt"), ["How to apply", "What to bring", "Who may come", "Accessibility"]);
    assert_eq!(page.texts("section.next-steps .how-to-apply"), ["Register at the VHS building, room 12"]);
    assert_eq!(page.attrs("section.next-steps .documents", "lang"), ["de"], "German where there is no English");
    assert_eq!(page.texts("section.next-steps .wheelchair"), ["Accessible by wheelchair"]);
    let (steps, description) = (page.body.find("class=\"next-steps\""), page.body.find("class=\"description\""));
    assert!(steps.unwrap() < description.unwrap(), "the next steps come first");
}

#[tokio::test]
async fn json_ld_and_print_carry_the_next_steps() {
    let directory = directory();
    let page = get_from(directory.clone(), "/en/offers/integrationskurs", &[]).await;
    let ld: serde_json::Value = serde_json::from_str(&page.texts("script[type='application/ld+json']")[0]).unwrap();
    assert_eq!(ld["potentialAction"]["description"], "Register at the VHS building, room 12");
    assert_eq!(ld["audience"]["description"], "From 16 years");
    assert_eq!(ld["coursePrerequisites"], "Aufenthaltstitel, Berechtigungsschein");
    assert_eq!(ld["hasCourseInstance"][0]["location"]["amenityFeature"]["value"], true);
    let print = get_from(directory, "/de/offers/integrationskurs/print?client=ar", &[]).await;
    assert!(print.body.contains("التسجيل في مبنى الجامعة الشعبية، الغرفة 12"), "the client's language");
    assert!(print.body.contains("Anmeldung im VHS-Haus, Raum 12"), "beside the German");
    assert!(print.body.contains("Aufenthaltstitel, Berechtigungsschein"));
}

#[tokio::test]
async fn a_changed_german_application_outdates_its_translations() {
    let directory = directory();
    directory.upsert(&[offer("Anmeldung nur online unter vhs-unna.de")], &Actor::System).unwrap();
    let page = get_from(directory.clone(), "/en/offers/integrationskurs", &[]).await;
    assert_eq!(page.texts("section.next-steps .how-to-apply"), ["Anmeldung nur online unter vhs-unna.de"]);
    assert!(page.texts("section.next-steps [data-outdated]")[0].contains("Register at the VHS building"));
    let ld: serde_json::Value = serde_json::from_str(&page.texts("script[type='application/ld+json']")[0]).unwrap();
    assert_eq!(ld["potentialAction"]["description"], "Anmeldung nur online unter vhs-unna.de");
    let print = get_from(directory, "/de/offers/integrationskurs/print?client=ar", &[]).await;
    assert!(!print.body.contains("التسجيل في مبنى"), "never printed as current");
}
