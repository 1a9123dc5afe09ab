use std::collections::HashMap;

use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};

use super::{Refused, blocking, check_form, edit, signed_or_sign_in, signed_visit};
use crate::auth::{MIN_PASSWORD_CHARS, hash_password};
use crate::domain::{Lang, ProviderId};
use crate::editing::EditError;
use crate::i18n::Translator;
use crate::views::provider::{HistoryView, QueueItem, accounts_page, history_page, moderation_page};
use crate::web::AppState;
use crate::web::error::PageError;

type Page = Result<Response, Refused>;

pub async fn history(
    State(state): State<AppState>,
    Path((ui, id)): Path<(String, String)>,
    headers: HeaderMap,
) -> Page {
    let visit = signed_visit(&state, &ui, &headers)?;
    let lookup = id.clone();
    let entries = edit(&state, &visit, move |directory, actor| directory.history_of(actor, &lookup)).await?;
    let signed = signed_or_sign_in(&visit)?;
    let view = HistoryView { id: &id, entries: &entries, may_restore: signed.user.is_admin };
    Ok(history_page(&visit.chrome(&format!("/offers/{id}/history")), &signed, &view).into_response())
}

pub async fn restore(
    State(state): State<AppState>,
    Path((ui, id)): Path<(String, String)>,
    headers: HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> Page {
    let visit = signed_visit(&state, &ui, &headers)?;
    check_form(&visit, &headers, &form)?;
    let seq = form.get("seq").and_then(|s| s.parse::<i64>().ok()).ok_or(PageError::NotFound(visit.lang))?;
    let target = id.clone();
    edit(&state, &visit, move |directory, actor| directory.restore(actor, &target, seq)).await?;
    Ok(Redirect::to(&visit.href(&format!("/offers/{id}/history"))).into_response())
}

pub async fn moderation(State(state): State<AppState>, Path(ui): Path<String>, headers: HeaderMap) -> Page {
    let visit = signed_visit(&state, &ui, &headers)?;
    let items = edit(&state, &visit, |directory, actor| {
        let mut items = Vec::new();
        for pending in directory.moderation_queue(actor)? {
            let current = directory.store.offer(&pending.offer_id)?;
            items.push(QueueItem { pending, current });
        }
        Ok(items)
    })
    .await?;
    let signed = signed_or_sign_in(&visit)?;
    Ok(moderation_page(&visit.chrome("/moderation"), &signed, &items).into_response())
}

pub async fn decide(
    State(state): State<AppState>,
    Path((ui, pending)): Path<(String, i64)>,
    headers: HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> Page {
    let visit = signed_visit(&state, &ui, &headers)?;
    check_form(&visit, &headers, &form)?;
    let approve = form.get("decision").is_some_and(|d| d == "approve");
    let reason = form.get("reason").cloned().unwrap_or_default();
    let decided = edit(&state, &visit, move |directory, actor| {
        // A change decided already, or never there, is a missing page rather than an error.
        match directory.decide(actor, pending, approve, reason.trim()) {
            Err(EditError::Internal(_)) => Err(EditError::NotFound(pending.to_string())),
            other => other,
        }
    })
    .await;
    decided?;
    Ok(Redirect::to(&visit.href("/moderation")).into_response())
}

pub async fn accounts(State(state): State<AppState>, Path(ui): Path<String>, headers: HeaderMap) -> Page {
    accounts_with_notice(state, ui, headers, None).await
}

async fn accounts_with_notice(
    state: AppState,
    ui: String,
    headers: HeaderMap,
    notice: Option<(StatusCode, String)>,
) -> Page {
    let visit = signed_visit(&state, &ui, &headers)?;
    let signed = signed_or_sign_in(&visit)?;
    if !signed.user.is_admin {
        return Err(PageError::Forbidden(visit.lang).into());
    }
    let lists =
        edit(&state, &visit, |directory, _| Ok((directory.store.providers()?, directory.store.users()?))).await?;
    let (status, text) = notice.unzip();
    let page = accounts_page(&visit.chrome("/accounts"), &signed, &lists.0, &lists.1, text.as_deref());
    Ok((status.unwrap_or(StatusCode::OK), page).into_response())
}

/// Admin-only form posts on the accounts page; problems come back as a notice.
async fn admin_post(
    state: &AppState,
    ui: &str,
    headers: &HeaderMap,
    form: &HashMap<String, String>,
) -> Result<Translator, Refused> {
    let visit = signed_visit(state, ui, headers)?;
    check_form(&visit, headers, form)?;
    if !visit.session.as_ref().is_some_and(|s| s.user.is_admin) {
        return Err(PageError::Forbidden(visit.lang).into());
    }
    Ok(Translator::new(visit.lang))
}

pub async fn add_provider(
    State(state): State<AppState>,
    Path(ui): Path<String>,
    headers: HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> Page {
    let t = admin_post(&state, &ui, &headers, &form).await?;
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
) -> Page {
    let t = admin_post(&state, &ui, &headers, &form).await?;
    let email = form.get("email").map(|e| e.trim().to_owned()).unwrap_or_default();
    let password = form.get("password").cloned().unwrap_or_default();
    let is_admin = form.get("admin").is_some_and(|a| a == "yes");
    let provider = form.get("provider").map(|p| p.trim()).filter(|p| !p.is_empty()).map(str::parse::<ProviderId>);
    let valid = email_address::EmailAddress::is_valid(&email)
        && password.chars().count() >= MIN_PASSWORD_CHARS
        && !matches!(provider, Some(Err(_)))
        && (is_admin || provider.is_some());
    if !valid {
        let notice = (StatusCode::UNPROCESSABLE_ENTITY, t.t("provider-account-invalid"));
        return accounts_with_notice(state, ui, headers, Some(notice)).await;
    }
    let provider = provider.and_then(Result::ok);
    let directory = state.directory.clone();
    let added = blocking(Lang::De, move || {
        let hash = hash_password(&password)?;
        directory.store.add_user(&email, provider.as_ref(), is_admin, &hash)
    })
    .await?;
    let notice = match added {
        Ok(_) => (StatusCode::OK, t.t("provider-account-saved")),
        Err(error) => (StatusCode::UNPROCESSABLE_ENTITY, error.to_string()),
    };
    accounts_with_notice(state, ui, headers, Some(notice)).await
}
