use wegweiser::domain::Lang;
use wegweiser::search::{SearchRequest, SearchResults};

use crate::helpers::seeded;

fn search(text: &str, lang: Option<Lang>) -> SearchResults {
    let request = SearchRequest { text: text.to_owned(), lang_hint: lang, limit: 10, ..SearchRequest::default() };
    seeded().index.search(&request).unwrap()
}

fn top_categories(results: &SearchResults) -> Vec<String> {
    let ids: Vec<&str> = results.hits.iter().map(|h| h.id.as_str()).collect();
    let offers = seeded().store.offers_by_id(&ids).unwrap();
    results.hits.iter().map(|h| offers[&h.id].category.code().to_owned()).collect()
}

#[test]
fn arabic_query_finds_arabic_translations() {
    let results = search("دورة لغة", None);
    assert!(results.total > 0);
    assert_eq!(results.detected_language, Lang::Ar);
}

#[test]
fn umlauts_may_be_typed_out() {
    let with = search("Nähcafé", None).total;
    assert!(with > 0);
    assert_eq!(search("Naehcafe", None).total, with);
}

#[test]
fn a_word_found_nowhere_is_dropped_and_reported() {
    let results = search("Integrationskurs qqqxqq", None);
    assert!(results.total > 0);
    assert_eq!(results.dropped_words, ["qqqxqq"]);
    assert!(top_categories(&results).iter().take(3).all(|c| c == "integration_course"));
}

#[test]
fn ended_offers_are_left_out_by_default() {
    let all = SearchRequest { limit: 0, ..SearchRequest::default() };
    let with_ended = SearchRequest { include_ended: true, ..all.clone() };
    let index = &seeded().index;
    assert!(index.search(&with_ended).unwrap().total > index.search(&all).unwrap().total);
}
