//! Ranking by coordination: an offer is found by any topic word of the query and ranked first
//! by how many of them it matches, then by how well. A person's question rarely has every one
//! of its words in the page that answers it, so no word is required; but the more of them an
//! offer has, the surer the answer. A term several words or ways use (a concept reached from
//! each word of "دورة لغة ألمانية") is read once per document and scored for each of them.

mod scorer;

use std::collections::HashMap;

use tantivy::query::{
    Bm25Weight, BoostQuery, DisjunctionMaxQuery, EnableScoring, Explanation, Query, Scorer, TermQuery, Weight,
};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocId, DocSet, Score, SegmentReader, TERMINATED, Term};

use scorer::{CoordinationScorer, TermReads};

/// Up to this many topic words, matching one word more always ranks higher; beyond it the
/// share of words matched weighs the score, so a long question tolerates a missing word.
const STRICT_UP_TO: usize = 3;
/// Larger than any BM25 sum of a few words.
const STRICT_STEP: Score = 1_000.0;
/// What an offer matching every attribute word (a town, "free", childcare) gains: enough to
/// order offers about the topic, never enough to lift one that misses a topic word.
const ATTRIBUTE_GAIN: f32 = 0.25;
const MAX_WORDS: usize = 32;
/// How much a word's other ways of matching add to its best one.
pub const TIE_BREAKER: f32 = 0.5;

/// What a query word does for the ranking.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// What the person is looking for: finds offers and is counted.
    Topic,
    /// A property the offer should have: orders the offers found, finds none on its own.
    Attribute,
}

/// What one way of matching a word looks for.
#[derive(Debug)]
pub enum Matcher {
    /// One term: read once for every word and way that uses it.
    Term(Term),
    Query(Box<dyn Query>),
}

impl Clone for Matcher {
    fn clone(&self) -> Self {
        match self {
            Matcher::Term(term) => Matcher::Term(term.clone()),
            Matcher::Query(query) => Matcher::Query(query.box_clone()),
        }
    }
}

impl Matcher {
    pub fn query(&self) -> Box<dyn Query> {
        match self {
            Matcher::Term(term) => Box::new(TermQuery::new(term.clone(), IndexRecordOption::WithFreqs)),
            Matcher::Query(query) => query.box_clone(),
        }
    }
}

/// One way a word can match: `counted` ways decide whether it matched; the others (generic
/// concepts, weak guesses) only add to the score of an offer that matched it anyway.
#[derive(Clone, Debug)]
pub struct Way {
    pub matcher: Matcher,
    pub boost: f32,
    pub counted: bool,
}

/// One query word: its ways are joined by their best score plus `TIE_BREAKER` times the rest.
#[derive(Clone, Debug)]
pub struct CoordinatedWord {
    pub role: Role,
    pub ways: Vec<Way>,
}

impl CoordinatedWord {
    /// The offers that match the word, as one query.
    pub fn counted_query(&self) -> Box<dyn Query> {
        let ways = self.ways.iter().filter(|w| w.counted);
        let disjuncts = ways.map(|w| Box::new(BoostQuery::new(w.matcher.query(), w.boost)) as Box<dyn Query>).collect();
        Box::new(DisjunctionMaxQuery::with_tie_breaker(disjuncts, TIE_BREAKER))
    }
}

/// The query's words ranked by coordination; see the module's description.
#[derive(Clone, Debug)]
pub struct CoordinationQuery {
    words: Vec<CoordinatedWord>,
}

impl CoordinationQuery {
    /// A document's matched parts are bits of one `u64`, two a word: words beyond 32 (the query
    /// analysis keeps no more) are left out.
    pub fn new(mut words: Vec<CoordinatedWord>) -> CoordinationQuery {
        words.truncate(MAX_WORDS);
        CoordinationQuery { words }
    }
}

/// Where a source's score goes: the word's counted or extra part, times the way's boost.
#[derive(Clone, Copy)]
struct Target {
    part: usize,
    boost: f32,
    /// Whether a match finds the document: a topic word's counted way.
    finds: bool,
    /// Whether its score counts: a topic word's. An attribute is matched or not.
    scored: bool,
    /// How many ways of the word reach the term alike (a concept reached through several
    /// glossary phrases): each adds the score once.
    times: u16,
}

/// Adds `target` to a term's targets, counting it again where one is alike: the part says
/// the word and whether the way counts, and with them whether it finds and is scored.
fn add_target(targets: &mut Vec<Target>, target: Target) {
    let alike = |t: &&mut Target| (t.part, t.boost.to_bits()) == (target.part, target.boost.to_bits());
    match targets.iter_mut().find(alike) {
        Some(same) => same.times = same.times.saturating_add(1),
        None => targets.push(target),
    }
}

