use std::collections::{BTreeMap, HashMap};

use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};

use super::{Visit, blocking, check_form, edit_error, signed_visit};
use crate::domain::{Day, Lang, Offer};
use crate::editing::Outcome;
use crate::i18n::Translator;
use crate::offer_form::OfferForm;
use crate::store::{OfferRecord, Proposal, Status};
use crate::views::provider::{FormView, OfferRow, RowState, dashboard_page, form_page, preview_page};
use crate::web::AppState;

type Pairs = Vec<(String, String)>;

/// Offers not confirmed for this many days are listed for a "still current".
const OUTDATED_AFTER_DAYS: i64 = 180;

pub async fn dashboard(
    State(state): State<AppState>,
    Path(ui): Path<String>,
    Query(query): Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    let visit = match super::visit(&state, &ui, &headers) {
        Ok(visit) => visit,
        Err(error) => return error.into_response(),
    };
    let chrome = visit.chrome("/");
    let Some(signed) = visit.signed() else {
        return crate::views::provider::login_page(&chrome, "", None).into_response();
    };
    let (actor, lang) = (visit.actor(), visit.lang);
    let directory = state.directory.clone();
    let rows = blocking(lang, move || {
        let records = directory.managed_offers(&actor)?;
        let mut rows = Vec::new();
        for record in records {
            let pending = directory.store.pending_for(record.offer.id.as_str())?.is_some();
            rows.push(row(&record, pending, lang));
        }
        Ok::<_, crate::editing::EditError>(rows)
    })
    .await;
    let rows = match rows {
        Ok(Ok(rows)) => rows,
        Ok(Err(error)) => return edit_error(lang, error),
        Err(response) => return response,
    };
    let notice = query.get("done").map(|done| chrome.t.t(&format!("provider-done-{}", notice_key(done))));
    dashboard_page(&chrome, &signed, &rows, notice.as_deref()).into_response()
}

fn notice_key(done: &str) -> &'static str {
    match done {
        "created" | "updated" => "saved",
        "pending" => "pending",
        "withdrawn" => "withdrawn",
        "confirmed" => "confirmed",
        _ => "saved",
    }
}

fn row(record: &OfferRecord, pending: bool, lang: Lang) -> OfferRow {
    let offer = &record.offer;
    let today = Day::today();
    let mut states = Vec::new();
    match record.status {
        Status::Withdrawn => states.push(RowState::Withdrawn),
        Status::Draft => {}
        Status::Published if offer.has_ended(today) => states.push(RowState::Ended),
        Status::Published => states.push(RowState::Published),
    }
    if pending {
        states.push(RowState::Pending);
    }
    let confirmed = offer.updated.map(|d| today.ordinal_days() - d.ordinal_days());
    if record.status == Status::Published && confirmed.is_none_or(|days| days > OUTDATED_AFTER_DAYS) {
        states.push(RowState::Outdated);
    }
    OfferRow {
        id: offer.id.to_string(),
        title: offer.title.best(lang).1.to_owned(),
        provider: offer.provider.name.clone(),
        states,
        updated: offer.updated.map(|d| d.to_string()),
    }
}

fn render_form(
    visit: &Visit,
    form: &OfferForm,
    problems: &BTreeMap<String, Vec<String>>,
    id: Option<&str>,
    pending: bool,
) -> Response {
    let Some(signed) = visit.signed() else { return Redirect::to(&visit.href("/")).into_response() };
    let action = match id {
        Some(id) => visit.href(&format!("/offers/{id}")),
        None => visit.href("/offers/new"),
    };
    let view =
        FormView { form, problems, action, is_new: id.is_none(), pending, may_choose_provider: signed.user.is_admin };
    let here = id.map_or_else(|| "/offers/new".to_owned(), |id| format!("/offers/{id}"));
    let status = if problems.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    (status, form_page(&visit.chrome(&here), &signed, &view)).into_response()
}

/// A fresh form with the provider filled in.
pub async fn new_form(State(state): State<AppState>, Path(ui): Path<String>, headers: HeaderMap) -> Response {
    let visit = match signed_visit(&state, &ui, &headers) {
        Ok(visit) => visit,
        Err(refused) => return refused.into_response(),
    };
    let mut pairs: Pairs = vec![("category".into(), "language_course".into())];
    if let Some(provider) = visit.session.as_ref().and_then(|s| s.user.provider_id.clone()) {
        let name =
            state.directory.store.providers().ok().and_then(|all| all.into_iter().find(|p| p.id == provider.as_str()));
        pairs.push(("provider_id".into(), provider.to_string()));
        pairs.push(("provider_name".into(), name.map(|p| p.name).unwrap_or_default()));
    }
    render_form(&visit, &OfferForm::new(pairs), &BTreeMap::new(), None, false)
}

