//! The directory as a whole: the store, the index kept in line with it, and the places.
//! Every write goes through here so the index follows the store. Imports no web or view code.
//! May import: analysis, domain, gazetteer, import, search, store.

mod accounts;
mod index_sync;
mod meaning_sync;
mod reading;
mod reports;
mod search_gaps;
mod seeding;

use std::path::{Path, PathBuf};

use crate::domain::{Actor, LangCode, Offer};
use crate::gazetteer::Gazetteer;
use crate::search::SearchIndex;
use crate::store::{Proposal, Queued, Store};
use crate::{Error, Result};

pub use index_sync::Health;
pub use meaning_sync::MEANING_BATCH;
pub use seeding::{Seeds, seed_offers};

pub const STORE_FILE: &str = "wegweiser.sqlite";

/// The store and the index are private: callers read through the directory's methods and
/// write through the ones that index what they wrote.
pub struct Directory {
    store: Store,
    index: SearchIndex,
    pub places: Gazetteer,
}

/// Whether `serve` fills a store it creates itself with the bundled offers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Seeding {
    /// A new store made by `serve` gets the bundled offers: a first start shows a full site.
    NewStore,
    /// Never: for production, where invented offers must not appear.
    Off,
}

impl Directory {
    /// Opens the store in `data` (creating it when missing) and the index in `index`,
    /// bringing the index up to date.
    pub fn open(data: &Path, index: &Path) -> Result<Directory> {
        std::fs::create_dir_all(data).map_err(|source| Error::File { path: PathBuf::from(data), source })?;
        let store = Store::open(&data.join(STORE_FILE))?;
        Directory::with_store(store, index)
    }

    /// Opens the directory to serve it. A store file that is missing is created, and filled
    /// with the bundled offers unless `seeding` is off; one that exists must be a readable
    /// store, so a truncated or foreign file stops the start instead of being refilled.
    pub fn open_to_serve(data: &Path, index: &Path, seeding: Seeding) -> Result<Directory> {
        let file = data.join(STORE_FILE);
        let new_store = !file.exists();
        let directory = Directory::open(data, index)?;
        if new_store && seeding == Seeding::NewStore {
            let loaded = directory.seed_if_empty()?;
            tracing::info!("new store {}: loaded {loaded} bundled offers", file.display());
        }
        Ok(directory)
    }

    fn with_store(store: Store, index_dir: &Path) -> Result<Directory> {
        let index = index_sync::open_index(index_dir, &store)?;
        Ok(Directory { store, index, places: Gazetteer::bundled()? })
    }

    /// The store in `data` with an index in memory built from it, for measuring: the store
    /// keeps what is costly to make (meaning vectors), the index follows the running code.
    pub fn open_with_index_in_memory(data: &Path) -> Result<Directory> {
        std::fs::create_dir_all(data).map_err(|source| Error::File { path: PathBuf::from(data), source })?;
        let store = Store::open(&data.join(STORE_FILE))?;
        let directory = Directory { store, index: SearchIndex::in_memory()?, places: Gazetteer::bundled()? };
        directory.rebuild_index()?;
        Ok(directory)
    }

    /// A directory in memory, for tests.
    pub fn in_memory() -> Result<Directory> {
        let store = Store::in_memory()?;
        let index = SearchIndex::in_memory()?;
        Ok(Directory { store, index, places: Gazetteer::bundled()? })
    }

    /// Commits the offers to the store, then makes them searchable before returning.
    pub fn upsert(&self, offers: &[Offer], actor: &Actor) -> Result<()> {
        self.commit_offers(offers, actor)?;
        self.index_after_write()?;
        Ok(())
    }

