use maud::{DOCTYPE, Markup, html};

use crate::base_url::BaseUrl;
use crate::domain::Lang;
use crate::i18n::Translator;

/// What every page shares: its language and where the language switch should lead.
pub struct Chrome {
    pub t: Translator,
    /// The current path and query without the `/{ui}` prefix, e.g. `/search?q=kurs`.
    pub here: String,
    /// The site's public address, from which the page links its canonical URL and its versions
    /// in the other languages; `None` on error pages and in the provider area, which search
    /// engines should not index.
    pub base_url: Option<BaseUrl>,
}

impl Chrome {
    pub fn lang(&self) -> Lang {
        self.t.lang
    }

    /// A path inside the current UI language.
    pub fn href(&self, path: &str) -> String {
        format!("/{}{path}", self.lang())
    }

    /// The absolute URL of this page in `lang`, when the public address is known.
    pub fn url_in(&self, lang: Lang) -> Option<String> {
        self.base_url.as_ref().map(|base| base.join(&format!("/{lang}{}", self.here)))
    }
}

/// The version for readers of none of the UI languages: the language-choosing root for the
/// home page, the German original elsewhere.
pub fn x_default(base: &BaseUrl, here: &str) -> String {
    if here == "/" { base.join("/") } else { base.join(&format!("/{}{here}", Lang::De)) }
}

/// `canonical` and one `alternate` per UI language and `x-default`.
fn language_links(chrome: &Chrome) -> Markup {
    let Some(base) = &chrome.base_url else {
        return html! { meta name="robots" content="noindex"; };
    };
    let default = x_default(base, &chrome.here);
    html! {
        @if let Some(canonical) = chrome.url_in(chrome.lang()) { link rel="canonical" href=(canonical); }
        @for lang in Lang::ALL {
            @if let Some(url) = chrome.url_in(lang) { link rel="alternate" hreflang=(lang.code()) href=(url); }
        }
        link rel="alternate" hreflang="x-default" href=(default);
    }
}

pub fn page(chrome: &Chrome, title: &str, main: Markup) -> Markup {
    let t = chrome.t;
    let lang = chrome.lang();
    html! {
        (DOCTYPE)
        html lang=(lang.code()) dir=(if lang.is_rtl() { "rtl" } else { "ltr" }) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " – " (t.t("site-name")) }
                link rel="stylesheet" href=(crate::assets::STYLESHEET.url);
                link rel="icon" href=(crate::assets::ICON.url) type="image/svg+xml";
                link rel="manifest" href="/manifest.webmanifest";
                meta name="theme-color" content="#0b5cad";
                script src=(crate::assets::SCRIPT.url) defer {}
                (language_links(chrome))
            }
            body {
                a.skip href="#main" { (t.t("skip-to-content")) }
                header.site {
                    a.brand href=(chrome.href("/")) {
                        span.name { (t.t("site-name")) }
                        " "
                        span.district { (t.t("site-district")) }
                    }
                    nav.languages aria-label=(t.t("language-switch")) {
                        details {
                            summary { span.globe aria-hidden="true" { "🌐" } " " (lang.native_name()) }
                            ul {
                                @for other in Lang::ALL {
                                    li {
                                        @if other == lang {
                                            span aria-current="true" lang=(other.code()) { (other.native_name()) }
                                        } @else {
                                            a href=(format!("/{other}{}", chrome.here)) lang=(other.code()) hreflang=(other.code()) {
                                                (other.native_name())
                                            }
                                        }
                                    }
                                }
                            }
                        }
                    }
                }
                main #main { (main) }
                footer.site {
                    p { (t.t("footer-about")) }
                    nav aria-label=(t.t("footer-links")) {
                        ul.footer-links {
                            li { a href=(chrome.href("/privacy")) { (t.t("privacy-title")) } }
                            li { a href=(chrome.href("/provider/")) { (t.t("footer-providers")) } }
                        }
                    }
                    p.attribution { (t.t("footer-data")) }
                }
            }
        }
    }
}

/// The search form's id: the distance fields of the filter panel belong to it.
pub const SEARCH_FORM_ID: &str = "search-form";

/// The search form, on the home page large and on results pages filled in; `hidden` carries
/// what a new search keeps (filters and the shortlist).
pub fn search_form(chrome: &Chrome, query: &str, place: &str, hidden: &[(String, String)]) -> Markup {
    let t = chrome.t;
    html! {
        form.search #(SEARCH_FORM_ID) role="search" action=(chrome.href("/search")) method="get" {
            @for (name, value) in hidden { input type="hidden" name=(name) value=(value); }
            div.field {
                label for="q" { (t.t("search-label")) }
                input #q type="search" name="q" value=(query) placeholder=(t.t("search-placeholder")) autocomplete="off";
            }
            div.field {
                label for="where" { (t.t("where-label")) }
                input #where type="text" name="where" value=(place) placeholder=(t.t("where-placeholder")) autocomplete="postal-code";
            }
            button type="submit" { (t.t("search-button")) }
        }
    }
}
