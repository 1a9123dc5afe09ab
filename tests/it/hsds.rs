//! HSDS 3.0: the export, the API and the import, checked against the official schemas in
//! `tests/fixtures/hsds-3.0/`, resolved locally (no network).

use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use axum::http::StatusCode;
use jsonschema::{Registry, Resource, Validator};
use serde_json::Value;
use wegweiser::directory::seed_offers;
use wegweiser::domain::{Day, Offer};
use wegweiser::hsds::{self, export};

use crate::helpers::get;

/// Where the specification publishes its files; the OpenAPI document refers to them so.
const SPEC: &str = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema";
const OPENAPI: &str = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json";

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hsds-3.0")
}

fn read_json(path: &Path) -> Value {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Every schema file under the address it has in the specification, so `$ref`s such as
/// `phone.json` or the OpenAPI document's absolute ones resolve to the copies here.
static REGISTRY: LazyLock<Registry<'static>> = LazyLock::new(|| {
    let mut resources = vec![(OPENAPI.to_owned(), read_json(&fixtures().join("openapi.json")))];
    for entry in std::fs::read_dir(fixtures().join("schema")).expect("the schema folder") {
        let path = entry.expect("a schema file").path();
        let name = path.file_name().and_then(|n| n.to_str()).expect("a file name").to_owned();
        resources.push((format!("{SPEC}/{name}"), read_json(&path)));
    }
    for (file, published) in [
        ("service_list", "service_list"),
        ("organization_list", "organization_list"),
        ("service_with_definitions", "service"),
    ] {
        resources.push((
            format!("{SPEC}/compiled/{published}.json"),
            read_json(&fixtures().join(format!("compiled/{file}.json"))),
        ));
    }
    let mut registry = Registry::new();
    for (uri, schema) in resources {
        registry = registry.add(uri, Resource::from_contents(schema)).expect("a schema resource");
    }
    registry.prepare().expect("every reference resolves locally")
});

/// A validator for the schema at `uri`, checking formats (`uuid`, `uri`, `email`, `date-time`) too.
fn validator(uri: &str) -> Validator {
    jsonschema::options()
        .with_registry(&REGISTRY)
        .should_validate_formats(true)
        .build(&serde_json::json!({"$ref": uri}))
        .unwrap_or_else(|e| panic!("{uri}: {e}"))
}

/// The response schema of a list endpoint in the OpenAPI document: the page with its contents.
fn page_validator(endpoint: &str) -> Validator {
    validator(&format!("{OPENAPI}#/paths/~1{endpoint}/get/responses/200/content/application~1json/schema"))
}

/// Every violation, with where it is; empty when `instance` is valid.
fn violations(validator: &Validator, instance: &Value) -> Vec<String> {
    validator.iter_errors(instance).map(|e| format!("{}: {e}", e.instance_path())).collect()
}

fn today() -> Day {
    crate::helpers::today()
}

fn sorted(mut offers: Vec<Offer>) -> Vec<Offer> {
    offers.sort_by(|a, b| a.id.cmp(&b.id));
    offers
}

#[test]
fn every_exported_seed_offer_is_a_valid_hsds_service() {
    let service = validator(&format!("{SPEC}/service.json"));
    let services = serde_json::to_value(export::services(&seed_offers().offers, today())).unwrap();
    let problems: Vec<String> = services
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| violations(&service, s).into_iter().map(move |v| format!("{}: {v}", s["x-wegweiser-id"])))
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");
}

#[test]
fn the_official_examples_pass_so_the_local_schemas_are_complete() {
    let examples = fixtures().join("examples");
    let checks = [
        ("service_full.json", format!("{SPEC}/service.json")),
        ("service_full.json", format!("{SPEC}/compiled/service.json")),
        ("organization_full.json", format!("{SPEC}/organization.json")),
        (
            "service_list.json",
            format!("{OPENAPI}#/paths/~1services/get/responses/200/content/application~1json/schema"),
        ),
    ];
    for (file, schema) in checks {
        assert_eq!(violations(&validator(&schema), &read_json(&examples.join(file))), Vec::<String>::new(), "{file}");
    }
}

