//! The edges of the site: a missing page that helps on, searches that find nothing or give
//! nothing to search by.

use axum::http::StatusCode;

use crate::helpers::{enc, get};

#[tokio::test]
async fn an_ended_offer_links_its_likeliest_replacements_and_the_search() {
    let page = get("/de/offers/vhs-unna-integrationskurs-allgemein-2019-01").await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    let replacements = page.attrs(".replacements a", "href");
    assert!(!replacements.is_empty() && replacements.len() <= 3, "{replacements:?}");
    assert_eq!(
        replacements[0], "/de/offers/vhs-unna-integrationskurs-allgemein-2027-01",
        "the same course's next round"
    );
    assert!(replacements.iter().all(|href| href.contains("integrationskurs")), "{replacements:?}");
    assert_eq!(page.attrs("form#search-form", "action"), ["/de/search"]);
    assert!(page.attrs(".error", "class").is_empty(), "a missing page is no alarm");
}

#[tokio::test]
async fn any_missing_page_has_the_search_box_in_its_language() {
    let page = get("/ar/gibt-es-nicht").await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert_eq!(page.attrs("form#search-form", "action"), ["/ar/search"]);
    assert!(page.attrs(".replacements a", "href").is_empty());
}

#[tokio::test]
async fn nothing_found_says_so_once_and_shows_counseling_and_every_category() {
    let page = get("/de/search?q=Hubschrauberflug").await;
    assert!(page.texts(".note").iter().all(|n| !n.contains("Hubschrauberflug")), "{:?}", page.texts(".note"));
    assert_eq!(page.texts(".no-results > p")[0], "Dazu haben wir leider nichts gefunden.");
    assert_eq!(page.attrs(".no-results .categories a", "href").len(), 13);
    assert!(page.attrs(".no-results a", "href").iter().any(|h| h.ends_with("category=counseling")));
}

#[tokio::test]
async fn a_query_of_function_words_only_says_so() {
    let page = get(&format!("/de/search?q={}", enc("und die der"))).await;
    assert_eq!(
        page.texts(".query-note"),
        [
            "Ihre Suche enthält nur kleine Füllwörter. Nennen Sie, was Sie suchen, zum Beispiel Deutschkurs oder Beratung."
        ]
    );
    let arabic = get(&format!("/ar/search?q={}", enc("في من"))).await;
    assert_eq!(arabic.texts(".query-note").len(), 1);
    assert!(get("/de/search?q=Deutschkurs").await.texts(".query-note").is_empty());
}

#[tokio::test]
async fn a_query_of_emoji_only_says_it_has_no_words() {
    let page = get(&format!("/de/search?q={}", enc("😀🎉"))).await;
    assert_eq!(
        page.texts(".query-note"),
        ["Ihre Suche enthält keine Wörter, nach denen wir suchen können. Darum sehen Sie alle Angebote."]
    );
}
