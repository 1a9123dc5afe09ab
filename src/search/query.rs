use std::collections::{HashMap, HashSet};

use serde::Serialize;
use tantivy::query::FuzzyTermQuery;
use tantivy::schema::Field;
use tantivy::{Searcher, Term};
use tantivy_fst::{IntoStreamer, Streamer};

use super::expand::{doc_freq, prefix_candidates, typo_candidates};
use super::fields::{Fields, Part, group_concept};
use crate::analysis::attributes::{Attribute, AttributeMatch};
use crate::analysis::glossary::Concept;
use crate::analysis::typo::{allowed_typos, typo_distance};
use crate::analysis::{Analyzer, bridge, fold_neutral, is_stopword, lexicon, normalize};
use crate::domain::{Category, Lang};
use crate::gazetteer::bundled_places;

mod compounds;
mod matching;

/// More words than this add nothing but cost; a 10 kB paste is cut here.
const MAX_WORDS: usize = 32;
const TAGS_WEIGHT: f32 = 3.0;
const EXACT_WEIGHT: f32 = 1.0;
const CONCEPT_WEIGHT: f32 = 2.5;
const CONCEPT_CATEGORY_WEIGHT: f32 = 2.5;
const COMPOUND_WEIGHT: f32 = 1.5;
const ATTRIBUTE_WEIGHT: f32 = 10.0;
const TYPO_FACTOR: f32 = 0.4;
const TRANSLATION_FACTOR: f32 = 0.7;
/// The first German words of a query word that offers use; more senses add only noise.
const MAX_TRANSLATIONS: usize = 3;
const TRIGRAM_WEIGHT: f32 = 0.3;
/// A word must share this share of its trigrams with an indexed word.
const TRIGRAM_SHARE_PERCENT: usize = 60;
/// Shorter words have too few trigrams to tell apart.
const MIN_TRIGRAMS: usize = 5;
const PREFIX_FACTOR: f32 = 0.5;
/// How many words on the compound whose head a hyphenated word shares may stand.
const ELLIPSIS_REACH: usize = 4;
/// What joins compounds that share their head: "Integrations- und Sprachkurse".
const JOINING_WORDS: [&str; 4] = ["und", "oder", "bzw", "sowie"];
/// Compound parts shorter than this are too easily found inside other words.
const MIN_PART_CHARS: usize = 4;

fn weight(part: Part) -> f32 {
    match part {
        Part::Title => 2.0,
        Part::Summary => 2.0,
        Part::Description => 1.0,
    }
}

/// How a word matched an offer; the API reports it per hit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    Exact,
    Stem,
    Compound,
    Concept,
    /// A German word the query word means, from the bridge's dictionaries.
    Translation,
    Attribute,
    Typo,
    Prefix,
    /// Enough of the word's three-letter pieces: the last resort for a word found no other way.
    Trigram,
}

/// One way a word can match: every clause must hold, a clause by any of its terms.
#[derive(Clone, Debug)]
pub struct Alternative {
    pub clauses: Vec<Vec<Term>>,
    pub boost: f32,
    pub rule: Rule,
    pub lang: Option<Lang>,
    /// What it matched through: the corrected word, the concept, the town.
    pub via: String,
    /// Whether it makes the word count as matched; a generic concept ("help", "Angebot") only
    /// adds to an offer that matched the word otherwise.
    pub counted: bool,
}

/// One word of the query with every way it can match.
pub struct QueryWord {
    pub text: String,
    /// A function word, or a word found nowhere: it takes no part in the search.
    pub stop: bool,
    /// Names a property (a town, "free", a target group) rather than the topic.
    pub attribute: bool,
    pub alternatives: Vec<Alternative>,
}

/// The query's words analysed for the given languages.
pub struct AnalysedQuery {
    pub words: Vec<QueryWord>,
    /// Terms to highlight per language (`None` holds the neutral forms).
    pub highlight: HashMap<Option<Lang>, HashSet<String>>,
    /// The query with misspelled words replaced by their likeliest correction.
    pub suggestion: Option<String>,
}

struct Builder<'a> {
    fields: &'a Fields,
    searcher: &'a Searcher,
    langs: &'a [Lang],
    words: Vec<QueryWord>,
    folded: Vec<String>,
    highlight: HashMap<Option<Lang>, HashSet<String>>,
}

