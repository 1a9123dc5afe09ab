use std::collections::BTreeMap;
use std::fmt;

use serde::{Deserialize, Serialize};

use super::{
    Category, Day, Lang, LangCode, Level, LocalText, OpeningSlot, OutdatedTranslations, TargetGroup, WeeklySlot,
    weekly_slots,
};

/// Offers not confirmed for this many days may be outdated.
pub const OUTDATED_AFTER_DAYS: i64 = 180;

/// An offer as the offer format describes it; the same shape for import, export and API.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Offer {
    pub id: OfferId,
    pub provider: ProviderRef,
    pub category: Category,
    pub title: LocalText,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<LocalText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<LocalText>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub languages: Vec<LangCode>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub target_groups: Vec<TargetGroup>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub cost: Option<Cost>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub childcare: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub online: Option<bool>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub locations: Vec<Location>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub schedule: Option<Schedule>,
    /// Weekly opening hours in German local time.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub hours: Vec<OpeningSlot>,
    /// Come only with an appointment.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by_appointment: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub contact: Option<Contact>,
    /// How to register or apply: where, when, by which way.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub how_to_apply: Option<LocalText>,
    /// What to bring.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub documents: Option<LocalText>,
    /// Who may come, in words (age, residence, papers).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub eligibility: Option<LocalText>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accessibility: Option<Accessibility>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub updated: Option<Day>,
    /// Translations whose German source changed since they were written, by language.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub outdated_translations: OutdatedTranslations,
}

impl Offer {
    pub fn is_free(&self) -> bool {
        self.cost.as_ref().and_then(|c| c.free).unwrap_or(false)
    }

    /// Confirmed (`updated`) longer than [`OUTDATED_AFTER_DAYS`] before `today`: marked "may be
    /// outdated" and ranked lower. An offer never confirmed is not called outdated in public.
    pub fn is_outdated(&self, today: Day) -> bool {
        self.updated.is_some_and(|day| today.ordinal_days() - day.ordinal_days() > OUTDATED_AFTER_DAYS)
    }

    /// Schedules that ended before `today` are hidden from default search.
    pub fn has_ended(&self, today: Day) -> bool {
        self.schedule.as_ref().and_then(|s| s.end).is_some_and(|end| end < today)
    }

    pub fn cities(&self) -> impl Iterator<Item = &str> {
        self.locations.iter().map(|l| l.city.as_str())
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ProviderRef {
    pub id: ProviderId,
    pub name: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cost {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub free: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<LocalText>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Location {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub street: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postcode: Option<String>,
    pub city: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lon: Option<f64>,
}

impl Location {
    pub fn coordinates(&self) -> Option<(f64, f64)> {
        self.lat.zip(self.lon)
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Schedule {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<Day>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<Day>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<LocalText>,
}

impl Schedule {
    /// The weekly hours its German text names (`Mo–Fr 8:30–12:45`); empty when it names none
    /// or describes another rhythm.
    pub fn weekly_slots(&self) -> Vec<WeeklySlot> {
        self.text.as_ref().and_then(|text| text.get(Lang::De)).map(weekly_slots).unwrap_or_default()
    }
}

/// How people with disabilities get in.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Accessibility {
    /// Reachable and usable in a wheelchair.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wheelchair: Option<bool>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<LocalText>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub website: Option<String>,
}

/// Lowercase letters, digits and single inner `-`, as in URLs: `vhs-unna-integrationskurs-2026`.
fn check_slug(kind: &str, text: &str) -> Result<(), String> {
    let well_formed = !text.is_empty()
        && text.len() <= 100
        && text.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !text.starts_with('-')
        && !text.ends_with('-')
        && !text.contains("--");
    if well_formed {
        Ok(())
    } else {
        Err(format!(
            "`{text}` is not a valid {kind}: use 1 to 100 lowercase letters a-z, digits and single `-` between them"
        ))
    }
}

macro_rules! slug_type {
    ($name:ident, $kind:literal) => {
        #[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
        #[serde(try_from = "String", into = "String")]
        pub struct $name(String);

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl std::str::FromStr for $name {
            type Err = String;

            fn from_str(text: &str) -> Result<Self, String> {
                check_slug($kind, text).map(|()| $name(text.to_owned()))
            }
        }

        impl TryFrom<String> for $name {
            type Error = String;

            fn try_from(text: String) -> Result<Self, String> {
                check_slug($kind, &text).map(|()| $name(text))
            }
        }

        impl From<$name> for String {
            fn from(id: $name) -> String {
                id.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

slug_type!(OfferId, "offer id");
slug_type!(ProviderId, "provider id");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_url_slugs() {
        assert!("vhs-unna-kurs-2026".parse::<OfferId>().is_ok());
        for bad in ["", "Vhs", "a--b", "-a", "a-", "a b", "ä", &"a".repeat(101)] {
            assert!(bad.parse::<OfferId>().is_err(), "{bad:?}");
        }
    }
}
