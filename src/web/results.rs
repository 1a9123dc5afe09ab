use std::collections::BTreeMap;

use super::params::{DEFAULT_LIMIT, SearchParams};
use crate::Result;
use crate::directory::Directory;
use crate::domain::{Day, Lang, Offer};
use crate::i18n::Translator;
use crate::search::{Hit, Rule, SearchResults};
use crate::views::labels::{category_name_of, group_name_of, language_name};
use crate::views::{FacetGroup, FacetValue, Link, ResultCard, ResultsView};

pub struct ResultsPage {
    pub view: ResultsView,
    /// Path and query for the language switch.
    pub here: String,
}

/// Runs the search behind the results page and turns it into the page's view model.
pub fn results_view(directory: &Directory, lang: Lang, params: &SearchParams) -> Result<ResultsPage> {
    let mut request = params.request(&directory.places, false, "where").unwrap_or_default();
    request.lang_hint = request.lang_hint.or(Some(lang));
    let page: usize = params.get("page").and_then(|p| p.parse().ok()).filter(|p| (1..=500).contains(p)).unwrap_or(1);
    request.offset = (page - 1) * DEFAULT_LIMIT;
    let results = directory.index.search(&request)?;
    let ids: Vec<&str> = results.hits.iter().map(|h| h.id.as_str()).collect();
    let offers = directory.store.offers_by_id(&ids)?;
    let t = Translator::new(lang);
    let links = Links { lang, params };
    let cards =
        results.hits.iter().filter_map(|hit| offers.get(&hit.id).map(|o| card(&links, &results, hit, o))).collect();
    let has_more = request.offset + results.hits.len() < results.total;
    let page_link = |n: usize| links.search(&params.with("page", (n > 1).then(|| n.to_string()).as_deref()));
    let view = ResultsView {
        query: params.get("q").unwrap_or_default().to_owned(),
        place: params.get("where").unwrap_or_default().to_owned(),
        total: results.total,
        cards,
        facets: facets(&links, &results),
        chips: chips(&links),
        clear_all: (request.filters.active() > 0 || params.get("where").is_some())
            .then(|| links.search(&SearchParams::new(vec![("q".into(), request.text.clone())]).query_string())),
        searched_languages: (results.detected_language != lang && !request.text.is_empty())
            .then(|| results.searched_languages.clone()),
        dropped_words: results.dropped_words.clone(),
        previous: (page > 1).then(|| page_link(page - 1)),
        next: has_more.then(|| page_link(page + 1)),
        suggestions: if results.total == 0 { suggestions(&links, t) } else { Vec::new() },
        did_you_mean: results
            .suggestion
            .as_ref()
            .map(|corrected| Link { label: corrected.clone(), href: links.search(&params.with("q", Some(corrected))) }),
    };
    let query = params.query_string();
    let here = if query.is_empty() { "/search".to_owned() } else { format!("/search?{query}") };
    Ok(ResultsPage { view, here })
}

struct Links<'a> {
    lang: Lang,
    params: &'a SearchParams,
}

impl Links<'_> {
    fn search(&self, query: &str) -> String {
        if query.is_empty() { format!("/{}/search", self.lang) } else { format!("/{}/search?{query}", self.lang) }
    }

    /// Toggles `name=value`: adds it, or removes it when it is the active value.
    fn toggle(&self, name: &str, value: &str) -> (String, bool) {
        let active = self.params.get(name) == Some(value);
        (self.search(&self.params.with(name, (!active).then_some(value))), active)
    }
}

fn card(links: &Links, results: &SearchResults, hit: &Hit, offer: &Offer) -> ResultCard {
    let t = Translator::new(links.lang);
    let (title_lang, title) = offer.title.best(links.lang);
    let snippet = results.snippet(offer, links.lang);
    let snippet_lang =
        offer.summary.as_ref().or(offer.description.as_ref()).map_or(title_lang.clone(), |s| s.best(links.lang).0);
    let today = Day::today().ordinal_days();
    ResultCard {
        href: format!("/{}/offers/{}", links.lang, offer.id),
        title: title.to_owned(),
        title_lang,
        provider: offer.provider.name.clone(),
        category: category_name_of(t, offer.category.code()),
        city: offer.cities().next().map(str::to_owned),
        distance_km: hit.distance_km,
        free: offer.is_free(),
        childcare: offer.childcare == Some(true),
        languages: offer.languages.iter().map(|c| language_name(c.as_str())).collect(),
        level: offer.level.map(|l| l.code().to_owned()),
        snippet,
        snippet_lang,
        outdated: offer.updated.is_some_and(|d| today - d.ordinal_days() > 180),
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
        let german = found.rule == Rule::Concept || found.lang == Some(Lang::De) && found.rule != Rule::Exact;
        if german && !via.contains(&found.via) {
            via.push(found.via);
        }
    }
    via
}

fn facets(links: &Links, results: &SearchResults) -> Vec<FacetGroup> {
    let t = Translator::new(links.lang);
    let group = |heading: &str, param: &str, counts: &BTreeMap<String, usize>, label: &dyn Fn(&str) -> String| {
        let mut values: Vec<FacetValue> = counts
            .iter()
            .map(|(value, count)| {
                let (href, active) = links.toggle(param, value);
                FacetValue { label: label(value), count: *count, href, active }
            })
            .collect();
        values.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label)));
        FacetGroup { heading: t.t(heading), values }
    };
    let f = &results.facets;
    vec![
        group("facet-category", "category", &f.category, &|v| category_name_of(t, v)),
        group("facet-city", "city", &f.city, &|v| v.to_owned()),
        group("facet-language", "language", &f.language, &|v| language_name(v)),
        group("facet-group", "group", &f.target_group, &|v| group_name_of(t, v)),
    ]
}

/// Turns a parameter's value into what the page shows for it.
type Label<'a> = dyn Fn(&str) -> String + 'a;

fn chips(links: &Links) -> Vec<Link> {
    let t = Translator::new(links.lang);
    let params = links.params;
    let mut chips = Vec::new();
    let labelled: [(&str, &Label); 6] = [
        ("category", &|v| category_name_of(t, v)),
        ("city", &|v| v.to_owned()),
        ("language", &|v| language_name(v)),
        ("group", &|v| group_name_of(t, v)),
        ("level", &|v| v.to_owned()),
        ("where", &|v| v.to_owned()),
    ];
    for (name, label) in labelled {
        if let Some(value) = params.get(name) {
            chips.push(Link { label: label(value), href: links.search(&params.with(name, None)) });
        }
    }
    for (name, key) in [("free", "badge-free"), ("childcare", "badge-childcare"), ("online", "fact-online")] {
        if params.get(name).is_some() {
            chips.push(Link { label: t.t(key), href: links.search(&params.with(name, None)) });
        }
    }
    chips
}

/// Never a dead end: counseling helps people find their way, and every offer is one click away.
fn suggestions(links: &Links, t: Translator) -> Vec<Link> {
    let mut links_out = vec![
        Link { label: t.t("suggest-counseling"), href: links.search("category=counseling") },
        Link { label: t.t("suggest-all"), href: links.search("") },
    ];
    if let Some(q) = links.params.get("q")
        && links.params.query_string() != SearchParams::new(vec![("q".into(), q.into())]).query_string()
    {
        let only_query = SearchParams::new(vec![("q".into(), q.into())]).query_string();
        links_out.insert(0, Link { label: t.t("suggest-without-filters"), href: links.search(&only_query) });
    }
    links_out
}
