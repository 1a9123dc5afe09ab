//! Every passage's vector in flat arrays by slot, as bytes and as bits, and the offers whose
//! passages lie nearest a question.

use std::cmp::Ordering;
use std::collections::{BinaryHeap, HashMap};

use super::kernels::{PLANES, dots, sums_over_bits};
use crate::analysis::meaning::quantise;

/// Marks a passage slot no offer holds.
const FREE: u32 = u32::MAX;

/// One offer: the fingerprint of the texts its vectors were made from and its passage slots.
struct Entry {
    id: String,
    key: [u8; 16],
    passages: Vec<u32>,
}

/// Every passage in flat arrays by slot, so that a question reads them in one sweep.
#[derive(Default)]
pub(super) struct Table {
    /// Of every vector, fixed by the first one the empty table takes; an offer whose vectors
    /// have another length is not kept.
    dimensions: usize,
    by_id: HashMap<String, u32>,
    entries: Vec<Option<Entry>>,
    free_entries: Vec<u32>,
    /// `dimensions` bytes per slot, and the scale that makes them the vector again.
    values: Vec<i8>,
    scales: Vec<f32>,
    /// Word w of every slot's code in `codes[w]`, so that a question sweeps each as one
    /// column: bit i of a code is set where value i lies above the centre's.
    codes: Vec<Vec<u64>>,
    /// How many bits of each slot's code are set.
    ones: Vec<u32>,
    /// The entry holding each slot, or `FREE`.
    owners: Vec<u32>,
    free_slots: Vec<u32>,
    /// The mean passage when the codes were last made; taken again once as many passages have
    /// come since as there were before, so that the bits split each dimension near its middle
    /// as the collection grows or is replaced.
    centre: Vec<f32>,
    /// How far the passages lie from the centre in each dimension, on average: what a bit of
    /// that dimension stands for when the question is summed over the bits.
    spread: Vec<f32>,
    /// Passages held, and passages added since the centre was last taken.
    live: usize,
    added_since_centred: usize,
}

impl Table {
    /// The fingerprint of the texts offer `id`'s vectors were made from.
    pub(super) fn key_of(&self, id: &str) -> Option<[u8; 16]> {
        self.by_id.get(id).and_then(|&entry| self.entries[entry as usize].as_ref()).map(|entry| entry.key)
    }

    pub(super) fn offers(&self) -> usize {
        self.by_id.len()
    }

    fn words(&self) -> usize {
        self.dimensions.div_ceil(64)
    }

    fn slot_values(&self, slot: usize) -> &[i8] {
        &self.values[slot * self.dimensions..(slot + 1) * self.dimensions]
    }

    /// Keeps offer `id`'s vectors in place of any it had; returns false, keeping nothing of
    /// the offer, when they are not of the table's length, so that they are made again.
    pub(super) fn insert(&mut self, id: &str, key: [u8; 16], vectors: &[Vec<f32>]) -> bool {
        self.remove(id);
        if self.live == 0 {
            *self = Table { dimensions: vectors.first().map_or(0, Vec::len), ..Table::default() };
            self.centre = vec![0.0; self.dimensions];
            self.spread = vec![1.0; self.dimensions];
        }
        let dimensions = self.dimensions;
        if dimensions == 0 || vectors.is_empty() || vectors.iter().any(|vector| vector.len() != dimensions) {
            return false;
        }
        let entry = match self.free_entries.pop() {
            Some(free) => free,
            None => {
                self.entries.push(None);
                (self.entries.len() - 1) as u32
            }
        };
        let passages = vectors.iter().map(|vector| self.add_passage(entry, vector)).collect();
        self.entries[entry as usize] = Some(Entry { id: id.to_owned(), key, passages });
        self.by_id.insert(id.to_owned(), entry);
        self.added_since_centred += vectors.len();
        if self.added_since_centred > self.live - self.added_since_centred.min(self.live) {
            self.recentre();
        }
        true
    }

    fn add_passage(&mut self, entry: u32, vector: &[f32]) -> u32 {
        let (values, scale) = quantise(vector);
        let slot = match self.free_slots.pop() {
            Some(slot) => slot,
            None => {
                let words = self.words();
                self.values.resize(self.values.len() + self.dimensions, 0);
                self.scales.push(0.0);
                self.codes.resize(words, Vec::new());
                self.codes.iter_mut().for_each(|column| column.push(0));
                self.ones.push(0);
                self.owners.push(FREE);
                (self.owners.len() - 1) as u32
            }
        };
        let at = slot as usize;
        self.values[at * self.dimensions..(at + 1) * self.dimensions].copy_from_slice(&values);
        self.scales[at] = scale;
        self.owners[at] = entry;
        self.encode(at);
        self.live += 1;
        slot
    }

