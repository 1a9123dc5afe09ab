//! Scoring the words of a query a window of documents at a time: each source's postings in the
//! window are read once, their scores summed into each word's parts, and each document a topic
//! word found is then scored from its words' sums.

use tantivy::fieldnorm::FieldNormReader;
use tantivy::postings::{Postings, SegmentPostings};
use tantivy::query::{Bm25Weight, Scorer};
use tantivy::schema::IndexRecordOption;
use tantivy::{DocId, DocSet, Score, SegmentReader, TERMINATED, Term};

use super::{ATTRIBUTE_GAIN, Role, Source, TIE_BREAKER, Target, coordinate, part};

/// Documents scored together: each term's postings are read a window at a time.
const WINDOW: usize = 1024;
const WINDOW_WORDS: usize = WINDOW / 64;

/// A term's postings in one segment, scored by BM25 (or 1 when scores are not wanted); the
/// concrete type lets the window loop read them without a call through a table.
pub(super) struct TermReads {
    postings: SegmentPostings,
    norms: FieldNormReader,
    bm25: Option<Bm25Weight>,
}

impl TermReads {
    pub(super) fn open(
        reader: &SegmentReader,
        term: &Term,
        bm25: Option<Bm25Weight>,
    ) -> tantivy::Result<Option<TermReads>> {
        let option = if bm25.is_some() { IndexRecordOption::WithFreqs } else { IndexRecordOption::Basic };
        let Some(postings) = reader.inverted_index(term.field())?.read_postings(term, option)? else {
            return Ok(None);
        };
        let norms = match reader.fieldnorms_readers().get_field(term.field())? {
            Some(norms) if bm25.is_some() => norms,
            _ => FieldNormReader::constant(reader.max_doc(), 1),
        };
        Ok((postings.doc() != TERMINATED).then_some(TermReads { postings, norms, bm25 }))
    }
}

impl DocSet for TermReads {
    fn advance(&mut self) -> DocId {
        self.postings.advance()
    }

    fn seek(&mut self, target: DocId) -> DocId {
        self.postings.seek(target)
    }

    fn doc(&self) -> DocId {
        self.postings.doc()
    }

    fn size_hint(&self) -> u32 {
        self.postings.size_hint()
    }
}

impl Scorer for TermReads {
    fn score(&mut self) -> Score {
        match &self.bm25 {
            Some(bm25) => bm25.score(self.norms.fieldnorm_id(self.postings.doc()), self.postings.term_freq()),
            None => 1.0,
        }
    }
}

/// The best score and the sum of scores of one part of a word, for one document.
#[derive(Clone, Copy, Default)]
struct Sums {
    best: Score,
    all: Score,
}

impl Sums {
    /// Adds a score that `times` ways alike gave.
    fn add(&mut self, score: Score, times: u16) {
        self.best = self.best.max(score);
        self.all += score * Score::from(times);
    }

    fn joined(self) -> Score {
        self.best + TIE_BREAKER * (self.all - self.best)
    }
}

/// The scores gathered for a window of documents.
struct Window {
    start: DocId,
    parts: usize,
    /// Per document, the sums of each part.
    sums: Vec<Sums>,
    /// Per document, the parts matched (a bit each).
    matched: Vec<u64>,
    /// The documents some topic word matches: those the scorer yields.
    found: [u64; WINDOW_WORDS],
    /// The documents whose sums must be cleared before the window moves.
    touched: [u64; WINDOW_WORDS],
}

impl Window {
    fn new(parts: usize) -> Window {
        Window {
            start: 0,
            parts,
            sums: vec![Sums::default(); WINDOW * parts],
            matched: vec![0; WINDOW],
            found: [0; WINDOW_WORDS],
            touched: [0; WINDOW_WORDS],
        }
    }

    fn end(&self) -> DocId {
        self.start.saturating_add(WINDOW as DocId)
    }

    /// Adds the scores of what `reads` has in the window, and moves it past the window.
    fn read<S: Scorer + ?Sized>(&mut self, reads: &mut S, targets: &[Target]) {
        let end = self.end();
        let mut doc = reads.doc();
        while doc < end {
            let offset = (doc - self.start) as usize;
            let score = reads.score();
            let sums = &mut self.sums[offset * self.parts..(offset + 1) * self.parts];
            for target in targets {
                sums[target.part].add(score * target.boost, target.times);
                self.matched[offset] |= 1 << target.part;
                if target.finds {
                    self.found[offset / 64] |= 1 << (offset % 64);
                }
            }
            self.touched[offset / 64] |= 1 << (offset % 64);
            doc = reads.advance();
        }
    }

