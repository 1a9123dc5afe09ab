use maud::{Markup, html};

use super::filters::{FilterPanel, filter_panel};
use super::icons::category_icon;
use super::labels::{dir_of, text_language_note};
use super::layout::{Chrome, page, search_form};
use super::shortlist::german_marks;
use crate::domain::{Category, Day, Lang, LangCode};

pub struct ResultsView {
    pub query: String,
    pub place: String,
    pub total: usize,
    pub cards: Vec<ResultCard>,
    pub filters: FilterPanel,
    /// Set when the query was not in the page's language.
    pub searched_languages: Option<Vec<Lang>>,
    pub dropped_words: Vec<String>,
    /// Said when the query gave nothing to search by: only function words, or no words at all.
    pub query_note: Option<String>,
    pub previous: Option<String>,
    pub next: Option<String>,
    /// Ways on when nothing was found.
    pub suggestions: Vec<Link>,
    /// Every category, to browse when nothing was found.
    pub categories: Vec<Link>,
    /// The query with its spelling corrected.
    pub did_you_mean: Option<Link>,
    /// "My list (3)", when offers have been put on the shortlist.
    pub my_list: Option<Link>,
    /// What a new search keeps, as hidden fields of the search form: filters and the shortlist.
    pub kept: Vec<(String, String)>,
}

#[derive(Debug)]
pub struct Link {
    pub label: String,
    pub href: String,
}

pub struct ResultCard {
    /// The card's element id, so a link back lands on it.
    pub anchor: String,
    pub href: String,
    pub title: String,
    pub title_lang: LangCode,
    pub provider: String,
    pub category: Category,
    pub category_name: String,
    pub city: Option<String>,
    pub distance_km: Option<f64>,
    pub free: bool,
    pub childcare: bool,
    pub evening_or_weekend: bool,
    /// Offer languages: code and native name.
    pub languages: Vec<(LangCode, String)>,
    pub level: Option<String>,
    pub next_start: Option<Day>,
    /// An extract of the offer's text in pieces, the matched ones marked; empty for none.
    pub snippet: Vec<(String, bool)>,
    pub snippet_lang: LangCode,
    pub outdated: bool,
    /// German words or concepts it was found through, for readers of another language.
    pub found_via: Vec<String>,
    /// Puts the offer on the shortlist or takes it off, keeping the search.
    pub list_toggle: String,
    pub in_list: bool,
}

pub fn results_page(chrome: &Chrome, view: &ResultsView) -> Markup {
    let t = chrome.t;
    let main = html! {
        (search_form(chrome, &view.query, &view.place, &view.kept))
        h1 #results-heading { (t.t_with("results-count", &[("count", view.total.into())])) }
        @if let Some(link) = &view.my_list { p.my-list { a href=(link.href) { (link.label) } } }
        div.results-layout {
            (filter_panel(chrome, &view.filters))
            section.results aria-labelledby="results-heading" {
                @if let Some(languages) = &view.searched_languages {
                    @let names: Vec<&str> = languages.iter().map(|l| l.native_name()).collect();
                    p.note { (t.t_with("searched-in", &[("languages", names.join(", ").into())])) }
                }
                @if let Some(link) = &view.did_you_mean {
                    p.note { (t.t("did-you-mean")) " " a href=(link.href) { (link.label) } }
                }
                @if let Some(note) = &view.query_note { p.note.query-note { (note) } }
                // Nothing found without them either: the words dropped are not worth a word.
                @if !view.dropped_words.is_empty() && !view.cards.is_empty() {
                    p.note { (t.t_with("relaxed", &[("words", view.dropped_words.join(" ").into())])) }
                }
                @if view.cards.is_empty() {
                    (no_results(chrome, view))
                } @else {
                    ol.cards {
                        @for card in &view.cards { li { (result_card(chrome, card, view.my_list.as_ref())) } }
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

/// `lang`/`dir` for a text in `code` when the page is in another language.
fn foreign<'a>(chrome: &Chrome, code: &'a LangCode) -> (Option<&'a str>, Option<&'static str>) {
    let other = code.supported() != Some(chrome.lang());
    (other.then_some(code.as_str()), other.then_some(dir_of(code)))
}

/// One result; a card on the list also links to the list, so "My list (n)" is in view where
/// the person just added it.
fn result_card(chrome: &Chrome, card: &ResultCard, my_list: Option<&Link>) -> Markup {
    let t = chrome.t;
    let (title_lang, title_dir) = foreign(chrome, &card.title_lang);
    // Provider and town names are German; a reader's screen reader should say them so.
    let (german, ltr) = german_marks(chrome);
    let title_id = format!("{}-title", card.anchor);
    html! {
        article.card #(card.anchor) {
            h2 {
                a #(title_id) href=(card.href) lang=[title_lang] dir=[title_dir] { (card.title) }
            }
            @if title_lang.is_some() {
                p.in-language { (text_language_note(t, &card.title_lang)) }
            }
            p.meta {
                span.icon { (category_icon(card.category)) }
                span.category { (card.category_name) }
                " · "
                span.provider lang=[german] dir=[ltr] { (card.provider) }
                @if let Some(city) = &card.city {
                    " · "
                    span.city lang=[german] dir=[ltr] { (city) }
                }
                @if let Some(km) = card.distance_km {
                    " · "
                    span.distance { (t.distance(km)) }
                }
            }
            ul.badges {
                @if card.free { li.badge { (t.t("badge-free")) } }
                @if card.childcare { li.badge { (t.t("badge-childcare")) } }
                @if card.evening_or_weekend { li.badge { (t.t("badge-evening-or-weekend")) } }
                @if let Some(level) = &card.level { li.badge { (level) } }
                @if let Some(start) = card.next_start {
                    li.badge { (t.t("badge-starts")) " " (t.date(start)) }
                }
                @if card.outdated { li.badge.warning { (t.t("badge-outdated")) } }
                @if !card.languages.is_empty() { li.offered-in { (t.t("offered-in")) } }
                @for (code, name) in &card.languages { li.badge.language lang=(code.as_str()) dir=(dir_of(code)) { (name) } }
            }
            @if !card.found_via.is_empty() {
                p.found-via { (t.t("found-via")) " " span lang="de" { (card.found_via.join(", ")) } }
            }
            @if !card.snippet.is_empty() {
                @let (snippet_lang, snippet_dir) = foreign(chrome, &card.snippet_lang);
                p.snippet lang=[snippet_lang] dir=[snippet_dir] {
                    @for (piece, marked) in &card.snippet {
                        @if *marked { mark { (piece) } } @else { (piece) }
                    }
                }
            }
            p.card-actions {
                a.list-toggle href=(card.list_toggle) aria-describedby=(title_id) {
                    (t.t(if card.in_list { "list-remove" } else { "list-add" }))
                }
                @if let (true, Some(link)) = (card.in_list, my_list) {
                    " " a.my-list-link href=(link.href) { (link.label) }
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
            @if !view.categories.is_empty() {
                p { (t.t("no-results-categories")) }
                ul.chips.categories {
                    @for link in &view.categories { li { a href=(link.href) { (link.label) } } }
                }
            }
        }
    }
}
