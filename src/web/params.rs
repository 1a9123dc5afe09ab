use crate::domain::{Category, Lang, LangCode, Level, TargetGroup, TimeOfDay};
use crate::gazetteer::Gazetteer;
use crate::search::{Filters, GeoPoint, SearchRequest, Sort};

pub const DEFAULT_LIMIT: usize = 20;
const MAX_LIMIT: usize = 100;
const MAX_OFFSET: usize = 10_000;
const MAX_RADIUS_KM: f64 = 500.0;
const MAX_START_DAYS: u32 = 366;
/// Longer values are cut: every filter link on a results page repeats them, so a 30 kB query
/// made a page of megabytes that took the server's threads to compress. No one types more.
pub const MAX_VALUE_CHARS: usize = 300;
/// More parameters than this are ignored; a search has a dozen at most.
const MAX_PAIRS: usize = 64;

/// The search parameters shared by the results page and the API, as query-string pairs.
/// Repeated keys: the last one wins, as browsers send what the user changed last.
#[derive(Clone, Debug, Default)]
pub struct SearchParams {
    pairs: Vec<(String, String)>,
}

/// A parameter that does not parse: the API answers 400 with it, pages ignore it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BadParam {
    pub name: &'static str,
    pub message: String,
}

impl SearchParams {
    pub fn new(mut pairs: Vec<(String, String)>) -> Self {
        pairs.truncate(MAX_PAIRS);
        for (key, value) in &mut pairs {
            // A shortlist carries up to 30 ids of up to 100 characters.
            let limit = if key == "list" { 31 * 101 } else { MAX_VALUE_CHARS };
            if let Some((cut, _)) = value.char_indices().nth(limit) {
                value.truncate(cut);
            }
        }
        SearchParams { pairs }
    }

    pub fn get(&self, name: &str) -> Option<&str> {
        self.pairs.iter().rev().find(|(key, _)| key == name).map(|(_, value)| value.trim()).filter(|v| !v.is_empty())
    }

    /// Builds the request; with `strict`, the first bad parameter is an error, otherwise it is
    /// dropped. `where_param` names the place parameter (`near` in the API, `where` on pages).
    pub fn request(
        &self,
        places: &Gazetteer,
        strict: bool,
        where_param: &'static str,
    ) -> Result<SearchRequest, BadParam> {
        let mut bad = None;
        let filters = self.filters(&mut bad);
        // Any ISO 639-1 code is a fair hint; one no analyzer knows is as good as none.
        let any_code = |v: &str| v.parse::<LangCode>().ok().map(|code| Lang::from_code(code.as_str()));
        let lang_hint = keep(&mut bad, "lang", self.parse("lang", any_code)).flatten();
        let near = keep(&mut bad, where_param, self.place(places, where_param));
        let radius_km = keep(
            &mut bad,
            "radius",
            self.parse("radius", |v| v.parse::<f64>().ok().filter(|r| *r > 0.0 && *r <= MAX_RADIUS_KM)),
        );
        let sort = keep(
            &mut bad,
            "sort",
            self.parse("sort", |v| match v {
                "relevance" => Some(Sort::Relevance),
                "distance" => Some(Sort::Distance),
                _ => None,
            }),
        );
        let limit = keep(
            &mut bad,
            "limit",
            self.parse("limit", |v| v.parse::<usize>().ok().filter(|n| (1..=MAX_LIMIT).contains(n))),
        );
        let offset =
            keep(&mut bad, "offset", self.parse("offset", |v| v.parse::<usize>().ok().filter(|n| *n <= MAX_OFFSET)));
        if let (true, Some(bad)) = (strict, bad) {
            return Err(bad);
        }
        Ok(SearchRequest {
            text: self.get("q").unwrap_or_default().to_owned(),
            lang_hint,
            filters,
            near,
            radius_km,
            sort: sort.unwrap_or(if near.is_some() { Sort::Distance } else { Sort::Relevance }),
            limit: limit.unwrap_or(DEFAULT_LIMIT),
            offset: offset.unwrap_or(0),
            include_ended: false,
            today: None,
            now: None,
        })
    }

