use std::collections::BTreeMap;

use maud::{Markup, html};

use super::{Signed, area_nav, csrf_field};
use crate::domain::offer_form::{LOCAL_FIELDS, OfferForm, form_field};
use crate::domain::{Category, Lang, Level, Offer, OutdatedTranslations, TargetGroup};
use crate::views::labels::{category_name, dir_of, group_name, language_name};
use crate::views::layout::{Chrome, page};
use crate::views::offer::{OfferView, offer_article};

pub struct FormView<'a> {
    pub form: &'a OfferForm,
    pub problems: &'a BTreeMap<String, Vec<String>>,
    /// Where the form posts to.
    pub action: String,
    pub is_new: bool,
    /// A change is waiting for an admin; the form shows it.
    pub pending: bool,
    /// Admins pick the provider; providers' own is fixed.
    pub may_choose_provider: bool,
    /// The hours were proposed from the German times text and are not saved yet.
    pub hours_proposed: bool,
    /// The translations that are outdated, or would be once the form is saved.
    pub outdated: &'a OutdatedTranslations,
}

fn is_outdated(view: &FormView, field: &str, code: &str) -> bool {
    view.outdated
        .iter()
        .any(|(lang, outdated)| lang.as_str() == code && outdated.fields.iter().any(|f| form_field(f.path()) == field))
}

/// Which translations no longer match the German; for a saved offer each language with a
/// button to confirm it still does (the form's own fields go along and are ignored there).
fn outdated_notice(chrome: &Chrome, outdated: &OutdatedTranslations, saved_id: Option<&str>) -> Markup {
    let t = chrome.t;
    html! {
        @if !outdated.is_empty() {
            section.outdated-translations aria-labelledby="outdated-translations" {
                h2 #outdated-translations { (t.t("provider-translations-heading")) }
                p { (t.t("provider-translations-intro")) }
                ul {
                    @for code in outdated.keys() {
                        li data-outdated=(code) {
                            span lang=(code.as_str()) { (language_name(code.as_str())) } " "
                            @if let Some(id) = saved_id {
                                button.secondary type="submit" formaction=(chrome.href(&format!("/provider/offers/{id}/translations/{code}/confirm"))) {
                                    (t.t("provider-translation-confirm"))
                                }
                            }
                        }
                    }
                }
            }
        }
    }
}

fn problems_at(view: &FormView, key: &str) -> Markup {
    html! {
        @if let Some(messages) = view.problems.get(key) {
            p.field-error id=(format!("{key}-error")) {
                @for (i, message) in messages.iter().enumerate() { @if i > 0 { " " } (message) }
            }
        }
    }
}

fn described(view: &FormView, key: &str) -> Option<String> {
    view.problems.contains_key(key).then(|| format!("{key}-error"))
}

fn text_input(view: &FormView, key: &str, label: &str, kind: &str) -> Markup {
    html! {
        div.field {
            label for=(key) { (label) }
            input id=(key) name=(key) type=(kind) value=(view.form.get(key)) aria-invalid=[described(view, key).map(|_| "true")] aria-describedby=[described(view, key)];
            (problems_at(view, key))
        }
    }
}

fn yes_no(chrome: &Chrome, view: &FormView, key: &str, label: &str) -> Markup {
    let t = chrome.t;
    let current = view.form.get(key);
    html! {
        div.field {
            label for=(key) { (label) }
            select id=(key) name=(key) {
                option value="" selected[current.is_empty()] { (t.t("provider-not-stated")) }
                option value="yes" selected[current == "yes"] { (t.t("yes")) }
                option value="no" selected[current == "no"] { (t.t("no")) }
            }
        }
    }
}

/// One localised field: German first, then every other language beside it, missing ones marked.
fn translations(chrome: &Chrome, view: &FormView, field: &str, label: &str, long: bool) -> Markup {
    let t = chrome.t;
    let languages = view.form.text_languages();
    html! {
        fieldset.translations {
            legend { (label) }
            (problems_at(view, field))
            div.languages-grid {
                @for code in &languages {
                    @let key = format!("{field}.{code}");
                    @let value = view.form.get(&key);
                    @let missing = value.trim().is_empty() && code != "de";
                    @let outdated = is_outdated(view, field, code);
                    @let dir = code.parse().map_or("ltr", |c| dir_of(&c));
                    div.field.translation.missing[missing].outdated[outdated].(format!("lang-{}", tab_of(code))) data-outdated=[outdated.then_some(code)] {
                        label for=(key) lang=(code) {
                            (language_name(code))
                            @if missing { " " span.missing-mark { "(" (t.t("provider-translation-missing")) ")" } }
                        }
                        @if outdated { p.outdated-note { (t.t("provider-translation-outdated")) } }
                        @if long {
                            textarea id=(key) name=(key) lang=(code) dir=(dir) rows="6" { (value) }
                        } @else {
                            input id=(key) name=(key) type="text" lang=(code) dir=(dir) value=(value);
                        }
                    }
                }
            }
        }
    }
}

