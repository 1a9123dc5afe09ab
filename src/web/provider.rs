//! The provider area's handlers: sign-in, own offers, editing, history, and for admins the
//! moderation queue and accounts. Every form carries the session's CSRF token and must come
//! from our own origin.

mod admin;
mod colleagues;
mod offers;
mod places;
mod reset;
mod session;
mod visit;
mod withdrawal;

use axum::Router;
use axum::http::{HeaderValue, header};
use axum::routing::{get, post};
use tower_http::set_header::SetResponseHeaderLayer;

use super::AppState;
use super::error::PageError;
use crate::directory::Directory;
use crate::domain::{Actor, Lang};
use crate::editing::EditError;

use crate::views::provider::Signed;
pub use visit::{AdminVisit, Posted, SignedIn, Visit, check_form, post_source};

pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/{ui}/provider", get(session::area_redirect))
        .route("/{ui}/provider/", get(offers::dashboard))
        .route("/{ui}/provider/login", post(session::login))
        .route("/{ui}/provider/logout", post(session::logout))
        .route("/{ui}/provider/offers/new", get(offers::new_form).post(offers::create))
        .route("/{ui}/provider/offers/{id}", get(offers::edit_form).post(offers::update))
        .route("/{ui}/provider/offers/{id}/duplicate", get(offers::duplicate))
        .route("/{ui}/provider/offers/{id}/withdraw", get(withdrawal::withdraw_question).post(offers::withdraw))
        .route("/{ui}/provider/offers/{id}/undo", post(withdrawal::undo_withdrawal))
        .route("/{ui}/provider/offers/{id}/confirm", post(offers::confirm))
        .route("/{ui}/provider/offers/{id}/translations/{code}/confirm", post(offers::confirm_translation))
        .route("/{ui}/provider/reports/{report}", post(offers::close_report))
        .route("/{ui}/provider/offers/{id}/history", get(admin::history))
        .route("/{ui}/provider/offers/{id}/restore", post(admin::restore))
        .route("/{ui}/provider/moderation", get(admin::moderation))
        .route("/{ui}/provider/searches", get(admin::searches))
        .route("/{ui}/provider/moderation/{pending}", post(admin::decide))
        .route("/{ui}/provider/accounts", get(admin::accounts))
        .route("/{ui}/provider/accounts/providers", post(admin::add_provider))
        .route("/{ui}/provider/accounts/users", post(admin::add_user))
        .route("/{ui}/provider/accounts/users/{user}/sign-in-link", post(reset::issue_link))
        .route("/{ui}/provider/colleagues", get(colleagues::colleagues).post(colleagues::add_colleague))
        .route("/{ui}/provider/reset/{link}", get(reset::reset_form).post(reset::reset_password))
        // Its pages hold CSRF tokens, e-mail addresses and unpublished drafts: no cache,
        // shared or in the browser, may keep them.
        .layer(SetResponseHeaderLayer::overriding(header::CACHE_CONTROL, HeaderValue::from_static("no-store")))
}

/// The page for an editing error.
pub fn edit_error(lang: Lang, error: EditError) -> PageError {
    match error {
        EditError::NotFound(_) => PageError::NotFound(lang),
        EditError::Internal(e) => PageError::Internal(lang, e),
        EditError::Unauthenticated => PageError::SignIn(lang),
        EditError::Forbidden(_) | EditError::Invalid(_) => PageError::Forbidden(lang),
    }
}

/// Runs editing work as the visit's actor off the async threads; an editing error becomes
/// its page.
pub async fn edit<T: Send + 'static>(
    state: &AppState,
    visit: &Visit,
    work: impl FnOnce(&Directory, &Actor) -> Result<T, EditError> + Send + 'static,
) -> Result<T, PageError> {
    let (directory, actor, lang) = (state.directory.clone(), visit.actor(), visit.lang);
    blocking(lang, move || work(&directory, &actor)).await?.map_err(|error| edit_error(lang, error))
}

/// The signed-in user's view of the area; only absent when the session vanished mid-request.
pub fn signed_or_sign_in(visit: &Visit) -> Result<Signed<'_>, PageError> {
    visit.signed().ok_or(PageError::SignIn(visit.lang))
}

/// Runs store work off the async threads.
pub async fn blocking<T: Send + 'static>(
    lang: Lang,
    work: impl FnOnce() -> T + Send + 'static,
) -> Result<T, PageError> {
    tokio::task::spawn_blocking(work).await.map_err(|e| PageError::Internal(lang, e.into()))
}
