use crate::domain::Lang;

/// What the query's language probably is, and every language worth searching for it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Detection {
    pub language: Lang,
    /// The detected language first, then the other plausible ones; German is always among them
    /// because most offers are written in German and newcomers type German words they saw.
    pub search: Vec<Lang>,
}

/// whatlang guesses wildly on one or two words ("kurs" is Shona to it); below this it is ignored.
const MIN_WORDS_FOR_STATISTICS: usize = 3;

/// Detects the query's language from its script first, then from letters only one language of
/// that script uses, then statistically on longer queries, with the UI language as the prior.
pub fn detect(text: &str, prior: Option<Lang>) -> Detection {
    let (mut arabic, mut cyrillic, mut ethiopic, mut latin) = (0, 0, 0, 0);
    for c in text.chars().filter(|c| c.is_alphabetic()) {
        match c {
            '\u{0600}'..='\u{06FF}' | '\u{0750}'..='\u{077F}' | '\u{FB50}'..='\u{FEFF}' => arabic += 1,
            '\u{0400}'..='\u{04FF}' => cyrillic += 1,
            '\u{1200}'..='\u{139F}' | '\u{2D80}'..='\u{2DDF}' => ethiopic += 1,
            _ if c.is_ascii_alphabetic() || ('\u{00C0}'..='\u{024F}').contains(&c) => latin += 1,
            _ => {}
        }
    }
    // Latin goes last: a Latin word in an Arabic query is a German term the user saw on a letter.
    let mut scripts = vec![(arabic, Script::Arabic), (cyrillic, Script::Cyrillic), (ethiopic, Script::Ethiopic)];
    scripts.sort_by_key(|(count, _)| std::cmp::Reverse(*count));
    scripts.push((latin, Script::Latin));
    let present: Vec<Script> = scripts.iter().filter(|(count, _)| *count > 0).map(|(_, s)| *s).collect();
    let main = present.first().copied();
    let language = match main {
        Some(script) => script.guess(text, prior),
        None => prior.unwrap_or(Lang::De),
    };
    let mut search = vec![language];
    let others = present.iter().flat_map(|s| s.searched().iter().copied()).chain(prior).chain([Lang::De]);
    for lang in others {
        if !search.contains(&lang) {
            search.push(lang);
        }
    }
    Detection { language, search }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Script {
    Arabic,
    Cyrillic,
    Ethiopic,
    Latin,
}

impl Script {
    /// Every query language written in this script, the likeliest first.
    fn languages(self) -> &'static [Lang] {
        match self {
            Script::Arabic => &[Lang::Ar, Lang::Fa, Lang::Ps],
            Script::Cyrillic => &[Lang::Uk, Lang::Ru, Lang::Bg],
            Script::Ethiopic => &[Lang::Ti],
            Script::Latin => {
                &[Lang::De, Lang::En, Lang::Tr, Lang::Fr, Lang::Ro, Lang::Pl, Lang::Sq, Lang::Ku, Lang::So]
            }
        }
    }

    /// The languages searched for any text in this script besides the detected one: the most
    /// common among the district's newcomers, so that a short query needs no detection.
    fn searched(self) -> &'static [Lang] {
        match self {
            Script::Latin => &[Lang::De, Lang::En, Lang::Tr],
            other => other.languages(),
        }
    }

    fn guess(self, text: &str, prior: Option<Lang>) -> Lang {
        let has = |letters: &str| text.chars().any(|c| letters.contains(c.to_lowercase().next().unwrap_or(c)));
        let marked = match self {
            Script::Arabic if has("ټډړږښګڼېۍ") => Some(Lang::Ps),
            Script::Arabic if has("پچژگ") => Some(Lang::Fa),
            Script::Arabic if has("ةىئؤ") => Some(Lang::Ar),
            // Keheh and Farsi yeh: Arabic writes ك and ي.
            Script::Arabic if has("کی") => Some(Lang::Fa),
            Script::Cyrillic if has("іїєґ") => Some(Lang::Uk),
            Script::Cyrillic if has("ыэё") => Some(Lang::Ru),
            // Bulgarian writes the soft sign only before "о"; Russian ends many words with it.
            Script::Cyrillic if soft_sign_not_before_o(text) => Some(Lang::Ru),
            Script::Cyrillic if has("ъ") => Some(Lang::Bg),
            Script::Latin if has("ğı") || text.contains('İ') => Some(Lang::Tr),
            Script::Latin if has("äöüß") => Some(Lang::De),
            Script::Latin if has("ąćęłńśźż") => Some(Lang::Pl),
            Script::Latin if has("ășț") => Some(Lang::Ro),
            Script::Latin if has("ë") => Some(Lang::Sq),
            Script::Latin if has("êû") && has("şç") => Some(Lang::Ku),
            Script::Latin if has("ş") => Some(Lang::Tr),
            Script::Latin if has("éèàùœ") => Some(Lang::Fr),
            _ => None,
        };
        let candidates = self.languages();
        marked
            .or_else(|| statistical(text, candidates))
            .or(prior.filter(|p| candidates.contains(p)))
            .unwrap_or(candidates[0])
    }
}

