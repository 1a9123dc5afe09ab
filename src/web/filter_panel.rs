use std::collections::BTreeMap;

use super::results::Links;
use crate::domain::{Level, TimeOfDay};
use crate::i18n::Translator;
use crate::search::{Feature, STARTS_SOON_DAYS, SearchRequest, SearchResults, Sort};
use crate::views::labels::{category_name_of, group_name_of, language_name, level_name};
use crate::views::{FILTER_OPTIONS_ID, FacetGroup, FacetValue, FilterPanel, Link, NearForm};

/// The filter panel of a results page: chips, distance, features and facets with counts.
pub fn filter_panel(links: &Links, request: &SearchRequest, results: &SearchResults) -> FilterPanel {
    let t = Translator::new(links.lang);
    let params = links.params;
    let filtered = request.filters.active() > 0 || params.get("where").is_some();
    FilterPanel {
        chips: chips(links, request),
        clear_all: filtered.then(|| links.search_without_filters()),
        near: NearForm {
            place: params.get("where").unwrap_or_default().to_owned(),
            located: request.near.is_some(),
            radius_km: request.radius_km.filter(|_| request.near.is_some()).map(|km| km.round() as u32),
            by_distance: request.sort == Sort::Distance,
        },
        features: FacetGroup { heading: t.t("facet-features"), values: features(links, request, results) },
        facets: facets(links, results),
    }
}

/// What a yes-or-no filter is called on the page.
fn feature_label(t: Translator, feature: Feature, days: Option<u32>) -> String {
    match feature {
        Feature::Free => t.t("badge-free"),
        Feature::Childcare => t.t("badge-childcare"),
        Feature::Online => t.t("fact-online"),
        Feature::StartsSoon => match days {
            Some(days) if days != STARTS_SOON_DAYS => {
                t.t_with("starts-within-days", &[("days", (days as usize).into())])
            }
            _ => t.t("feature-starts-soon"),
        },
        Feature::EveningOrWeekend => t.t("badge-evening-or-weekend"),
        Feature::OpenNow => t.t("badge-open-now"),
    }
}

/// The value a feature's link sets.
fn feature_value(feature: Feature) -> String {
    if feature == Feature::StartsSoon { STARTS_SOON_DAYS.to_string() } else { "1".to_owned() }
}

fn features(links: &Links, request: &SearchRequest, results: &SearchResults) -> Vec<FacetValue> {
    let t = Translator::new(links.lang);
    let days = request.filters.starts_within_days;
    Feature::ALL
        .into_iter()
        .filter_map(|feature| {
            let count = results.facets.features.get(feature.code()).copied().unwrap_or(0);
            let active = request.filters.wants(feature);
            let value = (!active).then(|| feature_value(feature));
            let href = in_panel(links.search(&links.params.with(feature.code(), value.as_deref())));
            (count > 0 || active).then(|| FacetValue { label: feature_label(t, feature, days), count, href, active })
        })
        .collect()
}

fn facets(links: &Links, results: &SearchResults) -> Vec<FacetGroup> {
    let t = Translator::new(links.lang);
    let group = |heading: &str, param: &str, counts: &BTreeMap<String, usize>, label: &dyn Fn(&str) -> String| {
        let mut values: Vec<FacetValue> = counts
            .iter()
            .map(|(value, count)| {
                let (href, active) = links.toggle(param, value);
                FacetValue { label: label(value), count: *count, href: in_panel(href), active }
            })
            .collect();
        values.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.label.cmp(&b.label)));
        FacetGroup { heading: t.t(heading), values }
    };
    let f = &results.facets;
    // Levels read best in their own order, from literacy to C2.
    let level_values = Level::ALL
        .into_iter()
        .filter_map(|level| {
            let count = *f.level.get(level.code())?;
            let (href, active) = links.toggle("level", level.code());
            Some(FacetValue { label: level_name(t, level), count, href: in_panel(href), active })
        })
        .collect();
    let levels = FacetGroup { heading: t.t("fact-level"), values: level_values };
    // The parts of the week read best in the week's order.
    let time_values = TimeOfDay::ALL
        .into_iter()
        .filter_map(|part| {
            let count = *f.time_of_day.get(part.code())?;
            let (href, active) = links.toggle("time_of_day", part.code());
            Some(FacetValue { label: time_of_day_name(t, part.code()), count, href: in_panel(href), active })
        })
        .collect();
    let times = FacetGroup { heading: t.t("facet-time-of-day"), values: time_values };
    vec![
        group("facet-category", "category", &f.category, &|v| category_name_of(t, v)),
        group("facet-city", "city", &f.city, &|v| v.to_owned()),
        group("facet-language", "language", &f.language, &|v| language_name(v)),
        group("facet-group", "group", &f.target_group, &|v| group_name_of(t, v)),
        levels,
        times,
    ]
}

fn time_of_day_name(t: Translator, code: &str) -> String {
    if TimeOfDay::from_code(code).is_some() { t.t(&format!("time-of-day-{code}")) } else { code.to_owned() }
}

/// Turns a parameter's value into what the page shows for it.
type Label<'a> = dyn Fn(&str) -> String + 'a;

fn chips(links: &Links, request: &SearchRequest) -> Vec<Link> {
    let t = Translator::new(links.lang);
    let params = links.params;
    let mut chips = Vec::new();
    let level = |v: &str| Level::from_code(v).map_or(v.to_owned(), |l| level_name(t, l));
    let labelled: [(&str, &Label); 7] = [
        ("category", &|v| category_name_of(t, v)),
        ("city", &|v| v.to_owned()),
        ("language", &|v| language_name(v)),
        ("group", &|v| group_name_of(t, v)),
        ("level", &level),
        ("time_of_day", &|v| time_of_day_name(t, v)),
        ("where", &|v| v.to_owned()),
    ];
    // `where=Unna` with `city=Unna` is one place to the reader: one chip takes both away.
    let same_place =
        params.get("city").zip(params.get("where")).is_some_and(|(c, w)| c.trim().eq_ignore_ascii_case(w.trim()));
    for (name, label) in labelled {
        let Some(value) = params.get(name) else { continue };
        let href = match name {
            "where" if same_place => continue,
            "city" if same_place => links.search(&params.without(&["city", "where"])),
            _ => links.search(&params.with(name, None)),
        };
        chips.push(Link { label: label(value), href: in_panel(href) });
    }
    if let (Some(km), Some(_)) = (request.radius_km, request.near) {
        let label = t.t_with("radius-within", &[("km", t.kilometres(km).into())]);
        chips.push(Link { label, href: in_panel(links.search(&params.with("radius", None))) });
    }
    for feature in Feature::ALL.into_iter().filter(|f| request.filters.wants(*f)) {
        let label = feature_label(t, feature, request.filters.starts_within_days);
        chips.push(Link { label, href: in_panel(links.search(&params.with(feature.code(), None))) });
    }
    chips
}

/// A filter link that comes back to the open filter panel: browsers open a closed disclosure
/// around the element a link's fragment names.
fn in_panel(href: String) -> String {
    format!("{href}#{FILTER_OPTIONS_ID}")
}