#[test]
fn the_schemas_catch_what_hsds_forbids() {
    let service = validator(&format!("{SPEC}/service.json"));
    let mut exported = serde_json::to_value(export::service(&seed_offers().offers[0], today())).unwrap();
    exported["id"] = "vhs-unna-kurs".into();
    exported["status"] = "open".into();
    exported["service_at_locations"][0]["location"]["addresses"][0].as_object_mut().unwrap().remove("postal_code");
    assert_eq!(violations(&service, &exported).len(), 3, "{:#?}", violations(&service, &exported));
}

#[test]
fn export_then_import_gives_back_every_seed_offer_unchanged() {
    let seeds = seed_offers().offers;
    let text = serde_json::to_string_pretty(&export::services(&seeds, today())).unwrap();
    let parsed = hsds::import::parse(&text, today());
    let problems: Vec<String> = parsed.rejected.iter().map(ToString::to_string).collect();
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(sorted(parsed.offers), sorted(seeds));
}

#[test]
fn the_official_example_list_imports_and_the_full_example_is_refused_with_reasons() {
    let list = std::fs::read_to_string(fixtures().join("examples/service_list.json")).unwrap();
    let parsed = hsds::import::parse(&list, today());
    assert!(parsed.rejected.is_empty(), "{:?}", parsed.rejected);
    let offer = &parsed.offers[0];
    assert_eq!(offer.id.as_str(), "ac148810-d857-441c-9679-408f346de14b");
    assert_eq!(offer.provider.name, "Example Organization Inc.");
    assert_eq!(offer.category, wegweiser::domain::Category::Other);

    let full = std::fs::read_to_string(fixtures().join("examples/service_full.json")).unwrap();
    let parsed = hsds::import::parse(&full, today());
    assert!(parsed.offers.is_empty());
    let fields: Vec<&str> = parsed.rejected[0].errors.iter().map(|e| e.field.as_str()).collect();
    assert_eq!(
        fields,
        [
            "service_at_locations[0].location.addresses[0].postal_code",
            "service_at_locations[0].location.latitude",
            "phones[0].number"
        ],
        "{}",
        parsed.rejected[0]
    );
}

async fn json_ok(uri: &str) -> Value {
    let response = get(uri).await;
    assert_eq!(response.status, StatusCode::OK, "{uri}: {}", response.body);
    response.json()
}

fn contents_ids(page: &Value) -> Vec<String> {
    page["contents"].as_array().unwrap().iter().map(|s| s["x-wegweiser-id"].as_str().unwrap().to_owned()).collect()
}

#[tokio::test]
async fn the_services_list_is_a_valid_hsds_page_of_every_offer() {
    let first = json_ok("/hsds/services?per_page=7").await;
    let second = json_ok("/hsds/services?per_page=7&page=2").await;
    assert_eq!(violations(&page_validator("services"), &second), Vec::<String>::new());
    let total = json_ok("/healthz").await["offers"].as_u64().unwrap();
    assert_eq!(second["total_items"].as_u64(), Some(total));
    assert_eq!(second["total_pages"].as_u64(), Some(total.div_ceil(7)));
    assert_eq!((second["page_number"].as_u64(), second["size"].as_u64()), (Some(2), Some(7)));
    assert_eq!(
        (&first["first_page"], &second["first_page"], &second["last_page"]),
        (&true.into(), &false.into(), &false.into())
    );
    assert!(contents_ids(&second).iter().all(|id| !contents_ids(&first).contains(id)));
    assert!(second["contents"][0].get("service_at_locations").is_none(), "lists hold one-to-one fields only");

    let beyond = json_ok("/hsds/services?page=999").await;
    assert_eq!(
        (&beyond["empty"], &beyond["last_page"], beyond["size"].as_u64()),
        (&true.into(), &true.into(), Some(0))
    );
}

#[tokio::test]
async fn full_lists_nest_each_service_as_the_schema_describes() {
    let page = json_ok("/hsds/services?per_page=20&full=true").await;
    let service = validator(&format!("{SPEC}/service.json"));
    for item in page["contents"].as_array().unwrap() {
        assert_eq!(violations(&service, item), Vec::<String>::new());
        assert!(item["attributes"].is_array());
    }
}

