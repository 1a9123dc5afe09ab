//! Errors in the provider area by kind: a mistake the admin can correct is said in words, a
//! missing thing is a 404, and a broken store is a 500 that shows nothing of the store.

use std::sync::Arc;

use axum::body::Body;
use axum::http::{Request, StatusCode};
use wegweiser::AppState;
use wegweiser::directory::Directory;
use wegweiser::domain::{Actor, Proposal, parse_offer};

use crate::helpers::{PASSWORD, Response, enc, offer_of, send};

const SITE: &str = "https://wegweiser.example";

struct Admin {
    state: AppState,
    cookie: String,
    csrf: String,
}

impl Admin {
    async fn sign_in(directory: Arc<Directory>) -> Admin {
        let hash = wegweiser::auth::hash_password(PASSWORD).unwrap();
        directory.add_user("admin@example.org", None, true, &hash).unwrap();
        let state = AppState::new(directory, true).with_base_url(SITE.parse().unwrap());
        let body = format!("email={}&password={}", enc("admin@example.org"), enc(PASSWORD));
        let login = Request::post("/de/provider/login")
            .header("content-type", "application/x-www-form-urlencoded")
            .header("origin", SITE);
        let response = send(state.clone(), login.body(Body::from(body)).unwrap()).await;
        let cookie = response.headers["set-cookie"].to_str().unwrap().split(';').next().unwrap().to_owned();
        let mut admin = Admin { state, cookie, csrf: String::new() };
        let page = send(admin.state.clone(), admin.request("GET", "/de/provider/").body(Body::empty()).unwrap()).await;
        admin.csrf = page.attrs("input[name=csrf]", "value").remove(0);
        admin
    }

    fn request(&self, method: &str, uri: &str) -> axum::http::request::Builder {
        Request::builder().method(method).uri(uri).header("cookie", &self.cookie).header("origin", SITE)
    }

    async fn post(&self, uri: &str, fields: &[(&str, &str)]) -> Response {
        let mut form = url::form_urlencoded::Serializer::new(String::new());
        form.append_pair("csrf", &self.csrf).extend_pairs(fields);
        let request = self.request("POST", uri).header("content-type", "application/x-www-form-urlencoded");
        send(self.state.clone(), request.body(Body::from(form.finish())).unwrap()).await
    }
}

#[tokio::test]
async fn a_taken_e_mail_is_said_in_words_without_store_internals() {
    let admin = Admin::sign_in(Arc::new(Directory::in_memory().unwrap())).await;
    let fields = [("email", "admin@example.org"), ("password", "noch ein langes Passwort"), ("admin", "yes")];
    let response = admin.post("/de/provider/accounts/users", &fields).await;
    assert_eq!(response.status, StatusCode::UNPROCESSABLE_ENTITY);
    assert!(response.body.contains("exists already"), "{}", response.body);
    assert!(!response.body.contains("UNIQUE"), "no SQL in the page");
}

#[tokio::test]
async fn a_decided_change_is_missing_but_a_broken_store_is_an_error_not_a_404() {
    let dir = tempfile::tempdir().unwrap();
    let directory = Arc::new(Directory::open(&dir.path().join("data"), &dir.path().join("index")).unwrap());
    let offer = parse_offer(offer_of("anbieter-a", "a-kurs", "Kurs")).unwrap();
    directory.upsert(std::slice::from_ref(&offer), &Actor::System).unwrap();
    directory.propose("a-kurs", "anbieter-a", &Proposal::Withdraw, &Actor::System).unwrap();
    let admin = Admin::sign_in(directory.clone()).await;
    let missing = admin.post("/de/provider/moderation/999", &[("decision", "approve")]).await;
    assert_eq!(missing.status, StatusCode::NOT_FOUND);

    let other = rusqlite::Connection::open(dir.path().join("data/wegweiser.sqlite")).unwrap();
    other.execute_batch("DROP TABLE pending").unwrap();
    let broken = admin.post("/de/provider/moderation/1", &[("decision", "approve")]).await;
    assert_eq!(broken.status, StatusCode::INTERNAL_SERVER_ERROR);
    assert!(!broken.body.contains("pending"), "no store internals: {}", broken.body);
}
