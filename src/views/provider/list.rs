use maud::{Markup, html};

use super::{Signed, area_nav, csrf_field};
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
}

pub fn dashboard_page(chrome: &Chrome, signed: &Signed, rows: &[OfferRow], notice: Option<&str>) -> Markup {
    let t = chrome.t;
    let outdated: Vec<&OfferRow> = rows.iter().filter(|r| r.states.contains(&RowState::Outdated)).collect();
    let main = html! {
        (area_nav(chrome, signed))
        h1 { (t.t("provider-my-offers")) }
        @if let Some(notice) = notice { p.notice role="status" { (notice) } }
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
        @if rows.is_empty() {
            p { (t.t("provider-no-offers")) }
        } @else {
            table.offers {
                thead { tr {
                    th scope="col" { (t.t("provider-column-offer")) }
                    @if signed.user.is_admin { th scope="col" { (t.t("provider-column-provider")) } }
                    th scope="col" { (t.t("provider-column-state")) }
                    th scope="col" { (t.t("provider-column-actions")) }
                } }
                tbody {
                    @for row in rows {
                        tr data-id=(row.id) {
                            td { a href=(chrome.href(&format!("/provider/offers/{}", row.id))) { (row.title) } }
                            @if signed.user.is_admin { td { (row.provider) } }
                            td.states { @for state in &row.states { span.state { (t.t(state.key())) } " " } }
                            td.actions {
                                a href=(chrome.href(&format!("/provider/offers/{}/duplicate", row.id))) { (t.t("provider-duplicate")) }
                                " · "
                                a href=(chrome.href(&format!("/provider/offers/{}/history", row.id))) { (t.t("provider-history")) }
                                @if !row.states.contains(&RowState::Withdrawn) {
                                    form.inline method="post" action=(chrome.href(&format!("/provider/offers/{}/withdraw", row.id))) {
                                        (csrf_field(signed))
                                        button.secondary type="submit" { (t.t("provider-withdraw")) }
                                    }
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
