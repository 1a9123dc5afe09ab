//! German compound splitting: "Frauensprachkurs" is frauen|sprach|kurs, so it finds
//! "Sprachkurs für Frauen", and "Sprachkurs" finds "Integrationssprachkurs".

use std::collections::HashSet;

use super::normalize;
use crate::domain::Lang;

/// Parts shorter than this are too likely to be accidents ("ein", "ort") unless listed.
const MIN_PART_CHARS: usize = 4;

/// The words splitting may use as parts, normalised like German text.
pub struct Compounds {
    parts: HashSet<String>,
    /// The most characters a part has: no longer piece of a word can be one.
    longest: usize,
}

impl Compounds {
    /// The part list shipped in `data/compound-parts.txt`.
    pub fn bundled() -> Compounds {
        Compounds::from_words(include_str!("../../data/compound-parts.txt").lines().filter(|l| !l.starts_with('#')))
    }

    pub fn from_words<'a>(words: impl IntoIterator<Item = &'a str>) -> Compounds {
        let parts: HashSet<String> =
            words.into_iter().map(|w| normalize(Lang::De, w.trim())).filter(|w| !w.is_empty()).collect();
        let longest = parts.iter().map(|p| p.chars().count()).max().unwrap_or(0);
        Compounds { parts, longest }
    }

    /// Every part of a normalised German word, its parts' parts too, without the word itself;
    /// empty when the word does not split.
    pub fn parts(&self, word: &str) -> Vec<String> {
        let mut found = Vec::new();
        let mut pending = vec![word.to_owned()];
        while let Some(next) = pending.pop() {
            for part in self.split(&next).unwrap_or_default() {
                if !found.contains(&part) {
                    pending.push(part.clone());
                    found.push(part);
                }
            }
        }
        found
    }

    /// The split into the fewest known parts (at least two), each optionally followed by the
    /// linking "s" or "es" (Arbeit-s-amt); `None` when there is none.
    pub fn split(&self, word: &str) -> Option<Vec<String>> {
        // Pieces are slices between character boundaries: no piece is copied until it is a part.
        let bounds: Vec<usize> = word.char_indices().map(|(at, _)| at).chain([word.len()]).collect();
        let n = bounds.len() - 1;
        if n < 2 * MIN_PART_CHARS - 1 {
            return None;
        }
        let piece = |start: usize, end: usize| &word[bounds[start]..bounds[end]];
        // best[i]: the fewest parts covering the first i characters, and where the last part starts.
        let mut best: Vec<Option<(usize, usize)>> = vec![None; n + 1];
        best[0] = Some((0, 0));
        for end in 1..=n {
            // A part with its linking "es" is at most two characters longer than the longest part.
            for start in end.saturating_sub(self.longest + 2)..end {
                let Some((count, _)) = best[start] else { continue };
                if start == 0 && end == n {
                    continue;
                }
                if self.known(piece(start, end)).is_some() && best[end].is_none_or(|(c, _)| count + 1 < c) {
                    best[end] = Some((count + 1, start));
                }
            }
        }
        best[n]?;
        let mut parts = Vec::new();
        let mut end = n;
        while end > 0 {
            let (_, start) = best[end]?;
            parts.push(self.known(piece(start, end))?.to_owned());
            end = start;
        }
        parts.reverse();
        Some(parts)
    }

    /// The part `piece` stands for, without a linking s/es.
    fn known<'p>(&self, piece: &'p str) -> Option<&'p str> {
        // Three bytes is the shortest a part can be (a listed three-letter word).
        if piece.len() < 3 {
            return None;
        }
        let long_enough = |p: &str| p.chars().count() >= MIN_PART_CHARS || self.parts.contains(p) && p.len() == 3;
        if self.parts.contains(piece) && long_enough(piece) {
            return Some(piece);
        }
        ["es", "s"]
            .iter()
            .filter_map(|linker| piece.strip_suffix(linker))
            .find(|stem| self.parts.contains(*stem) && long_enough(stem))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn compounds() -> Compounds {
        Compounds::from_words([
            "frauen",
            "sprach",
            "kurs",
            "sprachkurs",
            "integration",
            "arbeit",
            "amt",
            "beratung",
            "stelle",
        ])
    }

    #[test]
    fn splits_into_the_fewest_parts_with_linking_s() {
        let c = compounds();
        assert_eq!(c.split("frauensprachkurs").unwrap(), ["frauen", "sprachkurs"]);
        assert_eq!(c.split("integrationssprachkurs").unwrap(), ["integration", "sprachkurs"]);
        assert_eq!(c.split("arbeitsamt").unwrap(), ["arbeit", "amt"]);
        assert_eq!(c.split("beratungsstelle").unwrap(), ["beratung", "stelle"]);
    }

    #[test]
    fn parts_go_all_the_way_down() {
        let parts = compounds().parts("integrationssprachkurs");
        for part in ["integration", "sprachkurs", "sprach", "kurs"] {
            assert!(parts.contains(&part.to_owned()), "{parts:?}");
        }
    }

    #[test]
    fn unknown_words_and_single_parts_do_not_split() {
        let c = compounds();
        assert!(c.split("kurs").is_none());
        assert!(c.split("xylophon").is_none());
        assert!(c.parts("beratung").is_empty());
    }

    #[test]
    fn the_bundled_list_splits_real_compounds() {
        let c = Compounds::bundled();
        assert!(c.parts(&normalize(Lang::De, "Frauensprachkurs")).contains(&"kurs".to_owned()));
        assert!(c.parts("bergkamen").is_empty(), "town names are not compounds");
    }
}