    fn filters(&self, bad: &mut Option<BadParam>) -> Filters {
        let mut flag = |name: &'static str| keep(bad, name, self.parse(name, parse_flag)).unwrap_or(false);
        let (free, childcare, online, evening_or_weekend, open_now) =
            (flag("free"), flag("childcare"), flag("online"), flag("evening_or_weekend"), flag("open_now"));
        let starts_within_days = keep(
            bad,
            "starts_within_days",
            self.parse("starts_within_days", |v| v.parse::<u32>().ok().filter(|d| (1..=MAX_START_DAYS).contains(d))),
        );
        Filters {
            category: keep(bad, "category", self.parse("category", Category::from_code)),
            city: self.get("city").map(str::to_owned),
            language: keep(bad, "language", self.parse("language", |v| v.parse::<LangCode>().ok())),
            target_group: keep(bad, "group", self.parse("group", TargetGroup::from_code)),
            level: keep(bad, "level", self.parse("level", Level::from_code)),
            free,
            childcare,
            online,
            starts_within_days,
            evening_or_weekend,
            open_now,
            time_of_day: keep(bad, "time_of_day", self.parse("time_of_day", TimeOfDay::from_code)),
        }
    }

    /// The place parameter: a postcode or a town name in any script. An unknown place is named
    /// in the error, so the person can see what was not understood.
    fn place(&self, places: &Gazetteer, name: &str) -> Result<Option<GeoPoint>, String> {
        match self.get(name) {
            None => Ok(None),
            Some(value) => places.locate(value).map(|place| Some(place.point)).ok_or_else(|| {
                format!("unknown place `{value}` in `{name}`: give a German postcode or the name of a town")
            }),
        }
    }

    fn parse<T>(&self, name: &str, parse: impl Fn(&str) -> Option<T>) -> Result<Option<T>, String> {
        match self.get(name) {
            None => Ok(None),
            Some(value) => parse(value).map(Some).ok_or_else(|| format!("`{value}` is not a valid value for `{name}`")),
        }
    }

    /// The same parameters with `name` set to `value` (or removed when `None`), as a query
    /// string; back to the first page, as the results change.
    pub fn with(&self, name: &str, value: Option<&str>) -> String {
        self.replaced(name, value, false)
    }

    /// The same parameters without any of `names`, back to the first page.
    pub fn without(&self, names: &[&str]) -> String {
        let pairs: Vec<(&str, &str)> = self
            .pairs
            .iter()
            .filter(|(key, v)| !names.contains(&key.as_str()) && key != "page" && !v.is_empty())
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        encode(&pairs)
    }

    /// The same parameters with `name` set to `value` (or removed when `None`), on the same page:
    /// for what does not change the results, such as the shortlist.
    pub fn set(&self, name: &str, value: Option<&str>) -> String {
        self.replaced(name, value, true)
    }

    fn replaced(&self, name: &str, value: Option<&str>, keep_page: bool) -> String {
        let mut pairs: Vec<(&str, &str)> = self
            .pairs
            .iter()
            .filter(|(key, v)| key != name && (keep_page || key != "page") && !v.is_empty())
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        if let Some(value) = value {
            pairs.push((name, value));
        }
        encode(&pairs)
    }

    /// Each parameter once, with the value that counts (the last), in the order they came,
    /// leaving out those named in `except`: the hidden fields of a form that changes the others.
    pub fn latest_except(&self, except: &[&str]) -> Vec<(String, String)> {
        let mut latest: Vec<(String, String)> = Vec::new();
        for (key, _) in &self.pairs {
            if except.contains(&key.as_str()) || latest.iter().any(|(k, _)| k == key) {
                continue;
            }
            if let Some(value) = self.get(key) {
                latest.push((key.clone(), value.to_owned()));
            }
        }
        latest
    }

    /// The parameters as a query string, unchanged.
    pub fn query_string(&self) -> String {
        let pairs: Vec<(&str, &str)> =
            self.pairs.iter().filter(|(_, v)| !v.is_empty()).map(|(k, v)| (k.as_str(), v.as_str())).collect();
        encode(&pairs)
    }
}

