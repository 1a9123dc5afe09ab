//! Places people name: every German postcode and municipality, with centres, found however the
//! name is written (Latin, Arabic, Persian, Pashto or Cyrillic letters). Imports no web code.
//! May import: analysis, domain.

mod matching;
mod rows;
mod sound;
mod transliterate;

use std::collections::HashMap;

use crate::Result;
use crate::analysis::fold_neutral;
use crate::domain::GeoPoint;

use rows::{read_postcodes, read_towns};
use sound::SoundKey;

/// Kreis Unna and the districts around it: people here mostly mean these towns, so a short,
/// ambiguous spelling ("اونا") is read as one of them rather than as a village far away.
pub const HOME_DISTRICTS: [&str; 9] = ["05978", "05913", "05915", "05914", "05974", "05558", "05562", "05962", "05954"];

const LONGEST_NAME: usize = 64;

/// Looks up a postcode or a town name.
#[derive(Clone, Debug, Default)]
pub struct Gazetteer {
    postcodes: HashMap<String, Place>,
    towns: Vec<Town>,
    /// Folded name ("lunen", "frondenberg") to towns, the most populous first.
    by_name: HashMap<String, Vec<usize>>,
    /// Sound key ("ln", "frndnbrg") to towns, the most populous first.
    by_sound: HashMap<String, Vec<usize>>,
    home_districts: Vec<String>,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Place {
    pub name: String,
    pub point: GeoPoint,
}

/// A municipality as read from `towns.csv`.
#[derive(Clone, Debug, PartialEq)]
struct Town {
    place: Place,
    district_key: String,
    population: u32,
}

/// The places shipped in `data/geo/`, read once: query analysis looks up town words with it.
pub fn bundled_places() -> &'static Gazetteer {
    static PLACES: std::sync::OnceLock<Gazetteer> = std::sync::OnceLock::new();
    PLACES.get_or_init(|| Gazetteer::bundled().expect("the bundled places are valid"))
}

impl Gazetteer {
    /// The places shipped in `data/geo/`, built into the binary.
    pub fn bundled() -> Result<Gazetteer> {
        Gazetteer::parse(include_str!("../data/geo/postcodes.csv"), include_str!("../data/geo/towns.csv"))
    }

    /// Reads the two CSV files: `postcode,town,lat,lon` and `town,district_key,lat,lon[,population]`.
    pub fn parse(postcodes: &str, towns: &str) -> Result<Gazetteer> {
        let mut gazetteer = Gazetteer {
            postcodes: read_postcodes(postcodes)?,
            towns: read_towns(towns)?,
            home_districts: HOME_DISTRICTS.iter().map(|key| (*key).to_owned()).collect(),
            ..Gazetteer::default()
        };
        // Namesakes: the most populous comes first, so it wins a lookup.
        gazetteer.towns.sort_by(|a, b| b.population.cmp(&a.population).then(a.place.name.cmp(&b.place.name)));
        for (index, town) in gazetteer.towns.iter().enumerate() {
            for name in name_forms(&town.place.name) {
                push_unique(gazetteer.by_name.entry(fold_neutral(name)).or_default(), index);
                if let Some(key) = SoundKey::of_latin(name) {
                    push_unique(gazetteer.by_sound.entry(key.text).or_default(), index);
                }
            }
        }
        Ok(gazetteer)
    }

    /// Reads short or ambiguous spellings as towns of these districts rather than elsewhere.
    pub fn with_home_districts(mut self, district_keys: &[&str]) -> Gazetteer {
        self.home_districts = district_keys.iter().map(|key| (*key).to_owned()).collect();
        self
    }

    /// A "Where?" text to its place: a postcode ("59423", "59423 Unna"), a town name in any
    /// script ("Unna", "أونا", "Унна", "Unna'da"), or a short phrase naming one ("في أونا").
    pub fn locate(&self, text: &str) -> Option<&Place> {
        let text = text.trim();
        if let Some(place) = self.postcodes.get(text) {
            return Some(place);
        }
        let words: Vec<&str> = text.split_whitespace().collect();
        if let Some(place) = words.iter().find_map(|word| self.postcodes.get(*word)) {
            return Some(place);
        }
        // Longer texts are sentences, not places: reading each of their words as a town
        // would find towns in ordinary words.
        if words.len() > 3 {
            return None;
        }
        self.town_in_any_script(text).or_else(|| words.iter().find_map(|word| self.town_in_any_script(word)))
    }

    /// One word (or a town name of several words) read as a town, in whatever script it is
    /// written: the query side calls it with the word after "in", "в", "في".
    pub fn town_in_any_script(&self, word: &str) -> Option<&Place> {
        let word = without_turkish_case_suffix(word.trim());
        // The longest German municipality names have about 40 letters; longer input is no name,
        // and comparing it letter by letter would only cost time.
        if word.is_empty() || word.chars().count() > LONGEST_NAME {
            return None;
        }
        if let Some(index) = self.by_name.get(&fold_neutral(word)).and_then(|towns| towns.first()) {
            return Some(&self.towns[*index].place);
        }
        self.town_sounding_like(word)
    }
}

/// "Fröndenberg/Ruhr" is also "Fröndenberg"; "Halle (Westf.)" also "Halle".
fn name_forms(name: &str) -> Vec<&str> {
    let mut forms = vec![name];
    for separator in ['/', '('] {
        if let Some((short, _)) = name.split_once(separator) {
            forms.push(short.trim());
        }
    }
    forms
}

/// "Unna'da", "Soest'te", "Lünen'den": Turkish puts the case after an apostrophe.
fn without_turkish_case_suffix(word: &str) -> &str {
    match word.split_once(['\'', '’', 'ʼ']) {
        Some((stem, suffix)) if suffix.chars().count() <= 4 => stem,
        _ => word,
    }
}

fn push_unique(indexes: &mut Vec<usize>, index: usize) {
    if !indexes.contains(&index) {
        indexes.push(index);
    }
}

#[cfg(test)]
mod tests;
