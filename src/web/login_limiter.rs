//! Failed sign-ins per account and per address, with the check and the count in one step, and
//! memory that stays bounded whatever an attacker sends.

use std::collections::{HashMap, VecDeque};
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::auth::hash_secret;

/// Failed sign-ins allowed per account and per address within the window.
pub const MAX_FAILURES_PER_ACCOUNT: usize = 5;
pub const MAX_FAILURES_PER_ADDRESS: usize = 20;
const FAILURE_WINDOW: Duration = Duration::from_secs(15 * 60);
/// Accounts and addresses remembered at most; beyond it the longest quiet one is forgotten.
/// Each costs about 200 bytes, so the limiter never holds more than a few megabytes.
const MAX_TRACKED: usize = 20_000;

/// Counts sign-in attempts per account and per address, in memory: a restart forgets them,
/// which only ever helps a legitimate user. An attempt is counted as failed *before* the
/// password is checked, so parallel attempts cannot all pass the check; a success takes its
/// count back.
#[derive(Default)]
pub struct LoginLimiter {
    attempts: Mutex<HashMap<String, VecDeque<Instant>>>,
}

/// An attempt let through and already counted; `succeeded` takes it back.
#[must_use = "a successful sign-in must take its attempt back"]
pub struct Charged {
    account: String,
    address: String,
}

impl LoginLimiter {
    /// Lets one attempt through and counts it as failed, or refuses it when the account or the
    /// address has used up its attempts. A refused attempt is not remembered.
    pub fn charge(&self, email: &str, address: Option<IpAddr>) -> Option<Charged> {
        let charged = Charged { account: account_key(email), address: address_key(address) };
        let now = Instant::now();
        let mut attempts = self.attempts.lock().unwrap_or_else(|p| p.into_inner());
        let used = |key: &str, attempts: &mut HashMap<String, VecDeque<Instant>>| {
            attempts.get_mut(key).map_or(0, |times| {
                times.retain(|t| now.duration_since(*t) < FAILURE_WINDOW);
                times.len()
            })
        };
        if used(&charged.account, &mut attempts) >= MAX_FAILURES_PER_ACCOUNT
            || used(&charged.address, &mut attempts) >= MAX_FAILURES_PER_ADDRESS
        {
            return None;
        }
        for key in [&charged.account, &charged.address] {
            if !attempts.contains_key(key) && attempts.len() >= MAX_TRACKED {
                forget_one(&mut attempts, now);
            }
            attempts.entry(key.clone()).or_default().push_back(now);
        }
        Some(charged)
    }

    /// The password was right: the account starts afresh and the address gets its attempt back.
    pub fn succeeded(&self, charged: Charged) {
        let mut attempts = self.attempts.lock().unwrap_or_else(|p| p.into_inner());
        attempts.remove(&charged.account);
        if let Some(times) = attempts.get_mut(&charged.address) {
            times.pop_back();
        }
    }

    /// How many accounts and addresses are remembered.
    pub fn tracked(&self) -> usize {
        self.attempts.lock().unwrap_or_else(|p| p.into_inner()).len()
    }
}

/// Makes room: drops what has expired, or else the tenth whose last attempt is oldest, so
/// that a flood of new keys pays for a scan only once every many attempts.
fn forget_one(attempts: &mut HashMap<String, VecDeque<Instant>>, now: Instant) {
    attempts.retain(|_, times| times.back().is_some_and(|t| now.duration_since(*t) < FAILURE_WINDOW));
    if attempts.len() < MAX_TRACKED {
        return;
    }
    let mut by_age: Vec<(Option<Instant>, String)> =
        attempts.iter().map(|(key, times)| (times.back().copied(), key.clone())).collect();
    let cut = MAX_TRACKED / 10;
    by_age.select_nth_unstable(cut);
    for (_, key) in &by_age[..=cut] {
        attempts.remove(key);
    }
}

/// A fixed-size key, however long the e-mail typed: the limiter's memory does not grow with it.
fn account_key(email: &str) -> String {
    format!("account:{}", hash_secret(&email.trim().to_lowercase()))
}

fn address_key(address: Option<IpAddr>) -> String {
    address.map_or_else(|| "address:unknown".to_owned(), |a| format!("address:{a}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    const ADDRESS: Option<IpAddr> = Some(IpAddr::V4(std::net::Ipv4Addr::new(192, 0, 2, 1)));

    #[test]
    fn the_limiter_blocks_after_five_failures_per_account_and_forgets_on_success() {
        let limiter = LoginLimiter::default();
        for _ in 0..MAX_FAILURES_PER_ACCOUNT {
            assert!(limiter.charge("A@example.org", ADDRESS).is_some());
        }
        assert!(limiter.charge("a@example.org", ADDRESS).is_none());
        let other = limiter.charge("b@example.org", ADDRESS).expect("other accounts from the address still may");
        limiter.succeeded(other);
    }

    #[test]
    fn a_success_gives_the_account_its_attempts_back() {
        let limiter = LoginLimiter::default();
        for _ in 0..MAX_FAILURES_PER_ACCOUNT - 1 {
            let _failed = limiter.charge("a@example.org", ADDRESS);
        }
        limiter.succeeded(limiter.charge("a@example.org", ADDRESS).unwrap());
        for _ in 0..MAX_FAILURES_PER_ACCOUNT {
            assert!(limiter.charge("a@example.org", ADDRESS).is_some());
        }
    }

    #[test]
    fn one_address_cannot_try_many_accounts_without_end() {
        let limiter = LoginLimiter::default();
        for i in 0..MAX_FAILURES_PER_ADDRESS {
            assert!(limiter.charge(&format!("user{i}@example.org"), ADDRESS).is_some());
        }
        assert!(limiter.charge("fresh@example.org", ADDRESS).is_none());
    }

    #[test]
    fn blocked_attempts_and_long_emails_do_not_grow_memory() {
        let limiter = LoginLimiter::default();
        let huge = "x".repeat(900_000);
        for i in 0..MAX_FAILURES_PER_ADDRESS * 3 {
            let _ = limiter.charge(&format!("{i}{huge}"), ADDRESS);
        }
        assert_eq!(limiter.tracked(), MAX_FAILURES_PER_ADDRESS + 1, "one per charged account, one address");
        let bytes: usize = limiter.attempts.lock().unwrap().keys().map(String::len).sum();
        assert!(bytes < 100 * (MAX_FAILURES_PER_ADDRESS + 1), "keys are hashes, not the e-mails: {bytes}");
    }

    #[test]
    fn the_number_of_remembered_accounts_and_addresses_is_bounded() {
        let limiter = LoginLimiter::default();
        for i in 0..MAX_TRACKED as u32 + 50 {
            let address = Some(IpAddr::V4(std::net::Ipv4Addr::from(i)));
            let _ = limiter.charge(&format!("u{i}@example.org"), address);
        }
        assert!(limiter.tracked() <= MAX_TRACKED);
    }
}
