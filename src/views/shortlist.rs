use maud::{Markup, html};

use super::icons::category_icon;
use super::labels::{dir_of, language_name};
use super::layout::{Chrome, page};
use super::qr::qr_code;
use super::results::Link;
use crate::domain::{Category, Day, Lang, LangCode};
use crate::i18n::Translator;

/// The shortlist page: the chosen offers as compact cards.
pub struct ListView {
    pub entries: Vec<ListEntry>,
    /// Ids on the list that are no (longer) published offers.
    pub missing: usize,
    /// The language of the person the list is for, in which it is shared and printed.
    pub client: Lang,
    /// The list's own address in the client's language, to copy and share.
    pub share_url: String,
    /// The list as a parameter value, for the print form.
    pub ids: String,
    /// Back to searching, keeping the list.
    pub search_href: String,
}

pub struct ListEntry {
    pub href: String,
    pub title: String,
    pub title_lang: LangCode,
    pub category: Category,
    pub category_name: String,
    pub provider: String,
    pub address: Option<String>,
    /// The schedule text in the page language, else German, with its language.
    pub schedule: Option<(LangCode, String)>,
    pub phone: Option<String>,
    pub ended: bool,
    pub remove_href: String,
}

/// The tools an offer page offers a volunteer.
pub struct OfferTools {
    pub list_toggle: String,
    pub in_list: bool,
    pub my_list: Option<Link>,
    pub print: String,
    /// The offer's address without the list, to share.
    pub share_url: String,
}

/// The one-page print for a client: each offer in the client's language beside the German text.
pub struct PrintView {
    pub client: Lang,
    pub printed: Day,
    pub entries: Vec<PrintEntry>,
    pub back_href: String,
}

pub struct PrintEntry {
    pub category: Category,
    /// The texts as the client reads them (falling back to German where not translated).
    pub client: PrintTexts,
    /// The same in German, when the client's texts are not German already.
    pub german: Option<PrintTexts>,
    pub address: Vec<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub dates: Option<(Option<Day>, Option<Day>)>,
    pub free: bool,
    /// The languages the offer is given in.
    pub languages: Vec<LangCode>,
    /// The offer page in the client's language, which the QR code leads to.
    pub url: String,
}

/// One column of a printed offer; each text with the language it is in.
pub struct PrintTexts {
    /// The column's language, in which its labels are.
    pub lang: Lang,
    pub title: (LangCode, String),
    pub summary: Option<(LangCode, String)>,
    pub schedule: Option<(LangCode, String)>,
    pub cost: Option<(LangCode, String)>,
    /// How to apply, what to bring, who may come: each with the key of its label.
    pub next_steps: Vec<(&'static str, (LangCode, String))>,
}

pub fn list_page(chrome: &Chrome, view: &ListView) -> Markup {
    let t = chrome.t;
    let heading = t.t_with("my-list", &[("count", view.entries.len().into())]);
    let main = html! {
        h1 { (heading) }
        p.lead { (t.t("list-intro")) }
        @if view.missing > 0 { p.note { (t.t_with("list-missing", &[("count", view.missing.into())])) } }
        @if view.entries.is_empty() {
            p { (t.t("list-empty")) }
        } @else {
            ol.compact-cards {
                @for (n, entry) in view.entries.iter().enumerate() { li { (compact_card(chrome, entry, n)) } }
            }
            section.for-client #client-section aria-labelledby="client-heading" {
                h2 #client-heading { (t.t("list-client-heading")) }
                form.client-language action=(format!("{}#client-section", chrome.href("/list"))) method="get" {
                    input type="hidden" name="ids" value=(view.ids);
                    label for="client" { (t.t("list-client-language")) }
                    select #client name="client" {
                        @for lang in Lang::ALL {
                            option value=(lang.code()) lang=(lang.code()) selected[lang == view.client] { (lang.native_name()) }
                        }
                    }
                    button.secondary type="submit" { (t.t("list-client-choose")) }
                }
                section.share aria-labelledby="share-heading" {
                    h3 #share-heading { (t.t("list-share-heading")) }
                    ul.actions.share-links {
                        @for link in share_links(t, view.client, &view.share_url) {
                            li { a.button href=(link.href) { (link.label) } }
                        }
                    }
                    label for="share-url" { (t.t("list-share-label")) }
                    input #share-url type="url" readonly value=(view.share_url) dir="ltr";
                    p { a href=(view.share_url) { (t.t("list-copy-link")) } }
                }
                section.print-form aria-labelledby="print-heading" {
                    h3 #print-heading { (t.t("action-print")) }
                    form action=(chrome.href("/list/print")) method="get" {
                        input type="hidden" name="ids" value=(view.ids);
                        input type="hidden" name="client" value=(view.client.code());
                        button type="submit" { (t.t("list-print")) }
                    }
                }
            }
        }
        p { a href=(view.search_href) { (t.t("list-continue")) } }
    };
    page(chrome, &heading, main)
}

