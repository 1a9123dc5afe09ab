//! Text analysis shared by indexing and querying: word segmentation with byte offsets,
//! per-language normalisation and stemming. Imports no web, view or store code.

mod analyzer;
mod detect;
mod normalize;
mod stopwords;

pub use analyzer::{Analyzer, analyze, register_analyzers};
pub use detect::{Detection, detect};
pub use normalize::{fold_neutral, normalize};
pub use stopwords::is_stopword;
