use maud::{Markup, html};

use super::layout::{Chrome, SEARCH_FORM_ID};
use super::results::Link;

/// The filter panel: on a phone one disclosure "Filters (n)", on a wide screen a side column.
pub struct FilterPanel {
    /// Active filters, each with the link that removes it.
    pub chips: Vec<Link>,
    pub clear_all: Option<String>,
    pub near: NearForm,
    /// Yes-or-no filters (free, childcare, online, starting soon, evening or weekend).
    pub features: FacetGroup,
    pub facets: Vec<FacetGroup>,
}

pub struct FacetGroup {
    pub heading: String,
    pub values: Vec<FacetValue>,
}

pub struct FacetValue {
    pub label: String,
    pub count: usize,
    pub href: String,
    pub active: bool,
}

/// Distance and order: fields of the search form above (by their `form` attribute), so they
/// work without JavaScript and a new query keeps them.
pub struct NearForm {
    /// The place as typed, empty when none was given.
    pub place: String,
    /// Whether the place was found; distances need it.
    pub located: bool,
    pub radius_km: Option<u32>,
    pub by_distance: bool,
}

/// The element inside the filter disclosure that filter links lead back to, which opens it.
pub const FILTER_OPTIONS_ID: &str = "filter-options";

/// The radius choices of the panel, in kilometres.
const RADIUS_CHOICES_KM: [u32; 3] = [5, 10, 25];

pub fn filter_panel(chrome: &Chrome, panel: &FilterPanel) -> Markup {
    let t = chrome.t;
    html! {
        section.filters aria-label=(t.t("filters")) {
            @if !panel.chips.is_empty() {
                ul.chips {
                    @for chip in &panel.chips {
                        li { a href=(chip.href) aria-label=(t.t_with("remove-filter", &[("filter", chip.label.as_str().into())])) { (chip.label) " ×" } }
                    }
                }
            }
            @if let Some(href) = &panel.clear_all { p.clear-all { a href=(href) { (t.t("clear-all")) } } }
            details.filter-panel {
                summary { (t.t_with("filters-count", &[("count", panel.chips.len().into())])) }
                div #(FILTER_OPTIONS_ID) {
                    (near_form(chrome, &panel.near))
                    @for group in std::iter::once(&panel.features).chain(&panel.facets) {
                        @if !group.values.is_empty() { (facet_group(group)) }
                    }
                }
            }
        }
    }
}

fn facet_group(group: &FacetGroup) -> Markup {
    html! {
        section.facet {
            h2 { (group.heading) }
            ul {
                @for value in &group.values {
                    li {
                        a href=(value.href) aria-current=[value.active.then_some("true")] {
                            span.label { (value.label) }
                            " "
                            span.count { (value.count) }
                        }
                    }
                }
            }
        }
    }
}

fn near_form(chrome: &Chrome, near: &NearForm) -> Markup {
    let t = chrome.t;
    html! {
        section.near {
            h2 { (t.t("near-heading")) }
            @if near.located {
                p.near-place { (t.t_with("near-place", &[("place", near.place.as_str().into())])) }
                label for="near-radius" { (t.t("radius-label")) }
                select #near-radius name="radius" form=(SEARCH_FORM_ID) {
                    option value="" selected[near.radius_km.is_none()] { (t.t("radius-any")) }
                    @for km in RADIUS_CHOICES_KM {
                        option value=(km) selected[near.radius_km == Some(km)] { (t.t_with("radius-km", &[("km", crate::i18n::Arg::Number(km.into()))])) }
                    }
                }
                label for="near-sort" { (t.t("sort-label")) }
                select #near-sort name="sort" form=(SEARCH_FORM_ID) {
                    option value="distance" selected[near.by_distance] { (t.t("sort-distance")) }
                    option value="relevance" selected[!near.by_distance] { (t.t("sort-relevance")) }
                }
                button type="submit" form=(SEARCH_FORM_ID) { (t.t("apply-filters")) }
            } @else if near.place.is_empty() {
                p.note { a href="#where" { (t.t("near-enter-place")) } }
            } @else {
                p.note { (t.t("near-unknown-place")) }
            }
        }
    }
}
