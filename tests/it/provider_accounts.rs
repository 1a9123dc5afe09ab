//! Accounts in the provider area: an admin issues a one-time sign-in link to reset a password,
//! and a provider's own admin adds colleagues who then sign in.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use wegweiser::AppState;

use crate::helpers::{PASSWORD, accounts, send};
use crate::provider_pages::{SITE, login_response, sign_in, state};

/// The link the admin is shown for the account of provider A, as a path on the site.
async fn issued_link(accounts: &crate::helpers::Accounts) -> String {
    let admin = sign_in(state(accounts, false), "admin@example.org").await;
    let page = admin.get("/de/provider/accounts").await;
    let actions = page.attrs("form[action$='/sign-in-link']", "action");
    let users = page.texts(".users li span[dir=ltr]");
    let index = users.iter().position(|u| u == "anbieter-a@example.org").unwrap();
    let issued = admin.post(&actions[index], &[]).await;
    assert_eq!(issued.status, StatusCode::OK);
    let notice = issued.texts("p.notice").remove(0);
    assert!(notice.contains("anbieter-a@example.org"), "{notice}");
    let url = notice.split_whitespace().find(|w| w.starts_with(SITE)).unwrap().to_owned();
    url.trim_start_matches(SITE).to_owned()
}

async fn post_password(state: &AppState, path: &str, password: &str) -> crate::helpers::Response {
    let body = format!("password={}", crate::helpers::enc(password));
    let request =
        Request::post(path).header("content-type", "application/x-www-form-urlencoded").header("origin", SITE);
    send(state.clone(), request.body(Body::from(body)).unwrap()).await
}

async fn get(state: &AppState, path: &str) -> crate::helpers::Response {
    send(state.clone(), Request::get(path).body(Body::empty()).unwrap()).await
}

#[tokio::test]
async fn an_admins_one_time_link_sets_a_new_password_once() {
    let accounts = accounts();
    let path = issued_link(&accounts).await;
    assert!(path.starts_with("/de/provider/reset/"), "{path}");
    let anonymous = state(&accounts, false);
    let form = get(&anonymous, &path).await;
    assert_eq!(form.status, StatusCode::OK);
    assert_eq!(form.attrs("input[name=email]", "value"), ["anbieter-a@example.org"]);
    assert_eq!(post_password(&anonymous, &path, "kurz").await.status, StatusCode::UNPROCESSABLE_ENTITY);
    let set = post_password(&anonymous, &path, "ein ganz neues Passwort").await;
    assert_eq!(set.status, StatusCode::OK);
    assert_eq!(set.texts("p.notice"), ["Ihr neues Passwort ist gespeichert. Sie können sich jetzt anmelden."]);
    assert_eq!(
        login_response(&anonymous, "anbieter-a@example.org", "ein ganz neues Passwort").await.status,
        StatusCode::SEE_OTHER
    );
    assert_ne!(login_response(&anonymous, "anbieter-a@example.org", PASSWORD).await.status, StatusCode::SEE_OTHER);
    assert_eq!(get(&anonymous, &path).await.status, StatusCode::GONE, "used up");
    assert_eq!(post_password(&anonymous, &path, "noch ein Passwort hier").await.status, StatusCode::GONE);
}

#[tokio::test]
async fn a_link_expires_after_a_day_and_a_wrong_secret_opens_nothing() {
    let accounts = accounts();
    let path = issued_link(&accounts).await;
    let (number, _) = path.trim_start_matches("/de/provider/reset/").split_once('.').unwrap();
    let forged = get(&state(&accounts, false), &format!("/de/provider/reset/{number}.wrong-secret")).await;
    assert_eq!(forged.status, StatusCode::GONE);
    assert_eq!(get(&state(&accounts, false), "/de/provider/reset/not-a-link").await.status, StatusCode::GONE);
    let tomorrow = crate::helpers::today().date().next_day().unwrap().next_day().unwrap();
    let later = state(&accounts, false)
        .with_clock(wegweiser::domain::Clock::Fixed(wegweiser::domain::Day::from_date(tomorrow)));
    assert_eq!(get(&later, &path).await.status, StatusCode::GONE, "expired");
}

#[tokio::test]
async fn only_admins_issue_links() {
    let accounts = accounts();
    let a = sign_in(state(&accounts, false), "anbieter-a@example.org").await;
    assert_eq!(a.post("/de/provider/accounts/users/1/sign-in-link", &[]).await.status, StatusCode::FORBIDDEN);
}

#[tokio::test]
async fn a_providers_own_admin_adds_colleagues_who_then_sign_in() {
    let accounts = accounts();
    crate::provider_pages::seed(&accounts, "anbieter-a", "a-kurs", "Kurs von A");
    let admin = sign_in(state(&accounts, false), "admin@example.org").await;
    let fields = [
        ("email", "leitung@anbieter-a.example"),
        ("provider", "anbieter-a"),
        ("password", PASSWORD),
        ("provider_admin", "yes"),
    ];
    assert_eq!(admin.post("/de/provider/accounts/users", &fields).await.status, StatusCode::OK);
    let lead = sign_in(state(&accounts, false), "leitung@anbieter-a.example").await;
    let dashboard = lead.get("/de/provider/").await;
    assert!(dashboard.attrs("nav.provider-nav a", "href").contains(&"/de/provider/colleagues".to_owned()));
    let added = lead
        .post(
            "/de/provider/colleagues",
            &[("email", "kollegin@anbieter-a.example"), ("password", "ein Passwort für sie")],
        )
        .await;
    assert_eq!(added.status, StatusCode::OK);
    assert!(added.texts(".users li span").contains(&"kollegin@anbieter-a.example".to_owned()));
    assert!(!added.texts(".users li span").contains(&"anbieter-b@example.org".to_owned()), "only this provider's");
    let colleague = state(&accounts, false);
    let signed_in = login_response(&colleague, "kollegin@anbieter-a.example", "ein Passwort für sie").await;
    assert_eq!(signed_in.status, StatusCode::SEE_OTHER);
    let (user, _) = accounts.directory.user_by_email("kollegin@anbieter-a.example").unwrap().unwrap();
    assert_eq!(user.provider_id.map(|p| p.to_string()), Some("anbieter-a".to_owned()));
    assert!(!user.is_provider_admin && !user.is_admin, "a colleague, nothing more");
    let plain = sign_in(state(&accounts, false), "anbieter-a@example.org").await;
    assert_eq!(plain.get("/de/provider/colleagues").await.status, StatusCode::FORBIDDEN);
    let refused = plain.post("/de/provider/colleagues", &[("email", "x@example.org"), ("password", PASSWORD)]).await;
    assert_eq!(refused.status, StatusCode::FORBIDDEN);
    assert!(accounts.directory.user_by_email("x@example.org").unwrap().is_none());
}
