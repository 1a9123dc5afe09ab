use super::filter_panel::filter_panel;
use super::params::{DEFAULT_LIMIT, SearchParams};
use super::shortlist::Shortlist;
use crate::Result;
use crate::analysis::is_stopword;
use crate::directory::Directory;
use crate::domain::{Category, Clock, Day, Lang, Offer, TextField, evening_or_weekend};
use crate::i18n::Translator;
use crate::search::{Hit, Rule, SearchResults};
use crate::views::labels::{category_name, language_name, level_name};
use crate::views::{Link, ResultCard, ResultsView};

pub struct ResultsPage {
    pub view: ResultsView,
    /// Path and query for the language switch.
    pub here: String,
}

/// Runs the search behind the results page and turns it into the page's view model.
pub fn results_view(directory: &Directory, lang: Lang, params: &SearchParams, clock: Clock) -> Result<ResultsPage> {
    let today = clock.today();
    let mut request = params.request(&directory.places, false, "where").unwrap_or_default();
    request.today = Some(today);
    request.now = Some(clock.now());
    request.lang_hint = request.lang_hint.or(Some(lang));
    let page: usize = params.get("page").and_then(|p| p.parse().ok()).filter(|p| (1..=500).contains(p)).unwrap_or(1);
    request.offset = (page - 1) * DEFAULT_LIMIT;
    let results = directory.search(&request)?;
    if page == 1 {
        directory.note_search(&request.text, results.detected_language, results.total, today);
    }
    let ids: Vec<&str> = results.hits.iter().map(|h| h.id.as_str()).collect();
    let offers = directory.offers_by_id(&ids)?;
    let t = Translator::new(lang);
    let list = Shortlist::parse(params.get("list").unwrap_or_default());
    let links = Links { lang, params, list: &list };
    let cards = results
        .hits
        .iter()
        .filter_map(|hit| offers.get(&hit.id).map(|o| card(&links, &results, hit, o, today)))
        .collect();
    let has_more = request.offset + results.hits.len() < results.total;
    let page_link = |n: usize| links.search(&params.with("page", (n > 1).then(|| n.to_string()).as_deref()));
    let view = ResultsView {
        query: params.get("q").unwrap_or_default().to_owned(),
        place: params.get("where").unwrap_or_default().to_owned(),
        total: results.total,
        cards,
        filters: filter_panel(&links, &request, &results),
        searched_languages: (results.detected_language != lang && !request.text.is_empty())
            .then(|| results.searched_languages.clone()),
        dropped_words: results.dropped_words.clone(),
        query_note: query_note(&request.text, &results).map(|key| t.t(key)),
        previous: (page > 1).then(|| page_link(page - 1)),
        next: has_more.then(|| page_link(page + 1)),
        suggestions: if results.total == 0 { suggestions(&links, t) } else { Vec::new() },
        categories: if results.total == 0 { categories(&links, t) } else { Vec::new() },
        did_you_mean: results
            .suggestion
            .as_ref()
            .map(|corrected| Link { label: corrected.clone(), href: links.search(&params.with("q", Some(corrected))) }),
        my_list: links.my_list(),
        kept: params.latest_except(&["q", "where", "radius", "sort", "page"]),
    };
    let query = params.query_string();
    let here = if query.is_empty() { "/search".to_owned() } else { format!("/search?{query}") };
    Ok(ResultsPage { view, here })
}

/// The links a results page makes: to other searches, offers and the shortlist.
pub struct Links<'a> {
    pub lang: Lang,
    pub params: &'a SearchParams,
    pub list: &'a Shortlist,
}

impl Links<'_> {
    pub fn search(&self, query: &str) -> String {
        if query.is_empty() { format!("/{}/search", self.lang) } else { format!("/{}/search?{query}", self.lang) }
    }

    /// Toggles `name=value`: adds it, or removes it when it is the active value.
    pub fn toggle(&self, name: &str, value: &str) -> (String, bool) {
        let active = self.params.get(name) == Some(value);
        (self.search(&self.params.with(name, (!active).then_some(value))), active)
    }

    /// Only the query and the shortlist: a search without filters.
    pub fn search_without_filters(&self) -> String {
        let kept = ["q", "list"].into_iter().filter_map(|name| self.params.get(name).map(|v| (name.into(), v.into())));
        self.search(&SearchParams::new(kept.collect()).query_string())
    }

    fn offer(&self, id: &str) -> String {
        offer_href(self.lang, id, self.list)
    }

    /// "My list (3)", when there is a list.
    fn my_list(&self) -> Option<Link> {
        (!self.list.is_empty()).then(|| Link {
            label: Translator::new(self.lang).t_with("my-list", &[("count", self.list.len().into())]),
            href: list_href(self.lang, self.list),
        })
    }
}

