//! Where "today" comes from: the system clock in the server, a fixed day in tests, so that what
//! has ended, what is outdated and what starts soon do not change with the real date.

use time::OffsetDateTime;

use super::Day;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Clock {
    /// The real date and time.
    #[default]
    System,
    /// Always this day, at midnight UTC.
    Fixed(Day),
    /// Always this moment.
    FixedAt(OffsetDateTime),
}

impl Clock {
    pub fn today(self) -> Day {
        match self {
            Clock::System => Day::today(),
            Clock::Fixed(day) => day,
            Clock::FixedAt(moment) => Day::from_date(moment.date()),
        }
    }

    pub fn now(self) -> OffsetDateTime {
        match self {
            Clock::System => OffsetDateTime::now_utc(),
            Clock::Fixed(day) => day.date().midnight().assume_utc(),
            Clock::FixedAt(moment) => moment,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fixed_clock_says_its_day() {
        let day: Day = "2026-11-15".parse().unwrap();
        assert_eq!(Clock::Fixed(day).today(), day);
        assert_eq!(Clock::Fixed(day).now().date(), day.date());
    }
}
