//! Path and query extractors for machine routes whose failures answer in JSON, as the README
//! promises, instead of axum's plain-text rejections.

use axum::extract::{FromRequestParts, Path, Query};
use axum::http::request::Parts;
use axum::response::IntoResponse;
use serde::de::DeserializeOwned;

use super::error::ApiError;

/// `Path<T>`, refusing a path it cannot read (bad UTF-8, say) with a JSON 400.
pub struct JsonPath<T>(pub T);

impl<T: DeserializeOwned + Send, S: Send + Sync> FromRequestParts<S> for JsonPath<T> {
    type Rejection = axum::response::Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        match Path::<T>::from_request_parts(parts, state).await {
            Ok(Path(value)) => Ok(JsonPath(value)),
            Err(rejection) => Err(ApiError::BadRequest(format!("path: {}", rejection.body_text())).into_response()),
        }
    }
}

/// `Query<T>`, refusing a bad parameter with a JSON 400 that names it.
pub struct JsonQuery<T>(pub T);

impl<T: DeserializeOwned + Send, S: Send + Sync> FromRequestParts<S> for JsonQuery<T> {
    type Rejection = axum::response::Response;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        match Query::<T>::from_request_parts(parts, state).await {
            Ok(Query(value)) => Ok(JsonQuery(value)),
            Err(rejection) => {
                let why = rejection.body_text();
                let why = why.strip_prefix("Failed to deserialize query string: ").unwrap_or(&why).to_owned();
                Err(ApiError::BadRequest(why).into_response())
            }
        }
    }
}
