//! Words in a query that ask for a property rather than a text: a town ("in Lünen", "Люнен"),
//! the language an offer is given in ("auf Arabisch", "بالعربية"), a level, free, childcare,
//! online. Search turns them into conditions on the offer's fields.

use std::collections::{BTreeMap, HashMap};

use serde::Deserialize;

use super::Analyzer;
use super::glossary::Concept;
use crate::domain::{LangCode, Level};

#[derive(Clone, Debug, PartialEq)]
pub enum Attribute {
    City(String),
    Language(LangCode),
    Level(Level),
    Free,
    Childcare,
    Online,
}

impl Attribute {
    /// What a glossary concept asks of an offer, when it names a property.
    pub fn of_concept(concept: &Concept) -> Option<Attribute> {
        if let Some(level) = concept.level {
            return Some(Attribute::Level(level));
        }
        match concept.id.as_str() {
            "free_of_charge" => Some(Attribute::Free),
            "with_childcare_provided" => Some(Attribute::Childcare),
            "online_format" => Some(Attribute::Online),
            _ => None,
        }
    }
}

#[derive(Deserialize)]
struct QueryWords {
    towns: BTreeMap<String, Vec<String>>,
    languages: BTreeMap<LangCode, Vec<String>>,
}

/// Town and language names in every spelling people use, folded like the neutral field.
pub struct Attributes {
    phrases: HashMap<Vec<String>, Vec<Attribute>>,
    longest: usize,
}

/// `attribute` was named by the query words `start..end`.
#[derive(Clone, Debug, PartialEq)]
pub struct AttributeMatch {
    pub start: usize,
    pub end: usize,
    pub attribute: Attribute,
}

impl Attributes {
    pub fn bundled() -> Attributes {
        let words: QueryWords = serde_json::from_str(include_str!("../../data/query-words.json"))
            .expect("the bundled query words are valid JSON");
        let mut attributes = Attributes { phrases: HashMap::new(), longest: 1 };
        for (town, spellings) in words.towns {
            attributes.add(std::iter::once(&town).chain(&spellings), Attribute::City(town.clone()));
        }
        // Naming German asks for the topic (a German course), not for offers given in German,
        // which nearly all are.
        for (code, names) in words.languages.into_iter().filter(|(code, _)| code.as_str() != "de") {
            attributes.add(&names, Attribute::Language(code));
        }
        for level in Level::ALL {
            attributes.add(&[level.code().to_owned()], Attribute::Level(level));
        }
        attributes
    }

    fn add<'a>(&mut self, phrases: impl IntoIterator<Item = &'a String>, attribute: Attribute) {
        for phrase in phrases {
            let key: Vec<String> = Analyzer::neutral().tokens(phrase).into_iter().map(|t| t.text).collect();
            if key.is_empty() {
                continue;
            }
            self.longest = self.longest.max(key.len());
            let entry = self.phrases.entry(key).or_default();
            if !entry.contains(&attribute) {
                entry.push(attribute.clone());
            }
        }
    }

    /// The one-word names, for typo correction.
    pub fn single_words(&self) -> impl Iterator<Item = &str> {
        self.phrases.keys().filter(|k| k.len() == 1).map(|k| k[0].as_str())
    }

    /// Every attribute named in `words` (folded with the neutral analyzer).
    pub fn find(&self, words: &[String]) -> Vec<AttributeMatch> {
        let mut found = Vec::new();
        for start in 0..words.len() {
            for end in (start + 1)..=(start + self.longest).min(words.len()) {
                if let Some(attributes) = self.phrases.get(&words[start..end]) {
                    found.extend(attributes.iter().map(|a| AttributeMatch { start, end, attribute: a.clone() }));
                }
            }
        }
        found
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn named(text: &str) -> Vec<Attribute> {
        let words: Vec<String> = crate::analysis::analyze(None, text);
        Attributes::bundled().find(&words).into_iter().map(|m| m.attribute).collect()
    }

    #[test]
    fn towns_are_found_in_every_script() {
        for query in ["Kurs in Lünen", "luenen", "курси Люнен", "لونن"] {
            assert!(named(query).contains(&Attribute::City("Lünen".into())), "{query}");
        }
    }

    #[test]
    fn languages_and_levels_are_found() {
        let arabic = Attribute::Language("ar".parse().unwrap());
        assert!(named("Beratung auf Arabisch").contains(&arabic));
        assert!(named("بالعربية").contains(&arabic));
        assert!(named("Kurs B1").contains(&Attribute::Level(Level::B1)));
    }
}
