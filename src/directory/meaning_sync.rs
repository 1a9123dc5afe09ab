//! The offers' meaning vectors: loaded from the store when the index opens, made by the encoder
//! for offers that have none of their current text, and kept in the store, so that neither a
//! restart nor a rebuilt index makes one twice.

use super::Directory;
use crate::Result;
use crate::analysis::meaning::{offer_texts, offer_vectors, text_key};
use crate::search::Meanings;
use crate::store::{Store, StoredMeaning};

/// Offers encoded in one go: a write that arrives meanwhile waits at most this long.
pub const MEANING_BATCH: usize = 16;

/// Hands the index the stored vectors and lists the published offers that have none.
pub(super) fn load_meanings(meanings: &Meanings, store: &Store) -> Result<()> {
    let damaged = store.each_meaning(|stored| meanings.set(&stored.offer_id, stored.key, &stored.vectors))?;
    for id in damaged {
        tracing::warn!("store: the meaning vectors of offer {id} are damaged; they are made again");
        meanings.mark_pending(&id);
    }
    for id in store.offers_without_meaning()? {
        meanings.mark_pending(&id);
    }
    Ok(())
}

impl Directory {
    /// Makes the vectors of up to `limit` offers that have none of their current text, on
    /// `threads` threads, and keeps them; returns how many it made.
    pub fn make_meanings(&self, limit: usize, threads: usize) -> Result<usize> {
        let meanings = self.index.meanings();
        let ids = meanings.take_pending(limit);
        if ids.is_empty() {
            return Ok(0);
        }
        let wanted: Vec<&str> = ids.iter().map(String::as_str).collect();
        let offers = match self.store.offers_by_id(&wanted) {
            Ok(offers) => offers,
            Err(error) => {
                ids.iter().for_each(|id| meanings.mark_pending(id));
                return Err(error);
            }
        };
        let due: Vec<(String, Vec<String>)> = offers
            .values()
            .map(|offer| (offer.id.to_string(), offer_texts(offer)))
            .filter(|(id, texts)| !meanings.is_current(id, texts))
            .collect();
        let texts: Vec<&str> = due.iter().flat_map(|(_, texts)| texts.iter().map(String::as_str)).collect();
        let mut vectors = offer_vectors(&texts, threads).into_iter();
        let made: Vec<StoredMeaning> = due
            .iter()
            .map(|(id, texts)| StoredMeaning {
                offer_id: id.clone(),
                key: text_key(texts),
                vectors: vectors.by_ref().take(texts.len()).collect(),
            })
            .collect();
        if let Err(error) = self.store.save_meanings(&made) {
            made.iter().for_each(|m| meanings.mark_pending(&m.offer_id));
            return Err(error);
        }
        for meaning in &made {
            meanings.set(&meaning.offer_id, meaning.key, &meaning.vectors);
        }
        Ok(made.len())
    }

    /// Makes every vector that is due; returns how many it made.
    pub fn make_all_meanings(&self, threads: usize) -> Result<usize> {
        let mut made = 0;
        while self.index.meanings().pending_count() > 0 {
            made += self.make_meanings(MEANING_BATCH * threads.max(1), threads)?;
        }
        Ok(made)
    }

    /// Offers whose vectors are still to be made.
    pub fn meanings_due(&self) -> usize {
        self.index.meanings().pending_count()
    }
}
