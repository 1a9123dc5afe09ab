//! The filters people ask for, on the results page and in the API, and distance controls.

use std::sync::Arc;

use axum::http::StatusCode;
use wegweiser::directory::Directory;
use wegweiser::domain::{Actor, parse_offer};

use crate::helpers::{Response, get, get_from, offer_json};

/// Four offers: starting in ten days, in sixty days, without dates; evenings, Saturdays, mornings.
fn timed_offers() -> Arc<Directory> {
    let today = crate::helpers::today().date();
    let day = |days: i64| (today + time::Duration::days(days)).to_string();
    let directory = Directory::in_memory().unwrap();
    let mut soon = offer_json("bald-abendkurs", "Deutschkurs am Abend");
    soon["schedule"] = serde_json::json!({"start": day(10), "text": {"de": "Di und Do 18:00–20:15 Uhr"}});
    soon["level"] = "A1".into();
    let mut later = offer_json("spaeter-samstagskurs", "Deutschkurs am Samstag");
    later["schedule"] = serde_json::json!({"start": day(60), "text": {"de": "samstags 10–13 Uhr"}});
    later["level"] = "B1".into();
    let mut morning = offer_json("vormittagskurs", "Deutschkurs am Vormittag");
    morning["schedule"] = serde_json::json!({"text": {"de": "Mo–Fr 8:30–12:45 Uhr"}});
    morning["level"] = "A1".into();
    let mut started = offer_json("laengst-begonnen", "Deutschkurs läuft schon");
    started["schedule"] = serde_json::json!({"start": day(-30), "text": {"uk": "щосуботи 10:00"}});
    let offers: Vec<_> = [soon, later, morning, started].into_iter().map(|json| parse_offer(json).unwrap()).collect();
    directory.upsert(&offers, &Actor::System).unwrap();
    Arc::new(directory)
}

async fn api(directory: &Arc<Directory>, query: &str) -> serde_json::Value {
    let response = get_from(directory.clone(), &format!("/api/v1/search?{query}"), &[]).await;
    assert_eq!(response.status, StatusCode::OK, "{query}: {}", response.body);
    response.json()
}

fn ids(body: &serde_json::Value) -> Vec<String> {
    let mut ids: Vec<String> =
        body["hits"].as_array().unwrap().iter().map(|h| h["id"].as_str().unwrap().to_owned()).collect();
    ids.sort();
    ids
}

#[tokio::test]
async fn the_api_finds_offers_starting_within_the_days_asked_for() {
    let directory = timed_offers();
    assert_eq!(ids(&api(&directory, "starts_within_days=28").await), ["bald-abendkurs"]);
    let quarter = api(&directory, "starts_within_days=90").await;
    assert_eq!(ids(&quarter), ["bald-abendkurs", "spaeter-samstagskurs"]);
    let all = api(&directory, "").await;
    assert_eq!(all["facets"]["features"]["starts_within_days"], 1, "counted for four weeks when not asked");
}

#[tokio::test]
async fn the_api_finds_evening_and_weekend_offers_in_any_language() {
    let directory = timed_offers();
    let body = api(&directory, "evening_or_weekend=1").await;
    assert_eq!(ids(&body), ["bald-abendkurs", "laengst-begonnen", "spaeter-samstagskurs"]);
    assert_eq!(body["facets"]["features"]["evening_or_weekend"], 3);
    let combined = api(&directory, "evening_or_weekend=true&starts_within_days=28&level=A1").await;
    assert_eq!(ids(&combined), ["bald-abendkurs"]);
}

#[tokio::test]
async fn the_level_facet_counts_every_level_while_one_is_chosen() {
    let directory = timed_offers();
    let body = api(&directory, "level=A1").await;
    assert_eq!(body["total"], 2);
    assert_eq!(body["facets"]["level"], serde_json::json!({"A1": 2, "B1": 1}));
    assert_eq!(body["facets"]["features"]["evening_or_weekend"], 1, "among the A1 offers");
}

#[tokio::test]
async fn the_api_names_a_bad_new_filter_value() {
    for (query, name) in [
        ("evening_or_weekend=vielleicht", "evening_or_weekend"),
        ("starts_within_days=0", "starts_within_days"),
        ("starts_within_days=bald", "starts_within_days"),
        ("free=2", "free"),
    ] {
        let response = get(&format!("/api/v1/search?{query}")).await;
        assert_eq!(response.status, StatusCode::BAD_REQUEST, "{query}");
        assert!(response.json()["error"].as_str().unwrap().starts_with(name), "{query}: {}", response.body);
    }
}

fn feature_link(page: &Response, param: &str) -> String {
    page.attrs(".filters .facet a", "href")
        .into_iter()
        .find(|href| href.contains(param))
        .unwrap_or_else(|| panic!("a filter link with {param}"))
}

#[tokio::test]
async fn the_results_page_filters_by_features_with_counts_and_chips() {
    let page = get("/de/search?q=Deutschkurs").await;
    let link = feature_link(&page, "evening_or_weekend=1");
    let labelled = page.texts(".filters .facet a").into_iter().find(|t| t.starts_with("Abends oder am Wochenende"));
    let count: usize = labelled.expect("the filter is named").rsplit(' ').next().unwrap().parse().unwrap();
    let filtered = get(&link).await;
    assert_eq!(filtered.texts("h1"), [format!("{count} Angebote")], "the count said what the filter gives");
    let cards = filtered.texts(".card");
    assert!(!cards.is_empty() && cards.iter().all(|c| c.contains("Abends oder am Wochenende")));
    assert_eq!(filtered.texts(".chips a"), ["Abends oder am Wochenende ×"]);
    assert_eq!(filtered.attrs(".chips a", "href"), ["/de/search?q=Deutschkurs#filter-options"]);
    assert_eq!(filtered.texts(".filter-panel summary"), ["Filter (1)"]);
    let everything = get("/de/search").await;
    for param in ["free=1", "childcare=1", "online=1", "level=A1"] {
        feature_link(&everything, param);
    }
    let timed = get_from(timed_offers(), "/de/search", &[]).await;
    let soon = feature_link(&timed, "starts_within_days=28");
    let starting = get_from(timed_offers(), &soon, &[]).await;
    assert_eq!(starting.attrs(".card h2 a", "href"), ["/de/offers/bald-abendkurs"]);
    assert_eq!(starting.texts(".chips a"), ["Beginn in den nächsten 4 Wochen ×"]);
}

