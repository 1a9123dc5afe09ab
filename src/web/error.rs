use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use serde_json::{Value, json};

use super::negotiate::ui_chrome;
use crate::Kind;
use crate::domain::{FieldError, Lang};
use crate::editing::EditError;
use crate::views::{Link, error_page};

/// An error on an HTML route: a localised page, never internals.
#[derive(Debug)]
pub enum PageError {
    NotFound(Lang),
    /// An offer that is gone, with the offers likeliest to replace it.
    OfferGone(Lang, Vec<Link>),
    Forbidden(Lang),
    /// The provider area without a session: the way to its sign-in form.
    SignIn(Lang),
    Internal(Lang, crate::Error),
}

impl IntoResponse for PageError {
    fn into_response(self) -> Response {
        let mut replacements = Vec::new();
        let (status, lang, heading, text) = match self {
            PageError::SignIn(lang) => return Redirect::to(&format!("/{lang}/provider/")).into_response(),
            PageError::NotFound(lang) => (StatusCode::NOT_FOUND, lang, "not-found-heading", "not-found-text"),
            PageError::OfferGone(lang, links) => {
                replacements = links;
                (StatusCode::NOT_FOUND, lang, "not-found-heading", "not-found-text")
            }
            PageError::Forbidden(lang) => (StatusCode::FORBIDDEN, lang, "forbidden-heading", "forbidden-text"),
            PageError::Internal(lang, error) => match error.kind() {
                Kind::NotFound => (StatusCode::NOT_FOUND, lang, "not-found-heading", "not-found-text"),
                Kind::Refused | Kind::Unavailable | Kind::Internal => {
                    tracing::error!("page failed: {error}");
                    (StatusCode::INTERNAL_SERVER_ERROR, lang, "error-heading", "error-text")
                }
            },
        };
        (status, error_page(&ui_chrome(lang, "/", None), heading, text, &replacements)).into_response()
    }
}

/// What a client hears when its write is stored but the index lags: no internals.
pub const UNAVAILABLE: &str = "saved, but not searchable yet; the index catches up on its own";

/// An error on an API route: JSON with a message a developer can act on.
#[derive(Debug)]
pub enum ApiError {
    BadRequest(String),
    /// No token, or one we do not know: answered with `WWW-Authenticate: Bearer`.
    Unauthorized(String),
    Forbidden(String),
    NotFound(String),
    UnsupportedMediaType(String),
    /// An offer that breaks the format's rules, with every field at fault.
    Invalid(Vec<FieldError>),
    Internal(crate::Error),
}

impl ApiError {
    /// The status and JSON body, also for one record's result inside a bulk answer.
    pub fn status_and_body(self) -> (StatusCode, Value) {
        let (status, message) = match self {
            ApiError::Invalid(fields) => {
                let body = json!({"error": "the offer is not valid", "fields": fields});
                return (StatusCode::UNPROCESSABLE_ENTITY, body);
            }
            ApiError::BadRequest(message) => (StatusCode::BAD_REQUEST, message),
            ApiError::Unauthorized(message) => (StatusCode::UNAUTHORIZED, message),
            ApiError::Forbidden(message) => (StatusCode::FORBIDDEN, message),
            ApiError::NotFound(message) => (StatusCode::NOT_FOUND, message),
            ApiError::UnsupportedMediaType(message) => (StatusCode::UNSUPPORTED_MEDIA_TYPE, message),
            ApiError::Internal(error) => match error.kind() {
                Kind::NotFound => (StatusCode::NOT_FOUND, error.to_string()),
                Kind::Refused => (StatusCode::UNPROCESSABLE_ENTITY, error.to_string()),
                Kind::Unavailable => {
                    tracing::warn!("api: {error}");
                    (StatusCode::SERVICE_UNAVAILABLE, UNAVAILABLE.to_owned())
                }
                Kind::Internal => {
                    tracing::error!("api failed: {error}");
                    (StatusCode::INTERNAL_SERVER_ERROR, "internal error".to_owned())
                }
            },
        };
        (status, json!({"error": message}))
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (status, body) = self.status_and_body();
        let mut response = (status, Json(body)).into_response();
        if status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        response
    }
}

impl From<EditError> for ApiError {
    fn from(error: EditError) -> Self {
        let message = error.to_string();
        match error {
            EditError::Unauthenticated => ApiError::Unauthorized(message),
            EditError::Forbidden(_) => ApiError::Forbidden(message),
            EditError::NotFound(_) => ApiError::NotFound(message),
            EditError::Invalid(fields) => ApiError::Invalid(fields),
            EditError::Internal(error) => ApiError::Internal(error),
        }
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
