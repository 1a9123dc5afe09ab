use std::cmp::Ordering;
use std::time::Instant;

use serde::Serialize;
use tantivy::collector::Count;
use tantivy::query::{AllQuery, Query};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocSet, Searcher, Term};

use super::candidates::{Candidate, Candidates};
use super::facets::{self, FilterTests, Moment};
use super::index::SearchIndex;
use super::query::{AnalysedQuery, Rule, analyse};
use super::request::{Facets, GeoPoint, Hit, SearchRequest, Sort};
use super::snippet::{self, Snippet};
use crate::Result;
use crate::analysis::detect;
use crate::domain::{Day, Lang, OUTDATED_AFTER_DAYS, Offer, TextField, week_minute};

const OUTDATED_PENALTY: f32 = 0.8;

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
    analysed: AnalysedQuery,
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
        snippet::make(&text.join(" "), code.supported(), &self.analysed.highlight)
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
        self.analysed
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
        let mut unmatched = Vec::new();
        let detection = detect(&request.text, request.lang_hint);
        let searcher = self.searcher();
        let mut analysed = analyse(&self.fields, &searcher, &request.text, &detection.search);
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
        let today = request.today.unwrap_or_else(Day::today).ordinal_days();
        let matches = self.matches(&analysed, request, today)?;
        let mut results = SearchResults {
            total: matches.total,
            hits: matches.hits,
            facets: matches.facets,
            detected_language: detection.language,
            searched_languages: detection.search,
            dropped_words: unmatched,
            took_ms: 0.0,
            suggestion: analysed.suggestion.clone(),
            searcher,
            analysed,
        };
        if let Some(best) = results.hits.first() {
            // Say which words the best hit does without.
            let matched: Vec<String> = results.explain(best).into_iter().map(|m| m.word).collect();
            let content = results.analysed.words.iter().filter(|w| !w.stop).map(|w| w.text.clone());
            let missing: Vec<String> = content.filter(|w| !matched.contains(w)).collect();
            results.dropped_words.extend(missing);
        }
        results.took_ms = started.elapsed().as_secs_f64() * 1000.0;
        Ok(results)
    }

    fn matches(&self, analysed: &AnalysedQuery, request: &SearchRequest, today: i64) -> Result<Matches> {
        let query: Box<dyn Query> = if analysed.words.is_empty() { Box::new(AllQuery) } else { analysed.query() };
        let candidates = self.searcher().search(&*query, &Candidates)?;
        Ok(Matches::rank(candidates, request, today))
    }
}

struct Matches {
    total: usize,
    hits: Vec<Hit>,
    facets: Facets,
}

/// A candidate that survived the filters, with what the ordering needs.
struct Ranked {
    candidate: Candidate,
    score: f32,
    distance_km: Option<f64>,
}

impl Matches {
    fn rank(candidates: Vec<Candidate>, request: &SearchRequest, today: i64) -> Matches {
        let filters = &request.filters;
        let week_minute = week_minute(request.now.unwrap_or_else(time::OffsetDateTime::now_utc));
        let mut facets = Facets::default();
        let mut kept = Vec::new();
        for candidate in candidates {
            if !request.include_ended && candidate.end_day.is_some_and(|end| end < today) {
                continue;
            }
            let distance_km = request
                .near
                .zip(candidate.coordinates)
                .map(|(near, (lat, lon))| near.distance_km(GeoPoint { lat, lon }));
            let in_radius = match request.radius_km {
                Some(radius) if request.near.is_some() => distance_km.is_some_and(|d| d <= radius),
                _ => true,
            };
            if !in_radius {
                continue;
            }
            let tests = FilterTests::of(&candidate, filters, Moment { today, week_minute });
            facets::count(&mut facets, &candidate, &tests);
            if tests.all() {
                let outdated = candidate.updated_day.is_some_and(|day| today - day > OUTDATED_AFTER_DAYS);
                let score = if outdated { candidate.score * OUTDATED_PENALTY } else { candidate.score };
                kept.push(Ranked { candidate, score, distance_km });
            }
        }
        kept.sort_by(|a, b| order(a, b, request.sort));
        let total = kept.len();
        let hits = kept
            .into_iter()
            .skip(request.offset)
            .take(request.limit)
            .map(|r| Hit {
                address: r.candidate.address,
                id: r.candidate.id,
                score: r.score,
                distance_km: r.distance_km,
            })
            .collect();
        Matches { total, hits, facets }
    }
}

/// Score (or distance), then the more recently confirmed, then the id: the same request always
/// gives the same order.
fn order(a: &Ranked, b: &Ranked, sort: Sort) -> Ordering {
    let by_distance = || match (a.distance_km, b.distance_km) {
        (Some(x), Some(y)) => x.total_cmp(&y),
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    };
    let primary = match sort {
        Sort::Distance => by_distance().then_with(|| b.score.total_cmp(&a.score)),
        Sort::Relevance => b.score.total_cmp(&a.score),
    };
    primary
        .then_with(|| b.candidate.updated_day.cmp(&a.candidate.updated_day))
        .then_with(|| a.candidate.id.cmp(&b.candidate.id))
}
