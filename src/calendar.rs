//! Calendars of offers in iCalendar (RFC 5545): one per offer with dates and one feed per
//! provider. Weekly hours in the schedule text become recurring events; other dated offers
//! get all-day events for their start and end. Imports no web or store code.
//! May import: base_url, domain, i18n.

mod berlin;
mod ical;

use time::{Date, OffsetDateTime, Time, Weekday};

use crate::base_url::BaseUrl;
use crate::domain::{Lang, Offer, TextField, WeeklySlot};
use crate::i18n::Translator;
use ical::ContentLines;

/// What a calendar is written for: where its links point, its language, and when it is made.
pub struct CalendarContext<'a> {
    pub base_url: &'a BaseUrl,
    pub lang: Lang,
    /// The time stamp of events whose offer carries no confirmation date.
    pub generated: OffsetDateTime,
}

/// Whether the offer has dates to put in a calendar.
pub fn is_scheduled(offer: &Offer) -> bool {
    offer.schedule.as_ref().is_some_and(|s| s.start.is_some())
}

/// The calendar of one offer, or `None` when it has no dates.
pub fn offer_calendar(offer: &Offer, context: &CalendarContext) -> Option<String> {
    is_scheduled(offer).then(|| calendar(offer.current_title(context.lang).1, std::slice::from_ref(offer), context))
}

/// A provider's feed: every offer of theirs that has dates.
pub fn provider_calendar(provider_name: &str, offers: &[Offer], context: &CalendarContext) -> String {
    calendar(provider_name, offers, context)
}

fn calendar(name: &str, offers: &[Offer], context: &CalendarContext) -> String {
    let mut lines = ContentLines::default();
    lines.raw("BEGIN", "VCALENDAR");
    lines.raw("VERSION", "2.0");
    lines.raw("PRODID", "-//Wegweiser//Angebote im Kreis Unna//DE");
    lines.raw("CALSCALE", "GREGORIAN");
    lines.raw("METHOD", "PUBLISH");
    lines.text("X-WR-CALNAME", name);
    lines.raw("X-WR-TIMEZONE", berlin::TZID);
    for (name, value) in berlin::VTIMEZONE {
        lines.raw(name, value);
    }
    for offer in offers {
        for event in events(offer, context.lang) {
            write_event(&mut lines, offer, &event, context);
        }
    }
    lines.raw("END", "VCALENDAR");
    lines.finish()
}

/// When an event takes place.
enum Timing {
    AllDay(Date),
    Hours { day: Date, start: Time, end: Time, weekly: Option<Weekly> },
}

/// Repeats every week on `days` up to and including `until`.
struct Weekly {
    days: Vec<Weekday>,
    until: Date,
}

struct Event {
    /// Unique within the offer; stable, so a calendar app updates rather than duplicates.
    key: String,
    summary: String,
    timing: Timing,
}

/// Timed events where the schedule text names hours that fit the dates; otherwise all-day
/// events for the day, or for the start and the end.
fn events(offer: &Offer, lang: Lang) -> Vec<Event> {
    let Some(schedule) = &offer.schedule else {
        return Vec::new();
    };
    let Some(start) = schedule.start.map(|day| day.date()) else {
        return Vec::new();
    };
    let end = schedule.end.map(|day| day.date());
    let title = offer.current_title(lang).1;
    let slots = schedule.weekly_slots();
    let timed = match end {
        Some(end) if end == start => hours_on(start, &slots),
        Some(end) => weekly_hours(start, end, &slots),
        None => Vec::new(),
    };
    if !timed.is_empty() {
        return timed.into_iter().map(|(key, timing)| Event { key, summary: title.to_owned(), timing }).collect();
    }
    let t = Translator::new(lang);
    let marker = |key: &str, message: &str, day| Event {
        key: key.to_owned(),
        summary: t.t_with(message, &[("title", title.into())]),
        timing: Timing::AllDay(day),
    };
    match end {
        Some(end) if end == start => {
            vec![Event { key: "day".into(), summary: title.to_owned(), timing: Timing::AllDay(start) }]
        }
        Some(end) => vec![marker("start", "calendar-starts", start), marker("end", "calendar-ends", end)],
        None => vec![marker("start", "calendar-starts", start)],
    }
}

/// The hours of a one-day offer: slots without weekdays, or naming that day's weekday.
fn hours_on(day: Date, slots: &[WeeklySlot]) -> Vec<(String, Timing)> {
    slots
        .iter()
        .enumerate()
        .filter(|(_, slot)| slot.days.is_empty() || slot.days.contains(&day.weekday()))
        .map(|(i, slot)| (format!("hours-{i}"), Timing::Hours { day, start: slot.start, end: slot.end, weekly: None }))
        .collect()
}

/// Each slot with weekdays, every week from its first day in the period until `end`.
fn weekly_hours(start: Date, end: Date, slots: &[WeeklySlot]) -> Vec<(String, Timing)> {
    slots
        .iter()
        .enumerate()
        .filter_map(|(i, slot)| {
            let day = first_day(start, end, &slot.days)?;
            let weekly = Some(Weekly { days: slot.days.clone(), until: end });
            Some((format!("hours-{i}"), Timing::Hours { day, start: slot.start, end: slot.end, weekly }))
        })
        .collect()
}

/// The first day from `start` to `end` that falls on one of `days`: a recurring event must
/// start on an occurrence.
fn first_day(start: Date, end: Date, days: &[Weekday]) -> Option<Date> {
    let mut day = start;
    for _ in 0..7 {
        if day > end {
            return None;
        }
        if days.contains(&day.weekday()) {
            return Some(day);
        }
        day = day.next_day()?;
    }
    None
}

