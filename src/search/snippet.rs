use std::collections::{HashMap, HashSet};
use std::ops::Range;

use serde::Serialize;

use crate::analysis::{Analyzer, fold_neutral};
use crate::domain::Lang;

/// About ten words either side of the best match.
const WINDOW_WORDS: usize = 24;

/// A short extract of a text with the matched words marked by byte ranges into `text`.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Snippet {
    pub text: String,
    pub highlights: Vec<Range<usize>>,
}

impl Snippet {
    /// The text cut into plain and marked pieces, for rendering.
    pub fn pieces(&self) -> Vec<(&str, bool)> {
        let mut pieces = Vec::new();
        let mut at = 0;
        for range in &self.highlights {
            if range.start > at {
                pieces.push((&self.text[at..range.start], false));
            }
            pieces.push((&self.text[range.clone()], true));
            at = range.end;
        }
        if at < self.text.len() {
            pieces.push((&self.text[at..], false));
        }
        pieces
    }
}

/// Cuts `text` (written in `lang`, `None` for a language without its own analysis) to the
/// window with the most matched words and marks them.
pub fn make(text: &str, lang: Option<Lang>, terms: &HashMap<Option<Lang>, HashSet<String>>) -> Snippet {
    let analyzer = lang.map_or_else(Analyzer::neutral, Analyzer::for_lang);
    let lang_terms = terms.get(&lang);
    let neutral_terms = terms.get(&None);
    let tokens = analyzer.tokens(text);
    let matched: Vec<bool> = tokens
        .iter()
        .map(|t| {
            lang_terms.is_some_and(|set| set.contains(&t.text))
                || neutral_terms.is_some_and(|set| set.contains(&fold_neutral(&text[t.offset_from..t.offset_to])))
        })
        .collect();
    if tokens.is_empty() {
        return Snippet::default();
    }
    let window = WINDOW_WORDS.min(tokens.len());
    let best_start = (0..=tokens.len() - window)
        .max_by_key(|start| {
            (matched[*start..*start + window].iter().filter(|m| **m).count(), std::cmp::Reverse(*start))
        })
        .unwrap_or(0);
    let first = &tokens[best_start];
    let last = &tokens[best_start + window - 1];
    let from = if best_start == 0 { 0 } else { first.offset_from };
    let to = if best_start + window == tokens.len() { text.len() } else { last.offset_to };
    let prefix = if from > 0 { "… " } else { "" };
    let mut snippet = Snippet { text: format!("{prefix}{}", &text[from..to]), highlights: Vec::new() };
    for (token, _) in tokens[best_start..best_start + window].iter().zip(&matched[best_start..]).filter(|(_, m)| **m) {
        let start = token.offset_from - from + prefix.len();
        snippet.highlights.push(start..start + token.offset_to - token.offset_from);
    }
    if to < text.len() {
        snippet.text.push_str(" …");
    }
    snippet
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(lang: Lang, words: &[&str]) -> HashMap<Option<Lang>, HashSet<String>> {
        let set = words.iter().flat_map(|w| crate::analysis::analyze(Some(lang), w)).collect();
        HashMap::from([(Some(lang), set)])
    }

    #[test]
    fn marks_stemmed_matches_in_the_original_spelling() {
        let snippet = make("Kurse für Frauen mit Kinderbetreuung", Some(Lang::De), &terms(Lang::De, &["Frau"]));
        let marked: Vec<_> = snippet.pieces().into_iter().filter(|(_, m)| *m).map(|(t, _)| t).collect();
        assert_eq!(marked, ["Frauen"]);
    }

    #[test]
    fn long_texts_are_cut_around_the_match() {
        let text = format!("{} Integrationskurs {}", "Wort ".repeat(100), "Ende ".repeat(100));
        let snippet = make(&text, Some(Lang::De), &terms(Lang::De, &["Integrationskurs"]));
        assert!(snippet.text.starts_with("… ") && snippet.text.ends_with(" …"));
        assert_eq!(&snippet.text[snippet.highlights[0].clone()], "Integrationskurs");
        assert!(snippet.text.split_whitespace().count() < 30);
    }
}
