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
    let mut random = fastrand::Rng::with_seed(0x2545_f491_4f6c_dd1d);
    let common: Vec<f32> = (0..DIMENSIONS).map(|_| random.f32()).collect();
    let mut seeds: HashMap<String, Vec<f32>> = HashMap::new();
    let mut batch = Vec::with_capacity(BATCH);
    let lines = std::io::BufReader::new(std::fs::File::open(file).expect("the corpus opens")).lines();
    for line in lines {
        let offer: Offer = serde_json::from_str(&line.expect("the corpus reads")).expect("a generated offer");
        // A generated offer's id is its seed's, a hyphen and its number.
        let seed = offer.id.as_str().rsplit_once('-').map_or(offer.id.as_str(), |(seed, _)| seed).to_owned();
        let topic = seeds.entry(seed).or_insert_with(|| around(&mut random, &common, 1.0)).clone();
        let texts = offer_texts(&offer);
        let vectors = texts.iter().map(|_| around(&mut random, &topic, 0.8)).collect();
        batch.push(StoredMeaning { offer_id: offer.id.to_string(), key: text_key(&texts), vectors });
        if batch.len() == BATCH {
            store.save_meanings(&batch).expect("the vectors are kept");
            batch.clear();
        }
    }
    store.save_meanings(&batch).expect("the vectors are kept");
}

/// Values spread evenly up to `spread / 2` either side of `centre`'s.
fn around(random: &mut fastrand::Rng, centre: &[f32], spread: f32) -> Vec<f32> {
    centre.iter().map(|c| c + spread * (random.f32() - 0.5)).collect()
}
