use axum::extract::{Path, State};
use axum::response::{IntoResponse, Redirect, Response};

use super::offers::place_and_dates_of;
use super::{Posted, SignedIn, edit, signed_or_sign_in};
use crate::views::provider::{WithdrawView, withdraw_page};
use crate::web::AppState;
use crate::web::error::PageError;

/// Asks whether to withdraw the offer; the answer posts to `withdraw`.
pub async fn withdraw_question(
    State(state): State<AppState>,
    SignedIn(visit): SignedIn,
    Path((_, id)): Path<(String, String)>,
) -> Result<Response, PageError> {
    let lookup = id.clone();
    let record = edit(&state, &visit, move |directory, actor| directory.managed(actor, &lookup)).await?;
    let signed = signed_or_sign_in(&visit)?;
    let title = record.offer.title.best(visit.lang).1;
    let (town, dates) = place_and_dates_of(&record.offer, visit.lang);
    let place_and_dates = match (town, dates) {
        (Some(town), Some(dates)) => Some(format!("{town} · {dates}")),
        (town, dates) => town.or(dates),
    };
    let view = WithdrawView { id: &id, title, place_and_dates };
    Ok(withdraw_page(&visit.chrome(&format!("/offers/{id}/withdraw")), &signed, &view).into_response())
}

/// Puts a withdrawn offer back as it was.
pub async fn undo_withdrawal(
    State(state): State<AppState>,
    Path((_, id)): Path<(String, String)>,
    Posted { by: SignedIn(visit), form: _ }: Posted<SignedIn>,
) -> Result<Response, PageError> {
    edit(&state, &visit, move |directory, actor| directory.undo_withdrawal(actor, &id)).await?;
    Ok(Redirect::to(&visit.href("/?done=undone")).into_response())
}
