//! Finding the town a spelling in any script stands for: by sound key, then by how close the
//! letters are, with stricter demands the less the key says and the farther the town is.

use super::sound::{SoundKey, edit_distance, loose_spelling, trailing_vowels};
use super::{Gazetteer, Place, Town, name_forms, transliterate};
use crate::analysis::fold_neutral;

/// The script a word came in, which says how much its transliteration can be trusted.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Script {
    Latin,
    Cyrillic,
    Arabic,
}

impl Script {
    fn of(word: &str, spellings: &[String]) -> Script {
        if word.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)) {
            Script::Arabic
        } else if spellings.len() == 1 && spellings[0] == word.to_lowercase() {
            Script::Latin
        } else {
            Script::Cyrillic
        }
    }
}

/// A town that sounds like the word, and how far its name is spelled from the word.
struct Candidate<'g> {
    town: &'g Town,
    distance: usize,
}

impl Gazetteer {
    /// The town a word not found by its folded name stands for, if it says enough.
    pub(super) fn town_sounding_like(&self, word: &str) -> Option<&Place> {
        // No town name has the Arabic article: "والتدريب" is "and the training".
        let word = ["وال", "بال", "فال", "ال"].iter().find_map(|article| word.strip_prefix(article)).unwrap_or(word);
        let spellings = transliterate::to_latin(word);
        let script = Script::of(word, &spellings);
        spellings
            .iter()
            .filter_map(|spelling| self.closest_town(spelling, script))
            // A spelling closer to a smaller town names it ("Бенен" is Bönen, not Bonn); among
            // spellings as close, the more populous town is the likelier meaning.
            .min_by(|a, b| a.distance.cmp(&b.distance).then(b.town.population.cmp(&a.town.population)))
            .map(|candidate| &candidate.town.place)
    }

    fn closest_town(&self, spelling: &str, script: Script) -> Option<Candidate<'_>> {
        let key = SoundKey::of_latin(spelling)?;
        // A transliteration spelled exactly like a town still needs a specific key: the Arabic
        // "أو" ("or") reads "au", and Au is a village.
        let same_name = self.by_name.get(spelling).into_iter().flatten();
        same_name
            .chain(self.by_sound.get(&key.text).into_iter().flatten())
            .filter_map(|index| {
                let town = &self.towns[*index];
                let home = self.home_districts.contains(&town.district_key);
                let (distance, name_length) = distance_to_name(spelling, script, home, &town.place.name);
                let close = self.close_enough(&key, spelling, script, town, (distance, name_length));
                close.then_some(Candidate { town, distance })
            })
            .min_by(|a, b| a.distance.cmp(&b.distance).then(b.town.population.cmp(&a.town.population)))
    }

    /// Whether a spelling is specific and close enough to name this town, so that everyday
    /// words ("дом", "عمل", "Vereine") stay words.
    fn close_enough(
        &self,
        key: &SoundKey,
        spelling: &str,
        script: Script,
        town: &Town,
        (distance, name_length): (usize, usize),
    ) -> bool {
        let home = self.home_districts.contains(&town.district_key);
        let letters = spelling.chars().count();
        if key.consonants == 1 {
            // "Unna" is one consonant: only a home town, opened with its own first vowel, as
            // long as the name and with one closing vowel at most ("أونا" and "Унне" are Unna;
            // "one", "onay" and "أنا", "I", are not).
            return home
                && key.starts_like(&town.place.name)
                && letters >= name_length
                && trailing_vowels(spelling) <= 1;
        }
        let least_population = match key.consonants {
            0 | 1 => return false,
            _ if home => 0,
            2 => 100_000,
            3 => 50_000,
            _ => 30_000,
        };
        // Latin spellings are German, English or Turkish words: a town is a typo away at most,
        // and far away only a long name ("deren" is no Düren).
        // Transliterations drop vowels (Arabic) and shift them (Cyrillic), so they get some room
        // at home; far away only big towns, spelled nearly alike ("كل", "all", is not Kiel).
        let close = match (script, home, key.consonants) {
            (Script::Latin, true, _) => distance <= (name_length / 4).max(1),
            (Script::Latin, false, _) => distance <= name_length / 7,
            // The Arabic "و" ("and") is written onto the next word ("وجود"), so a word opening
            // with it must be spelled nearly like the town.
            (Script::Arabic, true, _) if spelling.starts_with('w') => distance <= 1 && letters >= 3,
            (_, true, _) => distance * 2 < name_length && letters >= 3,
            (_, false, 2) => distance == 0,
            (_, false, 3) => distance * 5 <= name_length,
            (_, false, _) => distance * 4 <= name_length,
        };
        close && town.population >= least_population
    }
}

/// The edit distance to the closest form of the name ("Fröndenberg" for "Fröndenberg/Ruhr")
/// and that form's length in letters: plain letters for Latin spellings, loose ones for
/// transliterations. Arabic script says little about vowels, but only at home is that doubt
/// resolved in favour of a town; it writes a doubled letter once, so two are two sounds
/// ("بونن" is Bönen, "بون" Bonn). Cyrillic writes ö as е or ё ("Кельн", "Кёльн").
fn distance_to_name(spelling: &str, script: Script, home: bool, name: &str) -> (usize, usize) {
    let spelling = match script {
        Script::Latin => fold_neutral(spelling),
        Script::Arabic => loose_spelling(spelling, home, false),
        Script::Cyrillic => loose_spelling(spelling, false, true),
    };
    let compare = |form: &str| match script {
        Script::Latin => fold_neutral(form),
        Script::Arabic => loose_spelling(form, home, true),
        Script::Cyrillic => loose_spelling(form, false, true),
    };
    let mut forms: Vec<String> = name_forms(name).into_iter().map(str::to_owned).collect();
    if script == Script::Cyrillic && name.contains('ö') {
        forms.push(name.replace('ö', "e"));
    }
    forms
        .iter()
        .map(|form| {
            let form = compare(form);
            (edit_distance(&spelling, &form), form.chars().count())
        })
        .min()
        .unwrap_or((usize::MAX, 0))
}
