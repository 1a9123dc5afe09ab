use time::{Time, Weekday};

use super::{Token as Raw, Written, tokenize as raw_tokens};

/// Hours that repeat every week on some weekdays, read from a schedule text such as
/// `Mo–Fr 8:30–12:45` or `Di und Do 18:00–20:15 Uhr`. No weekdays means the text named hours
/// only (`10:00–14:00 Uhr`), which fits a one-day event.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct WeeklySlot {
    pub days: Vec<Weekday>,
    pub start: Time,
    pub end: Time,
}

/// Words that say the rhythm is not plainly weekly (monthly, every other week, seasons, dates);
/// such a text yields no slots rather than a wrong calendar.
const NOT_WEEKLY: &[&str] =
    &["monat", "quartal", "einmal", "tägig", "woche", "zweiwöch", "zweite", "gerade", "abwechselnd", "jahr"];
const MONTHS: &[&str] = &[
    "januar",
    "jan",
    "februar",
    "feb",
    "märz",
    "mär",
    "april",
    "apr",
    "mai",
    "juni",
    "jun",
    "juli",
    "jul",
    "august",
    "aug",
    "september",
    "sep",
    "sept",
    "oktober",
    "okt",
    "november",
    "nov",
    "dezember",
    "dez",
];

#[derive(Clone, Copy, Debug, PartialEq)]
enum Token {
    Day(Weekday),
    /// A clock time, with `exact` when written with minutes (`9:00`), not as a bare hour (`9`).
    Clock {
        time: Time,
        exact: bool,
    },
    Dash,
    /// `,`, `/`, `&`, `und`: joins weekdays into a list.
    Joiner,
    /// `;`: ends a part of the text.
    Stop,
    Uhr,
    /// Any other word or sign; kept so that only adjacent tokens form ranges.
    Other,
    /// A date, an ordinal or a month: the text is not plainly weekly.
    NotWeekly,
}

/// The weekly slots a German schedule text describes, in the order it names them; empty when it
/// names none or describes a rhythm that is not weekly.
pub fn weekly_slots(text: &str) -> Vec<WeeklySlot> {
    let tokens = tokenize(text);
    if tokens.contains(&Token::NotWeekly) {
        return Vec::new();
    }
    let mut slots = Vec::new();
    let mut days: Vec<Weekday> = Vec::new();
    // Once a slot has used the weekdays, a new weekday starts a new list: `Mo–Fr 8–12, Do 14–17`.
    let mut days_used = false;
    let mut i = 0;
    while i < tokens.len() {
        match tokens[i] {
            Token::Day(day) => {
                let previous = i.checked_sub(1).map(|p| tokens[p]);
                match previous {
                    Some(Token::Dash) if !days_used && !days.is_empty() => extend_to(&mut days, day),
                    Some(Token::Joiner) if !days_used && !days.is_empty() => days.push(day),
                    _ => days = vec![day],
                }
                days_used = false;
            }
            Token::Clock { time: start, exact } => {
                if let Some((end, used)) = range_end(&tokens[i..], start, exact) {
                    slots.push(WeeklySlot { days: days.clone(), start, end });
                    days_used = true;
                    i += used;
                    continue;
                }
            }
            Token::Stop => {
                days.clear();
                days_used = false;
            }
            _ => {}
        }
        i += 1;
    }
    slots
}

/// `Clock Dash Clock` at the start of `tokens` as a time range, with how many tokens it took;
/// bare hours count only with minutes on one side or `Uhr` after (`9–12 Uhr`, not `3–5 Stunden`).
fn range_end(tokens: &[Token], start: Time, start_exact: bool) -> Option<(Time, usize)> {
    let (Some(Token::Dash), Some(Token::Clock { time: end, exact: end_exact })) = (tokens.get(1), tokens.get(2)) else {
        return None;
    };
    let says_uhr = tokens.get(3) == Some(&Token::Uhr);
    (end > &start && (start_exact || *end_exact || says_uhr)).then_some((*end, 3))
}

/// Adds every weekday after the last one up to `last`, wrapping past Sunday (`Fr–Mo`).
fn extend_to(days: &mut Vec<Weekday>, last: Weekday) {
    let Some(mut day) = days.last().copied() else {
        return;
    };
    while day != last {
        day = day.next();
        if !days.contains(&day) {
            days.push(day);
        }
    }
}

/// The shared tokens as weekly hours read them: weekdays, `und`, `bis` and `Uhr` in German;
/// dates, ordinals and months say the rhythm is not plainly weekly.
fn tokenize(text: &str) -> Vec<Token> {
    let clock = |minutes: u32, exact| {
        let time = u8::try_from(minutes / 60).ok().and_then(|hour| Time::from_hms(hour, (minutes % 60) as u8, 0).ok());
        time.map_or(Token::Other, |time| Token::Clock { time, exact })
    };
    raw_tokens(text)
        .into_iter()
        .map(|token| match token {
            Raw::Word(word) => word_token(&word.to_lowercase()),
            Raw::Clock { minutes, written } => clock(minutes, written != Written::Bare),
            Raw::Dash => Token::Dash,
            Raw::Joiner => Token::Joiner,
            Raw::Stop => Token::Stop,
            Raw::Ordinal => Token::NotWeekly,
            Raw::Other => Token::Other,
        })
        .collect()
}

