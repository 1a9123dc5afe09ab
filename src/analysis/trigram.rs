/// The three-letter pieces of a folded word, with its start and end marked.
pub fn trigrams(word: &str) -> Vec<String> {
    let chars: Vec<char> = std::iter::once('^').chain(word.chars()).chain(std::iter::once('$')).collect();
    let mut grams: Vec<String> = chars.windows(3).map(|w| w.iter().collect()).collect();
    grams.sort();
    grams.dedup();
    grams
}

#[cfg(test)]
mod tests {
    use super::trigrams;

    #[test]
    fn a_word_has_its_edges_marked() {
        assert_eq!(trigrams("kurs"), ["^ku", "kur", "rs$", "urs"]);
    }
}
