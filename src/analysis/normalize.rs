use crate::domain::Lang;

/// Lowercases one word and unifies the spellings people mix up in `lang`, so that the index and
/// the query meet: Arabic and Persian letter variants, ё/е, ä/ae, Turkish dotted and dotless i.
pub fn normalize(lang: Lang, word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    match lang {
        Lang::Tr => {
            for c in word.chars() {
                match c {
                    'I' => out.push('ı'),
                    'İ' => out.push('i'),
                    _ => out.extend(c.to_lowercase()),
                }
            }
        }
        Lang::De => {
            for c in word.chars().flat_map(char::to_lowercase) {
                match c {
                    'ä' => out.push('a'),
                    'ö' => out.push('o'),
                    'ü' => out.push('u'),
                    'ß' => out.push_str("ss"),
                    _ => out.push(fold_latin_accent(c)),
                }
            }
            out = fold_spelled_umlauts(&out);
        }
        Lang::Ar | Lang::Fa | Lang::Ps => push_arabic_script(lang, word, &mut out),
        Lang::Ru | Lang::Uk | Lang::Bg => {
            for c in word.chars().flat_map(char::to_lowercase) {
                match c {
                    'ё' if lang == Lang::Ru => out.push('е'),
                    // Ukrainian apostrophes come in several shapes; none is part of the word's sound.
                    '\'' | '’' | 'ʼ' => {}
                    _ => out.push(c),
                }
            }
        }
        Lang::En | Lang::Fr | Lang::Ku | Lang::So | Lang::Ro | Lang::Pl | Lang::Sq => {
            out.extend(word.chars().flat_map(char::to_lowercase).map(fold_latin_accent).map(comma_below));
        }
        Lang::Ti => out.push_str(word),
    }
    out
}

/// Romanian ș and ț are often typed with the Turkish cedilla.
fn comma_below(c: char) -> char {
    match c {
        'ş' => 'ș',
        'ţ' => 'ț',
        _ => c,
    }
}

/// Loan words keep their accents in print (Café, Crêpe) but rarely when typed.
fn fold_latin_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'å' => 'a',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ò' | 'ó' | 'ô' | 'õ' => 'o',
        'ù' | 'ú' | 'û' => 'u',
        'ç' => 'c',
        'ñ' => 'n',
        _ => c,
    }
}

/// People without a German keyboard write Schueler for Schüler; but "Frauen", "neue" and
/// "Quelle" are no umlauts, so only a vowel+e after a consonant other than q is folded.
fn fold_spelled_umlauts(word: &str) -> String {
    let chars: Vec<char> = word.chars().collect();
    let mut out = String::with_capacity(word.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let spelled_umlaut = matches!(c, 'a' | 'o' | 'u')
            && chars.get(i + 1) == Some(&'e')
            && (i == 0 || !matches!(chars[i - 1], 'a' | 'e' | 'i' | 'o' | 'u' | 'q'));
        out.push(c);
        i += if spelled_umlaut { 2 } else { 1 };
    }
    out
}

fn push_arabic_script(lang: Lang, word: &str, out: &mut String) {
    for c in word.chars() {
        match c {
            // Harakat, superscript alef and tatweel carry no meaning for search.
            '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => {}
            // Zero-width non-joiner joins the parts of Persian words: کلاس‌ها.
            '\u{200C}' | '\u{200D}' => {}
            'أ' | 'إ' | 'آ' | 'ٱ' => out.push('ا'),
            'ى' | 'ي' | 'ی' => out.push(if lang == Lang::Ar { 'ي' } else { 'ی' }),
            'ك' | 'ک' => out.push(if lang == Lang::Ar { 'ك' } else { 'ک' }),
            'ة' => out.push('ه'),
            '۰'..='۹' => out.push(char::from(b'0' + (c as u32 - '۰' as u32) as u8)),
            '٠'..='٩' => out.push(char::from(b'0' + (c as u32 - '٠' as u32) as u8)),
            _ => out.extend(c.to_lowercase()),
        }
    }
}

/// The language-neutral form: every script's variants unified, Latin accents dropped, no stemming.
/// Catches names and words borrowed across languages ("Jobcenter" inside an Arabic sentence).
pub fn fold_neutral(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut arabic = String::new();
    for c in word.chars() {
        if ('\u{0600}'..='\u{06FF}').contains(&c) || c == '\u{200C}' {
            arabic.push(c);
            continue;
        }
        for lower in c.to_lowercase() {
            match lower {
                'ä' | 'à' | 'á' | 'â' | 'ã' | 'å' => out.push('a'),
                'ö' | 'ò' | 'ó' | 'ô' | 'õ' => out.push('o'),
                'ü' | 'ù' | 'ú' | 'û' => out.push('u'),
                'é' | 'è' | 'ê' | 'ë' => out.push('e'),
                'ç' => out.push('c'),
                'ş' => out.push('s'),
                'ğ' => out.push('g'),
                'ı' => out.push('i'),
                'ß' => out.push_str("ss"),
                'ё' => out.push('е'),
                _ => out.push(lower),
            }
        }
    }
    if !arabic.is_empty() {
        push_arabic_script(Lang::Fa, &arabic, &mut out);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn german_umlauts_and_their_spelled_out_forms_meet() {
        assert_eq!(normalize(Lang::De, "Schüler"), normalize(Lang::De, "Schueler"));
        assert_eq!(normalize(Lang::De, "Straße"), "strasse");
        assert_eq!(normalize(Lang::De, "Uebung"), "ubung");
        assert_eq!(normalize(Lang::De, "Nähcafé"), normalize(Lang::De, "Naehcafe"));
        for not_an_umlaut in ["frauen", "neue", "quelle", "steuer"] {
            assert_eq!(normalize(Lang::De, not_an_umlaut), not_an_umlaut);
        }
    }

    #[test]
    fn arabic_letter_variants_and_harakat_are_unified() {
        assert_eq!(normalize(Lang::Ar, "إِجازة"), normalize(Lang::Ar, "اجازه"));
        assert_eq!(normalize(Lang::Ar, "دورةـــ"), "دوره");
    }

    #[test]
    fn persian_letters_digits_and_zwnj_are_unified() {
        assert_eq!(normalize(Lang::Fa, "كلاس\u{200C}هاي"), "کلاسهای");
        assert_eq!(normalize(Lang::Fa, "۱۲"), "12");
    }

    #[test]
    fn cyrillic_yo_folds_in_russian_and_ukrainian_keeps_yi() {
        assert_eq!(normalize(Lang::Ru, "Учёба"), "учеба");
        assert_eq!(normalize(Lang::Uk, "Їжа"), "їжа");
        assert_eq!(normalize(Lang::Uk, "сім’я"), "сімя");
    }

    #[test]
    fn turkish_dotless_i_is_kept() {
        assert_eq!(normalize(Lang::Tr, "KIZ"), "kız");
        assert_eq!(normalize(Lang::Tr, "İş"), "iş");
    }

    #[test]
    fn neutral_folding_unifies_scripts_without_stemming() {
        assert_eq!(fold_neutral("Jobcenter"), "jobcenter");
        assert_eq!(fold_neutral("Lünen"), "lunen");
        assert_eq!(fold_neutral("أحمد"), fold_neutral("احمد"));
    }
}
