//! Dates, numbers and distances on the pages in the reader's own format, never ISO.

use crate::helpers::{enc, get};

const OFFER: &str = "vhs-unna-integrationskurs-allgemein-2027-01";

/// Every text a reader sees, without the page's structured data for machines.
fn visible_text(body: &str) -> String {
    let html = scraper::Html::parse_document(body);
    let selector = scraper::Selector::parse("body").expect("a valid selector");
    let mut text = String::new();
    for node in html.select(&selector).flat_map(|body| body.descendants()) {
        let in_script = node.ancestors().any(|a| a.value().as_element().is_some_and(|e| e.name() == "script"));
        if let (Some(piece), false) = (node.value().as_text(), in_script) {
            text.push_str(piece);
            text.push(' ');
        }
    }
    text
}

fn has_iso_date(text: &str) -> bool {
    let bytes = text.as_bytes();
    bytes.windows(10).any(|w| {
        let digit = |i: usize| w[i].is_ascii_digit();
        (0..4).all(digit) && w[4] == b'-' && digit(5) && digit(6) && w[7] == b'-' && digit(8) && digit(9)
    })
}

#[tokio::test]
async fn no_page_shows_an_iso_date_in_any_language() {
    for lang in ["de", "en", "ar", "fa", "ps", "uk", "ti"] {
        for path in [
            format!("/{lang}/offers/{OFFER}"),
            format!("/{lang}/search?q=integrationskurs&where=Unna"),
            format!("/{lang}/list?ids={OFFER}"),
            format!("/{lang}/list/print?ids={OFFER}&client=ar"),
        ] {
            let page = get(&path).await;
            assert_eq!(page.status, 200, "{path}");
            let text = visible_text(&page.body);
            assert!(!has_iso_date(&text), "{path} shows an ISO date: {text}");
        }
    }
}

#[tokio::test]
async fn the_offer_page_spells_its_dates_as_the_reader_writes_them() {
    let german = get(&format!("/de/offers/{OFFER}")).await;
    assert_eq!(german.texts("p.confirmed"), ["Zuletzt bestätigt am 10. November 2026"]);
    let when = german.texts("dl.facts dd p").join(" ");
    assert!(when.contains("11. Januar 2027 – 26. November 2027"), "{when}");
    let persian = get(&format!("/fa/offers/{OFFER}")).await;
    assert!(persian.texts("p.confirmed")[0].contains("۱۰ نوامبر ۲۰۲۶"), "{:?}", persian.texts("p.confirmed"));
}

#[tokio::test]
async fn distances_use_the_readers_decimal_separator() {
    let query = format!("q={}&where=Unna", enc("Integrationskurs"));
    let german = get(&format!("/de/search?{query}")).await.texts("span.distance");
    assert!(german.iter().any(|d| d.contains(',')) && german.iter().all(|d| !d.contains('.')), "{german:?}");
    let english = get(&format!("/en/search?{query}")).await.texts("span.distance");
    assert!(english.iter().all(|d| !d.contains(',')), "{english:?}");
}

#[tokio::test]
async fn counts_on_arabic_pages_take_the_plural_cldr_gives_them() {
    let page = get("/ar/search?q=").await;
    let heading = page.texts("h1#results-heading").join("");
    let total: usize = heading.chars().filter(char::is_ascii_digit).collect::<String>().parse().expect("a count");
    let expected = match total % 100 {
        3..=10 => "عروض",
        11..=99 => "عرضًا",
        _ => "عرض",
    };
    assert!(heading.ends_with(expected), "{total}: {heading}");
}
