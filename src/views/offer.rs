use maud::{Markup, html};

use super::labels::{category_name, dir_of, group_name, language_name, text_language_note};
use super::layout::{Chrome, page};
use super::localised::{last_confirmed, localised_text, localised_title};
use super::next_steps::next_steps;
use super::opening_hours::opening_hours;
use super::report::report_form;
use super::shortlist::{OfferTools, offer_tools};
use super::structured_data::json_ld;
use crate::calendar::is_scheduled;
use crate::domain::{LocalText, Offer, TextField};

pub struct OfferView<'a> {
    pub offer: &'a Offer,
    pub outdated: bool,
    pub ended: bool,
    /// Its opening hours say it is open at this moment.
    pub open_now: bool,
    /// Shortlist, print and share; the provider's preview has none.
    pub tools: Option<OfferTools>,
}

/// Reads the offer out in the language its text is in, with the browser's own voices; the
/// page's script shows the button only where the browser has a voice for that language.
fn read_aloud(chrome: &Chrome, offer: &Offer) -> Markup {
    let text = offer.description.as_ref().or(offer.summary.as_ref()).unwrap_or(&offer.title);
    let (code, _) = text.best(chrome.lang());
    html! {
        button.read-aloud.secondary type="button" hidden data-lang=(code.as_str()) { (chrome.t.t("read-aloud")) }
    }
}

/// Says which language a longer text is in, when it is not the page's.
fn language_note(chrome: &Chrome, text: &LocalText) -> Markup {
    let (code, _) = text.best(chrome.lang());
    html! {
        @if code.supported() != Some(chrome.lang()) { p.text-language { (text_language_note(chrome.t, &code)) } }
    }
}

pub fn offer_page(chrome: &Chrome, view: &OfferView) -> Markup {
    let (_, title) = view.offer.current_title(chrome.lang());
    page(chrome, title, offer_article(chrome, view))
}

/// The offer as the public sees it; the provider's preview shows the same.
pub fn offer_article(chrome: &Chrome, view: &OfferView) -> Markup {
    let t = chrome.t;
    let offer = view.offer;
    let (title_code, _) = offer.current_title(chrome.lang());
    let foreign_title = title_code.supported() != Some(chrome.lang());
    html! {
        article.offer {
            header {
                p.category { (category_name(t, offer.category)) }
                (localised_title(chrome, offer))
                p.provider { (offer.provider.name) }
                @if view.tools.is_some() { (read_aloud(chrome, offer)) }
                @if foreign_title { (other_languages(chrome, offer, &title_code)) }
                @if view.ended { p.warning { (t.t("offer-ended")) } }
                @if view.outdated { p.warning { (t.t("offer-outdated")) } }
            }
            (facts(chrome, offer, view.open_now))
            (contact(chrome, offer))
            @if let Some(summary) = &offer.summary {
                (language_note(chrome, summary))
                (localised_text(chrome, offer, TextField::Summary, "summary"))
            }
            (next_steps(chrome, offer))
            @if let Some(description) = &offer.description {
                section.description {
                    h2 { (t.t("offer-description")) }
                    (language_note(chrome, description))
                    (localised_text(chrome, offer, TextField::Description, "text"))
                }
            }
            @if let Some(tools) = &view.tools {
                (offer_tools(chrome, tools))
                (report_form(chrome, offer.id.as_str()))
            }
            (last_confirmed(chrome, offer))
            @if let Some(url) = chrome.url_in(chrome.lang()) { (json_ld(offer, chrome.lang(), &url)) }
        }
    }
}

/// For an offer not written in the page's language: which language is shown, and the page in
/// each UI language the offer does have.
fn other_languages(chrome: &Chrome, offer: &Offer, shown: &crate::domain::LangCode) -> Markup {
    let t = chrome.t;
    let has: Vec<crate::domain::Lang> = offer.title.languages().filter_map(|code| code.supported()).collect();
    html! {
        p.in-language {
            (text_language_note(t, shown))
            @if has.len() > 1 {
                " · " (t.t("offer-also-in")) " "
                @for lang in has.iter().filter(|l| l.code() != shown.as_str()) {
                    a href=(format!("/{lang}/offers/{}", offer.id)) lang=(lang.code()) hreflang=(lang.code()) { (lang.native_name()) }
                    " "
                }
            }
        }
    }
}

