use frostem::{Algorithm, Stemmer};
use tantivy::Index;
use tantivy::tokenizer::{TextAnalyzer, Token, TokenStream, Tokenizer};
use unicode_segmentation::UnicodeSegmentation;

use super::{fold_neutral, lexicon, normalize};
use crate::domain::Lang;

/// Longer "words" are base64, URLs or garbage; they would only bloat the index.
const MAX_WORD_CHARS: usize = 64;

/// Segments text into words (Unicode word boundaries, byte offsets kept for highlighting),
/// then normalises and stems each word for one language, or folds it for the neutral field,
/// or adds the parts of German compounds.
#[derive(Clone)]
pub struct Analyzer {
    lang: Option<Lang>,
    compounds: bool,
    trigrams: bool,
}

impl Analyzer {
    pub fn for_lang(lang: Lang) -> Self {
        Analyzer { lang: Some(lang), compounds: false, trigrams: false }
    }

    pub fn neutral() -> Self {
        Analyzer { lang: None, compounds: false, trigrams: false }
    }

    /// German words with the parts of each compound as further terms at the same position.
    pub fn german_compounds() -> Self {
        Analyzer { lang: Some(Lang::De), compounds: true, trigrams: false }
    }

    /// The three-letter pieces of each folded word, start and end marked.
    pub fn trigrams() -> Self {
        Analyzer { lang: None, compounds: false, trigrams: true }
    }

    /// The name under which the index knows this analyzer.
    pub fn name(&self) -> &'static str {
        match self.lang {
            Some(Lang::De) if self.compounds => "compound_de",
            Some(Lang::De) => "lang_de",
            Some(Lang::En) => "lang_en",
            Some(Lang::Ar) => "lang_ar",
            Some(Lang::Uk) => "lang_uk",
            Some(Lang::Ru) => "lang_ru",
            Some(Lang::Tr) => "lang_tr",
            Some(Lang::Fa) => "lang_fa",
            Some(Lang::Fr) => "lang_fr",
            Some(Lang::Ku) => "lang_ku",
            Some(Lang::Ps) => "lang_ps",
            Some(Lang::Ti) => "lang_ti",
            Some(Lang::So) => "lang_so",
            Some(Lang::Ro) => "lang_ro",
            Some(Lang::Bg) => "lang_bg",
            Some(Lang::Pl) => "lang_pl",
            Some(Lang::Sq) => "lang_sq",
            None if self.trigrams => "trigrams",
            None => "neutral",
        }
    }

    fn stemmer(&self) -> Option<Stemmer> {
        let algorithm = match self.lang? {
            Lang::De => Algorithm::German,
            Lang::En => Algorithm::English,
            Lang::Ar => Algorithm::Arabic,
            Lang::Ru => Algorithm::Russian,
            Lang::Tr => Algorithm::Turkish,
            Lang::Fa => Algorithm::Persian,
            Lang::Fr => Algorithm::French,
            Lang::Ro => Algorithm::Romanian,
            Lang::Pl => Algorithm::Polish,
            // No stemmer fits these (Ukrainian has its own light one): folded words only.
            Lang::Uk | Lang::Ku | Lang::Ps | Lang::Ti | Lang::So | Lang::Bg | Lang::Sq => return None,
        };
        Some(Stemmer::new(algorithm))
    }

    /// The terms this analyzer makes of `text`, with their offsets in `text`.
    pub fn tokens(&self, text: &str) -> Vec<Token> {
        let stemmer = self.stemmer();
        let words = text
            .split_word_bound_indices()
            .filter(|(_, word)| word.chars().any(char::is_alphanumeric))
            .filter(|(_, word)| word.chars().count() <= MAX_WORD_CHARS);
        let ukrainian = self.lang == Some(Lang::Uk);
        let stem = |folded: String| match &stemmer {
            Some(stemmer) => stemmer.stem(&folded).into_owned(),
            None if ukrainian => super::ukrainian::stem(&folded),
            None => folded,
        };
        let mut tokens = Vec::new();
        for (position, (offset, word)) in words.enumerate() {
            let folded = match self.lang {
                Some(lang) => normalize(lang, word),
                None => fold_neutral(word),
            };
            let parts = if self.compounds { lexicon().compounds.parts(&folded) } else { Vec::new() };
            let token = |text| Token {
                offset_from: offset,
                offset_to: offset + word.len(),
                position,
                text,
                position_length: 1,
            };
            if self.trigrams {
                tokens.extend(super::trigrams(&folded).into_iter().map(token));
                continue;
            }
            let whole = stem(folded);
            for part in parts.into_iter().map(stem) {
                if part != whole {
                    tokens.push(token(part));
                }
            }
            tokens.push(token(whole));
        }
        tokens
    }
}

