//! What other programs fetch: the sitemap and robots.txt.

use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};

use super::AppState;
use super::error::PageError;
use crate::domain::Lang;

/// `/sitemap.xml`: every home and offer page in every UI language.
pub async fn sitemap(State(state): State<AppState>) -> Result<Response, PageError> {
    let directory = state.directory.clone();
    let offers = tokio::task::spawn_blocking(move || directory.store.offer_dates())
        .await
        .map_err(|e| PageError::Internal(Lang::De, e.into()))?
        .map_err(|e| PageError::Internal(Lang::De, e))?;
    let body = crate::views::sitemap(&state.base_url, &offers);
    Ok(([(header::CONTENT_TYPE, "application/xml; charset=utf-8")], body).into_response())
}

/// `/robots.txt`: everything but the API and the endless search pages may be crawled; the
/// sitemap lists what matters.
pub async fn robots(State(state): State<AppState>) -> Response {
    let body = format!(
        "User-agent: *\nDisallow: /api/\nDisallow: /*/search\n\nSitemap: {}\n",
        state.base_url.join("/sitemap.xml")
    );
    ([(header::CONTENT_TYPE, "text/plain; charset=utf-8")], body).into_response()
}