    fn clear(&mut self) {
        for (index, bits) in self.touched.iter_mut().enumerate() {
            while *bits != 0 {
                let offset = index * 64 + bits.trailing_zeros() as usize;
                self.sums[offset * self.parts..(offset + 1) * self.parts].fill(Sums::default());
                self.matched[offset] = 0;
                *bits &= *bits - 1;
            }
        }
        self.found = [0; WINDOW_WORDS];
    }

    /// The offset of the first found document at or after offset `from`.
    fn found_from(&self, from: usize) -> Option<usize> {
        if from >= WINDOW {
            return None;
        }
        let first = self.found[from / 64] & (u64::MAX << (from % 64));
        if first != 0 {
            return Some(from / 64 * 64 + first.trailing_zeros() as usize);
        }
        let later = self.found.iter().enumerate().skip(from / 64 + 1).find(|(_, bits)| **bits != 0);
        later.map(|(index, bits)| index * 64 + bits.trailing_zeros() as usize)
    }
}

/// The documents any topic word matches, scored a window at a time: every source's postings
/// in the window are read once, their scores summed into each word's parts, and each document
/// found is then scored from its words' sums.
pub(super) struct CoordinationScorer {
    terms: Vec<Source<TermReads>>,
    others: Vec<Source<Box<dyn Scorer>>>,
    roles: Vec<Role>,
    topics: usize,
    attributes: usize,
    window: Window,
    doc: DocId,
}

impl CoordinationScorer {
    pub(super) fn new(
        terms: Vec<Source<TermReads>>,
        others: Vec<Source<Box<dyn Scorer>>>,
        roles: Vec<Role>,
    ) -> CoordinationScorer {
        let topics = roles.iter().filter(|r| **r == Role::Topic).count();
        let window = Window::new(2 * roles.len());
        let mut scorer =
            CoordinationScorer { terms, others, attributes: roles.len() - topics, topics, roles, window, doc: 0 };
        scorer.doc = scorer.next_from(0);
        scorer
    }

    /// Fills windows from the first source document on until one has a document found.
    fn refill(&mut self) -> bool {
        loop {
            self.window.clear();
            let firsts = self.terms.iter().map(|s| s.reads.doc()).chain(self.others.iter().map(|s| s.reads.doc()));
            let start = firsts.min().unwrap_or(TERMINATED);
            if start == TERMINATED {
                return false;
            }
            self.window.start = start;
            for source in &mut self.terms {
                self.window.read(&mut source.reads, &source.targets);
            }
            for source in &mut self.others {
                self.window.read(source.reads.as_mut(), &source.targets);
            }
            if self.window.found.iter().any(|bits| *bits != 0) {
                return true;
            }
        }
    }

    /// The first found document at or after `target`, refilling windows as needed.
    fn next_from(&mut self, target: DocId) -> DocId {
        loop {
            if target < self.window.end() {
                if let Some(offset) = self.window.found_from(target.saturating_sub(self.window.start) as usize) {
                    return self.window.start + offset as DocId;
                }
            } else {
                for source in &mut self.terms {
                    if source.reads.doc() < target {
                        source.reads.seek(target);
                    }
                }
                for source in &mut self.others {
                    if source.reads.doc() < target {
                        source.reads.seek(target);
                    }
                }
            }
            if !self.refill() {
                return TERMINATED;
            }
        }
    }
}

impl DocSet for CoordinationScorer {
    fn advance(&mut self) -> DocId {
        if self.doc != TERMINATED {
            self.doc = self.next_from(self.doc + 1);
        }
        self.doc
    }

    fn seek(&mut self, target: DocId) -> DocId {
        if self.doc < target {
            self.doc = self.next_from(target);
        }
        self.doc
    }

    fn doc(&self) -> DocId {
        self.doc
    }

    fn size_hint(&self) -> u32 {
        let terms = self.terms.iter().map(|s| s.reads.size_hint());
        terms.chain(self.others.iter().map(|s| s.reads.size_hint())).max().unwrap_or(0)
    }
}

impl Scorer for CoordinationScorer {
    fn score(&mut self) -> Score {
        if self.doc == TERMINATED {
            return 0.0;
        }
        let window = &self.window;
        let offset = (self.doc - window.start) as usize;
        let sums = &window.sums[offset * window.parts..(offset + 1) * window.parts];
        let matched = window.matched[offset];
        let (mut topic_score, mut topics_matched, mut attributes_matched) = (0.0, 0usize, 0usize);
        for (word, role) in self.roles.iter().enumerate() {
            let (counted, extra) = (part(word, true), part(word, false));
            if matched & (1 << counted) == 0 {
                continue;
            }
            match role {
                Role::Topic => {
                    let extra_score = if matched & (1 << extra) == 0 { 0.0 } else { sums[extra].joined() };
                    topic_score += sums[counted].joined() + extra_score;
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
