//! What other programs fetch: calendars of offers and providers, the sitemap, robots.txt and
//! the CSV template for providers.

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use super::AppState;
use super::error::{PageError, page_work};
use super::extract::{JsonPath, JsonQuery};
use super::negotiate::negotiate;
use crate::calendar::{CalendarContext, offer_calendar, provider_calendar};
use crate::domain::{Lang, Offer};
use crate::store::Status;

const CALENDAR_TYPE: &str = "text/calendar; charset=utf-8";

/// `?lang=` picks the UI language of titles, descriptions and links, German when absent; an
/// unsupported one is refused with 400 and the list of supported ones.
#[derive(Deserialize)]
pub struct CalendarQuery {
    lang: Option<Lang>,
}

/// `/offers/{id}.ics`: the offer's dates.
pub async fn offer_ics(
    State(state): State<AppState>,
    JsonPath(file): JsonPath<String>,
    JsonQuery(query): JsonQuery<CalendarQuery>,
) -> Result<Response, PageError> {
    let lang = query.lang.unwrap_or(Lang::De);
    let id = file.strip_suffix(".ics").ok_or(PageError::NotFound(lang))?.to_owned();
    let offer = super::pages::published_offer(&state, lang, &id).await?;
    let context = CalendarContext { base_url: &state.base_url, lang, generated: state.clock.now() };
    let body = offer_calendar(&offer, &context).ok_or(PageError::NotFound(lang))?;
    let disposition = format!("attachment; filename=\"{id}.ics\"");
    Ok(([(header::CONTENT_TYPE, CALENDAR_TYPE.to_owned()), (header::CONTENT_DISPOSITION, disposition)], body)
        .into_response())
}

/// `/providers/{provider_id}.ics`: a feed of every dated offer of one provider, to subscribe to.
pub async fn provider_ics(
    State(state): State<AppState>,
    JsonPath(file): JsonPath<String>,
    JsonQuery(query): JsonQuery<CalendarQuery>,
) -> Result<Response, PageError> {
    let lang = query.lang.unwrap_or(Lang::De);
    let provider_id = file.strip_suffix(".ics").ok_or(PageError::NotFound(lang))?.to_owned();
    let directory = state.directory.clone();
    let records = page_work(lang, move || directory.provider_offers(&provider_id)).await?;
    let offers: Vec<Offer> =
        records.into_iter().filter(|record| record.status == Status::Published).map(|record| record.offer).collect();
    let name = offers.first().map(|o| o.provider.name.clone()).ok_or(PageError::NotFound(lang))?;
    let context = CalendarContext { base_url: &state.base_url, lang, generated: state.clock.now() };
    Ok(([(header::CONTENT_TYPE, CALENDAR_TYPE)], provider_calendar(&name, &offers, &context)).into_response())
}

/// `/sitemap.xml`: every home and offer page in every UI language.
pub async fn sitemap(State(state): State<AppState>) -> Result<Response, PageError> {
    let directory = state.directory.clone();
    let offers = tokio::task::spawn_blocking(move || directory.offer_dates())
        .await
        .map_err(|e| PageError::Internal(Lang::De, e.into()))?
        .map_err(|e| PageError::Internal(Lang::De, e))?;
    let body = crate::views::sitemap(&state.base_url, &offers);
    Ok(([(header::CONTENT_TYPE, "application/xml; charset=utf-8")], body).into_response())
}

/// `/robots.txt`: everything but the APIs, the endless search pages and the provider area may
/// be crawled; the sitemap lists what matters.
pub async fn robots(State(state): State<AppState>) -> Response {
    let body = format!(
        "User-agent: *\nDisallow: /api/\nDisallow: /hsds/\nDisallow: /*/search\nDisallow: /*/provider/\n\nSitemap: {}\n",
        state.base_url.join("/sitemap.xml")
    );
    ([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], body).into_response()
}

/// `/{ui}/provider/template.csv`: the CSV layout `wegweiser import --format csv` reads, with an
/// example row.
pub async fn csv_template(Path(ui): Path<String>, headers: HeaderMap) -> Result<Response, PageError> {
    if Lang::from_code(&ui).is_none() {
        return Err(PageError::NotFound(negotiate(&headers)));
    }
    Ok((
        StatusCode::OK,
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8"),
            (header::CONTENT_DISPOSITION, "attachment; filename=\"wegweiser-angebote.csv\""),
        ],
        crate::import::csv_template(),
    )
        .into_response())
}
