use std::collections::{BTreeMap, HashMap};

use axum::Form;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};

use super::places::with_coordinates;
use super::{Posted, SignedIn, Visit, check_form, edit, signed_or_sign_in};
use crate::domain::offer_form::{OfferForm, id_from_title};
use crate::domain::{
    Day, Lang, LangCode, Offer, OutdatedTranslations, hours_text, mark_outdated_translations, propose_hours,
};
use crate::editing::{EditError, Outcome};
use crate::editing::{Managed, Standing};
use crate::i18n::Translator;
use crate::store::Proposal;
use crate::views::provider::{
    FormView, Notice, OfferRow, ReportRow, RowState, dashboard_page, form_page, preview_page,
};
use crate::web::AppState;
use crate::web::error::PageError;

type Pairs = Vec<(String, String)>;
type Page = Result<Response, PageError>;

pub async fn dashboard(
    State(state): State<AppState>,
    visit: Visit,
    Query(query): Query<HashMap<String, String>>,
) -> Page {
    let chrome = visit.chrome("/");
    let Some(signed) = visit.signed() else {
        return Ok(crate::views::provider::login_page(&chrome, "", None).into_response());
    };
    let (lang, today) = (visit.lang, state.clock.today());
    let (rows, reports) = edit(&state, &visit, move |directory, actor| {
        let mut rows = Vec::new();
        for record in directory.managed_offers(actor)? {
            let pending = directory.open_proposal(record.offer.id.as_str())?.is_some();
            rows.push(row(&record, pending, lang, today));
        }
        let reports = directory.open_reports(actor)?;
        Ok((rows, reports))
    })
    .await?;
    let title_of = |id: &str| rows.iter().find(|r| r.id == id).map_or_else(|| id.to_owned(), |r| r.title.clone());
    let reports: Vec<ReportRow> =
        reports.into_iter().map(|report| ReportRow { title: title_of(&report.offer_id), report }).collect();
    // Undo is offered for an offer of this list that is withdrawn now, not for any id a link names.
    let undo =
        query.get("undo").filter(|id| rows.iter().any(|r| &r.id == *id && r.states.contains(&RowState::Withdrawn)));
    let notice = query
        .get("done")
        .map(|done| Notice { text: chrome.t.t(&format!("provider-done-{}", notice_key(done))), undo: undo.cloned() });
    Ok(dashboard_page(&chrome, &signed, &rows, &reports, notice.as_ref()).into_response())
}

fn notice_key(done: &str) -> &'static str {
    match done {
        "created" | "updated" => "saved",
        "pending" => "pending",
        "withdrawn" => "withdrawn",
        "undone" => "undone",
        "confirmed" => "confirmed",
        "translation" => "translation",
        "report" => "report",
        _ => "saved",
    }
}

fn row(record: &Managed, pending: bool, lang: Lang, today: Day) -> OfferRow {
    let offer = &record.offer;
    let mut states = Vec::new();
    match record.standing {
        Standing::Withdrawn => states.push(RowState::Withdrawn),
        Standing::Draft => {}
        Standing::Published if offer.has_ended(today) => states.push(RowState::Ended),
        Standing::Published => states.push(RowState::Published),
    }
    if pending {
        states.push(RowState::Pending);
    }
    // Its provider is asked to confirm an offer never confirmed, too; an ended one is past asking.
    let ended = offer.has_ended(today);
    if record.standing == Standing::Published && !ended && (offer.updated.is_none() || offer.is_outdated(today)) {
        states.push(RowState::Outdated);
    }
    let (town, dates) = place_and_dates_of(offer, lang);
    OfferRow {
        id: offer.id.to_string(),
        title: offer.title.best(lang).1.to_owned(),
        provider: offer.provider.name.clone(),
        states,
        updated: offer.updated.map(|d| d.to_string()),
        town,
        dates,
        outdated_translations: offer.outdated_translations.keys().map(|code| code.to_string()).collect(),
    }
}

