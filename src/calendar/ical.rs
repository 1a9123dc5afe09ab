use time::{Date, OffsetDateTime, Time, Weekday};

/// Octets per line before folding, CRLF excluded (RFC 5545, 3.1).
const LINE_OCTETS: usize = 75;

/// Writes iCalendar content lines: CRLF endings, folded at 75 octets without splitting a
/// character, TEXT values escaped.
#[derive(Default)]
pub struct ContentLines {
    out: String,
}

impl ContentLines {
    /// A property whose value is already in its iCalendar form (dates, rules, URIs).
    pub fn raw(&mut self, name: &str, value: &str) {
        let line = format!("{name}:{value}");
        let mut octets = 0;
        for c in line.chars() {
            if octets + c.len_utf8() > LINE_OCTETS {
                // The continuation's leading space counts towards its 75 octets.
                self.out.push_str("\r\n ");
                octets = 1;
            }
            self.out.push(c);
            octets += c.len_utf8();
        }
        self.out.push_str("\r\n");
    }

    /// A TEXT property, escaped.
    pub fn text(&mut self, name: &str, value: &str) {
        self.raw(name, &escape_text(value));
    }

    pub fn finish(self) -> String {
        self.out
    }
}

/// Escapes `\`, `;`, `,` and line breaks, and drops other control characters, which TEXT
/// may not hold.
pub fn escape_text(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' | ';' | ',' => {
                escaped.push('\\');
                escaped.push(c);
            }
            '\r' => {
                chars.next_if_eq(&'\n');
                escaped.push_str("\\n");
            }
            '\n' => escaped.push_str("\\n"),
            '\t' => escaped.push(c),
            _ if c.is_control() => {}
            _ => escaped.push(c),
        }
    }
    escaped
}

/// `20260907`, the DATE form.
pub fn date(date: Date) -> String {
    format!("{:04}{:02}{:02}", date.year(), u8::from(date.month()), date.day())
}

/// `20260907T083000`, a local DATE-TIME.
pub fn local_date_time(day: Date, time: Time) -> String {
    format!("{}T{:02}{:02}{:02}", date(day), time.hour(), time.minute(), time.second())
}

/// `20260907T083000Z`, a DATE-TIME in UTC.
pub fn utc_date_time(moment: OffsetDateTime) -> String {
    let utc = moment.to_offset(time::UtcOffset::UTC);
    format!("{}Z", local_date_time(utc.date(), utc.time()))
}

/// `MO`, `TU`, … as BYDAY writes weekdays.
pub fn weekday(day: Weekday) -> &'static str {
    match day {
        Weekday::Monday => "MO",
        Weekday::Tuesday => "TU",
        Weekday::Wednesday => "WE",
        Weekday::Thursday => "TH",
        Weekday::Friday => "FR",
        Weekday::Saturday => "SA",
        Weekday::Sunday => "SU",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_the_four_specials_and_keeps_text() {
        assert_eq!(escape_text("a,b;c\\d\ne\r\nf"), "a\\,b\\;c\\\\d\\ne\\nf");
        assert_eq!(escape_text("Mo–Fr\u{7} 8:30"), "Mo–Fr 8:30");
    }

    #[test]
    fn folds_long_lines_at_75_octets_between_characters() {
        let mut lines = ContentLines::default();
        lines.text("SUMMARY", &"ä".repeat(100));
        let out = lines.finish();
        assert!(out.ends_with("\r\n"));
        let physical: Vec<&str> = out.trim_end_matches("\r\n").split("\r\n").collect();
        assert!(physical.len() > 2);
        assert!(physical.iter().all(|line| line.len() <= 75), "{physical:?}");
        assert!(physical[1..].iter().all(|line| line.starts_with(' ')));
        let unfolded: String = physical.iter().enumerate().map(|(i, l)| if i == 0 { *l } else { &l[1..] }).collect();
        assert_eq!(unfolded, format!("SUMMARY:{}", "ä".repeat(100)));
    }

    #[test]
    fn short_lines_stay_whole() {
        let mut lines = ContentLines::default();
        lines.raw("VERSION", "2.0");
        assert_eq!(lines.finish(), "VERSION:2.0\r\n");
    }
}
