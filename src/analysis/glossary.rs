//! The multilingual concept glossary: words and phrases in seven languages mapped to shared
//! concepts, so an Arabic query finds a German-only offer.

use std::collections::{BTreeSet, HashMap};

use serde::Deserialize;
use tantivy_fst::Map;

use super::Analyzer;
use crate::domain::{Category, Lang, Level, TargetGroup};

const FILES: &[&str] = &[
    include_str!("../../data/glossary/00-categories-groups.json"),
    include_str!("../../data/glossary/01-arrival.json"),
    include_str!("../../data/glossary/02-residence.json"),
    include_str!("../../data/glossary/03-language.json"),
    include_str!("../../data/glossary/04-counseling.json"),
    include_str!("../../data/glossary/05-work.json"),
    include_str!("../../data/glossary/06-recognition.json"),
    include_str!("../../data/glossary/07-school.json"),
    include_str!("../../data/glossary/08-family.json"),
    include_str!("../../data/glossary/09-health.json"),
    include_str!("../../data/glossary/10-housing.json"),
    include_str!("../../data/glossary/11-money.json"),
    include_str!("../../data/glossary/12-leisure.json"),
    include_str!("../../data/glossary/13-attributes.json"),
    include_str!("../../data/glossary/14-own-words.json"),
];

/// One concept and what it says about offers.
#[derive(Clone, Debug, Deserialize)]
pub struct Concept {
    pub id: String,
    #[serde(default)]
    pub category: Option<Category>,
    #[serde(default)]
    pub target_group: Option<TargetGroup>,
    #[serde(default)]
    pub level: Option<Level>,
    #[serde(flatten)]
    terms: HashMap<Lang, Vec<String>>,
}

impl Concept {
    /// The concept's first term in `lang`: its official name there.
    pub fn name(&self, lang: Lang) -> Option<&str> {
        self.terms.get(&lang).and_then(|t| t.first()).map(String::as_str)
    }

    /// The catch-all ("help", "information", "Angebot"): it names no kind of offer, so it
    /// never counts as what a query asks for.
    pub fn is_generic(&self) -> bool {
        self.id == Category::Other.code()
    }

    /// Names a group of people ("women", "Jugendliche") and nothing else: who an offer is for,
    /// not what it is.
    pub fn is_target_group(&self) -> bool {
        self.target_group.is_some() && self.category.is_none()
    }
}

/// Concept `concept` was named by the analysed terms `start..end`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ConceptMatch {
    pub start: usize,
    pub end: usize,
    pub concept: usize,
}

/// Joins the terms of a phrase key; no analysed term holds it.
const JOIN: &str = "\u{1f}";

pub struct Glossary {
    concepts: Vec<Concept>,
    /// Per language (`None`: folded, unstemmed, any language), an analysed term sequence joined
    /// by [`JOIN`] → the concepts it names. Every shorter start of a phrase is a key too (with
    /// no concepts), so a look-up stops at the first word no phrase goes on with. The folded
    /// keys catch words typed without their diacritics.
    terms: HashMap<Option<Lang>, HashMap<String, Vec<usize>>>,
    /// Every folded single word of the glossary, for typo correction: a set searched by an
    /// automaton finds the words within a typo budget without measuring each.
    vocabulary: Map<Vec<u8>>,
    longest: usize,
}

impl Glossary {
    pub fn bundled() -> Glossary {
        let concepts = FILES
            .iter()
            .flat_map(|text| serde_json::from_str::<Vec<Concept>>(text).expect("the bundled glossary is valid JSON"))
            .collect();
        Glossary::new(concepts)
    }

    pub fn new(concepts: Vec<Concept>) -> Glossary {
        let mut terms: HashMap<Option<Lang>, HashMap<String, Vec<usize>>> = HashMap::new();
        let mut vocabulary = BTreeSet::new();
        let mut longest = 1;
        for (index, concept) in concepts.iter().enumerate() {
            for (lang, words) in &concept.terms {
                for word in words {
                    for analyzer_lang in [Some(*lang), None] {
                        let analyzer = analyzer_lang.map_or_else(Analyzer::neutral, Analyzer::for_lang);
                        let key: Vec<String> = analyzer.tokens(word).into_iter().map(|t| t.text).collect();
                        if key.is_empty() {
                            continue;
                        }
                        if analyzer_lang.is_none() {
                            vocabulary.extend(key.iter().cloned());
                        }
                        longest = longest.max(key.len());
                        let phrases = terms.entry(analyzer_lang).or_default();
                        for start in 1..key.len() {
                            phrases.entry(key[..start].join(JOIN)).or_default();
                        }
                        let entry = phrases.entry(key.join(JOIN)).or_default();
                        if !entry.contains(&index) {
                            entry.push(index);
                        }
                    }
                }
            }
        }
        let vocabulary = Map::from_iter(vocabulary.into_iter().map(|word| (word, 0)))
            .expect("a sorted set of words makes an automaton");
        Glossary { concepts, terms, vocabulary, longest }
    }

