//! Who is in the provider area: the language of the path and the session of the cookie, read
//! off the async threads by extractors, so a handler names what it needs (`Visit`, `SignedIn`,
//! `AdminVisit`, and `Posted` for a form) instead of checking by hand.

use std::collections::HashMap;

use axum::Form;
use axum::extract::{FromRequest, FromRequestParts, Path, Request};
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};

use crate::auth::same_secret;
use crate::domain::{Actor, Lang};
use crate::views::Chrome;
use crate::views::provider::Signed;
use crate::web::AppState;
use crate::web::auth::{Session, session};
use crate::web::error::PageError;
use crate::web::negotiate::{negotiate, ui_chrome};

/// A request in the provider area: its language, and who is signed in if anyone.
pub struct Visit {
    pub lang: Lang,
    pub session: Option<Session>,
    /// The site's own origin, from the configured base URL (never from the request).
    pub origin: String,
}

impl Visit {
    /// The area is private: its pages get no canonical or language links, only `noindex`.
    pub fn chrome(&self, here: &str) -> Chrome {
        ui_chrome(self.lang, &format!("/provider{here}"), None)
    }

    pub fn actor(&self) -> Actor {
        self.session.as_ref().map_or(Actor::Anonymous, |s| Actor::User(s.user.clone()))
    }

    pub fn signed(&self) -> Option<Signed<'_>> {
        self.session.as_ref().map(|s| Signed { user: &s.user, csrf: &s.csrf })
    }

    pub fn href(&self, path: &str) -> String {
        format!("/{}/provider{path}", self.lang)
    }
}

/// The language from the path (an unknown one is a missing page) and the session, looked up
/// in the store on a blocking thread.
impl FromRequestParts<AppState> for Visit {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let params =
            Path::<HashMap<String, String>>::from_request_parts(parts, state).await.map(|p| p.0).unwrap_or_default();
        let code = params.get("ui").map(String::as_str).unwrap_or_default();
        let lang = Lang::from_code(code).ok_or_else(|| PageError::NotFound(negotiate(&parts.headers)))?;
        let (found_state, headers) = (state.clone(), parts.headers.clone());
        let session = tokio::task::spawn_blocking(move || session(&found_state, &headers))
            .await
            .map_err(|e| PageError::Internal(lang, e.into()))?
            .map_err(|e| PageError::Internal(lang, e))?;
        Ok(Visit { lang, session, origin: state.base_url.origin().to_owned() })
    }
}

/// A signed-in visit; anyone else is sent to the sign-in form.
pub struct SignedIn(pub Visit);

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let visit = Visit::from_request_parts(parts, state).await?;
        if visit.session.is_none() {
            return Err(PageError::SignIn(visit.lang));
        }
        Ok(SignedIn(visit))
    }
}

/// A district admin's visit; others signed in get 403, anyone else the sign-in form.
pub struct AdminVisit(pub Visit);

impl FromRequestParts<AppState> for AdminVisit {
    type Rejection = PageError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let SignedIn(visit) = SignedIn::from_request_parts(parts, state).await?;
        if !visit.session.as_ref().is_some_and(|s| s.user.is_admin) {
            return Err(PageError::Forbidden(visit.lang));
        }
        Ok(AdminVisit(visit))
    }
}

/// Who may post a form: any visit, one signed in, an admin's.
pub trait Poster: FromRequestParts<AppState, Rejection = PageError> + Send {
    fn visit(&self) -> &Visit;
}

impl Poster for Visit {
    fn visit(&self) -> &Visit {
        self
    }
}

impl Poster for SignedIn {
    fn visit(&self) -> &Visit {
        &self.0
    }
}

impl Poster for AdminVisit {
    fn visit(&self) -> &Visit {
        &self.0
    }
}

/// A form posted in a session from the site's own pages, by a visitor `P` admits: its token and
/// origin are checked before the handler runs, so no handler can forget to.
pub struct Posted<P> {
    pub by: P,
    pub form: HashMap<String, String>,
}

impl<P: Poster> FromRequest<AppState> for Posted<P> {
    type Rejection = Response;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Response> {
        let (mut parts, body) = request.into_parts();
        let by = P::from_request_parts(&mut parts, state).await.map_err(IntoResponse::into_response)?;
        let headers = parts.headers.clone();
        let Form(form) = Form::<HashMap<String, String>>::from_request(Request::from_parts(parts, body), state)
            .await
            .map_err(IntoResponse::into_response)?;
        check_form(by.visit(), &headers, &form).map_err(IntoResponse::into_response)?;
        Ok(Posted { by, form })
    }
}

/// A form post must carry the session's CSRF token and, when the browser says where it comes
/// from, come from this site.
pub fn check_form(visit: &Visit, headers: &HeaderMap, form: &HashMap<String, String>) -> Result<(), PageError> {
    let token_ok = visit.session.as_ref().is_some_and(|s| form.get("csrf").is_some_and(|c| same_secret(c, &s.csrf)));
    let source = post_source(&visit.origin, headers);
    if token_ok && source != Some(false) { Ok(()) } else { Err(PageError::Forbidden(visit.lang)) }
}

/// Whether a post comes from the site's own pages, by its `Origin` header (or, from browsers
/// that send none, its `Referer`); `None` when it says neither. Compared with the configured
/// base URL: the `Host` header is the client's to choose.
pub fn post_source(origin: &str, headers: &HeaderMap) -> Option<bool> {
    if let Some(sent) = headers.get(header::ORIGIN) {
        return Some(sent.as_bytes() == origin.as_bytes());
    }
    let referer = headers.get(header::REFERER)?.to_str().ok()?;
    Some(referer.strip_prefix(origin).is_some_and(|rest| rest.is_empty() || rest.starts_with('/')))
}
