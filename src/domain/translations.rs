//! Translations tied to the German they translate: a translation whose German source changed
//! after it was written is outdated until someone updates or confirms it, and nothing shows it
//! as current meanwhile.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::{Day, Lang, LangCode, LocalText, Offer};

/// A localised field of the offer format, named by its path there.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub enum TextField {
    #[serde(rename = "title")]
    Title,
    #[serde(rename = "summary")]
    Summary,
    #[serde(rename = "description")]
    Description,
    #[serde(rename = "cost.text")]
    Cost,
    #[serde(rename = "schedule.text")]
    Schedule,
    #[serde(rename = "how_to_apply")]
    HowToApply,
    #[serde(rename = "documents")]
    Documents,
    #[serde(rename = "eligibility")]
    Eligibility,
    #[serde(rename = "accessibility.text")]
    Accessibility,
}

impl TextField {
    pub const ALL: [TextField; 9] = [
        TextField::Title,
        TextField::Summary,
        TextField::Description,
        TextField::Cost,
        TextField::Schedule,
        TextField::HowToApply,
        TextField::Documents,
        TextField::Eligibility,
        TextField::Accessibility,
    ];

    /// The field's path in the offer format, e.g. `cost.text`.
    pub fn path(self) -> &'static str {
        match self {
            TextField::Title => "title",
            TextField::Summary => "summary",
            TextField::Description => "description",
            TextField::Cost => "cost.text",
            TextField::Schedule => "schedule.text",
            TextField::HowToApply => "how_to_apply",
            TextField::Documents => "documents",
            TextField::Eligibility => "eligibility",
            TextField::Accessibility => "accessibility.text",
        }
    }

    /// The field's texts in `offer`, if it has the field.
    pub fn of(self, offer: &Offer) -> Option<&LocalText> {
        match self {
            TextField::Title => Some(&offer.title),
            TextField::Summary => offer.summary.as_ref(),
            TextField::Description => offer.description.as_ref(),
            TextField::Cost => offer.cost.as_ref().and_then(|c| c.text.as_ref()),
            TextField::Schedule => offer.schedule.as_ref().and_then(|s| s.text.as_ref()),
            TextField::HowToApply => offer.how_to_apply.as_ref(),
            TextField::Documents => offer.documents.as_ref(),
            TextField::Eligibility => offer.eligibility.as_ref(),
            TextField::Accessibility => offer.accessibility.as_ref().and_then(|a| a.text.as_ref()),
        }
    }
}

/// The translations of one language whose German source changed after they were written.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutdatedTranslation {
    pub fields: BTreeSet<TextField>,
    /// The last day this language's texts were confirmed to match the German.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub confirmed: Option<Day>,
}

/// Outdated translations by language, as the offer format's `outdated_translations` holds them.
pub type OutdatedTranslations = BTreeMap<LangCode, OutdatedTranslation>;

impl Offer {
    /// Whether the `code` text of `field` no longer matches its German source.
    pub fn is_outdated_translation(&self, field: TextField, code: &LangCode) -> bool {
        self.outdated_translations.get(code).is_some_and(|o| o.fields.contains(&field))
    }

    /// The text of `field` a reader of `lang` can rely on: the translation into `lang` when it
    /// is current, else German (else the first language there is).
    pub fn current_text(&self, field: TextField, lang: Lang) -> Option<(LangCode, &str)> {
        let text = field.of(self)?;
        let (code, shown) = text.best(lang);
        Some(if self.is_outdated_translation(field, &code) { text.best(Lang::De) } else { (code, shown) })
    }

    /// The title a reader of `lang` can rely on; see [`Offer::current_text`].
    pub fn current_title(&self, lang: Lang) -> (LangCode, &str) {
        let (code, shown) = self.title.best(lang);
        if self.is_outdated_translation(TextField::Title, &code) { self.title.best(Lang::De) } else { (code, shown) }
    }

    /// The day the texts in `code` were last confirmed: the offer's own date for German and
    /// for current translations, the day before their German source changed for outdated ones.
    pub fn confirmed_in(&self, code: &LangCode) -> Option<Day> {
        match self.outdated_translations.get(code) {
            Some(outdated) => outdated.confirmed,
            None => self.updated,
        }
    }
}

/// Works out which translations of `after`, about to replace `before`, are outdated: those
/// `after` itself says are, and those whose German changed (or was already ahead of them) while
/// their own text stayed as it was. A translation that was rewritten is current again.
pub fn mark_outdated_translations(before: Option<&Offer>, after: &mut Offer) {
    let german = LangCode::from(Lang::De);
    let mut marked = OutdatedTranslations::new();
    for field in TextField::ALL {
        let Some(text) = field.of(after) else { continue };
        let Some(source) = text.in_code(&german) else { continue };
        for (code, translation) in text.iter().filter(|(code, _)| **code != german) {
            let stated = after.is_outdated_translation(field, code);
            let carried = before.is_some_and(|before| {
                let old = field.of(before);
                old.and_then(|t| t.in_code(code)) == Some(translation)
                    && (old.and_then(|t| t.in_code(&german)) != Some(source)
                        || before.is_outdated_translation(field, code))
            });
            if stated || carried {
                let confirmed = after.outdated_translations.get(code).and_then(|o| o.confirmed).or_else(|| {
                    before.and_then(|b| b.outdated_translations.get(code).map_or(b.updated, |o| o.confirmed))
                });
                marked
                    .entry(code.clone())
                    .or_insert_with(|| OutdatedTranslation { fields: BTreeSet::new(), confirmed })
                    .fields
                    .insert(field);
            }
        }
    }
    after.outdated_translations = marked;
}

