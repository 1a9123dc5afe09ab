use axum::http::StatusCode;
use serde_json::Value;

use crate::helpers::{enc, get};

async fn search(query: &str) -> Value {
    let response = get(&format!("/api/v1/search?{query}")).await;
    assert_eq!(response.status, StatusCode::OK, "{query}: {}", response.body);
    response.json()
}

fn ids(body: &Value) -> Vec<String> {
    body["hits"].as_array().unwrap().iter().map(|h| h["id"].as_str().unwrap().to_owned()).collect()
}

#[tokio::test]
async fn search_answers_in_the_documented_shape() {
    let body = search("q=Deutschkurs&limit=3").await;
    for key in ["query", "detected_language", "total", "took_ms", "hits", "facets"] {
        assert!(body.get(key).is_some(), "missing {key}");
    }
    let hit = &body["hits"][0];
    for key in ["id", "score", "title", "category", "city", "snippet"] {
        assert!(hit.get(key).is_some(), "hit lacks {key}");
    }
    for facet in ["category", "city", "language"] {
        assert!(body["facets"][facet].is_object(), "facet {facet}");
    }
    let scores: Vec<f64> = body["hits"].as_array().unwrap().iter().map(|h| h["score"].as_f64().unwrap()).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "hits are in rank order: {scores:?}");
}

#[tokio::test]
async fn integrationskurs_returns_integration_courses_first() {
    let body = search("q=Integrationskurs&limit=5").await;
    let categories: Vec<&str> =
        body["hits"].as_array().unwrap().iter().map(|h| h["category"].as_str().unwrap()).collect();
    assert_eq!(categories, ["integration_course"; 5]);
}

#[tokio::test]
async fn hostile_queries_are_answered_not_refused() {
    let long = "Sprachkurs ".repeat(1000);
    let queries = [
        long.as_str(),
        "\"unbalanced",
        "AND OR :",
        "(((",
        "-",
        "🙂🙂",
        "\u{200F}\u{202E}دورة",
        "title:",
        "kurs^2",
        "*",
        "\0",
    ];
    for query in queries {
        let response = get(&format!("/api/v1/search?q={}", enc(query))).await;
        assert_eq!(response.status, StatusCode::OK, "query {query:?}");
        assert!(response.json()["total"].is_u64());
    }
}

#[tokio::test]
async fn bad_parameters_get_400_with_a_json_error_naming_them() {
    for (query, name) in [
        ("limit=0", "limit"),
        ("limit=abc", "limit"),
        ("category=cooking", "category"),
        ("near=Atlantis", "near"),
        ("radius=-3&near=59423", "radius"),
        ("sort=random", "sort"),
        ("language=xx", "language"),
        ("lang=klingon", "lang"),
        ("lang=xx", "lang"),
        ("offset=99999999", "offset"),
    ] {
        let response = get(&format!("/api/v1/search?{query}")).await;
        assert_eq!(response.status, StatusCode::BAD_REQUEST, "{query}");
        let message = response.json()["error"].as_str().unwrap().to_owned();
        assert!(message.starts_with(name), "{query}: {message}");
    }
}

#[tokio::test]
async fn an_empty_query_lists_every_current_offer_and_filters_narrow_it() {
    let all = search("limit=1").await;
    let total = all["total"].as_u64().unwrap();
    assert!(total >= 200, "{total}");
    let counseling = search("category=counseling&limit=100").await;
    let expected = all["facets"]["category"]["counseling"].as_u64().unwrap();
    assert_eq!(counseling["total"].as_u64().unwrap(), expected);
    assert!(counseling["hits"].as_array().unwrap().iter().all(|h| h["category"] == "counseling"));
}

#[tokio::test]
async fn facet_counts_ignore_their_own_filter_but_follow_the_others() {
    let in_unna = search("city=Unna&limit=1").await;
    assert!(in_unna["facets"]["city"].as_object().unwrap().len() > 5, "other towns stay selectable");
    let unna_total = in_unna["total"].as_u64().unwrap();
    let category_sum: u64 =
        in_unna["facets"]["category"].as_object().unwrap().values().map(|v| v.as_u64().unwrap()).sum();
    assert_eq!(category_sum, unna_total, "category counts follow the town filter");
}

#[tokio::test]
async fn language_and_group_filters_keep_only_matching_offers() {
    let body = search("language=ar&group=women&limit=100").await;
    assert!(body["total"].as_u64().unwrap() > 0);
    for id in ids(&body) {
        let offer = get(&format!("/api/v1/offers/{id}")).await.json();
        assert!(offer["languages"].as_array().unwrap().iter().any(|l| l == "ar"), "{id}");
        assert!(offer["target_groups"].as_array().unwrap().iter().any(|g| g == "women"), "{id}");
    }
}

