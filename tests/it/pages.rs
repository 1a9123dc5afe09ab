use std::sync::Arc;

use axum::http::StatusCode;
use wegweiser::directory::Directory;
use wegweiser::domain::Actor;
use wegweiser::domain::parse_offer;

use crate::helpers::{enc, get, get_from, offer_json, seeded};

#[tokio::test]
async fn root_redirects_to_the_browser_language_or_the_remembered_one() {
    let arabic = get_from(seeded(), "/", &[("accept-language", "ar,en;q=0.5")]).await;
    assert_eq!(arabic.status, StatusCode::SEE_OTHER);
    assert_eq!(arabic.headers["location"], "/ar/");
    let remembered = get_from(seeded(), "/", &[("accept-language", "ar"), ("cookie", "lang=uk")]).await;
    assert_eq!(remembered.headers["location"], "/uk/");
    assert_eq!(get("/").await.headers["location"], "/de/");
}

#[tokio::test]
async fn home_shows_search_and_every_category_with_counts() {
    let page = get("/de/").await;
    assert_eq!(page.status, StatusCode::OK);
    assert_eq!(page.attrs("html", "lang"), ["de"]);
    assert_eq!(page.attrs("form[role=search]", "action"), ["/de/search"]);
    let tiles = page.texts(".tiles a");
    assert_eq!(tiles.len(), 13);
    assert!(tiles.iter().any(|t| t.contains("Integrationskurse") && t.contains("Angebote")), "{tiles:?}");
    assert_eq!(page.attrs(".languages a", "hreflang").len(), 15, "the fifteen other languages are behind one tap");
}

#[tokio::test]
async fn arabic_pages_are_right_to_left() {
    let page = get("/ar/").await;
    assert_eq!(page.attrs("html", "dir"), ["rtl"]);
    assert_eq!(page.attrs("html", "lang"), ["ar"]);
    assert_eq!(get("/de/").await.attrs("html", "dir"), ["ltr"]);
}

#[tokio::test]
async fn results_page_lists_cards_that_link_to_offers() {
    let page = get("/de/search?q=Integrationskurs").await;
    assert_eq!(page.status, StatusCode::OK);
    let heading = page.texts("h1").remove(0);
    assert!(heading.ends_with("Angebote"), "{heading}");
    let links = page.attrs(".card h2 a", "href");
    assert!(links.len() >= 10);
    assert!(links.iter().all(|l| l.starts_with("/de/offers/")));
    let offer = get(&links[0]).await;
    assert_eq!(offer.status, StatusCode::OK);
    assert_eq!(page.attrs("input[name=q]", "value"), ["Integrationskurs"]);
}

#[tokio::test]
async fn hostile_queries_render_a_page() {
    let long = "Kurs ".repeat(2000);
    for query in [long.as_str(), "\"", "AND OR :", "(((", "-", "🙂", "\u{200F}", "<script>alert(1)</script>"] {
        let page = get(&format!("/de/search?q={}", enc(query))).await;
        assert_eq!(page.status, StatusCode::OK, "{query:?}");
        assert!(!page.body.contains("<script>alert"), "the query is escaped");
    }
}

#[tokio::test]
async fn facet_links_filter_and_chips_remove_the_filter() {
    let page = get("/de/search?q=Beratung").await;
    let unna =
        page.attrs(".facet a", "href").into_iter().find(|h| h.contains("city=Unna")).expect("a facet link for Unna");
    let filtered = get(&unna).await;
    assert!(filtered.texts(".card .city").iter().all(|c| c == "Unna"));
    let chips = filtered.attrs(".chips a", "href");
    assert_eq!(chips, ["/de/search?q=Beratung#filter-options"]);
    assert!(filtered.texts("a").iter().any(|t| t == "Alle Filter entfernen"));
}

#[tokio::test]
async fn the_language_switch_keeps_the_search() {
    let page = get("/de/search?q=Kurs&city=Kamen").await;
    let english = page.attrs(".languages a[hreflang=en]", "href");
    assert_eq!(english, ["/en/search?q=Kurs&city=Kamen"]);
}

#[tokio::test]
async fn a_search_without_results_offers_ways_on() {
    let page = get("/de/search?q=qqqqqq+zzzzzz").await;
    assert_eq!(page.status, StatusCode::OK);
    let suggestions = page.attrs(".no-results a", "href");
    assert!(suggestions.contains(&"/de/search?category=counseling".to_owned()), "{suggestions:?}");
}

#[tokio::test]
async fn the_offer_page_has_what_a_person_needs() {
    let offer = get("/de/offers/vhs-unna-integrationskurs-holzwickede-2026-09").await;
    assert_eq!(offer.status, StatusCode::OK);
    assert_eq!(offer.texts("h1").len(), 1);
    let facts = offer.texts(".facts dt");
    assert!(facts.contains(&"Wo".to_owned()), "{facts:?}");
    assert!(offer.attrs("address a", "href").iter().all(|h| h.starts_with("https://www.openstreetmap.org/")));
    let actions = offer.attrs(".actions a", "href");
    assert!(actions.iter().any(|h| h.starts_with("tel:+49")), "{actions:?}");
}

#[tokio::test]
async fn a_translated_offer_shows_the_translation_and_the_german_original() {
    let directory = Arc::new(Directory::in_memory().unwrap());
    let mut json = offer_json("deutschkurs-test", "Deutschkurs am Abend");
    json["title"]["ar"] = "دورة ألمانية مسائية".into();
    json["summary"] = serde_json::json!({"de": "Für Berufstätige.", "ar": "للعاملين."});
    directory.upsert(&[parse_offer(json).unwrap()], &Actor::System).unwrap();
    let page = get_from(directory.clone(), "/ar/offers/deutschkurs-test", &[]).await;
    assert_eq!(page.texts("h1"), ["دورة ألمانية مسائية"]);
    assert_eq!(page.attrs(".original div", "lang"), ["de"]);
    let uk = get_from(directory, "/uk/offers/deutschkurs-test", &[]).await;
    assert_eq!(uk.attrs("h1", "lang"), ["de"], "German shown to a Ukrainian reader is marked as German");
}