/// Problems with an offer's `outdated_translations`, each as (field path, message).
pub(super) fn check_outdated(offer: &Offer) -> Vec<(String, String)> {
    let german = LangCode::from(Lang::De);
    let mut problems = Vec::new();
    for (code, outdated) in &offer.outdated_translations {
        let at = format!("outdated_translations.{code}");
        if *code == german {
            problems.push((at.clone(), "German is the source of translations and cannot be outdated".into()));
        }
        if outdated.fields.is_empty() {
            problems.push((format!("{at}.fields"), "names no field".into()));
        }
        for field in &outdated.fields {
            let text = field.of(offer);
            if text.and_then(|t| t.in_code(code)).is_none() {
                problems.push((format!("{at}.fields"), format!("`{}` has no `{code}` text", field.path())));
            } else if text.and_then(|t| t.in_code(&german)).is_none() {
                problems.push((format!("{at}.fields"), format!("`{}` has no German text to translate", field.path())));
            }
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use serde_json::json;

    use super::*;
    use crate::domain::parse_offer;

    fn offer(time_de: &str, time_en: &str, extra: serde_json::Value) -> Offer {
        let mut value = json!({
            "id": "treff", "provider": {"id": "p", "name": "P"}, "category": "leisure",
            "title": {"de": "Sprachcafé", "en": "Language café"},
            "schedule": {"text": {"de": time_de, "en": time_en}},
            "cost": {"text": {"de": "96,00 €", "en": "€96.00"}},
            "updated": "2026-10-01",
        });
        if let (Some(target), Some(more)) = (value.as_object_mut(), extra.as_object()) {
            target.extend(more.clone());
        }
        parse_offer(value).unwrap()
    }

    fn en() -> LangCode {
        "en".parse().unwrap()
    }

    #[test]
    fn a_translation_left_behind_by_its_german_is_outdated_since_the_last_confirmation() {
        let before = offer("dienstags 18:30–20:45", "Tuesdays 6:30–8:45 pm", json!({}));
        let mut after = offer("donnerstags 18:00–20:15", "Tuesdays 6:30–8:45 pm", json!({"updated": "2026-12-01"}));
        mark_outdated_translations(Some(&before), &mut after);
        assert!(after.is_outdated_translation(TextField::Schedule, &en()));
        assert!(!after.is_outdated_translation(TextField::Title, &en()));
        assert_eq!(after.current_text(TextField::Schedule, Lang::En).unwrap().1, "donnerstags 18:00–20:15");
        assert_eq!(after.current_text(TextField::Cost, Lang::En).unwrap().1, "€96.00");
        assert_eq!(after.confirmed_in(&en()), Some("2026-10-01".parse().unwrap()));
        assert_eq!(after.confirmed_in(&LangCode::from(Lang::De)), Some("2026-12-01".parse().unwrap()));
    }

    #[test]
    fn an_outdated_translation_stays_so_until_it_is_rewritten() {
        let before = offer("dienstags", "Tuesdays", json!({}));
        let mut changed = offer("donnerstags", "Tuesdays", json!({}));
        mark_outdated_translations(Some(&before), &mut changed);
        let mut untouched = changed.clone();
        untouched.outdated_translations.clear();
        mark_outdated_translations(Some(&changed), &mut untouched);
        assert!(untouched.is_outdated_translation(TextField::Schedule, &en()), "kept while the text stays");
        let mut rewritten = offer("donnerstags", "Thursdays", json!({}));
        mark_outdated_translations(Some(&untouched), &mut rewritten);
        assert!(rewritten.outdated_translations.is_empty());
    }

    #[test]
    fn a_new_offer_has_only_the_outdated_translations_it_states() {
        let stated = json!({"outdated_translations": {"en": {"fields": ["cost.text"], "confirmed": "2026-09-01"}}});
        let mut new = offer("dienstags", "Tuesdays", stated);
        let expected = new.outdated_translations.clone();
        mark_outdated_translations(None, &mut new);
        assert_eq!(new.outdated_translations, expected);
        let mut plain = offer("dienstags", "Tuesdays", json!({}));
        mark_outdated_translations(None, &mut plain);
        assert!(plain.outdated_translations.is_empty());
    }

    #[test]
    fn outdated_translations_must_name_texts_there_are() {
        let problems = |stated: serde_json::Value| {
            let mut value = json!({"id": "a", "provider": {"id": "p", "name": "P"}, "category": "other",
                "title": {"de": "Titel", "en": "Title"}, "summary": {"en": "Only English"}});
            value["outdated_translations"] = stated;
            parse_offer(value).unwrap_err().into_iter().map(|e| e.to_string()).collect::<Vec<_>>().join("; ")
        };
        assert!(problems(json!({"ar": {"fields": ["title"]}})).contains("`title` has no `ar` text"));
        assert!(problems(json!({"en": {"fields": ["summary"]}})).contains("no German text"));
        assert!(problems(json!({"de": {"fields": ["title"]}})).contains("cannot be outdated"));
        assert!(problems(json!({"en": {"fields": []}})).contains("names no field"));
        assert!(problems(json!({"en": {"fields": ["colour"]}})).contains("unknown variant"));
    }
}