/// Parts are numbered two to a word: its counted ways, then its extra ones.
fn part(word: usize, counted: bool) -> usize {
    2 * word + usize::from(!counted)
}

/// Something read from the index once per segment, and the parts it scores.
struct Source<T> {
    reads: T,
    targets: Vec<Target>,
}

/// What a source reads: a term's postings, scored here, or any other query's documents.
enum SourceWeight {
    Term { term: Term, bm25: Option<Bm25Weight> },
    Other(Box<dyn Weight>),
}

impl Query for CoordinationQuery {
    fn weight(&self, scoring: EnableScoring<'_>) -> tantivy::Result<Box<dyn Weight>> {
        let mut sources: Vec<Source<SourceWeight>> = Vec::new();
        let mut by_term: HashMap<&Term, usize> = HashMap::new();
        for (word, coordinated) in self.words.iter().enumerate() {
            for way in &coordinated.ways {
                let finds = way.counted && coordinated.role == Role::Topic;
                let scored = coordinated.role == Role::Topic;
                let target = Target { part: part(word, way.counted), boost: way.boost, finds, scored, times: 1 };
                let reads = match &way.matcher {
                    Matcher::Term(term) => {
                        if let Some(&source) = by_term.get(term) {
                            add_target(&mut sources[source].targets, target);
                            continue;
                        }
                        by_term.insert(term, sources.len());
                        SourceWeight::Term { term: term.clone(), bm25: None }
                    }
                    Matcher::Query(query) => SourceWeight::Other(query.weight(scoring)?),
                };
                sources.push(Source { reads, targets: vec![target] });
            }
        }
        // A term only attributes use is read without its frequencies and unscored.
        if let EnableScoring::Enabled { statistics_provider, .. } = scoring {
            for source in sources.iter_mut().filter(|s| s.targets.iter().any(|t| t.scored)) {
                if let SourceWeight::Term { term, bm25 } = &mut source.reads {
                    *bm25 = Some(Bm25Weight::for_terms(statistics_provider, std::slice::from_ref(term))?);
                }
            }
        }
        let roles = self.words.iter().map(|w| w.role).collect();
        Ok(Box::new(CoordinationWeight { sources, roles }))
    }

    fn query_terms<'a>(&'a self, visitor: &mut dyn FnMut(&'a Term, bool)) {
        for way in self.words.iter().flat_map(|w| &w.ways) {
            match &way.matcher {
                Matcher::Term(term) => visitor(term, false),
                Matcher::Query(query) => query.query_terms(visitor),
            }
        }
    }
}

struct CoordinationWeight {
    sources: Vec<Source<SourceWeight>>,
    roles: Vec<Role>,
}

impl Weight for CoordinationWeight {
    fn scorer(&self, reader: &SegmentReader, boost: Score) -> tantivy::Result<Box<dyn Scorer>> {
        let (mut terms, mut others) = (Vec::new(), Vec::new());
        for source in &self.sources {
            let targets = source.targets.clone();
            match &source.reads {
                SourceWeight::Term { term, bm25 } => {
                    if let Some(reads) = TermReads::open(reader, term, bm25.as_ref().map(|w| w.boost_by(boost)))? {
                        terms.push(Source { reads, targets });
                    }
                }
                SourceWeight::Other(weight) => {
                    let reads = weight.scorer(reader, boost)?;
                    if reads.doc() != TERMINATED {
                        others.push(Source { reads, targets });
                    }
                }
            }
        }
        Ok(Box::new(CoordinationScorer::new(terms, others, self.roles.clone())))
    }

