use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};

use super::{AdminVisit, Posted, SignedIn, Visit, blocking, edit, signed_or_sign_in};
use crate::Kind;
use crate::auth::{MIN_PASSWORD_CHARS, hash_password};
use crate::domain::ProviderId;
use crate::views::provider::{HistoryView, QueueItem, accounts_page, history_page, moderation_page, searches_page};
use crate::web::AppState;
use crate::web::error::PageError;

type Page = Result<Response, PageError>;

pub async fn history(
    State(state): State<AppState>,
    SignedIn(visit): SignedIn,
    Path((_, id)): Path<(String, String)>,
) -> Page {
    let lookup = id.clone();
    let entries = edit(&state, &visit, move |directory, actor| directory.history_of(actor, &lookup)).await?;
    let signed = signed_or_sign_in(&visit)?;
    let view = HistoryView { id: &id, entries: &entries, may_restore: signed.user.is_admin };
    Ok(history_page(&visit.chrome(&format!("/offers/{id}/history")), &signed, &view).into_response())
}

pub async fn restore(
    State(state): State<AppState>,
    Path((_, id)): Path<(String, String)>,
    Posted { by: SignedIn(visit), form }: Posted<SignedIn>,
) -> Page {
    let seq = form.get("seq").and_then(|s| s.parse::<i64>().ok()).ok_or(PageError::NotFound(visit.lang))?;
    let target = id.clone();
    edit(&state, &visit, move |directory, actor| directory.restore(actor, &target, seq)).await?;
    Ok(Redirect::to(&visit.href(&format!("/offers/{id}/history"))).into_response())
}

/// What people looked for and did not find (admins only).
pub async fn searches(State(state): State<AppState>, SignedIn(visit): SignedIn) -> Page {
    let gaps = edit(&state, &visit, |directory, actor| directory.search_gaps(actor)).await?;
    let signed = signed_or_sign_in(&visit)?;
    Ok(searches_page(&visit.chrome("/searches"), &signed, &gaps).into_response())
}

pub async fn moderation(State(state): State<AppState>, SignedIn(visit): SignedIn) -> Page {
    let items = edit(&state, &visit, |directory, actor| {
        let mut items = Vec::new();
        for pending in directory.moderation_queue(actor)? {
            let current = directory.offer(&pending.offer_id)?;
            items.push(QueueItem { pending, current });
        }
        Ok(items)
    })
    .await?;
    let signed = signed_or_sign_in(&visit)?;
    Ok(moderation_page(&visit.chrome("/moderation"), &signed, &items).into_response())
}

/// A change decided already, or never there, is a missing page (the store says NotFound);
/// any other failure is an error page, never a 404 that hides it.
pub async fn decide(
    State(state): State<AppState>,
    Path((_, pending)): Path<(String, i64)>,
    Posted { by: SignedIn(visit), form }: Posted<SignedIn>,
) -> Page {
    let approve = form.get("decision").is_some_and(|d| d == "approve");
    let reason = form.get("reason").cloned().unwrap_or_default();
    edit(&state, &visit, move |directory, actor| directory.decide(actor, pending, approve, reason.trim())).await?;
    Ok(Redirect::to(&visit.href("/moderation")).into_response())
}

pub async fn accounts(State(state): State<AppState>, AdminVisit(visit): AdminVisit) -> Page {
    accounts_with_notice(&state, &visit, None).await
}

async fn accounts_with_notice(state: &AppState, visit: &Visit, notice: Option<(StatusCode, String)>) -> Page {
    let signed = signed_or_sign_in(visit)?;
    let lists = edit(state, visit, |directory, _| Ok((directory.providers()?, directory.users()?))).await?;
    let (status, text) = notice.unzip();
    let page = accounts_page(&visit.chrome("/accounts"), &signed, &lists.0, &lists.1, text.as_deref());
    Ok((status.unwrap_or(StatusCode::OK), page).into_response())
}

/// What an account change came to: saved, or refused with a message for the admin. Anything
/// else is an error page, its details in the log only.
fn account_notice(visit: &Visit, outcome: crate::Result<()>) -> Result<(StatusCode, String), PageError> {
    let t = visit.chrome("/accounts").t;
    match outcome {
        Ok(()) => Ok((StatusCode::OK, t.t("provider-account-saved"))),
        Err(error) if error.kind() == Kind::Refused => Ok((StatusCode::UNPROCESSABLE_ENTITY, error.to_string())),
        Err(error) => Err(PageError::Internal(visit.lang, error)),
    }
}

pub async fn add_provider(
    State(state): State<AppState>,
    Posted { by: AdminVisit(visit), form }: Posted<AdminVisit>,
) -> Page {
    let name = form.get("name").map(|n| n.trim().to_owned()).unwrap_or_default();
    let id = form.get("id").and_then(|i| i.trim().parse::<ProviderId>().ok());
    let notice = match id {
        Some(id) if !name.is_empty() => {
            let directory = state.directory.clone();
            let added = blocking(visit.lang, move || directory.add_provider(&id, &name)).await?;
            account_notice(&visit, added)?
        }
        _ => (StatusCode::UNPROCESSABLE_ENTITY, visit.chrome("/accounts").t.t("provider-account-invalid")),
    };
    accounts_with_notice(&state, &visit, Some(notice)).await
}

pub async fn add_user(
    State(state): State<AppState>,
    Posted { by: AdminVisit(visit), form }: Posted<AdminVisit>,
) -> Page {
    let email = form.get("email").map(|e| e.trim().to_owned()).unwrap_or_default();
    let password = form.get("password").cloned().unwrap_or_default();
    let is_admin = form.get("admin").is_some_and(|a| a == "yes");
    let is_provider_admin = form.get("provider_admin").is_some_and(|a| a == "yes");
    let provider = form.get("provider").map(|p| p.trim()).filter(|p| !p.is_empty()).map(str::parse::<ProviderId>);
    let valid = email_address::EmailAddress::is_valid(&email)
        && password.chars().count() >= MIN_PASSWORD_CHARS
        && !matches!(provider, Some(Err(_)))
        && (is_admin || provider.is_some());
    if !valid {
        let notice = (StatusCode::UNPROCESSABLE_ENTITY, visit.chrome("/accounts").t.t("provider-account-invalid"));
        return accounts_with_notice(&state, &visit, Some(notice)).await;
    }
    let provider = provider.and_then(Result::ok);
    let directory = state.directory.clone();
    let _permit = state.password_checks.clone().acquire_owned().await.ok();
    let added = blocking(visit.lang, move || {
        let hash = hash_password(&password)?;
        let user = directory.add_user(&email, provider.as_ref(), is_admin, &hash)?;
        if is_provider_admin {
            directory.set_provider_admin(user.id, true)?;
        }
        Ok(())
    })
    .await?;
    let notice = account_notice(&visit, added)?;
    accounts_with_notice(&state, &visit, Some(notice)).await
}
