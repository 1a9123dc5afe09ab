use maud::{Markup, html};
use serde_json::Value;
use time::OffsetDateTime;
use time::format_description::well_known::Rfc3339;

use crate::domain::{Day, Offer, berlin_local, hours_text};
use crate::i18n::Translator;
use crate::views::labels::{category_name_of, group_name_of, language_name};

/// One field that differs between two versions, by its path in the offer format.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldChange {
    pub field: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// The fields that differ between two versions of an offer (either may be absent). Lists are
/// compared as sets: putting target groups or languages in another order changes nothing.
pub fn changes(before: Option<&Offer>, after: Option<&Offer>) -> Vec<FieldChange> {
    let (old, new) = (flat(before), flat(after));
    let mut keys: Vec<&String> = old.iter().chain(&new).map(|(k, _)| k).collect();
    keys.sort();
    keys.dedup();
    let find = |fields: &[(String, String)], key: &str| fields.iter().find(|(k, _)| k == key).map(|(_, v)| v.clone());
    keys.into_iter()
        .filter_map(|key| {
            let (b, a) = (find(&old, key), find(&new, key));
            (b != a).then(|| FieldChange { field: key.clone(), before: b, after: a })
        })
        .collect()
}

fn flat(offer: Option<&Offer>) -> Vec<(String, String)> {
    let mut fields = Vec::new();
    let Some(offer) = offer else { return fields };
    if let Ok(Value::Object(mut map)) = serde_json::to_value(offer) {
        // Hours read as one line, the way the form writes them.
        if map.remove("hours").is_some() {
            fields.push(("hours".to_owned(), hours_text(&offer.hours)));
        }
        flatten("", &Value::Object(map), &mut fields);
    }
    fields
}

fn flatten(prefix: &str, value: &Value, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => {
            for (key, inner) in map {
                let path = if prefix.is_empty() { key.clone() } else { format!("{prefix}.{key}") };
                flatten(&path, inner, out);
            }
        }
        Value::Array(items) if items.iter().all(|i| !i.is_object()) => {
            let mut values: Vec<String> =
                items.iter().map(|i| i.as_str().map_or_else(|| i.to_string(), str::to_owned)).collect();
            values.sort();
            out.push((prefix.to_owned(), values.join(", ")));
        }
        Value::Array(items) => {
            for (i, inner) in items.iter().enumerate() {
                flatten(&format!("{prefix}[{i}]"), inner, out);
            }
        }
        Value::String(text) => out.push((prefix.to_owned(), text.clone())),
        other => out.push((prefix.to_owned(), other.to_string())),
    }
}

/// The localised fields of the offer format, by path, with the label the form gives them.
const LOCALISED: [(&str, &str); 9] = [
    ("title", "provider-field-title"),
    ("summary", "provider-field-summary"),
    ("description", "provider-field-description"),
    ("cost.text", "fact-cost"),
    ("schedule.text", "provider-times"),
    ("how_to_apply", "fact-how-to-apply"),
    ("documents", "fact-documents"),
    ("eligibility", "fact-eligibility"),
    ("accessibility.text", "fact-accessibility"),
];

/// A field's name as the form calls it, in the reader's language: "Cost (English)" for
/// `cost.text.en`, "Place 1: Town" for `locations[0].city`.
pub fn field_label(t: Translator, path: &str) -> String {
    for (field, key) in LOCALISED {
        if let Some(code) = path.strip_prefix(field).and_then(|rest| rest.strip_prefix('.')) {
            return format!("{} ({})", t.t(key), language_name(code));
        }
    }
    if let Some((index, key)) = path.strip_prefix("locations[").and_then(|rest| rest.split_once("].")) {
        let n = index.parse::<usize>().map_or(1, |i| i + 1);
        let place = t.t_with("provider-location-n", &[("n", n.into())]);
        return format!("{place}: {}", field_label(t, &format!("location.{key}")));
    }
    let key = match path {
        "id" => "provider-field-id",
        "provider.id" => "provider-provider-id",
        "provider.name" => "provider-provider-name",
        "category" => "facet-category",
        "languages" => "provider-field-languages",
        "target_groups" => "facet-group",
        "level" => "fact-level",
        "cost.free" => "badge-free",
        "childcare" => "fact-childcare",
        "online" => "fact-online",
        "schedule.start" => "provider-start",
        "schedule.end" => "provider-end",
        "hours" => "fact-hours",
        "by_appointment" => "fact-by-appointment",
        "contact.phone" => "provider-phone",
        "contact.email" => "provider-email",
        "contact.website" => "provider-website",
        "accessibility.wheelchair" => "fact-wheelchair",
        "tags" => "provider-field-tags",
        "updated" => "provider-field-updated",
        "location.name" => "provider-location-name",
        "location.street" => "provider-street",
        "location.postcode" => "provider-postcode",
        "location.city" => "provider-city",
        "location.lat" => "provider-lat",
        "location.lon" => "provider-lon",
        _ => return path.to_owned(),
    };
    t.t(key)
}

