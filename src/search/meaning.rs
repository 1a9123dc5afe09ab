//! The offers' meaning vectors, held beside the index, and the offers nearest to a question.
//! Each vector is kept as bytes with one scale (384 bytes a passage, a few passages an
//! offer), enough for ranking; the question is made bytes the same way, so that each passage
//! costs one integer dot product.

use std::cmp::Ordering;
use std::collections::{BTreeSet, BinaryHeap, HashMap};
use std::sync::{Mutex, RwLock};

use crate::analysis::meaning::{offer_texts, text_key};
use crate::domain::Offer;

struct Meaning {
    /// The fingerprint of the texts the vectors were made from.
    key: [u8; 16],
    /// One vector per passage (German, English), as bytes with a scale.
    vectors: Vec<(Box<[i8]>, f32)>,
}

fn quantise(vector: &[f32]) -> (Box<[i8]>, f32) {
    let largest = vector.iter().fold(0f32, |m, v| m.max(v.abs()));
    let scale = if largest > 0.0 { largest / 127.0 } else { 1.0 };
    (vector.iter().map(|v| (v / scale).round() as i8).collect(), scale)
}

#[derive(Default)]
pub struct Meanings {
    by_id: RwLock<HashMap<String, Meaning>>,
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
        let meaning = Meaning { key, vectors: vectors.iter().map(|v| quantise(v)).collect() };
        self.by_id.write().unwrap_or_else(|p| p.into_inner()).insert(id.to_owned(), meaning);
    }

    /// Forgets the offer, which has left the index.
    pub fn remove(&self, id: &str) {
        self.by_id.write().unwrap_or_else(|p| p.into_inner()).remove(id);
        self.pending.lock().unwrap_or_else(|p| p.into_inner()).remove(id);
    }

    pub fn clear(&self) {
        self.by_id.write().unwrap_or_else(|p| p.into_inner()).clear();
        self.pending.lock().unwrap_or_else(|p| p.into_inner()).clear();
    }

    /// Whether offer `id` has vectors of exactly these texts.
    pub fn is_current(&self, id: &str, texts: &[String]) -> bool {
        let key = text_key(texts);
        self.by_id.read().unwrap_or_else(|p| p.into_inner()).get(id).is_some_and(|m| m.key == key)
    }

    pub fn len(&self) -> usize {
        self.by_id.read().unwrap_or_else(|p| p.into_inner()).len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The `n` offers with a vector closest to `question`, closest first, with the cosine.
    pub fn nearest(&self, question: &[f32], n: usize) -> Vec<(String, f32)> {
        if n == 0 {
            return Vec::new();
        }
        let (question, question_scale) = quantise(question);
        let cosine = |(values, scale): &(Box<[i8]>, f32)| dot(values, &question) as f32 * scale * question_scale;
        let by_id = self.by_id.read().unwrap_or_else(|p| p.into_inner());
        // The worst kept offer on top, so that all but the best `n` are dropped as they come.
        let mut kept: BinaryHeap<Near> = BinaryHeap::with_capacity(n + 1);
        for (id, meaning) in by_id.iter() {
            let score = meaning.vectors.iter().map(cosine).fold(f32::NEG_INFINITY, f32::max);
            let near = Near { score, id };
            if kept.len() < n {
                kept.push(near);
            } else if let Some(mut worst) = kept.peek_mut()
                && near < *worst
            {
                *worst = near;
            }
        }
        kept.into_sorted_vec().into_iter().map(|near| (near.id.clone(), near.score)).collect()
    }
}

/// Summed in integers, which the compiler turns into vector instructions (a float sum must keep
/// its order and cannot be).
fn dot(values: &[i8], question: &[i8]) -> i32 {
    values.iter().zip(question).map(|(v, q)| i32::from(*v) * i32::from(*q)).sum()
}

/// An offer by its closeness to the question; the closer is less, then the smaller id.
struct Near<'a> {
    score: f32,
    id: &'a String,
}

impl Ord for Near<'_> {
    fn cmp(&self, other: &Self) -> Ordering {
        other.score.total_cmp(&self.score).then_with(|| self.id.cmp(other.id))
    }
}

impl PartialOrd for Near<'_> {
    fn partial_cmp(&self, other: &Self) -> Option<Ordering> {
        Some(self.cmp(other))
    }
}

impl PartialEq for Near<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other) == Ordering::Equal
    }
}

impl Eq for Near<'_> {}

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
