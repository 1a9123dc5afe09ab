//! Opening hours as the offer format gives them: weekdays with an opening and a closing time in
//! German local time, several slots a day.

use std::fmt;

use serde::{Deserialize, Serialize};
use time::{Date, Month, OffsetDateTime, PrimitiveDateTime, UtcOffset, Weekday};

use super::{Day, Lang, Offer, WeeklySlot, weekly_slots};

/// A day of the week as the offer format writes it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum WeekDay {
    Mo,
    Tu,
    We,
    Th,
    Fr,
    Sa,
    Su,
}

impl WeekDay {
    pub const ALL: [WeekDay; 7] =
        [WeekDay::Mo, WeekDay::Tu, WeekDay::We, WeekDay::Th, WeekDay::Fr, WeekDay::Sa, WeekDay::Su];

    /// The format's code, `mo` … `su`.
    pub fn code(self) -> &'static str {
        ["mo", "tu", "we", "th", "fr", "sa", "su"][self as usize]
    }

    /// The German abbreviation the schedule texts use, `Mo` … `So`.
    pub fn german(self) -> &'static str {
        ["Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"][self as usize]
    }

    pub fn of(weekday: Weekday) -> WeekDay {
        WeekDay::ALL[usize::from(weekday.number_days_from_monday())]
    }
}

/// A clock time `HH:MM` from `00:00` to `23:59`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ClockTime {
    minutes: u16,
}

impl ClockTime {
    pub fn from_minutes(minutes: u16) -> Option<ClockTime> {
        (minutes < 24 * 60).then_some(ClockTime { minutes })
    }

    /// Minutes since midnight.
    pub fn minutes(self) -> u16 {
        self.minutes
    }
}

impl TryFrom<String> for ClockTime {
    type Error = String;

    fn try_from(text: String) -> Result<Self, String> {
        let parts = text.split_once(':').filter(|(h, m)| h.len() == 2 && m.len() == 2);
        let number =
            |digits: &str| digits.bytes().all(|b| b.is_ascii_digit()).then(|| digits.parse::<u16>().ok()).flatten();
        match parts.and_then(|(h, m)| number(h).zip(number(m))) {
            Some((hour, minute)) if hour < 24 && minute < 60 => Ok(ClockTime { minutes: hour * 60 + minute }),
            _ => Err(format!("`{text}` is not a time of day from 00:00 to 23:59 (HH:MM)")),
        }
    }
}

impl From<ClockTime> for String {
    fn from(time: ClockTime) -> String {
        time.to_string()
    }
}

impl fmt::Display for ClockTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:02}:{:02}", self.minutes / 60, self.minutes % 60)
    }
}

/// Open on these days from `opens` to `closes`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OpeningSlot {
    pub days: Vec<WeekDay>,
    pub opens: ClockTime,
    pub closes: ClockTime,
}

impl OpeningSlot {
    fn covers(&self, day: WeekDay, minute: u16) -> bool {
        self.days.contains(&day) && self.opens.minutes() <= minute && minute < self.closes.minutes()
    }
}

/// Problems with opening hours, each as (field path, message).
pub(super) fn check_hours(hours: &[OpeningSlot]) -> Vec<(String, String)> {
    let mut problems = Vec::new();
    for (i, slot) in hours.iter().enumerate() {
        if slot.days.is_empty() {
            problems.push((format!("hours[{i}].days"), "names no day; use `mo` … `su`".to_owned()));
        }
        for (n, day) in slot.days.iter().enumerate() {
            if slot.days[..n].contains(day) {
                problems.push((format!("hours[{i}].days"), format!("`{}` is listed twice", day.code())));
            }
        }
        if slot.closes <= slot.opens {
            problems.push((format!("hours[{i}].closes"), format!("{} is not after {}", slot.closes, slot.opens)));
        }
    }
    problems
}

/// A part of the week people can come in, as the `time_of_day` filter names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TimeOfDay {
    /// Open before noon.
    Morning,
    /// Open between noon and five.
    Afternoon,
    /// Opens from five or is open until six or later, when people who work can come.
    Evening,
    /// Open on Saturday or Sunday.
    Weekend,
}