/// The tab a text language is on: each UI language its own, the rest together.
fn tab_of(code: &str) -> &str {
    if Lang::from_code(code).is_some() { code } else { "other" }
}

/// The tab open at first: the one asked for, else the page's language, else English.
fn open_tab(chrome: &Chrome, view: &FormView, tabs: &[String]) -> String {
    let asked = view.form.get("tab");
    let page = chrome.t.lang.code();
    [asked, page, "en"].into_iter().find(|tab| *tab != "de" && tabs.iter().any(|t| t == tab)).unwrap_or("en").to_owned()
}

/// One language at a time beside German: a radio button per language, styled as a tab, shows
/// that language's fields (`:checked` in the stylesheet, no script). Radios and labels are
/// the form's own children so that the stylesheet can reach the fields after them. A tab says
/// when a title is missing or a text is outdated in its language.
fn language_tabs(chrome: &Chrome, view: &FormView) -> Markup {
    let t = chrome.t;
    let mut tabs: Vec<String> = Vec::new();
    for code in view.form.text_languages() {
        let tab = tab_of(&code).to_owned();
        if code != "de" && !tabs.contains(&tab) {
            tabs.push(tab);
        }
    }
    let open = open_tab(chrome, view, &tabs);
    let codes = view.form.text_languages();
    html! {
        p.tabs-intro #tabs-intro { (t.t("provider-tabs-intro")) }
        @for tab in &tabs {
            @let on_tab: Vec<&String> = codes.iter().filter(|c| tab_of(c) == tab).collect();
            @let missing = on_tab.iter().all(|c| view.form.get(&format!("title.{c}")).trim().is_empty());
            @let outdated = on_tab.iter().any(|c| view.outdated.keys().any(|o| o.as_str() == c.as_str()));
            input.tab type="radio" name="tab" id=(format!("tab-{tab}")) value=(tab) checked[*tab == open] aria-describedby="tabs-intro";
            label.tab-label.missing[missing].outdated[outdated] for=(format!("tab-{tab}")) {
                @if tab == "other" { (t.t("provider-tab-other")) } @else { span lang=(tab) { (language_name(tab)) } }
                @if missing { " " span.missing-mark { "(" (t.t("provider-translation-missing")) ")" } }
                @if outdated { " " span.outdated-mark { "(" (t.t("provider-state-outdated")) ")" } }
            }
        }
    }
}

/// The languages the offer is given in, picked by name: the name in the page's language and
/// the language's own, never a code. Languages beyond ours that the offer has stay ticked.
fn offer_languages(chrome: &Chrome, view: &FormView) -> Markup {
    let t = chrome.t;
    let ticked = view.form.all("languages");
    let mut codes: Vec<String> = Lang::ALL.iter().map(|l| l.code().to_owned()).collect();
    codes.extend(ticked.iter().map(|c| (*c).to_owned()).filter(|c| Lang::from_code(c).is_none()));
    html! {
        fieldset.offer-languages {
            legend { (t.t("provider-field-languages")) }
            @for code in &codes {
                @let own = language_name(code);
                label.check {
                    input type="checkbox" name="languages" value=(code) checked[ticked.contains(&code.as_str())];
                    " "
                    @if Lang::from_code(code).is_some() {
                        @let here = t.t(&format!("language-{code}"));
                        (here)
                        @if here != own { " · " span lang=(code) { (own) } }
                    } @else {
                        span lang=(code) { (own) }
                    }
                }
            }
            (problems_at(view, "languages"))
        }
    }
}

