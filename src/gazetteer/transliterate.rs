//! Arabic-script (Arabic, Persian, Pashto) and Cyrillic (Russian, Ukrainian, Bulgarian) letters
//! to Latin, the way German town names are written in those scripts. A letter that stands for
//! more than one German sound (Cyrillic г for g and h, a word-initial و for w and u) gives
//! several spellings.

/// More spellings than this add only chances of finding the wrong town.
const MAX_SPELLINGS: usize = 16;

/// The Latin spellings a word may stand for, lower case; Latin letters pass unchanged.
pub fn to_latin(word: &str) -> Vec<String> {
    let letters: Vec<char> = word.chars().flat_map(char::to_lowercase).collect();
    let mut spellings = vec![String::new()];
    for (index, letter) in letters.iter().enumerate() {
        let position = Position::of(&letters, index);
        let choices = arabic_script(*letter, position).or_else(|| cyrillic(*letter, position));
        match choices {
            Some(choices) => {
                spellings = spellings
                    .iter()
                    .flat_map(|spelling| choices.iter().map(move |choice| format!("{spelling}{choice}")))
                    .take(MAX_SPELLINGS)
                    .collect();
            }
            None => spellings.iter_mut().for_each(|spelling| spelling.push(*letter)),
        }
    }
    spellings
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Position {
    First,
    Inside,
    Last,
}

impl Position {
    /// Where in its word the letter at `index` stands: words of a name ("بد زاسندورف") each
    /// have their own first and last letter.
    fn of(letters: &[char], index: usize) -> Position {
        let is_letter = |offset: Option<usize>| offset.and_then(|i| letters.get(i)).is_some_and(|c| c.is_alphabetic());
        if !is_letter(index.checked_sub(1)) {
            Position::First
        } else if !is_letter(Some(index + 1)) {
            Position::Last
        } else {
            Position::Inside
        }
    }
}

fn arabic_script(letter: char, position: Position) -> Option<&'static [&'static str]> {
    let choices: &[&str] = match letter {
        'ا' | 'آ' | 'أ' | 'ٱ' | 'ع' | 'ة' => &["a"],
        'إ' => &["i"],
        'ؤ' => &["u"],
        'ئ' => &["i"],
        'ب' => &["b"],
        'پ' => &["p"],
        'ت' | 'ط' | 'ټ' => &["t"],
        'ث' | 'س' | 'ص' => &["s"],
        // German g is written ج in Egypt and the Levant, غ or گ elsewhere.
        'ج' | 'غ' | 'گ' | 'ګ' => &["g"],
        'چ' => &["tsch"],
        'ح' => &["h"],
        'خ' => &["ch"],
        'د' | 'ض' | 'ډ' => &["d"],
        'ذ' | 'ز' | 'ظ' => &["z"],
        'ر' | 'ړ' => &["r"],
        'ژ' | 'ږ' => &["zh"],
        'ش' | 'ښ' => &["sch"],
        'ف' => &["f"],
        'ڤ' => &["v"],
        'ق' | 'ك' | 'ک' => &["k"],
        'ل' => &["l"],
        'م' => &["m"],
        'ن' | 'ڼ' => &["n"],
        'څ' => &["ts"],
        'ځ' => &["dz"],
        // A final ه is the Persian and Pashto -e ("هولتسفيکده", Holzwickede).
        'ه' | 'ە' | 'ھ' if position == Position::Last => &["e", "h"],
        'ه' | 'ە' | 'ھ' => &["h"],
        'و' if position == Position::First => &["w", "u"],
        'و' => &["u"],
        'ي' | 'ی' | 'ى' | 'ې' | 'ۍ' if position == Position::First => &["j", "i"],
        'ي' | 'ی' | 'ى' | 'ې' | 'ۍ' => &["i"],
        // Short vowels, shadda, tatweel and the zero-width non-joiner carry no consonant.
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | '\u{200C}' | 'ء' => &[""],
        _ => return None,
    };
    Some(choices)
}

fn cyrillic(letter: char, position: Position) -> Option<&'static [&'static str]> {
    let first = position == Position::First;
    let choices: &[&str] = match letter {
        'а' => &["a"],
        'б' => &["b"],
        'в' => &["w"],
        // Russian writes the German h as г ("Гамм", Hamm); Ukrainian г is h anyway.
        'г' => &["g", "h"],
        'ґ' => &["g"],
        'д' => &["d"],
        'е' | 'є' if first => &["e", "je"],
        'е' | 'є' | 'э' => &["e"],
        'ё' if first => &["jo"],
        'ё' => &["o"],
        'ж' => &["zh"],
        'з' => &["z"],
        'и' | 'і' | 'ы' => &["i"],
        'ї' => &["ji"],
        'й' => &["j"],
        'к' => &["k"],
        'л' => &["l"],
        'м' => &["m"],
        'н' => &["n"],
        'о' => &["o"],
        'п' => &["p"],
        'р' => &["r"],
        'с' => &["s"],
        'т' => &["t"],
        'у' | 'ў' => &["u"],
        'ф' => &["f"],
        'х' => &["ch"],
        'ц' => &["ts"],
        'ч' => &["tsch"],
        'ш' => &["sch"],
        'щ' => &["schtsch"],
        // Bulgarian ъ is a vowel; the Russian hard and soft signs are no sound of their own.
        'ъ' => &["a"],
        'ь' => &[""],
        // After a consonant ю and я mark ü and ä ("Люнен", Lünen), at the start they are ju, ja.
        'ю' if first => &["ju"],
        'ю' => &["u"],
        'я' if first => &["ja"],
        'я' => &["a"],
        _ => return None,
    };
    Some(choices)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_letters_become_latin_with_their_ambiguities() {
        assert_eq!(to_latin("أونا"), ["auna"]);
        assert_eq!(to_latin("دورتموند"), ["durtmund"]);
        assert_eq!(to_latin("هولتسفيكده"), ["hultsfikde", "hultsfikdh"]);
        assert_eq!(to_latin("ليبشتات"), ["libschtat"]);
    }

    #[test]
    fn cyrillic_letters_become_latin_with_their_ambiguities() {
        assert_eq!(to_latin("Люнен"), ["lunen"]);
        assert_eq!(to_latin("Шверте"), ["schwerte"]);
        assert_eq!(to_latin("Гамм"), ["gamm", "hamm"]);
        assert_eq!(to_latin("Везелі"), ["wezeli"]);
    }

    #[test]
    fn latin_letters_pass_unchanged_but_lower_case() {
        assert_eq!(to_latin("Kamen"), ["kamen"]);
    }
}
