use axum::Json;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde_json::json;

use super::negotiate::ui_chrome;
use crate::Kind;
use crate::domain::Lang;
use crate::views::error_page;

/// An error on an HTML route: a localised page, never internals.
#[derive(Debug)]
pub enum PageError {
    NotFound(Lang),
    Forbidden(Lang),
    Internal(Lang, crate::Error),
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let (status, lang, heading, text) = match self {
            PageError::NotFound(lang) => (StatusCode::NOT_FOUND, lang, "not-found-heading", "not-found-text"),
            PageError::Forbidden(lang) => (StatusCode::FORBIDDEN, lang, "forbidden-heading", "forbidden-text"),
            PageError::Internal(lang, error) => match error.kind() {
                Kind::NotFound => (StatusCode::NOT_FOUND, lang, "not-found-heading", "not-found-text"),
                Kind::Refused | Kind::Internal => {
                    tracing::error!("page failed: {error}");
                    (StatusCode::INTERNAL_SERVER_ERROR, lang, "error-heading", "error-text")
                }
            },
        };
        (status, error_page(&ui_chrome(lang, "/", None), heading, text)).into_response()
    }
}

/// An error on an API route: JSON with a message a developer can act on.
#[derive(Debug)]
pub enum ApiError {
    BadRequest(String),
    NotFound(String),
    Internal(crate::Error),
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, message) = match self {
            ApiError::BadRequest(message) => (StatusCode::BAD_REQUEST, message),
            ApiError::NotFound(message) => (StatusCode::NOT_FOUND, message),
            ApiError::Internal(error) => match error.kind() {
                Kind::NotFound => (StatusCode::NOT_FOUND, error.to_string()),
                Kind::Refused => (StatusCode::UNPROCESSABLE_ENTITY, error.to_string()),
                Kind::Internal => {
                    tracing::error!("api failed: {error}");
                    (StatusCode::INTERNAL_SERVER_ERROR, "internal error".to_owned())
                }
            },
        };
        (status, Json(json!({"error": message}))).into_response()
    }
}

impl From<crate::Error> for ApiError {
    fn from(error: crate::Error) -> Self {
        ApiError::Internal(error)
    }
}

/// Runs store or index work off the async threads; a failure becomes the error page.
pub async fn page_work<T: Send + 'static>(
    lang: Lang,
    work: impl FnOnce() -> crate::Result<T> + Send + 'static,
) -> Result<T, PageError> {
    tokio::task::spawn_blocking(work)
        .await
        .map_err(|e| PageError::Internal(lang, e.into()))?
        .map_err(|e| PageError::Internal(lang, e))
}
