//! Keeping the index in line with the store: catching up on changes, checking that the index
//! holds what the store says it should, rebuilding when it does not, and saying how it stands.

use std::path::Path;

use serde::Serialize;

use super::Directory;
use super::meaning_sync::load_meanings;
use crate::Result;
use crate::search::{Fresh, IndexUpdate, SearchIndex};
use crate::store::Store;

/// How the index stands against the store.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Health {
    /// `ok`, or `degraded` with a reason.
    pub status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Published offers in the store.
    pub offers: i64,
    /// Offers in the index.
    pub indexed: u64,
    /// The store's last change.
    pub store_change: i64,
    /// The last store change the index holds.
    pub index_change: i64,
}

impl Health {
    pub fn is_ok(&self) -> bool {
        self.reason.is_none()
    }
}

/// Opens the index for `store`, rebuilding it (and saying so in the log) when it is new, of
/// another version, ahead of the store or missing offers the store has.
pub(super) fn open_index(dir: &Path, store: &Store) -> Result<SearchIndex> {
    let (index, fresh) = SearchIndex::open(dir)?;
    let last_change = store.last_change()?;
    let index = if fresh == Fresh::Yes {
        tracing::info!("index {}: none of this version, building it from the store", dir.display());
        index
    } else if index.synced_to() > last_change {
        tracing::warn!(
            "index {}: holds change {} but the store ends at {last_change}; it belongs to another store, rebuilding",
            dir.display(),
            index.synced_to()
        );
        drop(index);
        SearchIndex::create(dir)?
    } else {
        index
    };
    // Before catching up, so that the offers it touches keep a vector of an unchanged text.
    load_meanings(index.meanings(), store)?;
    sync(&index, store)?;
    Ok(index)
}

impl Directory {
    /// Applies every store change the index has not seen, then checks that the index holds as
    /// many offers as the store publishes and rebuilds it when not; returns how many offers it
    /// touched. A failed commit leaves the index at its last good state, so the next call
    /// redoes the same changes: none is ever skipped.
    pub fn sync_index(&self) -> Result<usize> {
        sync(&self.index, &self.store)
    }

    /// Brings the index up after a committed write; a failure says the write is kept.
    pub fn index_after_write(&self) -> Result<usize> {
        self.sync_index().map_err(|error| crate::Error::NotYetSearchable(Box::new(error)))
    }

    /// Builds the index anew from every published offer.
    pub fn rebuild_index(&self) -> Result<usize> {
        rebuild(&mut self.index.update(), &self.store)
    }

    /// The index against the store.
    pub fn health(&self) -> Result<Health> {
        let tally = self.store.tally()?;
        let (indexed, index_change) = (self.index.doc_count(), self.index.synced_to());
        let reason = if index_change < tally.last_change {
            Some(format!("index behind the store: change {index_change} of {}", tally.last_change))
        } else if index_change > tally.last_change {
            Some(format!("index ahead of the store: change {index_change} of {}", tally.last_change))
        } else if indexed != u64::try_from(tally.published).unwrap_or(0) {
            Some(format!("index holds {indexed} offers, the store publishes {}", tally.published))
        } else {
            None
        };
        Ok(Health {
            status: if reason.is_none() { "ok" } else { "degraded" },
            reason,
            offers: tally.published,
            indexed,
            store_change: tally.last_change,
            index_change,
        })
    }

    /// Repairs the index when it is not in line with the store; what a server does now and
    /// then, so a write whose indexing failed becomes searchable once the disk allows it.
    pub fn catch_up(&self) -> Result<Health> {
        if !self.health()?.is_ok() {
            self.sync_index()?;
        }
        self.health()
    }
}

/// Offers read from the store at a time while indexing: memory stays bounded whatever the size
/// of the directory, and the store is never held for long.
pub(super) const BATCH: usize = 1000;

fn sync(index: &SearchIndex, store: &Store) -> Result<usize> {
    let mut update = index.update();
    let changes = store.changes_since(update.synced_to())?;
    let mut touched = 0;
    if let Some(last) = changes.last().map(|c| c.seq) {
        for batch in changes.chunks(BATCH) {
            let ids: Vec<&str> = batch.iter().map(|c| c.offer_id.as_str()).collect();
            let offers = store.offers_by_id(&ids)?;
            let page: Vec<_> = ids.iter().map(|id| (*id, offers.get(*id))).collect();
            update.put_all(&page)?;
        }
        update.commit(last)?;
        touched = changes.len();
    }
    let tally = store.tally()?;
    // Only comparable when no other write has landed since: then a difference means offers
    // were lost (a segment gone, a commit that half happened) and only a rebuild restores them.
    if tally.last_change == update.synced_to() && index.doc_count() != u64::try_from(tally.published).unwrap_or(0) {
        tracing::warn!(
            "index holds {} offers but the store publishes {}: rebuilding it",
            index.doc_count(),
            tally.published
        );
        touched = rebuild(&mut update, store)?;
    }
    Ok(touched)
}

/// Builds the index anew in pages of the store. A write landing meanwhile is after `last`, so
/// the next sync puts it again whichever version the page saw.
fn rebuild(update: &mut IndexUpdate<'_>, store: &Store) -> Result<usize> {
    let last = store.last_change()?;
    update.clear()?;
    load_meanings(update.meanings(), store)?;
    let mut count = 0;
    let mut after = String::new();
    loop {
        let page = store.published_after(&after, BATCH)?;
        let Some(end) = page.last() else { break };
        after = end.id.to_string();
        let puts: Vec<_> = page.iter().map(|offer| (offer.id.as_str(), Some(offer))).collect();
        update.put_all(&puts)?;
        count += page.len();
    }
    update.commit(last)?;
    Ok(count)
}
