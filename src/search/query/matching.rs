//! The analysed query as tantivy queries: each word by its best way of matching, the words
//! together by coordination, and the trigram last resort for a word found no other way.

use tantivy::Term;
use tantivy::query::{BooleanQuery, BoostQuery, DisjunctionMaxQuery, Occur, Query, TermQuery};
use tantivy::schema::IndexRecordOption;

use super::{Alternative, AnalysedQuery, MIN_TRIGRAMS, QueryWord, Rule, TRIGRAM_SHARE_PERCENT, TRIGRAM_WEIGHT};
use crate::analysis::trigrams;
use crate::search::coordination::{CoordinatedWord, CoordinationQuery, Matcher, Role, TIE_BREAKER, Way};
use crate::search::fields::Fields;

impl AnalysedQuery {
    /// Offers matching any topic word, ranked by how many they match; see `coordination`.
    pub fn query(&self) -> Box<dyn Query> {
        Box::new(CoordinationQuery::new(self.coordinated_words()))
    }

    /// What matches each attribute word (a town, "free") of a query that also has a topic.
    pub fn attribute_queries(&self) -> Vec<Box<dyn Query>> {
        let words = self.coordinated_words().into_iter().filter(|w| w.role == Role::Attribute);
        words.map(|w| w.counted_query()).collect()
    }

    /// The content words with their roles. With no topic word the attribute words are the
    /// topic ("Kinderbetreuung in Unna").
    fn coordinated_words(&self) -> Vec<CoordinatedWord> {
        let content: Vec<&QueryWord> = self.words.iter().filter(|w| !w.stop).collect();
        let as_topic = content.iter().all(|w| w.attribute);
        content.iter().filter_map(|w| w.coordinated(as_topic)).collect()
    }
}

impl QueryWord {
    /// Every way the word counts as matched, best one first.
    pub fn query(&self) -> Box<dyn Query> {
        Self::best_of(self.alternatives.iter().filter(|a| a.counted))
    }

    fn best_of<'a>(alternatives: impl Iterator<Item = &'a Alternative>) -> Box<dyn Query> {
        let disjuncts = alternatives.map(Alternative::query).collect();
        Box::new(DisjunctionMaxQuery::with_tie_breaker(disjuncts, TIE_BREAKER))
    }

    /// An attribute word that names a property of the offer's record (childcare, a town) is
    /// matched by that property, not by the word in some text ("keine Kinderbetreuung"). An
    /// attribute is matched or not, it adds no score: only its counted ways are read ("kostenlos"
    /// in every text field of 100,000 offers was a sixth of a long question's postings).
    fn coordinated(&self, as_topic: bool) -> Option<CoordinatedWord> {
        let role = if self.attribute && !as_topic { Role::Attribute } else { Role::Topic };
        let by_record = role == Role::Attribute && self.alternatives.iter().any(|a| a.rule == Rule::Attribute);
        let counts = |a: &Alternative| a.counted && (!by_record || a.rule == Rule::Attribute);
        if !self.alternatives.iter().any(counts) {
            return None;
        }
        let read = self.alternatives.iter().filter(|a| role == Role::Topic || counts(a));
        let ways = read.map(|a| Way { matcher: a.matcher(), boost: a.boost, counted: counts(a) });
        Some(CoordinatedWord { role, ways: ways.collect() })
    }
}

impl Alternative {
    fn query(&self) -> Box<dyn Query> {
        Box::new(BoostQuery::new(self.matcher().query(), self.boost))
    }

    /// What the alternative looks for, without its boost.
    fn matcher(&self) -> Matcher {
        let term_query =
            |term: &Term| Box::new(TermQuery::new(term.clone(), IndexRecordOption::WithFreqs)) as Box<dyn Query>;
        let clause_query = |clause: &[Term]| match clause {
            [single] => term_query(single),
            any => Box::new(BooleanQuery::new(any.iter().map(|t| (Occur::Should, term_query(t))).collect())),
        };
        match self.clauses.as_slice() {
            _ if self.rule == Rule::Trigram => {
                let mut any =
                    BooleanQuery::new(self.clauses.iter().map(|c| (Occur::Should, clause_query(c))).collect());
                any.set_minimum_number_should_match(self.required_clauses());
                Matcher::Query(Box::new(any))
            }
            [single] => match single.as_slice() {
                [term] => Matcher::Term(term.clone()),
                any => Matcher::Query(clause_query(any)),
            },
            all => Matcher::Query(Box::new(BooleanQuery::new(
                all.iter().map(|c| (Occur::Must, clause_query(c))).collect(),
            ))),
        }
    }

    /// How many clauses must hold: all, but for trigrams a share of them.
    pub fn required_clauses(&self) -> usize {
        if self.rule == Rule::Trigram {
            (self.clauses.len() * TRIGRAM_SHARE_PERCENT).div_ceil(100).max(1)
        } else {
            self.clauses.len()
        }
    }
}

impl QueryWord {
    /// The last resort for a word found no other way: its three-letter pieces in the trigram
    /// field, enough of them to be the same word misspelled beyond the typo rules.
    pub fn add_trigrams(&mut self, fields: &Fields) -> bool {
        let grams = trigrams(&crate::analysis::fold_neutral(&self.text));
        if grams.len() < MIN_TRIGRAMS {
            return false;
        }
        let clauses = grams.iter().map(|g| vec![Term::from_field_text(fields.trigrams, g)]).collect();
        let via = self.text.clone();
        self.alternatives.push(Alternative {
            clauses,
            boost: TRIGRAM_WEIGHT,
            rule: Rule::Trigram,
            lang: None,
            via,
            counted: true,
        });
        true
    }
}

#[cfg(test)]
mod tests {
    use tantivy::schema::Field;

    use super::*;

    #[test]
    fn an_attribute_word_reads_only_the_ways_that_decide_whether_it_matched() {
        let way = |text: &str, rule, counted| Alternative {
            clauses: vec![vec![Term::from_field_text(Field::from_field_id(0), text)]],
            boost: 1.0,
            rule,
            lang: None,
            via: String::new(),
            counted,
        };
        let word = QueryWord {
            text: "kostenlos".into(),
            stop: false,
            attribute: true,
            alternatives: vec![
                way("free", Rule::Attribute, true),
                way("kostenlos", Rule::Exact, true),
                way("angebot", Rule::Concept, false),
            ],
        };
        let attribute = word.coordinated(false).expect("the record's way counts");
        assert_eq!(attribute.role, Role::Attribute);
        assert_eq!(attribute.ways.iter().map(|w| w.counted).collect::<Vec<_>>(), [true], "the record alone");
        let topic = word.coordinated(true).expect("its counted ways count");
        assert_eq!(topic.role, Role::Topic);
        assert_eq!(topic.ways.iter().map(|w| w.counted).collect::<Vec<_>>(), [true, true, false], "every way scores");
    }
}
