use std::sync::Arc;
use std::time::Instant;

use serde::Serialize;
use tantivy::query::{AllQuery, BooleanQuery, ConstScoreQuery, EnableScoring, Occur, Query, TermSetQuery};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocSet, Searcher, TERMINATED, Term};

use super::candidates::{Candidates, Ranked};
use super::fusion;
use super::index::SearchIndex;
use super::query::{AnalysedQuery, Rule, analyse};
use super::query_cache::Prepared;
use super::request::{Facets, Hit, SearchRequest};
use super::snippet::{self, Snippet};
use crate::Result;
use crate::analysis::detect;
use crate::analysis::meaning::question_vector;
use crate::domain::{Day, Lang, Offer, TextField};

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
        let fields = [TextField::Summary, TextField::Description];
        let Some((code, _)) = fields.iter().find_map(|field| offer.current_text(*field, lang)) else {
            return Snippet::default();
        };
        // An outdated translation is never the text a reader is shown as current.
        let text: Vec<&str> = fields
            .iter()
            .filter(|field| !offer.is_outdated_translation(**field, &code))
            .filter_map(|field| field.of(offer).and_then(|t| t.in_code(&code)))
            .collect();
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
        let weight =
            fusion::meaning_weight(&prepared.analysed, prepared.unmatched.len()).filter(|_| !self.meanings.is_empty());
        let nearest = match weight {
            Some(_) => {
                let question = question_vector(&request.text);
                self.meanings.nearest(&question, fusion::MEANING_DEPTH).into_iter().map(|(id, _)| id).collect()
            }
            None => Vec::new(),
        };
        let matches = self.matches(&searcher, &prepared.analysed, request, today, nearest, weight.unwrap_or(0.0))?;
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
            // An offer found by meaning alone does without every word; that says nothing of them.
            if !matched.is_empty() {
                let content = results.prepared.analysed.words.iter().filter(|w| !w.stop).map(|w| w.text.clone());
                let missing: Vec<String> = content.filter(|w| !matched.contains(w)).collect();
                results.dropped_words.extend(missing);
            }
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
            let found = matches_any(searcher, &*word.query())?
                || word.add_trigrams(&self.fields) && matches_any(searcher, &*word.query())?;
            if !found {
                word.stop = true;
                unmatched.push(word.text.clone());
            }
        }
        Ok(Prepared { analysed, unmatched })
    }

    /// The word matches, joined by the `nearest` offers in meaning when there are any.
    fn matches(
        &self,
        searcher: &Searcher,
        analysed: &AnalysedQuery,
        request: &SearchRequest,
        today: i64,
        nearest: Vec<String>,
        weight: f32,
    ) -> Result<Matches> {
        let words: Box<dyn Query> = if analysed.words.is_empty() { Box::new(AllQuery) } else { analysed.query() };
        let tables = self.tables(searcher)?;
        if nearest.is_empty() {
            let collected = self.collect(searcher, &*words, &Candidates::new(request, today, tables))?;
            return Ok(Matches::page(collected.total, collected.best, collected.facets, request));
        }
        let ids = nearest.iter().map(|id| Term::from_field_text(self.fields.id, id));
        let near: Box<dyn Query> = Box::new(ConstScoreQuery::new(Box::new(TermSetQuery::new(ids)), 0.0));
        let query = BooleanQuery::new(vec![(Occur::Should, words), (Occur::Should, near)]);
        let candidates = Candidates::new(request, today, tables).choosing(nearest.clone(), fusion::MEANING_DEPTH);
        let collected = self.collect(searcher, &query, &candidates)?;
        let shares = attribute_shares(searcher, &analysed.attribute_queries(), &collected.best)?;
        let fused = fusion::fuse(collected.best, &shares, &nearest, request.sort, weight);
        Ok(Matches::page(collected.total, fused, collected.facets, request))
    }
}