fn write_event(lines: &mut ContentLines, offer: &Offer, event: &Event, context: &CalendarContext) {
    let page = context.base_url.join(&format!("/{}/offers/{}", context.lang, offer.id));
    let stamp = offer.updated.map_or(context.generated, |day| day.date().midnight().assume_utc());
    lines.raw("BEGIN", "VEVENT");
    lines.raw("UID", &format!("{}-{}@{}", offer.id, event.key, context.base_url.host()));
    lines.raw("DTSTAMP", &ical::utc_date_time(stamp));
    match &event.timing {
        Timing::AllDay(day) => {
            lines.raw("DTSTART;VALUE=DATE", &ical::date(*day));
            lines.raw("DTEND;VALUE=DATE", &ical::date(day.next_day().unwrap_or(*day)));
            lines.raw("TRANSP", "TRANSPARENT");
        }
        Timing::Hours { day, start, end, weekly } => {
            let zoned = format!(";TZID={}", berlin::TZID);
            lines.raw(&format!("DTSTART{zoned}"), &ical::local_date_time(*day, *start));
            lines.raw(&format!("DTEND{zoned}"), &ical::local_date_time(*day, *end));
            if let Some(Weekly { days, until }) = weekly {
                let by_day: Vec<&str> = days.iter().map(|d| ical::weekday(*d)).collect();
                let rule = format!("FREQ=WEEKLY;UNTIL={};BYDAY={}", berlin::end_of_day_utc(*until), by_day.join(","));
                lines.raw("RRULE", &rule);
            }
        }
    }
    lines.text("SUMMARY", &event.summary);
    lines.text("DESCRIPTION", &description(offer, context.lang, &page));
    if let Some(location) = offer.locations.first() {
        let place = [location.name.clone(), location.street.clone(), Some(postal_town(location))];
        lines.text("LOCATION", &place.into_iter().flatten().collect::<Vec<_>>().join(", "));
        if let Some((lat, lon)) = location.coordinates() {
            lines.raw("GEO", &format!("{lat};{lon}"));
        }
    }
    lines.raw("URL", &page);
    lines.raw("END", "VEVENT");
}

fn postal_town(location: &crate::domain::Location) -> String {
    match &location.postcode {
        Some(postcode) => format!("{postcode} {}", location.city),
        None => location.city.clone(),
    }
}

/// The provider, the schedule as written, the summary, and the way to the full offer.
fn description(offer: &Offer, lang: Lang, page: &str) -> String {
    let schedule = offer.current_text(TextField::Schedule, lang).map(|(_, text)| text);
    let summary = offer.current_text(TextField::Summary, lang).map(|(_, text)| text);
    let parts = [Some(offer.provider.name.as_str()), schedule, summary, Some(page)];
    parts.into_iter().flatten().collect::<Vec<_>>().join("\n\n")
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::domain::parse_offer;

    fn offer_with(schedule: serde_json::Value) -> Offer {
        parse_offer(json!({
            "id": "kurs", "provider": {"id": "vhs", "name": "VHS"}, "category": "language_course",
            "title": {"de": "Kurs"}, "schedule": schedule,
        }))
        .unwrap()
    }

    fn summary(events: &[Event]) -> Vec<(&str, String)> {
        events
            .iter()
            .map(|e| {
                let when = match &e.timing {
                    Timing::AllDay(day) => format!("all day {day}"),
                    Timing::Hours { day, start, weekly: None, .. } => format!("{day} {start}"),
                    Timing::Hours { day, start, weekly: Some(w), .. } => format!("{day} {start} weekly to {}", w.until),
                };
                (e.key.as_str(), when)
            })
            .collect()
    }

    #[test]
    fn weekly_hours_recur_from_the_first_matching_day() {
        let offer =
            offer_with(json!({"start": "2026-09-05", "end": "2026-12-18", "text": {"de": "Di und Do 18:00–20:15"}}));
        assert_eq!(
            summary(&events(&offer, Lang::De)),
            [("hours-0", "2026-09-08 18:00:00.0 weekly to 2026-12-18".into())]
        );
    }

    #[test]
    fn a_single_day_with_hours_is_one_timed_event() {
        let offer = offer_with(json!({"start": "2027-03-10", "end": "2027-03-10", "text": {"de": "10:00–14:00 Uhr"}}));
        assert_eq!(summary(&events(&offer, Lang::De)), [("hours-0", "2027-03-10 10:00:00.0".into())]);
    }

    #[test]
    fn without_weekly_hours_start_and_end_are_all_day_events() {
        let offer = offer_with(
            json!({"start": "2026-09-01", "end": "2027-06-30", "text": {"de": "jeden 2. Dienstag im Monat"}}),
        );
        let found = events(&offer, Lang::En);
        assert_eq!(summary(&found), [("start", "all day 2026-09-01".into()), ("end", "all day 2027-06-30".into())]);
        assert_eq!(found[0].summary, "Starts: Kurs");
        let open_ended = offer_with(json!({"start": "2026-09-01", "text": {"de": "Mo 9:00–12:00"}}));
        assert_eq!(summary(&events(&open_ended, Lang::De)), [("start", "all day 2026-09-01".into())]);
    }

    #[test]
    fn offers_without_a_start_have_no_calendar() {
        let offer = offer_with(json!({"text": {"de": "Mo 9:00–12:00"}}));
        let context =
            CalendarContext { base_url: &BaseUrl::default(), lang: Lang::De, generated: OffsetDateTime::UNIX_EPOCH };
        assert!(!is_scheduled(&offer));
        assert!(offer_calendar(&offer, &context).is_none());
    }
}
