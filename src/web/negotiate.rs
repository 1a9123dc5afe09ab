use axum::http::HeaderMap;
use axum::http::header::{ACCEPT_LANGUAGE, COOKIE};

use crate::base_url::BaseUrl;
use crate::domain::Lang;
use crate::i18n::Translator;
use crate::views::Chrome;

pub const LANG_COOKIE: &str = "lang";

/// The UI language for `/`: the remembered choice, then the browser's preferences, then German.
pub fn negotiate(headers: &HeaderMap) -> Lang {
    from_cookie(headers).or_else(|| from_accept_language(headers)).unwrap_or(Lang::De)
}

fn from_cookie(headers: &HeaderMap) -> Option<Lang> {
    headers
        .get_all(COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == LANG_COOKIE)
        .and_then(|(_, code)| Lang::from_code(code))
}

/// Picks the supported language with the highest `q`; `uk-UA` counts as `uk`.
fn from_accept_language(headers: &HeaderMap) -> Option<Lang> {
    let header = headers.get(ACCEPT_LANGUAGE)?.to_str().ok()?;
    let mut best: Option<(f32, Lang)> = None;
    for item in header.split(',') {
        let mut parts = item.trim().split(';');
        let tag = parts.next().unwrap_or_default().trim().to_ascii_lowercase();
        let primary = tag.split('-').next().unwrap_or_default();
        let quality =
            parts.find_map(|p| p.trim().strip_prefix("q=")).and_then(|q| q.parse::<f32>().ok()).unwrap_or(1.0);
        // Dari is Persian to us; Ukrainians often have Russian set too, but say which first.
        let lang = if primary == "prs" { Some(Lang::Fa) } else { Lang::from_code(primary) };
        if let Some(lang) = lang
            && quality > 0.0
            && best.is_none_or(|(q, _)| quality > q)
        {
            best = Some((quality, lang));
        }
    }
    best.map(|(_, lang)| lang)
}

/// The chrome of a page at `here`; `base_url` is `None` for pages not to be indexed (errors,
/// the provider area), which get `noindex` instead of canonical and language links.
pub fn ui_chrome(lang: Lang, here: &str, base_url: Option<&BaseUrl>) -> Chrome {
    Chrome { t: Translator::new(lang), here: here.to_owned(), base_url: base_url.cloned() }
}

#[cfg(test)]
mod tests {
    use axum::http::HeaderValue;

    use super::*;

    fn headers(pairs: &[(axum::http::HeaderName, &'static str)]) -> HeaderMap {
        pairs.iter().map(|(name, value)| (name.clone(), HeaderValue::from_static(value))).collect()
    }

    #[test]
    fn accept_language_picks_the_best_supported_language() {
        assert_eq!(negotiate(&headers(&[(ACCEPT_LANGUAGE, "it-IT, ar;q=0.8, en;q=0.5")])), Lang::Ar);
        assert_eq!(negotiate(&headers(&[(ACCEPT_LANGUAGE, "fr-FR, ar;q=0.8")])), Lang::Fr);
        assert_eq!(negotiate(&headers(&[(ACCEPT_LANGUAGE, "uk-UA,uk;q=0.9,ru;q=0.8")])), Lang::Uk);
        assert_eq!(negotiate(&headers(&[(ACCEPT_LANGUAGE, "prs")])), Lang::Fa);
        assert_eq!(negotiate(&headers(&[(ACCEPT_LANGUAGE, "it, es")])), Lang::De);
        assert_eq!(negotiate(&headers(&[(ACCEPT_LANGUAGE, ";;;q=,,")])), Lang::De);
    }

    #[test]
    fn the_cookie_beats_the_browser() {
        let h = headers(&[(ACCEPT_LANGUAGE, "en"), (COOKIE, "other=1; lang=tr")]);
        assert_eq!(negotiate(&h), Lang::Tr);
    }
}
