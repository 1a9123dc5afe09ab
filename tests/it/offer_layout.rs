//! The offer page on a phone: contact first, and German text announced in the reader's language.

use scraper::Selector;

use crate::helpers::get;

const OFFER: &str = "vhs-unna-integrationskurs-allgemein-2027-01";

/// The classes of the article's parts in page order.
fn order_of_parts(body: &str) -> Vec<String> {
    let html = scraper::Html::parse_document(body);
    let selector = Selector::parse("article.offer > *").unwrap();
    html.select(&selector).map(|e| e.value().attr("class").unwrap_or(e.value().name()).to_owned()).collect()
}

#[tokio::test]
async fn call_write_and_visit_come_before_the_long_description() {
    let page = get(&format!("/de/offers/{OFFER}")).await;
    let parts = order_of_parts(&page.body);
    let position =
        |class: &str| parts.iter().position(|p| p == class).unwrap_or_else(|| panic!("{class} in {parts:?}"));
    assert!(position("facts") < position("contact") && position("contact") < position("description"), "{parts:?}");
    let call = page.texts(".contact a[href^='tel:']");
    assert_eq!(call, ["Anrufen +49 2303 103-730"]);
}

#[tokio::test]
async fn german_text_on_an_arabic_page_says_in_arabic_that_it_is_german() {
    let page = get(&format!("/ar/offers/{OFFER}")).await;
    let notes = page.texts(".description .text-language");
    assert_eq!(notes, ["هذا النص باللغة الألمانية."]);
    assert_eq!(page.attrs(".description .text", "lang"), ["de"]);
    let german_page = get(&format!("/de/offers/{OFFER}")).await;
    assert!(german_page.texts(".text-language").is_empty());
}

#[tokio::test]
async fn cards_tell_the_text_language_apart_from_the_languages_an_offer_is_given_in() {
    let page = get("/ar/search?q=Integrationskurs").await;
    let notes = page.texts(".card .in-language");
    assert!(notes.iter().any(|n| n == "هذا النص باللغة الألمانية."), "{notes:?}");
    let offered = page.texts(".card .offered-in");
    assert!(!offered.is_empty() && offered.iter().all(|o| o == "لغات العرض:"), "{offered:?}");
}