    /// Runs `work` with a `keep` that commits offers to the store and returns at once, while
    /// another thread indexes what was kept so far: a large import stores one batch while the
    /// last is indexed. Returns `work`'s outcome once every kept offer is searchable.
    pub fn importing<T>(
        &self,
        actor: &Actor,
        work: impl FnOnce(&dyn Fn(&[Offer]) -> Result<()>) -> Result<T>,
    ) -> Result<T> {
        std::thread::scope(|scope| {
            // Each catch-up indexes every change stored before it. A nudge is taken only by an
            // idle indexer, so storing waits while a batch is still being indexed: memory holds
            // two batches at most.
            let (nudge, nudged) = std::sync::mpsc::sync_channel::<()>(0);
            scope.spawn(move || {
                while nudged.recv().is_ok() {
                    // The catch-up after `work` retries and reports it.
                    if let Err(error) = self.sync_index() {
                        tracing::warn!("indexing during an import: {error}");
                    }
                }
            });
            let keep = |offers: &[Offer]| {
                self.commit_offers(offers, actor)?;
                // Fails only when the indexing thread is gone; the catch-up after `work` reports why.
                let _ = nudge.send(());
                Ok(())
            };
            let outcome = work(&keep);
            drop(nudge);
            outcome
        })
        .and_then(|outcome| {
            self.index_after_write()?;
            Ok(outcome)
        })
    }

    /// Commits offers to the store in batches that keep each transaction short, so reads are
    /// never held up for long.
    fn commit_offers(&self, offers: &[Offer], actor: &Actor) -> Result<()> {
        for batch in offers.chunks(index_sync::BATCH) {
            self.store.upsert_offers(batch, actor)?;
        }
        Ok(())
    }

    /// Saves one offer and makes it searchable; true when it is new.
    pub fn save_offer(&self, offer: &Offer, actor: &Actor, action: &str) -> Result<bool> {
        let created = self.store.save_offer(offer, actor, action)?;
        self.index_after_write()?;
        Ok(created)
    }

    /// Saves offers in one transaction and makes them searchable with one index commit; for
    /// each, true when it is new.
    pub fn save_offers(&self, offers: &[Offer], actor: &Actor, action: &str) -> Result<Vec<bool>> {
        let created = self.store.save_offers(offers, actor, action)?;
        self.index_after_write()?;
        Ok(created)
    }

    /// Marks the `code` translations of a published offer as matching its German again and
    /// makes that searchable; false when no published offer has this id.
    pub fn mark_translation_current(&self, id: &str, code: &LangCode, actor: &Actor) -> Result<bool> {
        let marked = self.store.confirm_translation(id, code, actor)?;
        self.index_after_write()?;
        Ok(marked)
    }

    /// Takes an offer off the public site and out of the index; false when none was published.
    pub fn withdraw_offer(&self, id: &str, actor: &Actor) -> Result<bool> {
        let withdrawn = self.store.withdraw_offer(id, actor)?;
        self.index_after_write()?;
        Ok(withdrawn)
    }

    /// Queues a change for an admin; nothing public changes until it is approved.
    pub fn propose(&self, offer_id: &str, provider_id: &str, proposal: &Proposal, actor: &Actor) -> Result<Queued> {
        self.store.propose(offer_id, provider_id, proposal, actor)
    }

    /// Approves or rejects a proposal; an approved one is searchable before this returns.
    /// Returns the offer id.
    pub fn settle_proposal(&self, id: i64, approve: bool, reason: &str, actor: &Actor) -> Result<String> {
        let offer_id = self.store.decide(id, approve, reason, actor)?;
        self.index_after_write()?;
        Ok(offer_id)
    }

    /// Loads the bundled seed offers when the store holds none; returns how many it loaded.
    pub fn seed_if_empty(&self) -> Result<usize> {
        if self.store.offer_count()? > 0 {
            return Ok(0);
        }
        let seeds = seed_offers();
        for (file, rejection) in &seeds.rejected {
            tracing::warn!("seed {file}: {rejection}");
        }
        self.upsert(&seeds.offers, &Actor::System)?;
        Ok(seeds.offers.len())
    }
}
