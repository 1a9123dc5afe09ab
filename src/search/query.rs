use std::collections::{HashMap, HashSet};

use tantivy::Term;
use tantivy::query::{BooleanQuery, BoostQuery, DisjunctionMaxQuery, Occur, Query, TermQuery};
use tantivy::schema::{Field, IndexRecordOption};

use super::fields::{Fields, Part};
use crate::analysis::{Analyzer, is_stopword};
use crate::domain::Lang;

/// More words than this add nothing but cost; a 10 kB paste is cut here.
const MAX_WORDS: usize = 32;
/// Gives the other alternatives of a word a little weight without stacking their scores.
const TIE_BREAKER: f32 = 0.1;

/// One word of the query with every way it can match: each searched language's analysis in
/// each weighted field, and its neutral form.
pub struct QueryWord {
    pub text: String,
    /// A function word, or a word found nowhere: it helps ranking but is never required.
    pub stop: bool,
    alternatives: Vec<(Term, f32)>,
}

/// The query's words analysed for the given languages, and the terms to highlight per language
/// (`None` holds the neutral forms).
pub struct AnalysedQuery {
    pub words: Vec<QueryWord>,
    pub highlight: HashMap<Option<Lang>, HashSet<String>>,
}

fn weight(part: Part) -> f32 {
    match part {
        Part::Title => 4.0,
        Part::Summary => 2.0,
        Part::Description => 1.0,
    }
}

const TAGS_WEIGHT: f32 = 3.0;
const NEUTRAL_WEIGHT: f32 = 0.5;

/// Splits the user's text into words and analyses each; any text is valid, nothing is parsed
/// as query syntax.
pub fn analyse(fields: &Fields, text: &str, langs: &[Lang]) -> AnalysedQuery {
    let mut highlight: HashMap<Option<Lang>, HashSet<String>> = HashMap::new();
    let mut words = Vec::new();
    for token in Analyzer::neutral().tokens(text).into_iter().take(MAX_WORDS) {
        let original = &text[token.offset_from..token.offset_to];
        let mut alternatives = Vec::new();
        let mut push = |field: Field, term: &str, boost: f32| {
            alternatives.push((Term::from_field_text(field, term), boost))
        };
        for &lang in langs {
            let Some(term) = Analyzer::for_lang(lang).tokens(original).into_iter().next() else {
                continue;
            };
            for part in Part::ALL {
                push(fields.text(lang, part), &term.text, weight(part));
            }
            highlight.entry(Some(lang)).or_default().insert(term.text);
        }
        push(fields.tags, &token.text, TAGS_WEIGHT);
        push(fields.neutral, &token.text, NEUTRAL_WEIGHT);
        highlight.entry(None).or_default().insert(token.text);
        let stop = langs.iter().any(|lang| is_stopword(*lang, original));
        words.push(QueryWord {
            text: original.to_owned(),
            stop,
            alternatives,
        });
    }
    AnalysedQuery { words, highlight }
}

impl AnalysedQuery {
    /// The words that must match at full strictness.
    pub fn content_words(&self) -> usize {
        self.words.iter().filter(|w| !w.stop).count()
    }

    /// Requires the first `required` content words; the rest only add to the score.
    pub fn query(&self, required: usize) -> Box<dyn Query> {
        let mut seen_content = 0;
        let clauses = self
            .words
            .iter()
            .map(|word| {
                let must = !word.stop && seen_content < required;
                if !word.stop {
                    seen_content += 1;
                }
                let occur = if must { Occur::Must } else { Occur::Should };
                (occur, word.query())
            })
            .collect();
        Box::new(BooleanQuery::new(clauses))
    }
}

impl QueryWord {
    pub fn query(&self) -> Box<dyn Query> {
        let disjuncts = self
            .alternatives
            .iter()
            .map(|(term, boost)| {
                let term_query = TermQuery::new(term.clone(), IndexRecordOption::WithFreqs);
                Box::new(BoostQuery::new(Box::new(term_query), *boost)) as Box<dyn Query>
            })
            .collect();
        Box::new(DisjunctionMaxQuery::with_tie_breaker(
            disjuncts,
            TIE_BREAKER,
        ))
    }
}
