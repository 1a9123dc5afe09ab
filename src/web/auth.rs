//! Who is asking: API tokens, sessions in a cookie, CSRF tokens, and login rate limits.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};

use super::AppState;
use crate::auth::hash_secret;
use crate::domain::{Actor, User};

pub const SESSION_COOKIE: &str = "wegweiser_session";
/// A session lasts a working day; signing in again renews it.
pub const SESSION_SECONDS: i64 = 12 * 60 * 60;

/// Failed sign-ins allowed per account and per address within the window.
const MAX_FAILURES_PER_ACCOUNT: usize = 5;
const MAX_FAILURES_PER_ADDRESS: usize = 20;
const FAILURE_WINDOW: Duration = Duration::from_secs(15 * 60);

/// Counts failed sign-ins per account and per address, in memory: a restart forgets them,
/// which only ever helps a legitimate user.
#[derive(Default)]
pub struct LoginLimiter {
    failures: Mutex<HashMap<String, Vec<Instant>>>,
}

impl LoginLimiter {
    fn keys(email: &str, address: Option<IpAddr>) -> [(String, usize); 2] {
        let address = address.map_or_else(|| "unknown".to_owned(), |a| a.to_string());
        [
            (format!("account:{}", email.trim().to_lowercase()), MAX_FAILURES_PER_ACCOUNT),
            (format!("address:{address}"), MAX_FAILURES_PER_ADDRESS),
        ]
    }

    /// Whether another attempt is allowed now.
    pub fn allows(&self, email: &str, address: Option<IpAddr>) -> bool {
        let mut failures = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        Self::keys(email, address).iter().all(|(key, limit)| {
            let times = failures.entry(key.clone()).or_default();
            times.retain(|t| t.elapsed() < FAILURE_WINDOW);
            times.len() < *limit
        })
    }

    pub fn failed(&self, email: &str, address: Option<IpAddr>) {
        let mut failures = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        for (key, _) in Self::keys(email, address) {
            failures.entry(key).or_default().push(Instant::now());
        }
    }

    pub fn succeeded(&self, email: &str) {
        let mut failures = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        failures.remove(&format!("account:{}", email.trim().to_lowercase()));
    }
}

/// The client's address, when the server was started with connection info (tests in process
/// have none).
pub struct ClientAddress(pub Option<IpAddr>);

impl<S: Send + Sync> FromRequestParts<S> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(ClientAddress(parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|ConnectInfo(addr)| addr.ip())))
    }
}

/// The bearer token's actor; `None` when the header is missing, an error when it is wrong.
pub fn token_actor(state: &AppState, headers: &HeaderMap) -> Result<Option<Actor>, crate::Error> {
    let Some(value) = headers.get(header::AUTHORIZATION) else { return Ok(None) };
    let token = value.to_str().ok().and_then(|v| v.strip_prefix("Bearer ")).map(str::trim).unwrap_or_default();
    let found = state.directory.store.token(&hash_secret(token))?;
    Ok(Some(found.map_or(Actor::Anonymous, |(id, provider_id)| Actor::Token { id, provider_id })))
}

/// The signed-in user and the session's CSRF token.
pub struct Session {
    pub user: User,
    pub csrf: String,
    pub secret: String,
}

pub fn session(state: &AppState, headers: &HeaderMap) -> Result<Option<Session>, crate::Error> {
    let Some(secret) = cookie(headers, SESSION_COOKIE) else { return Ok(None) };
    let found = state.directory.store.session(&hash_secret(&secret))?;
    Ok(found.map(|(user, csrf)| Session { user, csrf, secret }))
}

fn cookie(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value.to_owned())
}

/// The session cookie: Secure, HttpOnly, SameSite=Strict; empty with Max-Age=0 ends it.
pub fn session_cookie(secret: &str, max_age: i64) -> String {
    format!("{SESSION_COOKIE}={secret}; Path=/; Max-Age={max_age}; HttpOnly; Secure; SameSite=Strict")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_limiter_blocks_after_five_failures_per_account_and_forgets_on_success() {
        let limiter = LoginLimiter::default();
        let address = Some("192.0.2.1".parse().unwrap());
        for _ in 0..MAX_FAILURES_PER_ACCOUNT {
            assert!(limiter.allows("a@example.org", address));
            limiter.failed("A@example.org", address);
        }
        assert!(!limiter.allows("a@example.org", address));
        assert!(limiter.allows("b@example.org", address), "other accounts from the address still may");
        limiter.succeeded("a@example.org");
        assert!(limiter.allows("a@example.org", address));
    }

    #[test]
    fn one_address_cannot_try_many_accounts_without_end() {
        let limiter = LoginLimiter::default();
        let address = Some("192.0.2.2".parse().unwrap());
        for i in 0..MAX_FAILURES_PER_ADDRESS {
            limiter.failed(&format!("user{i}@example.org"), address);
        }
        assert!(!limiter.allows("fresh@example.org", address));
    }
}
