//! The OpenAPI description cannot drift from the code: every route and parameter the code has
//! is described, and real answers validate against the described schemas.

use std::path::Path;

use serde_json::{Value, json};

use crate::helpers::{enc, get};

async fn spec() -> Value {
    let response = get("/api/v1/openapi.json").await;
    assert_eq!(response.headers["content-type"], "application/json");
    response.json()
}

fn source(file: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(file)).unwrap()
}

/// Every string literal that follows `marker` in `text`.
fn literals_after<'a>(text: &'a str, marker: &str) -> Vec<&'a str> {
    text.match_indices(marker).filter_map(|(i, _)| text[i + marker.len()..].split('"').next()).collect()
}

fn validate(spec: &Value, schema: &str, instance: &Value) {
    let root = json!({"$ref": format!("#/components/schemas/{schema}"), "components": spec["components"]});
    let validator = jsonschema::options().build(&root).expect("a valid schema");
    let errors: Vec<String> = validator.iter_errors(instance).map(|e| format!("{}: {e}", e.instance_path())).collect();
    assert!(errors.is_empty(), "{schema}: {errors:#?}");
}

#[tokio::test]
async fn every_api_route_is_described() {
    let spec = spec().await;
    assert_eq!(spec["openapi"], "3.1.0");
    let routes = source("src/web.rs");
    for path in
        literals_after(&routes, ".route(\"").into_iter().filter(|p| p.starts_with("/api/v1/") && !p.ends_with(".json"))
    {
        assert!(spec["paths"].get(path).is_some(), "{path} is not in openapi.json");
    }
}

#[tokio::test]
async fn every_search_parameter_is_described() {
    let spec = spec().await;
    let described: Vec<&str> = spec["paths"]["/api/v1/search"]["get"]["parameters"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    let params = source("src/web/params.rs");
    let api = source("src/web/api.rs");
    let mut read: Vec<&str> =
        ["self.get(\"", "self.parse(\"", "flag(\""].iter().flat_map(|m| literals_after(&params, m)).collect();
    read.extend(literals_after(&api, "params.get(\""));
    read.push("near");
    assert!(read.len() >= 10, "the parameter names are still found in the code: {read:?}");
    for name in read.into_iter().filter(|n| *n != "where" && *n != "page") {
        assert!(described.contains(&name), "parameter `{name}` is not in openapi.json");
    }
}

#[tokio::test]
async fn real_answers_match_the_described_schemas() {
    let spec = spec().await;
    for query in [
        "q=Integrationskurs",
        "q=&limit=3",
        "q=Deutschkurs&explain=1&near=59423&radius=20&sort=distance",
        "q=Deutschkurs&level=A1&evening_or_weekend=1&starts_within_days=90&free=true",
        &format!("q={}", enc("دورة لغة")),
    ] {
        validate(&spec, "SearchResponse", &get(&format!("/api/v1/search?{query}")).await.json());
    }
    let search = get("/api/v1/search?q=Beratung&limit=1").await.json();
    let id = search["hits"][0]["id"].as_str().unwrap();
    validate(&spec, "Offer", &get(&format!("/api/v1/offers/{id}")).await.json());
    validate(&spec, "Error", &get("/api/v1/offers/nope").await.json());
    validate(&spec, "Error", &get("/api/v1/search?limit=0").await.json());
    for offer in wegweiser::directory::seed_offers().offers {
        validate(&spec, "Offer", &serde_json::to_value(&offer).unwrap());
    }
}