fn soft_sign_not_before_o(text: &str) -> bool {
    let mut letters = text.chars().flat_map(char::to_lowercase).peekable();
    while let Some(letter) = letters.next() {
        if letter == 'ь' && letters.peek() != Some(&'о') {
            return true;
        }
    }
    false
}

fn statistical(text: &str, candidates: &[Lang]) -> Option<Lang> {
    if text.split_whitespace().count() < MIN_WORDS_FOR_STATISTICS {
        return None;
    }
    let allow: Vec<whatlang::Lang> = candidates.iter().filter_map(|l| to_whatlang(*l)).collect();
    let info = whatlang::Detector::with_allowlist(allow).detect(text)?;
    candidates.iter().copied().find(|l| to_whatlang(*l) == Some(info.lang()))
}

/// whatlang knows most of the query languages; the others are told by their letters.
fn to_whatlang(lang: Lang) -> Option<whatlang::Lang> {
    Some(match lang {
        Lang::De => whatlang::Lang::Deu,
        Lang::En => whatlang::Lang::Eng,
        Lang::Ar => whatlang::Lang::Ara,
        Lang::Uk => whatlang::Lang::Ukr,
        Lang::Ru => whatlang::Lang::Rus,
        Lang::Tr => whatlang::Lang::Tur,
        Lang::Fa => whatlang::Lang::Pes,
        Lang::Fr => whatlang::Lang::Fra,
        Lang::Ro => whatlang::Lang::Ron,
        Lang::Pl => whatlang::Lang::Pol,
        Lang::Bg => whatlang::Lang::Bul,
        Lang::Ku | Lang::Ps | Lang::Ti | Lang::So | Lang::Sq => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(text: &str, prior: Option<Lang>) -> Lang {
        detect(text, prior).language
    }

    #[test]
    fn russian_and_persian_sentences_are_not_taken_for_their_neighbours() {
        assert_eq!(lang("мне нужна помощь с поиском работы", None), Lang::Ru);
        assert_eq!(lang("где можно учиться вечером", None), Lang::Ru);
        assert_eq!(lang("къде е шофьорът", None), Lang::Bg);
        assert_eq!(lang("کمک برای کار", None), Lang::Fa);
        assert_eq!(lang("میخواهم کلاس زبان بروم", None), Lang::Fa);
        assert_eq!(lang("كيف أجد عملا", None), Lang::Ar);
    }

    #[test]
    fn languages_of_the_same_script_are_told_by_their_letters() {
        assert_eq!(lang("څنګه کار پیدا کړم", None), Lang::Ps);
        assert_eq!(lang("къде има курс", None), Lang::Bg);
        assert_eq!(lang("kurs języka", None), Lang::Pl);
        assert_eq!(lang("cours de français à Unna", None), Lang::Fr);
        assert_eq!(lang("ቋንቋ ትምህርቲ", None), Lang::Ti);
    }

    #[test]
    fn script_and_telltale_letters_decide_short_queries() {
        assert_eq!(lang("دورة لغة", None), Lang::Ar);
        assert_eq!(lang("کلاس زبان آلمانی", None), Lang::Fa);
        assert_eq!(lang("курси для жінок", None), Lang::Uk);
        assert_eq!(lang("курсы немецкого языка", None), Lang::Ru);
        assert_eq!(lang("Almanca kursu için", None), Lang::Tr);
        assert_eq!(lang("Integrationskurs", None), Lang::De);
    }

    #[test]
    fn the_ui_language_breaks_ties_within_a_script() {
        assert_eq!(lang("курс", Some(Lang::Ru)), Lang::Ru);
        assert_eq!(lang("course", Some(Lang::En)), Lang::En);
        assert_eq!(lang("course", Some(Lang::Ar)), Lang::De);
    }

    #[test]
    fn longer_queries_are_detected_statistically() {
        assert_eq!(lang("where can I learn the language for free", None), Lang::En);
    }

    #[test]
    fn mixed_queries_search_both_scripts_and_german() {
        let detection = detect("موعد Jobcenter", None);
        assert_eq!(detection.language, Lang::Ar);
        assert!(detection.search.contains(&Lang::De));
        assert!(detection.search.contains(&Lang::Fa));
    }

    #[test]
    fn text_without_letters_falls_back_to_the_prior() {
        assert_eq!(lang("((( 🙂", Some(Lang::Uk)), Lang::Uk);
        assert_eq!(lang("", None), Lang::De);
    }
}