    /// Every folded single word the glossary knows.
    pub fn vocabulary(&self) -> &Map<Vec<u8>> {
        &self.vocabulary
    }

    pub fn concept(&self, index: usize) -> &Concept {
        &self.concepts[index]
    }

    pub fn concepts(&self) -> &[Concept] {
        &self.concepts
    }

    pub fn len(&self) -> usize {
        self.concepts.len()
    }

    pub fn is_empty(&self) -> bool {
        self.concepts.is_empty()
    }

    /// Every concept named in `terms` (analysed with `lang`'s analyzer, or folded by the neutral
    /// one for `None`); an empty term is a gap no phrase spans.
    pub fn find(&self, lang: impl Into<Option<Lang>>, terms: &[String]) -> Vec<ConceptMatch> {
        let mut found = Vec::new();
        let Some(phrases) = self.terms.get(&lang.into()) else {
            return found;
        };
        let mut key = String::new();
        for start in 0..terms.len() {
            key.clear();
            for end in (start + 1)..=(start + self.longest).min(terms.len()) {
                if terms[end - 1].is_empty() {
                    break;
                }
                if end > start + 1 {
                    key.push_str(JOIN);
                }
                key.push_str(&terms[end - 1]);
                let Some(concepts) = phrases.get(key.as_str()) else {
                    break;
                };
                found.extend(concepts.iter().map(|&concept| ConceptMatch { start, end, concept }));
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(lang: Lang, text: &str) -> Vec<String> {
        crate::analysis::analyze(Some(lang), text)
    }

    fn concept_ids(glossary: &Glossary, lang: Lang, text: &str) -> Vec<String> {
        glossary.find(lang, &terms(lang, text)).iter().map(|m| glossary.concept(m.concept).id.clone()).collect()
    }

    #[test]
    fn the_bundled_glossary_has_every_category_and_over_300_concepts() {
        let glossary = Glossary::bundled();
        assert!(glossary.len() >= 300, "{}", glossary.len());
        for category in Category::ALL {
            assert!(
                glossary.concepts().iter().any(|c| c.category == Some(category) && c.id == category.code()),
                "{category}"
            );
        }
        // The glossary's own languages; the others reach its concepts through the bridge.
        let written_in = [Lang::De, Lang::En, Lang::Ar, Lang::Uk, Lang::Ru, Lang::Tr, Lang::Fa];
        for concept in glossary.concepts() {
            for lang in written_in {
                assert!(concept.terms.get(&lang).is_some_and(|t| !t.is_empty()), "{} lacks {lang}", concept.id);
            }
        }
    }

    #[test]
    fn phrases_in_any_language_name_the_same_concept() {
        let glossary = Glossary::bundled();
        assert!(concept_ids(&glossary, Lang::De, "Integrationskurse").contains(&"integration_course".to_owned()));
        assert!(concept_ids(&glossary, Lang::Ar, "دورة الاندماج").contains(&"integration_course".to_owned()));
        assert!(concept_ids(&glossary, Lang::Uk, "інтеграційний курс").contains(&"integration_course".to_owned()));
    }

    #[test]
    fn a_phrase_is_found_whole_and_its_start_alone_names_nothing() {
        let concepts = serde_json::from_str(
            r#"[{"id": "family_house", "de": ["Haus der Familie"]}, {"id": "family", "de": ["Familie"]}]"#,
        )
        .unwrap();
        let glossary = Glossary::new(concepts);
        let found = glossary.find(Lang::De, &terms(Lang::De, "im Haus der Familie heute"));
        let spans: Vec<_> = found.iter().map(|m| (glossary.concept(m.concept).id.as_str(), m.start, m.end)).collect();
        assert_eq!(spans, [("family_house", 1, 4), ("family", 3, 4)]);
        assert!(glossary.find(Lang::De, &terms(Lang::De, "Haus der")).is_empty());
        assert!(glossary.find(Lang::En, &terms(Lang::En, "house of the family")).is_empty());
    }
}
