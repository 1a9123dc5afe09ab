use axum::body::Body;
use axum::http::{Request, StatusCode};
use wegweiser::AppState;
use wegweiser::domain::{Actor, parse_offer};

use crate::helpers::{Accounts, PASSWORD, Response, accounts, clock, enc, offer_of, send};

/// A signed-in browser: its session cookie and the CSRF token its pages carry.
pub struct Browser {
    state: AppState,
    cookie: String,
    csrf: String,
}

/// Where the site under test believes it lives; its forms post from here.
pub const SITE: &str = "https://wegweiser.example";

pub fn state(accounts: &Accounts, moderation: bool) -> AppState {
    AppState::new(accounts.directory.clone(), moderation).with_base_url(SITE.parse().unwrap()).with_clock(clock())
}

pub async fn login_response(state: &AppState, email: &str, password: &str) -> Response {
    let body = format!("email={}&password={}", enc(email), enc(password));
    let request = Request::post("/de/provider/login")
        .header("content-type", "application/x-www-form-urlencoded")
        .header("origin", SITE);
    send(state.clone(), request.body(Body::from(body)).unwrap()).await
}

pub async fn sign_in(state: AppState, email: &str) -> Browser {
    let response = login_response(&state, email, PASSWORD).await;
    assert_eq!(response.status, StatusCode::SEE_OTHER, "{}", response.body);
    let set_cookie = response.headers["set-cookie"].to_str().unwrap().to_owned();
    let cookie = set_cookie.split(';').next().unwrap().to_owned();
    let mut browser = Browser { state, cookie, csrf: String::new() };
    let page = browser.get("/de/provider/").await;
    browser.csrf = page.attrs("input[name=csrf]", "value").remove(0);
    browser
}

impl Browser {
    pub async fn get(&self, uri: &str) -> Response {
        send(self.state.clone(), Request::get(uri).header("cookie", &self.cookie).body(Body::empty()).unwrap()).await
    }

    pub async fn post(&self, uri: &str, fields: &[(&str, &str)]) -> Response {
        let mut pairs: Vec<(String, String)> = vec![("csrf".into(), self.csrf.clone())];
        pairs.extend(fields.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())));
        self.post_raw(uri, &pairs, None).await
    }

    async fn post_raw(&self, uri: &str, pairs: &[(String, String)], origin: Option<&str>) -> Response {
        let body = url::form_urlencoded::Serializer::new(String::new()).extend_pairs(pairs).finish();
        let mut request = Request::post(uri)
            .header("cookie", &self.cookie)
            .header("host", "wegweiser.example")
            .header("content-type", "application/x-www-form-urlencoded");
        if let Some(origin) = origin {
            request = request.header("origin", origin);
        }
        send(self.state.clone(), request.body(Body::from(body)).unwrap()).await
    }
}

pub fn seed(accounts: &Accounts, provider: &str, id: &str, title: &str) {
    let offer = parse_offer(offer_of(provider, id, title)).unwrap();
    accounts.directory.upsert(&[offer], &Actor::System).unwrap();
}

pub fn new_offer_fields<'a>(id: &'a str, title: &'a str) -> Vec<(&'a str, &'a str)> {
    vec![
        ("id", id),
        ("provider_id", "anbieter-a"),
        ("provider_name", "Anbieter A"),
        ("category", "leisure"),
        ("title.de", title),
        ("loc0_city", "Kamen"),
        ("loc0_postcode", "59174"),
        ("target_groups", "women"),
        ("target_groups", "parents"),
        ("action", "save"),
    ]
}

#[tokio::test]
async fn the_sign_in_answers_the_same_for_unknown_and_wrong_and_renews_the_session() {
    let accounts = accounts();
    let state = state(&accounts, false);
    let page = send(state.clone(), Request::get("/de/provider/").body(Body::empty()).unwrap()).await;
    assert_eq!(page.attrs("form input[name=password]", "type"), ["password"]);
    let wrong = login_response(&state, "anbieter-a@example.org", "falsches Passwort").await;
    let unknown = login_response(&state, "niemand@example.org", PASSWORD).await;
    assert_eq!((wrong.status, unknown.status), (StatusCode::UNAUTHORIZED, StatusCode::UNAUTHORIZED));
    assert_eq!(wrong.texts("p.error"), unknown.texts("p.error"));
    let first = login_response(&state, "anbieter-a@example.org", PASSWORD).await;
    let second = login_response(&state, "anbieter-a@example.org", PASSWORD).await;
    let cookie = first.headers["set-cookie"].to_str().unwrap();
    assert!(cookie.starts_with("__Host-"), "{cookie}");
    for attribute in ["HttpOnly", "Secure", "SameSite=Strict", "Path=/"] {
        assert!(cookie.contains(attribute), "{cookie}");
    }
    assert_ne!(cookie, second.headers["set-cookie"].to_str().unwrap(), "a new session id each time");
}

