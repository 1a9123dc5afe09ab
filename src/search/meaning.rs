//! The offers' meaning vectors, held beside the index, and the offers nearest to a question.
//! Each passage's vector is kept twice: as bytes with one scale (384 bytes), enough for
//! ranking, and as one bit per dimension (48 bytes), which side of the collection's centre it
//! lies on. Up to `RESCORED` passages every one is ranked by its bytes, one integer dot product
//! each: the exact order. Beyond, the bits come first: the question, weighed by how far the
//! passages spread in each dimension and cut to sixteen levels, is multiplied with each
//! passage's bits taken as ±1 by a few population counts, and only the `RESCORED` passages
//! nearest so are ranked by their bytes. The 147,000 passages of 100,000 offers are read as
//! 7 MB of bits per question instead of 57 MB of bytes; the price is that a passage the bits
//! misjudge can be missed (measured in the README, Benchmarks).

mod kernels;
mod table;

use std::collections::BTreeSet;
use std::sync::{Mutex, RwLock};

use table::Table;

use crate::analysis::meaning::{offer_texts, text_key};
use crate::domain::Offer;

/// Passages ranked by their bytes for a question: all of them up to this many (about 2,800
/// offers).
/// Ranking more costs a cache miss each (about 0.2 ms a thousand on a busy machine).
const RESCORED: usize = 4096;
#[derive(Default)]
pub struct Meanings {
    table: RwLock<Table>,
    /// Offers whose vector is missing or was made from another text.
    pending: Mutex<BTreeSet<String>>,
}

impl Meanings {
    /// Notes that `offer` is in the index: its vector is due when it has none of this text.
    pub fn follow(&self, offer: &Offer) {
        if !self.is_current(offer.id.as_str(), &offer_texts(offer)) {
            self.mark_pending(offer.id.as_str());
        }
    }

    pub fn mark_pending(&self, id: &str) {
        self.pending.lock().unwrap_or_else(|p| p.into_inner()).insert(id.to_owned());
    }

    /// Up to `n` offers whose vectors are due, taken off the list.
    pub fn take_pending(&self, n: usize) -> Vec<String> {
        let mut pending = self.pending.lock().unwrap_or_else(|p| p.into_inner());
        let taken: Vec<String> = pending.iter().take(n).cloned().collect();
        for id in &taken {
            pending.remove(id);
        }
        taken
    }

    pub fn pending_count(&self) -> usize {
        self.pending.lock().unwrap_or_else(|p| p.into_inner()).len()
    }

    /// Records the vectors of offer `id`, made from texts with fingerprint `key`.
    pub fn set(&self, id: &str, key: [u8; 16], vectors: &[Vec<f32>]) {
        if !self.table.write().unwrap_or_else(|p| p.into_inner()).insert(id, key, vectors) {
            tracing::warn!("meaning: the vectors of offer {id} are not of the others' length and are not kept");
        }
    }

    /// Forgets the offer, which has left the index.
    pub fn remove(&self, id: &str) {
        self.table.write().unwrap_or_else(|p| p.into_inner()).remove(id);
        self.pending.lock().unwrap_or_else(|p| p.into_inner()).remove(id);
    }

    pub fn clear(&self) {
        *self.table.write().unwrap_or_else(|p| p.into_inner()) = Table::default();
        self.pending.lock().unwrap_or_else(|p| p.into_inner()).clear();
    }

    /// Whether offer `id` has vectors of exactly these texts.
    pub fn is_current(&self, id: &str, texts: &[String]) -> bool {
        let key = text_key(texts);
        self.table.read().unwrap_or_else(|p| p.into_inner()).key_of(id) == Some(key)
    }

    pub fn len(&self) -> usize {
        self.table.read().unwrap_or_else(|p| p.into_inner()).offers()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The `n` offers with a passage closest to `question`, closest first, with the cosine.
    pub fn nearest(&self, question: &[f32], n: usize) -> Vec<(String, f32)> {
        self.table.read().unwrap_or_else(|p| p.into_inner()).nearest(question, n, RESCORED)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nearest_orders_by_cosine_and_follows_changes() {
        let meanings = Meanings::default();
        let texts = |t: &str| vec![t.to_owned()];
        meanings.set("a", text_key(&texts("a")), &[vec![1.0, 0.0, 0.0]]);
        meanings.set("b", text_key(&texts("b")), &[vec![0.6, 0.8, 0.0]]);
        meanings.set("c", text_key(&texts("c")), &[vec![0.0, 0.0, 1.0], vec![0.0, 1.0, 0.0]]);
        let found = meanings.nearest(&[0.8, 0.6, 0.0], 2);
        assert_eq!(found.iter().map(|(id, _)| id.as_str()).collect::<Vec<_>>(), ["b", "a"]);
        assert!((found[0].1 - 0.96).abs() < 0.01, "{found:?}");
        // The closer of an offer's two vectors counts.
        assert_eq!(meanings.nearest(&[0.0, 1.0, 0.0], 1)[0].0, "c");
        assert!(meanings.is_current("a", &texts("a")) && !meanings.is_current("a", &texts("changed")));
        meanings.remove("b");
        assert_eq!(meanings.nearest(&[0.8, 0.6, 0.0], 5).len(), 2);
    }

    #[test]
    fn nearest_keeps_the_best_few_and_breaks_ties_by_id() {
        let meanings = Meanings::default();
        for (n, id) in ["e", "c", "a", "d", "b"].into_iter().enumerate() {
            let x = if n == 0 { 0.0 } else { 1.0 };
            meanings.set(id, [0; 16], &[vec![x, 1.0 - x]]);
        }
        let ids = |n| meanings.nearest(&[1.0, 0.0], n).into_iter().map(|(id, _)| id).collect::<Vec<_>>();
        assert_eq!(ids(3), ["a", "b", "c"]);
        assert_eq!(ids(10), ["a", "b", "c", "d", "e"]);
        assert!(ids(0).is_empty());
    }

    #[test]
    fn offers_without_a_vector_of_their_text_are_pending_until_taken() {
        let meanings = Meanings::default();
        let offer: Offer = serde_json::from_str(
            r#"{"id": "x", "provider": {"id": "p", "name": "P"}, "category": "language_course", "title": {"de": "Kurs"}}"#,
        )
        .unwrap();
        meanings.follow(&offer);
        meanings.mark_pending("y");
        assert_eq!(meanings.take_pending(1), ["x"]);
        assert_eq!(meanings.pending_count(), 1);
        meanings.remove("y");
        assert_eq!(meanings.pending_count(), 0);
        meanings.set("x", text_key(&offer_texts(&offer)), &[vec![1.0]]);
        meanings.follow(&offer);
        assert_eq!(meanings.pending_count(), 0);
    }
}
