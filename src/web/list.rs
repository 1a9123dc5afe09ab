use axum::extract::{Path, Query, State};
use axum::http::HeaderMap;

use super::AppState;
use super::error::{PageError, page_work};
use super::negotiate::ui_chrome;
use super::pages::{PageResult, ui_lang, with_lang_cookie};
use super::results::{list_href, offer_href};
use super::shortlist::Shortlist;
use crate::base_url::BaseUrl;
use crate::directory::Directory;
use crate::domain::{Day, Lang, LangCode, Offer, OfferId, TextField};
use crate::i18n::Translator;
use crate::views::labels::category_name;
use crate::views::{ListEntry, ListView, PrintEntry, PrintTexts, PrintView, list_page, print_page};

type Pairs = Query<Vec<(String, String)>>;

/// `/{ui}/list?ids=a,b,c`: the shortlist, kept in its URL.
pub async fn list(
    State(state): State<AppState>,
    Path(ui): Path<String>,
    Query(pairs): Pairs,
    headers: HeaderMap,
) -> PageResult {
    let lang = ui_lang(&ui, &headers)?;
    let list = Shortlist::parse(&value_of(&pairs, "ids"));
    let client = Lang::from_code(&value_of(&pairs, "client")).unwrap_or(lang);
    let directory = state.directory.clone();
    let base = state.base_url.clone();
    let today = state.clock.today();
    let for_whom = ListFor { lang, client, today };
    let (view, kept) = page_work(lang, move || list_view(&directory, for_whom, &list, &base)).await?;
    // A list is someone's own selection: no canonical link, not for search engines.
    let here = if client == lang {
        format!("/list?ids={}", kept.param())
    } else {
        format!("/list?ids={}&client={client}", kept.param())
    };
    let chrome = ui_chrome(lang, &here, None);
    Ok(with_lang_cookie(lang, list_page(&chrome, &view)))
}

/// `/{ui}/list/print?ids=a,b&client=ar`: the list to hand to a client.
pub async fn list_print(
    State(state): State<AppState>,
    Path(ui): Path<String>,
    Query(pairs): Pairs,
    headers: HeaderMap,
) -> PageResult {
    let lang = ui_lang(&ui, &headers)?;
    let list = Shortlist::parse(&value_of(&pairs, "ids"));
    let client = Lang::from_code(&value_of(&pairs, "client")).unwrap_or(lang);
    let here = format!("/list/print?ids={}&client={client}", list.param());
    let ids = list.ids().map(str::to_owned).collect();
    print(state, lang, PrintRequest { ids, client, back_href: list_href(lang, &list), here }).await
}

/// `/{ui}/offers/{id}/print?client=ar`: one offer to hand to a client.
pub async fn offer_print(
    State(state): State<AppState>,
    Path((ui, id)): Path<(String, String)>,
    Query(pairs): Pairs,
    headers: HeaderMap,
) -> PageResult {
    let lang = ui_lang(&ui, &headers)?;
    let id: OfferId = id.parse().map_err(|_| PageError::NotFound(lang))?;
    let client = Lang::from_code(&value_of(&pairs, "client")).unwrap_or(lang);
    let back_href = offer_href(lang, id.as_str(), &Shortlist::default());
    let here = format!("/offers/{id}/print?client={client}");
    print(state, lang, PrintRequest { ids: vec![id.to_string()], client, back_href, here }).await
}

/// What to print, for whom, and where the page leads back to.
struct PrintRequest {
    ids: Vec<String>,
    client: Lang,
    back_href: String,
    /// The page's own path and query, for the language switch.
    here: String,
}

async fn print(state: AppState, lang: Lang, request: PrintRequest) -> PageResult {
    let directory = state.directory.clone();
    let base = state.base_url.clone();
    let (ids, client) = (request.ids, request.client);
    let entries = page_work(lang, move || print_entries(&directory, &ids, client, &base)).await?;
    // A single offer that does not exist is a missing page; an emptied list is just empty.
    if entries.is_empty() && request.here.starts_with("/offers/") {
        return Err(PageError::NotFound(lang));
    }
    let view = PrintView { client, printed: state.clock.today(), entries, back_href: request.back_href };
    Ok(with_lang_cookie(lang, print_page(&ui_chrome(lang, &request.here, None), &view)))
}

fn value_of(pairs: &[(String, String)], name: &str) -> String {
    pairs.iter().rev().find(|(key, _)| key == name).map(|(_, value)| value.clone()).unwrap_or_default()
}

/// The offers on the list, in its order; ids that are no published offer are counted.
fn offers_in_order(directory: &Directory, ids: &[String]) -> crate::Result<(Vec<Offer>, usize)> {
    let lookup: Vec<&str> = ids.iter().map(String::as_str).collect();
    let mut found = directory.offers_by_id(&lookup)?;
    let offers: Vec<Offer> = ids.iter().filter_map(|id| found.remove(id)).collect();
    let missing = ids.len() - offers.len();
    Ok((offers, missing))
}

