//! Writes from providers' own systems: a bearer token bound to one provider, the import's
//! validation, and answers a program can act on.

use axum::Json;
use axum::body::Bytes;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde_json::{Value, json};

use super::AppState;
use super::auth::token_actor;
use super::error::ApiError;
use crate::domain::{Actor, parse_offer};
use crate::editing::{EditError, Outcome};

/// More offers than this in one bulk request are refused; send several.
const MAX_BULK: usize = 1000;

fn bad_request(message: String) -> ApiError {
    ApiError::BadRequest(message)
}

fn task_failed(error: tokio::task::JoinError) -> ApiError {
    ApiError::Internal(error.into())
}

/// The token's actor; a missing or unknown token is a 401.
async fn actor(state: &AppState, headers: &HeaderMap) -> Result<Actor, ApiError> {
    match token_actor(state, headers).await? {
        Some(actor @ Actor::Token { .. }) => Ok(actor),
        _ => Err(EditError::Unauthenticated.into()),
    }
}

/// The body as JSON, refusing other content types and broken JSON with a clear message.
fn json_body(headers: &HeaderMap, body: &Bytes) -> Result<Value, ApiError> {
    let content_type = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).unwrap_or_default();
    if !content_type.starts_with("application/json") {
        let message = format!("send the offer as application/json, not `{content_type}`");
        return Err(ApiError::UnsupportedMediaType(message));
    }
    serde_json::from_slice(body).map_err(|e| bad_request(format!("the body is not valid JSON: {e}")))
}

fn outcome_status(outcome: Outcome) -> (StatusCode, &'static str) {
    match outcome {
        Outcome::Created => (StatusCode::CREATED, "created"),
        Outcome::Updated => (StatusCode::OK, "updated"),
        Outcome::Pending => (StatusCode::ACCEPTED, "pending"),
        Outcome::Withdrawn => (StatusCode::OK, "withdrawn"),
    }
}

/// `PUT /api/v1/offers/{id}`: create or replace one offer.
pub async fn put_offer(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let actor = actor(&state, &headers).await?;
    let mut value = json_body(&headers, &body)?;
    match value.get("id") {
        None if value.is_object() => value["id"] = Value::String(id.clone()),
        Some(Value::String(body_id)) if *body_id != id => {
            return Err(bad_request(format!("the body's id `{body_id}` is not the path's `{id}`")));
        }
        _ => {}
    }
    let offer = parse_offer(value).map_err(ApiError::Invalid)?;
    let outcome = tokio::task::spawn_blocking(move || state.directory.submit(&actor, offer, state.moderation))
        .await
        .map_err(task_failed)??;
    let (status, word) = outcome_status(outcome);
    Ok((status, Json(json!({"id": id, "status": word}))).into_response())
}

/// `DELETE /api/v1/offers/{id}`: withdraw an offer.
pub async fn delete_offer(
    State(state): State<AppState>,
    Path(id): Path<String>,
    headers: HeaderMap,
) -> Result<Response, ApiError> {
    let actor = actor(&state, &headers).await?;
    let target = id.clone();
    let outcome = tokio::task::spawn_blocking(move || state.directory.withdraw(&actor, &target, state.moderation))
        .await
        .map_err(task_failed)??;
    let (status, word) = outcome_status(outcome);
    Ok((status, Json(json!({"id": id, "status": word}))).into_response())
}

/// `POST /api/v1/offers`: upsert many offers; each gets its own result.
pub async fn post_offers(State(state): State<AppState>, headers: HeaderMap, body: Bytes) -> Result<Response, ApiError> {
    let actor = actor(&state, &headers).await?;
    let Value::Array(records) = json_body(&headers, &body)? else {
        return Err(bad_request("send a JSON array of offers".into()));
    };
    if records.len() > MAX_BULK {
        return Err(bad_request(format!("at most {MAX_BULK} offers per request, not {}", records.len())));
    }
    let results =
        tokio::task::spawn_blocking(move || bulk_results(&state, &actor, records)).await.map_err(task_failed)?;
    Ok(Json(json!({"results": results})).into_response())
}

/// One result per record: the valid ones are submitted together, in one transaction and one
/// index commit, the invalid ones rejected with their errors.
fn bulk_results(state: &AppState, actor: &Actor, records: Vec<Value>) -> Vec<Value> {
    let ids: Vec<Value> = records.iter().map(|record| record.get("id").cloned().unwrap_or(Value::Null)).collect();
    let mut answers: Vec<Option<Value>> = Vec::with_capacity(records.len());
    let (mut valid, mut positions) = (Vec::new(), Vec::new());
    for (index, record) in records.into_iter().enumerate() {
        match parse_offer(record) {
            Ok(offer) => {
                valid.push(offer);
                positions.push(index);
                answers.push(None);
            }
            Err(fields) => {
                answers.push(Some(json!({"index": index, "id": ids[index], "status": "rejected", "errors": fields})))
            }
        }
    }
    for (index, submitted) in positions.into_iter().zip(state.directory.submit_many(actor, valid, state.moderation)) {
        let id = &ids[index];
        answers[index] = Some(match submitted {
            Ok(outcome) => json!({"index": index, "id": id, "status": outcome_status(outcome).1}),
            Err(error) => {
                let (status, body) = ApiError::from(error).status_and_body();
                json!({"index": index, "id": id, "status": "rejected", "code": status.as_u16(), "errors": [body]})
            }
        });
    }
    answers.into_iter().flatten().collect()
}
