//! Questions in words the offers do not share: the offers nearest in meaning join the word
//! matches, and the two orders are fused by their ranks (reciprocal rank fusion), so neither
//! scale of score has to be made comparable with the other.

use std::collections::HashMap;

use super::candidates::Ranked;
use super::query::AnalysedQuery;
use super::request::Sort;

/// How many offers nearest in meaning join the word matches.
pub const MEANING_DEPTH: usize = 50;
/// Ranks below this count nearly alike in both orders; measured on the real questions.
const RANK_OFFSET: f32 = 10.0;
/// The meaning order's weight beside the word order's, for a question: a sentence rarely
/// shares its words with the page that answers it, so its meaning says more than its words.
const QUESTION_WEIGHT: f32 = 1.25;
/// The same for keywords some of which no offer contains: as much as the words that match.
const KEYWORD_WEIGHT: f32 = 1.0;
/// From this many content words on, a query is a question rather than keywords.
const QUESTION_WORDS: usize = 3;

/// How much meaning should count for this query, if at all: for questions (three or more
/// topic words; a town or "free" orders offers but says little of what is asked), and for
/// queries some of whose words match no offer. Keywords that all match are answered by the
/// words alone.
pub fn meaning_weight(analysed: &AnalysedQuery, unmatched_words: usize) -> Option<f32> {
    let topic = analysed.words.iter().filter(|w| !w.stop && !w.attribute).count() + unmatched_words;
    if topic >= QUESTION_WORDS { Some(QUESTION_WEIGHT) } else { (unmatched_words > 0).then_some(KEYWORD_WEIGHT) }
}

/// What an offer having every attribute the query names (a town, "free") gains in the fused
/// order: the meaning order knows nothing of them, and the word order's own gain is lost in
/// the ranks; enough to order offers about the topic, as in the word order.
const ATTRIBUTE_GAIN: f32 = 0.25;

/// The word matches (best first) and the nearest offers (nearest first, `ids`), as one order;
/// `attribute_share` is, for each word match, the share of the query's attributes it has.
pub fn fuse(
    matched: Vec<Ranked<String>>,
    attribute_share: &[f32],
    nearest: &[String],
    sort: Sort,
    weight: f32,
) -> Vec<Ranked<String>> {
    let meaning_rank: HashMap<&str, usize> = nearest.iter().enumerate().map(|(rank, id)| (id.as_str(), rank)).collect();
    let mut fused: Vec<Ranked<String>> = matched
        .into_iter()
        .enumerate()
        .map(|(rank, mut ranked)| {
            let by_words = if ranked.score > 0.0 { 1.0 / (RANK_OFFSET + rank as f32 + 1.0) } else { 0.0 };
            let by_meaning =
                meaning_rank.get(ranked.id.as_str()).map_or(0.0, |rank| weight / (RANK_OFFSET + *rank as f32 + 1.0));
            let share = attribute_share.get(rank).copied().unwrap_or(0.0);
            ranked.score = (by_words + by_meaning) * (1.0 + ATTRIBUTE_GAIN * share);
            ranked
        })
        .collect();
    if sort == Sort::Relevance {
        fused.sort();
    }
    fused
}
