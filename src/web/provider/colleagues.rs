//! A provider's own admin adds colleagues: accounts of the same provider, who then sign in
//! and manage its offers.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};

use super::{Posted, SignedIn, Visit, blocking, signed_or_sign_in};
use crate::Kind;
use crate::auth::{MIN_PASSWORD_CHARS, hash_password};
use crate::domain::ProviderId;
use crate::views::provider::colleagues_page;
use crate::web::AppState;
use crate::web::error::PageError;

type Page = Result<Response, PageError>;

/// The provider whose accounts the visitor manages: only a provider's own admin has one.
fn own_provider(visit: &Visit) -> Result<ProviderId, PageError> {
    let user = visit.session.as_ref().map(|s| &s.user).ok_or(PageError::SignIn(visit.lang))?;
    user.provider_id.clone().filter(|_| user.is_provider_admin).ok_or(PageError::Forbidden(visit.lang))
}

async fn page_with(
    state: &AppState,
    visit: &Visit,
    provider: ProviderId,
    notice: Option<(StatusCode, String)>,
) -> Page {
    let signed = signed_or_sign_in(visit)?;
    let directory = state.directory.clone();
    let users =
        blocking(visit.lang, move || directory.users()).await?.map_err(|e| PageError::Internal(visit.lang, e))?;
    let colleagues: Vec<_> = users.into_iter().filter(|u| u.provider_id.as_ref() == Some(&provider)).collect();
    let (status, text) = notice.unzip();
    let page = colleagues_page(&visit.chrome("/colleagues"), &signed, &colleagues, text.as_deref());
    Ok((status.unwrap_or(StatusCode::OK), page).into_response())
}

pub async fn colleagues(State(state): State<AppState>, SignedIn(visit): SignedIn) -> Page {
    let provider = own_provider(&visit)?;
    page_with(&state, &visit, provider, None).await
}

pub async fn add_colleague(
    State(state): State<AppState>,
    Posted { by: SignedIn(visit), form }: Posted<SignedIn>,
) -> Page {
    let provider = own_provider(&visit)?;
    let t = visit.chrome("/colleagues").t;
    let email = form.get("email").map(|e| e.trim().to_owned()).unwrap_or_default();
    let password = form.get("password").cloned().unwrap_or_default();
    if !email_address::EmailAddress::is_valid(&email) || password.chars().count() < MIN_PASSWORD_CHARS {
        let notice = (StatusCode::UNPROCESSABLE_ENTITY, t.t("provider-account-invalid"));
        return page_with(&state, &visit, provider, Some(notice)).await;
    }
    let (directory, for_provider) = (state.directory.clone(), provider.clone());
    let _permit = state.password_checks.clone().acquire_owned().await.ok();
    let added = blocking(visit.lang, move || {
        directory.add_user(&email, Some(&for_provider), false, &hash_password(&password)?).map(drop)
    })
    .await?;
    let notice = match added {
        Ok(()) => (StatusCode::OK, t.t("provider-account-saved")),
        Err(error) if error.kind() == Kind::Refused => (StatusCode::UNPROCESSABLE_ENTITY, error.to_string()),
        Err(error) => return Err(PageError::Internal(visit.lang, error)),
    };
    page_with(&state, &visit, provider, Some(notice)).await
}
