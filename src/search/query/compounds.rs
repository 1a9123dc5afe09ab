//! German compounds in the query: split into parts the offers have, joined from words typed
//! apart, and completed where German leaves out a head that compounds side by side share.

use tantivy::tokenizer::Token;

use super::{
    Alternative, Builder, COMPOUND_WEIGHT, ELLIPSIS_REACH, JOINING_WORDS, MIN_PART_CHARS, Rule, concept_targets,
};
use crate::analysis::{Analyzer, lexicon, normalize};
use crate::domain::Lang;

impl Builder<'_> {
    /// "Frauensprachkurs": every part must be in the offer's German words or their parts, or be
    /// a concept the offer has (frauen → women).
    pub(super) fn add_compound_split(&mut self, i: usize) {
        if !self.langs.contains(&Lang::De) {
            return;
        }
        let normalized = normalize(Lang::De, &self.words[i].text);
        let Some(parts) = lexicon().compounds.split(&normalized).or_else(|| self.split_by_index(&normalized)) else {
            return;
        };
        let analyzer = Analyzer::for_lang(Lang::De);
        let glossary = &lexicon().glossary;
        let mut clauses = Vec::new();
        for part in &parts {
            let Some(stem) = analyzer.tokens(part).into_iter().next().map(|t| t.text) else { continue };
            let mut clause = vec![Self::term(self.fields.compounds, &stem)];
            for found in glossary.find(Lang::De, std::slice::from_ref(&stem)) {
                let targets = concept_targets(glossary.concept(found.concept));
                clause.extend(targets.iter().map(|target| Self::term(self.fields.concepts, &target.term)));
            }
            clauses.push(clause);
            self.highlight.entry(Some(Lang::De)).or_default().insert(stem);
        }
        let via = parts.join("|");
        self.push(
            i,
            Alternative {
                clauses,
                boost: COMPOUND_WEIGHT,
                rule: Rule::Compound,
                lang: Some(Lang::De),
                via,
                counted: true,
            },
        );
    }

    /// A compound the part list does not know, split where both sides are German words the
    /// offers use: "ausbildungsmoglichkeiten" → ausbildung|moglichkeiten. The longest known
    /// head wins, as the head carries the meaning.
    fn split_by_index(&self, word: &str) -> Option<Vec<String>> {
        if self.doc_freq(self.fields.compounds, word) > 0 || word.chars().count() < 2 * MIN_PART_CHARS {
            return None;
        }
        let german = Analyzer::for_lang(Lang::De);
        let known = |part: &str| {
            german.tokens(part).into_iter().next().is_some_and(|t| self.doc_freq(self.fields.compounds, &t.text) > 0)
        };
        let bounds: Vec<usize> = word.char_indices().map(|(at, _)| at).skip(MIN_PART_CHARS).collect();
        bounds.into_iter().find_map(|at| {
            let (left, head) = word.split_at(at);
            if head.chars().count() < MIN_PART_CHARS || !known(head) {
                return None;
            }
            // The linking s of "Ausbildungs|möglichkeiten".
            let modifier = [left, left.strip_suffix('s').unwrap_or(left)].into_iter().find(|m| known(m))?;
            Some(vec![modifier.to_owned(), head.to_owned()])
        })
    }

    /// German leaves out a head that compounds side by side share: "Integrations- und
    /// Sprachkurse" are Integrationskurse and Sprachkurse. Per token, the whole word when it ends
    /// in a hyphen before "und", "oder" or a comma and a compound follows to take the head of.
    pub(super) fn elided_heads(&self, text: &str, tokens: &[Token]) -> Vec<Option<String>> {
        let completed = |i: usize, token: &Token| {
            let rest = text[token.offset_to..].strip_prefix('-')?;
            let next = tokens.get(i + 1).map(|t| &text[t.offset_from..t.offset_to]);
            let joined = rest.trim_start().starts_with(',') || next.is_some_and(|n| JOINING_WORDS.contains(&n));
            if !rest.starts_with(|c: char| c.is_whitespace() || c == ',') || !joined {
                return None;
            }
            let head = tokens[i + 1..].iter().take(ELLIPSIS_REACH).find_map(|t| {
                let word = normalize(Lang::De, &text[t.offset_from..t.offset_to]);
                lexicon().compounds.split(&word).or_else(|| self.split_by_index(&word))?.pop()
            })?;
            Some(format!("{}{head}", &text[token.offset_from..token.offset_to]))
        };
        let german = self.langs.contains(&Lang::De);
        tokens.iter().enumerate().map(|(i, token)| if german { completed(i, token) } else { None }).collect()
    }

    /// "deutsch kurs" and "Mehr-Generationen-Haus" are also "deutschkurs" and
    /// "mehrgenerationenhaus".
    pub(super) fn add_joined_words(&mut self) {
        for span in [2, 3] {
            for end in span..=self.words.len() {
                self.add_joined(end - span..end);
            }
        }
    }

    fn add_joined(&mut self, span: std::ops::Range<usize>) {
        if self.words[span.clone()].iter().any(|w| w.stop) {
            return;
        }
        let joined: String = self.folded[span.clone()].concat();
        let stem = Analyzer::for_lang(Lang::De).tokens(&joined).into_iter().next().map(|t| t.text).unwrap_or_default();
        let term = Self::term(self.fields.compounds, &stem);
        if stem.is_empty() || self.searcher.doc_freq(&term).unwrap_or(0) == 0 {
            return;
        }
        for word in span {
            let alternative = Alternative {
                clauses: vec![vec![term.clone()]],
                boost: COMPOUND_WEIGHT,
                rule: Rule::Compound,
                lang: Some(Lang::De),
                via: joined.clone(),
                counted: true,
            };
            self.push(word, alternative);
        }
        self.highlight.entry(Some(Lang::De)).or_default().insert(stem);
    }
}
