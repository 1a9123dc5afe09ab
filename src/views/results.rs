use maud::{Markup, html};

use super::labels::dir_of;
use super::layout::{Chrome, page, search_form};
use crate::domain::{Lang, LangCode};
use crate::search::Snippet;

pub struct ResultsView {
    pub query: String,
    pub place: String,
    pub total: usize,
    pub cards: Vec<ResultCard>,
    pub facets: Vec<FacetGroup>,
    /// Active filters, each with the link that removes it.
    pub chips: Vec<Link>,
    pub clear_all: Option<String>,
    /// Set when the query was not in the page's language.
    pub searched_languages: Option<Vec<Lang>>,
    pub dropped_words: Vec<String>,
    pub previous: Option<String>,
    pub next: Option<String>,
    /// Ways on when nothing was found.
    pub suggestions: Vec<Link>,
    /// The query with its spelling corrected.
    pub did_you_mean: Option<Link>,
}

pub struct Link {
    pub label: String,
    pub href: String,
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

pub struct ResultCard {
    pub href: String,
    pub title: String,
    pub title_lang: LangCode,
    pub provider: String,
    pub category: String,
    pub city: Option<String>,
    pub distance_km: Option<f64>,
    pub free: bool,
    pub childcare: bool,
    pub languages: Vec<String>,
    pub level: Option<String>,
    pub snippet: Snippet,
    pub snippet_lang: LangCode,
    pub outdated: bool,
    /// German words or concepts it was found through, for readers of another language.
    pub found_via: Vec<String>,
}

pub fn results_page(chrome: &Chrome, view: &ResultsView) -> Markup {
    let t = chrome.t;
    let main = html! {
        (search_form(chrome, &view.query, &view.place))
        div.results-layout {
            (filters(chrome, view))
            section.results aria-labelledby="results-heading" {
                h1 #results-heading { (t.t_with("results-count", &[("count", view.total.into())])) }
                @if let Some(languages) = &view.searched_languages {
                    @let names: Vec<&str> = languages.iter().map(|l| l.native_name()).collect();
                    p.note { (t.t_with("searched-in", &[("languages", names.join(", ").into())])) }
                }
                @if let Some(link) = &view.did_you_mean {
                    p.note { (t.t("did-you-mean")) " " a href=(link.href) { (link.label) } }
                }
                @if !view.dropped_words.is_empty() {
                    p.note { (t.t_with("relaxed", &[("words", view.dropped_words.join(" ").into())])) }
                }
                @if view.cards.is_empty() {
                    (no_results(chrome, view))
                } @else {
                    ol.cards {
                        @for card in &view.cards { li { (result_card(chrome, card)) } }
                    }
                }
                @if view.previous.is_some() || view.next.is_some() {
                    nav.pages aria-label=(t.t("pagination")) {
                        @if let Some(href) = &view.previous { a rel="prev" href=(href) { (t.t("previous-page")) } }
                        @if let Some(href) = &view.next { a rel="next" href=(href) { (t.t("next-page")) } }
                    }
                }
            }
        }
    };
    let title = if view.query.is_empty() { t.t("results-title") } else { view.query.clone() };
    page(chrome, &title, main)
}

fn filters(chrome: &Chrome, view: &ResultsView) -> Markup {
    let t = chrome.t;
    html! {
        aside.filters aria-label=(t.t("filters")) {
            @if !view.chips.is_empty() {
                ul.chips {
                    @for chip in &view.chips {
                        li { a href=(chip.href) aria-label=(t.t_with("remove-filter", &[("filter", chip.label.as_str().into())])) { (chip.label) " ×" } }
                    }
                }
            }
            @if let Some(href) = &view.clear_all { p { a href=(href) { (t.t("clear-all")) } } }
            details.filter-panel open[view.chips.is_empty()] {
                summary { (t.t_with("filters-count", &[("count", view.chips.len().into())])) }
                @for group in &view.facets {
                    @if !group.values.is_empty() {
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
            }
        }
    }
}

fn result_card(chrome: &Chrome, card: &ResultCard) -> Markup {
    let t = chrome.t;
    let foreign_title = card.title_lang.supported() != Some(chrome.lang());
    html! {
        article.card {
            h2 {
                a href=(card.href) lang=[foreign_title.then_some(card.title_lang.as_str())] dir=[foreign_title.then_some(dir_of(&card.title_lang))] {
                    (card.title)
                }
            }
            @if foreign_title {
                p.in-language { (t.t_with("in-language", &[("language", super::labels::language_name(card.title_lang.as_str()).into())])) }
            }
            p.meta {
                span.category { (card.category) }
                " · "
                span.provider { (card.provider) }
                @if let Some(city) = &card.city {
                    " · "
                    span.city { (city) }
                }
                @if let Some(km) = card.distance_km {
                    " · "
                    span.distance dir="ltr" { (t.t_with("distance-km", &[("km", format!("{km:.1}").into())])) }
                }
            }
            ul.badges {
                @if card.free { li.badge { (t.t("badge-free")) } }
                @if card.childcare { li.badge { (t.t("badge-childcare")) } }
                @if let Some(level) = &card.level { li.badge dir="ltr" { (level) } }
                @if card.outdated { li.badge.warning { (t.t("badge-outdated")) } }
                @for language in &card.languages { li.badge.language { (language) } }
            }
            @if !card.found_via.is_empty() {
                p.found-via { (t.t("found-via")) " " span lang="de" { (card.found_via.join(", ")) } }
            }
            @if !card.snippet.text.is_empty() {
                @let foreign = card.snippet_lang.supported() != Some(chrome.lang());
                p.snippet lang=[foreign.then_some(card.snippet_lang.as_str())] dir=[foreign.then_some(dir_of(&card.snippet_lang))] {
                    @for (piece, marked) in card.snippet.pieces() {
                        @if marked { mark { (piece) } } @else { (piece) }
                    }
                }
            }
        }
    }
}

fn no_results(chrome: &Chrome, view: &ResultsView) -> Markup {
    let t = chrome.t;
    html! {
        div.no-results {
            p { (t.t("no-results")) }
            @if !view.suggestions.is_empty() {
                p { (t.t("no-results-try")) }
                ul {
                    @for link in &view.suggestions { li { a href=(link.href) { (link.label) } } }
                }
            }
        }
    }
}