/// An offer's page, carrying the shortlist so it can be added to there.
pub fn offer_href(lang: Lang, id: &str, list: &Shortlist) -> String {
    if list.is_empty() { format!("/{lang}/offers/{id}") } else { format!("/{lang}/offers/{id}?list={}", list.param()) }
}

/// The shortlist's own page.
pub fn list_href(lang: Lang, list: &Shortlist) -> String {
    format!("/{lang}/list?ids={}", list.param())
}

fn card(links: &Links, results: &SearchResults, hit: &Hit, offer: &Offer, today: Day) -> ResultCard {
    let t = Translator::new(links.lang);
    let (title_lang, title) = offer.current_title(links.lang);
    let snippet = results.snippet(offer, links.lang);
    let snippet_lang = offer
        .current_text(TextField::Summary, links.lang)
        .or_else(|| offer.current_text(TextField::Description, links.lang))
        .map_or(title_lang.clone(), |(code, _)| code);
    let toggled = links.list.toggled(&offer.id);
    let anchor = format!("offer-{}", offer.id);
    let list_query = links.params.set("list", (!toggled.is_empty()).then(|| toggled.param()).as_deref());
    let schedule = offer.schedule.as_ref();
    ResultCard {
        href: links.offer(offer.id.as_str()),
        list_toggle: format!("{}#{anchor}", links.search(&list_query)),
        in_list: links.list.contains(offer.id.as_str()),
        anchor,
        title: title.to_owned(),
        title_lang,
        provider: offer.provider.name.clone(),
        category: offer.category,
        category_name: category_name(t, offer.category),
        city: offer.cities().next().map(str::to_owned),
        distance_km: hit.distance_km,
        free: offer.is_free(),
        childcare: offer.childcare == Some(true),
        evening_or_weekend: schedule.is_some_and(evening_or_weekend),
        languages: offer.languages.iter().map(|c| (c.clone(), language_name(c.as_str()))).collect(),
        level: offer.level.map(|level| level_name(t, level)),
        next_start: schedule.and_then(|s| s.start).filter(|start| *start >= today),
        snippet: snippet.pieces().into_iter().map(|(piece, marked)| (piece.to_owned(), marked)).collect(),
        snippet_lang,
        outdated: offer.is_outdated(today),
        found_via: found_via(links.lang, results, hit),
    }
}

/// For readers of another language than German: the German words or concepts that found the
/// offer, so they know why a German text is shown.
fn found_via(lang: Lang, results: &SearchResults, hit: &Hit) -> Vec<String> {
    if lang == Lang::De {
        return Vec::new();
    }
    let mut via = Vec::new();
    for found in results.explain(hit) {
        let german = matches!(found.rule, Rule::Concept | Rule::Translation)
            || found.lang == Some(Lang::De) && found.rule != Rule::Exact;
        if german && !via.contains(&found.via) {
            via.push(found.via);
        }
    }
    via
}

/// The message key for a query that gave nothing to search by: no word at all (emoji, signs),
/// or only function words of the languages it was searched in.
fn query_note(text: &str, results: &SearchResults) -> Option<&'static str> {
    if text.trim().is_empty() {
        return None;
    }
    let mut words = text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).peekable();
    if words.peek().is_none() {
        return Some("query-no-words");
    }
    let function_word = |word: &str| results.searched_languages.iter().any(|lang| is_stopword(*lang, word));
    words.all(function_word).then_some("query-only-stopwords")
}

/// Every category, when nothing was found: a way on for any need.
fn categories(links: &Links, t: Translator) -> Vec<Link> {
    Category::ALL
        .into_iter()
        .map(|category| Link {
            label: category_name(t, category),
            href: links.search(&format!("category={}", category.code())),
        })
        .collect()
}

/// Never a dead end: counseling helps people find their way, and every offer is one click away.
fn suggestions(links: &Links, t: Translator) -> Vec<Link> {
    let list = if links.list.is_empty() { String::new() } else { format!("&list={}", links.list.param()) };
    let mut links_out = vec![
        Link { label: t.t("suggest-counseling"), href: links.search(&format!("category=counseling{list}")) },
        Link { label: t.t("suggest-all"), href: links.search(list.trim_start_matches('&')) },
    ];
    let without_filters = links.search_without_filters();
    if links.params.get("q").is_some() && without_filters != links.search(&links.params.query_string()) {
        links_out.insert(0, Link { label: t.t("suggest-without-filters"), href: without_filters });
    }
    links_out
}