    fn explain(&self, reader: &SegmentReader, doc: DocId) -> tantivy::Result<Explanation> {
        let mut scorer = self.scorer(reader, 1.0)?;
        if scorer.seek(doc) != doc {
            return Err(tantivy::TantivyError::InvalidArgument(format!("document {doc} does not match")));
        }
        Ok(Explanation::new("coordination of the query's words", scorer.score()))
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
    use tantivy::collector::{Count, TopDocs};
    use tantivy::query::{BooleanQuery, Occur};
    use tantivy::schema::{Field, STRING, Schema, TEXT};
    use tantivy::{DocAddress, Index, IndexReader, Searcher, TantivyDocument};

    use super::*;

    #[test]
    fn a_short_query_ranks_by_words_matched_first() {
        assert!(coordinate(0.5, 2, 2) > coordinate(90.0, 1, 2));
    }

    #[test]
    fn a_long_question_weighs_the_score_by_the_share_matched() {
        assert!(coordinate(12.0, 5, 6) > coordinate(9.0, 6, 6));
        assert!(coordinate(10.0, 6, 6) > coordinate(10.0, 5, 6));
    }

    /// Three segments of documents whose words follow their numbers, so that every word is
    /// in many windows and the words overlap in every way.
    fn numbered_index() -> (IndexReader, Field, Field) {
        let mut schema = Schema::builder();
        let (body, tags) = (schema.add_text_field("body", TEXT), schema.add_text_field("tags", STRING));
        let index = Index::create_in_ram(schema.build());
        let mut writer = index.writer_with_num_threads(1, 15_000_000).unwrap();
        for doc in 0..5_000u32 {
            let words = [(3, "apfel"), (5, "birne"), (7, "kirsche"), (11, "dattel"), (400, "feige")];
            let mut text: Vec<&str> = words.iter().filter(|(n, _)| doc % n == 0).map(|(_, w)| *w).collect();
            text.extend(std::iter::repeat_n("apfel", (doc % 4) as usize));
            text.push("frucht");
            let mut document = TantivyDocument::default();
            document.add_text(body, text.join(" "));
            if doc % 2 == 0 {
                document.add_text(tags, "gerade");
            }
            writer.add_document(document).unwrap();
            if doc % 2_000 == 1_999 {
                writer.commit().unwrap();
            }
        }
        writer.commit().unwrap();
        (index.reader().unwrap(), body, tags)
    }

    /// Moves `scorer` to `doc` if it is behind, and says whether it matches there.
    fn reaches(scorer: &mut dyn Scorer, doc: DocId) -> bool {
        if scorer.doc() < doc {
            scorer.seek(doc);
        }
        scorer.doc() == doc
    }

    fn way(field: Field, text: &str, boost: f32, counted: bool) -> Way {
        Way { matcher: Matcher::Term(Term::from_field_text(field, text)), boost, counted }
    }

    /// The same words scored as nested tantivy queries, each word on its own: per matching
    /// document of the segment, its score.
    fn scored_word_by_word(searcher: &Searcher, words: &[CoordinatedWord], segment: u32) -> Vec<(DocId, Score)> {
        let reader = searcher.segment_reader(segment);
        let scorer_of = |ways: Vec<&Way>| {
            let disjuncts =
                ways.iter().map(|w| Box::new(BoostQuery::new(w.matcher.query(), w.boost)) as Box<dyn Query>);
            let query = DisjunctionMaxQuery::with_tie_breaker(disjuncts.collect(), TIE_BREAKER);
            query.weight(EnableScoring::enabled_from_searcher(searcher)).unwrap().scorer(reader, 1.0).unwrap()
        };
        let mut parts: Vec<_> = words
            .iter()
            .map(|w| {
                (
                    w.role,
                    scorer_of(w.ways.iter().filter(|w| w.counted).collect()),
                    scorer_of(w.ways.iter().filter(|w| !w.counted).collect()),
                )
            })
            .collect();
        let topics = words.iter().filter(|w| w.role == Role::Topic).count();
        let attributes = words.len() - topics;
        let mut scored = Vec::new();
        for doc in 0..reader.max_doc() {
            let (mut topic_score, mut topics_matched, mut attributes_matched) = (0.0, 0, 0);
            for (role, counted, extra) in &mut parts {
                if !reaches(counted.as_mut(), doc) {
                    continue;
                }
                if *role == Role::Attribute {
                    attributes_matched += 1;
                    continue;
                }
                topic_score += counted.score() + if reaches(extra.as_mut(), doc) { extra.score() } else { 0.0 };
                topics_matched += 1;
            }
            let share = if attributes == 0 { 0.0 } else { attributes_matched as f32 / attributes as f32 };
            if topics_matched > 0 {
                scored.push((doc, coordinate(topic_score, topics_matched, topics) * (1.0 + ATTRIBUTE_GAIN * share)));
            }
        }
        scored
    }

    fn assert_scores_as_word_by_word(reader: &IndexReader, words: Vec<CoordinatedWord>) {
        let searcher = reader.searcher();
        let query = CoordinationQuery::new(words.clone());
        let found = searcher.search(&query, &TopDocs::with_limit(10_000).order_by_score()).unwrap();
        let found: HashMap<DocAddress, Score> = found.into_iter().map(|(score, address)| (address, score)).collect();
        let mut expected = 0;
        for segment in 0..searcher.segment_readers().len() as u32 {
            for (doc, want) in scored_word_by_word(&searcher, &words, segment) {
                let address = DocAddress::new(segment, doc);
                expected += 1;
                let got = found.get(&address).copied();
                assert!(
                    got.is_some_and(|got| (got - want).abs() <= want.abs() * 1e-5),
                    "{address:?}: {got:?}, want {want}"
                );
            }
        }
        assert!(expected > 1_000, "the words match across windows and segments");
        assert_eq!(found.len(), expected);
        assert_eq!(searcher.search(&query, &Count).unwrap(), expected);
    }

    #[test]
    fn scoring_window_by_window_gives_what_scoring_word_by_word_gives() {
        let (reader, body, tags) = numbered_index();
        let both = BooleanQuery::new(vec![
            (
                Occur::Must,
                Box::new(TermQuery::new(Term::from_field_text(body, "kirsche"), IndexRecordOption::WithFreqs))
                    as Box<dyn Query>,
            ),
            (
                Occur::Must,
                Box::new(TermQuery::new(Term::from_field_text(body, "dattel"), IndexRecordOption::WithFreqs)),
            ),
        ]);
        let words = vec![
            // The same term twice in one word and again in the next: each use counts.
            CoordinatedWord {
                role: Role::Topic,
                ways: vec![
                    way(body, "apfel", 2.0, true),
                    way(body, "apfel", 1.0, true),
                    way(body, "frucht", 0.3, false),
                ],
            },
            CoordinatedWord {
                role: Role::Topic,
                ways: vec![
                    way(body, "birne", 1.0, true),
                    way(body, "apfel", 0.5, true),
                    Way { matcher: Matcher::Query(Box::new(both)), boost: 1.5, counted: true },
                ],
            },
            // Ways alike (a concept reached through two phrases) each add the score.
            CoordinatedWord {
                role: Role::Topic,
                ways: vec![way(body, "feige", 1.0, true), way(body, "kiwi", 1.0, true), way(body, "feige", 1.0, true)],
            },
            // An attribute finds nothing on its own: "gerade" documents without a topic word stay out.
            CoordinatedWord { role: Role::Attribute, ways: vec![way(tags, "gerade", 1.0, true)] },
        ];
        assert_scores_as_word_by_word(&reader, words.clone());
        // Four topic words: the long-question formula.
        let mut long = words;
        long.push(CoordinatedWord { role: Role::Topic, ways: vec![way(body, "kirsche", 1.0, true)] });
        assert_scores_as_word_by_word(&reader, long);
    }

    #[test]
    fn words_beyond_what_a_document_can_record_are_left_out() {
        let (reader, body, _) = numbered_index();
        let many = vec![CoordinatedWord { role: Role::Topic, ways: vec![way(body, "feige", 1.0, true)] }; 40];
        let found = reader.searcher().search(&CoordinationQuery::new(many), &Count).unwrap();
        assert_eq!(found, 13, "every 400th of 5,000 documents");
    }

    #[test]
    fn seeking_lands_where_advancing_does() {
        let (reader, body, _) = numbered_index();
        let searcher = reader.searcher();
        let words = vec![
            CoordinatedWord { role: Role::Topic, ways: vec![way(body, "feige", 1.0, true)] },
            CoordinatedWord { role: Role::Topic, ways: vec![way(body, "dattel", 1.0, true)] },
        ];
        let weight = CoordinationQuery::new(words).weight(EnableScoring::enabled_from_searcher(&searcher)).unwrap();
        let segment = searcher.segment_readers().iter().max_by_key(|s| s.max_doc()).unwrap();
        let mut walked = Vec::new();
        let mut scorer = weight.scorer(segment, 1.0).unwrap();
        while scorer.doc() != TERMINATED {
            walked.push(scorer.doc());
            scorer.advance();
        }
        assert!(walked.len() > 100 && walked.is_sorted(), "{walked:?}");
        for target in [0, 1, 399, 400, 401, 1_023, 1_024, 1_500, 1_999, 2_000] {
            let mut scorer = weight.scorer(segment, 1.0).unwrap();
            let expected = walked.iter().copied().find(|d| *d >= target).unwrap_or(TERMINATED);
            assert_eq!(scorer.seek(target), expected, "seek({target})");
            assert_eq!(scorer.seek(target), expected, "seeking again stays");
            let next = walked.iter().copied().find(|d| *d > expected).unwrap_or(TERMINATED);
            assert_eq!(scorer.advance(), next, "advance after seek({target})");
        }
    }
}
