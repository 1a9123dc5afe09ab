//! The public "report a problem" form: no account, no personal data, a hidden field that only
//! bots fill, and a few reports per address and quarter hour.

use std::collections::HashMap;

use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};

use super::AppState;
use super::auth::ClientAddress;
use super::error::{PageError, page_work};
use super::negotiate::ui_chrome;
use super::pages::ui_lang;
use crate::domain::{ReportReason, report_message};
use crate::views::report_answer_page;

pub async fn report_problem(
    State(state): State<AppState>,
    Path((ui, id)): Path<(String, String)>,
    ClientAddress(address): ClientAddress,
    headers: HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, PageError> {
    let lang = ui_lang(&ui, &headers)?;
    let chrome = ui_chrome(lang, &format!("/offers/{id}"), Some(&state.base_url));
    let answer = |status: StatusCode, heading: &str, text: &str| {
        (status, report_answer_page(&chrome, &id, heading, text)).into_response()
    };
    // People never see the field; a bot that fills it hears the same thanks and leaves nothing.
    if form.get("website").is_some_and(|value| !value.is_empty()) {
        return Ok(answer(StatusCode::OK, "report-thanks-heading", "report-thanks-text"));
    }
    let reason = form.get("reason").and_then(|r| r.parse::<ReportReason>().ok());
    let message = report_message(form.get("message").map_or("", String::as_str));
    let (Some(reason), Ok(message)) = (reason, message) else {
        return Ok(answer(StatusCode::UNPROCESSABLE_ENTITY, "report-invalid-heading", "report-invalid-text"));
    };
    let key = address.map_or_else(|| "unknown".to_owned(), |a| a.to_string());
    if state.report_limiter.charge(&key, address).is_none() {
        return Ok(answer(StatusCode::TOO_MANY_REQUESTS, "report-limit-heading", "report-limit-text"));
    }
    let (directory, offer) = (state.directory.clone(), id.clone());
    let kept = page_work(lang, move || directory.report_problem(&offer, reason, &message, lang)).await?;
    if !kept {
        return Err(PageError::NotFound(lang));
    }
    Ok(answer(StatusCode::OK, "report-thanks-heading", "report-thanks-text"))
}
