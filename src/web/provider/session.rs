use std::collections::HashMap;

use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};

use super::{Posted, Visit, blocking, post_source};
use crate::auth::{hash_secret, new_secret, verify_password, waste_password_check};
use crate::store::now;
use crate::views::provider::login_page;
use crate::web::AppState;
use crate::web::auth::{ClientAddress, SESSION_SECONDS, session_cookie};
use crate::web::error::PageError;

/// Only to a language we have: the path segment is the client's, and `/%2Fevil.example`
/// would otherwise become the protocol-relative `//evil.example/provider/`.
pub async fn area_redirect(Path(ui): Path<String>, headers: HeaderMap) -> Result<Redirect, PageError> {
    let lang = crate::web::pages::ui_lang(&ui, &headers)?;
    Ok(Redirect::permanent(&format!("/{lang}/provider/")))
}

/// Signs in: the same answer for an unknown e-mail and a wrong password, attempts limited per
/// account and per address (counted before the slow hash, so parallel tries cannot slip
/// through), a bounded number of hashes at once, and a new session id every time.
pub async fn login(
    State(state): State<AppState>,
    visit: Visit,
    ClientAddress(address): ClientAddress,
    headers: HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, PageError> {
    let chrome = visit.chrome("/");
    let t = chrome.t;
    // No session yet, so no CSRF token: the post must say it comes from our own pages.
    if post_source(&visit.origin, &headers) != Some(true) {
        return Err(PageError::Forbidden(visit.lang));
    }
    let email = form.get("email").map(|e| e.trim().to_owned()).unwrap_or_default();
    let password = form.get("password").cloned().unwrap_or_default();
    let Some(charged) = state.login_limiter.charge(&email, address) else {
        let page = login_page(&chrome, &email, Some(&t.t("provider-login-too-many")));
        return Ok((StatusCode::TOO_MANY_REQUESTS, page).into_response());
    };
    let _permit = state.password_checks.clone().acquire_owned().await.map_err(|_| internal(visit.lang))?;
    let (directory, lookup, old) =
        (state.directory.clone(), email.clone(), visit.session.as_ref().map(|s| s.secret.clone()));
    let signed_in = blocking(visit.lang, move || {
        let found = directory.user_by_email(&lookup)?;
        let user = match found {
            Some((user, hash)) if verify_password(&password, &hash) => user,
            Some(_) => return Ok(None),
            None => {
                waste_password_check(&password);
                return Ok(None);
            }
        };
        let (secret, csrf) = (new_secret()?, new_secret()?);
        if let Some(old) = old {
            directory.end_session(&hash_secret(&old))?;
        }
        directory.create_session(user.id, &hash_secret(&secret), &csrf, now() + SESSION_SECONDS)?;
        Ok::<_, crate::Error>(Some(secret))
    })
    .await?
    .map_err(|e| PageError::Internal(visit.lang, e))?;
    let Some(secret) = signed_in else {
        let page = login_page(&chrome, &email, Some(&t.t("provider-login-failed")));
        return Ok((StatusCode::UNAUTHORIZED, page).into_response());
    };
    state.login_limiter.succeeded(charged);
    let mut response = Redirect::to(&visit.href("/")).into_response();
    let cookie = session_cookie(&secret, SESSION_SECONDS).parse().map_err(|_| internal(visit.lang))?;
    response.headers_mut().insert(header::SET_COOKIE, cookie);
    Ok(response)
}

fn internal(lang: crate::domain::Lang) -> PageError {
    PageError::Internal(lang, crate::Error::System("the sign-in could not finish".into()))
}

pub async fn logout(
    State(state): State<AppState>,
    Posted { by: visit, form: _ }: Posted<Visit>,
) -> Result<Response, PageError> {
    if let Some(session) = &visit.session {
        let (directory, secret_hash) = (state.directory.clone(), hash_secret(&session.secret));
        blocking(visit.lang, move || directory.end_session(&secret_hash))
            .await?
            .map_err(|e| PageError::Internal(visit.lang, e))?;
    }
    let mut response = Redirect::to(&visit.href("/")).into_response();
    if let Ok(cookie) = session_cookie("", 0).parse() {
        response.headers_mut().insert(header::SET_COOKIE, cookie);
    }
    Ok(response)
}
