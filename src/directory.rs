//! The directory as a whole: the store, the index kept in line with it, and the places.
//! Every write goes through here so the index follows the store. Imports no web or view code.
//! May import: domain, gazetteer, import, search, store.

mod index_sync;
mod seeding;

use std::path::{Path, PathBuf};

use crate::domain::{Actor, Offer};
use crate::gazetteer::Gazetteer;
use crate::search::SearchIndex;
use crate::store::Store;
use crate::{Error, Result};

pub use index_sync::Health;
pub use seeding::{Seeds, seed_offers};

pub const STORE_FILE: &str = "wegweiser.sqlite";

pub struct Directory {
    pub store: Store,
    pub index: SearchIndex,
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

    /// A directory in memory, for tests.
    pub fn in_memory() -> Result<Directory> {
        let store = Store::in_memory()?;
        let index = SearchIndex::in_memory()?;
        Ok(Directory { store, index, places: Gazetteer::bundled()? })
    }

    /// Commits the offers to the store, then makes them searchable before returning.
    pub fn upsert(&self, offers: &[Offer], actor: &Actor) -> Result<()> {
        if offers.is_empty() {
            return Ok(());
        }
        self.store.upsert_offers(offers, actor)?;
        self.index_after_write()?;
        Ok(())
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