/// A value in words where the format holds a code: yes and no, names of categories, groups
/// and languages, dates in the reader's format.
fn value_in_words(t: Translator, path: &str, value: &str) -> String {
    let each = |name: &dyn Fn(&str) -> String| value.split(", ").map(name).collect::<Vec<_>>().join(", ");
    match (path, value) {
        (_, "true") => t.t("yes"),
        (_, "false") => t.t("no"),
        ("category", code) => category_name_of(t, code),
        ("target_groups", _) => each(&|code| group_name_of(t, code)),
        ("languages", _) => each(&language_name),
        ("schedule.start" | "schedule.end" | "updated", day) => {
            day.parse::<Day>().map_or_else(|_| day.to_owned(), |d| t.date(d))
        }
        _ => value.to_owned(),
    }
}

/// When a change was made, on a clock in Germany and in the reader's format; the stored time
/// is UTC.
pub fn local_time(t: Translator, at: &str) -> String {
    match OffsetDateTime::parse(at, &Rfc3339) {
        Ok(moment) => {
            let local = berlin_local(moment);
            let minutes = u16::from(local.hour()) * 60 + u16::from(local.minute());
            format!("{}, {}", t.date(Day::from_date(local.date())), t.time(minutes))
        }
        Err(_) => at.to_owned(),
    }
}

/// A table of the changes: field, before, after.
pub fn diff_table(t: Translator, changes: &[FieldChange]) -> Markup {
    html! {
        table.diff.stacked {
            thead { tr {
                th scope="col" { (t.t("provider-diff-field")) }
                th scope="col" { (t.t("provider-diff-before")) }
                th scope="col" { (t.t("provider-diff-after")) }
            } }
            tbody {
                @for change in changes {
                    tr data-field=(change.field) {
                        th scope="row" { (field_label(t, &change.field)) }
                        td.before data-label=(t.t("provider-diff-before")) { @if let Some(b) = &change.before { del { (value_in_words(t, &change.field, b)) } } }
                        td.after data-label=(t.t("provider-diff-after")) { @if let Some(a) = &change.after { ins { (value_in_words(t, &change.field, a)) } } }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::directory::seed_offers;
    use crate::domain::{Lang, TargetGroup};

    #[test]
    fn only_changed_fields_are_listed() {
        let before = seed_offers().offers.remove(0);
        let mut after = before.clone();
        after.childcare = Some(!before.childcare.unwrap_or(false));
        after.tags.push("Neu".into());
        let fields: Vec<String> = changes(Some(&before), Some(&after)).into_iter().map(|c| c.field).collect();
        assert_eq!(fields, ["childcare", "tags"]);
        assert!(changes(Some(&before), Some(&before)).is_empty());
        assert!(changes(None, Some(&before)).iter().all(|c| c.before.is_none()));
    }

    #[test]
    fn reordering_a_list_is_not_a_change() {
        let mut before = seed_offers().offers.remove(0);
        before.target_groups = vec![TargetGroup::Women, TargetGroup::Parents];
        let mut after = before.clone();
        after.target_groups.reverse();
        after.languages.reverse();
        assert!(changes(Some(&before), Some(&after)).is_empty());
    }

    #[test]
    fn fields_are_named_as_the_form_names_them() {
        let de = Translator::new(Lang::De);
        assert_eq!(field_label(de, "cost.text.en"), "Kosten (English)");
        assert_eq!(field_label(de, "locations[0].city"), "Ort 1: Stadt");
        assert_eq!(field_label(Translator::new(Lang::En), "title.de"), "Title (Deutsch)");
    }

    #[test]
    fn times_are_shown_on_a_clock_in_germany() {
        let de = Translator::new(Lang::De);
        assert_eq!(local_time(de, "2026-07-01T10:05:00.000Z"), "1. Juli 2026, 12:05");
        assert_eq!(local_time(de, "2026-12-01T10:05:00.000Z"), "1. Dezember 2026, 11:05");
        assert_eq!(local_time(Translator::new(Lang::En), "2026-12-01T18:30:00Z"), "December 1, 2026, 7:30\u{202f}PM");
    }
}
