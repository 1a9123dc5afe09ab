//! Measuring search quality on a judged query set: nDCG@10 and recall@10 overall, per
//! language and per kind, beside a plain tantivy baseline (default tokenizer, BM25) on the same
//! offers, and MRR@10 on real questions about real pages. `wegweiser relevance` prints the
//! tables; a test keeps the levels from falling.
//! May import: directory, domain, import, search.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;
use tantivy::collector::TopDocs;
use tantivy::query::{BooleanQuery, Occur, Query, TermQuery};
use tantivy::schema::{IndexRecordOption, STORED, STRING, Schema, TEXT, Value};
use tantivy::tokenizer::TextAnalyzer;
use tantivy::{Index, IndexReader, TantivyDocument, Term};

use crate::directory::Directory;
use crate::domain::{Actor, Offer};
use crate::search::SearchRequest;
use crate::{Error, Result};

mod questions;
pub use questions::{Question, QuestionReport, QuestionSet, evaluate_questions};

pub const CUTOFF: usize = 10;
/// Threads that encode the offers of a measured set: the machine's two cores.
pub const ENCODING_THREADS: usize = 2;

/// The day the set was judged: what had ended or was outdated then decides the grades.
const JUDGED_ON: &str = "2026-11-25";

/// One judged query: offer id → grade (3 exactly right, 2 relevant, 1 marginal).
#[derive(Clone, Debug, Deserialize)]
pub struct Judged {
    pub query: String,
    pub lang: String,
    pub kind: String,
    #[serde(default)]
    pub note: String,
    pub judgments: BTreeMap<String, u8>,
}

/// A directory of `offers` with their meaning vectors made, to measure search on. With `keep`,
/// the store lives in that folder, so the vectors of unchanged texts are not made again; the
/// index is built in memory from it, so it always follows the code that measures.
pub fn measuring_directory(offers: &[Offer], keep: Option<&Path>) -> Result<Directory> {
    let directory = match keep {
        Some(dir) => Directory::open_with_index_in_memory(dir)?,
        None => Directory::in_memory()?,
    };
    directory.upsert(offers, &Actor::System)?;
    directory.make_all_meanings(ENCODING_THREADS)?;
    Ok(directory)
}

/// Reads every `*.json` file of judged queries in `dir`.
pub fn load(dir: &Path) -> Result<Vec<Judged>> {
    let read_error = |source| Error::File { path: dir.into(), source };
    let mut files: Vec<_> =
        std::fs::read_dir(dir).map_err(read_error)?.filter_map(|e| e.ok().map(|e| e.path())).collect();
    files.retain(|p| p.extension().is_some_and(|e| e == "json") && p.file_name().is_some_and(|n| n != "level.json"));
    files.sort();
    let mut queries = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).map_err(|source| Error::File { path: file.clone(), source })?;
        let judged: Vec<Judged> =
            serde_json::from_str(&text).map_err(|e| Error::Data(format!("{}: {e}", file.display())))?;
        queries.extend(judged);
    }
    Ok(queries)
}

/// Normalised discounted cumulative gain of the first `CUTOFF` results.
pub fn ndcg(ranked: &[String], judgments: &BTreeMap<String, u8>) -> f64 {
    let gain = |grade: u8| f64::from((1u32 << grade) - 1);
    let discount = |rank: usize| 1.0 / ((rank + 2) as f64).log2();
    let dcg: f64 = ranked
        .iter()
        .take(CUTOFF)
        .enumerate()
        .map(|(r, id)| gain(*judgments.get(id).unwrap_or(&0)) * discount(r))
        .sum();
    let mut ideal: Vec<u8> = judgments.values().copied().collect();
    ideal.sort_unstable_by(|a, b| b.cmp(a));
    let idcg: f64 = ideal.iter().take(CUTOFF).enumerate().map(|(r, g)| gain(*g) * discount(r)).sum();
    if idcg == 0.0 { 0.0 } else { dcg / idcg }
}

/// Share of the relevant offers (grade 2 or 3) found in the first `CUTOFF` results, measured
/// against how many could fit.
pub fn recall(ranked: &[String], judgments: &BTreeMap<String, u8>) -> f64 {
    let relevant = judgments.values().filter(|g| **g >= 2).count();
    if relevant == 0 {
        return 1.0;
    }
    let found = ranked.iter().take(CUTOFF).filter(|id| judgments.get(*id).is_some_and(|g| *g >= 2)).count();
    found as f64 / relevant.min(CUTOFF) as f64
}

/// Mean scores of one group of queries.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Scores {
    pub queries: usize,
    pub ndcg: f64,
    pub recall: f64,
}

/// Scores per group ("all", "lang:ar", "kind:typo") for Wegweiser and the baseline.
#[derive(Debug, Default)]
pub struct Report {
    pub wegweiser: BTreeMap<String, Scores>,
    pub baseline: BTreeMap<String, Scores>,
    /// Per query: the query, its kind, and nDCG@10 for Wegweiser and the baseline.
    pub per_query: Vec<(String, String, f64, f64)>,
}

