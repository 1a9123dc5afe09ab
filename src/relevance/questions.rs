//! Real questions about real pages, each naming the one page that answers it: the mean
//! reciprocal rank of that page within the first ten hits, per language of the question.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use super::CUTOFF;
use crate::directory::Directory;
use crate::domain::{Lang, Offer};
use crate::search::SearchRequest;
use crate::{Error, Result, import};

/// The day the questions are asked on, so that the pages' age counts the same every year.
const ASKED_ON: &str = "2026-12-01";

/// One question and the page that answers it.
#[derive(Clone, Debug, Deserialize)]
pub struct Question {
    pub qid: String,
    pub q: String,
    pub lang: String,
    /// The answering page's offer id.
    pub id: String,
}

/// The pages (as offers) and the questions of a set folder: `pages.jsonl`, `questions.jsonl`.
pub struct QuestionSet {
    pub pages: Vec<Offer>,
    pub questions: Vec<Question>,
}

impl QuestionSet {
    pub fn load(dir: &Path) -> Result<QuestionSet> {
        let read = |name: &str| {
            let path = dir.join(name);
            std::fs::read_to_string(&path).map_err(|source| Error::File { path, source })
        };
        let parsed = import::parse(&read("pages.jsonl")?);
        if let Some(rejected) = parsed.rejected.first() {
            return Err(Error::Data(format!("{}: a page is not a valid offer: {rejected}", dir.display())));
        }
        let questions = read("questions.jsonl")?
            .lines()
            .filter(|line| !line.trim().is_empty())
            .map(|line| serde_json::from_str(line).map_err(|e| Error::Data(format!("{}: {e}", dir.display()))))
            .collect::<Result<Vec<Question>>>()?;
        Ok(QuestionSet { pages: parsed.offers, questions })
    }
}

/// MRR@10 and how many questions, per language ("all" for every question).
#[derive(Debug, Default)]
pub struct QuestionReport {
    pub by_lang: BTreeMap<String, (usize, f64)>,
    /// Per question: its id, its reciprocal rank, the question.
    pub per_question: Vec<(String, f64, String)>,
}

/// Asks every question with its language as the hint, as the site's search box in that UI
/// language would.
pub fn evaluate_questions(directory: &Directory, questions: &[Question]) -> Result<QuestionReport> {
    let mut report = QuestionReport::default();
    for question in questions {
        let request = SearchRequest {
            text: question.q.clone(),
            lang_hint: Lang::from_code(&question.lang),
            limit: CUTOFF,
            today: ASKED_ON.parse().ok(),
            ..SearchRequest::default()
        };
        let hits = directory.search(&request)?.hits;
        let rank = hits.iter().position(|hit| hit.id == question.id);
        let reciprocal = rank.map_or(0.0, |r| 1.0 / (r + 1) as f64);
        report.per_question.push((question.qid.clone(), reciprocal, question.q.clone()));
        for group in [question.lang.clone(), "all".to_owned()] {
            let entry = report.by_lang.entry(group).or_default();
            entry.0 += 1;
            entry.1 += reciprocal;
        }
    }
    for (count, sum) in report.by_lang.values_mut() {
        *sum /= *count as f64;
    }
    Ok(report)
}

impl QuestionReport {
    pub fn table(&self) -> String {
        let mut out = format!("{:<20} {:>9}  {:>8}\n", "real questions", "questions", "MRR@10");
        for (lang, (count, mrr)) in &self.by_lang {
            out.push_str(&format!("{:<20} {count:>9}  {mrr:>8.3}\n", format!("lang:{lang}")));
        }
        out
    }

    /// Every question with its reciprocal rank, worst first.
    pub fn question_lines(&self) -> String {
        let mut lines: Vec<_> = self.per_question.iter().collect();
        lines.sort_by(|a, b| a.1.total_cmp(&b.1).then_with(|| a.0.cmp(&b.0)));
        lines.iter().map(|(qid, rr, q)| format!("{rr:.3}  {qid:<10} {q}\n")).collect()
    }
}