/// Splits the user's text into words and finds every way each can match; any text is valid,
/// nothing is parsed as query syntax.
pub fn analyse(fields: &Fields, searcher: &Searcher, text: &str, langs: &[Lang]) -> AnalysedQuery {
    let mut builder =
        Builder { fields, searcher, langs, words: Vec::new(), folded: Vec::new(), highlight: HashMap::new() };
    let tokens: Vec<_> = Analyzer::neutral().tokens(text).into_iter().take(MAX_WORDS).collect();
    let mut compounds = Vec::new();
    let completions = builder.elided_heads(text, &tokens);
    for (token, completion) in tokens.iter().zip(completions) {
        let original = completion.as_deref().unwrap_or(&text[token.offset_from..token.offset_to]);
        let stop = langs.iter().any(|lang| is_stopword(*lang, original)) && !is_acronym(original);
        let group_split = if langs.contains(&Lang::De) { group_and_head(original) } else { None };
        if let Some((group, head)) = group_split {
            // "Frauendeutschkurs" asks for a German course, for women: the group orders the
            // courses found, as a separate "Frauen" would.
            for part in [group, head] {
                builder.words.push(QueryWord { text: part.clone(), stop, attribute: false, alternatives: Vec::new() });
                builder.folded.push(fold_neutral(&part));
                compounds.push(None);
            }
            *compounds.last_mut().expect("the head was pushed") = Some(token.text.clone());
        } else {
            builder.words.push(QueryWord {
                text: original.to_owned(),
                stop,
                attribute: false,
                alternatives: Vec::new(),
            });
            builder.folded.push(completion.as_deref().map_or_else(|| token.text.clone(), fold_neutral));
            compounds.push(None);
        }
    }
    for (i, whole) in compounds.into_iter().enumerate() {
        builder.add_exact_and_stems(i);
        builder.add_compound_split(i);
        if let Some(whole) = whole {
            builder.add_expansion(i, &whole, 1.0, Rule::Exact);
        }
    }
    builder.add_joined_words();
    builder.add_concepts();
    builder.add_translations();
    builder.add_attributes();
    let suggestion = builder.add_typos();
    let still_typing =
        tokens.last().is_some_and(|t| t.offset_to == text.trim_end().len() && !text.ends_with(char::is_whitespace));
    if still_typing && !builder.words.is_empty() {
        builder.add_prefix(builder.words.len() - 1);
    }
    if builder.words.iter().all(|w| w.stop) {
        // "was ist das": function words are all there is to go by.
        builder.words.iter_mut().for_each(|w| w.stop = false);
    }
    AnalysedQuery { words: builder.words, highlight: builder.highlight, suggestion }
}

/// A German compound whose first part names a group of people, split into that part and the
/// rest: "Frauendeutschkurs" → (frauen, deutschkurs).
/// A compound the glossary knows as a whole ("Kinderbetreuung") stays whole.
fn group_and_head(word: &str) -> Option<(String, String)> {
    let (glossary, german) = (&lexicon().glossary, Analyzer::for_lang(Lang::De));
    let stem = |text: &str| german.tokens(text).into_iter().next().map(|t| t.text);
    if !glossary.find(Lang::De, &[stem(word)?]).is_empty() {
        return None;
    }
    let parts = lexicon().compounds.split(&normalize(Lang::De, word))?;
    let (group, head) = parts.split_first()?;
    let names_group =
        glossary.find(Lang::De, &[stem(group)?]).iter().any(|f| glossary.concept(f.concept).is_target_group());
    (names_group && !head.is_empty()).then(|| (group.clone(), head.concat()))
}

/// "BuT", "BAMF", "IT": capitals after the first letter mark an abbreviation, never a function
/// word, even where it is spelled like one.
fn is_acronym(word: &str) -> bool {
    word.chars().skip(1).any(char::is_uppercase)
}

