use std::sync::Arc;
use std::time::Instant;

use serde::Serialize;
use tantivy::collector::Count;
use tantivy::query::{AllQuery, Query};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocSet, Searcher, Term};

use super::candidates::Candidates;
use super::index::SearchIndex;
use super::query::{AnalysedQuery, Rule, analyse};
use super::query_cache::Prepared;
use super::request::{Facets, Hit, SearchRequest};
use super::snippet::{self, Snippet};
use crate::Result;
use crate::analysis::detect;
use crate::domain::{Day, Lang, LocalText, Offer};

/// The ranked answer to a [`SearchRequest`].
pub struct SearchResults {
    pub total: usize,
    pub hits: Vec<Hit>,
    pub facets: Facets,
    pub detected_language: Lang,
    pub searched_languages: Vec<Lang>,
    /// The words that had to be dropped to find anything: those found nowhere, then those the
    /// best hit does without when not all words could be required.
    pub dropped_words: Vec<String>,
    pub took_ms: f64,
    /// The query with its misspelled words corrected, when some were.
    pub suggestion: Option<String>,
    searcher: Searcher,
    prepared: Arc<Prepared>,
}

/// One way the query matched a hit: which word, by which rule, in which language, through what.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Match {
    pub word: String,
    pub rule: Rule,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub lang: Option<Lang>,
    /// The corrected word, the compound's parts, the town, or the concept's German name.
    pub via: String,
}

impl SearchResults {
    /// The best extract of the offer's summary and description for a reader of `lang`.
    pub fn snippet(&self, offer: &Offer, lang: Lang) -> Snippet {
        let parts: Vec<&LocalText> = offer.summary.iter().chain(&offer.description).collect();
        let Some(first) = parts.first() else {
            return Snippet::default();
        };
        let (code, _) = first.best(lang);
        let text: Vec<&str> =
            parts.iter().filter_map(|t| t.iter().find(|(c, _)| **c == code).map(|(_, t)| t)).collect();
        snippet::make(&text.join(" "), code.supported(), &self.prepared.analysed.highlight)
    }

    /// Why `hit` matched: for each query word, the strongest rule that holds for it.
    pub fn explain(&self, hit: &Hit) -> Vec<Match> {
        let segment = self.searcher.segment_reader(hit.address.segment_ord);
        let contains = |term: &Term| {
            let Ok(inverted) = segment.inverted_index(term.field()) else { return false };
            match inverted.read_postings(term, IndexRecordOption::Basic) {
                Ok(Some(mut postings)) => {
                    let target = hit.address.doc_id;
                    postings.doc() == target || (postings.doc() < target && postings.seek(target) == target)
                }
                _ => false,
            }
        };
        self.prepared
            .analysed
            .words
            .iter()
            .filter(|word| !word.stop)
            .filter_map(|word| {
                let found = word.alternatives.iter().find(|a| {
                    a.clauses.iter().filter(|clause| clause.iter().any(&contains)).count() >= a.required_clauses()
                })?;
                Some(Match { word: word.text.clone(), rule: found.rule, lang: found.lang, via: found.via.clone() })
            })
            .collect()
    }
}

impl SearchIndex {
    pub fn search(&self, request: &SearchRequest) -> Result<SearchResults> {
        let started = Instant::now();
        let detection = detect(&request.text, request.lang_hint);
        let searcher = self.searcher();
        let generation = searcher.generation().generation_id();
        let prepared = self.queries.get_or_prepare(generation, &request.text, &detection.search, || {
            self.prepare(&searcher, &request.text, &detection.search)
        })?;
        let today = request.today.unwrap_or_else(Day::today).ordinal_days();
        let matches = self.matches(&searcher, &prepared.analysed, request, today)?;
        let mut results = SearchResults {
            total: matches.total,
            hits: matches.hits,
            facets: matches.facets,
            detected_language: detection.language,
            searched_languages: detection.search,
            dropped_words: prepared.unmatched.clone(),
            took_ms: 0.0,
            suggestion: prepared.analysed.suggestion.clone(),
            searcher,
            prepared,
        };
        if let Some(best) = results.hits.first() {
            // Say which words the best hit does without.
            let matched: Vec<String> = results.explain(best).into_iter().map(|m| m.word).collect();
            let content = results.prepared.analysed.words.iter().filter(|w| !w.stop).map(|w| w.text.clone());
            let missing: Vec<String> = content.filter(|w| !matched.contains(w)).collect();
            results.dropped_words.extend(missing);
        }
        results.took_ms = started.elapsed().as_secs_f64() * 1000.0;
        Ok(results)
    }

    /// The query analysed, less the words no offer contains.
    fn prepare(&self, searcher: &Searcher, text: &str, langs: &[Lang]) -> Result<Prepared> {
        let mut analysed = analyse(&self.fields, searcher, text, langs);
        let mut unmatched = Vec::new();
        for word in analysed.words.iter_mut().filter(|w| !w.stop) {
            // A word no offer contains would empty every result: trigrams get one last try,
            // then it stops counting.
            if searcher.search(&*word.query(), &Count)? == 0
                && !(word.add_trigrams(&self.fields) && searcher.search(&*word.query(), &Count)? > 0)
            {
                word.stop = true;
                unmatched.push(word.text.clone());
            }
        }
        Ok(Prepared { analysed, unmatched })
    }

    fn matches(
        &self,
        searcher: &Searcher,
        analysed: &AnalysedQuery,
        request: &SearchRequest,
        today: i64,
    ) -> Result<Matches> {
        let query: Box<dyn Query> = if analysed.words.is_empty() { Box::new(AllQuery) } else { analysed.query() };
        let collected = searcher.search(&*query, &Candidates::new(request, today))?;
        let hits = collected
            .best
            .into_iter()
            .skip(request.offset)
            .take(request.limit)
            .map(|r| Hit { address: r.address, id: r.id, score: r.score, distance_km: r.distance_km })
            .collect();
        Ok(Matches { total: collected.total, hits, facets: collected.facets })
    }
}

struct Matches {
    total: usize,
    hits: Vec<Hit>,
    facets: Facets,
}
