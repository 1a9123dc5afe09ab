//! UI strings from the Fluent files in `data/locales/{lang}/main.ftl`, built into the binary.
//! May import: domain.

use std::borrow::Cow;
use std::collections::HashMap;

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{LanguageIdentifier, Loader, static_loader};

use crate::domain::Lang;

static_loader! {
    static LOCALES = {
        locales: "./data/locales",
        fallback_language: "de",
        // The page marks direction with `dir` and <bdi>; isolation marks would only get in the way
        // of copying and of tests.
        customise: |bundle| bundle.set_use_isolating(false),
    };
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
