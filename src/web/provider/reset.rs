//! One-time sign-in links: an admin issues one for a provider's account, and its holder sets
//! a new password through it, once, before it expires.

use std::collections::HashMap;

use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};

use super::{AdminVisit, Posted, Visit, blocking, post_source, signed_or_sign_in};
use crate::auth::{MIN_PASSWORD_CHARS, hash_password, new_secret, verify_password};
use crate::domain::User;
use crate::views::provider::{accounts_page, reset_outcome_page, reset_page};
use crate::web::AppState;
use crate::web::error::PageError;

type Page = Result<Response, PageError>;

/// How long a link works: a day is enough to pass it on by phone or mail.
const LINK_SECONDS: i64 = 24 * 60 * 60;

/// Issues a link for one account and shows it to the admin, once.
pub async fn issue_link(
    State(state): State<AppState>,
    Path((_, user_id)): Path<(String, i64)>,
    Posted { by: AdminVisit(visit), form: _ }: Posted<AdminVisit>,
) -> Page {
    let directory = state.directory.clone();
    let expires = state.clock.now().unix_timestamp() + LINK_SECONDS;
    let _permit = state.password_checks.clone().acquire_owned().await.ok();
    let issued = blocking(visit.lang, move || -> crate::Result<Option<(User, String)>> {
        let Some(user) = directory.users()?.into_iter().find(|u| u.id == user_id) else { return Ok(None) };
        let secret = new_secret()?;
        let id = directory.create_sign_in_link(user.id, &hash_password(&secret)?, expires)?;
        Ok(Some((user, format!("{id}.{secret}"))))
    })
    .await?
    .map_err(|e| PageError::Internal(visit.lang, e))?;
    let Some((user, link)) = issued else { return Err(PageError::NotFound(visit.lang)) };
    let chrome = visit.chrome("/accounts");
    let url = format!("{}{}", visit.origin, visit.href(&format!("/reset/{link}")));
    let notice = chrome.t.t_with("provider-link-issued", &[("email", user.email.into()), ("link", url.into())]);
    let signed = signed_or_sign_in(&visit)?;
    let directory = state.directory.clone();
    let lists = blocking(visit.lang, move || Ok::<_, crate::Error>((directory.providers()?, directory.users()?)))
        .await?
        .map_err(|e| PageError::Internal(visit.lang, e))?;
    Ok(accounts_page(&chrome, &signed, &lists.0, &lists.1, Some(&notice)).into_response())
}

/// The account a link in the form `{id}.{secret}` opens, if it is unused, alive and genuine.
async fn link_user(state: &AppState, visit: &Visit, link: &str) -> Result<Option<(i64, User)>, PageError> {
    let Some((id, secret)) = link.split_once('.').and_then(|(id, s)| Some((id.parse::<i64>().ok()?, s.to_owned())))
    else {
        return Ok(None);
    };
    let (directory, now) = (state.directory.clone(), state.clock.now().unix_timestamp());
    let _permit = state.password_checks.clone().acquire_owned().await.ok();
    let found = blocking(visit.lang, move || directory.sign_in_link(id, now)).await?;
    let found = found.map_err(|e| PageError::Internal(visit.lang, e))?;
    Ok(found.filter(|(_, hash)| verify_password(&secret, hash)).map(|(user, _)| (id, user)))
}

fn gone(visit: &Visit) -> Response {
    (StatusCode::GONE, reset_outcome_page(&visit.chrome("/reset"), "provider-link-invalid")).into_response()
}

pub async fn reset_form(State(state): State<AppState>, visit: Visit, Path((_, link)): Path<(String, String)>) -> Page {
    let Some((_, user)) = link_user(&state, &visit, &link).await? else { return Ok(gone(&visit)) };
    let action = visit.href(&format!("/reset/{link}"));
    Ok(reset_page(&visit.chrome("/reset"), &user.email, &action, MIN_PASSWORD_CHARS, None).into_response())
}

/// Sets the new password; the link is then used up and the account's sessions end.
pub async fn reset_password(
    State(state): State<AppState>,
    visit: Visit,
    Path((_, link)): Path<(String, String)>,
    headers: HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> Page {
    if post_source(&visit.origin, &headers) == Some(false) {
        return Err(PageError::Forbidden(visit.lang));
    }
    let Some((id, user)) = link_user(&state, &visit, &link).await? else { return Ok(gone(&visit)) };
    let password = form.get("password").cloned().unwrap_or_default();
    if password.chars().count() < MIN_PASSWORD_CHARS {
        let chrome = visit.chrome("/reset");
        let problem = chrome.t.t("provider-password-too-short");
        let action = visit.href(&format!("/reset/{link}"));
        let page = reset_page(&chrome, &user.email, &action, MIN_PASSWORD_CHARS, Some(&problem));
        return Ok((StatusCode::UNPROCESSABLE_ENTITY, page).into_response());
    }
    let directory = state.directory.clone();
    let _permit = state.password_checks.clone().acquire_owned().await.ok();
    let set = blocking(visit.lang, move || directory.use_sign_in_link(id, &hash_password(&password)?)).await?;
    match set.map_err(|e| PageError::Internal(visit.lang, e))? {
        true => Ok(reset_outcome_page(&visit.chrome("/reset"), "provider-password-set").into_response()),
        false => Ok(gone(&visit)),
    }
}