#[tokio::test]
async fn near_a_postcode_gives_distances_and_radius_limits_them() {
    let body = search("near=59423&sort=distance&limit=50").await;
    let distances: Vec<f64> =
        body["hits"].as_array().unwrap().iter().filter_map(|h| h["distance_km"].as_f64()).collect();
    assert!(distances.len() > 10);
    assert!(distances.windows(2).all(|w| w[0] <= w[1]), "sorted by distance: {distances:?}");
    let within = search("near=Unna&radius=5&limit=100").await;
    let near: Vec<f64> =
        within["hits"].as_array().unwrap().iter().map(|h| h["distance_km"].as_f64().unwrap()).collect();
    assert!(!near.is_empty() && near.iter().all(|d| *d <= 5.0), "{near:?}");
    assert!(within["total"].as_u64().unwrap() < search("limit=1").await["total"].as_u64().unwrap());
}

#[tokio::test]
async fn pages_do_not_overlap() {
    let first = ids(&search("q=Beratung&limit=5").await);
    let second = ids(&search("q=Beratung&limit=5&offset=5").await);
    assert_eq!(first.len(), 5);
    assert!(second.iter().all(|id| !first.contains(id)));
}

#[tokio::test]
async fn an_offer_comes_back_in_the_offer_format() {
    let id = ids(&search("q=Integrationskurs&limit=1").await).remove(0);
    let response = get(&format!("/api/v1/offers/{id}")).await;
    assert_eq!(response.status, StatusCode::OK);
    let offer = wegweiser::domain::parse_offer(response.json()).expect("the answer validates as an offer");
    assert_eq!(offer.id.as_str(), id);
    let missing = get("/api/v1/offers/does-not-exist").await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);
    assert!(missing.json()["error"].is_string());
}

#[tokio::test]
async fn health_reports_store_and_index_in_step() {
    let body = get("/healthz").await.json();
    assert_eq!(body["status"], "ok");
    assert_eq!(body["offers"], body["indexed"]);
}

#[tokio::test]
async fn the_query_language_is_detected_and_reported() {
    assert_eq!(search(&format!("q={}", enc("دورة لغة"))).await["detected_language"], "ar");
    assert_eq!(search(&format!("q={}", enc("курси для жінок"))).await["detected_language"], "uk");
    assert_eq!(search("q=kurs&lang=ru").await["detected_language"], "de");
}

#[tokio::test]
async fn any_iso_code_is_a_language_hint_and_french_is_a_query_language() {
    let french = search(&format!("q={}&lang=fr", enc("où apprendre l'allemand gratuitement"))).await;
    assert_eq!(french["detected_language"], "fr");
    assert!(french["searched_languages"].as_array().unwrap().iter().any(|l| l == "de"));
    assert_eq!(search("q=Beratung&lang=it").await["detected_language"], "de", "a code without analyzers is no hint");
}

#[tokio::test]
async fn explain_says_which_rule_matched_in_which_language() {
    let body = search(&format!("q={}&explain=1&limit=3", enc("دورة لغة ألمانية"))).await;
    let matched = body["hits"][0]["matched"].as_array().expect("matched with explain=1");
    assert!(!matched.is_empty());
    for entry in matched {
        let rule = entry["rule"].as_str().unwrap();
        assert!(["exact", "stem", "compound", "concept", "attribute", "typo", "prefix"].contains(&rule), "{rule}");
    }
    assert!(search("q=Kurs&limit=1").await["hits"][0].get("matched").is_none(), "only when asked");
}

#[tokio::test]
async fn a_misspelled_query_gets_a_suggestion() {
    let body = search("q=Schuldnerberatnug").await;
    assert_eq!(body["suggestion"], "schuldnerberatung");
    assert!(body["total"].as_u64().unwrap() > 0);
}

#[tokio::test]
async fn what_has_ended_is_decided_by_the_injected_clock_not_the_real_date() {
    use wegweiser::domain::Clock;
    let count = |clock: Clock| async move {
        let state = wegweiser::AppState::new(crate::helpers::seeded(), false).with_clock(clock);
        let request = axum::http::Request::get("/api/v1/search?limit=1").body(axum::body::Body::empty()).unwrap();
        crate::helpers::send(state, request).await.json()["total"].as_u64().unwrap()
    };
    let now = count(crate::helpers::clock()).await;
    let far_future = count(Clock::Fixed("2031-01-01".parse().unwrap())).await;
    assert!(far_future < now, "offers that ended by 2031 are left out: {far_future} of {now}");
}