/// An offer's first town and its dates in the reader's format, to tell offers of the same
/// title apart.
pub fn place_and_dates_of(offer: &Offer, lang: Lang) -> (Option<String>, Option<String>) {
    let t = Translator::new(lang);
    let dates = offer.schedule.as_ref().and_then(|s| match (s.start, s.end) {
        (Some(start), Some(end)) => Some(format!("{} – {}", t.date(start), t.date(end))),
        (Some(start), None) => Some(format!("{} –", t.date(start))),
        (None, Some(end)) => Some(format!("– {}", t.date(end))),
        (None, None) => None,
    });
    (offer.cities().next().map(str::to_owned), dates)
}

/// The form with what it needs besides the values; `outdated` are the translations that are
/// outdated, or would be once the form is saved.
fn render_form(
    visit: &Visit,
    form: &OfferForm,
    problems: &BTreeMap<String, Vec<String>>,
    (id, pending, hours_proposed): (Option<&str>, bool, bool),
    outdated: &OutdatedTranslations,
) -> Response {
    let Some(signed) = visit.signed() else { return Redirect::to(&visit.href("/")).into_response() };
    let action = match id {
        Some(id) => visit.href(&format!("/offers/{id}")),
        None => visit.href("/offers/new"),
    };
    let may_choose_provider = signed.user.is_admin;
    let is_new = id.is_none();
    let view = FormView { form, problems, action, is_new, pending, may_choose_provider, hours_proposed, outdated };
    let here = id.map_or_else(|| "/offers/new".to_owned(), |id| format!("/offers/{id}"));
    let status = if problems.is_empty() { StatusCode::OK } else { StatusCode::UNPROCESSABLE_ENTITY };
    (status, form_page(&visit.chrome(&here), &signed, &view)).into_response()
}

/// A fresh form with the provider filled in.
pub async fn new_form(State(state): State<AppState>, SignedIn(visit): SignedIn) -> Page {
    let mut pairs: Pairs = vec![("category".into(), "language_course".into())];
    if let Some(provider) = visit.session.as_ref().and_then(|s| s.user.provider_id.clone()) {
        let known = edit(&state, &visit, |directory, _| Ok(directory.providers()?)).await?;
        let name = known.into_iter().find(|p| p.id == provider.as_str()).map(|p| p.name).unwrap_or_default();
        pairs.push(("provider_id".into(), provider.to_string()));
        pairs.push(("provider_name".into(), name));
    }
    Ok(render_form(
        &visit,
        &OfferForm::new(pairs),
        &BTreeMap::new(),
        (None, false, false),
        &OutdatedTranslations::new(),
    ))
}

/// The form for an offer, showing a change that waits for approval when there is one.
pub async fn edit_form(
    State(state): State<AppState>,
    SignedIn(visit): SignedIn,
    Path((_, id)): Path<(String, String)>,
) -> Page {
    let lookup = id.clone();
    let (record, pending) = edit(&state, &visit, move |directory, actor| {
        Ok((directory.managed(actor, &lookup)?, directory.pending_for(actor, &lookup)?))
    })
    .await?;
    let mut shown = match pending.as_ref().map(|p| &p.proposal) {
        Some(Proposal::Save(waiting)) => waiting.as_ref().clone(),
        _ => record.offer.clone(),
    };
    mark_outdated_translations(Some(&record.offer), &mut shown);
    let mut form = OfferForm::from_offer(&shown);
    // Hours the times text names are proposed for the provider to check and save.
    let german_times = shown.schedule.as_ref().and_then(|s| s.text.as_ref()).and_then(|t| t.get(Lang::De));
    let proposal = german_times.filter(|_| shown.hours.is_empty()).map(propose_hours).unwrap_or_default();
    if !proposal.is_empty() {
        form = OfferForm::new(form.pairs_with("hours", &hours_text(&proposal)));
    }
    let how = (Some(id.as_str()), pending.is_some(), !proposal.is_empty());
    Ok(render_form(&visit, &form, &BTreeMap::new(), how, &shown.outdated_translations))
}

