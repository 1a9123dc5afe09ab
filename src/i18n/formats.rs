//! Dates and numbers as readers of each UI language write them, from CLDR's data as ICU4X
//! compiles it in: "12. Januar 2027", "12 січня 2027\u{202f}р.", "۱۲ ژانویه ۲۰۲۷", "0,4 km".

use icu_calendar::Gregorian;
use icu_datetime::fieldsets::{T, YMD};
use icu_datetime::input::Time;
use icu_datetime::{FixedCalendarDateTimeFormatter, NoCalendarFormatter};
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_locale_core::Locale;
use icu_plurals::{PluralCategory, PluralRules};

use crate::domain::{Day, Lang};

fn locale(lang: Lang) -> Locale {
    lang.code().parse().unwrap_or(Locale::UNKNOWN)
}

/// A day with the month spelled out, always in the Gregorian calendar: offers in Germany run
/// by it, also for readers whose locale counts in another one (Persian, Pashto).
pub fn date(lang: Lang, day: Day) -> String {
    let date = day.date();
    let gregorian = icu_calendar::Date::try_new_gregorian(date.year(), u8::from(date.month()), date.day());
    let formatter = FixedCalendarDateTimeFormatter::<Gregorian, _>::try_new(locale(lang).into(), YMD::long());
    match (gregorian, formatter) {
        (Ok(gregorian), Ok(formatter)) => formatter.format(&gregorian).to_string(),
        _ => day.to_string(),
    }
}

/// A time of day in hours and minutes with the language's clock and digits: "18:30",
/// "6:30 PM", "٦:٣٠ م".
pub fn time(lang: Lang, minutes: u16) -> String {
    let (hour, minute) = ((minutes / 60) as u8, (minutes % 60) as u8);
    let time = Time::try_new(hour, minute, 0, 0);
    let formatter = NoCalendarFormatter::try_new(locale(lang).into(), T::hm());
    match (time, formatter) {
        (Ok(time), Ok(formatter)) => formatter.format(&time).to_string(),
        _ => format!("{hour:02}:{minute:02}"),
    }
}

/// A whole number with the language's digits and grouping.
pub fn integer(lang: Lang, n: i64) -> String {
    decimal(lang, Decimal::from(n))
}

/// A distance in kilometres: tenths below ten kilometres, whole kilometres from there.
pub fn kilometres(lang: Lang, km: f64) -> String {
    let tenths = (km * 10.0).round() as i64;
    if km >= 10.0 || tenths % 10 == 0 {
        return integer(lang, km.round() as i64);
    }
    let mut tenths = Decimal::from(tenths);
    tenths.multiply_pow10(-1);
    tenths.pad_end(-1);
    decimal(lang, tenths)
}

/// The CLDR plural category of a whole number, as Fluent's variant keys name them.
pub fn plural_category(lang: Lang, n: i64) -> &'static str {
    let Ok(rules) = PluralRules::try_new_cardinal(locale(lang).into()) else { return "other" };
    match rules.category_for(n) {
        PluralCategory::Zero => "zero",
        PluralCategory::One => "one",
        PluralCategory::Two => "two",
        PluralCategory::Few => "few",
        PluralCategory::Many => "many",
        PluralCategory::Other => "other",
    }
}

fn decimal(lang: Lang, number: Decimal) -> String {
    match DecimalFormatter::try_new(locale(lang).into(), Default::default()) {
        Ok(formatter) => formatter.format(&number).to_string(),
        Err(_) => number.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> Day {
        text.parse().unwrap()
    }

    #[test]
    fn times_follow_the_readers_clock() {
        assert_eq!(time(Lang::De, 18 * 60 + 30), "18:30");
        assert!(time(Lang::En, 18 * 60 + 30).starts_with("6:30"), "{}", time(Lang::En, 18 * 60 + 30));
        assert_eq!(time(Lang::Ar, 9 * 60), "9:00 ص");
        assert_eq!(time(Lang::Fa, 9 * 60), "۹:۰۰");
    }

    #[test]
    fn dates_spell_the_month_in_the_readers_language() {
        let day = day("2027-01-12");
        assert_eq!(date(Lang::De, day), "12. Januar 2027");
        assert_eq!(date(Lang::En, day), "January 12, 2027");
        assert_eq!(date(Lang::Uk, day), "12 січня 2027\u{202f}р.");
        assert_eq!(date(Lang::Tr, day), "12 Ocak 2027");
        assert_eq!(date(Lang::Pl, day), "12 stycznia 2027");
    }

    #[test]
    fn persian_and_pashto_dates_stay_gregorian_in_their_digits() {
        let day = day("2027-01-12");
        assert_eq!(date(Lang::Fa, day), "۱۲ ژانویه ۲۰۲۷");
        assert!(date(Lang::Ps, day).contains("۲۰۲۷"), "{}", date(Lang::Ps, day));
    }

    #[test]
    fn no_language_shows_a_date_in_iso_form() {
        for lang in Lang::ALL {
            let shown = date(lang, day("2026-11-10"));
            assert!(!shown.contains("2026-11-10") && !shown.contains("10-11-2026"), "{lang}: {shown}");
        }
    }

    #[test]
    fn distances_use_the_languages_decimal_separator() {
        assert_eq!(kilometres(Lang::De, 0.1), "0,1");
        assert_eq!(kilometres(Lang::Ru, 2.3), "2,3");
        assert_eq!(kilometres(Lang::Ru, 5.0), "5");
        assert_eq!(kilometres(Lang::Tr, 0.44), "0,4");
        assert_eq!(kilometres(Lang::En, 0.1), "0.1");
        assert_eq!(kilometres(Lang::Fa, 3.5), "۳٫۵");
        assert_eq!(kilometres(Lang::De, 23.4), "23");
    }

    #[test]
    fn plural_categories_follow_cldr_also_past_one_hundred() {
        assert_eq!(plural_category(Lang::Ar, 205), "few");
        assert_eq!(plural_category(Lang::Ar, 111), "many");
        assert_eq!(plural_category(Lang::Ru, 21), "one");
        assert_eq!(plural_category(Lang::Pl, 122), "few");
        assert_eq!(plural_category(Lang::De, 1), "one");
    }

    #[test]
    fn large_numbers_are_grouped_as_the_language_groups_them() {
        assert_eq!(integer(Lang::De, 1205), "1.205");
        assert_eq!(integer(Lang::En, 1205), "1,205");
        assert_eq!(integer(Lang::Fa, 205), "۲۰۵");
    }
}