pub async fn edit_form(
    State(state): State<AppState>,
    Path((ui, id)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    let visit = match signed_visit(&state, &ui, &headers) {
        Ok(visit) => visit,
        Err(refused) => return refused.into_response(),
    };
    let (actor, lang, directory, lookup) = (visit.actor(), visit.lang, state.directory.clone(), id.clone());
    let found = blocking(lang, move || {
        let record = directory.managed(&actor, &lookup)?;
        let pending = directory.pending_for(&actor, &lookup)?;
        Ok::<_, crate::editing::EditError>((record, pending))
    })
    .await;
    match found {
        Ok(Ok((record, pending))) => {
            let shown = match pending.as_ref().map(|p| &p.proposal) {
                Some(Proposal::Save(waiting)) => waiting.as_ref().clone(),
                _ => record.offer,
            };
            render_form(&visit, &OfferForm::from_offer(&shown), &BTreeMap::new(), Some(&id), pending.is_some())
        }
        Ok(Err(error)) => edit_error(lang, error),
        Err(response) => response,
    }
}

/// A copy of an offer in a new, unsaved form.
pub async fn duplicate(
    State(state): State<AppState>,
    Path((ui, id)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    let visit = match signed_visit(&state, &ui, &headers) {
        Ok(visit) => visit,
        Err(refused) => return refused.into_response(),
    };
    let (actor, lang, directory) = (visit.actor(), visit.lang, state.directory.clone());
    let found = blocking(lang, move || {
        let record = directory.managed(&actor, &id)?;
        let copy_id =
            (2..).map(|n| format!("{id}-{n}")).find(|c| directory.store.offer_record(c).ok().flatten().is_none());
        Ok::<_, crate::editing::EditError>((record, copy_id.unwrap_or_default()))
    })
    .await;
    match found {
        Ok(Ok((record, copy_id))) => {
            let mut copy = OfferForm::from_offer(&record.offer);
            copy = OfferForm::new(copy.pairs_with("id", &copy_id));
            render_form(&visit, &copy, &BTreeMap::new(), None, false)
        }
        Ok(Err(error)) => edit_error(lang, error),
        Err(response) => response,
    }
}

pub async fn create(
    State(state): State<AppState>,
    Path(ui): Path<String>,
    headers: HeaderMap,
    Form(pairs): Form<Pairs>,
) -> Response {
    submit_form(state, ui, None, headers, pairs).await
}

pub async fn update(
    State(state): State<AppState>,
    Path((ui, id)): Path<(String, String)>,
    headers: HeaderMap,
    Form(pairs): Form<Pairs>,
) -> Response {
    submit_form(state, ui, Some(id), headers, pairs).await
}

/// Saves, previews, or goes back to editing, as the button said.
async fn submit_form(state: AppState, ui: String, id: Option<String>, headers: HeaderMap, pairs: Pairs) -> Response {
    let visit = match signed_visit(&state, &ui, &headers) {
        Ok(visit) => visit,
        Err(refused) => return refused.into_response(),
    };
    let fields: HashMap<String, String> = pairs.iter().cloned().collect();
    if let Err(refused) = check_form(&visit, &headers, &fields) {
        return refused.into_response();
    }
    let mut form = OfferForm::new(pairs.into_iter().filter(|(k, _)| k != "csrf" && k != "action").collect());
    if let Some(id) = &id {
        form = OfferForm::new(form.pairs_with("id", id));
    }
    let action = fields.get("action").map_or("save", String::as_str);
    let offer = match form.to_offer() {
        Ok(offer) => offer,
        Err(problems) => return render_form(&visit, &form, &problems, id.as_deref(), false),
    };
    match action {
        "edit" => render_form(&visit, &form, &BTreeMap::new(), id.as_deref(), false),
        "preview" => {
            let Some(signed) = visit.signed() else { return Redirect::to(&visit.href("/")).into_response() };
            let post_to =
                id.as_ref().map_or_else(|| visit.href("/offers/new"), |id| visit.href(&format!("/offers/{id}")));
            preview_page(&visit.chrome("/"), &signed, &offer, &form, &post_to).into_response()
        }
        _ => save(state, &visit, form, offer, id.is_none()).await,
    }
}

async fn save(state: AppState, visit: &Visit, form: OfferForm, mut offer: Offer, is_new: bool) -> Response {
    // Saving in the form confirms the offer as current.
    offer.updated = Some(Day::today());
    let (actor, lang, directory, moderation) = (visit.actor(), visit.lang, state.directory.clone(), state.moderation);
    let result = blocking(lang, move || {
        if is_new && directory.store.offer_record(offer.id.as_str())?.is_some() {
            return Ok(None);
        }
        directory.submit(&actor, offer, moderation).map(Some)
    })
    .await;
    match result {
        Ok(Ok(Some(outcome))) => {
            Redirect::to(&visit.href(&format!("/?done={}", outcome_word(outcome)))).into_response()
        }
        Ok(Ok(None)) => {
            let message = Translator::new(lang).t("provider-id-taken");
            let problems = BTreeMap::from([("id".to_owned(), vec![message])]);
            render_form(visit, &form, &problems, None, false)
        }
        Ok(Err(error)) => edit_error(lang, error),
        Err(response) => response,
    }
}

fn outcome_word(outcome: Outcome) -> &'static str {
    match outcome {
        Outcome::Created => "created",
        Outcome::Updated => "updated",
        Outcome::Pending => "pending",
        Outcome::Withdrawn => "withdrawn",
    }
}

pub async fn withdraw(
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
    let (actor, lang, directory, moderation) = (visit.actor(), visit.lang, state.directory.clone(), state.moderation);
    match blocking(lang, move || directory.withdraw(&actor, &id, moderation)).await {
        Ok(Ok(outcome)) => Redirect::to(&visit.href(&format!("/?done={}", outcome_word(outcome)))).into_response(),
        Ok(Err(error)) => edit_error(lang, error),
        Err(response) => response,
    }
}

/// "Still current": one click confirms the offer today.
pub async fn confirm(
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
    let (actor, lang, directory) = (visit.actor(), visit.lang, state.directory.clone());
    match blocking(lang, move || directory.confirm(&actor, &id, Day::today())).await {
        Ok(Ok(_)) => Redirect::to(&visit.href("/?done=confirmed")).into_response(),
        Ok(Err(error)) => edit_error(lang, error),
        Err(response) => response,
    }
}
