use std::collections::HashMap;

use axum::Form;
use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};

use super::{blocking, check_form, same_origin, visit};
use crate::auth::{hash_secret, new_secret, verify_password, waste_password_check};
use crate::store::now;
use crate::views::provider::login_page;
use crate::web::AppState;
use crate::web::auth::{ClientAddress, SESSION_SECONDS, session_cookie};
use crate::web::error::PageError;

pub async fn area_redirect(Path(ui): Path<String>) -> Redirect {
    Redirect::permanent(&format!("/{ui}/provider/"))
}

/// Signs in: the same answer for an unknown e-mail and a wrong password, attempts limited per
/// account and per address, and a new session id every time.
pub async fn login(
    State(state): State<AppState>,
    Path(ui): Path<String>,
    ClientAddress(address): ClientAddress,
    headers: HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, Response> {
    let visit = visit(&state, &ui, &headers).map_err(IntoResponse::into_response)?;
    let chrome = visit.chrome("/");
    let t = chrome.t;
    if !same_origin(&headers) {
        return Err(PageError::Forbidden(visit.lang).into_response());
    }
    let email = form.get("email").map(|e| e.trim().to_owned()).unwrap_or_default();
    let password = form.get("password").cloned().unwrap_or_default();
    if !state.login_limiter.allows(&email, address) {
        let page = login_page(&chrome, &email, Some(&t.t("provider-login-too-many")));
        return Ok((StatusCode::TOO_MANY_REQUESTS, page).into_response());
    }
    let store_state = state.clone();
    let lookup = email.clone();
    let user = blocking(visit.lang, move || {
        let found = store_state.directory.store.user_by_email(&lookup)?;
        Ok::<_, crate::Error>(match found {
            Some((user, hash)) if verify_password(&password, &hash) => Some(user),
            Some(_) => None,
            None => {
                waste_password_check(&password);
                None
            }
        })
    })
    .await?
    .map_err(|e| PageError::Internal(visit.lang, e).into_response())?;
    let Some(user) = user else {
        state.login_limiter.failed(&email, address);
        let page = login_page(&chrome, &email, Some(&t.t("provider-login-failed")));
        return Ok((StatusCode::UNAUTHORIZED, page).into_response());
    };
    state.login_limiter.succeeded(&email);
    let secret = new_secret().map_err(|e| PageError::Internal(visit.lang, e).into_response())?;
    let csrf = new_secret().map_err(|e| PageError::Internal(visit.lang, e).into_response())?;
    let old = visit.session.as_ref().map(|s| hash_secret(&s.secret));
    let store = &state.directory.store;
    if let Some(old) = old {
        store.end_session(&old).map_err(|e| PageError::Internal(visit.lang, e).into_response())?;
    }
    store
        .create_session(user.id, &hash_secret(&secret), &csrf, now() + SESSION_SECONDS)
        .map_err(|e| PageError::Internal(visit.lang, e).into_response())?;
    let mut response = Redirect::to(&visit.href("/")).into_response();
    let cookie = session_cookie(&secret, SESSION_SECONDS)
        .parse()
        .map_err(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response())?;
    response.headers_mut().insert(header::SET_COOKIE, cookie);
    Ok(response)
}

pub async fn logout(
    State(state): State<AppState>,
    Path(ui): Path<String>,
    headers: HeaderMap,
    Form(form): Form<HashMap<String, String>>,
) -> Result<Response, Response> {
    let visit = visit(&state, &ui, &headers).map_err(IntoResponse::into_response)?;
    check_form(&visit, &headers, &form)?;
    if let Some(session) = &visit.session {
        state
            .directory
            .store
            .end_session(&hash_secret(&session.secret))
            .map_err(|e| PageError::Internal(visit.lang, e).into_response())?;
    }
    let mut response = Redirect::to(&visit.href("/")).into_response();
    if let Ok(cookie) = session_cookie("", 0).parse() {
        response.headers_mut().insert(header::SET_COOKIE, cookie);
    }
    Ok(response)
}