impl Builder<'_> {
    fn push(&mut self, word: usize, alternative: Alternative) {
        self.words[word].alternatives.push(alternative);
    }

    /// Whether some offer has this folded word.
    fn indexed(&self, folded: &str) -> bool {
        self.doc_freq(self.fields.neutral, folded) > 0
    }

    fn doc_freq(&self, field: Field, text: &str) -> u64 {
        doc_freq(self.searcher, field, text)
    }

    fn term(field: Field, text: &str) -> Term {
        Term::from_field_text(field, text)
    }

    /// The word as written (neutral field, tags) and stemmed in each language's fields.
    fn add_exact_and_stems(&mut self, i: usize) {
        let folded = self.folded[i].clone();
        let (fields, original) = (self.fields, self.words[i].text.clone());
        self.push(
            i,
            Alternative {
                clauses: vec![vec![Self::term(fields.neutral, &folded)]],
                boost: EXACT_WEIGHT,
                rule: Rule::Exact,
                lang: None,
                via: folded.clone(),
                counted: true,
            },
        );
        self.push(
            i,
            Alternative {
                clauses: vec![vec![Self::term(fields.tags, &folded)]],
                boost: TAGS_WEIGHT,
                rule: Rule::Exact,
                lang: None,
                via: folded.clone(),
                counted: true,
            },
        );
        self.highlight.entry(None).or_default().insert(folded);
        for &lang in self.langs {
            let Some(stem) = Analyzer::for_lang(lang).tokens(&original).into_iter().next().map(|t| t.text) else {
                continue;
            };
            self.add_stem(i, lang, &stem, 1.0, Rule::Stem, &original);
            if lang == Lang::De {
                let term = Self::term(fields.compounds, &stem);
                self.push(
                    i,
                    Alternative {
                        clauses: vec![vec![term]],
                        boost: COMPOUND_WEIGHT,
                        rule: Rule::Compound,
                        lang: Some(lang),
                        via: original.clone(),
                        counted: true,
                    },
                );
            }
        }
    }

    fn add_stem(&mut self, i: usize, lang: Lang, stem: &str, factor: f32, rule: Rule, via: &str) {
        for part in Part::ALL {
            let term = Self::term(self.fields.text(lang, part), stem);
            self.push(
                i,
                Alternative {
                    clauses: vec![vec![term]],
                    boost: weight(part) * factor,
                    rule,
                    lang: Some(lang),
                    via: via.to_owned(),
                    counted: true,
                },
            );
        }
        self.highlight.entry(Some(lang)).or_default().insert(stem.to_owned());
    }

    /// Words and phrases of the glossary, in any searched language or typed without their
    /// diacritics, match the concept; so do glossary words within a typo.
    fn add_concepts(&mut self) {
        let glossary = &lexicon().glossary;
        let mut passes: Vec<(Option<Lang>, Vec<String>, Rule, f32)> = Vec::new();
        for &lang in self.langs {
            let analyzer = Analyzer::for_lang(lang);
            let first = |w: &QueryWord| analyzer.tokens(&w.text).into_iter().next().map(|t| t.text).unwrap_or_default();
            passes.push((Some(lang), self.words.iter().map(first).collect(), Rule::Concept, 1.0));
        }
        passes.push((None, self.folded.clone(), Rule::Concept, 1.0));
        let corrected = self.glossary_corrections();
        if corrected != self.folded {
            passes.push((None, corrected, Rule::Typo, TYPO_FACTOR));
        }
        for (lang, terms, rule, factor) in passes {
            for found in glossary.find(lang, &terms) {
                if found.end - found.start == 1 && self.words[found.start].stop {
                    continue;
                }
                let concept = glossary.concept(found.concept);
                let targets = concept_targets(concept);
                let via = concept.name(Lang::De).unwrap_or(&concept.id).to_owned();
                for word in found.start..found.end {
                    for target in &targets {
                        let clauses = vec![vec![Self::term(self.fields.concepts, &target.term)]];
                        let (via, boost, counted) = (via.clone(), target.boost * factor, target.counted);
                        self.push(word, Alternative { clauses, boost, rule, lang, via, counted });
                    }
                    if concept.is_target_group() {
                        self.words[word].attribute = true;
                    }
                    if let Some(attribute) = Attribute::of_concept(concept) {
                        self.push_attribute(word, &attribute, lang);
                    }
                }
            }
        }
    }

    /// Words of other languages also match the German words they mean, where offers use those,
    /// and the concepts those German words name ("ديون" → Schulden → debt counseling).
    fn add_translations(&mut self) {
        let german = Analyzer::for_lang(Lang::De);
        let glossary = &lexicon().glossary;
        for i in 0..self.words.len() {
            // A word the German offers use as it is, is German ("Kind" is no English word here).
            if self.words[i].stop || self.doc_freq(self.fields.compounds, &self.folded[i]) > 0 {
                continue;
            }
            for &lang in self.langs.iter().filter(|l| **l != Lang::De) {
                let Some(bridge) = bridge(lang) else { continue };
                let found: Vec<(String, String)> = bridge
                    .german(&normalize(lang, &self.words[i].text))
                    .iter()
                    .filter_map(|word| german.tokens(word).into_iter().next().map(|t| (word.clone(), t.text)))
                    .filter(|(_, stem)| self.doc_freq(self.fields.compounds, stem) > 0)
                    .take(MAX_TRANSLATIONS)
                    .collect();
                for (word, stem) in found {
                    let term = Self::term(self.fields.compounds, &stem);
                    let via = word.clone();
                    let (boost, lang) = (COMPOUND_WEIGHT * TRANSLATION_FACTOR, Some(lang));
                    self.push(
                        i,
                        Alternative {
                            clauses: vec![vec![term]],
                            boost,
                            rule: Rule::Translation,
                            lang,
                            via,
                            counted: true,
                        },
                    );
                    self.add_stem(i, Lang::De, &stem, TRANSLATION_FACTOR, Rule::Translation, &word);
                    for concept in glossary.find(Lang::De, std::slice::from_ref(&stem)) {
                        let concept = glossary.concept(concept.concept);
                        for target in concept_targets(concept) {
                            let clauses = vec![vec![Self::term(self.fields.concepts, &target.term)]];
                            let boost = target.boost * TRANSLATION_FACTOR;
                            let counted = target.counted;
                            self.push(
                                i,
                                Alternative {
                                    clauses,
                                    boost,
                                    rule: Rule::Translation,
                                    lang,
                                    via: word.clone(),
                                    counted,
                                },
                            );
                        }
                    }
                }
            }
        }
    }

    /// The folded words with each unknown one replaced by the closest glossary word within its
    /// typo budget: "нострификація" → "нострифікація", so a misspelled word in any script still
    /// reaches the concept. The vocabulary is searched by an automaton of the word's typos.
    fn glossary_corrections(&self) -> Vec<String> {
        let vocabulary = lexicon().glossary.vocabulary();
        self.folded
            .iter()
            .enumerate()
            .map(|(i, word)| {
                let budget = allowed_typos(word);
                if budget == 0 || self.words[i].stop || vocabulary.contains_key(word) || self.indexed(word) {
                    return word.clone();
                }
                let query = FuzzyTermQuery::new(Self::term(self.fields.neutral, word), budget, true);
                let Ok(near) = query.automaton() else { return word.clone() };
                let mut stream = vocabulary.search(near).into_stream();
                let mut candidates = Vec::new();
                while let Some((candidate, _)) = stream.next() {
                    candidates.extend(std::str::from_utf8(candidate).ok().map(str::to_owned));
                }
                let closest = closest(word, candidates.iter().map(String::as_str), usize::from(budget));
                closest.unwrap_or_else(|| word.clone())
            })
            .collect()
    }

    /// Towns, offer languages and levels named in the query match the offer's fields; a town
    /// misspelled within the typo budget too. A word that only names a town ranks offers there
    /// first but is not required, so the same offers elsewhere still show.
    fn add_attributes(&mut self) {
        let attributes = &lexicon().attributes;
        let mut found = attributes.find(&self.folded);
        for (i, word) in self.folded.iter().enumerate() {
            let budget = usize::from(allowed_typos(word));
            if budget == 0
                || self.words[i].stop
                || self.indexed(word)
                || found.iter().any(|f| (f.start..f.end).contains(&i))
            {
                continue;
            }
            if let Some(close) = closest(word, attributes.single_words(), budget) {
                found.extend(attributes.find(&[close]).into_iter().map(|m| AttributeMatch {
                    start: i,
                    end: i + 1,
                    ..m
                }));
            }
        }
        found.extend(self.towns_in_any_script(&found));
        for found in found {
            for word in found.start..found.end {
                self.push_attribute(word, &found.attribute, None);
            }
        }
    }

    /// A word after a preposition ("في أونا", "в Унні", "در زست") or with a Turkish case ending
    /// ("Soest'te") that names, in any script, a town some offer is in.
    fn towns_in_any_script(&self, found: &[AttributeMatch]) -> Vec<AttributeMatch> {
        let mut towns = Vec::new();
        for (i, word) in self.words.iter().enumerate() {
            let after_preposition = i > 0 && self.words[i - 1].stop;
            let taken = found.iter().any(|f| (f.start..f.end).contains(&i));
            if word.stop || taken || !(after_preposition || word.text.contains(['\'', '’'])) {
                continue;
            }
            let Some(place) = bundled_places().town_in_any_script(&word.text) else { continue };
            if self.doc_freq(self.fields.city, &place.name) > 0 {
                towns.push(AttributeMatch { start: i, end: i + 1, attribute: Attribute::City(place.name.clone()) });
            }
        }
        towns
    }

    fn push_attribute(&mut self, word: usize, attribute: &Attribute, lang: Option<Lang>) {
        self.words[word].attribute = true;
        let f = self.fields;
        let (term, via) = match attribute {
            Attribute::City(city) => (Term::from_field_text(f.city, city), city.clone()),
            Attribute::Language(code) => (Term::from_field_text(f.language, code.as_str()), code.to_string()),
            Attribute::Level(level) => (Term::from_field_text(f.level, level.code()), level.code().to_owned()),
            Attribute::Free => (Term::from_field_bool(f.free, true), "free".to_owned()),
            Attribute::Childcare => (Term::from_field_bool(f.childcare, true), "childcare".to_owned()),
            Attribute::Online => (Term::from_field_bool(f.online, true), "online".to_owned()),
        };
        self.push(
            word,
            Alternative {
                clauses: vec![vec![term]],
                boost: ATTRIBUTE_WEIGHT,
                rule: Rule::Attribute,
                lang,
                via,
                counted: true,
            },
        );
    }

    /// Words within the typo budget of an indexed word match it too, weaker; a word found
    /// nowhere as typed gets a suggestion.
    fn add_typos(&mut self) -> Option<String> {
        let mut corrected = Vec::new();
        let mut any_correction = false;
        for i in 0..self.words.len() {
            let folded = self.folded[i].clone();
            // A word the offers use is spelled right: "suche" is not a typo of "suchen".
            let unknown = !self.indexed(&folded)
                && !self.words[i].alternatives.iter().any(|a| matches!(a.rule, Rule::Concept | Rule::Attribute));
            let candidates = if self.words[i].stop || !unknown {
                Vec::new()
            } else {
                typo_candidates(self.searcher, self.fields.neutral, &folded)
            };
            match candidates.first() {
                Some(best) if unknown => {
                    corrected.push(best.clone());
                    any_correction = true;
                }
                _ => corrected.push(self.words[i].text.clone()),
            }
            for candidate in candidates {
                self.add_expansion(i, &candidate, TYPO_FACTOR, Rule::Typo);
            }
        }
        any_correction.then(|| corrected.join(" "))
    }

    fn add_prefix(&mut self, i: usize) {
        if self.folded[i].chars().count() < 3 {
            return;
        }
        for candidate in prefix_candidates(self.searcher, self.fields.neutral, &self.folded[i]) {
            self.add_expansion(i, &candidate, PREFIX_FACTOR, Rule::Prefix);
        }
    }

    /// `candidate` (a neutral-field word) stands in for word `i` in every field, weakened.
    fn add_expansion(&mut self, i: usize, candidate: &str, factor: f32, rule: Rule) {
        let term = Self::term(self.fields.neutral, candidate);
        self.push(
            i,
            Alternative {
                clauses: vec![vec![term]],
                boost: EXACT_WEIGHT * factor,
                rule,
                lang: None,
                via: candidate.to_owned(),
                counted: true,
            },
        );
        self.highlight.entry(None).or_default().insert(candidate.to_owned());
        for &lang in self.langs {
            if let Some(stem) = Analyzer::for_lang(lang).tokens(candidate).into_iter().next().map(|t| t.text) {
                self.add_stem(i, lang, &stem, factor, rule, candidate);
            }
        }
    }
}

