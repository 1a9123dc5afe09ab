use std::collections::HashMap;

use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};

use super::{blocking, check_form, edit_error, signed_visit};
use crate::auth::{MIN_PASSWORD_CHARS, hash_password};
use crate::domain::{Lang, ProviderId};
use crate::editing::EditError;
use crate::i18n::Translator;
use crate::views::provider::{HistoryView, QueueItem, accounts_page, history_page, moderation_page};
use crate::web::AppState;
use crate::web::error::PageError;

pub async fn history(
    State(state): State<AppState>,
    Path((ui, id)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    let visit = match signed_visit(&state, &ui, &headers) {
        Ok(visit) => visit,
        Err(refused) => return refused.into_response(),
    };
    let (actor, lang, directory, lookup) = (visit.actor(), visit.lang, state.directory.clone(), id.clone());
    match blocking(lang, move || directory.history_of(&actor, &lookup)).await {
        Ok(Ok(entries)) => {
            let Some(signed) = visit.signed() else { return Redirect::to(&visit.href("/")).into_response() };
            let view = HistoryView { id: &id, entries: &entries, may_restore: signed.user.is_admin };
            history_page(&visit.chrome(&format!("/offers/{id}/history")), &signed, &view).into_response()
        }
        Ok(Err(error)) => edit_error(lang, error),
        Err(response) => response,
    }
}

pub async fn restore(
    State(state): State<AppState>,
    Path((ui, id)): Path<(String, String)>,
    headers: HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let visit = match signed_visit(&state, &ui, &headers) {
        Ok(visit) => visit,
        Err(refused) => return refused.into_response(),
    };
    if let Err(refused) = check_form(&visit, &headers, &form) {
        return refused.into_response();
    }
    let Some(seq) = form.get("seq").and_then(|s| s.parse::<i64>().ok()) else {
        return PageError::NotFound(visit.lang).into_response();
    };
    let (actor, lang, directory, target) = (visit.actor(), visit.lang, state.directory.clone(), id.clone());
    match blocking(lang, move || directory.restore(&actor, &target, seq)).await {
        Ok(Ok(_)) => Redirect::to(&visit.href(&format!("/offers/{id}/history"))).into_response(),
        Ok(Err(error)) => edit_error(lang, error),
        Err(response) => response,
    }
}

pub async fn moderation(State(state): State<AppState>, Path(ui): Path<String>, headers: HeaderMap) -> Response {
    let visit = match signed_visit(&state, &ui, &headers) {
        Ok(visit) => visit,
        Err(refused) => return refused.into_response(),
    };
    let (actor, lang, directory) = (visit.actor(), visit.lang, state.directory.clone());
    let queue = blocking(lang, move || {
        let pending = directory.moderation_queue(&actor)?;
        let mut items = Vec::new();
        for item in pending {
            let current = directory.store.offer(&item.offer_id)?;
            items.push(QueueItem { pending: item, current });
        }
        Ok::<_, EditError>(items)
    })
    .await;
    match queue {
        Ok(Ok(items)) => {
            let Some(signed) = visit.signed() else { return Redirect::to(&visit.href("/")).into_response() };
            moderation_page(&visit.chrome("/moderation"), &signed, &items).into_response()
        }
        Ok(Err(error)) => edit_error(lang, error),
        Err(response) => response,
    }
}

pub async fn decide(
    State(state): State<AppState>,
    Path((ui, pending)): Path<(String, i64)>,
    headers: HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let visit = match signed_visit(&state, &ui, &headers) {
        Ok(visit) => visit,
        Err(refused) => return refused.into_response(),
    };
    if let Err(refused) = check_form(&visit, &headers, &form) {
        return refused.into_response();
    }
    let approve = form.get("decision").is_some_and(|d| d == "approve");
    let reason = form.get("reason").cloned().unwrap_or_default();
    let (actor, lang, directory) = (visit.actor(), visit.lang, state.directory.clone());
    match blocking(lang, move || directory.decide(&actor, pending, approve, reason.trim())).await {
        Ok(Ok(())) => Redirect::to(&visit.href("/moderation")).into_response(),
        Ok(Err(EditError::Internal(_))) => PageError::NotFound(lang).into_response(),
        Ok(Err(error)) => edit_error(lang, error),
        Err(response) => response,
    }
}

pub async fn accounts(State(state): State<AppState>, Path(ui): Path<String>, headers: HeaderMap) -> Response {
    accounts_with_notice(state, ui, headers, None).await
}

async fn accounts_with_notice(
    state: AppState,
    ui: String,
    headers: HeaderMap,
    notice: Option<(StatusCode, String)>,
) -> Response {
    let visit = match signed_visit(&state, &ui, &headers) {
        Ok(visit) => visit,
        Err(refused) => return refused.into_response(),
    };
    let Some(signed) = visit.signed() else { return Redirect::to(&visit.href("/")).into_response() };
    if !signed.user.is_admin {
        return PageError::Forbidden(visit.lang).into_response();
    }
    let directory = state.directory.clone();
    let lists =
        blocking(visit.lang, move || Ok::<_, crate::Error>((directory.store.providers()?, directory.store.users()?)))
            .await;
    match lists {
        Ok(Ok((providers, users))) => {
            let (status, text) = notice.unzip();
            let page = accounts_page(&visit.chrome("/accounts"), &signed, &providers, &users, text.as_deref());
            (status.unwrap_or(StatusCode::OK), page).into_response()
        }
        Ok(Err(error)) => PageError::Internal(visit.lang, error).into_response(),
        Err(response) => response,
    }
}

/// Admin-only form posts on the accounts page; problems come back as a notice.
async fn admin_post(
    state: &AppState,
    ui: &str,
    headers: &HeaderMap,
    form: &HashMap<String, String>,
) -> Result<Translator, Response> {
    let visit = signed_visit(state, ui, headers)?;
    check_form(&visit, headers, form)?;
    if !visit.session.as_ref().is_some_and(|s| s.user.is_admin) {
        return Err(PageError::Forbidden(visit.lang).into_response());
    }
    Ok(Translator::new(visit.lang))
}

pub async fn add_provider(
    State(state): State<AppState>,
    Path(ui): Path<String>,
    headers: HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let t = match admin_post(&state, &ui, &headers, &form).await {
        Ok(t) => t,
        Err(response) => return response,
    };
    let name = form.get("name").map(|n| n.trim().to_owned()).unwrap_or_default();
    let id = form.get("id").and_then(|i| i.trim().parse::<ProviderId>().ok());
    let notice = match id {
        Some(id) if !name.is_empty() => match state.directory.store.add_provider(&id, &name) {
            Ok(()) => (StatusCode::OK, t.t("provider-account-saved")),
            Err(error) => (StatusCode::INTERNAL_SERVER_ERROR, error.to_string()),
        },
        _ => (StatusCode::UNPROCESSABLE_ENTITY, t.t("provider-account-invalid")),
    };
    accounts_with_notice(state, ui, headers, Some(notice)).await
}

pub async fn add_user(
    State(state): State<AppState>,
    Path(ui): Path<String>,
    headers: HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> Response {
    let t = match admin_post(&state, &ui, &headers, &form).await {
        Ok(t) => t,
        Err(response) => return response,
    };
    let email = form.get("email").map(|e| e.trim().to_owned()).unwrap_or_default();
    let password = form.get("password").cloned().unwrap_or_default();
    let is_admin = form.get("admin").is_some_and(|a| a == "yes");
    let provider = form.get("provider").map(|p| p.trim()).filter(|p| !p.is_empty()).map(str::parse::<ProviderId>);
    let valid = email_address::EmailAddress::is_valid(&email)
        && password.chars().count() >= MIN_PASSWORD_CHARS
        && !matches!(provider, Some(Err(_)))
        && (is_admin || provider.is_some());
    if !valid {
        return accounts_with_notice(
            state,
            ui,
            headers,
            Some((StatusCode::UNPROCESSABLE_ENTITY, t.t("provider-account-invalid"))),
        )
        .await;
    }
    let provider = provider.and_then(Result::ok);
    let directory = state.directory.clone();
    let added = blocking(Lang::De, move || {
        let hash = hash_password(&password)?;
        directory.store.add_user(&email, provider.as_ref(), is_admin, &hash)
    })
    .await;
    let notice = match added {
        Ok(Ok(_)) => (StatusCode::OK, t.t("provider-account-saved")),
        Ok(Err(error)) => (StatusCode::UNPROCESSABLE_ENTITY, error.to_string()),
        Err(response) => return response,
    };
    accounts_with_notice(state, ui, headers, Some(notice)).await
}
