//! The directory as a whole: the store, the index kept in line with it, and the places.
//! Every write goes through here so the index follows the store.

use std::path::{Path, PathBuf};

use crate::domain::{Actor, Offer};
use crate::gazetteer::Gazetteer;
use crate::import::{self, Parsed};
use crate::search::SearchIndex;
use crate::store::Store;
use crate::{Error, Result};

/// The seed offers shipped with Wegweiser, built into the binary so `serve` works anywhere.
const SEED_FILES: &[(&str, &str)] = &[
    ("luenen-selm-werne-bergkamen.json", include_str!("../data/offers/luenen-selm-werne-bergkamen.json")),
    ("schwerte-froendenberg-online.json", include_str!("../data/offers/schwerte-froendenberg-online.json")),
    ("unna-kamen-boenen-holzwickede.json", include_str!("../data/offers/unna-kamen-boenen-holzwickede.json")),
];

pub const STORE_FILE: &str = "wegweiser.sqlite";

pub struct Directory {
    pub store: Store,
    pub index: SearchIndex,
    pub places: Gazetteer,
}

impl Directory {
    /// Opens the store in `data` and the index in `index`, bringing the index up to date.
    pub fn open(data: &Path, index: &Path) -> Result<Directory> {
        std::fs::create_dir_all(data).map_err(|source| Error::File { path: PathBuf::from(data), source })?;
        let store = Store::open(&data.join(STORE_FILE))?;
        let index = SearchIndex::open(index, &store)?;
        Ok(Directory { store, index, places: Gazetteer::bundled()? })
    }

    /// A directory in memory, for tests.
    pub fn in_memory() -> Result<Directory> {
        let store = Store::in_memory()?;
        let index = SearchIndex::in_memory(&store)?;
        Ok(Directory { store, index, places: Gazetteer::bundled()? })
    }

    /// Commits the offers to the store, then makes them searchable before returning.
    pub fn upsert(&self, offers: &[Offer], actor: &Actor) -> Result<()> {
        if offers.is_empty() {
            return Ok(());
        }
        self.store.upsert_offers(offers, actor)?;
        self.index.sync(&self.store)?;
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

/// The bundled offers, and any record of them that does not validate (a bug in the data).
pub struct Seeds {
    pub offers: Vec<Offer>,
    pub rejected: Vec<(&'static str, import::Rejection)>,
}

pub fn seed_offers() -> Seeds {
    let mut seeds = Seeds { offers: Vec::new(), rejected: Vec::new() };
    for (file, text) in SEED_FILES {
        let Parsed { offers, rejected } = import::parse(text);
        seeds.offers.extend(offers);
        seeds.rejected.extend(rejected.into_iter().map(|r| (*file, r)));
    }
    seeds
}