/// The closest of `candidates` to `word` within `budget` typos; ties go to the first.
fn closest<'a>(word: &str, candidates: impl Iterator<Item = &'a str>, budget: usize) -> Option<String> {
    let length = word.chars().count();
    candidates
        .filter(|c| c.chars().count().abs_diff(length) <= budget)
        .map(|c| (typo_distance(word, c), c))
        .filter(|(distance, _)| *distance <= budget)
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, c)| c.to_owned())
}

/// A concept term a query word matches, how strongly, and whether it makes the word count as
/// matched.
struct Target {
    term: String,
    boost: f32,
    counted: bool,
}

/// The concept terms a glossary concept matches: the concept itself, and more weakly the
/// category and target group it implies, which add to an offer's score but never make it an
/// answer on their own ("Jugendmigrationsdienst" is not every counseling offer).
fn concept_targets(concept: &Concept) -> Vec<Target> {
    let counted = !concept.is_generic();
    let mut targets = vec![Target { term: concept.id.clone(), boost: CONCEPT_WEIGHT, counted }];
    if let Some(category) = concept.category.filter(|c| c.code() != concept.id && *c != Category::Other) {
        targets.push(Target { term: category.code().to_owned(), boost: CONCEPT_CATEGORY_WEIGHT, counted: false });
    }
    if let Some(group) = concept.target_group.filter(|_| !concept.is_target_group()) {
        targets.push(Target { term: group_concept(group), boost: CONCEPT_CATEGORY_WEIGHT, counted: false });
    }
    targets
}
