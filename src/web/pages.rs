use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode, Uri, header};
use axum::response::{IntoResponse, Redirect, Response};
use maud::Markup;

use super::AppState;
use super::error::{PageError, page_work};
use super::negotiate::{LANG_COOKIE, negotiate, ui_chrome};
use super::params::SearchParams;
use super::results::{list_href, offer_href, results_view};
use super::shortlist::Shortlist;
use crate::assets;
use crate::domain::{Category, Lang, OfferId};
use crate::i18n::Translator;
use crate::search::SearchRequest;
use crate::views::{HomeView, Link, OfferTools, OfferView, home_page, offer_page, privacy_page, results_page};

pub(super) type PageResult = Result<Response, PageError>;

/// `/` sends people to their language.
pub async fn root(headers: HeaderMap) -> Response {
    let lang = negotiate(&headers);
    let mut response = Redirect::to(&format!("/{lang}/")).into_response();
    response.headers_mut().insert(header::VARY, header::HeaderValue::from_static("Accept-Language, Cookie"));
    response
}

pub async fn home_redirect(Path(ui): Path<String>, headers: HeaderMap) -> PageResult {
    let lang = ui_lang(&ui, &headers)?;
    Ok(Redirect::permanent(&format!("/{lang}/")).into_response())
}

pub async fn home(State(state): State<AppState>, Path(ui): Path<String>, headers: HeaderMap) -> PageResult {
    let lang = ui_lang(&ui, &headers)?;
    let directory = state.directory.clone();
    let all = SearchRequest { limit: 0, today: Some(state.clock.today()), ..SearchRequest::default() };
    let results = page_work(lang, move || directory.search(&all)).await?;
    let categories =
        Category::ALL.into_iter().map(|c| (c, results.facets.category.get(c.code()).copied().unwrap_or(0))).collect();
    let view = HomeView { categories, total: results.total };
    Ok(with_lang_cookie(lang, home_page(&ui_chrome(lang, "/", Some(&state.base_url)), &view)))
}

pub async fn search(
    State(state): State<AppState>,
    Path(ui): Path<String>,
    Query(pairs): Query<Vec<(String, String)>>,
    headers: HeaderMap,
) -> PageResult {
    let lang = ui_lang(&ui, &headers)?;
    let params = SearchParams::new(pairs);
    let (directory, clock) = (state.directory.clone(), state.clock);
    let view = page_work(lang, move || results_view(&directory, lang, &params, clock)).await?;
    let chrome = ui_chrome(lang, &view.here, Some(&state.base_url));
    Ok(with_lang_cookie(lang, results_page(&chrome, &view.view)))
}

pub async fn offer(
    State(state): State<AppState>,
    Path((ui, id)): Path<(String, String)>,
    Query(pairs): Query<Vec<(String, String)>>,
    headers: HeaderMap,
) -> PageResult {
    let lang = ui_lang(&ui, &headers)?;
    let offer = match published_offer(&state, lang, &id).await {
        Err(PageError::NotFound(lang)) => {
            return Err(PageError::OfferGone(lang, replacements(&state, lang, &id).await));
        }
        found => found?,
    };
    let today = state.clock.today();
    let outdated = offer.is_outdated(today);
    let list = Shortlist::parse(SearchParams::new(pairs).get("list").unwrap_or_default());
    let tools = offer_tools(lang, &offer.id, &list, &state);
    let open_now = offer.is_open(state.clock.now());
    let view = OfferView { offer: &offer, outdated, ended: offer.has_ended(today), open_now, tools: Some(tools) };
    Ok(with_lang_cookie(lang, offer_page(&ui_chrome(lang, &format!("/offers/{id}"), Some(&state.base_url)), &view)))
}