fn compact_card(chrome: &Chrome, entry: &ListEntry, n: usize) -> Markup {
    let t = chrome.t;
    let title_id = format!("entry-{n}");
    let foreign = |code: &LangCode| code.supported() != Some(chrome.lang());
    let (german, ltr) = german_marks(chrome);
    html! {
        article.compact-card {
            h2 {
                a #(title_id) href=(entry.href) lang=[foreign(&entry.title_lang).then_some(entry.title_lang.as_str())]
                    dir=[foreign(&entry.title_lang).then_some(dir_of(&entry.title_lang))] { (entry.title) }
            }
            p.meta {
                span.icon { (category_icon(entry.category)) }
                span.category { (entry.category_name) }
                " · "
                span.provider lang=[german] dir=[ltr] { (entry.provider) }
            }
            @if entry.ended { p.warning { (t.t("offer-ended")) } }
            @if let Some(address) = &entry.address { p.address { span lang=[german] dir=[ltr] { (address) } } }
            @if let Some((code, schedule)) = &entry.schedule {
                p.schedule lang=[foreign(code).then_some(code.as_str())] dir=[foreign(code).then_some(dir_of(code))] { (schedule) }
            }
            @if let Some(phone) = &entry.phone {
                p { a href=(tel_href(phone)) { (t.t("action-call")) " " span dir="ltr" { (phone) } } }
            }
            p { a.button.secondary href=(entry.remove_href) aria-describedby=(title_id) { (t.t("list-remove")) } }
        }
    }
}

/// One tap to send the list: e-mail, SMS and messengers, with a message in the client's
/// language. Plain links: the device's own apps open them, nothing is loaded from elsewhere.
fn share_links(t: Translator, client: Lang, url: &str) -> Vec<Link> {
    let theirs = Translator::new(client);
    let subject = theirs.t("print-heading");
    let message = format!("{subject} – {} {}:\n{url}", theirs.t("site-name"), theirs.t("site-district"));
    let (subject, message, url) = (uri_component(&subject), uri_component(&message), uri_component(url));
    let link = |label: String, href: String| Link { label, href };
    vec![
        link(t.t("fact-email"), format!("mailto:?subject={subject}&body={message}")),
        link(t.t("share-sms"), format!("sms:?&body={message}")),
        link("WhatsApp".to_owned(), format!("https://wa.me/?text={message}")),
        link("Telegram".to_owned(), format!("https://t.me/share/url?url={url}&text={subject}")),
    ]
}

/// Percent-encodes a text for a URI's query, spaces as `%20` (mail and SMS apps take `+` literally).
fn uri_component(text: &str) -> String {
    url::form_urlencoded::byte_serialize(text.as_bytes()).collect::<String>().replace('+', "%20")
}

/// `lang` and `dir` for German names (providers, towns, addresses) on a page in another language.
pub fn german_marks(chrome: &Chrome) -> (Option<&'static str>, Option<&'static str>) {
    let other = chrome.lang() != Lang::De;
    (other.then_some("de"), other.then_some("ltr"))
}

/// A `tel:` link for a phone number as providers write it.
pub fn tel_href(phone: &str) -> String {
    format!("tel:{}", phone.replace([' ', '/', '(', ')'], ""))
}

/// Add to the list, print and share, on the offer page.
pub fn offer_tools(chrome: &Chrome, tools: &OfferTools) -> Markup {
    let t = chrome.t;
    html! {
        section.tools aria-label=(t.t("offer-tools")) {
            ul.actions {
                li { a.button.secondary href=(tools.list_toggle) { (t.t(if tools.in_list { "list-remove" } else { "list-add" })) } }
                li { a.button.secondary href=(tools.print) { (t.t("action-print")) } }
                li { a.button.secondary href=(tools.share_url) { (t.t("action-link")) } }
            }
            @if let Some(link) = &tools.my_list { p.my-list { a href=(link.href) { (link.label) } } }
        }
    }
}