impl TimeOfDay {
    pub const ALL: [TimeOfDay; 4] = [TimeOfDay::Morning, TimeOfDay::Afternoon, TimeOfDay::Evening, TimeOfDay::Weekend];

    pub fn code(self) -> &'static str {
        match self {
            TimeOfDay::Morning => "morning",
            TimeOfDay::Afternoon => "afternoon",
            TimeOfDay::Evening => "evening",
            TimeOfDay::Weekend => "weekend",
        }
    }

    pub fn from_code(code: &str) -> Option<TimeOfDay> {
        TimeOfDay::ALL.into_iter().find(|t| t.code() == code)
    }

    fn fits(self, slot: &OpeningSlot) -> bool {
        let (opens, closes) = (slot.opens.minutes(), slot.closes.minutes());
        match self {
            TimeOfDay::Morning => opens < 12 * 60,
            TimeOfDay::Afternoon => opens < 17 * 60 && closes > 12 * 60,
            TimeOfDay::Evening => opens >= 17 * 60 || closes >= 18 * 60,
            TimeOfDay::Weekend => slot.days.iter().any(|d| matches!(d, WeekDay::Sa | WeekDay::Su)),
        }
    }
}

impl Offer {
    /// The weekly hours search and "open now" go by: the opening hours, else those the German
    /// schedule text names.
    pub fn weekly_hours(&self) -> Vec<OpeningSlot> {
        if !self.hours.is_empty() {
            return self.hours.clone();
        }
        self.schedule
            .as_ref()
            .and_then(|s| s.text.as_ref())
            .and_then(|t| t.get(Lang::De))
            .map(propose_hours)
            .unwrap_or_default()
    }

    /// The parts of the week its weekly hours fall in.
    pub fn times_of_day(&self) -> Vec<TimeOfDay> {
        let hours = self.weekly_hours();
        TimeOfDay::ALL.into_iter().filter(|part| hours.iter().any(|slot| part.fits(slot))).collect()
    }

    /// Open at the moment `now`: within its dates, and within its weekly hours in German time.
    pub fn is_open(&self, now: OffsetDateTime) -> bool {
        let today = Day::from_date(berlin_local(now).date());
        let schedule = self.schedule.as_ref();
        let started = schedule.and_then(|s| s.start).is_none_or(|start| start <= today);
        let ended = schedule.and_then(|s| s.end).is_some_and(|end| end < today);
        started && !ended && is_open_at(&self.weekly_hours(), now)
    }
}

/// Minutes since Monday 00:00 in German time, the scale of [`week_ranges`].
pub fn week_minute(now: OffsetDateTime) -> u16 {
    let local = berlin_local(now);
    u16::from(local.weekday().number_days_from_monday()) * 24 * 60
        + u16::from(local.hour()) * 60
        + u16::from(local.minute())
}

/// Every slot on every one of its days as minutes since Monday 00:00: open from the first
/// number until before the second.
pub fn week_ranges(hours: &[OpeningSlot]) -> Vec<(u16, u16)> {
    let day_start = |day: WeekDay| day as u16 * 24 * 60;
    hours
        .iter()
        .flat_map(|slot| {
            slot.days
                .iter()
                .map(move |day| (day_start(*day) + slot.opens.minutes(), day_start(*day) + slot.closes.minutes()))
        })
        .collect()
}

/// Each weekday with its slots in time order; days without hours are left out.
pub fn week(hours: &[OpeningSlot]) -> Vec<(WeekDay, Vec<(ClockTime, ClockTime)>)> {
    WeekDay::ALL
        .into_iter()
        .filter_map(|day| {
            let mut times: Vec<(ClockTime, ClockTime)> =
                hours.iter().filter(|s| s.days.contains(&day)).map(|s| (s.opens, s.closes)).collect();
            times.sort();
            (!times.is_empty()).then_some((day, times))
        })
        .collect()
}

/// Whether the hours are open at the moment `now` in German local time.
pub fn is_open_at(hours: &[OpeningSlot], now: OffsetDateTime) -> bool {
    let local = berlin_local(now);
    let minute = u16::from(local.hour()) * 60 + u16::from(local.minute());
    let day = WeekDay::of(local.weekday());
    hours.iter().any(|slot| slot.covers(day, minute))
}