fn facts(chrome: &Chrome, offer: &Offer, open_now: bool) -> Markup {
    let t = chrome.t;
    html! {
        dl.facts {
            (opening_hours(chrome, offer, open_now))
            @if let Some(schedule) = &offer.schedule {
                dt { (t.t("fact-when")) }
                dd {
                    @if let (Some(start), Some(end)) = (schedule.start, schedule.end) {
                        p { (t.date(start)) " – " (t.date(end)) }
                    } @else if let Some(start) = schedule.start {
                        p { (t.t_with("starts-on", &[("date", t.date(start).into())])) }
                    }
                    (localised_text(chrome, offer, TextField::Schedule, "schedule"))
                    @if is_scheduled(offer) { (calendar_links(chrome, offer)) }
                }
            }
            @if !offer.locations.is_empty() {
                dt { (t.t("fact-where")) }
                dd {
                    @for location in &offer.locations {
                        address {
                            @if let Some(name) = &location.name { (name) br; }
                            @if let Some(street) = &location.street { (street) br; }
                            @if let Some(postcode) = &location.postcode { span dir="ltr" { (postcode) } " " }
                            (location.city)
                            @if let Some((lat, lon)) = location.coordinates() {
                                br;
                                a href=(format!("https://www.openstreetmap.org/?mlat={lat}&mlon={lon}#map=17/{lat}/{lon}")) { (t.t("map-link")) }
                            }
                        }
                    }
                }
            }
            @if offer.online == Some(true) {
                dt { (t.t("fact-online")) }
                dd { (t.t("yes")) }
            }
            @if let Some(cost) = &offer.cost {
                dt { (t.t("fact-cost")) }
                dd {
                    @if cost.free == Some(true) { p { (t.t("badge-free")) } }
                    (localised_text(chrome, offer, TextField::Cost, "cost"))
                }
            }
            @if !offer.languages.is_empty() {
                dt { (t.t("fact-languages")) }
                dd {
                    ul.inline {
                        @for code in &offer.languages { li lang=(code.as_str()) dir=(dir_of(code)) { (language_name(code.as_str())) } }
                    }
                }
            }
            @if !offer.target_groups.is_empty() {
                dt { (t.t("fact-who")) }
                dd { ul.inline { @for group in &offer.target_groups { li { (group_name(t, *group)) } } } }
            }
            @if let Some(level) = offer.level {
                dt { (t.t("fact-level")) }
                dd dir="ltr" { (if level == crate::domain::Level::Alpha { t.t("level-alpha") } else { level.code().to_owned() }) }
            }
            @if let Some(childcare) = offer.childcare {
                dt { (t.t("fact-childcare")) }
                dd { (t.t(if childcare { "yes" } else { "no" })) }
            }
        }
    }
}

/// The offer's dates and its provider's feed, as iCalendar files in the page language.
fn calendar_links(chrome: &Chrome, offer: &Offer) -> Markup {
    let t = chrome.t;
    let lang = chrome.lang();
    let provider = offer.provider.name.as_str();
    html! {
        ul.calendar {
            li { a href=(format!("/offers/{}.ics?lang={lang}", offer.id)) type="text/calendar" { (t.t("calendar-add")) } }
            li {
                a href=(format!("/providers/{}.ics?lang={lang}", offer.provider.id)) type="text/calendar" {
                    (t.t_with("calendar-subscribe", &[("provider", provider.into())]))
                }
            }
        }
    }
}

fn contact(chrome: &Chrome, offer: &Offer) -> Markup {
    let t = chrome.t;
    let Some(contact) = &offer.contact else {
        return html! {};
    };
    html! {
        section.contact {
            h2 { (t.t("offer-contact")) }
            ul.actions {
                @if let Some(phone) = &contact.phone {
                    li { a.button href=(format!("tel:{}", phone.replace([' ', '/', '(', ')'], ""))) { (t.t("action-call")) " " span dir="ltr" { (phone) } } }
                }
                @if let Some(email) = &contact.email {
                    li { a.button href=(format!("mailto:{email}")) { (t.t("action-write")) " " span dir="ltr" { (email) } } }
                }
                @if let Some(website) = &contact.website {
                    li { a.button href=(website) rel="noopener" { (t.t("action-website")) } }
                }
            }
        }
    }
}
