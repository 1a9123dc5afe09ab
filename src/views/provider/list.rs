use maud::{Markup, html};

use super::reports::{ReportRow, reports_section};
use super::withdrawal::undo_button;
use super::{Signed, area_nav, csrf_field};
use crate::views::labels::language_name;
use crate::views::layout::{Chrome, page};

/// Where an offer stands, as its provider sees it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RowState {
    Published,
    Pending,
    Outdated,
    Ended,
    Withdrawn,
}

impl RowState {
    fn key(self) -> &'static str {
        match self {
            RowState::Published => "provider-state-published",
            RowState::Pending => "provider-state-pending",
            RowState::Outdated => "provider-state-outdated",
            RowState::Ended => "provider-state-ended",
            RowState::Withdrawn => "provider-state-withdrawn",
        }
    }
}

pub struct OfferRow {
    pub id: String,
    pub title: String,
    pub provider: String,
    pub states: Vec<RowState>,
    pub updated: Option<String>,
    /// Where and when, to tell apart offers of the same title: the first town and the dates.
    pub town: Option<String>,
    pub dates: Option<String>,
    /// Languages whose translations no longer match the German, by code.
    pub outdated_translations: Vec<String>,
}

/// What the last action did; right after a withdrawal, with the button to undo it.
pub struct Notice {
    pub text: String,
    pub undo: Option<String>,
}

/// Each offer's outdated translations, with a button per language to confirm it still matches.
fn translations_to_check(chrome: &Chrome, signed: &Signed, rows: &[OfferRow]) -> Markup {
    let t = chrome.t;
    let rows: Vec<&OfferRow> = rows.iter().filter(|r| !r.outdated_translations.is_empty()).collect();
    html! {
        @if !rows.is_empty() {
            section.outdated-translations aria-labelledby="translations-heading" {
                h2 #translations-heading { (t.t("provider-translations-heading")) }
                p { (t.t("provider-translations-intro")) }
                ul {
                    @for row in rows {
                        @for code in &row.outdated_translations {
                            li data-id=(row.id) data-outdated=(code) {
                                a href=(chrome.href(&format!("/provider/offers/{}", row.id))) { (row.title) }
                                " · " span lang=(code) { (language_name(code)) } " "
                                form.inline method="post" action=(chrome.href(&format!("/provider/offers/{}/translations/{code}/confirm", row.id))) {
                                    (csrf_field(signed))
                                    button.secondary type="submit" { (t.t("provider-translation-confirm")) }
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

pub fn dashboard_page(
    chrome: &Chrome,
    signed: &Signed,
    rows: &[OfferRow],
    reports: &[ReportRow],
    notice: Option<&Notice>,
) -> Markup {
    let t = chrome.t;
    let outdated: Vec<&OfferRow> = rows.iter().filter(|r| r.states.contains(&RowState::Outdated)).collect();
    let main = html! {
        (area_nav(chrome, signed))
        h1 { (t.t("provider-my-offers")) }
        @if let Some(notice) = notice {
            // A div, not a p: the undo button's form may not sit inside a paragraph.
            div.notice role="status" {
                (notice.text)
                @if let Some(id) = &notice.undo { " " (undo_button(chrome, signed, id)) }
            }
        }
        @if !outdated.is_empty() {
            section.outdated aria-labelledby="outdated-heading" {
                h2 #outdated-heading { (t.t("provider-outdated-heading")) }
                p { (t.t("provider-outdated-intro")) }
                ul {
                    @for row in &outdated {
                        li {
                            (row.title) " "
                            form.inline method="post" action=(chrome.href(&format!("/provider/offers/{}/confirm", row.id))) {
                                (csrf_field(signed))
                                button type="submit" { (t.t("provider-still-current")) }
                            }
                        }
                    }
                }
            }
        }
        (reports_section(chrome, signed, reports))
        (translations_to_check(chrome, signed, rows))
        @if rows.is_empty() {
            p { (t.t("provider-no-offers")) }
        } @else {
            table.offers.stacked {
                thead { tr {
                    th scope="col" { (t.t("provider-column-offer")) }
                    @if signed.user.is_admin { th scope="col" { (t.t("provider-column-provider")) } }
                    th scope="col" { (t.t("provider-column-state")) }
                    th scope="col" { (t.t("provider-column-actions")) }
                } }
                tbody {
                    @for row in rows {
                        tr data-id=(row.id) {
                            td {
                                a href=(chrome.href(&format!("/provider/offers/{}", row.id))) { (row.title) }
                                @if row.town.is_some() || row.dates.is_some() {
                                    br;
                                    span.meta {
                                        @if let Some(town) = &row.town { (town) }
                                        @if row.town.is_some() && row.dates.is_some() { " · " }
                                        @if let Some(dates) = &row.dates { (dates) }
                                    }
                                }
                            }
                            @if signed.user.is_admin { td data-label=(t.t("provider-column-provider")) { (row.provider) } }
                            td.states data-label=(t.t("provider-column-state")) {
                                @for state in &row.states { span.state { (t.t(state.key())) } " " }
                                @if !row.outdated_translations.is_empty() {
                                    @let names: Vec<String> = row.outdated_translations.iter().map(|c| language_name(c)).collect();
                                    span.state { (t.t_with("provider-state-translation-outdated", &[("languages", names.join(", ").into())])) }
                                }
                            }
                            td.actions {
                                a href=(chrome.href(&format!("/provider/offers/{}/duplicate", row.id))) { (t.t("provider-duplicate")) }
                                " · "
                                a href=(chrome.href(&format!("/provider/offers/{}/history", row.id))) { (t.t("provider-history")) }
                                " · "
                                @if row.states.contains(&RowState::Withdrawn) {
                                    (undo_button(chrome, signed, &row.id))
                                } @else {
                                    a href=(chrome.href(&format!("/provider/offers/{}/withdraw", row.id))) { (t.t("provider-withdraw")) }
                                }
                            }
                        }
                    }
                }
            }
        }
    };
    page(chrome, &t.t("provider-my-offers"), main)
}