/// Opening hours in the notation of the times text, with how to write them, and a note when
/// they were proposed from that text.
fn hours_input(chrome: &Chrome, view: &FormView) -> Markup {
    let t = chrome.t;
    let mut described_by = vec!["hours-hint".to_owned()];
    described_by.extend(view.hours_proposed.then(|| "hours-proposed".to_owned()));
    described_by.extend(described(view, "hours"));
    html! {
        div.field {
            label for="hours" { (t.t("fact-hours")) }
            p.hint #hours-hint { (t.t("provider-hours-hint")) }
            @if view.hours_proposed { p.notice #hours-proposed { (t.t("provider-hours-proposed")) } }
            input #hours name="hours" type="text" lang="de" dir="ltr" value=(view.form.get("hours"))
                aria-describedby=(described_by.join(" "))
                aria-invalid=[described(view, "hours").map(|_| "true")];
            (problems_at(view, "hours"))
        }
    }
}

/// The offer's id, shown and never asked for: a new offer's is made from its title on saving.
fn offer_id(chrome: &Chrome, view: &FormView) -> Markup {
    let t = chrome.t;
    let id = view.form.get("id");
    html! {
        div.field.offer-id {
            @if !id.is_empty() {
                input type="hidden" name="id" value=(id);
                p { (t.t("provider-field-id")) ": " code dir="ltr" { (id) } }
            }
            @if view.is_new { p.hint { (t.t("provider-id-from-title")) } }
            (problems_at(view, "id"))
        }
    }
}

fn location_block(chrome: &Chrome, view: &FormView, i: usize) -> Markup {
    let t = chrome.t;
    let key = |name: &str| format!("loc{i}_{name}");
    html! {
        fieldset.location {
            legend { (t.t_with("provider-location-n", &[("n", (i + 1).into())])) }
            (text_input(view, &key("name"), &t.t("provider-location-name"), "text"))
            (text_input(view, &key("street"), &t.t("provider-street"), "text"))
            (text_input(view, &key("postcode"), &t.t("provider-postcode"), "text"))
            (text_input(view, &key("city"), &t.t("provider-city"), "text"))
            p.hint { (t.t("provider-place-hint")) }
        }
    }
}

pub fn form_page(chrome: &Chrome, signed: &Signed, view: &FormView) -> Markup {
    let t = chrome.t;
    let form = view.form;
    let heading = if view.is_new { t.t("provider-new-offer") } else { t.t("provider-edit-offer") };
    let groups = form.all("target_groups");
    let main = html! {
        (area_nav(chrome, signed))
        h1 { (heading) }
        @if view.pending { p.notice role="status" { (t.t("provider-pending-notice")) } }
        @if !view.problems.is_empty() { p.error role="alert" { (t.t("provider-form-has-problems")) } }
        form.offer-form method="post" action=(view.action) {
            (csrf_field(signed))
            (outdated_notice(chrome, view.outdated, (!view.is_new).then(|| form.get("id"))))
            (language_tabs(chrome, view))
            section {
                h2 { (t.t("provider-section-what")) }
                (offer_id(chrome, view))
                @if view.may_choose_provider {
                    (text_input(view, "provider_id", &t.t("provider-provider-id"), "text"))
                } @else {
                    input type="hidden" name="provider_id" value=(form.get("provider_id"));
                }
                (text_input(view, "provider_name", &t.t("provider-provider-name"), "text"))
                div.field {
                    label for="category" { (t.t("facet-category")) }
                    select #category name="category" {
                        @for category in Category::ALL {
                            option value=(category.code()) selected[form.get("category") == category.code()] { (category_name(t, category)) }
                        }
                    }
                    (problems_at(view, "category"))
                }
                @for (field, key, long) in [("title", "provider-field-title", false), ("summary", "provider-field-summary", true), ("description", "provider-field-description", true)] {
                    (translations(chrome, view, field, &t.t(key), long))
                }
                (text_input(view, "tags", &t.t("provider-tags"), "text"))
            }
            section {
                h2 { (t.t("provider-section-who")) }
                fieldset {
                    legend { (t.t("facet-group")) }
                    @for group in TargetGroup::ALL {
                        label.check {
                            input type="checkbox" name="target_groups" value=(group.code()) checked[groups.contains(&group.code())];
                            " " (group_name(t, group))
                        }
                    }
                    (problems_at(view, "target_groups"))
                }
                (offer_languages(chrome, view))
                div.field {
                    label for="level" { (t.t("fact-level")) }
                    select #level name="level" {
                        option value="" { (t.t("provider-not-stated")) }
                        @for level in Level::ALL {
                            option value=(level.code()) selected[form.get("level") == level.code()] { (level.code()) }
                        }
                    }
                }
                (yes_no(chrome, view, "childcare", &t.t("fact-childcare")))
            }
            section {
                h2 { (t.t("provider-section-when")) }
                (text_input(view, "schedule_start", &t.t("provider-start"), "date"))
                (text_input(view, "schedule_end", &t.t("provider-end"), "date"))
                (translations(chrome, view, "schedule_text", &t.t("provider-times"), false))
                (hours_input(chrome, view))
                (yes_no(chrome, view, "by_appointment", &t.t("fact-by-appointment")))
            }
            section {
                h2 { (t.t("provider-section-where")) }
                (yes_no(chrome, view, "online", &t.t("fact-online")))
                @for i in 0..=form.location_count() { (location_block(chrome, view, i)) }
            }
            section {
                h2 { (t.t("provider-section-cost")) }
                (yes_no(chrome, view, "cost_free", &t.t("badge-free")))
                (translations(chrome, view, "cost_text", &t.t("fact-cost"), false))
            }
            section {
                h2 { (t.t("offer-next-steps")) }
                (translations(chrome, view, "how_to_apply", &t.t("fact-how-to-apply"), true))
                (translations(chrome, view, "documents", &t.t("fact-documents"), true))
                (translations(chrome, view, "eligibility", &t.t("fact-eligibility"), true))
                (yes_no(chrome, view, "accessibility_wheelchair", &t.t("fact-wheelchair")))
                (translations(chrome, view, "accessibility_text", &t.t("fact-accessibility"), false))
            }
            section {
                h2 { (t.t("provider-section-contact")) }
                (text_input(view, "contact_phone", &t.t("provider-phone"), "tel"))
                (text_input(view, "contact_email", &t.t("provider-email"), "email"))
                (text_input(view, "contact_website", &t.t("provider-website"), "url"))
            }
            input type="hidden" name="updated" value=(form.get("updated"));
            div.buttons {
                button type="submit" name="action" value="save" { (t.t("provider-save")) }
                " "
                button.secondary type="submit" name="action" value="preview" { (t.t("provider-preview")) }
            }
        }
    };
    page(chrome, &heading, main)
}

