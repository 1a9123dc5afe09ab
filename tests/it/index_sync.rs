use wegweiser::directory::{Directory, STORE_FILE, seed_offers};
use wegweiser::domain::Actor;
use wegweiser::domain::parse_offer;
use wegweiser::search::SearchRequest;
use wegweiser::store::Store;

use crate::helpers::offer_json;

fn search_ids(directory: &Directory, text: &str) -> Vec<String> {
    let request = SearchRequest { text: text.to_owned(), limit: 10, ..SearchRequest::default() };
    directory.search(&request).unwrap().hits.into_iter().map(|h| h.id).collect()
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
fn an_import_indexes_each_batch_while_the_next_is_stored_and_ends_with_all_searchable() {
    let directory = Directory::in_memory().unwrap();
    let batch = |n: usize| {
        let offers: Vec<_> =
            (0..300).map(|i| parse_offer(offer_json(&format!("kurs-{n}-{i}"), "Nachtkurs Deutsch")).unwrap()).collect();
        offers
    };
    let outcome = directory
        .importing(&Actor::System, |store| {
            for n in 0..4 {
                store(&batch(n))?;
            }
            Ok("read")
        })
        .unwrap();
    assert_eq!(outcome, "read");
    assert_eq!(directory.index_synced_to(), directory.last_change().unwrap());
    assert_eq!(directory.health().unwrap().indexed, 1200);

    // What was stored before the reading failed is kept and searchable; the failure is returned.
    let failed = directory.importing(&Actor::System, |store| {
        store(&[parse_offer(offer_json("morgenkurs", "Morgenkurs Deutsch")).unwrap()])?;
        Err::<(), _>(wegweiser::Error::Refused("broken line 2".into()))
    });
    assert!(matches!(failed, Err(wegweiser::Error::Refused(_))), "{failed:?}");
    assert_eq!(search_ids(&directory, "Morgenkurs"), ["morgenkurs"]);
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
    assert_eq!(directory.index_synced_to(), directory.last_change().unwrap());
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
    assert_eq!(directory.indexed_count(), 1);
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
    assert_eq!(fresh.indexed_count(), 0, "an index ahead of its store is thrown away");
}

#[test]
fn reindex_builds_the_same_index_from_the_store() {
    let directory = Directory::in_memory().unwrap();
    directory.upsert(&seed_offers().offers, &Actor::System).unwrap();
    directory.rebuild_index().unwrap();
    assert_eq!(directory.indexed_count(), directory.offer_count().unwrap() as u64);
}

/// Makes the index folder unwritable by putting a file in its place; gives it back when dropped.
struct BrokenIndexFolder<'a> {
    index: &'a std::path::Path,
    away: std::path::PathBuf,
}

impl<'a> BrokenIndexFolder<'a> {
    fn new(index: &'a std::path::Path) -> Self {
        let away = index.with_extension("away");
        std::fs::rename(index, &away).unwrap();
        std::fs::write(index, "not a folder").unwrap();
        BrokenIndexFolder { index, away }
    }
}

impl Drop for BrokenIndexFolder<'_> {
    fn drop(&mut self) {
        std::fs::remove_file(self.index).unwrap();
        std::fs::rename(&self.away, self.index).unwrap();
    }
}

#[test]
fn writes_whose_indexing_failed_become_searchable_once_the_index_can_be_written_again() {
    let dir = tempfile::tempdir().unwrap();
    let (data, index) = (dir.path().join("data"), dir.path().join("index"));
    let directory = Directory::open(&data, &index).unwrap();
    directory.upsert(&[parse_offer(offer_json("vorher", "Vorherkurs")).unwrap()], &Actor::System).unwrap();
    {
        let _broken = BrokenIndexFolder::new(&index);
        let failed = directory.upsert(&[parse_offer(offer_json("voll", "Vollkurs")).unwrap()], &Actor::System);
        assert_eq!(failed.unwrap_err().kind(), wegweiser::Kind::Unavailable, "kept, not yet searchable");
        assert!(directory.offer("voll").unwrap().is_some(), "the store has it");
        let health = directory.health().unwrap();
        assert_eq!(health.status, "degraded");
        assert!(health.reason.unwrap().contains("behind"));
    }
    directory.upsert(&[parse_offer(offer_json("danach", "Danachkurs")).unwrap()], &Actor::System).unwrap();
    assert_eq!(search_ids(&directory, "Vollkurs"), ["voll"], "the failed write is retried, not skipped");
    assert_eq!(search_ids(&directory, "Danachkurs"), ["danach"]);
    assert_eq!(directory.health().unwrap().status, "ok");
    drop(directory);
    let reopened = Directory::open(&data, &index).unwrap();
    assert_eq!(reopened.indexed_count(), 3);
}