#[tokio::test]
async fn the_results_page_shows_levels_in_their_order_and_clears_all_but_the_query_and_list() {
    let page = get("/de/search?q=Deutsch&level=A1&free=1&list=vhs-unna-deutsch-a1-abendkurs-selbstzahler").await;
    let html = page.html();
    let facets = scraper::Selector::parse(".facet").unwrap();
    let (heading, label) = (scraper::Selector::parse("h2").unwrap(), scraper::Selector::parse(".label").unwrap());
    let level_facet = html
        .select(&facets)
        .find(|facet| facet.select(&heading).any(|h| h.text().collect::<String>() == "Niveau"))
        .expect("a level facet");
    let levels: Vec<String> = level_facet.select(&label).map(|l| l.text().collect()).collect();
    let order = ["Alphabetisierung", "A1", "A2", "B1", "B2", "C1", "C2"];
    let positions: Vec<usize> = levels.iter().map(|l| order.iter().position(|o| o == l).unwrap()).collect();
    assert!(levels.len() > 2 && positions.windows(2).all(|w| w[0] < w[1]), "{levels:?}");
    let chips = page.texts(".chips a");
    assert!(chips.contains(&"A1 ×".to_owned()) && chips.contains(&"Kostenlos ×".to_owned()), "{chips:?}");
    assert_eq!(
        page.attrs(".clear-all a", "href"),
        ["/de/search?q=Deutsch&list=vhs-unna-deutsch-a1-abendkurs-selbstzahler"]
    );
}

#[tokio::test]
async fn a_place_brings_radius_and_order_controls_that_belong_to_the_search_form() {
    let page = get("/de/search?q=Beratung&where=59423").await;
    assert_eq!(page.attrs("#near-radius option", "value"), ["", "5", "10", "25"]);
    assert_eq!(page.attrs("#near-sort option", "value"), ["distance", "relevance"]);
    assert_eq!(page.attrs("#near-sort option[selected]", "value"), ["distance"]);
    for control in ["#near-radius", "#near-sort", ".near button"] {
        assert_eq!(page.attrs(control, "form"), ["search-form"], "{control}");
    }
    assert_eq!(page.attrs("form#search-form", "action"), ["/de/search"]);
    let near = get("/de/search?q=Beratung&where=59423&radius=5&sort=relevance").await;
    let distances: Vec<f64> = near
        .texts(".card .distance")
        .iter()
        .map(|d| d.trim_end_matches(" km").replace(',', ".").parse().unwrap())
        .collect();
    assert!(!distances.is_empty() && distances.iter().all(|d| *d <= 5.0), "{distances:?}");
    assert_eq!(near.attrs("#near-radius option[selected]", "value"), ["5"]);
    assert_eq!(near.attrs("#near-sort option[selected]", "value"), ["relevance"]);
    assert!(near.texts(".chips a").contains(&"Umkreis 5 km ×".to_owned()));
}

#[tokio::test]
async fn without_a_known_place_the_panel_asks_for_one() {
    let page = get("/de/search?q=Beratung").await;
    assert!(page.attrs("#near-radius", "name").is_empty());
    assert_eq!(page.attrs(".near a", "href"), ["#where"]);
    let unknown = get("/de/search?q=Beratung&where=Atlantis").await;
    assert_eq!(unknown.status, StatusCode::OK);
    assert!(unknown.texts(".near .note")[0].contains("kennen wir nicht"));
}

#[tokio::test]
async fn a_new_query_keeps_the_filters_and_the_list() {
    let page = get("/de/search?q=Kurs&city=Unna&free=1&list=a-b&where=59423&radius=10&page=2").await;
    let hidden: Vec<(String, String)> = page
        .attrs("form#search-form input[type=hidden]", "name")
        .into_iter()
        .zip(page.attrs("form#search-form input[type=hidden]", "value"))
        .collect();
    let expected = [("city", "Unna"), ("free", "1"), ("list", "a-b")];
    assert_eq!(hidden, expected.map(|(k, v)| (k.to_owned(), v.to_owned())));
}

#[tokio::test]
async fn filter_links_come_back_to_the_open_panel() {
    let page = get("/de/search?q=Deutschkurs").await;
    let links = page.attrs(".filters .facet a", "href");
    assert!(!links.is_empty() && links.iter().all(|href| href.ends_with("#filter-options")), "{links:?}");
    assert_eq!(page.attrs("details.filter-panel #filter-options", "id"), ["filter-options"]);
}

#[tokio::test]
async fn a_place_given_as_where_and_as_city_is_one_chip() {
    let page = get("/de/search?q=Beratung&where=Unna&city=Unna").await;
    let chips = page.texts(".chips a");
    assert_eq!(chips.iter().filter(|c| c.starts_with("Unna")).count(), 1, "{chips:?}");
    let href =
        page.attrs(".chips a", "href").into_iter().find(|h| !h.contains("city=") && !h.contains("where=")).unwrap();
    assert_eq!(href, "/de/search?q=Beratung#filter-options");
}