/// The offers likeliest to replace one that is gone: a search for the words of its id
/// ("vhs-unna-integrationskurs-2026" looks for "vhs unna integrationskurs").
async fn replacements(state: &AppState, lang: Lang, id: &str) -> Vec<Link> {
    let words: Vec<&str> = id.split('-').filter(|w| w.len() > 2 && !w.bytes().all(|b| b.is_ascii_digit())).collect();
    if words.is_empty() || id.parse::<OfferId>().is_err() {
        return Vec::new();
    }
    let request = SearchRequest {
        text: words.join(" "),
        lang_hint: Some(Lang::De),
        limit: 3,
        today: Some(state.clock.today()),
        ..SearchRequest::default()
    };
    let directory = state.directory.clone();
    let found = page_work(lang, move || {
        let results = directory.search(&request)?;
        let ids: Vec<&str> = results.hits.iter().map(|hit| hit.id.as_str()).collect();
        let offers = directory.offers_by_id(&ids)?;
        Ok(ids
            .iter()
            .filter_map(|id| offers.get(*id))
            .map(|o| (o.id.to_string(), o.title.best(lang).1.to_owned()))
            .collect())
    });
    let found: Vec<(String, String)> = found.await.unwrap_or_default();
    found.into_iter().map(|(id, title)| Link { href: format!("/{lang}/offers/{id}"), label: title }).collect()
}

/// Add to the shortlist or take off, print and share: what a volunteer does with an offer.
fn offer_tools(lang: Lang, id: &OfferId, list: &Shortlist, state: &AppState) -> OfferTools {
    let my_list = (!list.is_empty()).then(|| Link {
        label: Translator::new(lang).t_with("my-list", &[("count", list.len().into())]),
        href: list_href(lang, list),
    });
    OfferTools {
        list_toggle: offer_href(lang, id.as_str(), &list.toggled(id)),
        in_list: list.contains(id.as_str()),
        my_list,
        print: format!("/{lang}/offers/{id}/print"),
        share_url: state.base_url.join(&format!("/{lang}/offers/{id}")),
    }
}

/// What is stored about visitors: nearly nothing, and this page says so.
pub async fn privacy(State(state): State<AppState>, Path(ui): Path<String>, headers: HeaderMap) -> PageResult {
    let lang = ui_lang(&ui, &headers)?;
    Ok(with_lang_cookie(lang, privacy_page(&ui_chrome(lang, "/privacy", Some(&state.base_url)))))
}

pub async fn static_file(uri: Uri) -> Response {
    match assets::find(uri.path()) {
        Some(asset) => (
            [
                (header::CONTENT_TYPE, asset.content_type),
                (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
            ],
            asset.body,
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

/// Unknown paths: JSON under `/api`, otherwise a page in the path's language or the browser's.
pub async fn not_found(uri: Uri, headers: HeaderMap) -> Response {
    if uri.path().starts_with("/api/") {
        return super::error::ApiError::NotFound(format!("no such endpoint: {}", uri.path())).into_response();
    }
    let first = uri.path().trim_start_matches('/').split('/').next().unwrap_or_default();
    let lang = Lang::from_code(first).unwrap_or_else(|| negotiate(&headers));
    PageError::NotFound(lang).into_response()
}

/// The language in the path; an unknown one is a missing page, in the browser's language.
pub(super) fn ui_lang(code: &str, headers: &HeaderMap) -> Result<Lang, PageError> {
    Lang::from_code(code).ok_or_else(|| PageError::NotFound(negotiate(headers)))
}

/// Remembers the UI language so `/` leads back to it; a preference, not tracking.
pub(super) fn with_lang_cookie(lang: Lang, page: Markup) -> Response {
    let cookie = format!("{LANG_COOKIE}={lang}; Path=/; Max-Age=31536000; SameSite=Lax");
    ([(header::SET_COOKIE, cookie)], page).into_response()
}

/// A published offer read off the async threads, or the missing page.
pub(super) async fn published_offer(state: &AppState, lang: Lang, id: &str) -> Result<crate::domain::Offer, PageError> {
    let (directory, lookup) = (state.directory.clone(), id.to_owned());
    page_work(lang, move || directory.offer(&lookup)).await?.ok_or(PageError::NotFound(lang))
}
