//! Providers, users, sessions and tokens: store writes that change no offer, so nothing is
//! indexed after them.

use super::Directory;
use crate::Result;
use crate::domain::{ProviderId, User};

impl Directory {
    /// Creates a provider, or renames it if it exists.
    pub fn add_provider(&self, id: &ProviderId, name: &str) -> Result<()> {
        self.store.add_provider(id, name)
    }

    /// Adds a user with a password hash, of a provider or an admin.
    pub fn add_user(&self, email: &str, provider: Option<&ProviderId>, is_admin: bool, hash: &str) -> Result<User> {
        self.store.add_user(email, provider, is_admin, hash)
    }

    /// Makes a provider's account that provider's own admin, or not.
    pub fn set_provider_admin(&self, user_id: i64, is_provider_admin: bool) -> Result<()> {
        self.store.set_provider_admin(user_id, is_provider_admin)
    }

    /// A user and their password hash.
    pub fn user_by_email(&self, email: &str) -> Result<Option<(User, String)>> {
        self.store.user_by_email(email)
    }

    pub fn users(&self) -> Result<Vec<User>> {
        self.store.users()
    }

    /// Issues a one-time sign-in link; only the Argon2 hash of its secret is kept.
    pub fn create_sign_in_link(&self, user_id: i64, secret_hash: &str, expires: i64) -> Result<i64> {
        self.store.create_sign_in_link(user_id, secret_hash, expires)
    }

    /// A sign-in link that is unused and alive at `now`, with its user and secret hash.
    pub fn sign_in_link(&self, id: i64, now: i64) -> Result<Option<(User, String)>> {
        self.store.sign_in_link(id, now)
    }

    /// Sets a new password through a sign-in link, once.
    pub fn use_sign_in_link(&self, id: i64, password_hash: &str) -> Result<bool> {
        self.store.use_sign_in_link(id, password_hash)
    }

    pub fn create_session(&self, user_id: i64, secret_hash: &str, csrf: &str, expires: i64) -> Result<()> {
        self.store.create_session(user_id, secret_hash, csrf, expires)
    }

    /// The user of an unexpired session and its CSRF token.
    pub fn session(&self, secret_hash: &str) -> Result<Option<(User, String)>> {
        self.store.session(secret_hash)
    }

    pub fn end_session(&self, secret_hash: &str) -> Result<()> {
        self.store.end_session(secret_hash)
    }

    pub fn create_token(&self, id: &str, provider: &ProviderId, label: Option<&str>, secret_hash: &str) -> Result<()> {
        self.store.create_token(id, provider, label, secret_hash)
    }

    /// The id and provider of an unrevoked API token.
    pub fn token(&self, secret_hash: &str) -> Result<Option<(String, ProviderId)>> {
        self.store.token(secret_hash)
    }

    /// Folds the store's write-ahead log into its file; done when a server stops.
    pub fn checkpoint(&self) -> Result<()> {
        self.store.checkpoint()
    }
}
