//! Meaning vectors: a question in words no offer uses finds the offer it asks for once the
//! vectors are made; they are made again only for changed texts, and kept across restarts and
//! rebuilds of the index.

use wegweiser::directory::Directory;
use wegweiser::domain::{Actor, Lang, parse_offer};
use wegweiser::search::SearchRequest;

use crate::helpers::offer_json;

fn offers() -> Vec<wegweiser::domain::Offer> {
    [
        ("cycling", "Radfahrkurs für Frauen", "Sicher Fahrrad fahren lernen, im geschützten Rahmen auf dem Schulhof."),
        ("debts", "Schuldnerberatung", "Hilfe bei Mahnungen, Inkasso und Schulden, vertraulich und kostenlos."),
        ("sewing", "Nähcafé", "Gemeinsam Kleidung nähen und reparieren, Nähmaschinen sind vorhanden."),
    ]
    .into_iter()
    .map(|(id, title, description)| {
        let mut json = offer_json(id, title);
        json["description"] = serde_json::json!({"de": description});
        parse_offer(json).unwrap()
    })
    .collect()
}

fn first_hit(directory: &Directory, text: &str, lang: Lang) -> Option<String> {
    let request = SearchRequest { text: text.to_owned(), lang_hint: Some(lang), limit: 3, ..SearchRequest::default() };
    directory.search(&request).unwrap().hits.into_iter().next().map(|hit| hit.id)
}

/// "I get letters from debt collectors and cannot pay, who can help me" in Romanian, a language
/// without a dictionary bridge: no word of it is in the offers.
const QUESTION: &str = "Primesc scrisori de la recuperatorii de datorii și nu pot plăti, cine mă poate ajuta?";

#[test]
fn a_question_in_other_words_finds_its_offer_once_the_vectors_are_made() {
    let directory = Directory::in_memory().unwrap();
    directory.upsert(&offers(), &Actor::System).unwrap();
    assert_eq!(directory.meanings_due(), 3);
    assert_ne!(first_hit(&directory, QUESTION, Lang::Ro).as_deref(), Some("debts"), "words alone miss it");
    directory.make_all_meanings(2).unwrap();
    assert_eq!(directory.meanings_due(), 0);
    assert_eq!(first_hit(&directory, QUESTION, Lang::Ro).as_deref(), Some("debts"));
    // Keywords that all match are answered by their words, as before.
    assert_eq!(first_hit(&directory, "Nähcafé", Lang::De).as_deref(), Some("sewing"));
}

#[test]
fn only_changed_texts_are_encoded_again_and_withdrawn_offers_leave() {
    let directory = Directory::in_memory().unwrap();
    directory.upsert(&offers(), &Actor::System).unwrap();
    directory.make_all_meanings(2).unwrap();
    directory.upsert(&offers()[..1], &Actor::System).unwrap();
    assert_eq!(directory.meanings_due(), 0, "an unchanged text keeps its vectors");
    let mut changed = offers()[0].clone();
    changed.title = serde_json::from_value(serde_json::json!({"de": "Radfahrkurs für Frauen und Mädchen"})).unwrap();
    directory.upsert(&[changed], &Actor::System).unwrap();
    assert_eq!(directory.meanings_due(), 1);
    assert_eq!(directory.make_all_meanings(1).unwrap(), 1);
    directory.withdraw_offer("debts", &Actor::System).unwrap();
    assert_ne!(first_hit(&directory, QUESTION, Lang::Ro).as_deref(), Some("debts"));
}

#[test]
fn vectors_are_kept_in_the_store_across_restarts_and_rebuilds() {
    let dir = tempfile::tempdir().unwrap();
    let (data, index) = (dir.path().join("data"), dir.path().join("index"));
    {
        let directory = Directory::open(&data, &index).unwrap();
        directory.upsert(&offers(), &Actor::System).unwrap();
        assert_eq!(directory.make_all_meanings(2).unwrap(), 3);
    }
    let directory = Directory::open(&data, &index).unwrap();
    assert_eq!(directory.meanings_due(), 0, "loaded from the store, not made again");
    assert_eq!(first_hit(&directory, QUESTION, Lang::Ro).as_deref(), Some("debts"));
    directory.rebuild_index().unwrap();
    assert_eq!(directory.meanings_due(), 0, "a rebuilt index keeps them");
    assert_eq!(first_hit(&directory, QUESTION, Lang::Ro).as_deref(), Some("debts"));
    drop(directory);
    std::fs::remove_dir_all(&index).unwrap();
    let directory = Directory::open(&data, &index).unwrap();
    assert_eq!(directory.meanings_due(), 0, "a lost index folder costs no vector");
}

/// The meaning order knows nothing of towns: of two offers alike in words and meaning, the one
/// in the town the question names comes first once the orders are fused.
#[test]
fn a_town_the_question_names_orders_offers_found_by_words_and_meaning() {
    let debts = |id: &str, city: &str, postcode: &str| {
        let mut json = offer_json(id, "Schuldnerberatung");
        json["description"] = serde_json::json!({"de": "Hilfe bei Mahnungen, Inkasso und Schulden."});
        json["locations"] = serde_json::json!([{"city": city, "postcode": postcode}]);
        parse_offer(json).unwrap()
    };
    let directory = Directory::in_memory().unwrap();
    directory.upsert(&[debts("a-debts", "Unna", "59423"), debts("b-debts", "Kamen", "59174")], &Actor::System).unwrap();
    directory.make_all_meanings(2).unwrap();
    let question = "Schuldnerberatung în Kamen, nu pot plăti datoriile";
    assert_eq!(first_hit(&directory, question, Lang::Ro).as_deref(), Some("b-debts"));
    let question = "Schuldnerberatung în Unna, nu pot plăti datoriile";
    assert_eq!(first_hit(&directory, question, Lang::Ro).as_deref(), Some("a-debts"));
}
