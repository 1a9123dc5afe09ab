//! Who is asking: API tokens, sessions in a cookie, and the client's address.

use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};

use super::AppState;
use crate::auth::hash_secret;
use crate::domain::{Actor, User};

/// `__Host-`: the browser takes it only over HTTPS, for the whole site and this host alone, so
/// no sibling subdomain can set or shadow it.
pub const SESSION_COOKIE: &str = "__Host-wegweiser_session";
/// A session lasts a working day; signing in again renews it.
pub const SESSION_SECONDS: i64 = 12 * 60 * 60;

/// The client's address: the peer's, or when the peer is a trusted reverse proxy, the last
/// address in `X-Forwarded-For` that is not one of ours (the one our proxy saw). Tests in
/// process have no peer.
pub struct ClientAddress(pub Option<IpAddr>);

impl FromRequestParts<AppState> for ClientAddress {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let peer = parts.extensions.get::<ConnectInfo<SocketAddr>>().map(|ConnectInfo(addr)| addr.ip());
        Ok(ClientAddress(client_address(peer, &parts.headers, &state.trusted_proxies)))
    }
}

fn client_address(peer: Option<IpAddr>, headers: &HeaderMap, trusted: &[IpAddr]) -> Option<IpAddr> {
    let peer = peer?;
    if !trusted.contains(&peer) {
        return Some(peer);
    }
    let forwarded: Vec<&str> = headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .collect();
    // Only the right end is written by our proxies; anything left of it the client could forge.
    for hop in forwarded.iter().rev() {
        match hop.parse::<IpAddr>() {
            Ok(address) if trusted.contains(&address) => continue,
            Ok(address) => return Some(address),
            Err(_) => break,
        }
    }
    Some(peer)
}

/// The bearer token's actor, looked up off the async threads; `None` when the header is
/// missing, `Anonymous` when the token is wrong.
pub async fn token_actor(state: &AppState, headers: &HeaderMap) -> Result<Option<Actor>, crate::Error> {
    let Some(value) = headers.get(header::AUTHORIZATION) else { return Ok(None) };
    let token = value.to_str().ok().and_then(|v| v.strip_prefix("Bearer ")).map(str::trim).unwrap_or_default();
    let (directory, secret_hash) = (state.directory.clone(), hash_secret(token));
    let found = tokio::task::spawn_blocking(move || directory.token(&secret_hash)).await??;
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
    let found = state.directory.session(&hash_secret(&secret))?;
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

    fn forwarded(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert("x-forwarded-for", value.parse().unwrap());
        headers
    }

    #[test]
    fn the_client_behind_a_trusted_proxy_is_the_address_the_proxy_saw() {
        let proxy: IpAddr = "10.0.0.2".parse().unwrap();
        let client: IpAddr = "198.51.100.7".parse().unwrap();
        let headers = forwarded("203.0.113.9, 198.51.100.7");
        assert_eq!(client_address(Some(proxy), &headers, &[proxy]), Some(client), "the forged left part is ignored");
        assert_eq!(client_address(Some(proxy), &headers, &[]), Some(proxy), "untrusted peers are taken as they are");
        let direct: IpAddr = "192.0.2.50".parse().unwrap();
        assert_eq!(client_address(Some(direct), &headers, &[proxy]), Some(direct), "no header from a stranger counts");
        assert_eq!(client_address(Some(proxy), &HeaderMap::new(), &[proxy]), Some(proxy));
    }
}