/// Shorthand for tests and query building: the bare terms of `text`.
pub fn analyze(lang: Option<Lang>, text: &str) -> Vec<String> {
    let analyzer = lang.map_or_else(Analyzer::neutral, Analyzer::for_lang);
    analyzer.tokens(text).into_iter().map(|t| t.text).collect()
}

/// Tokenizers must be registered every time an index is opened.
pub fn register_analyzers(index: &Index) {
    let analyzers = Lang::ALL.into_iter().map(Analyzer::for_lang).chain([
        Analyzer::neutral(),
        Analyzer::german_compounds(),
        Analyzer::trigrams(),
    ]);
    for analyzer in analyzers {
        index.tokenizers().register(analyzer.name(), TextAnalyzer::from(analyzer));
    }
}

impl Tokenizer for Analyzer {
    type TokenStream<'a> = Tokens;

    fn token_stream<'a>(&'a mut self, text: &'a str) -> Tokens {
        Tokens { tokens: self.tokens(text), next: 0 }
    }
}

pub struct Tokens {
    tokens: Vec<Token>,
    next: usize,
}

impl TokenStream for Tokens {
    fn advance(&mut self) -> bool {
        self.next += 1;
        self.next <= self.tokens.len()
    }

    fn token(&self) -> &Token {
        &self.tokens[self.next - 1]
    }

    fn token_mut(&mut self) -> &mut Token {
        &mut self.tokens[self.next - 1]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_words_are_folded_and_stemmed() {
        assert_eq!(analyze(Some(Lang::De), "Integrationskurse für Frauen"), ["integrationskurs", "fur", "frau"]);
        assert_eq!(analyze(Some(Lang::De), "Schüler"), analyze(Some(Lang::De), "Schueler"));
    }

    #[test]
    fn offsets_point_at_the_original_words() {
        let text = "Kurs (Frauen) – دورة";
        let tokens = Analyzer::for_lang(Lang::De).tokens(text);
        let words: Vec<_> = tokens.iter().map(|t| &text[t.offset_from..t.offset_to]).collect();
        assert_eq!(words, ["Kurs", "Frauen", "دورة"]);
        assert_eq!(tokens[2].position, 2);
    }

    #[test]
    fn each_language_has_its_stemmer() {
        assert_eq!(analyze(Some(Lang::En), "courses"), ["cours"]);
        assert_eq!(analyze(Some(Lang::Ru), "курсы"), analyze(Some(Lang::Ru), "курс"));
        assert_eq!(analyze(Some(Lang::Tr), "kursları"), analyze(Some(Lang::Tr), "kurs"));
        assert_eq!(analyze(Some(Lang::Ar), "والدورات").len(), 1);
        assert_eq!(analyze(Some(Lang::Fa), "کلاس‌ها"), analyze(Some(Lang::Fa), "کلاس"));
    }

    #[test]
    fn german_compounds_add_their_parts_at_the_same_position() {
        let tokens = Analyzer::german_compounds().tokens("Frauensprachkurs heute");
        let terms: Vec<&str> = tokens.iter().map(|t| t.text.as_str()).collect();
        let stem = |word| analyze(Some(Lang::De), word).remove(0);
        assert!(terms.contains(&stem("Kurs").as_str()) && terms.contains(&stem("Frauen").as_str()), "{terms:?}");
        assert!(tokens.iter().filter(|t| t.position == 0).count() >= 3);
    }

    #[test]
    fn punctuation_emoji_and_overlong_words_give_no_terms() {
        assert!(analyze(None, "((( - : \" 🙂 \u{200F}").is_empty());
        assert!(analyze(None, &"x".repeat(65)).is_empty());
    }
}
