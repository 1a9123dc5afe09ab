use maud::{Markup, html};

use super::diff::{changes, diff_table, local_time};
use super::{Signed, area_nav, csrf_field};
use crate::domain::HistoryEntry;
use crate::i18n::Translator;
use crate::views::layout::{Chrome, page};

pub struct HistoryView<'a> {
    pub id: &'a str,
    pub entries: &'a [HistoryEntry],
    /// Admins may put an earlier version back.
    pub may_restore: bool,
}

pub fn history_page(chrome: &Chrome, signed: &Signed, view: &HistoryView) -> Markup {
    let t = chrome.t;
    let main = html! {
        (area_nav(chrome, signed))
        h1 { (t.t("provider-history")) ": " span dir="ltr" { (view.id) } }
        ol.history {
            @for entry in view.entries {
                li {
                    h2 { time datetime=(entry.at) { (local_time(t, &entry.at)) } " · " (action_name(t, &entry.action)) " · " span dir="ltr" { (entry.actor) } }
                    (diff_table(t, &changes(entry.before.as_ref(), entry.after.as_ref())))
                    @if view.may_restore && entry.after.is_some() {
                        form method="post" action=(chrome.href(&format!("/provider/offers/{}/restore", view.id))) {
                            (csrf_field(signed))
                            input type="hidden" name="seq" value=(entry.seq);
                            button.secondary type="submit" { (t.t("provider-restore")) }
                        }
                    }
                }
            }
        }
    };
    page(chrome, &t.t("provider-history"), main)
}

/// What a change did, in words; an action this page does not know shows as stored.
fn action_name(t: Translator, action: &str) -> String {
    match action {
        "save" | "approve" | "confirm" | "restore" | "withdraw" | "undo" => t.t(&format!("provider-action-{action}")),
        other => other.to_owned(),
    }
}