/// `now` on a clock in Germany: summer time from the last Sunday of March to the last Sunday
/// of October, switching at 01:00 UTC.
pub fn berlin_local(now: OffsetDateTime) -> PrimitiveDateTime {
    let utc = now.to_offset(UtcOffset::UTC);
    let switch = |month| last_sunday(utc.year(), month).with_hms(1, 0, 0).map(|t| t.assume_utc());
    let summer = match (switch(Month::March), switch(Month::October)) {
        (Ok(from), Ok(to)) => from <= utc && utc < to,
        _ => false,
    };
    let hours = if summer { 2 } else { 1 };
    let local = utc + time::Duration::hours(hours);
    PrimitiveDateTime::new(local.date(), local.time())
}

fn last_sunday(year: i32, month: Month) -> Date {
    let last = Date::from_calendar_date(year, month, month.length(year)).unwrap_or(Date::MIN);
    last - time::Duration::days(i64::from(last.weekday().number_days_from_sunday()))
}

/// Opening hours a German schedule text names (`Mo–Fr 8:30–12:45, Do 14–17 Uhr`), proposed for
/// a provider to check; empty when the text names no weekdays with times.
pub fn propose_hours(text: &str) -> Vec<OpeningSlot> {
    weekly_slots(text).iter().filter(|slot| !slot.days.is_empty()).filter_map(opening_slot).collect()
}

fn opening_slot(slot: &WeeklySlot) -> Option<OpeningSlot> {
    let minutes = |t: time::Time| ClockTime::from_minutes(u16::from(t.hour()) * 60 + u16::from(t.minute()));
    Some(OpeningSlot {
        days: slot.days.iter().map(|d| WeekDay::of(*d)).collect(),
        opens: minutes(slot.start)?,
        closes: minutes(slot.end)?,
    })
}

/// The hours in the notation of the schedule texts, `Mo, Di 09:00–12:00; Do 14:00–18:00`, which
/// [`propose_hours`] reads back.
pub fn hours_text(hours: &[OpeningSlot]) -> String {
    let slots: Vec<String> = hours
        .iter()
        .map(|slot| {
            let days: Vec<&str> = slot.days.iter().map(|d| d.german()).collect();
            format!("{} {}–{}", days.join(", "), slot.opens, slot.closes)
        })
        .collect();
    slots.join("; ")
}

#[cfg(test)]
mod tests {
    use serde_json::json;
    use time::macros::datetime;

    use super::*;

    fn hours(value: serde_json::Value) -> Vec<OpeningSlot> {
        serde_json::from_value(value).unwrap()
    }

    #[test]
    fn times_are_hh_mm_of_one_day() {
        for good in ["00:00", "09:05", "23:59"] {
            assert_eq!(ClockTime::try_from(good.to_owned()).unwrap().to_string(), good);
        }
        for bad in ["9:00", "24:00", "12:60", "12-00", "ab:cd", "+1:00", ""] {
            assert!(ClockTime::try_from(bad.to_owned()).is_err(), "{bad}");
        }
    }

    #[test]
    fn slots_need_days_once_and_a_closing_after_the_opening() {
        let slots = hours(json!([
            {"days": [], "opens": "09:00", "closes": "12:00"},
            {"days": ["mo", "mo"], "opens": "12:00", "closes": "09:00"},
        ]));
        let fields: Vec<String> = check_hours(&slots).into_iter().map(|(field, _)| field).collect();
        assert_eq!(fields, ["hours[0].days", "hours[1].days", "hours[1].closes"]);
    }

    #[test]
    fn the_week_orders_days_and_slots() {
        let slots = hours(json!([
            {"days": ["th"], "opens": "14:00", "closes": "18:00"},
            {"days": ["mo", "th"], "opens": "09:00", "closes": "12:00"},
        ]));
        let week = week(&slots);
        assert_eq!(week.iter().map(|(d, _)| d.code()).collect::<Vec<_>>(), ["mo", "th"]);
        assert_eq!(week[1].1.len(), 2);
        assert_eq!(week[1].1[0].0.to_string(), "09:00");
    }

