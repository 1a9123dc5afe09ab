use super::{Token, Written, tokenize};
use crate::domain::Schedule;

/// From this hour on, a start counts as evening: people who work until five can come.
const EVENING_FROM_MINUTES: u32 = 17 * 60;
/// Hours that end at six or later reach far enough into the evening to come after work.
const LATE_END_MINUTES: u32 = 18 * 60;

/// Whether an offer's schedule names evening hours (a start from 17:00, or an end from 18:00) or
/// the weekend, in any of
/// the languages its schedule text is written in. Offers without a schedule text say neither.
pub fn evening_or_weekend(schedule: &Schedule) -> bool {
    schedule.text.as_ref().is_some_and(|text| text.iter().any(|(_, text)| text_says_evening_or_weekend(text)))
}

/// Whether one schedule text names a weekend day, evenings or evening hours, e.g.
/// `samstags 11–14 Uhr`, `Mo und Mi 17–18:30 Uhr`, `Do bis 18 Uhr`, `يوم السبت`.
pub fn text_says_evening_or_weekend(text: &str) -> bool {
    let tokens = tokenize(text);
    (0..tokens.len()).any(|i| names_weekend_or_evening(&tokens, i)) || has_evening_time(&tokens)
}

fn word(tokens: &[Token], i: usize) -> Option<&str> {
    match tokens.get(i) {
        Some(Token::Word(w)) => Some(w),
        _ => None,
    }
}

/// Words for Saturday, Sunday, the weekend and the evening in the seven UI languages.
fn names_weekend_or_evening(tokens: &[Token], i: usize) -> bool {
    let Some(original) = word(tokens, i) else { return false };
    let w = original.to_lowercase();
    let next = word(tokens, i + 1).map(str::to_lowercase);
    let previous = i.checked_sub(1).and_then(|p| word(tokens, p)).map(str::to_lowercase);
    let starts = |prefixes: &[&str]| prefixes.iter().any(|p| w.starts_with(p));
    // Arabic joins "and" to the word: `والأحد`.
    let arabic = w.strip_prefix('و').filter(|rest| rest.starts_with("ال")).unwrap_or(&w);
    match () {
        _ if starts(&["samstag", "sonntag", "sonnabend", "abend", "saturday", "sunday", "weekend", "evening"]) => true,
        _ if w.contains("wochenend") => true,
        // Ukrainian and Russian stems, also inside `щосуботи` (every Saturday).
        _ if ["субот", "суббот", "неділ", "воскресен", "вихідн", "выходн", "вечер", "вечір"]
            .iter()
            .any(|s| w.contains(s)) =>
        {
            true
        }
        _ if starts(&["cumartesi", "akşam"]) || w.starts_with("pazar") && !w.starts_with("pazartesi") => true,
        _ if w == "hafta" && next.as_deref().is_some_and(|n| n.starts_with("son")) => true,
        _ if ["السبت", "الأحد", "مساء", "المساء", "مساءا"].contains(&arabic) => true,
        _ if w == "نهاية" && next.as_deref() == Some("الأسبوع") => true,
        _ if w.starts_with("یکشنبه") || w.starts_with("یک\u{200C}شنبه") => true,
        // Plain `شنبه` is Saturday, but after "two" to "five" it is Monday to Thursday.
        _ if w.starts_with("شنبه") => {
            !previous.as_deref().is_some_and(|p| ["دو", "سه", "چهار", "پنج"].contains(&p))
        }
        _ if w == "آخر" && next.as_deref().is_some_and(|n| n.starts_with("هفته")) => true,
        _ => weekend_abbreviation(tokens, i, original),
    }
}

/// `Sa` and `So` (`Sat`, `Sun`) only as weekdays: next to another weekday or a time, so that
/// "So können Sie" is no Sunday.
fn weekend_abbreviation(tokens: &[Token], i: usize, original: &str) -> bool {
    if !["Sa", "So", "Sat", "Sun"].contains(&original) {
        return false;
    }
    let is_day = |token: Option<&Token>| match token {
        Some(Token::Word(w)) => {
            ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
                .contains(&w.as_str())
        }
        Some(Token::Clock { .. }) => true,
        _ => false,
    };
    let is_joiner = |token: &Token| match token {
        Token::Dash | Token::Joiner => true,
        Token::Word(w) => ["und", "and", "bis"].contains(&w.as_str()),
        _ => false,
    };
    let after = tokens[i + 1..].iter().find(|t| !is_joiner(t));
    let before = tokens[..i].iter().rev().find(|t| !is_joiner(t));
    is_day(after) || is_day(before)
}