#[test]
fn a_failed_write_is_caught_up_without_another_write() {
    let dir = tempfile::tempdir().unwrap();
    let (data, index) = (dir.path().join("data"), dir.path().join("index"));
    let directory = Directory::open(&data, &index).unwrap();
    {
        let _broken = BrokenIndexFolder::new(&index);
        let offer = parse_offer(offer_json("voll", "Vollkurs")).unwrap();
        assert!(directory.upsert(&[offer], &Actor::System).is_err());
        assert!(directory.catch_up().is_err(), "still failing while the folder is broken");
    }
    assert_eq!(directory.catch_up().unwrap().status, "ok");
    assert_eq!(search_ids(&directory, "Vollkurs"), ["voll"]);
}

#[test]
fn an_index_that_lost_a_segment_is_rebuilt_at_start() {
    let dir = tempfile::tempdir().unwrap();
    let (data, index) = (dir.path().join("data"), dir.path().join("index"));
    {
        let directory = Directory::open(&data, &index).unwrap();
        for (id, title) in [("eins", "Erstkurs"), ("zwei", "Zweitkurs")] {
            directory.upsert(&[parse_offer(offer_json(id, title)).unwrap()], &Actor::System).unwrap();
        }
    }
    let meta_file = index.join("meta.json");
    let mut meta: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&meta_file).unwrap()).unwrap();
    meta["segments"].as_array_mut().unwrap().truncate(1);
    std::fs::write(&meta_file, meta.to_string()).unwrap();
    let directory = Directory::open(&data, &index).unwrap();
    assert_eq!(directory.indexed_count(), 2);
    assert_eq!(directory.health().unwrap().status, "ok");
}

#[test]
fn health_says_degraded_with_the_reason_when_the_index_is_behind() {
    let dir = tempfile::tempdir().unwrap();
    let (data, index) = (dir.path().join("data"), dir.path().join("index"));
    let directory = Directory::open(&data, &index).unwrap();
    // Another process writes the store; this directory's index has not followed yet.
    let store = Store::open(&data.join(STORE_FILE)).unwrap();
    store.upsert_offers(&[parse_offer(offer_json("neu", "Neukurs")).unwrap()], &Actor::System).unwrap();
    let health = directory.health().unwrap();
    assert_eq!((health.status, health.offers, health.indexed), ("degraded", 1, 0));
    assert_eq!(health.reason.as_deref(), Some("index behind the store: change 0 of 1"));
}

#[tokio::test]
async fn a_write_the_index_cannot_take_is_answered_503_and_found_once_it_can() {
    use axum::body::Body;
    use axum::http::{Request, StatusCode};
    let dir = tempfile::tempdir().unwrap();
    let (data, index) = (dir.path().join("data"), dir.path().join("index"));
    let directory = std::sync::Arc::new(Directory::open(&data, &index).unwrap());
    let provider = "test-provider".parse().unwrap();
    directory.add_provider(&provider, "Testanbieter").unwrap();
    let secret_hash = wegweiser::auth::hash_secret("geheim");
    directory.create_token("t", &provider, None, &secret_hash).unwrap();
    let put = |id: &str| {
        Request::put(format!("/api/v1/offers/{id}"))
            .header("authorization", "Bearer geheim")
            .header("content-type", "application/json")
            .body(Body::from(offer_json(id, "Plattenkurs").to_string()))
            .unwrap()
    };
    let state = wegweiser::AppState::new(directory.clone(), false);
    {
        let _broken = BrokenIndexFolder::new(&index);
        let response = crate::helpers::send(state.clone(), put("platte")).await;
        assert_eq!(response.status, StatusCode::SERVICE_UNAVAILABLE);
        assert!(response.json()["error"].as_str().unwrap().contains("not searchable yet"), "{}", response.body);
    }
    assert_eq!(crate::helpers::send(state, put("platte-2")).await.status, StatusCode::CREATED);
    assert_eq!(search_ids(&directory, "Plattenkurs").len(), 2);
}
