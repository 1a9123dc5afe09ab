//! schema.org JSON-LD on offer pages, read back as a search engine would.

use std::sync::Arc;

use serde_json::{Value, json};
use wegweiser::directory::Directory;
use wegweiser::domain::{Actor, parse_offer};

use crate::helpers::{BASE_URL, Response, get, get_from, offer_json};

fn json_ld(page: &Response) -> Value {
    let scripts = page.texts("script[type='application/ld+json']");
    assert_eq!(scripts.len(), 1, "one JSON-LD block");
    serde_json::from_str(&scripts[0]).unwrap_or_else(|e| panic!("JSON-LD parses ({e}): {}", scripts[0]))
}

async fn structured_data_of(path: &str) -> Value {
    let page = get(path).await;
    assert_eq!(page.status, 200, "{path}");
    json_ld(&page)
}

#[tokio::test]
async fn a_language_course_is_a_course_with_an_instance_place_schedule_and_free_offer() {
    let data = structured_data_of("/de/offers/vhs-unna-deutsch-a2-holzwickede-vormittag").await;
    assert_eq!(data["@context"], "https://schema.org");
    assert_eq!(data["@type"], "Course");
    assert_eq!(data["url"], format!("{BASE_URL}/de/offers/vhs-unna-deutsch-a2-holzwickede-vormittag"));
    assert_eq!(data["inLanguage"], "de");
    assert!(data["name"].as_str().is_some_and(|n| !n.is_empty()));
    assert!(data["description"].is_string());
    assert_eq!(data["provider"], json!({"@type": "Organization", "name": "VHS Unna Fröndenberg Holzwickede"}));
    assert_eq!(data["availableLanguage"], json!(["de"]));
    assert_eq!(data["isAccessibleForFree"], true);
    assert_eq!(data["offers"]["price"], 0);
    assert_eq!(data["offers"]["priceCurrency"], "EUR");
    assert_eq!(data["offers"]["areaServed"], json!({"@type": "City", "name": "Holzwickede"}));

    let instance = &data["hasCourseInstance"][0];
    assert_eq!(instance["@type"], "CourseInstance");
    assert_eq!(instance["courseMode"], "onsite");
    assert_eq!((&instance["startDate"], &instance["endDate"]), (&json!("2027-01-12"), &json!("2027-04-29")));
    let place = &instance["location"];
    assert_eq!(place["@type"], "Place");
    assert_eq!(place["address"]["@type"], "PostalAddress");
    assert_eq!(place["address"]["addressLocality"], "Holzwickede");
    assert_eq!(place["address"]["addressCountry"], "DE");
    assert_eq!(place["geo"]["@type"], "GeoCoordinates");
    assert!(place["geo"]["latitude"].as_f64().is_some_and(|lat| (51.0..52.0).contains(&lat)));
    let schedule = &instance["courseSchedule"];
    assert_eq!(schedule["@type"], "Schedule");
    assert_eq!(schedule["repeatFrequency"], "P1W");
    assert_eq!(schedule["byDay"], json!(["https://schema.org/Tuesday", "https://schema.org/Thursday"]));
    assert_eq!((&schedule["startTime"], &schedule["endTime"]), (&json!("09:00"), &json!("12:00")));
}

#[tokio::test]
async fn an_online_training_of_the_job_centre_is_an_online_course_of_a_public_body() {
    let data = structured_data_of("/en/offers/kreis-online-jobcenter-bewerbungstraining").await;
    assert_eq!(data["@type"], "Course", "the category decides before the provider");
    assert_eq!(data["provider"]["@type"], "GovernmentOrganization");
    assert_eq!(data["hasCourseInstance"][0]["courseMode"], "online");
    assert!(data["hasCourseInstance"][0].get("location").is_none());
    assert_eq!(data["offers"]["areaServed"], json!({"@type": "AdministrativeArea", "name": "Kreis Unna"}));
}

#[tokio::test]
async fn counseling_of_the_job_centre_is_a_government_service() {
    let data = structured_data_of("/de/offers/jobcenter-kreis-unna-integration-point-unna").await;
    assert_eq!(data["@type"], "GovernmentService");
    assert_eq!(data["provider"], json!({"@type": "GovernmentOrganization", "name": "Jobcenter Kreis Unna"}));
    assert_eq!(data["areaServed"], json!({"@type": "City", "name": "Unna"}));
    assert_eq!(data["availableLanguage"], json!(["de", "ar", "en", "uk", "fa"]));
    assert_eq!(data["inLanguage"], "de");
    assert!(data["serviceType"].is_string());
    assert_eq!(data["availableChannel"]["serviceLocation"]["address"]["addressLocality"], "Unna");
}

#[tokio::test]
async fn counseling_of_a_welfare_organisation_is_a_service() {
    let data = structured_data_of("/de/offers/caritas-unna-migrationsberatung-mbe").await;
    assert_eq!(data["@type"], "Service");
    assert_eq!(data["provider"]["@type"], "Organization");
    assert_eq!(data["areaServed"]["name"], "Unna");
    assert_eq!(data["availableLanguage"], json!(["de", "ar", "ru", "en"]));
    assert_eq!(data["offers"]["price"], 0);
    assert!(data.get("hasCourseInstance").is_none());
}

#[tokio::test]
async fn names_are_in_the_page_language_where_the_offer_has_it() {
    let directory = Arc::new(Directory::in_memory().unwrap());
    let mut json = offer_json("beratung-test", "Beratung");
    json["category"] = "counseling".into();
    json["title"]["ar"] = "استشارة".into();
    directory.upsert(&[parse_offer(json).unwrap()], &Actor::System).unwrap();
    let arabic = json_ld(&get_from(directory.clone(), "/ar/offers/beratung-test", &[]).await);
    assert_eq!((&arabic["name"], &arabic["inLanguage"]), (&json!("استشارة"), &json!("ar")));
    let ukrainian = json_ld(&get_from(directory, "/uk/offers/beratung-test", &[]).await);
    assert_eq!((&ukrainian["name"], &ukrainian["inLanguage"]), (&json!("Beratung"), &json!("de")));
    assert_eq!(ukrainian["url"], format!("{BASE_URL}/uk/offers/beratung-test"));
}

#[tokio::test]
async fn offer_text_cannot_break_out_of_the_json_ld_script() {
    let directory = Arc::new(Directory::in_memory().unwrap());
    let title = "Kurs </script><script>alert(1)</script> & <!-- mehr";
    let mut json = offer_json("ausbruch-test", title);
    json["summary"] = json!({"de": "</SCRIPT >\"'\\ Ende"});
    directory.upsert(&[parse_offer(json).unwrap()], &Actor::System).unwrap();
    let page = get_from(directory, "/de/offers/ausbruch-test", &[]).await;
    assert_eq!(page.texts("script:not([src])").len(), 1, "no inline script but the JSON-LD");
    let data = json_ld(&page);
    assert_eq!(data["name"], title);
    assert_eq!(data["description"], "</SCRIPT >\"'\\ Ende");
    assert!(!page.body.to_lowercase().contains("</script><script>"));
}
