use std::collections::{BTreeMap, BTreeSet};

use wegweiser::directory::seed_offers;
use wegweiser::domain::Actor;
use wegweiser::domain::{Category, Lang};
use wegweiser::store::Store;

const TOWNS: [&str; 10] =
    ["Bergkamen", "Bönen", "Fröndenberg/Ruhr", "Holzwickede", "Kamen", "Lünen", "Schwerte", "Selm", "Unna", "Werne"];

#[test]
fn every_seed_offer_validates() {
    let seeds = seed_offers();
    let problems: Vec<String> = seeds.rejected.iter().map(|(file, r)| format!("{file}: {r}")).collect();
    assert!(problems.is_empty(), "{problems:#?}");
    assert!(seeds.offers.len() >= 200, "{}", seeds.offers.len());
}

#[test]
fn every_seed_file_in_data_is_bundled() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("data/offers");
    let on_disk: usize = std::fs::read_dir(dir)
        .unwrap()
        .map(|entry| wegweiser::import::read_file(&entry.unwrap().path()).unwrap().offers.len())
        .sum();
    assert_eq!(on_disk, seed_offers().offers.len());
}

#[test]
fn seeds_cover_every_town_and_category_with_a_third_translated() {
    let offers = seed_offers().offers;
    let towns: BTreeSet<&str> = offers.iter().flat_map(|o| o.cities()).collect();
    for town in TOWNS {
        assert!(towns.contains(town), "no offer in {town}");
    }
    let categories: BTreeSet<Category> = offers.iter().map(|o| o.category).collect();
    assert_eq!(categories.len(), Category::ALL.len());
    let translated = offers.iter().filter(|o| o.title.languages().any(|l| l.as_str() != "de")).count();
    assert!(translated * 3 >= offers.len(), "{translated} of {}", offers.len());
}

#[test]
fn seeds_round_trip_through_store_and_export() {
    let offers = seed_offers().offers;
    let store = Store::in_memory().unwrap();
    store.upsert_offers(&offers, &Actor::System).unwrap();
    let exported = serde_json::to_string(&store.all_offers().unwrap()).unwrap();
    let parsed = wegweiser::import::parse(&exported);
    assert!(parsed.rejected.is_empty());
    let second = Store::in_memory().unwrap();
    second.upsert_offers(&parsed.offers, &Actor::System).unwrap();
    assert_eq!(second.all_offers().unwrap(), store.all_offers().unwrap());
    let mut sorted = offers.clone();
    sorted.sort_by(|a, b| a.id.cmp(&b.id));
    assert_eq!(store.all_offers().unwrap(), sorted, "nothing is lost or changed on the way");
}

/// Prints the seed data's counts, for the record: `cargo test seed_counts -- --nocapture`.
#[test]
fn seed_counts() {
    let offers = seed_offers().offers;
    let mut by_category = BTreeMap::new();
    let mut by_town = BTreeMap::new();
    let mut by_language = BTreeMap::new();
    for offer in &offers {
        *by_category.entry(offer.category.code()).or_insert(0) += 1;
        for town in offer.cities().collect::<BTreeSet<_>>() {
            *by_town.entry(town.to_owned()).or_insert(0) += 1;
        }
        for lang in Lang::ALL.into_iter().filter(|l| offer.title.get(*l).is_some()) {
            *by_language.entry(lang.code()).or_insert(0) += 1;
        }
    }
    println!(
        "offers: {}\nby category: {by_category:?}\nby town: {by_town:?}\ntitles by language: {by_language:?}",
        offers.len()
    );
    assert!(by_language.len() >= 7, "titles in the seven languages the glossary is written in");
}
