//! The word lists analysis draws on, loaded once from the data built into the binary.

use std::sync::LazyLock;

use super::attributes::Attributes;
use super::compound::Compounds;
use super::glossary::Glossary;

pub struct Lexicon {
    pub glossary: Glossary,
    pub compounds: Compounds,
    pub attributes: Attributes,
}

static LEXICON: LazyLock<Lexicon> = LazyLock::new(|| Lexicon {
    glossary: Glossary::bundled(),
    compounds: Compounds::bundled(),
    attributes: Attributes::bundled(),
});

/// The bundled lexicon; immutable, shared by indexing and querying so both see the same words.
pub fn lexicon() -> &'static Lexicon {
    &LEXICON
}
