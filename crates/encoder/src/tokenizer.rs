//! The model's SentencePiece unigram tokenizer: text normalised per character, spaces shown as
//! "▁", then the most probable split into known pieces (Viterbi over the pieces' scores).

use std::collections::HashMap;

use crate::weights::Vocabulary;

const SPACE_MARK: char = '\u{2581}';
/// Special pieces, in the model's own numbering.
pub const BEGIN: u32 = 0;
pub const END: u32 = 2;
pub const UNKNOWN: u32 = 3;

pub struct Tokenizer {
    ids: HashMap<String, (u32, f32)>,
    normalisation: Vec<(char, String)>,
    longest_piece: usize,
    unknown_score: f32,
}

impl Tokenizer {
    pub fn new(vocabulary: &Vocabulary) -> Tokenizer {
        let ids: HashMap<String, (u32, f32)> = vocabulary
            .pieces
            .iter()
            .enumerate()
            .filter(|(id, (piece, _))| !piece.is_empty() && *id as u32 != UNKNOWN)
            .map(|(id, (piece, score))| (piece.clone(), (id as u32, *score)))
            .collect();
        let lowest = vocabulary.pieces.iter().map(|(_, score)| *score).fold(f32::INFINITY, f32::min);
        Tokenizer {
            longest_piece: ids.keys().map(|piece| piece.chars().count()).max().unwrap_or(1),
            ids,
            normalisation: vocabulary.normalisation.clone(),
            unknown_score: lowest - 10.0,
        }
    }

    fn normalised(&self, text: &str) -> Vec<char> {
        let mut chars = vec![SPACE_MARK];
        for c in text.chars() {
            let replaced = match self.normalisation.binary_search_by_key(&c, |(from, _)| *from) {
                Ok(i) => self.normalisation[i].1.chars().collect(),
                Err(_) => vec![c],
            };
            for c in replaced {
                let c = if c == ' ' { SPACE_MARK } else { c };
                if !(c == SPACE_MARK && chars.last() == Some(&SPACE_MARK)) {
                    chars.push(c);
                }
            }
        }
        chars
    }

    /// The piece ids of `text`, without the begin and end marks, at most `limit` of them.
    pub fn pieces(&self, text: &str, limit: usize) -> Vec<u32> {
        let chars = self.normalised(text);
        let n = chars.len();
        // best[i]: the score of the best split of the first i characters, from[i] its last piece.
        let mut best = vec![f32::NEG_INFINITY; n + 1];
        let mut from = vec![(0usize, UNKNOWN); n + 1];
        best[0] = 0.0;
        let mut piece = String::new();
        for start in 0..n {
            if best[start] == f32::NEG_INFINITY {
                continue;
            }
            piece.clear();
            for end in start + 1..=n.min(start + self.longest_piece) {
                piece.push(chars[end - 1]);
                if let Some(&(id, score)) = self.ids.get(&piece)
                    && best[start] + score > best[end]
                {
                    best[end] = best[start] + score;
                    from[end] = (start, id);
                }
            }
            if best[start] + self.unknown_score > best[start + 1] {
                best[start + 1] = best[start] + self.unknown_score;
                from[start + 1] = (start, UNKNOWN);
            }
        }
        let mut ids = Vec::new();
        let mut end = n;
        while end > 0 {
            let (start, id) = from[end];
            ids.push(id);
            end = start;
        }
        ids.reverse();
        ids.truncate(limit);
        ids
    }
}
