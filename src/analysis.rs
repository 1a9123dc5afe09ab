//! Text analysis shared by indexing and querying: word segmentation with byte offsets,
//! per-language normalisation and stemming, German compounds, typo rules, the concept glossary
//! and the property words of queries, and the bridge from other languages' words to German.
//! Imports no web, view or store code.
//! May import: domain.

mod analyzer;
pub mod attributes;
mod bridge;
pub mod compound;
mod detect;
pub mod glossary;
mod lexicon;
pub mod meaning;
mod normalize;
mod stopwords;
mod trigram;
pub mod typo;
mod ukrainian;

pub use analyzer::{Analyzer, analyze, register_analyzers};
pub use bridge::{Bridge, bridge};
pub use detect::{Detection, detect};
pub use lexicon::{Lexicon, lexicon};
pub use normalize::{fold_neutral, normalize};
pub use stopwords::is_stopword;
pub use trigram::trigrams;

/// Reads every word list now (the bridges, the glossary, compound parts, function words), so
/// that the first person to search does not wait for them.
pub fn load_word_lists() {
    bridge::load_bridges();
    lexicon();
    is_stopword(crate::domain::Lang::De, "");
}
