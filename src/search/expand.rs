//! Looks words up in the index's term dictionaries: how often a term occurs, which indexed words
//! lie within a typo or two, and which start with a prefix.

use std::collections::BTreeMap;

use tantivy::query::FuzzyTermQuery;
use tantivy::schema::Field;
use tantivy::{Searcher, Term};

use crate::analysis::typo::{allowed_typos, typo_distance};

/// More candidates than this per word only add noise.
const MAX_TYPO_CANDIDATES: usize = 3;
const MAX_PREFIX_CANDIDATES: usize = 5;
/// A prefix scan stops after this many terms; the best completions are the frequent ones.
const MAX_PREFIX_SCAN: usize = 500;

/// In how many documents `text` occurs in `field`.
pub fn doc_freq(searcher: &Searcher, field: Field, text: &str) -> u64 {
    searcher.doc_freq(&Term::from_field_text(field, text)).unwrap_or(0)
}

/// Indexed words within the typo budget of `word`, closest and most frequent first.
pub fn typo_candidates(searcher: &Searcher, field: Field, word: &str) -> Vec<String> {
    let budget = allowed_typos(word);
    if budget == 0 {
        return Vec::new();
    }
    let Ok(automaton) = FuzzyTermQuery::new(Term::from_field_text(field, word), budget, true).automaton() else {
        return Vec::new();
    };
    let mut found: BTreeMap<String, (usize, u64)> = BTreeMap::new();
    for segment in searcher.segment_readers() {
        let Ok(inverted) = segment.inverted_index(field) else { continue };
        let Ok(mut stream) = inverted.terms().search(&automaton).into_stream() else { continue };
        while stream.advance() {
            let Ok(candidate) = std::str::from_utf8(stream.key()) else { continue };
            if candidate == word {
                continue;
            }
            let distance = typo_distance(word, candidate);
            if distance <= usize::from(budget) {
                let entry = found.entry(candidate.to_owned()).or_insert((distance, 0));
                entry.1 += u64::from(stream.value().doc_freq);
            }
        }
    }
    let mut ranked: Vec<(String, (usize, u64))> = found.into_iter().collect();
    ranked.sort_by(|a, b| a.1.0.cmp(&b.1.0).then(b.1.1.cmp(&a.1.1)).then(a.0.cmp(&b.0)));
    ranked.into_iter().take(MAX_TYPO_CANDIDATES).map(|(word, _)| word).collect()
}

/// Indexed words that begin with `prefix`, most frequent first: search as you type.
pub fn prefix_candidates(searcher: &Searcher, field: Field, prefix: &str) -> Vec<String> {
    let mut found: BTreeMap<String, u64> = BTreeMap::new();
    for segment in searcher.segment_readers() {
        let Ok(inverted) = segment.inverted_index(field) else { continue };
        let Ok(mut stream) = inverted.terms().range().ge(prefix.as_bytes()).into_stream() else { continue };
        let mut scanned = 0;
        while stream.advance() && scanned < MAX_PREFIX_SCAN {
            scanned += 1;
            let Ok(candidate) = std::str::from_utf8(stream.key()) else { continue };
            if !candidate.starts_with(prefix) {
                break;
            }
            if candidate != prefix {
                *found.entry(candidate.to_owned()).or_default() += u64::from(stream.value().doc_freq);
            }
        }
    }
    let mut ranked: Vec<(String, u64)> = found.into_iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    ranked.into_iter().take(MAX_PREFIX_CANDIDATES).map(|(word, _)| word).collect()
}