/// The public page as it would look, with the unsaved values carried along to save or edit.
pub fn preview_page(chrome: &Chrome, signed: &Signed, offer: &Offer, form: &OfferForm, action: &str) -> Markup {
    let t = chrome.t;
    let carried: Vec<(String, String)> = LOCAL_FIELDS
        .iter()
        .flat_map(|field| form.text_languages().into_iter().map(move |code| format!("{field}.{code}")))
        .chain(plain_fields(form))
        .map(|key| {
            let value = form.get(&key).to_owned();
            (key, value)
        })
        .chain(form.all("target_groups").into_iter().map(|g| ("target_groups".to_owned(), g.to_owned())))
        .chain(form.all("languages").into_iter().map(|l| ("languages".to_owned(), l.to_owned())))
        .collect();
    let main = html! {
        (area_nav(chrome, signed))
        p.notice role="status" { (t.t("provider-preview-notice")) }
        (outdated_notice(chrome, &offer.outdated_translations, None))
        (offer_article(chrome, &OfferView { offer, outdated: false, ended: false, open_now: false, tools: None }))
        form method="post" action=(action) {
            (csrf_field(signed))
            @for (key, value) in &carried { input type="hidden" name=(key) value=(value); }
            button type="submit" name="action" value="save" { (t.t("provider-save")) }
            " "
            button.secondary type="submit" name="action" value="edit" { (t.t("provider-back-to-form")) }
        }
    };
    page(chrome, &t.t("provider-preview"), main)
}

/// The form's single-valued fields, for carrying them through the preview.
fn plain_fields(form: &OfferForm) -> Vec<String> {
    let fixed = [
        "id",
        "provider_id",
        "provider_name",
        "category",
        "level",
        "cost_free",
        "childcare",
        "online",
        "schedule_start",
        "schedule_end",
        "hours",
        "by_appointment",
        "accessibility_wheelchair",
        "contact_phone",
        "contact_email",
        "contact_website",
        "tags",
        "updated",
    ];
    let locations = (0..form.location_count())
        .flat_map(|i| ["name", "street", "postcode", "city", "lat", "lon"].map(|k| format!("loc{i}_{k}")));
    fixed.iter().map(|k| (*k).to_owned()).chain(locations).collect()
}