    #[test]
    fn open_now_follows_german_summer_and_winter_time() {
        let slots = hours(json!([{"days": ["th"], "opens": "09:00", "closes": "12:00"}]));
        // Thursday 2026-11-19, 08:30 UTC is 09:30 in winter; 11:30 UTC is 12:30.
        assert!(is_open_at(&slots, datetime!(2026-11-19 08:30 UTC)));
        assert!(!is_open_at(&slots, datetime!(2026-11-19 11:30 UTC)));
        // Thursday 2026-07-16, 07:30 UTC is 09:30 in summer; 06:30 UTC is 08:30.
        assert!(is_open_at(&slots, datetime!(2026-07-16 07:30 UTC)));
        assert!(!is_open_at(&slots, datetime!(2026-07-16 06:30 UTC)));
        assert!(!is_open_at(&slots, datetime!(2026-11-20 08:30 UTC)), "Friday");
    }

    #[test]
    fn parts_of_the_week_come_from_the_hours_or_else_the_german_times() {
        let offer = |extra: serde_json::Value| {
            let mut value =
                json!({"id": "a", "provider": {"id": "p", "name": "P"}, "category": "other", "title": {"de": "A"}});
            value.as_object_mut().unwrap().extend(extra.as_object().unwrap().clone());
            crate::domain::parse_offer(value).unwrap()
        };
        let codes = |offer: Offer| offer.times_of_day().into_iter().map(TimeOfDay::code).collect::<Vec<_>>();
        assert_eq!(
            codes(offer(json!({"hours": [{"days": ["sa"], "opens": "10:00", "closes": "13:00"}]}))),
            ["morning", "afternoon", "weekend"]
        );
        assert_eq!(codes(offer(json!({"schedule": {"text": {"de": "Di und Do 18:00–20:15 Uhr"}}}))), ["evening"]);
        let both = json!({"hours": [{"days": ["mo"], "opens": "08:00", "closes": "11:00"}],
            "schedule": {"text": {"de": "Di 18:00–20:00"}}});
        assert_eq!(codes(offer(both)), ["morning"], "the hours win over the text");
        assert!(codes(offer(json!({"schedule": {"text": {"en": "Tuesday evenings"}}}))).is_empty());
    }

    #[test]
    fn an_offer_is_open_only_within_its_dates() {
        let offer = crate::domain::parse_offer(json!({"id": "a", "provider": {"id": "p", "name": "P"}, "category": "other",
            "title": {"de": "A"}, "schedule": {"start": "2026-11-01", "end": "2026-11-30", "text": {"de": "Do 9–12 Uhr"}}}))
        .unwrap();
        assert!(offer.is_open(datetime!(2026-11-19 09:00 UTC)));
        assert!(!offer.is_open(datetime!(2026-12-03 09:00 UTC)), "after its end");
        assert!(!offer.is_open(datetime!(2026-10-29 09:00 UTC)), "before its start");
    }

    #[test]
    fn week_minutes_place_slots_and_moments_on_one_scale() {
        let slots = hours(json!([{"days": ["tu", "su"], "opens": "09:00", "closes": "12:00"}]));
        assert_eq!(week_ranges(&slots), [(1440 + 540, 1440 + 720), (6 * 1440 + 540, 6 * 1440 + 720)]);
        // Tuesday 2026-11-17, 08:00 UTC is 09:00 in Germany.
        assert_eq!(week_minute(datetime!(2026-11-17 08:00 UTC)), 1440 + 540);
    }

    #[test]
    fn hours_are_proposed_from_a_german_text_and_written_back_the_same_way() {
        let proposed = propose_hours("Mo–Fr 8:30–12:45, Do 14–17 Uhr");
        let expected = hours(json!([
            {"days": ["mo", "tu", "we", "th", "fr"], "opens": "08:30", "closes": "12:45"},
            {"days": ["th"], "opens": "14:00", "closes": "17:00"},
        ]));
        assert_eq!(proposed, expected);
        assert_eq!(hours_text(&proposed), "Mo, Di, Mi, Do, Fr 08:30–12:45; Do 14:00–17:00");
        assert_eq!(propose_hours(&hours_text(&proposed)), proposed);
        assert!(propose_hours("jeden zweiten Montag im Monat").is_empty());
        assert!(propose_hours("10:00–14:00 Uhr").is_empty(), "hours without days are no opening hours");
    }
}