/// A copy of an offer in a new, unsaved form.
pub async fn duplicate(
    State(state): State<AppState>,
    SignedIn(visit): SignedIn,
    Path((_, id)): Path<(String, String)>,
) -> Page {
    let (record, copy_id) = edit(&state, &visit, move |directory, actor| {
        let record = directory.managed(actor, &id)?;
        let free = |candidate: &String| directory.offer_record(candidate).ok().flatten().is_none();
        let copy_id = (2..).map(|n| format!("{id}-{n}")).find(free).unwrap_or_default();
        Ok((record, copy_id))
    })
    .await?;
    let copy = OfferForm::new(OfferForm::from_offer(&record.offer).pairs_with("id", &copy_id));
    Ok(render_form(&visit, &copy, &BTreeMap::new(), (None, false, false), &OutdatedTranslations::new()))
}

pub async fn create(
    State(state): State<AppState>,
    SignedIn(visit): SignedIn,
    headers: HeaderMap,
    Form(pairs): Form<Pairs>,
) -> Page {
    submit_form(state, visit, None, headers, pairs).await
}

pub async fn update(
    State(state): State<AppState>,
    SignedIn(visit): SignedIn,
    Path((_, id)): Path<(String, String)>,
    headers: HeaderMap,
    Form(pairs): Form<Pairs>,
) -> Page {
    submit_form(state, visit, Some(id), headers, pairs).await
}

/// Saves, previews, or goes back to editing, as the button said.
async fn submit_form(state: AppState, visit: Visit, id: Option<String>, headers: HeaderMap, pairs: Pairs) -> Page {
    let fields: HashMap<String, String> = pairs.iter().cloned().collect();
    check_form(&visit, &headers, &fields)?;
    let mut form = OfferForm::new(pairs.into_iter().filter(|(k, _)| k != "csrf" && k != "action").collect());
    if let Some(id) = &id {
        form = OfferForm::new(form.pairs_with("id", id));
    }
    let stored = stored_offer(&state, &visit, id.clone()).await?;
    if id.is_none() && form.get("id").trim().is_empty() {
        form = OfferForm::new(form.pairs_with("id", &free_id(&state, &visit, &form).await?));
    }
    let t = Translator::new(visit.lang);
    let (form, unknown_places) = with_coordinates(&form, &state.directory.places, stored.as_ref(), t);
    let offer = match form.to_offer() {
        Ok(offer) if unknown_places.is_empty() => offer,
        result => {
            let mut problems = result.err().unwrap_or_default();
            for (field, messages) in unknown_places {
                problems.entry(field).or_default().extend(messages);
            }
            let outdated = stored.map(|s| s.outdated_translations).unwrap_or_default();
            return Ok(render_form(&visit, &form, &problems, (id.as_deref(), false, false), &outdated));
        }
    };
    // The form and the preview show what saving would make outdated.
    let mut marked = offer.clone();
    mark_outdated_translations(stored.as_ref(), &mut marked);
    match fields.get("action").map_or("save", String::as_str) {
        "edit" => Ok(render_form(
            &visit,
            &form,
            &BTreeMap::new(),
            (id.as_deref(), false, false),
            &marked.outdated_translations,
        )),
        "preview" => {
            let signed = signed_or_sign_in(&visit)?;
            let post_to =
                id.as_ref().map_or_else(|| visit.href("/offers/new"), |id| visit.href(&format!("/offers/{id}")));
            Ok(preview_page(&visit.chrome("/"), &signed, &marked, &form, &post_to).into_response())
        }
        _ => save(&state, &visit, form, offer, id.is_none()).await,
    }
}