#[tokio::test]
async fn search_lists_what_our_search_finds_in_its_order() {
    let page = json_ok("/hsds/services?search=Integrationskurs&per_page=5").await;
    let ours = json_ok("/api/v1/search?q=Integrationskurs&limit=5").await;
    let our_ids: Vec<&str> = ours["hits"].as_array().unwrap().iter().map(|h| h["id"].as_str().unwrap()).collect();
    assert_eq!(contents_ids(&page), our_ids);
    assert_eq!(page["total_items"], ours["total"]);
    assert_eq!(violations(&page_validator("services"), &page), Vec::<String>::new());
}

#[tokio::test]
async fn a_service_is_found_by_its_uuid_and_by_our_id() {
    let id = "vhs-luenen-integrationskurs-allgemein-luenen-2026-09";
    let by_uuid = json_ok(&format!("/hsds/services/{}", hsds::service_id(id))).await;
    assert_eq!(by_uuid, json_ok(&format!("/hsds/services/{id}")).await);
    assert_eq!(violations(&validator(&format!("{SPEC}/compiled/service.json")), &by_uuid), Vec::<String>::new());
    assert_eq!(by_uuid["name"], "Integrationskurs (allgemein) – Vormittagskurs");
    let missing = get("/hsds/services/00000000-0000-0000-0000-000000000000").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(missing.json()["error"].as_str().unwrap().contains("no service"));
}