/// `1`, `true`, `on`, `yes` and their opposites; a checkbox sends `on`.
fn parse_flag(value: &str) -> Option<bool> {
    match value {
        "1" | "true" | "on" | "yes" => Some(true),
        "0" | "false" | "off" | "no" => Some(false),
        _ => None,
    }
}

/// The parsed value, or `None` with the first problem remembered in `bad`.
fn keep<T>(bad: &mut Option<BadParam>, name: &'static str, result: Result<Option<T>, String>) -> Option<T> {
    result.unwrap_or_else(|message| {
        bad.get_or_insert(BadParam { name, message });
        None
    })
}

fn encode(pairs: &[(&str, &str)]) -> String {
    url::form_urlencoded::Serializer::new(String::new()).extend_pairs(pairs).finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(pairs: &[(&str, &str)]) -> SearchParams {
        SearchParams::new(pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect())
    }

    #[test]
    fn strict_parsing_names_the_bad_parameter() {
        let places = Gazetteer::bundled().unwrap();
        let bad = params(&[("q", "kurs"), ("limit", "0")]).request(&places, true, "near").unwrap_err();
        assert_eq!(bad.name, "limit");
        let bad = params(&[("near", "Atlantis")]).request(&places, true, "near").unwrap_err();
        assert_eq!(bad.name, "near");
        assert!(bad.message.contains("unknown place `Atlantis`"), "{}", bad.message);
    }

    #[test]
    fn lenient_parsing_drops_what_it_cannot_read() {
        let places = Gazetteer::bundled().unwrap();
        let request = params(&[("category", "cooking"), ("city", "Unna"), ("free", "1")])
            .request(&places, false, "where")
            .unwrap();
        assert_eq!(request.filters.category, None);
        assert_eq!(request.filters.city.as_deref(), Some("Unna"));
        assert!(request.filters.free);
    }

    #[test]
    fn a_place_sorts_by_distance_unless_told_otherwise() {
        let places = Gazetteer::bundled().unwrap();
        let request = params(&[("where", "59423")]).request(&places, false, "where").unwrap();
        assert_eq!(request.sort, Sort::Distance);
        assert!(request.near.is_some());
        for place in ["أونا", "Унна", "Unna'da", "Дортмунд"] {
            let request = params(&[("near", place)]).request(&places, true, "near").unwrap();
            assert!(request.near.is_some(), "{place}");
        }
    }

    #[test]
    fn links_replace_one_parameter_and_reset_the_page() {
        let p = params(&[("q", "Kurs für Frauen"), ("city", "Unna"), ("page", "3")]);
        assert_eq!(p.with("city", Some("Kamen")), "q=Kurs+f%C3%BCr+Frauen&city=Kamen");
        assert_eq!(p.with("city", None), "q=Kurs+f%C3%BCr+Frauen");
        assert_eq!(p.set("list", Some("a,b")), "q=Kurs+f%C3%BCr+Frauen&city=Unna&page=3&list=a%2Cb");
    }

    #[test]
    fn hidden_fields_carry_each_parameter_once_with_its_last_value() {
        let p = params(&[("q", "Kurs"), ("city", "Unna"), ("radius", "5"), ("city", "Kamen"), ("free", "")]);
        let kept = p.latest_except(&["radius"]);
        assert_eq!(kept, [("q".to_owned(), "Kurs".to_owned()), ("city".to_owned(), "Kamen".to_owned())]);
    }

    #[test]
    fn the_new_filters_parse_and_bad_values_are_named() {
        let places = Gazetteer::bundled().unwrap();
        let request = params(&[("starts_within_days", "28"), ("evening_or_weekend", "on"), ("free", "false")])
            .request(&places, true, "near")
            .unwrap();
        assert_eq!(request.filters.starts_within_days, Some(28));
        assert!(request.filters.evening_or_weekend && !request.filters.free);
        for (name, value) in [("starts_within_days", "0"), ("starts_within_days", "soon"), ("childcare", "maybe")] {
            let bad = params(&[(name, value)]).request(&places, true, "near").unwrap_err();
            assert_eq!(bad.name, name);
        }
    }
}
