use axum::Json;
use axum::extract::{Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use super::AppState;
use super::error::ApiError;
use super::extract::JsonPath;
use super::params::SearchParams;
use crate::domain::{Lang, Offer};
use crate::search::{Facets, Match, SearchResults};

#[derive(Serialize)]
pub struct SearchResponse {
    query: String,
    detected_language: Lang,
    searched_languages: Vec<Lang>,
    total: usize,
    took_ms: f64,
    /// Words the results do without: found nowhere, or not matched by the best hit.
    dropped_words: Vec<String>,
    /// The query with misspelled words corrected, when some were.
    #[serde(skip_serializing_if = "Option::is_none")]
    suggestion: Option<String>,
    hits: Vec<ApiHit>,
    facets: Facets,
}

#[derive(Serialize)]
struct ApiHit {
    id: String,
    score: f32,
    title: String,
    title_language: String,
    provider: String,
    category: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    city: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    distance_km: Option<f64>,
    /// Plain text; `highlights` are byte ranges of the matched words in it.
    snippet: String,
    highlights: Vec<[usize; 2]>,
    /// With `explain=1`: per query word, the rule that matched and in which language.
    #[serde(skip_serializing_if = "Option::is_none")]
    matched: Option<Vec<Match>>,
}

pub async fn search(
    State(state): State<AppState>,
    Query(pairs): Query<Vec<(String, String)>>,
) -> Result<Json<SearchResponse>, ApiError> {
    let params = SearchParams::new(pairs);
    let (directory, today, now) = (state.directory.clone(), state.clock.today(), state.clock.now());
    let response = tokio::task::spawn_blocking(move || {
        let mut request = params
            .request(&directory.places, true, "near")
            .map_err(|bad| ApiError::BadRequest(format!("{}: {}", bad.name, bad.message)))?;
        request.today = Some(today);
        request.now = Some(now);
        let results = directory.search(&request)?;
        if request.offset == 0 {
            directory.note_search(&request.text, results.detected_language, results.total, today);
        }
        let ids: Vec<&str> = results.hits.iter().map(|h| h.id.as_str()).collect();
        let offers = directory.offers_by_id(&ids)?;
        let lang = request.lang_hint.unwrap_or(results.detected_language);
        let explain = matches!(params.get("explain"), Some("1" | "true"));
        let hits = results
            .hits
            .iter()
            .filter_map(|hit| offers.get(&hit.id).map(|offer| api_hit(&results, hit, offer, lang, explain)))
            .collect();
        Ok::<_, ApiError>(SearchResponse {
            query: request.text,
            detected_language: results.detected_language,
            searched_languages: results.searched_languages.clone(),
            total: results.total,
            took_ms: results.took_ms,
            dropped_words: results.dropped_words.clone(),
            suggestion: results.suggestion.clone(),
            hits,
            facets: results.facets,
        })
    })
    .await
    .map_err(|e| ApiError::Internal(e.into()))??;
    Ok(Json(response))
}

fn api_hit(results: &SearchResults, hit: &crate::search::Hit, offer: &Offer, lang: Lang, explain: bool) -> ApiHit {
    let (title_language, title) = offer.current_title(lang);
    let snippet = results.snippet(offer, lang);
    ApiHit {
        id: hit.id.clone(),
        score: hit.score,
        title: title.to_owned(),
        title_language: title_language.to_string(),
        provider: offer.provider.name.clone(),
        category: offer.category.code().to_owned(),
        city: offer.cities().next().map(str::to_owned),
        distance_km: hit.distance_km.map(|km| (km * 10.0).round() / 10.0),
        highlights: snippet.highlights.iter().map(|r| [r.start, r.end]).collect(),
        snippet: snippet.text,
        matched: explain.then(|| results.explain(hit)),
    }
}

pub async fn offer(State(state): State<AppState>, JsonPath(id): JsonPath<String>) -> Result<Json<Offer>, ApiError> {
    let directory = state.directory.clone();
    let lookup = id.clone();
    let offer = tokio::task::spawn_blocking(move || directory.offer(&lookup))
        .await
        .map_err(|e| ApiError::Internal(e.into()))??;
    offer.map(Json).ok_or_else(|| ApiError::NotFound(format!("no offer with id `{id}`")))
}

pub async fn health(State(state): State<AppState>) -> Result<Response, ApiError> {
    let directory = state.directory.clone();
    let health =
        tokio::task::spawn_blocking(move || directory.health()).await.map_err(|e| ApiError::Internal(e.into()))??;
    // A degraded index still serves, but a monitor must notice: 503 says so without parsing.
    let status = if health.is_ok() { StatusCode::OK } else { StatusCode::SERVICE_UNAVAILABLE };
    Ok((status, Json(health)).into_response())
}

/// The OpenAPI 3.1 description of `/api/v1`; a test holds it to the routes and parameters.
pub const OPENAPI: &str = include_str!("openapi.json");

pub async fn openapi() -> impl axum::response::IntoResponse {
    ([(axum::http::header::CONTENT_TYPE, "application/json")], OPENAPI)
}
