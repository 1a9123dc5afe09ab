//! Ranking by coordination: an offer is found by any topic word of the query and ranked first
//! by how many of them it matches, then by how well. A person's question rarely has every one
//! of its words in the page that answers it, so no word is required; but the more of them an
//! offer has, the surer the answer.

use tantivy::query::{EnableScoring, Explanation, Query, Scorer, Weight};
use tantivy::{DocId, DocSet, Score, SegmentReader, TERMINATED, Term};

/// Up to this many topic words, matching one word more always ranks higher; beyond it the
/// share of words matched weighs the score, so a long question tolerates a missing word.
const STRICT_UP_TO: usize = 3;
/// Larger than any BM25 sum of a few words.
const STRICT_STEP: Score = 1_000.0;
/// What an offer matching every attribute word (a town, "free", childcare) gains: enough to
/// order offers about the topic, never enough to lift one that misses a topic word.
const ATTRIBUTE_GAIN: f32 = 0.25;

/// What a query word does for the ranking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// What the person is looking for: finds offers and is counted.
    Topic,
    /// A property the offer should have: orders the offers found, finds none on its own.
    Attribute,
}

/// One query word: `counted` decides whether it matched; `extra` (generic concepts, weak
/// guesses) only adds to the score of an offer that matched it anyway.
#[derive(Debug)]
pub struct CoordinatedWord {
    pub role: Role,
    pub counted: Box<dyn Query>,
    pub extra: Option<Box<dyn Query>>,
}

impl Clone for CoordinatedWord {
    fn clone(&self) -> Self {
        let extra = self.extra.as_ref().map(|q| q.box_clone());
        CoordinatedWord { role: self.role, counted: self.counted.box_clone(), extra }
    }
}

/// The query's words ranked by coordination; see the module's description.
#[derive(Clone, Debug)]
pub struct CoordinationQuery {
    words: Vec<CoordinatedWord>,
}

impl CoordinationQuery {
    pub fn new(words: Vec<CoordinatedWord>) -> CoordinationQuery {
        CoordinationQuery { words }
    }
}

impl Query for CoordinationQuery {
    fn weight(&self, scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let mut words = Vec::with_capacity(self.words.len());
        for word in &self.words {
            let extra = word.extra.as_ref().map(|q| q.weight(scoring)).transpose()?;
            words.push(WordWeight { role: word.role, counted: word.counted.weight(scoring)?, extra });
        }
        Ok(Box::new(CoordinationWeight { words }))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        for word in &self.words {
            word.counted.query_terms(visitor);
            if let Some(extra) = &word.extra {
                extra.query_terms(visitor);
            }
        }
    }
}

struct WordWeight {
    role: Role,
    counted: Box<dyn Weight>,
    extra: Option<Box<dyn Weight>>,
}

struct CoordinationWeight {
    words: Vec<WordWeight>,
}

impl Weight for CoordinationWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        let mut words = Vec::with_capacity(self.words.len());
        for word in &self.words {
            let extra = word.extra.as_ref().map(|w| w.scorer(reader, boost)).transpose()?;
            words.push(WordScorer { role: word.role, counted: word.counted.scorer(reader, boost)?, extra });
        }
        Ok(Box::new(CoordinationScorer::new(words)))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let mut scorer = self.scorer(reader, 1.0)?;
        if scorer.seek(doc) != doc {
            return Err(tantivy::TantivyError::InvalidArgument(format!("document {doc} does not match")));
        }
        Ok(Explanation::new("coordination of the query's words", scorer.score()))
    }
}

struct WordScorer {
    role: Role,
    counted: Box<dyn Scorer>,
    extra: Option<Box<dyn Scorer>>,
}

impl WordScorer {
    fn is_topic(&self) -> bool {
        self.role == Role::Topic
    }
}

/// The union of the topic words' documents; the other scorers are moved along to score them.
struct CoordinationScorer {
    words: Vec<WordScorer>,
    topics: usize,
    attributes: usize,
    doc: DocId,
}

impl CoordinationScorer {
    fn new(words: Vec<WordScorer>) -> CoordinationScorer {
        let topics = words.iter().filter(|w| w.is_topic()).count();
        let mut scorer = CoordinationScorer { attributes: words.len() - topics, words, topics, doc: 0 };
        scorer.doc = scorer.smallest_topic_doc();
        scorer
    }

    fn smallest_topic_doc(&self) -> DocId {
        self.words.iter().filter(|w| w.is_topic()).map(|w| w.counted.doc()).min().unwrap_or(TERMINATED)
    }
}

/// Moves `scorer` to `doc` if it is behind, and says whether it matches there.
fn reaches(scorer: &mut dyn Scorer, doc: DocId) -> bool {
    if scorer.doc() < doc {
        scorer.seek(doc);
    }
    scorer.doc() == doc
}

impl DocSet for CoordinationScorer {
    fn advance(&mut self) -> DocId {
        let current = self.doc;
        for word in self.words.iter_mut().filter(|w| w.is_topic()) {
            if word.counted.doc() == current {
                word.counted.advance();
            }
        }
        self.doc = self.smallest_topic_doc();
        self.doc
    }

    fn doc(&self) -> DocId {
        self.doc
    }

    fn size_hint(&self) -> u32 {
        self.words.iter().filter(|w| w.is_topic()).map(|w| w.counted.size_hint()).max().unwrap_or(0)
    }
}

impl Scorer for CoordinationScorer {
    fn score(&mut self) -> Score {
        let doc = self.doc;
        let (mut topic_score, mut topics_matched, mut attributes_matched) = (0.0, 0usize, 0usize);
        for word in &mut self.words {
            if !reaches(word.counted.as_mut(), doc) {
                continue;
            }
            let mut score = word.counted.score();
            if let Some(extra) = word.extra.as_mut()
                && reaches(extra.as_mut(), doc)
            {
                score += extra.score();
            }
            match word.role {
                Role::Topic => {
                    topic_score += score;
                    topics_matched += 1;
                }
                Role::Attribute => attributes_matched += 1,
            }
        }
        let attribute_share =
            if self.attributes == 0 { 0.0 } else { attributes_matched as f32 / self.attributes as f32 };
        coordinate(topic_score, topics_matched, self.topics) * (1.0 + ATTRIBUTE_GAIN * attribute_share)
    }
}

/// Short queries: each word matched is a rank of its own (the score stays below one step).
/// Longer ones: the score weighed by the share of words matched.
fn coordinate(score: Score, matched: usize, words: usize) -> Score {
    if words <= STRICT_UP_TO {
        matched as Score * STRICT_STEP + score.min(STRICT_STEP - 1.0)
    } else {
        score * matched as Score / words as Score
    }
}

#[cfg(test)]
mod tests {
    use super::coordinate;

    #[test]
    fn a_short_query_ranks_by_words_matched_first() {
        assert!(coordinate(0.5, 2, 2) > coordinate(90.0, 1, 2));
    }

    #[test]
    fn a_long_question_weighs_the_score_by_the_share_matched() {
        assert!(coordinate(12.0, 5, 6) > coordinate(9.0, 6, 6));
        assert!(coordinate(10.0, 6, 6) > coordinate(10.0, 5, 6));
    }
}
