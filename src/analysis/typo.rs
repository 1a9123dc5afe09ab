//! How many typos a word may carry, and how far apart two words are, the way the best engines
//! count it: by characters, a transposition as one edit, a wrong first letter as two.

/// Words up to four letters must be exact, one typo from five, two from nine. Numbers, levels
/// and postcodes (anything with a digit) are never fuzzed.
pub fn allowed_typos(word: &str) -> u8 {
    if word.chars().any(|c| c.is_ascii_digit()) {
        return 0;
    }
    match word.chars().count() {
        0..=4 => 0,
        5..=8 => 1,
        _ => 2,
    }
}

/// Optimal string alignment distance over characters, where changing the first letter costs two:
/// people rarely mistype the letter they start with.
pub fn typo_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    let first_letter_penalty = usize::from(a.first() != b.first() && !a.is_empty() && !b.is_empty());
    let mut rows = vec![vec![0usize; b.len() + 1]; a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in rows[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let substitution = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (rows[i - 1][j] + 1).min(rows[i][j - 1] + 1).min(rows[i - 1][j - 1] + substitution);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = best;
        }
    }
    rows[a.len()][b.len()] + first_letter_penalty
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typo_budget_grows_with_length_and_spares_numbers() {
        assert_eq!(allowed_typos("kurs"), 0);
        assert_eq!(allowed_typos("frauen"), 1);
        assert_eq!(allowed_typos("integrationskurs"), 2);
        assert_eq!(allowed_typos("b1"), 0);
        assert_eq!(allowed_typos("59423"), 0);
        assert_eq!(allowed_typos("курсів"), 1, "counted in characters, not bytes");
    }

    #[test]
    fn transpositions_cost_one_and_first_letters_two() {
        assert_eq!(typo_distance("beratung", "bertaung"), 1);
        assert_eq!(typo_distance("beratung", "beratun"), 1);
        assert_eq!(typo_distance("kurs", "kurs"), 0);
        assert_eq!(typo_distance("frauen", "grauen"), 2);
        assert_eq!(typo_distance("integrationskurs", "intergationskurs"), 1);
    }
}