#[tokio::test]
async fn markup_in_offer_texts_is_shown_escaped() {
    let directory = Arc::new(Directory::in_memory().unwrap());
    let json = offer_json("xss-test", "<script>alert(1)</script><b>fett</b>");
    directory.upsert(&[parse_offer(json).unwrap()], &Actor::System).unwrap();
    let page = get_from(directory.clone(), "/de/offers/xss-test", &[]).await;
    assert!(!page.body.contains("<script>alert(1)"));
    assert_eq!(page.texts("h1"), ["<script>alert(1)</script><b>fett</b>"]);
    let results = get_from(directory, "/de/search?q=fett", &[]).await;
    assert!(!results.body.contains("<b>fett"));
}

#[tokio::test]
async fn missing_pages_are_localised_404s() {
    let english = get("/en/offers/no-such-offer").await;
    assert_eq!(english.status, StatusCode::NOT_FOUND);
    assert_eq!(english.texts("h1"), ["Page not found"]);
    let unknown_language = get_from(seeded(), "/xx/search", &[("accept-language", "en")]).await;
    assert_eq!(unknown_language.status, StatusCode::NOT_FOUND);
    assert_eq!(unknown_language.attrs("html", "lang"), ["en"]);
    let api = get("/api/v1/nothing").await;
    assert_eq!(api.status, StatusCode::NOT_FOUND);
    assert!(api.json()["error"].is_string());
}

#[tokio::test]
async fn static_files_are_cached_for_long_and_pages_forbid_foreign_scripts() {
    let page = get("/de/").await;
    let css = page.attrs("link[rel=stylesheet]", "href").remove(0);
    let response = get(&css).await;
    assert_eq!(response.status, StatusCode::OK);
    assert!(response.headers["cache-control"].to_str().unwrap().contains("immutable"));
    assert!(page.headers["content-security-policy"].to_str().unwrap().contains("default-src 'self'"));
    assert_eq!(get("/static/style.css").await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_results_page_offers_the_corrected_spelling() {
    let page = get("/de/search?q=Schuldnerberatnug").await;
    let links = page.attrs(".note a", "href");
    assert!(links.contains(&"/de/search?q=schuldnerberatung".to_owned()), "{links:?}");
}

#[tokio::test]
async fn arabic_readers_see_what_found_a_german_offer() {
    let page = get(&format!("/ar/search?q={}", enc("دورة الاندماج"))).await;
    let hints = page.texts(".found-via span[lang=de]");
    assert!(hints.iter().any(|h| h.contains("Integrationskurs")), "{hints:?}");
}

#[tokio::test]
async fn providers_download_a_csv_template_that_imports_cleanly() {
    let template = get("/de/provider/template.csv").await;
    assert_eq!(template.status, StatusCode::OK);
    assert_eq!(template.headers["content-type"], "text/csv; charset=utf-8");
    assert!(template.headers["content-disposition"].to_str().unwrap().starts_with("attachment"));
    let parsed = wegweiser::import::parse_csv(template.body.as_bytes()).unwrap();
    assert_eq!((parsed.offers.len(), parsed.rejected.len()), (1, 0));
    assert_eq!(template.body.lines().count(), 2, "a header row and one example row");
    assert_eq!(get("/xx/provider/template.csv").await.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn markup_in_every_text_field_is_shown_as_text() {
    let attack = "<script>alert(1)</script><img src=x onerror=alert(2)>";
    let directory = Arc::new(Directory::in_memory().unwrap());
    let mut json = offer_json("alles-escaped", attack);
    json["provider"]["name"] = attack.into();
    json["summary"] = serde_json::json!({"de": attack, "ar": attack});
    json["description"] = serde_json::json!({"de": attack});
    json["cost"] = serde_json::json!({"free": true, "text": {"de": attack}});
    json["schedule"] = serde_json::json!({"text": {"de": attack}});
    json["tags"] = serde_json::json!([attack]);
    json["locations"][0]["name"] = attack.into();
    json["locations"][0]["street"] = attack.into();
    json["locations"][0]["city"] = attack.into();
    directory.upsert(&[parse_offer(json).unwrap()], &Actor::System).unwrap();
    for uri in ["/de/offers/alles-escaped", "/ar/offers/alles-escaped", "/de/search?q=alert"] {
        let page = get_from(directory.clone(), uri, &[]).await;
        assert!(!page.body.contains("<script>alert") && !page.body.contains("<img src=x"), "{uri}");
        assert!(page.body.contains("&lt;script&gt;"), "{uri} shows the text");
    }
}

#[tokio::test]
async fn an_offer_in_german_says_so_and_links_the_languages_it_has() {
    let directory = Arc::new(Directory::in_memory().unwrap());
    let mut json = offer_json("zweisprachig", "Deutschkurs am Abend");
    json["title"]["ar"] = "دورة ألمانية مسائية".into();
    directory.upsert(&[parse_offer(json).unwrap()], &Actor::System).unwrap();
    let page = get_from(directory, "/uk/offers/zweisprachig", &[]).await;
    let note = page.texts("header .in-language").remove(0);
    assert!(note.starts_with("Цей текст німецькою мовою."), "{note}");
    assert_eq!(page.attrs("header .in-language a", "href"), ["/ar/offers/zweisprachig"]);
}