#[tokio::test]
async fn sign_in_attempts_are_limited() {
    let accounts = accounts();
    let state = state(&accounts, false);
    for _ in 0..5 {
        assert_eq!(login_response(&state, "anbieter-a@example.org", "falsch").await.status, StatusCode::UNAUTHORIZED);
    }
    let blocked = login_response(&state, "anbieter-a@example.org", PASSWORD).await;
    assert_eq!(blocked.status, StatusCode::TOO_MANY_REQUESTS);
}

#[tokio::test]
async fn a_provider_sees_and_changes_only_its_own_offers() {
    let accounts = accounts();
    seed(&accounts, "anbieter-a", "a-kurs", "Kurs von A");
    seed(&accounts, "anbieter-b", "b-kurs", "Kurs von B");
    let a = sign_in(state(&accounts, false), "anbieter-a@example.org").await;
    let dashboard = a.get("/de/provider/").await;
    assert_eq!(dashboard.attrs("tr[data-id]", "data-id"), ["a-kurs"]);
    assert_eq!(a.get("/de/provider/offers/b-kurs").await.status, StatusCode::FORBIDDEN);
    assert_eq!(a.get("/de/provider/offers/b-kurs/history").await.status, StatusCode::FORBIDDEN);
    assert_eq!(a.get("/de/provider/offers/b-kurs/duplicate").await.status, StatusCode::FORBIDDEN);
    assert_eq!(a.post("/de/provider/offers/b-kurs/withdraw", &[]).await.status, StatusCode::FORBIDDEN);
    let mut takeover = new_offer_fields("b-kurs", "Jetzt von A");
    takeover.retain(|(k, _)| *k != "id");
    assert_eq!(a.post("/de/provider/offers/b-kurs", &takeover).await.status, StatusCode::FORBIDDEN);
    assert_eq!(a.get("/de/provider/accounts").await.status, StatusCode::FORBIDDEN);
    assert_eq!(a.get("/de/provider/moderation").await.status, StatusCode::FORBIDDEN);
    assert!(accounts.directory.offer("b-kurs").unwrap().is_some());
    let admin = sign_in(state(&accounts, false), "admin@example.org").await;
    let all = admin.get("/de/provider/").await.attrs("tr[data-id]", "data-id");
    assert_eq!(all, ["a-kurs", "b-kurs"]);
    assert_eq!(admin.get("/de/provider/accounts").await.status, StatusCode::OK);
}

#[tokio::test]
async fn anonymous_visitors_are_sent_to_sign_in_and_cannot_post() {
    let accounts = accounts();
    seed(&accounts, "anbieter-a", "a-kurs", "Kurs von A");
    let state = state(&accounts, false);
    let edit = send(state.clone(), Request::get("/de/provider/offers/a-kurs").body(Body::empty()).unwrap()).await;
    assert_eq!(edit.status, StatusCode::SEE_OTHER);
    let withdraw = send(state, Request::post("/de/provider/offers/a-kurs/withdraw").body(Body::empty()).unwrap()).await;
    assert_ne!(withdraw.status, StatusCode::OK);
    assert!(accounts.directory.offer("a-kurs").unwrap().is_some());
}