pub fn evaluate(directory: &Directory, offers: &[Offer], queries: &[Judged]) -> Result<Report> {
    let baseline = Baseline::build(offers)?;
    let mut report = Report::default();
    for judged in queries {
        let today = JUDGED_ON.parse().ok();
        let request = SearchRequest { text: judged.query.clone(), limit: CUTOFF, today, ..SearchRequest::default() };
        let ours: Vec<String> = directory.search(&request)?.hits.into_iter().map(|h| h.id).collect();
        let theirs = baseline.search(&judged.query)?;
        let pair = (ndcg(&ours, &judged.judgments), ndcg(&theirs, &judged.judgments));
        report.per_query.push((judged.query.clone(), format!("{}/{}", judged.lang, judged.kind), pair.0, pair.1));
        for (table, ranked) in [(&mut report.wegweiser, &ours), (&mut report.baseline, &theirs)] {
            let (n, r) = (ndcg(ranked, &judged.judgments), recall(ranked, &judged.judgments));
            for group in ["all".to_owned(), format!("lang:{}", judged.lang), format!("kind:{}", judged.kind)] {
                let scores = table.entry(group).or_default();
                scores.queries += 1;
                scores.ndcg += n;
                scores.recall += r;
            }
        }
    }
    for scores in report.wegweiser.values_mut().chain(report.baseline.values_mut()) {
        scores.ndcg /= scores.queries as f64;
        scores.recall /= scores.queries as f64;
    }
    Ok(report)
}

impl Report {
    /// Every query with its two scores, worst first.
    pub fn query_lines(&self) -> String {
        let mut lines: Vec<_> = self.per_query.iter().collect();
        lines.sort_by(|a, b| a.2.total_cmp(&b.2));
        lines.iter().map(|(q, kind, ours, base)| format!("{ours:.3} {base:.3}  {kind:<18} {q}\n")).collect()
    }

    pub fn table(&self) -> String {
        let mut out = format!(
            "{:<20} {:>7}  {:>9} {:>9}  {:>9} {:>9}\n",
            "group", "queries", "nDCG@10", "base", "recall@10", "base"
        );
        for (group, ours) in &self.wegweiser {
            let base = self.baseline.get(group).copied().unwrap_or_default();
            out.push_str(&format!(
                "{group:<20} {:>7}  {:>9.3} {:>9.3}  {:>9.3} {:>9.3}\n",
                ours.queries, ours.ndcg, base.ndcg, ours.recall, base.recall
            ));
        }
        out
    }
}

/// What a plain tantivy setup does: all text in one field, default tokenizer, BM25, any word.
struct Baseline {
    reader: IndexReader,
    text: tantivy::schema::Field,
    id: tantivy::schema::Field,
    analyzer: TextAnalyzer,
}

impl Baseline {
    fn build(offers: &[Offer]) -> Result<Baseline> {
        let mut schema = Schema::builder();
        let id = schema.add_text_field("id", STRING | STORED);
        let text = schema.add_text_field("text", TEXT);
        let index = Index::create_in_ram(schema.build());
        let mut writer = index.writer_with_num_threads(1, 15_000_000)?;
        for offer in offers {
            let mut doc = TantivyDocument::default();
            doc.add_text(id, offer.id.as_str());
            let texts = [Some(&offer.title), offer.summary.as_ref(), offer.description.as_ref()];
            for (_, body) in texts.into_iter().flatten().flat_map(|t| t.iter()) {
                doc.add_text(text, body);
            }
            writer.add_document(doc)?;
        }
        writer.commit()?;
        let analyzer = index.tokenizer_for_field(text)?;
        Ok(Baseline { reader: index.reader()?, text, id, analyzer })
    }

    fn search(&self, query: &str) -> Result<Vec<String>> {
        let mut analyzer = self.analyzer.clone();
        let mut stream = analyzer.token_stream(query);
        let mut clauses: Vec<(Occur, Box<dyn Query>)> = Vec::new();
        while let Some(token) = stream.next() {
            let term = Term::from_field_text(self.text, &token.text);
            clauses.push((Occur::Should, Box::new(TermQuery::new(term, IndexRecordOption::WithFreqs))));
        }
        let searcher = self.reader.searcher();
        let top = searcher.search(&BooleanQuery::new(clauses), &TopDocs::with_limit(CUTOFF).order_by_score())?;
        let mut ids = Vec::new();
        for (_, address) in top {
            let doc: TantivyDocument = searcher.doc(address)?;
            ids.extend(doc.get_first(self.id).and_then(|v| v.as_str()).map(str::to_owned));
        }
        Ok(ids)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn grades(pairs: &[(&str, u8)]) -> BTreeMap<String, u8> {
        pairs.iter().map(|(id, g)| ((*id).to_owned(), *g)).collect()
    }

    #[test]
    fn ndcg_is_one_for_the_ideal_order_and_less_otherwise() {
        let judged = grades(&[("a", 3), ("b", 2), ("c", 1)]);
        let ideal: Vec<String> = ["a", "b", "c"].map(String::from).to_vec();
        assert!((ndcg(&ideal, &judged) - 1.0).abs() < 1e-9);
        let swapped: Vec<String> = ["c", "b", "a"].map(String::from).to_vec();
        assert!(ndcg(&swapped, &judged) < 1.0);
        assert_eq!(ndcg(&[], &judged), 0.0);
    }

    #[test]
    fn recall_counts_offers_graded_two_or_more() {
        let judged = grades(&[("a", 3), ("b", 2), ("c", 1)]);
        assert_eq!(recall(&["a".into(), "c".into()], &judged), 0.5);
    }
}
