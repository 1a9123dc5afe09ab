//! Schedule texts as providers write them (`Mo–Fr 8:30–12:45`, `samstags 11–14 Uhr`,
//! `الثلاثاء ١٨:٠٠–٢٠:٠٠`): one tokenizer, read for weekly hours (calendars, JSON-LD, proposed
//! opening hours, search by time of day) and for evenings and weekends in any language.

mod off_hours;
mod weekly;

pub use off_hours::{evening_or_weekend, text_says_evening_or_weekend};
pub use weekly::{WeeklySlot, weekly_slots};

/// How a clock time was written: the colon is the surest sign of a time.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Written {
    /// `17:30`
    Colon,
    /// `17.30`
    Dot,
    /// `17`
    Bare,
}

#[derive(Clone, Debug, PartialEq)]
enum Token {
    /// A word as written; readers fold case where the word allows it.
    Word(String),
    /// A time of day in minutes from midnight, up to 24:00.
    Clock {
        minutes: u32,
        written: Written,
    },
    Dash,
    /// `,`, `/`, `&`, `،`: joins weekdays into a list.
    Joiner,
    /// `;`: ends a part of the text.
    Stop,
    /// A number ending in a dot (`2.`, `17.03.`): an ordinal or a date.
    Ordinal,
    /// Any other sign or number.
    Other,
}

fn tokenize(text: &str) -> Vec<Token> {
    let chars: Vec<char> = text.chars().map(ascii_digit).filter(|c| !is_arabic_vowel_mark(*c)).collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c.is_alphabetic() {
            let start = i;
            // The zero-width non-joiner belongs inside Persian words: `سه‌شنبه` is Tuesday.
            while i < chars.len() && (chars[i].is_alphabetic() || chars[i] == '\u{200C}') {
                i += 1;
            }
            tokens.push(Token::Word(chars[start..i].iter().collect()));
            if chars.get(i) == Some(&'.') {
                i += 1;
            }
        } else if c.is_ascii_digit() {
            let (token, next) = number(&chars, i);
            tokens.push(token);
            i = next;
        } else {
            match c {
                '–' | '—' | '-' | '‐' => tokens.push(Token::Dash),
                ',' | '/' | '&' | '،' => tokens.push(Token::Joiner),
                ';' => tokens.push(Token::Stop),
                _ if c.is_whitespace() || c == '.' => {}
                _ => tokens.push(Token::Other),
            }
            i += 1;
        }
    }
    tokens
}

fn ascii_digit(c: char) -> char {
    match c {
        '\u{0660}'..='\u{0669}' => char::from(b'0' + (u32::from(c) - 0x0660) as u8),
        '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (u32::from(c) - 0x06F0) as u8),
        _ => c,
    }
}

fn is_arabic_vowel_mark(c: char) -> bool {
    ('\u{064B}'..='\u{0652}').contains(&c)
}

/// `17`, `17:30` or `17.30` as a time; `2.` is an ordinal; `0800`, `25` or `17:5` is no time.
fn number(chars: &[char], start: usize) -> (Token, usize) {
    let digits = |from: usize| chars[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    let hour_len = digits(start);
    let after = start + hour_len;
    let hour: u32 = chars[start..after].iter().collect::<String>().parse().unwrap_or(u32::MAX);
    let separator = chars.get(after).copied().filter(|c| matches!(c, ':' | '.'));
    let minute_len = if separator.is_some() { digits(after + 1) } else { 0 };
    let (minutes, written, next) = match (separator, minute_len) {
        (Some(separator), 2) => {
            let minute: u32 = chars[after + 1..after + 3].iter().collect::<String>().parse().unwrap_or(u32::MAX);
            let written = if separator == ':' { Written::Colon } else { Written::Dot };
            let minutes = if minute < 60 { hour.saturating_mul(60).saturating_add(minute) } else { u32::MAX };
            (minutes, written, after + 3)
        }
        (Some('.'), 0) => return (Token::Ordinal, after + 1),
        (Some(_), more) => return (Token::Other, after + 1 + more),
        (None, _) => (hour.saturating_mul(60), Written::Bare, after),
    };
    let valid = hour_len <= 2 && minutes <= 24 * 60;
    (if valid { Token::Clock { minutes, written } } else { Token::Other }, next)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn times_are_read_as_written_in_any_digits() {
        let clock = |minutes, written| Token::Clock { minutes, written };
        assert_eq!(tokenize("8:30"), [clock(510, Written::Colon)]);
        assert_eq!(tokenize("8.30 Uhr"), [clock(510, Written::Dot), Token::Word("Uhr".into())]);
        assert_eq!(tokenize("١٨:٠٠–۲۰"), [clock(1080, Written::Colon), Token::Dash, clock(1200, Written::Bare)]);
        assert_eq!(tokenize("2. Mo."), [Token::Ordinal, Token::Word("Mo".into())]);
        assert_eq!(tokenize("0800 25 17:5 9:75"), [Token::Other, Token::Other, Token::Other, Token::Other]);
        assert_eq!(
            tokenize("Di; سه‌شنبه"),
            [Token::Word("Di".into()), Token::Stop, Token::Word("سه\u{200C}شنبه".into())]
        );
    }
}