    /// The slot's bits against the current centre.
    fn encode(&mut self, slot: usize) {
        let dimensions = self.dimensions;
        let scale = self.scales[slot];
        let values = &self.values[slot * dimensions..(slot + 1) * dimensions];
        let mut ones = 0;
        for (w, column) in self.codes.iter_mut().enumerate() {
            let start = w * 64;
            let end = dimensions.min(start + 64);
            let mut word = 0u64;
            for (j, (value, centre)) in values[start..end].iter().zip(&self.centre[start..end]).enumerate() {
                word |= u64::from(f32::from(*value) * scale > *centre) << j;
            }
            column[slot] = word;
            ones += word.count_ones();
        }
        self.ones[slot] = ones;
    }

    fn recentre(&mut self) {
        let held: Vec<usize> = (0..self.owners.len()).filter(|&slot| self.owners[slot] != FREE).collect();
        let count = held.len().max(1) as f64;
        let mut sum = vec![0f64; self.dimensions];
        for &slot in &held {
            let scale = f64::from(self.scales[slot]);
            for (total, value) in sum.iter_mut().zip(self.slot_values(slot)) {
                *total += f64::from(*value) * scale;
            }
        }
        self.centre = sum.iter().map(|total| (total / count) as f32).collect();
        let mut deviation = vec![0f64; self.dimensions];
        for &slot in &held {
            let scale = self.scales[slot];
            for ((total, value), centre) in deviation.iter_mut().zip(self.slot_values(slot)).zip(&self.centre) {
                *total += f64::from((f32::from(*value) * scale - centre).abs());
            }
        }
        self.spread = deviation.iter().map(|total| (total / count) as f32).collect();
        for slot in held {
            self.encode(slot);
        }
        self.added_since_centred = 0;
    }

    pub(super) fn remove(&mut self, id: &str) {
        let Some(entry) = self.by_id.remove(id) else { return };
        if let Some(removed) = self.entries[entry as usize].take() {
            for slot in removed.passages {
                self.owners[slot as usize] = FREE;
                self.free_slots.push(slot);
                self.live -= 1;
            }
        }
        self.free_entries.push(entry);
    }

