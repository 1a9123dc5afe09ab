//! Meaning vectors for the generated corpus, kept in its store as the encoder's would be:
//! encoding a hundred thousand offers takes hours, and what a search costs depends on how many
//! vectors there are and how they cluster, not on what they mean. Like the encoder's, every
//! vector leans one common way, and copies of one seed offer lie near each other.

use std::collections::HashMap;
use std::io::BufRead;
use std::path::Path;

use wegweiser::analysis::meaning::{offer_texts, text_key};
use wegweiser::domain::Offer;
use wegweiser::store::{Store, StoredMeaning};

const DIMENSIONS: usize = 384;
const BATCH: usize = 1000;

/// Gives every offer of the corpus `file` one vector per passage the encoder would read, in
/// the store at `store_file`.
pub fn store(file: &Path, store_file: &Path) {
    let store = Store::open(store_file).expect("the corpus store opens");
    let mut random = Random(0x2545_f491_4f6c_dd1d);
    let common: Vec<f32> = (0..DIMENSIONS).map(|_| 0.5 + random.unit()).collect();
    let mut seeds: HashMap<String, Vec<f32>> = HashMap::new();
    let mut batch = Vec::with_capacity(BATCH);
    let lines = std::io::BufReader::new(std::fs::File::open(file).expect("the corpus opens")).lines();
    for line in lines {
        let offer: Offer = serde_json::from_str(&line.expect("the corpus reads")).expect("a generated offer");
        // A generated offer's id is its seed's, a hyphen and its number.
        let seed = offer.id.as_str().rsplit_once('-').map_or(offer.id.as_str(), |(seed, _)| seed).to_owned();
        let topic = seeds.entry(seed).or_insert_with(|| random.around(&common, 1.0)).clone();
        let texts = offer_texts(&offer);
        let vectors = texts.iter().map(|_| random.around(&topic, 0.8)).collect();
        batch.push(StoredMeaning { offer_id: offer.id.to_string(), key: text_key(&texts), vectors });
        if batch.len() == BATCH {
            store.save_meanings(&batch).expect("the vectors are kept");
            batch.clear();
        }
    }
    store.save_meanings(&batch).expect("the vectors are kept");
}

/// The same numbers every run (xorshift).
struct Random(u64);

impl Random {
    fn unit(&mut self) -> f32 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 40) as f32 / (1u64 << 24) as f32 - 0.5
    }

    fn around(&mut self, centre: &[f32], spread: f32) -> Vec<f32> {
        centre.iter().map(|c| c + spread * self.unit()).collect()
    }
}
