use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};
use time::Date;
use time::macros::format_description;

/// A calendar day written `YYYY-MM-DD`, the only date form of the offer format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Day(Date);

const FORMAT: &[time::format_description::FormatItem<'static>] = format_description!("[year]-[month]-[day]");

impl Day {
    pub fn from_date(date: Date) -> Self {
        Day(date)
    }

    pub fn date(self) -> Date {
        self.0
    }

    /// Today in UTC; the district lives in one time zone, a day's difference is harmless.
    pub fn today() -> Self {
        Day(time::OffsetDateTime::now_utc().date())
    }

    /// Days since 1970-01-01, for numeric fields in the index.
    pub fn ordinal_days(self) -> i64 {
        i64::from(self.0.to_julian_day()) - 2_440_588
    }
}

impl FromStr for Day {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let valid_shape = text.len() == 10
            && text.bytes().enumerate().all(|(i, b)| if i == 4 || i == 7 { b == b'-' } else { b.is_ascii_digit() });
        if !valid_shape {
            return Err(format!("`{text}` is not a date of the form YYYY-MM-DD"));
        }
        Date::parse(text, FORMAT).map(Day).map_err(|_| format!("`{text}` is not a real calendar date"))
    }
}

impl TryFrom<String> for Day {
    type Error = String;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        text.parse()
    }
}

impl From<Day> for String {
    fn from(day: Day) -> String {
        day.to_string()
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let (year, month, day) = (self.0.year(), u8::from(self.0.month()), self.0.day());
        write!(f, "{year:04}-{month:02}-{day:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_and_prints_iso_days() {
        let day: Day = "2026-02-28".parse().unwrap();
        assert_eq!(day.to_string(), "2026-02-28");
        assert_eq!("1970-01-02".parse::<Day>().unwrap().ordinal_days(), 1);
    }

    #[test]
    fn rejects_impossible_and_misshaped_days() {
        assert!("2026-02-30".parse::<Day>().unwrap_err().contains("not a real"));
        assert!("2026-2-3".parse::<Day>().is_err());
        assert!("12.01.2026".parse::<Day>().is_err());
        assert!("".parse::<Day>().is_err());
    }
}
