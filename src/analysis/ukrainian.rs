//! A light Ukrainian stemmer: the Snowball family we build on has none, and Russian rules mangle
//! Ukrainian. It strips the commonest inflectional endings of nouns, adjectives and verbs,
//! keeping at least three letters of stem, which is enough for курс/курси/курсів to meet.

/// Longest first, so "ами" goes before "и".
const ENDINGS: &[&str] = &[
    "уватися",
    "юватися",
    "уватись",
    "ування",
    "ювання",
    "ватися",
    "ннями",
    "ються",
    "ється",
    "ами",
    "ями",
    "ові",
    "еві",
    "ого",
    "ому",
    "ими",
    "іми",
    "ати",
    "ити",
    "іти",
    "ться",
    "тися",
    "ння",
    "ній",
    "ною",
    "ної",
    "ах",
    "ях",
    "ам",
    "ям",
    "ом",
    "ем",
    "єм",
    "ою",
    "ею",
    "єю",
    "ів",
    "їв",
    "ей",
    "ий",
    "ій",
    "их",
    "іх",
    "им",
    "ім",
    "ої",
    "ти",
    "ть",
    "ся",
    "сь",
    "ла",
    "ли",
    "ло",
    "а",
    "я",
    "о",
    "е",
    "є",
    "и",
    "і",
    "ї",
    "у",
    "ю",
    "ь",
    "й",
];

const MIN_STEM_CHARS: usize = 3;

/// The stem of a lowercased Ukrainian word.
pub fn stem(word: &str) -> String {
    let length = word.chars().count();
    for ending in ENDINGS {
        if let Some(stem) = word.strip_suffix(ending)
            && length - ending.chars().count() >= MIN_STEM_CHARS
        {
            return stem.to_owned();
        }
    }
    word.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn inflected_forms_meet() {
        assert_eq!(stem("курси"), "курс");
        assert_eq!(stem("курсів"), "курс");
        assert_eq!(stem("курсами"), "курс");
        assert_eq!(stem("інтеграційний"), stem("інтеграційного"));
        assert_eq!(stem("консультація"), stem("консультації"));
    }

    #[test]
    fn short_words_keep_their_letters() {
        assert_eq!(stem("для"), "для");
        assert_eq!(stem("їжа"), "їжа");
    }
}