#[tokio::test]
async fn organizations_are_the_providers_with_their_services() {
    let page = json_ok("/hsds/organizations?per_page=50").await;
    assert_eq!(violations(&page_validator("organizations"), &page), Vec::<String>::new());
    let providers: std::collections::BTreeSet<_> = seed_offers().offers.into_iter().map(|o| o.provider.id).collect();
    assert_eq!(page["total_items"].as_u64(), Some(providers.len() as u64));

    let caritas = json_ok(&format!("/hsds/organizations/{}", hsds::organization_id("caritas-kreis-unna"))).await;
    assert_eq!(violations(&validator(&format!("{SPEC}/organization.json")), &caritas), Vec::<String>::new());
    assert_eq!(caritas["name"], "Caritasverband für den Kreis Unna e.V.");
    assert_eq!(caritas["services"].as_array().unwrap().len(), 11);
    let full = json_ok("/hsds/organizations/caritas-kreis-unna?full_service=true").await;
    assert!(full["services"][0]["attributes"].is_array());
    assert_eq!(get("/hsds/organizations/nobody").await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn organization_search_lists_the_providers_of_what_is_found() {
    let page = json_ok("/hsds/organizations?search=Caritas").await;
    let names: Vec<&str> = page["contents"].as_array().unwrap().iter().map(|o| o["name"].as_str().unwrap()).collect();
    assert!(names[0].starts_with("Caritasverband"), "{names:?}");
    assert!(names.contains(&"Caritasverband für den Kreis Unna e.V."), "{names:?}");
    assert!(names.len() < 89, "only providers of what was found: {names:?}");
    assert_eq!(violations(&page_validator("organizations"), &page), Vec::<String>::new());
}

#[tokio::test]
async fn bad_list_parameters_get_400_with_a_json_error_naming_them() {
    for (query, name) in [
        ("page=0", "page"),
        ("page=abc", "page"),
        ("per_page=101", "per_page"),
        ("per_page=0", "per_page"),
        ("full=maybe", "full"),
        ("format=ndjson", "format"),
        ("organization_id=x", "organization_id"),
    ] {
        for list in ["services", "organizations"] {
            let response = get(&format!("/hsds/{list}?{query}")).await;
            assert_eq!(response.status, StatusCode::BAD_REQUEST, "{list}?{query}");
            let message = response.json()["error"].as_str().unwrap().to_owned();
            assert!(message.starts_with(name), "{list}?{query}: {message}");
        }
    }
    let response = get("/hsds/organizations/caritas-kreis-unna?full_service=yes").await;
    assert_eq!(response.status, StatusCode::BAD_REQUEST);
}

#[tokio::test]
async fn the_wegweiser_taxonomy_is_published_with_every_term() {
    let page = json_ok("/hsds/taxonomy_terms?per_page=100").await;
    assert_eq!(violations(&page_validator("taxonomy_terms"), &page), Vec::<String>::new());
    let codes: Vec<&str> = page["contents"].as_array().unwrap().iter().map(|t| t["code"].as_str().unwrap()).collect();
    assert!(codes.contains(&"wegweiser:category:language_course") && codes.contains(&"wegweiser:target_group:women"));
    assert_eq!(page["total_items"].as_u64(), Some(codes.len() as u64));

    let women = json_ok("/hsds/taxonomy_terms?search=frauen").await;
    assert_eq!(women["contents"][0]["code"], "wegweiser:target_group:women");
    let by_code = json_ok("/hsds/taxonomy_terms/wegweiser:category:language_course").await;
    let by_id = json_ok(&format!("/hsds/taxonomy_terms/{}", by_code["id"].as_str().unwrap())).await;
    assert_eq!(by_code, by_id);
    assert_eq!(violations(&validator(&format!("{SPEC}/taxonomy_term.json")), &by_id), Vec::<String>::new());

    let taxonomies = json_ok("/hsds/taxonomies").await;
    assert_eq!(violations(&page_validator("taxonomies"), &taxonomies), Vec::<String>::new());
    let id = taxonomies["contents"][0]["id"].as_str().unwrap();
    assert_eq!(json_ok(&format!("/hsds/taxonomies/{id}")).await["name"], "Wegweiser");
    assert_eq!(by_id["taxonomy_id"], id);
    assert_eq!(get("/hsds/taxonomy_terms/wegweiser:category:cooking").await.status, StatusCode::NOT_FOUND);
    assert_eq!(get("/hsds/taxonomies/nope").await.status, StatusCode::NOT_FOUND);
}

#[test]
fn hours_next_steps_and_outdated_translations_export_as_valid_hsds_and_come_back() {
    let mut offer = seed_offers().offers[0].clone();
    offer.hours = serde_json::from_value(serde_json::json!([
        {"days": ["mo", "tu"], "opens": "09:00", "closes": "12:00"},
        {"days": ["th"], "opens": "14:00", "closes": "18:00"},
    ]))
    .unwrap();
    offer.by_appointment = Some(true);
    offer.title = serde_json::from_value(serde_json::json!({"de": "Kurs", "en": "Course"})).unwrap();
    offer.outdated_translations = serde_json::from_value(serde_json::json!({"en": {"fields": ["title"]}})).unwrap();
    let text = |value: serde_json::Value| Some(serde_json::from_value(value).unwrap());
    offer.how_to_apply = text(serde_json::json!({"de": "Anmeldung im Büro", "ar": "التسجيل في المكتب"}));
    offer.documents = text(serde_json::json!({"de": "Pass"}));
    offer.eligibility = text(serde_json::json!({"de": "Ab 16 Jahren"}));
    offer.accessibility =
        Some(serde_json::from_value(serde_json::json!({"wheelchair": true, "text": {"de": "Aufzug"}})).unwrap());
    let exported = serde_json::to_value(export::service(&offer, today())).unwrap();
    assert_eq!(violations(&validator(&format!("{SPEC}/service.json")), &exported), Vec::<String>::new());
    let weekly: Vec<&Value> =
        exported["schedules"].as_array().unwrap().iter().filter(|s| s["freq"] == "WEEKLY").collect();
    assert_eq!(weekly[0]["byday"], "MO,TU");
    assert_eq!((weekly[1]["opens_at"].as_str(), weekly[1]["closes_at"].as_str()), (Some("14:00"), Some("18:00")));
    assert_eq!(exported["application_process"], "Anmeldung im Büro");
    assert_eq!(exported["required_documents"][0]["document"], "Pass");
    assert_eq!(exported["eligibility_description"], "Ab 16 Jahren");
    let access = &exported["service_at_locations"][0]["location"]["accessibility"][0];
    assert_eq!(access["description"], "Aufzug");
    let parsed = hsds::import::parse(&serde_json::to_string(&[exported]).unwrap(), today());
    assert_eq!(parsed.offers, [offer], "{:?}", parsed.rejected.iter().map(ToString::to_string).collect::<Vec<_>>());
}
