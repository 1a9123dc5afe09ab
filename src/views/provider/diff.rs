use maud::{Markup, html};
use serde_json::Value;

use crate::domain::Offer;
use crate::i18n::Translator;

/// One field that differs between two versions, by its path in the offer format.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FieldChange {
    pub field: String,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// The fields that differ between two versions of an offer (either may be absent).
pub fn changes(before: Option<&Offer>, after: Option<&Offer>) -> Vec<FieldChange> {
    let flat = |offer: Option<&Offer>| {
        let mut fields = Vec::new();
        if let Some(value) = offer.and_then(|o| serde_json::to_value(o).ok()) {
            flatten("", &value, &mut fields);
        }
        fields
    };
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

fn flatten(prefix: &str, value: &Value, out: &mut Vec<(String, String)>) {
    match value {
        Value::Object(map) => {
            for (key, inner) in map {
                let path = if prefix.is_empty() { key.clone() } else { format!("{prefix}.{key}") };
                flatten(&path, inner, out);
            }
        }
        Value::Array(items) if items.iter().all(|i| !i.is_object()) => {
            let joined: Vec<String> =
                items.iter().map(|i| i.as_str().map_or_else(|| i.to_string(), str::to_owned)).collect();
            out.push((prefix.to_owned(), joined.join(", ")));
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

/// A table of the changes: field, before, after.
pub fn diff_table(t: Translator, changes: &[FieldChange]) -> Markup {
    html! {
        table.diff {
            thead { tr {
                th scope="col" { (t.t("provider-diff-field")) }
                th scope="col" { (t.t("provider-diff-before")) }
                th scope="col" { (t.t("provider-diff-after")) }
            } }
            tbody {
                @for change in changes {
                    tr {
                        th scope="row" dir="ltr" { (change.field) }
                        td.before { @if let Some(b) = &change.before { del { (b) } } }
                        td.after { @if let Some(a) = &change.after { ins { (a) } } }
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
}