fn word_token(word: &str) -> Token {
    if let Some(day) = weekday(word) {
        return Token::Day(day);
    }
    match word {
        "und" | "sowie" => Token::Joiner,
        "bis" => Token::Dash,
        "uhr" => Token::Uhr,
        _ if MONTHS.contains(&word) || NOT_WEEKLY.iter().any(|part| word.contains(part)) => Token::NotWeekly,
        _ => Token::Other,
    }
}

fn weekday(word: &str) -> Option<Weekday> {
    let day = match word {
        "mo" | "montag" | "montags" => Weekday::Monday,
        "di" | "dienstag" | "dienstags" => Weekday::Tuesday,
        "mi" | "mittwoch" | "mittwochs" => Weekday::Wednesday,
        "do" | "donnerstag" | "donnerstags" => Weekday::Thursday,
        "fr" | "freitag" | "freitags" => Weekday::Friday,
        "sa" | "samstag" | "samstags" | "sonnabend" | "sonnabends" => Weekday::Saturday,
        "so" | "sonntag" | "sonntags" => Weekday::Sunday,
        _ => return None,
    };
    Some(day)
}

/// `9`, `9:30` or `9.30` as a clock time; `3.` (an ordinal) or a year makes the text not weekly.
#[cfg(test)]
mod tests {
    use time::Weekday::{Friday, Monday, Saturday, Sunday, Thursday, Tuesday, Wednesday};
    use time::macros::time;

    use super::*;

    fn slot(days: &[Weekday], start: Time, end: Time) -> WeeklySlot {
        WeeklySlot { days: days.to_vec(), start, end }
    }

    #[test]
    fn reads_a_weekday_range_with_hours() {
        let workdays = [Monday, Tuesday, Wednesday, Thursday, Friday];
        assert_eq!(weekly_slots("Mo–Fr 8:30–12:45"), [slot(&workdays, time!(8:30), time!(12:45))]);
        assert_eq!(weekly_slots("Mo-Fr 8.30-12.45 Uhr"), [slot(&workdays, time!(8:30), time!(12:45))]);
    }

    #[test]
    fn reads_listed_weekdays_and_spelled_out_ones() {
        assert_eq!(weekly_slots("Di und Do 18:00–20:15"), [slot(&[Tuesday, Thursday], time!(18:00), time!(20:15))]);
        assert_eq!(
            weekly_slots("Mo, Mi, Do 18:00–21:15 online"),
            [slot(&[Monday, Wednesday, Thursday], time!(18:00), time!(21:15))]
        );
        assert_eq!(weekly_slots("jeden Dienstag 16:00–17:30"), [slot(&[Tuesday], time!(16:00), time!(17:30))]);
        assert_eq!(weekly_slots("samstags 10–12 Uhr"), [slot(&[Saturday], time!(10:00), time!(12:00))]);
        assert_eq!(weekly_slots("Fr–Mo 9:00–10:00")[0].days, [Friday, Saturday, Sunday, Monday]);
    }

    #[test]
    fn several_parts_give_several_slots() {
        assert_eq!(
            weekly_slots("Mo–Fr 8:30–12:00 Uhr, Do zusätzlich 14:00–17:30 Uhr"),
            [
                slot(&[Monday, Tuesday, Wednesday, Thursday, Friday], time!(8:30), time!(12:00)),
                slot(&[Thursday], time!(14:00), time!(17:30)),
            ]
        );
        assert_eq!(
            weekly_slots("Frauenkurs samstags 10:00–12:00; Werkstatt Do 16:00–19:00"),
            [slot(&[Saturday], time!(10:00), time!(12:00)), slot(&[Thursday], time!(16:00), time!(19:00))]
        );
        assert_eq!(
            weekly_slots("Mo und Mi 9:00–12:00 und 13:00–15:00"),
            [
                slot(&[Monday, Wednesday], time!(9:00), time!(12:00)),
                slot(&[Monday, Wednesday], time!(13:00), time!(15:00))
            ]
        );
    }

    #[test]
    fn hours_alone_have_no_weekdays() {
        assert_eq!(weekly_slots("10:00–14:00 Uhr"), [slot(&[], time!(10:00), time!(14:00))]);
    }

    #[test]
    fn other_rhythms_and_vague_texts_give_nothing() {
        for text in [
            "jeden 2. und 4. Dienstag im Monat 14:00–16:00 Uhr",
            "einmal im Monat donnerstags 9:00–14:00",
            "monatlich, jeweils 1. Mittwoch 10–14 Uhr",
            "quartalsweise, nächster Termin 20. Januar 2027, 9:00–13:00",
            "April–Oktober So 10:00–13:00",
            "alle zwei Wochen Di 9:00–12:00",
            "14-tägig Mi 15:00–17:00",
            "nachmittags, 3–5 Wochenstunden je nach Sprache",
            "nach Terminvereinbarung",
            "Do bis 18 Uhr",
            "Mo 3–5",
            "Mo 25:00–26:00",
            "Mo 12:00–9:00",
            "",
        ] {
            assert_eq!(weekly_slots(text), [], "{text:?}");
        }
    }
}
