//! Secrets: password hashing with Argon2id, and random session ids and API tokens that are
//! stored only as hashes.
//! May import: nothing.

use argon2::Argon2;
use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use blake2::{Blake2s256, Digest};

use crate::{Error, Result};

/// Shorter passwords are refused when an account is made.
pub const MIN_PASSWORD_CHARS: usize = 10;

pub fn hash_password(password: &str) -> Result<String> {
    Argon2::default()
        .hash_password(password.as_bytes())
        .map(|hash| hash.to_string())
        .map_err(|e| Error::System(format!("password hashing failed: {e}")))
}

/// Constant work whether or not the hash is valid, so a wrong password and an unknown account
/// take the same time.
pub fn verify_password(password: &str, stored: &str) -> bool {
    match PasswordHash::new(stored) {
        Ok(hash) => Argon2::default().verify_password(password.as_bytes(), &hash).is_ok(),
        Err(_) => false,
    }
}

/// Hash work for an unknown e-mail, so it answers as slowly as a wrong password.
pub fn waste_password_check(password: &str) {
    let _ = Argon2::default().hash_password(password.as_bytes());
}

/// 32 random bytes, URL-safe: session ids, CSRF tokens, API tokens.
pub fn new_secret() -> Result<String> {
    let mut bytes = [0u8; 32];
    getrandom::fill(&mut bytes).map_err(|e| Error::System(format!("no randomness: {e}")))?;
    Ok(URL_SAFE_NO_PAD.encode(bytes))
}

/// What the store keeps of a secret: enough to recognise it, useless to a thief.
pub fn hash_secret(secret: &str) -> String {
    URL_SAFE_NO_PAD.encode(Blake2s256::digest(secret.as_bytes()))
}

/// Compares two strings in time that does not depend on where they differ.
pub fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.bytes().zip(b.bytes()).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_verifies_only_against_its_own_hash() {
        let hash = hash_password("korrekt pferd batterie").unwrap();
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password("korrekt pferd batterie", &hash));
        assert!(!verify_password("falsch", &hash));
        assert!(!verify_password("korrekt pferd batterie", "not a hash"));
    }

    #[test]
    fn secrets_are_random_and_stored_hashed() {
        let (a, b) = (new_secret().unwrap(), new_secret().unwrap());
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
        assert_ne!(hash_secret(&a), a);
        assert_eq!(hash_secret(&a), hash_secret(&a));
        assert!(same_secret(&a, &a.clone()) && !same_secret(&a, &b));
    }
}