pub fn print_page(chrome: &Chrome, view: &PrintView) -> Markup {
    let client = Translator::new(view.client);
    let client_code = LangCode::from(view.client);
    let heading = client.t("print-heading");
    let main = html! {
        header.print-head {
            h1 lang=(view.client.code()) dir=(dir_of(&client_code)) { (heading) }
            @if view.client != Lang::De { p.print-subtitle lang="de" dir="ltr" { (Translator::new(Lang::De).t("print-heading")) } }
            p.print-date lang=(view.client.code()) dir=(dir_of(&client_code)) {
                (client.t_with("print-date", &[("date", client.date(view.printed).into())]))
            }
            p.no-print { (chrome.t.t("print-hint")) " " a href=(view.back_href) { (chrome.t.t("print-back")) } }
        }
        @if view.entries.is_empty() { p { (chrome.t.t("list-empty")) } }
        @for entry in &view.entries { (print_entry(entry)) }
        @if !view.entries.is_empty() {
            section.print-notes lang=(view.client.code()) dir=(dir_of(&client_code)) aria-labelledby="notes-heading" {
                h2 #notes-heading { (client.t("print-notes")) }
                div.note-lines {}
            }
        }
    };
    page(chrome, &heading, main)
}

fn print_entry(entry: &PrintEntry) -> Markup {
    html! {
        article.print-offer {
            div.print-texts {
                (print_column(entry, &entry.client))
                @if let Some(german) = &entry.german { (print_column(entry, german)) }
            }
            figure.qr {
                (qr_code(&entry.url))
                figcaption dir="ltr" { (entry.url) }
            }
        }
    }
}

/// One language's column: title, summary and the facts with labels in that language.
fn print_column(entry: &PrintEntry, texts: &PrintTexts) -> Markup {
    let t = Translator::new(texts.lang);
    let column = LangCode::from(texts.lang);
    // A text that is not in the column's language says which it is.
    let lang_of = |code: &LangCode| (*code != column).then(|| code.as_str().to_owned());
    let dir_if = |code: &LangCode| (*code != column).then(|| dir_of(code));
    let (title_code, title) = &texts.title;
    html! {
        div.print-column lang=(column.as_str()) dir=(dir_of(&column)) {
            h2 { span.icon { (category_icon(entry.category)) } span lang=[lang_of(title_code)] dir=[dir_if(title_code)] { (title) } }
            @if let Some((code, summary)) = &texts.summary { p lang=[lang_of(code)] dir=[dir_if(code)] { (summary) } }
            dl {
                @if !entry.address.is_empty() {
                    dt { (t.t("fact-where")) }
                    dd { span lang="de" dir="ltr" { (entry.address.join(", ")) } }
                }
                @if entry.dates.is_some() || texts.schedule.is_some() {
                    dt { (t.t("fact-when")) }
                    dd {
                        @if let Some((start, end)) = entry.dates {
                            @if let Some(start) = start { (t.date(start)) } @if let Some(end) = end { " – " (t.date(end)) }
                            br;
                        }
                        @if let Some((code, schedule)) = &texts.schedule { span lang=[lang_of(code)] dir=[dir_if(code)] { (schedule) } }
                    }
                }
                @if entry.free || texts.cost.is_some() {
                    dt { (t.t("fact-cost")) }
                    dd {
                        @if entry.free { (t.t("badge-free")) br; }
                        @if let Some((code, cost)) = &texts.cost { span lang=[lang_of(code)] dir=[dir_if(code)] { (cost) } }
                    }
                }
                @if !entry.languages.is_empty() {
                    dt { (t.t("fact-languages")) }
                    dd {
                        @for (i, code) in entry.languages.iter().enumerate() {
                            @if i > 0 { ", " }
                            span lang=(code.as_str()) dir=(dir_of(code)) { (language_name(code.as_str())) }
                        }
                    }
                }
                @for (label, (code, text)) in &texts.next_steps {
                    dt { (t.t(label)) }
                    dd lang=[lang_of(code)] dir=[dir_if(code)] { (text) }
                }
                @if let Some(phone) = &entry.phone {
                    dt { (t.t("fact-phone")) }
                    dd { span dir="ltr" { (phone) } }
                }
                @if let Some(email) = &entry.email {
                    dt { (t.t("fact-email")) }
                    dd { span dir="ltr" { (email) } }
                }
            }
        }
    }
}
