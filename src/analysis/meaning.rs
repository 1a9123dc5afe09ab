//! Meaning as vectors: the bundled multilingual encoder (`data/encoder/`, made by
//! `scripts/encoder/build.py`) turns a question in any language and an offer's German text into
//! vectors that lie close when they are about the same thing, whatever words each uses.

use std::collections::HashMap;
use std::sync::{Arc, Mutex, OnceLock};

use blake2::{Blake2s256, Digest};
use wegweiser_encoder::Encoder;

use crate::domain::{Lang, Offer};

pub use wegweiser_encoder::{Embedding, quantise};

/// Questions asked again (paging, filters, the same popular sentence) are not encoded again.
const QUERY_CACHE: usize = 512;

fn encoder() -> &'static Encoder {
    static ENCODER: OnceLock<Encoder> = OnceLock::new();
    ENCODER.get_or_init(|| {
        Encoder::from_bytes(include_bytes!("../../data/encoder/e5-small.bin"))
            .expect("the bundled encoder file is checked by the tests")
    })
}

/// Reads the encoder now, so that the first person to ask a question does not wait for it.
pub fn load_encoder() {
    encoder();
}

/// The vector of a question, from a small cache of recent ones.
pub fn question_vector(text: &str) -> Arc<Embedding> {
    static CACHE: OnceLock<Mutex<HashMap<String, Arc<Embedding>>>> = OnceLock::new();
    let cache = CACHE.get_or_init(Default::default);
    if let Some(found) = cache.lock().unwrap_or_else(|p| p.into_inner()).get(text) {
        return Arc::clone(found);
    }
    let vector = Arc::new(encoder().query(text));
    let mut cache = cache.lock().unwrap_or_else(|p| p.into_inner());
    if cache.len() >= QUERY_CACHE {
        cache.clear();
    }
    cache.insert(text.to_owned(), Arc::clone(&vector));
    vector
}

/// Words of an offer's text in one passage: about what the encoder reads at once.
const PASSAGE_WORDS: usize = 80;
/// Passages per language: an answer is most often near the start of a page, and every
/// passage costs encoding time and memory.
const PASSAGES_PER_LANGUAGE: usize = 3;

/// What of an offer the encoder reads, each passage made into a vector of its own: the title
/// with successive stretches of the summary and description, in German (else the offer's
/// first language), and in English where the offer has English too, the translation most
/// often given. A question about a detail deep in a long page meets the passage that holds it.
pub fn offer_texts(offer: &Offer) -> Vec<String> {
    let body = [offer.summary.as_ref(), offer.description.as_ref()];
    let passages = |title: &str, texts: Vec<&str>| {
        let words: Vec<&str> = texts.iter().flat_map(|text| text.split_whitespace()).collect();
        if words.is_empty() {
            return vec![title.to_owned()];
        }
        words
            .chunks(PASSAGE_WORDS)
            .take(PASSAGES_PER_LANGUAGE)
            .map(|stretch| format!("{title}. {}", stretch.join(" ")))
            .collect()
    };
    let mut texts = match offer.title.get(Lang::De) {
        Some(title) => passages(title, body.iter().flatten().filter_map(|text| text.get(Lang::De)).collect()),
        None => {
            passages(offer.title.best(Lang::De).1, body.iter().flatten().map(|text| text.best(Lang::De).1).collect())
        }
    };
    if let Some(title) = offer.title.get(Lang::En) {
        let english = passages(title, body.iter().flatten().filter_map(|text| text.get(Lang::En)).collect());
        if english != texts {
            texts.extend(english);
        }
    }
    texts
}

/// A short fingerprint of an offer's texts, to know when its vectors must be made anew.
pub fn text_key(texts: &[String]) -> [u8; 16] {
    let mut hasher = Blake2s256::new();
    for text in texts {
        hasher.update(text.as_bytes());
        hasher.update([0]);
    }
    hasher.finalize()[..16].try_into().expect("a digest of 32 bytes")
}

/// Vectors of offer texts, made on `threads` threads.
pub fn offer_vectors(texts: &[&str], threads: usize) -> Vec<Embedding> {
    encoder().passages(texts, threads)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_encoder_loads_and_a_question_is_cached() {
        let first = question_vector("Wo lerne ich Deutsch?");
        let again = question_vector("Wo lerne ich Deutsch?");
        assert!(Arc::ptr_eq(&first, &again));
        assert_eq!(first.len(), 384);
    }

    #[test]
    fn text_keys_tell_texts_apart() {
        let key = |texts: &[&str]| text_key(&texts.iter().map(|t| t.to_string()).collect::<Vec<_>>());
        assert_eq!(key(&["a"]), key(&["a"]));
        assert_ne!(key(&["a"]), key(&["b"]));
        assert_ne!(key(&["ab"]), key(&["a", "b"]));
    }

    #[test]
    fn an_offer_is_read_in_german_and_in_english_where_it_has_english() {
        let offer: Offer = serde_json::from_str(
            r#"{"id": "x", "provider": {"id": "p", "name": "P"}, "category": "language_course",
                "title": {"de": "Deutschkurs", "en": "German course", "ar": "دورة"},
                "summary": {"de": "Vormittags"}}"#,
        )
        .unwrap();
        assert_eq!(offer_texts(&offer), ["Deutschkurs. Vormittags", "German course"]);
        let long: Offer = serde_json::from_str(&format!(
            r#"{{"id": "z", "provider": {{"id": "p", "name": "P"}}, "category": "language_course",
                "title": {{"de": "Kurs"}}, "description": {{"de": "{}"}}}}"#,
            "wort ".repeat(1000)
        ))
        .unwrap();
        let passages = offer_texts(&long);
        assert_eq!(passages.len(), PASSAGES_PER_LANGUAGE, "a long page is read in a few passages");
        assert!(passages.iter().all(|p| p.starts_with("Kurs. wort") && p.split(' ').count() == PASSAGE_WORDS + 1));
        let arabic_only: Offer = serde_json::from_str(
            r#"{"id": "y", "provider": {"id": "p", "name": "P"}, "category": "language_course", "title": {"ar": "دورة"}}"#,
        )
        .unwrap();
        assert_eq!(offer_texts(&arabic_only), ["دورة"]);
    }
}
