//! UI strings from the Fluent files in `data/locales/{lang}/main.ftl`, built into the binary.
//! May import: domain.

mod formats;

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, static_loader};
use intl_memoizer::Memoizable;
use intl_memoizer::concurrent::IntlLangMemoizer;

use crate::domain::{Day, Lang};

static_loader! {
    static LOCALES = {
        locales: "./data/locales",
        fallback_language: "de",
        // The page marks direction with `dir` and <bdi>; isolation marks would only get in the way
        // of copying and of tests.
        customise: |bundle| {
            bundle.set_use_isolating(false);
            bundle.set_formatter(Some(local_number));
            let lang = bundle.locales.first().and_then(|id| Lang::from_code(id.language.as_str()));
            bundle
                .add_function("PLURAL", move |args, _| plural_selector(lang, args))
                .expect("a new bundle has no functions yet");
        },
    };
}

/// The UI language of a Fluent bundle, as its memoizer hands it to the number formatter.
struct BundleLang(Option<Lang>);

impl Memoizable for BundleLang {
    type Args = ();
    type Error = ();

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        Ok(BundleLang(Lang::from_code(lang.language.as_str())))
    }
}

/// `PLURAL($count)`, the selector of every counting message: the CLDR plural category
/// ("few" for 205 in Arabic), which Fluent's own rules get wrong where CLDR's rule takes the
/// number modulo 100; zero stays a number so that a `[0]` variant can say "no offers".
fn plural_selector<'a>(lang: Option<Lang>, args: &[FluentValue<'a>]) -> FluentValue<'a> {
    match (lang, args.first()) {
        (Some(lang), Some(FluentValue::Number(number))) if number.value != 0.0 && number.value.fract() == 0.0 => {
            FluentValue::from(formats::plural_category(lang, number.value as i64))
        }
        (_, Some(value)) => value.clone(),
        (_, None) => FluentValue::None,
    }
}

/// Numbers in messages ("205 offers") in the language's digits and grouping; the plural form
/// is still chosen from the number itself.
fn local_number(value: &FluentValue, memoizer: &IntlLangMemoizer) -> Option<String> {
    let FluentValue::Number(number) = value else { return None };
    let whole = number.value.fract() == 0.0 && number.value.abs() < 1e15;
    let lang = memoizer.with_try_get::<BundleLang, _, _>((), |bundle| bundle.0).ok().flatten()?;
    whole.then(|| formats::integer(lang, number.value as i64))
}

/// Looks up UI strings in one language.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Translator {
    pub lang: Lang,
}

impl Translator {
    pub fn new(lang: Lang) -> Self {
        Translator { lang }
    }

    fn id(self) -> LanguageIdentifier {
        self.lang.code().parse().unwrap_or_default()
    }

    /// The string for `key`; a missing key shows as the key itself (a test keeps them complete).
    pub fn t(self, key: &str) -> String {
        LOCALES.lookup(&self.id(), key)
    }

    /// The string for `key` with arguments; numbers select the language's plural form.
    pub fn t_with(self, key: &str, args: &[(&'static str, Arg)]) -> String {
        let args: HashMap<Cow<'static, str>, FluentValue> = args
            .iter()
            .map(|(name, value)| {
                let value = match value {
                    Arg::Number(n) => FluentValue::from(*n),
                    Arg::Text(text) => FluentValue::from(text.clone()),
                };
                (Cow::Borrowed(*name), value)
            })
            .collect();
        LOCALES.lookup_with_args(&self.id(), key, &args)
    }

    /// A day as this language writes it, the month spelled out.
    pub fn date(self, day: Day) -> String {
        formats::date(self.lang, day)
    }

    /// A time of day given in minutes since midnight, as this language writes it.
    pub fn time(self, minutes: u16) -> String {
        formats::time(self.lang, minutes)
    }

    /// A number of kilometres, e.g. "0,4".
    pub fn kilometres(self, km: f64) -> String {
        formats::kilometres(self.lang, km)
    }

    /// A distance with its unit, e.g. "0,4 km".
    pub fn distance(self, km: f64) -> String {
        self.t_with("distance-km", &[("km", Arg::Text(self.kilometres(km)))])
    }
}

/// An argument to a Fluent message.
#[derive(Clone, Debug)]
pub enum Arg {
    Number(i64),
    Text(String),
}

impl From<usize> for Arg {
    fn from(n: usize) -> Arg {
        Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_counts_take_the_cldr_plural_form() {
        let t = Translator::new(Lang::Ar);
        assert_eq!(t.t_with("results-count", &[("count", 205.into())]), "205 عروض");
        assert_eq!(t.t_with("results-count", &[("count", 2.into())]), "عرضان");
        assert_eq!(t.t_with("results-count", &[("count", 111.into())]), "111 عرضًا");
    }

    #[test]
    fn numbers_in_messages_use_the_languages_digits_and_grouping() {
        assert_eq!(Translator::new(Lang::Fa).t_with("offer-count", &[("count", 205.into())]), "۲۰۵ برنامه");
        assert!(Translator::new(Lang::De).t_with("results-count", &[("count", 1205.into())]).starts_with("1.205 "));
    }

    #[test]
    fn distances_read_as_the_language_writes_them() {
        assert_eq!(Translator::new(Lang::De).distance(0.1), "0,1 km");
        assert_eq!(Translator::new(Lang::En).distance(0.1), "0.1 km");
    }
}