/// Whether any offer matches `query`: the first match found answers it.
fn matches_any(searcher: &Searcher, query: &dyn Query) -> Result<bool> {
    let weight = query.weight(EnableScoring::disabled_from_searcher(searcher))?;
    for segment in searcher.segment_readers() {
        let mut scorer = weight.scorer(segment, 1.0)?;
        let alive = segment.alive_bitset();
        let mut doc = scorer.doc();
        while doc != TERMINATED {
            if alive.is_none_or(|alive| alive.is_alive(doc)) {
                return Ok(true);
            }
            doc = scorer.advance();
        }
    }
    Ok(false)
}

/// For each ranked offer, the share of `attributes` it matches.
fn attribute_shares(searcher: &Searcher, attributes: &[Box<dyn Query>], ranked: &[Ranked<String>]) -> Result<Vec<f32>> {
    let mut shares = vec![0.0; ranked.len()];
    if attributes.is_empty() {
        return Ok(shares);
    }
    let mut order: Vec<usize> = (0..ranked.len()).collect();
    order.sort_by_key(|&i| ranked[i].address);
    for attribute in attributes {
        let weight = attribute.weight(EnableScoring::disabled_from_searcher(searcher))?;
        let mut segment = None;
        let mut scorer = None;
        for &i in &order {
            let address = ranked[i].address;
            if segment != Some(address.segment_ord) {
                segment = Some(address.segment_ord);
                scorer = Some(weight.scorer(searcher.segment_reader(address.segment_ord), 1.0)?);
            }
            let Some(scorer) = scorer.as_mut() else { continue };
            if scorer.doc() < address.doc_id {
                scorer.seek(address.doc_id);
            }
            if scorer.doc() == address.doc_id {
                shares[i] += 1.0 / attributes.len() as f32;
            }
        }
    }
    Ok(shares)
}

struct Matches {
    total: usize,
    hits: Vec<Hit>,
    facets: Facets,
}

impl Matches {
    fn page(total: usize, ranked: Vec<Ranked<String>>, facets: Facets, request: &SearchRequest) -> Matches {
        let hits = ranked
            .into_iter()
            .skip(request.offset)
            .take(request.limit)
            .map(|r| Hit { address: r.address, id: r.id, score: r.score, distance_km: r.distance_km })
            .collect();
        Matches { total, hits, facets }
    }
}

#[cfg(test)]
mod tests {
    use tantivy::query::TermQuery;

    use super::*;
    use crate::analysis::analyze;
    use crate::domain::Offer;
    use crate::search::fields::Part;
    use crate::search::index::tests::offer;

    #[test]
    fn a_deleted_offer_still_in_its_segment_matches_nothing() {
        let index = SearchIndex::in_memory().unwrap();
        // Enough offers that each indexing thread's segment has several.
        let live: Vec<Offer> = (0..20).map(|n| offer(&format!("kurs-{n}"), "Integrationskurs")).collect();
        let gone = offer("weg", "Zebrafischkunde");
        let mut page: Vec<(&str, Option<&Offer>)> = live.iter().map(|o| (o.id.as_str(), Some(o))).collect();
        page.push(("weg", Some(&gone)));
        let mut update = index.update();
        update.put_all(&page).unwrap();
        update.commit(1).unwrap();
        update.put_all(&[("weg", None)]).unwrap();
        update.commit(2).unwrap();
        drop(update);
        let searcher = index.searcher();
        let deleted: u32 = searcher.segment_readers().iter().map(|s| s.num_deleted_docs()).sum();
        assert_eq!(deleted, 1, "the deleted offer stays in its segment until a merge");
        let title = |word: &str| {
            let term =
                Term::from_field_text(index.fields.text(Lang::De, Part::Title), &analyze(Some(Lang::De), word)[0]);
            TermQuery::new(term, IndexRecordOption::Basic)
        };
        assert!(matches_any(&searcher, &title("Integrationskurs")).unwrap());
        assert!(!matches_any(&searcher, &title("Zebrafischkunde")).unwrap());
    }
}
