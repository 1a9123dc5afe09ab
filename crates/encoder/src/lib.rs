//! multilingual-e5-small as a sentence encoder: a question and a passage in any of about a
//! hundred languages become vectors whose cosine says how close their meanings are. The weights
//! (4-bit, vocabulary cut to the supported scripts) are made by `scripts/encoder/build.py`.
//!
//! A crate of its own so that it is compiled with optimisation in every profile: unoptimised,
//! one passage would take seconds.

mod model;
mod tokenizer;
mod weights;

use tokenizer::{BEGIN, END, Tokenizer};
use weights::Weights;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("the encoder file is damaged: {0}")]
    Format(String),
}

/// A text's meaning as a unit-length vector.
pub type Embedding = Vec<f32>;

pub struct Encoder {
    weights: Weights,
    tokenizer: Tokenizer,
    /// Pieces of a passage beyond this are not read: the cost grows with every piece, so
    /// callers pass passages of about this length (a title and some eighty words).
    passage_pieces: usize,
}

impl Encoder {
    pub fn from_bytes(bytes: &[u8]) -> Result<Encoder, Error> {
        let weights = Weights::parse(bytes)?;
        let tokenizer = Tokenizer::new(&weights.vocabulary);
        let passage_pieces = 160.min(weights.dims.positions - 2);
        Ok(Encoder { weights, tokenizer, passage_pieces })
    }

    pub fn dimensions(&self) -> usize {
        self.weights.dims.hidden
    }

    fn encode(&self, text: &str, limit: usize) -> Embedding {
        let mut ids = vec![BEGIN];
        ids.extend(self.tokenizer.pieces(text, limit));
        ids.push(END);
        model::encode(&self.weights, &ids)
    }

    /// A question, as e5 wants it marked.
    pub fn query(&self, text: &str) -> Embedding {
        self.encode(&format!("query: {text}"), self.weights.dims.positions - 2)
    }

    /// A passage to be found, its first pieces only.
    pub fn passage(&self, text: &str) -> Embedding {
        self.encode(&format!("passage: {text}"), self.passage_pieces)
    }

    /// Many passages, spread over `threads` threads.
    pub fn passages(&self, texts: &[&str], threads: usize) -> Vec<Embedding> {
        let chunk = texts.len().div_ceil(threads.max(1)).max(1);
        std::thread::scope(|scope| {
            let handles: Vec<_> = texts
                .chunks(chunk)
                .map(|part| scope.spawn(move || part.iter().map(|text| self.passage(text)).collect::<Vec<_>>()))
                .collect();
            handles.into_iter().flat_map(|h| h.join().expect("encoding does not panic")).collect()
        })
    }
}

/// The cosine of two unit-length vectors.
pub fn similarity(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// A vector as one byte a value and the scale that makes them the vector again: enough to rank
/// by, in a quarter of the floats' size.
pub fn quantise(vector: &[f32]) -> (Vec<i8>, f32) {
    let largest = vector.iter().fold(0f32, |m, v| m.max(v.abs()));
    let scale = if largest > 0.0 { largest / 127.0 } else { 1.0 };
    (vector.iter().map(|v| (v / scale).round() as i8).collect(), scale)
}