#[tokio::test]
async fn forms_without_the_csrf_token_or_from_elsewhere_are_refused() {
    let accounts = accounts();
    seed(&accounts, "anbieter-a", "a-kurs", "Kurs von A");
    let a = sign_in(state(&accounts, false), "anbieter-a@example.org").await;
    let no_token = a.post_raw("/de/provider/offers/a-kurs/withdraw", &[], None).await;
    assert_eq!(no_token.status, StatusCode::FORBIDDEN);
    let with_token = vec![("csrf".to_owned(), a.csrf.clone())];
    let elsewhere = a.post_raw("/de/provider/offers/a-kurs/withdraw", &with_token, Some("https://evil.example")).await;
    assert_eq!(elsewhere.status, StatusCode::FORBIDDEN);
    assert!(accounts.directory.offer("a-kurs").unwrap().is_some());
    let ours = a.post_raw("/de/provider/offers/a-kurs/withdraw", &with_token, Some(SITE)).await;
    assert_eq!(ours.status, StatusCode::SEE_OTHER);
    assert!(accounts.directory.offer("a-kurs").unwrap().is_none());
}

#[tokio::test]
async fn every_form_that_changes_something_checks_the_token_and_the_origin() {
    let accounts = accounts();
    seed(&accounts, "anbieter-a", "a-kurs", "Kurs von A");
    // An admin may post every one of them: what refuses is the check, not a missing right.
    let admin = sign_in(state(&accounts, false), "admin@example.org").await;
    let forms = [
        "/de/provider/logout",
        "/de/provider/offers/a-kurs/withdraw",
        "/de/provider/offers/a-kurs/undo",
        "/de/provider/offers/a-kurs/confirm",
        "/de/provider/offers/a-kurs/translations/en/confirm",
        "/de/provider/reports/1",
        "/de/provider/offers/a-kurs/restore",
        "/de/provider/moderation/1",
        "/de/provider/accounts/providers",
        "/de/provider/accounts/users",
        "/de/provider/accounts/users/1/sign-in-link",
        "/de/provider/colleagues",
    ];
    let with_token = vec![("csrf".to_owned(), admin.csrf.clone())];
    for form in forms {
        let no_token = admin.post_raw(form, &[], Some(SITE)).await;
        assert_eq!(no_token.status, StatusCode::FORBIDDEN, "{form} without the token");
        let elsewhere = admin.post_raw(form, &with_token, Some("https://evil.example")).await;
        assert_eq!(elsewhere.status, StatusCode::FORBIDDEN, "{form} from another site");
    }
    assert!(accounts.directory.offer("a-kurs").unwrap().is_some());
    assert_eq!(admin.get("/de/provider/").await.status, StatusCode::OK, "still signed in");
}