    /// The `n` offers with a passage closest to `question`, closest first, with the cosine;
    /// beyond `rescored` passages, of those the bits put nearest.
    pub(super) fn nearest(&self, question: &[f32], n: usize, rescored: usize) -> Vec<(String, f32)> {
        if n == 0 || question.len() != self.dimensions || self.live == 0 {
            return Vec::new();
        }
        let (bytes, question_scale) = quantise(question);
        let slots: Vec<u32> = if self.live <= rescored {
            (0..self.owners.len() as u32).filter(|&slot| self.owners[slot as usize] != FREE).collect()
        } else {
            self.nearest_by_bits(question, rescored)
        };
        // An offer is as near as its nearest passage.
        let mut best = vec![f32::NEG_INFINITY; self.entries.len()];
        let mut reached = Vec::new();
        for (dot, slot) in dots(&self.values, self.dimensions, &slots, &bytes).into_iter().zip(slots) {
            let entry = self.owners[slot as usize] as usize;
            let cosine = dot as f32 * self.scales[slot as usize] * question_scale;
            if best[entry] == f32::NEG_INFINITY {
                reached.push(entry);
            }
            best[entry] = best[entry].max(cosine);
        }
        // The worst kept offer on top, so that all but the best `n` are dropped as they come.
        let mut kept: BinaryHeap<Near> = BinaryHeap::with_capacity(n + 1);
        for entry in reached {
            let score = best[entry];
            let Some(found) = &self.entries[entry] else { continue };
            let near = Near { score, id: &found.id };
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

    /// The `count` live slots whose bits lie nearest the question: ranked by the question's
    /// dot product with each slot's bits taken as ±1, which is what a bit says of its value.
    fn nearest_by_bits(&self, question: &[f32], count: usize) -> Vec<u32> {
        let words = self.words();
        let weighed: Vec<f32> = question.iter().zip(&self.spread).map(|(value, spread)| value * spread).collect();
        let largest = weighed.iter().fold(0f32, |m, v| m.max(v.abs()));
        let top = (1u32 << PLANES) - 1;
        // Levels 0..=top stand for -largest..=largest.
        let step = (2.0 * largest / top as f32).max(f32::MIN_POSITIVE);
        let mut planes = vec![0u64; PLANES * words];
        for (i, value) in weighed.iter().enumerate() {
            let level = (value / step + top as f32 / 2.0).round().clamp(0.0, top as f32) as u32;
            for (k, plane) in planes.chunks_mut(words).enumerate() {
                if level >> k & 1 == 1 {
                    plane[i / 64] |= 1 << (i % 64);
                }
            }
        }
        // With S the sum of the levels over a slot's set bits, the dot product with the bits
        // as ±1 is step × (2S − top × ones) and a constant: a small whole number to rank by,
        // made positive.
        let lift = top as usize * self.dimensions;
        let keys: Vec<u32> = sums_over_bits(&self.codes, &planes)
            .into_iter()
            .zip(&self.ones)
            .map(|(sum, ones)| (2 * sum as usize + lift - top as usize * *ones as usize) as u32)
            .collect();
        let mut tally = vec![0usize; 2 * lift + 1];
        for (slot, key) in keys.iter().enumerate() {
            if self.owners[slot] != FREE {
                tally[*key as usize] += 1;
            }
        }
        // Every slot of a key from `whole_from` up is taken; of the key below (`edge`), as many
        // as still fit.
        let (mut whole_from, mut taken) = (tally.len(), 0);
        while whole_from > 0 && taken + tally[whole_from - 1] <= count {
            whole_from -= 1;
            taken += tally[whole_from];
        }
        let mut room_at_edge = count - taken;
        let edge = whole_from.saturating_sub(1) as u32;
        let mut slots = Vec::with_capacity(count);
        for (slot, key) in keys.into_iter().enumerate() {
            if self.owners[slot] == FREE {
                continue;
            }
            if key as usize >= whole_from {
                slots.push(slot as u32);
            } else if key == edge && room_at_edge > 0 {
                room_at_edge -= 1;
                slots.push(slot as u32);
            }
        }
        slots
    }
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

    /// Values spread evenly up to `spread / 2` either side of `around`'s.
    fn near(random: &mut fastrand::Rng, around: &[f32], spread: f32) -> Vec<f32> {
        around.iter().map(|centre| centre + spread * (random.f32() - 0.5)).collect()
    }

    fn cosine(a: &[f32], b: &[f32]) -> f32 {
        let norm = |v: &[f32]| v.iter().map(|x| x * x).sum::<f32>().sqrt();
        a.iter().zip(b).map(|(x, y)| x * y).sum::<f32>() / (norm(a) * norm(b))
    }

    #[test]
    fn beyond_the_rescored_few_the_bits_find_what_the_bytes_would() {
        // Like the encoder's: every vector shares one large direction, and offers come in
        // clusters of related topics, two passages each.
        let mut random = fastrand::Rng::with_seed(0x9e37_79b9_7f4a_7c15);
        let common: Vec<f32> = (0..384).map(|_| random.f32()).collect();
        let topics: Vec<Vec<f32>> = (0..40).map(|_| near(&mut random, &common, 1.0)).collect();
        let mut table = Table::default();
        let mut offers: Vec<(String, Vec<Vec<f32>>)> = Vec::new();
        for n in 0..1500 {
            let vectors = vec![near(&mut random, &topics[n % 40], 0.8), near(&mut random, &topics[(n * 7) % 40], 0.8)];
            let id = format!("o{n:04}");
            table.insert(&id, [0; 16], &vectors);
            offers.push((id, vectors));
        }
        let nearness = |question: &[f32], id: &str| {
            let (_, vectors) = offers.iter().find(|(o, _)| o == id).unwrap();
            vectors.iter().map(|v| cosine(v, question)).fold(f32::MIN, f32::max)
        };
        for asked in (0..1500).step_by(75) {
            // A question close to one passage of one offer, as a question is to its answer.
            let question = near(&mut random, &offers[asked].1[asked % 2], 0.3);
            let mut exact: Vec<f32> = offers.iter().map(|(id, _)| nearness(&question, id)).collect();
            exact.sort_by(|a, b| b.total_cmp(a));
            // A tenth of the passages ranked by their bytes.
            let found = table.nearest(&question, 10, 300);
            assert_eq!(found[0].0, offers[asked].0, "the asked offer comes first");
            // The tenth found is as near as the true tenth, give or take what the others of its
            // topic differ by (0.88 to 0.90); a bit of the wrong sign, or a plane summed at the
            // wrong weight, finds ones of other topics (about 0.75).
            let tenth = nearness(&question, &found[9].0);
            assert!(tenth >= exact[9] - 0.02, "{tenth} against {}", exact[9]);
        }
    }

    #[test]
    fn slots_of_removed_offers_are_used_again() {
        let mut table = Table::default();
        table.insert("a", [1; 16], &[vec![1.0, 0.0], vec![0.0, 1.0]]);
        table.insert("a", [2; 16], &[vec![1.0, 0.0]]);
        table.insert("b", [1; 16], &[vec![0.0, 1.0]]);
        table.remove("b");
        table.insert("c", [1; 16], &[vec![0.6, 0.8]]);
        assert_eq!((table.owners.len(), table.live, table.entries.len()), (2, 2, 2));
        let found = table.nearest(&[0.0, 1.0], 5, 10);
        assert_eq!(found.iter().map(|(id, _)| id.as_str()).collect::<Vec<_>>(), ["c", "a"]);
        assert_eq!((table.key_of("a"), table.key_of("b")), (Some([2; 16]), None));
        // Vectors of another length than the table's are not kept, nor their fingerprint, so
        // that they are made again.
        assert!(!table.insert("d", [1; 16], &[vec![1.0, 0.0, 0.0]]));
        assert_eq!((table.nearest(&[1.0, 0.0], 5, 10).len(), table.key_of("d")), (2, None));
        // An emptied table takes the length of the next vectors.
        table.remove("a");
        table.remove("c");
        assert!(table.insert("d", [1; 16], &[vec![1.0, 0.0, 0.0]]));
        assert_eq!(table.nearest(&[1.0, 0.0, 0.0], 5, 10)[0].0, "d");
    }
}
