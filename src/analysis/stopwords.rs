use crate::domain::Lang;

use super::normalize;

/// Words too common to be required in a query; they still count for ranking when they match.
fn list(lang: Lang) -> &'static [&'static str] {
    match lang {
        Lang::De => &[
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "und", "oder", "in",
            "im", "am", "an", "auf", "fur", "mit", "von", "vom", "zu", "zum", "zur", "bei", "ist", "sind", "ich",
            "wir", "mein", "meine", "wo", "wie", "was", "gibt", "es", "fur", "nach", "aus", "auch",
        ],
        Lang::En => &[
            "the", "a", "an", "and", "or", "in", "on", "at", "for", "with", "of", "to", "is", "are", "i", "my", "me",
            "we", "where", "how", "what", "can", "do", "there", "near", "from", "by",
        ],
        Lang::Ar => &["في", "من", "على", "الى", "عن", "مع", "و", "او", "هل", "اين", "كيف", "ما", "لي", "انا", "ل"],
        Lang::Uk => &["в", "у", "на", "з", "із", "для", "і", "й", "та", "до", "по", "як", "де", "що", "я", "мені"],
        Lang::Ru => &["в", "во", "на", "с", "со", "для", "и", "до", "по", "как", "где", "что", "я", "мне", "из"],
        Lang::Tr => &["ve", "ile", "için", "bir", "bu", "de", "da", "ne", "nerede", "nasıl", "ben", "bana", "mi"],
        Lang::Fa => &["و", "در", "به", "از", "با", "برای", "که", "را", "این", "کجا", "چطور", "من", "یک"],
    }
}

/// Whether `word` is a function word in `lang`.
pub fn is_stopword(lang: Lang, word: &str) -> bool {
    let normalized = normalize(lang, word);
    list(lang).iter().any(|stop| normalize(lang, stop) == normalized)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn function_words_are_recognised_after_normalisation() {
        assert!(is_stopword(Lang::De, "für"));
        assert!(is_stopword(Lang::Ar, "إلى"));
        assert!(!is_stopword(Lang::De, "Kurs"));
    }
}