#[tokio::test]
async fn a_new_offer_from_the_form_is_searchable_at_once_and_problems_show_at_the_field() {
    let accounts = accounts();
    let a = sign_in(state(&accounts, false), "anbieter-a@example.org").await;
    let form = a.get("/de/provider/offers/new").await;
    assert_eq!(form.attrs("input[name='title.ar']", "lang"), ["ar"], "translations beside the German text");
    let mut bad = new_offer_fields("a-neu", "Nähtreff");
    bad.retain(|(k, _)| *k != "loc0_postcode");
    bad.push(("loc0_postcode", "123"));
    let rejected = a.post("/de/provider/offers/new", &bad).await;
    assert_eq!(rejected.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(rejected.attrs(".field-error", "id"), ["loc0_postcode-error"]);
    assert_eq!(rejected.attrs("input[name='title.de']", "value"), ["Nähtreff"], "nothing typed is lost");
    let saved = a.post("/de/provider/offers/new", &new_offer_fields("a-neu", "Nähtreff")).await;
    assert_eq!(saved.status, StatusCode::SEE_OTHER);
    let request = wegweiser::search::SearchRequest { text: "Nähtreff".into(), limit: 5, ..Default::default() };
    let hits = accounts.directory.search(&request).unwrap().hits;
    assert_eq!(hits[0].id, "a-neu");
    let offer = accounts.directory.offer("a-neu").unwrap().unwrap();
    assert_eq!(offer.target_groups.len(), 2);
    assert!(offer.updated.is_some(), "saving confirms the offer");
    let again = a.post("/de/provider/offers/new", &new_offer_fields("a-neu", "Doppelt")).await;
    assert_eq!(again.status, StatusCode::UNPROCESSABLE_ENTITY, "a new offer never overwrites one with its id");
}

#[tokio::test]
async fn the_preview_shows_the_public_page_and_carries_the_values() {
    let accounts = accounts();
    let a = sign_in(state(&accounts, false), "anbieter-a@example.org").await;
    let mut fields = new_offer_fields("a-vorschau", "Vorschaukurs");
    fields.retain(|(k, _)| *k != "action");
    fields.push(("action", "preview"));
    let preview = a.post("/de/provider/offers/new", &fields).await;
    assert_eq!(preview.status, StatusCode::OK);
    assert_eq!(preview.texts("article.offer h1"), ["Vorschaukurs"]);
    assert_eq!(preview.attrs("input[name='title.de']", "value"), ["Vorschaukurs"]);
    assert!(accounts.directory.offer("a-vorschau").unwrap().is_none(), "nothing saved yet");
}

#[tokio::test]
async fn moderation_holds_changes_until_an_admin_approves_them_in_the_queue() {
    let accounts = accounts();
    seed(&accounts, "anbieter-a", "a-kurs", "Alter Titel");
    let a = sign_in(state(&accounts, true), "anbieter-a@example.org").await;
    let mut fields = new_offer_fields("a-kurs", "Neuer Titel");
    fields.retain(|(k, _)| *k != "id");
    let saved = a.post("/de/provider/offers/a-kurs", &fields).await;
    assert!(saved.headers["location"].to_str().unwrap().contains("done=pending"));
    assert_eq!(
        accounts.directory.offer("a-kurs").unwrap().unwrap().title.get(wegweiser::domain::Lang::De),
        Some("Alter Titel")
    );
    let states = a.get("/de/provider/").await.texts("tr[data-id=a-kurs] .state");
    assert!(states.contains(&"wartet auf Freigabe".to_owned()), "{states:?}");
    let admin = sign_in(state(&accounts, true), "admin@example.org").await;
    let queue = admin.get("/de/provider/moderation").await;
    assert!(queue.texts("td.after ins").contains(&"Neuer Titel".to_owned()), "the change shown as a diff");
    let id = queue.attrs("section.pending", "data-id").remove(0);
    let decided = admin.post(&format!("/de/provider/moderation/{id}"), &[("decision", "approve")]).await;
    assert_eq!(decided.status, StatusCode::SEE_OTHER);
    assert_eq!(
        accounts.directory.offer("a-kurs").unwrap().unwrap().title.get(wegweiser::domain::Lang::De),
        Some("Neuer Titel")
    );
}

#[tokio::test]
async fn history_records_each_change_and_admins_restore_earlier_versions() {
    let accounts = accounts();
    seed(&accounts, "anbieter-a", "a-kurs", "Erste Fassung");
    let a = sign_in(state(&accounts, false), "anbieter-a@example.org").await;
    let mut fields = new_offer_fields("a-kurs", "Zweite Fassung");
    fields.retain(|(k, _)| *k != "id");
    a.post("/de/provider/offers/a-kurs", &fields).await;
    let history = a.get("/de/provider/offers/a-kurs/history").await;
    assert_eq!(history.texts("ol.history > li").len(), 2);
    assert!(history.texts("td.before del").contains(&"Erste Fassung".to_owned()));
    assert!(history.attrs("input[name=seq]", "value").is_empty(), "providers do not restore");
    let refused = a.post("/de/provider/offers/a-kurs/restore", &[("seq", "1")]).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    let admin = sign_in(state(&accounts, false), "admin@example.org").await;
    let seqs = admin.get("/de/provider/offers/a-kurs/history").await.attrs("input[name=seq]", "value");
    let first = seqs.last().unwrap().clone();
    admin.post("/de/provider/offers/a-kurs/restore", &[("seq", &first)]).await;
    assert_eq!(
        accounts.directory.offer("a-kurs").unwrap().unwrap().title.get(wegweiser::domain::Lang::De),
        Some("Erste Fassung")
    );
}

#[tokio::test]
async fn outdated_offers_get_a_one_click_still_current_and_duplicates_get_a_new_id() {
    let accounts = accounts();
    let mut old = offer_of("anbieter-a", "a-alt", "Alter Kurs");
    old["updated"] = "2020-01-01".into();
    accounts.directory.upsert(&[parse_offer(old).unwrap()], &Actor::System).unwrap();
    let a = sign_in(state(&accounts, false), "anbieter-a@example.org").await;
    let dashboard = a.get("/de/provider/").await;
    assert_eq!(dashboard.texts("section.outdated li button"), ["Noch aktuell"]);
    a.post("/de/provider/offers/a-alt/confirm", &[]).await;
    let confirmed = accounts.directory.offer("a-alt").unwrap().unwrap().updated.unwrap();
    assert_eq!(confirmed, crate::helpers::today());
    let copy = a.get("/de/provider/offers/a-alt/duplicate").await;
    assert_eq!(copy.attrs("input[name=id]", "value"), ["a-alt-2"]);
}

#[tokio::test]
async fn a_new_offer_waiting_for_approval_is_a_draft_only_its_provider_and_admins_see() {
    let accounts = accounts();
    let a = sign_in(state(&accounts, true), "anbieter-a@example.org").await;
    let saved = a.post("/de/provider/offers/new", &new_offer_fields("a-entwurf", "Entwurf")).await;
    assert!(saved.headers["location"].to_str().unwrap().contains("done=pending"));
    assert!(accounts.directory.offer("a-entwurf").unwrap().is_none(), "not public");
    assert_eq!(a.get("/de/provider/").await.attrs("tr[data-id]", "data-id"), ["a-entwurf"]);
    assert_eq!(a.get("/de/provider/offers/a-entwurf").await.attrs("input[name='title.de']", "value"), ["Entwurf"]);
    assert_eq!(
        a.post("/de/provider/offers/a-entwurf/confirm", &[]).await.status,
        StatusCode::NOT_FOUND,
        "confirming does not publish"
    );
    let b = sign_in(state(&accounts, true), "anbieter-b@example.org").await;
    assert_eq!(b.get("/de/provider/offers/a-entwurf").await.status, StatusCode::FORBIDDEN);
    assert!(b.get("/de/provider/").await.attrs("tr[data-id]", "data-id").is_empty());
    let admin = sign_in(state(&accounts, true), "admin@example.org").await;
    assert_eq!(admin.get("/de/provider/offers/a-entwurf").await.status, StatusCode::OK);
}

#[tokio::test]
async fn with_moderation_the_new_offer_form_cannot_take_over_another_providers_draft() {
    let accounts = accounts();
    let a = sign_in(state(&accounts, true), "anbieter-a@example.org").await;
    a.post("/de/provider/offers/new", &new_offer_fields("a-entwurf", "Entwurf von A")).await;
    let b = sign_in(state(&accounts, true), "anbieter-b@example.org").await;
    let mut fields = new_offer_fields("a-entwurf", "Entwurf von B");
    fields.retain(|(k, _)| !k.starts_with("provider_"));
    fields.extend([("provider_id", "anbieter-b"), ("provider_name", "Anbieter B")]);
    let takeover = b.post("/de/provider/offers/new", &fields).await;
    assert_eq!(takeover.status, StatusCode::FORBIDDEN);
    let pending = accounts.directory.open_proposal("a-entwurf").unwrap().unwrap();
    assert_eq!(pending.provider_id, "anbieter-a");
    assert_eq!(a.get("/de/provider/offers/a-entwurf").await.status, StatusCode::OK);
}

#[tokio::test]
async fn provider_pages_are_never_cached() {
    let accounts = accounts();
    let a = sign_in(state(&accounts, false), "anbieter-a@example.org").await;
    for path in ["/de/provider/", "/de/provider/offers/new"] {
        assert_eq!(a.get(path).await.headers["cache-control"], "no-store", "{path}");
    }
    let sign_in_page = send(state(&accounts, false), Request::get("/de/provider/").body(Body::empty()).unwrap()).await;
    assert_eq!(sign_in_page.headers["cache-control"], "no-store");
    let failed = login_response(&state(&accounts, false), "anbieter-a@example.org", "falsch").await;
    assert_eq!(failed.headers["cache-control"], "no-store");
}

#[tokio::test]
async fn the_form_preview_and_my_offers_show_outdated_translations_until_confirmed() {
    let accounts = accounts();
    let a = sign_in(state(&accounts, false), "anbieter-a@example.org").await;
    let mut fields = new_offer_fields("a-treff", "Nähtreff");
    fields.push(("title.en", "Sewing meet-up"));
    a.post("/de/provider/offers/new", &fields).await;
    let mut changed = new_offer_fields("a-treff", "Nähcafé");
    changed.retain(|(k, _)| *k != "action");
    changed.extend([("title.en", "Sewing meet-up"), ("action", "preview")]);
    let preview = a.post("/de/provider/offers/a-treff", &changed).await;
    assert_eq!(preview.texts("article h1"), ["Nähcafé"]);
    assert_eq!(preview.attrs("li[data-outdated]", "data-outdated"), ["en"], "the preview warns before saving");
    changed.retain(|(k, _)| *k != "action");
    changed.push(("action", "save"));
    assert_eq!(a.post("/de/provider/offers/a-treff", &changed).await.status, StatusCode::SEE_OTHER);
    let form = a.get("/de/provider/offers/a-treff").await;
    assert_eq!(form.attrs(".translation.outdated", "data-outdated"), ["en"]);
    assert_eq!(
        form.attrs("li[data-outdated] button", "formaction"),
        ["/de/provider/offers/a-treff/translations/en/confirm"]
    );
    let dashboard = a.get("/de/provider/").await;
    assert_eq!(dashboard.attrs("li[data-outdated]", "data-outdated"), ["en"]);
    assert!(dashboard.texts("td.states")[0].contains("Übersetzung evtl. veraltet: English"));
    let confirmed = a.post("/de/provider/offers/a-treff/translations/en/confirm", &[]).await;
    assert_eq!(confirmed.status, StatusCode::SEE_OTHER);
    assert!(accounts.directory.offer("a-treff").unwrap().unwrap().outdated_translations.is_empty());
    assert!(a.get("/de/provider/").await.attrs("li[data-outdated]", "data-outdated").is_empty());
    let bad = a.post("/de/provider/offers/a-treff/translations/english/confirm", &[]).await;
    assert_eq!(bad.status, StatusCode::NOT_FOUND);
}

#[tokio::test]
async fn the_form_proposes_hours_from_the_german_times_and_saves_them_once_checked() {
    let accounts = accounts();
    let mut offer = offer_of("anbieter-a", "a-kurs", "Kurs von A");
    offer["schedule"] = serde_json::json!({"text": {"de": "Mo–Fr 8:30–12:45"}});
    accounts.directory.upsert(&[parse_offer(offer).unwrap()], &Actor::System).unwrap();
    let a = sign_in(state(&accounts, false), "anbieter-a@example.org").await;
    let form = a.get("/de/provider/offers/a-kurs").await;
    assert_eq!(form.attrs("input[name=hours]", "value"), ["Mo, Di, Mi, Do, Fr 08:30–12:45"]);
    assert_eq!(form.texts("#hours-proposed").len(), 1);
    assert!(accounts.directory.offer("a-kurs").unwrap().unwrap().hours.is_empty(), "only proposed");
    let mut fields = new_offer_fields("a-kurs", "Kurs von A");
    fields.retain(|(k, _)| *k != "id");
    fields.extend([("hours", "Mo, Di, Mi, Do, Fr 08:30–12:45"), ("by_appointment", "no")]);
    assert_eq!(a.post("/de/provider/offers/a-kurs", &fields).await.status, StatusCode::SEE_OTHER);
    let saved = accounts.directory.offer("a-kurs").unwrap().unwrap();
    assert_eq!((saved.hours.len(), saved.by_appointment), (1, Some(false)));
    let form = a.get("/de/provider/offers/a-kurs").await;
    assert!(form.texts("#hours-proposed").is_empty(), "saved hours are no proposal");
    fields.retain(|(k, _)| *k != "hours");
    fields.push(("hours", "vormittags"));
    let refused = a.post("/de/provider/offers/a-kurs", &fields).await;
    assert_eq!(refused.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert_eq!(refused.attrs("input[name=hours]", "aria-describedby"), ["hours-hint hours-error"]);
}

#[tokio::test]
async fn reports_from_visitors_wait_on_my_offers_until_resolved_by_their_provider() {
    let accounts = accounts();
    seed(&accounts, "anbieter-a", "a-kurs", "Kurs von A");
    assert!(accounts.directory.store_report("a-kurs", "cost", "Jetzt 110 €", "de").unwrap());
    let a = sign_in(state(&accounts, false), "anbieter-a@example.org").await;
    let dashboard = a.get("/de/provider/").await;
    let ids = dashboard.attrs("li[data-report]", "data-report");
    assert_eq!(ids.len(), 1);
    assert_eq!(dashboard.texts("li[data-report] blockquote"), ["Jetzt 110 €"]);
    let b = sign_in(state(&accounts, false), "anbieter-b@example.org").await;
    assert!(b.get("/de/provider/").await.attrs("li[data-report]", "data-report").is_empty());
    let path = format!("/de/provider/reports/{}", ids[0]);
    assert_eq!(b.post(&path, &[("action", "resolve")]).await.status, StatusCode::FORBIDDEN);
    let admin = sign_in(state(&accounts, false), "admin@example.org").await;
    assert_eq!(admin.get("/de/provider/").await.attrs("li[data-report]", "data-report"), ids, "the admins' queue");
    assert_eq!(a.post(&path, &[("action", "resolve")]).await.status, StatusCode::SEE_OTHER);
    assert!(a.get("/de/provider/").await.attrs("li[data-report]", "data-report").is_empty());
    assert_eq!(a.post(&path, &[("action", "dismiss")]).await.status, StatusCode::NOT_FOUND, "closed once");
}

#[tokio::test]
async fn admins_see_what_was_searched_and_not_found_from_five_searches_on() {
    let accounts = accounts();
    seed(&accounts, "anbieter-a", "a-kurs", "Deutschkurs am Abend");
    let state = state(&accounts, false);
    let search = |query: &str| {
        let request = Request::get(format!("/api/v1/search?q={}", enc(query))).body(Body::empty()).unwrap();
        send(state.clone(), request)
    };
    for query in [
        "Drachenflug Kurs",
        "kurs drachenflug",
        "Drachenflug, Kurs!",
        "DRACHENFLUG kurs",
        "Drachenflug Kurs 0176 5551234",
    ] {
        assert_eq!(search(query).await.status, StatusCode::OK);
    }
    for _ in 0..4 {
        search("Segelschein").await;
    }
    search("Deutschkurs").await;
    let admin = sign_in(state.clone(), "admin@example.org").await;
    let page = admin.get("/de/provider/searches").await;
    assert_eq!(page.status, StatusCode::OK);
    let words = page.texts("table.searches tbody td:nth-child(3)");
    assert_eq!(words, ["drachenflug kurs"], "four searches are not shown, numbers never kept");
    let counts =
        (page.texts("table.searches tbody td:nth-child(4)"), page.texts("table.searches tbody td:nth-child(5)"));
    assert_eq!(
        counts,
        (vec!["0".to_owned()], vec!["5".to_owned()]),
        "`Kurs` finds the one course: little, not nothing"
    );
    assert_eq!(page.attrs("figure.searches-chart svg rect", "height"), ["100"]);
    let provider = sign_in(state, "anbieter-a@example.org").await;
    assert_eq!(provider.get("/de/provider/searches").await.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn my_offers_tell_same_titles_apart_and_never_ask_to_confirm_an_ended_offer() {
    let accounts = accounts();
    let mut ended = offer_of("anbieter-a", "a-kurs-alt", "Deutschkurs");
    ended["schedule"] = serde_json::json!({"start": "2025-01-13", "end": "2025-06-30"});
    ended["updated"] = "2025-01-01".into();
    let mut current = offer_of("anbieter-a", "a-kurs-neu", "Deutschkurs");
    current["locations"][0]["city"] = "Kamen".into();
    current["locations"][0]["postcode"] = "59174".into();
    current["updated"] = "2025-01-01".into();
    let offers = [parse_offer(ended).unwrap(), parse_offer(current).unwrap()];
    accounts.directory.upsert(&offers, &Actor::System).unwrap();
    let a = sign_in(state(&accounts, false), "anbieter-a@example.org").await;
    let dashboard = a.get("/de/provider/").await;
    assert_eq!(dashboard.texts("tr[data-id] span.meta"), ["Unna · 13. Januar 2025 – 30. Juni 2025", "Kamen"]);
    let asked = dashboard.attrs("section.outdated form", "action");
    assert_eq!(asked, ["/de/provider/offers/a-kurs-neu/confirm"], "the ended offer is not asked about");
}