/// Who reads the list page, for whom it is shared, and on which day.
#[derive(Clone, Copy)]
struct ListFor {
    lang: Lang,
    client: Lang,
    today: Day,
}

/// The list page for the offers on `list` that still exist; every link on it leaves out the
/// others, which the page counts.
fn list_view(
    directory: &Directory,
    ListFor { lang, client, today }: ListFor,
    list: &Shortlist,
    base: &BaseUrl,
) -> crate::Result<(ListView, Shortlist)> {
    let ids: Vec<String> = list.ids().map(str::to_owned).collect();
    let (offers, missing) = offers_in_order(directory, &ids)?;
    let kept = Shortlist::parse(&offers.iter().map(|o| o.id.as_str()).collect::<Vec<_>>().join(","));
    let t = Translator::new(lang);
    let entries = offers
        .iter()
        .map(|offer| {
            let (title_lang, title) = offer.current_title(lang);
            let schedule = offer.current_text(TextField::Schedule, lang).map(|(code, text)| (code, text.to_owned()));
            ListEntry {
                href: offer_href(lang, offer.id.as_str(), &kept),
                title: title.to_owned(),
                title_lang,
                category: offer.category,
                category_name: category_name(t, offer.category),
                provider: offer.provider.name.clone(),
                address: offer.locations.first().map(|l| address_lines(l).join(", ")),
                schedule,
                phone: offer.contact.as_ref().and_then(|c| c.phone.clone()),
                ended: offer.has_ended(today),
                remove_href: list_href(lang, &kept.toggled(&offer.id)),
            }
        })
        .collect();
    let search_href =
        if kept.is_empty() { format!("/{lang}/search") } else { format!("/{lang}/search?list={}", kept.param()) };
    let share_url = base.join(&list_href(client, &kept));
    let view = ListView { entries, missing, client, share_url, ids: kept.param(), search_href };
    Ok((view, kept))
}

fn address_lines(location: &crate::domain::Location) -> Vec<String> {
    let town = match &location.postcode {
        Some(postcode) => format!("{postcode} {}", location.city),
        None => location.city.clone(),
    };
    location.name.iter().chain(&location.street).cloned().chain([town]).collect()
}

fn print_entries(
    directory: &Directory,
    ids: &[String],
    client: Lang,
    base: &BaseUrl,
) -> crate::Result<Vec<PrintEntry>> {
    let (offers, _) = offers_in_order(directory, ids)?;
    Ok(offers.iter().map(|offer| print_entry(offer, client, base)).collect())
}

fn print_entry(offer: &Offer, client: Lang, base: &BaseUrl) -> PrintEntry {
    let texts = |lang: Lang| {
        let in_lang = |field| offer.current_text(field, lang).map(|(code, text)| (code, text.to_owned()));
        let (title_code, title) = offer.current_title(lang);
        PrintTexts {
            lang,
            title: (title_code, title.to_owned()),
            summary: in_lang(TextField::Summary),
            schedule: in_lang(TextField::Schedule),
            cost: in_lang(TextField::Cost),
            next_steps: [
                (TextField::HowToApply, "fact-how-to-apply"),
                (TextField::Documents, "fact-documents"),
                (TextField::Eligibility, "fact-eligibility"),
            ]
            .into_iter()
            .filter_map(|(field, label)| in_lang(field).map(|text| (label, text)))
            .collect(),
        }
    };
    let client_texts = texts(client);
    let german = LangCode::from(Lang::De);
    let codes = [
        Some(&client_texts.title),
        client_texts.summary.as_ref(),
        client_texts.schedule.as_ref(),
        client_texts.cost.as_ref(),
    ];
    let steps = client_texts.next_steps.iter().map(|(_, text)| text);
    // Where the client reads German anyway, a German column would say the same again.
    let translated = codes.into_iter().flatten().chain(steps).any(|(code, _)| *code != german);
    let schedule = offer.schedule.as_ref().filter(|s| s.start.is_some() || s.end.is_some());
    let contact = offer.contact.as_ref();
    PrintEntry {
        category: offer.category,
        client: client_texts,
        german: (client != Lang::De && translated).then(|| texts(Lang::De)),
        address: offer.locations.first().map(address_lines).unwrap_or_default(),
        phone: contact.and_then(|c| c.phone.clone()),
        email: contact.and_then(|c| c.email.clone()),
        dates: schedule.map(|s| (s.start, s.end)),
        free: offer.cost.as_ref().is_some_and(|c| c.free == Some(true)),
        languages: offer.languages.clone(),
        url: base.join(&format!("/{client}/offers/{}", offer.id)),
    }
}
