use wegweiser::directory::{Directory, STORE_FILE, seed_offers};
use wegweiser::domain::Actor;
use wegweiser::domain::parse_offer;
use wegweiser::search::{SearchIndex, SearchRequest};
use wegweiser::store::Store;

use crate::helpers::offer_json;

fn search_ids(directory: &Directory, text: &str) -> Vec<String> {
    let request = SearchRequest { text: text.to_owned(), limit: 10, ..SearchRequest::default() };
    directory.index.search(&request).unwrap().hits.into_iter().map(|h| h.id).collect()
}

#[test]
fn a_write_is_searchable_as_soon_as_it_returns() {
    let directory = Directory::in_memory().unwrap();
    directory.upsert(&[parse_offer(offer_json("nachtkurs", "Nachtkurs Deutsch")).unwrap()], &Actor::System).unwrap();
    assert_eq!(search_ids(&directory, "Nachtkurs"), ["nachtkurs"]);
    directory.upsert(&[parse_offer(offer_json("nachtkurs", "Morgenkurs Deutsch")).unwrap()], &Actor::System).unwrap();
    assert!(search_ids(&directory, "Nachtkurs").is_empty(), "the old text is gone");
    assert_eq!(search_ids(&directory, "Morgenkurs"), ["nachtkurs"]);
}

#[test]
fn the_index_survives_a_restart_without_a_rebuild() {
    let dir = tempfile::tempdir().unwrap();
    let (data, index) = (dir.path().join("data"), dir.path().join("index"));
    {
        let directory = Directory::open(&data, &index).unwrap();
        directory.upsert(&[parse_offer(offer_json("a", "Schwimmkurs")).unwrap()], &Actor::System).unwrap();
    }
    let directory = Directory::open(&data, &index).unwrap();
    assert_eq!(directory.index.synced_to(), directory.store.last_change().unwrap());
    assert_eq!(search_ids(&directory, "Schwimmkurs"), ["a"]);
}

#[test]
fn writes_the_index_missed_before_a_crash_are_caught_up_at_start() {
    let dir = tempfile::tempdir().unwrap();
    let (data, index) = (dir.path().join("data"), dir.path().join("index"));
    drop(Directory::open(&data, &index).unwrap());
    // The store committed, then the process died before the index heard of it.
    let store = Store::open(&data.join(STORE_FILE)).unwrap();
    store.upsert_offers(&[parse_offer(offer_json("b", "Radfahrkurs")).unwrap()], &Actor::System).unwrap();
    drop(store);
    let directory = Directory::open(&data, &index).unwrap();
    assert_eq!(search_ids(&directory, "Radfahrkurs"), ["b"]);
    assert_eq!(directory.index.doc_count(), 1);
}

#[test]
fn an_index_of_another_version_or_store_is_rebuilt() {
    let dir = tempfile::tempdir().unwrap();
    let (data, index) = (dir.path().join("data"), dir.path().join("index"));
    {
        let directory = Directory::open(&data, &index).unwrap();
        directory.upsert(&[parse_offer(offer_json("c", "Nähcafé")).unwrap()], &Actor::System).unwrap();
    }
    std::fs::write(index.join("wegweiser-version"), "an-old-version").unwrap();
    let directory = Directory::open(&data, &index).unwrap();
    assert_eq!(search_ids(&directory, "Nähcafé"), ["c"]);
    drop(directory);
    std::fs::remove_file(data.join(STORE_FILE)).unwrap();
    let fresh = Directory::open(&data, &index).unwrap();
    assert_eq!(fresh.index.doc_count(), 0, "an index ahead of its store is thrown away");
}

#[test]
fn reindex_builds_the_same_index_from_the_store() {
    let store = Store::in_memory().unwrap();
    store.upsert_offers(&seed_offers().offers, &Actor::System).unwrap();
    let index = SearchIndex::in_memory(&store).unwrap();
    assert_eq!(index.doc_count(), store.offer_count().unwrap() as u64);
}