/// A time range that starts from 17:00 or ends from 18:00, or a single time from 17:00
/// (`ab 17 Uhr`, `um 17:00`) or, as an end, from 18:00 (`bis 18 Uhr`).
fn has_evening_time(tokens: &[Token]) -> bool {
    let says_uhr = |i: usize| word(tokens, i).is_some_and(|w| ["uhr", "h", "pm"].contains(&w.to_lowercase().as_str()));
    let pm = |i: usize| word(tokens, i).is_some_and(|w| w.eq_ignore_ascii_case("pm"));
    let mut i = 0;
    while i < tokens.len() {
        let Token::Clock { minutes: start, written } = tokens[i] else {
            i += 1;
            continue;
        };
        // Only a colon makes a time sure without `Uhr`: `17.03` may be a date.
        let start_exact = written == Written::Colon;
        let is_dash = |t: Option<&Token>| {
            matches!(t, Some(Token::Dash))
                || matches!(t, Some(Token::Word(w)) if ["bis", "to", "until"].contains(&w.as_str()))
        };
        if let (true, Some(Token::Clock { minutes: end, written: end_written })) =
            (is_dash(tokens.get(i + 1)), tokens.get(i + 2))
        {
            if start_exact || *end_written == Written::Colon || says_uhr(i + 3) {
                let shift = if pm(i + 3) { 12 * 60 } else { 0 };
                let (start, end) = (afternoon(start, shift), afternoon(*end, shift));
                if start >= EVENING_FROM_MINUTES || end >= LATE_END_MINUTES {
                    return true;
                }
            }
            i += 3;
            continue;
        }
        if start_exact || says_uhr(i + 1) {
            let time = afternoon(start, if pm(i + 1) { 12 * 60 } else { 0 });
            let is_end = i.checked_sub(1).is_some_and(|p| is_dash(tokens.get(p)));
            let threshold = if is_end { LATE_END_MINUTES } else { EVENING_FROM_MINUTES };
            if time >= threshold {
                return true;
            }
        }
        i += 1;
    }
    false
}

/// `5 pm` is 17:00; 12 pm stays noon.
fn afternoon(minutes: u32, shift: u32) -> u32 {
    if minutes < 12 * 60 { minutes + shift } else { minutes }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn weekend_days_count_in_every_language() {
        for text in [
            "samstags 11–14 Uhr",
            "jeden letzten Samstag im Monat 10–13 Uhr",
            "Sa 10:00–14:00",
            "Fr und Sa 9–12 Uhr",
            "Mo–So 8–12 Uhr",
            "nach Vereinbarung, auch abends und am Wochenende",
            "Saturdays 10am",
            "كل يوم السبت من 10 إلى 12",
            "الجمعة والأحد",
            "щосуботи та в неділю",
            "по субботам",
            "cumartesi günleri",
            "Pazar 10:00",
            "hafta sonu",
            "شنبه‌ها ساعت ۱۰",
            "یکشنبه",
            "آخر هفته",
        ] {
            assert!(text_says_evening_or_weekend(text), "{text:?}");
        }
    }

    #[test]
    fn starts_from_five_and_ends_from_six_count() {
        for text in [
            "jeden 2. Freitag im Monat ab 17 Uhr",
            "Mo und Mi 17–18:30 Uhr",
            "Mo–Fr 9–13 Uhr, Di zusätzlich 15–18 Uhr",
            "Mo–Fr nach Terminvereinbarung; Do bis 18 Uhr",
            "offene Veranstaltung jeden 1. Montag im Monat um 17:00",
            "Termine Mo–Fr 8:00–18:00 Uhr nach Buchung",
            "Tuesdays 6–8 pm",
            "الثلاثاء ١٨:٠٠–٢٠:٠٠",
        ] {
            assert!(text_says_evening_or_weekend(text), "{text:?}");
        }
    }

    #[test]
    fn daytimes_into_the_late_afternoon_and_numbers_that_are_no_times_do_not_count() {
        for text in [
            "mittwochs 15:00–17:00 Uhr",
            "dienstags 14–17 Uhr",
            "Mo–Fr 8:30–12:00, Do 14:00–17:00",
            "Termine nach Vereinbarung, Mo–Fr",
            "Mo–Fr 9–12 Uhr telefonisch; Hilfetelefon 116 016 (rund um die Uhr, 18 Sprachen)",
            "quartalsweise, nächster Termin 20. Januar 2027, 9:00–13:00",
            "Vereinbarung über 0800 4 5555 00",
            "Wartezeit ca. 4 Wochen, 48 Stunden",
            "So können Sie einen Termin bekommen",
            "Pazartesi 10:00",
            "دوشنبه و سه‌شنبه",
            "پنج شنبه",
            "bis 17:30 Uhr",
            "jeden Mittwoch 16:00–17:30 Uhr (außer in den Sommerferien)",
            "Mo–Fr 13:30–17:45 Uhr",
            "Anmeldung bis 17.03.",
            "",
        ] {
            assert!(!text_says_evening_or_weekend(text), "{text:?}");
        }
    }
}
