//! Everyday words of the query languages to the German words they may mean, derived from open
//! dictionaries (`data/bridge/`, sources and licences in its SOURCES.md): the bridge that lets
//! an Arabic or Ukrainian question find an offer written only in German, beyond the glossary's
//! domain terms.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::normalize;
use crate::domain::Lang;

/// One language's word list: a normalised word to its German words, likeliest first.
pub struct Bridge {
    lang: Lang,
    words: HashMap<String, Vec<String>>,
}

/// What Arabic writes onto the front of a word: "and", "so", "with", "for", "like" and the
/// article, alone and combined ("وال", "بال", "لل"), longest first. Dictionaries list the bare
/// word; a question writes "للنساء" (for the women) and "ومكتب" (and office).
const ARABIC_PROCLITICS: [&str; 13] = ["وبال", "وال", "بال", "كال", "فال", "ولل", "لل", "ال", "و", "ف", "ب", "ل", "ك"];
/// What must remain of a word without its proclitic: Arabic roots have three letters.
const ARABIC_STEM_CHARS: usize = 3;

impl Bridge {
    /// Reads `word<TAB>german german …` lines; a line without a tab is skipped.
    fn parse(lang: Lang, text: &str) -> Bridge {
        let words = text
            .lines()
            .filter_map(|line| line.split_once('\t'))
            .map(|(word, german)| (normalize(lang, word), german.split_whitespace().map(str::to_owned).collect()))
            .collect();
        Bridge { lang, words }
    }

    /// The German words `word` may mean; none for a word the list does not have. An Arabic word
    /// the list lacks is looked up without what is written onto its front.
    pub fn german(&self, word: &str) -> &[String] {
        let found = self.words.get(word).or_else(|| self.without_proclitic(word));
        found.map_or(&[], Vec::as_slice)
    }

    fn without_proclitic(&self, word: &str) -> Option<&Vec<String>> {
        if self.lang != Lang::Ar {
            return None;
        }
        let stems = ARABIC_PROCLITICS.iter().filter_map(|proclitic| word.strip_prefix(proclitic));
        stems.filter(|stem| stem.chars().count() >= ARABIC_STEM_CHARS).find_map(|stem| self.words.get(stem))
    }

    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }
}

fn source(lang: Lang) -> Option<&'static str> {
    Some(match lang {
        Lang::En => include_str!("../../data/bridge/en.tsv"),
        Lang::Fr => include_str!("../../data/bridge/fr.tsv"),
        Lang::Ar => include_str!("../../data/bridge/ar.tsv"),
        Lang::Fa => include_str!("../../data/bridge/fa.tsv"),
        Lang::Uk => include_str!("../../data/bridge/uk.tsv"),
        Lang::Ru => include_str!("../../data/bridge/ru.tsv"),
        Lang::Tr => include_str!("../../data/bridge/tr.tsv"),
        Lang::Pl => include_str!("../../data/bridge/pl.tsv"),
        Lang::Bg => include_str!("../../data/bridge/bg.tsv"),
        Lang::Ku => include_str!("../../data/bridge/ku.tsv"),
        Lang::De | Lang::Ps | Lang::Ti | Lang::So | Lang::Ro | Lang::Sq => return None,
    })
}

/// The bridge from `lang` to German, read on first use; none for German itself and for the
/// languages no open dictionary covers yet.
pub fn bridge(lang: Lang) -> Option<&'static Bridge> {
    static BRIDGES: OnceLock<HashMap<Lang, Bridge>> = OnceLock::new();
    BRIDGES
        .get_or_init(|| {
            Lang::ALL
                .into_iter()
                .filter_map(|lang| source(lang).map(|text| (lang, Bridge::parse(lang, text))))
                .collect()
        })
        .get(&lang)
}

/// Reads every bridge now.
pub(super) fn load_bridges() {
    bridge(Lang::En);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn everyday_words_reach_german() {
        for (lang, word, german) in [
            (Lang::Ar, "عمل", "arbeit"),
            (Lang::Uk, "робота", "arbeit"),
            (Lang::Fr, "travail", "arbeit"),
            (Lang::En, "apartment", "wohnung"),
            (Lang::Ru, "школа", "schule"),
            (Lang::Tr, "okul", "schule"),
            (Lang::Fa, "مدرسه", "schule"),
        ] {
            let found = bridge(lang).expect("a bridge").german(&normalize(lang, word));
            assert!(found.iter().any(|g| g == german), "{lang} {word}: {found:?}");
        }
    }

    #[test]
    fn an_arabic_word_is_found_without_what_is_written_onto_its_front() {
        let arabic = bridge(Lang::Ar).expect("a bridge");
        for (word, german) in [("للنساء", "frau"), ("والتأشيرة", "visum"), ("بمدرسة", "schule"), ("ومكتب", "büro")]
        {
            let found = arabic.german(&normalize(Lang::Ar, word));
            assert!(found.iter().any(|g| g == german), "{word}: {found:?}");
        }
        // A word the list has is taken as it is, and too little left of a word is no word.
        assert_eq!(arabic.german(&normalize(Lang::Ar, "وظيفة")), arabic.words[&normalize(Lang::Ar, "وظيفة")]);
        assert!(arabic.german("ولل").is_empty());
        assert!(bridge(Lang::Fa).unwrap().german(&normalize(Lang::Fa, "ومدرسه")).is_empty(), "Persian writes و apart");
    }

    #[test]
    fn german_has_no_bridge_and_unknown_words_reach_nothing() {
        assert!(bridge(Lang::De).is_none());
        assert!(bridge(Lang::En).unwrap().german("qqqxqq").is_empty());
    }
}