async fn save(state: &AppState, visit: &Visit, form: OfferForm, mut offer: Offer, is_new: bool) -> Page {
    // Saving in the form confirms the offer as current.
    offer.updated = Some(state.clock.today());
    let moderation = state.moderation;
    let outcome = edit(state, visit, move |directory, actor| {
        if is_new && directory.offer_record(offer.id.as_str())?.is_some() {
            return Ok(None);
        }
        directory.submit(actor, offer, moderation).map(Some)
    })
    .await?;
    let Some(outcome) = outcome else {
        let message = Translator::new(visit.lang).t("provider-id-taken");
        let problems = BTreeMap::from([("id".to_owned(), vec![message])]);
        // Without the taken id, the next save makes a free one from the title.
        let form = OfferForm::new(form.pairs_with("id", ""));
        return Ok(render_form(visit, &form, &problems, (None, false, false), &OutdatedTranslations::new()));
    };
    Ok(Redirect::to(&visit.href(&format!("/?done={}", outcome_word(outcome)))).into_response())
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
    Path((_, id)): Path<(String, String)>,
    Posted { by: SignedIn(visit), form: _ }: Posted<SignedIn>,
) -> Page {
    let moderation = state.moderation;
    let target = id.clone();
    let outcome = edit(&state, &visit, move |directory, actor| directory.withdraw(actor, &target, moderation)).await?;
    let undo = if outcome == Outcome::Withdrawn { format!("&undo={id}") } else { String::new() };
    Ok(Redirect::to(&visit.href(&format!("/?done={}{undo}", outcome_word(outcome)))).into_response())
}

/// A new offer's id, made from its title (German first) and not yet taken by an offer or a
/// proposal; empty while the form has no title.
async fn free_id(state: &AppState, visit: &Visit, form: &OfferForm) -> Result<String, PageError> {
    let languages = form.text_languages();
    let Some(title) = languages.iter().map(|code| form.get(&format!("title.{code}"))).find(|t| !t.trim().is_empty())
    else {
        return Ok(String::new());
    };
    let base = id_from_title(title);
    edit(state, visit, move |directory, _| {
        let (mut candidate, mut n) = (base.clone(), 1);
        while directory.offer_record(&candidate)?.is_some() || directory.open_proposal(&candidate)?.is_some() {
            n += 1;
            candidate = format!("{base}-{n}");
        }
        Ok(candidate)
    })
    .await
}

/// The offer as stored now, for a form that edits one.
async fn stored_offer(state: &AppState, visit: &Visit, id: Option<String>) -> Result<Option<Offer>, PageError> {
    let Some(id) = id else { return Ok(None) };
    edit(state, visit, move |directory, actor| match directory.managed(actor, &id) {
        Ok(record) => Ok(Some(record.offer)),
        Err(EditError::NotFound(_)) => Ok(None),
        Err(other) => Err(other),
    })
    .await
}

/// "Still matches the German": the provider confirms one language's outdated translations.
pub async fn confirm_translation(
    State(state): State<AppState>,
    Path((_, id, code)): Path<(String, String, String)>,
    Posted { by: SignedIn(visit), form: _ }: Posted<SignedIn>,
) -> Page {
    let Ok(code) = code.parse::<LangCode>() else {
        return Err(PageError::NotFound(visit.lang));
    };
    edit(&state, &visit, move |directory, actor| directory.confirm_translation(actor, &id, &code)).await?;
    Ok(Redirect::to(&visit.href("/?done=translation")).into_response())
}

/// Resolves or dismisses a visitor's report.
pub async fn close_report(
    State(state): State<AppState>,
    Path((_, report)): Path<(String, i64)>,
    Posted { by: SignedIn(visit), form }: Posted<SignedIn>,
) -> Page {
    let resolved = form.get("action").is_some_and(|action| action == "resolve");
    edit(&state, &visit, move |directory, actor| directory.close_report(actor, report, resolved)).await?;
    Ok(Redirect::to(&visit.href("/?done=report")).into_response())
}

/// "Still current": one click confirms the offer today.
pub async fn confirm(
    State(state): State<AppState>,
    Path((_, id)): Path<(String, String)>,
    Posted { by: SignedIn(visit), form: _ }: Posted<SignedIn>,
) -> Page {
    let today = state.clock.today();
    edit(&state, &visit, move |directory, actor| directory.confirm(actor, &id, today)).await?;
    Ok(Redirect::to(&visit.href("/?done=confirmed")).into_response())
}
