//! Sign-in under attack: parallel guesses, floods from one address, a reverse proxy in front,
//! and posts from other sites.

use std::net::SocketAddr;

use axum::body::Body;
use axum::extract::ConnectInfo;
use axum::http::{Request, StatusCode};
use wegweiser::AppState;

use crate::helpers::{PASSWORD, accounts, enc, send};

const SITE: &str = "https://wegweiser.example";

fn login(email: &str, password: &str, origin: Option<&str>) -> Request<Body> {
    let mut request = Request::post("/de/provider/login").header("content-type", "application/x-www-form-urlencoded");
    if let Some(origin) = origin {
        request = request.header("origin", origin).header("host", origin.trim_start_matches("https://"));
    }
    request.body(Body::from(format!("email={}&password={}", enc(email), enc(password)))).unwrap()
}

/// A sign-in that reached the server through a proxy at `peer`, for the client `forwarded_for`.
fn via(peer: &str, forwarded_for: &str, email: &str, password: &str) -> Request<Body> {
    let mut request = login(email, password, Some(SITE));
    request.extensions_mut().insert(ConnectInfo(format!("{peer}:443").parse::<SocketAddr>().unwrap()));
    request.headers_mut().insert("x-forwarded-for", forwarded_for.parse().unwrap());
    request
}

async fn statuses(state: &AppState, requests: Vec<Request<Body>>) -> (usize, usize) {
    let tasks: Vec<_> = requests.into_iter().map(|r| tokio::spawn(send(state.clone(), r))).collect();
    let (mut checked, mut blocked) = (0, 0);
    for task in tasks {
        match task.await.unwrap().status {
            StatusCode::UNAUTHORIZED => checked += 1,
            StatusCode::TOO_MANY_REQUESTS => blocked += 1,
            other => panic!("unexpected {other}"),
        }
    }
    (checked, blocked)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn parallel_wrong_passwords_for_one_account_are_checked_only_five_times() {
    let accounts = accounts();
    let state = AppState::new(accounts.directory.clone(), false).with_base_url(SITE.parse().unwrap());
    let requests = (0..40).map(|i| login("anbieter-a@example.org", &format!("falsch {i}"), Some(SITE))).collect();
    assert_eq!(statuses(&state, requests).await, (5, 35));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn parallel_guesses_from_one_address_are_checked_only_twenty_times() {
    let accounts = accounts();
    let state = AppState::new(accounts.directory.clone(), false).with_base_url(SITE.parse().unwrap());
    let requests = (0..60).map(|i| login(&format!("user{i}@example.org"), "falsch", Some(SITE))).collect();
    assert_eq!(statuses(&state, requests).await, (20, 40));
}

#[tokio::test]
async fn behind_a_trusted_proxy_one_attacker_does_not_lock_out_everyone() {
    let accounts = accounts();
    let proxy = "10.0.0.2";
    let trusting = AppState::new(accounts.directory.clone(), false)
        .with_base_url(SITE.parse().unwrap())
        .with_trusted_proxies(vec![proxy.parse().unwrap()]);
    for i in 0..25 {
        send(trusting.clone(), via(proxy, "203.0.113.66", &format!("x{i}@example.org"), "falsch")).await;
    }
    let attacker = send(trusting.clone(), via(proxy, "203.0.113.66", "anbieter-a@example.org", PASSWORD)).await;
    assert_eq!(attacker.status, StatusCode::TOO_MANY_REQUESTS);
    let forged = send(trusting.clone(), via(proxy, "198.51.100.1, 203.0.113.66", "y@example.org", "falsch")).await;
    assert_eq!(forged.status, StatusCode::TOO_MANY_REQUESTS, "a forged left part does not help");
    let provider = send(trusting, via(proxy, "198.51.100.7", "anbieter-a@example.org", PASSWORD)).await;
    assert_eq!(provider.status, StatusCode::SEE_OTHER, "another client behind the proxy still signs in");
}

#[tokio::test]
async fn a_sign_in_must_come_from_the_configured_site() {
    let accounts = accounts();
    let state = AppState::new(accounts.directory.clone(), false).with_base_url(SITE.parse().unwrap());
    let user = "anbieter-a@example.org";
    let without_origin = send(state.clone(), login(user, PASSWORD, None)).await;
    assert_eq!(without_origin.status, StatusCode::FORBIDDEN, "a login CSRF needs no token otherwise");
    let other_host = send(state.clone(), login(user, PASSWORD, Some("https://evil.example"))).await;
    assert_eq!(other_host.status, StatusCode::FORBIDDEN, "Origin matching the Host header is not enough");
    let ours = send(state, login(user, PASSWORD, Some(SITE))).await;
    assert_eq!(ours.status, StatusCode::SEE_OTHER);
}
