use time::{Date, Month};

pub const TZID: &str = "Europe/Berlin";

/// The zone's rules since 1996: summer time from the last Sunday of March to the last Sunday of
/// October, switching at 01:00 UTC.
pub const VTIMEZONE: &[(&str, &str)] = &[
    ("BEGIN", "VTIMEZONE"),
    ("TZID", TZID),
    ("BEGIN", "DAYLIGHT"),
    ("TZOFFSETFROM", "+0100"),
    ("TZOFFSETTO", "+0200"),
    ("TZNAME", "CEST"),
    ("DTSTART", "19700329T020000"),
    ("RRULE", "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU"),
    ("END", "DAYLIGHT"),
    ("BEGIN", "STANDARD"),
    ("TZOFFSETFROM", "+0200"),
    ("TZOFFSETTO", "+0100"),
    ("TZNAME", "CET"),
    ("DTSTART", "19701025T030000"),
    ("RRULE", "FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU"),
    ("END", "STANDARD"),
    ("END", "VTIMEZONE"),
];

/// The last moment of `day` in Berlin, in UTC as RRULE's UNTIL needs it with a TZID start:
/// `20270528T215959Z` in summer, `…T225959Z` in winter.
pub fn end_of_day_utc(day: Date) -> String {
    let summer = last_sunday(day.year(), Month::March) <= day && day < last_sunday(day.year(), Month::October);
    let hour = if summer { 21 } else { 22 };
    format!("{}T{hour}5959Z", super::ical::date(day))
}

fn last_sunday(year: i32, month: Month) -> Date {
    let last = Date::from_calendar_date(year, month, month.length(year)).unwrap_or(Date::MIN);
    let back = last.weekday().number_days_from_sunday();
    last - time::Duration::days(i64::from(back))
}

#[cfg(test)]
mod tests {
    use time::Weekday;
    use time::macros::date;

    use super::*;

    #[test]
    fn summer_time_moves_the_end_of_day_an_hour_earlier_in_utc() {
        assert_eq!(end_of_day_utc(date!(2027 - 05 - 28)), "20270528T215959Z");
        assert_eq!(end_of_day_utc(date!(2027 - 01 - 15)), "20270115T225959Z");
        assert_eq!(end_of_day_utc(date!(2027 - 03 - 28)), "20270328T215959Z", "the switch day is summer by night");
        assert_eq!(end_of_day_utc(date!(2027 - 10 - 31)), "20271031T225959Z", "and winter again");
        assert_eq!(last_sunday(2026, Month::October).weekday(), Weekday::Sunday);
    }
}
