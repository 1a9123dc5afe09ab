use rusqlite::{OptionalExtension, Row, params};

use super::Store;
use crate::domain::{ProviderId, ProviderSummary, User};
use crate::{Error, Result};

fn user_from(row: &Row<'_>) -> rusqlite::Result<User> {
    let provider: Option<String> = row.get("provider_id")?;
    Ok(User {
        id: row.get("id")?,
        email: row.get("email")?,
        provider_id: provider.and_then(|p| p.parse().ok()),
        is_admin: row.get("is_admin")?,
        is_provider_admin: row.get("is_provider_admin")?,
    })
}

impl Store {
    /// Creates a provider, or renames it if it exists.
    pub fn add_provider(&self, id: &ProviderId, name: &str) -> Result<()> {
        self.conn().execute(
            "INSERT INTO providers (id, name) VALUES (?1, ?2) ON CONFLICT (id) DO UPDATE SET name = excluded.name",
            params![id.as_str(), name],
        )?;
        Ok(())
    }

    pub fn provider_exists(&self, id: &ProviderId) -> Result<bool> {
        let found: Option<i64> =
            self.conn().query_row("SELECT 1 FROM providers WHERE id = ?1", [id.as_str()], |r| r.get(0)).optional()?;
        Ok(found.is_some())
    }

    pub fn providers(&self) -> Result<Vec<ProviderSummary>> {
        let conn = self.conn();
        let mut statement = conn.prepare(
            "SELECT p.id, p.name,
                (SELECT count(*) FROM users u WHERE u.provider_id = p.id),
                (SELECT count(*) FROM offers o WHERE o.provider_id = p.id AND o.status = 'published')
             FROM providers p ORDER BY p.name",
        )?;
        let rows = statement.query_map([], |r| {
            Ok(ProviderSummary { id: r.get(0)?, name: r.get(1)?, users: r.get(2)?, offers: r.get(3)? })
        })?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Adds a user; the e-mail must be new and the provider must exist.
    pub fn add_user(
        &self,
        email: &str,
        provider: Option<&ProviderId>,
        is_admin: bool,
        password_hash: &str,
    ) -> Result<User> {
        if let Some(provider) = provider
            && !self.provider_exists(provider)?
        {
            return Err(Error::Refused(format!("no provider `{provider}`; add it first")));
        }
        let conn = self.conn();
        let inserted = conn.execute(
            "INSERT INTO users (email, provider_id, is_admin, password_hash) VALUES (?1, ?2, ?3, ?4)",
            params![email.trim(), provider.map(|p| p.as_str()), is_admin, password_hash],
        );
        match inserted {
            Err(rusqlite::Error::SqliteFailure(e, _)) if e.code == rusqlite::ErrorCode::ConstraintViolation => {
                return Err(Error::Refused(format!("a user with the e-mail `{email}` exists already")));
            }
            other => other?,
        };
        let id = conn.last_insert_rowid();
        Ok(User {
            id,
            email: email.trim().to_owned(),
            provider_id: provider.cloned(),
            is_admin,
            is_provider_admin: false,
        })
    }

    /// Makes a provider's account that provider's own admin, or not.
    pub fn set_provider_admin(&self, user_id: i64, is_provider_admin: bool) -> Result<()> {
        let conn = self.conn();
        conn.execute(
            "UPDATE users SET is_provider_admin = ?1 WHERE id = ?2 AND provider_id IS NOT NULL",
            params![is_provider_admin, user_id],
        )?;
        Ok(())
    }

    /// The user with this e-mail and the stored password hash.
    pub fn user_by_email(&self, email: &str) -> Result<Option<(User, String)>> {
        let conn = self.conn();
        let found = conn
            .query_row("SELECT *, password_hash FROM users WHERE email = ?1", [email.trim()], |row| {
                Ok((user_from(row)?, row.get::<_, String>("password_hash")?))
            })
            .optional()?;
        Ok(found)
    }

    pub fn users(&self) -> Result<Vec<User>> {
        let conn = self.conn();
        let mut statement = conn.prepare("SELECT * FROM users ORDER BY email")?;
        let rows = statement.query_map([], user_from)?;
        Ok(rows.collect::<Result<_, _>>()?)
    }

    /// Starts a session; only the hash of its secret is kept.
    pub fn create_session(&self, user_id: i64, secret_hash: &str, csrf: &str, expires: i64) -> Result<()> {
        let conn = self.conn();
        conn.execute("DELETE FROM sessions WHERE expires < ?1", [now()])?;
        conn.execute(
            "INSERT INTO sessions (secret_hash, user_id, csrf, expires) VALUES (?1, ?2, ?3, ?4)",
            params![secret_hash, user_id, csrf, expires],
        )?;
        Ok(())
    }

    /// The signed-in user and the session's CSRF token, if the session is alive.
    pub fn session(&self, secret_hash: &str) -> Result<Option<(User, String)>> {
        let conn = self.conn();
        let found = conn
            .query_row(
                "SELECT u.*, s.csrf FROM sessions s JOIN users u ON u.id = s.user_id
                 WHERE s.secret_hash = ?1 AND s.expires >= ?2",
                params![secret_hash, now()],
                |row| Ok((user_from(row)?, row.get::<_, String>("csrf")?)),
            )
            .optional()?;
        Ok(found)
    }

    /// Issues a one-time sign-in link for a user, replacing any the user has not used; its
    /// number goes into the link beside the secret.
    pub fn create_sign_in_link(&self, user_id: i64, secret_hash: &str, expires: i64) -> Result<i64> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        tx.execute("UPDATE sign_in_links SET used = 1 WHERE user_id = ?1 AND used = 0", [user_id])?;
        tx.execute(
            "INSERT INTO sign_in_links (user_id, secret_hash, expires) VALUES (?1, ?2, ?3)",
            params![user_id, secret_hash, expires],
        )?;
        let id = tx.last_insert_rowid();
        tx.commit()?;
        Ok(id)
    }

    /// An unused sign-in link that has not expired at `now`: its user and the secret's hash.
    pub fn sign_in_link(&self, id: i64, now: i64) -> Result<Option<(User, String)>> {
        let conn = self.conn();
        let found = conn
            .query_row(
                "SELECT u.*, l.secret_hash AS link_hash FROM sign_in_links l JOIN users u ON u.id = l.user_id
                 WHERE l.id = ?1 AND l.used = 0 AND l.expires >= ?2",
                params![id, now],
                |row| Ok((user_from(row)?, row.get::<_, String>("link_hash")?)),
            )
            .optional()?;
        Ok(found)
    }

    /// Uses a sign-in link to set its user's new password, ending the user's sessions; false
    /// when the link was used already.
    pub fn use_sign_in_link(&self, id: i64, password_hash: &str) -> Result<bool> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        if tx.execute("UPDATE sign_in_links SET used = 1 WHERE id = ?1 AND used = 0", [id])? == 0 {
            return Ok(false);
        }
        let user: i64 = tx.query_row("SELECT user_id FROM sign_in_links WHERE id = ?1", [id], |r| r.get(0))?;
        tx.execute("UPDATE users SET password_hash = ?1 WHERE id = ?2", params![password_hash, user])?;
        tx.execute("DELETE FROM sessions WHERE user_id = ?1", [user])?;
        tx.commit()?;
        Ok(true)
    }

    pub fn end_session(&self, secret_hash: &str) -> Result<()> {
        self.conn().execute("DELETE FROM sessions WHERE secret_hash = ?1", [secret_hash])?;
        Ok(())
    }

    /// Records a new API token for `provider`; only the hash of its secret is kept.
    pub fn create_token(&self, id: &str, provider: &ProviderId, label: Option<&str>, secret_hash: &str) -> Result<()> {
        if !self.provider_exists(provider)? {
            return Err(Error::Refused(format!("no provider `{provider}`; add it first")));
        }
        self.conn().execute(
            "INSERT INTO tokens (id, provider_id, label, secret_hash) VALUES (?1, ?2, ?3, ?4)",
            params![id, provider.as_str(), label, secret_hash],
        )?;
        Ok(())
    }

    /// The token id and provider of a live token.
    pub fn token(&self, secret_hash: &str) -> Result<Option<(String, ProviderId)>> {
        let conn = self.conn();
        let found: Option<(String, String)> = conn
            .query_row(
                "SELECT id, provider_id FROM tokens WHERE secret_hash = ?1 AND revoked IS NULL",
                [secret_hash],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()?;
        Ok(found.and_then(|(id, provider)| provider.parse().ok().map(|p| (id, p))))
    }

    /// Revokes a token; false when there is no live token with this id.
    pub fn revoke_token(&self, id: &str) -> Result<bool> {
        let changed = self.conn().execute(
            "UPDATE tokens SET revoked = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?1 AND revoked IS NULL",
            [id],
        )?;
        Ok(changed == 1)
    }
}

/// Seconds since 1970, the clock sessions expire by.
pub fn now() -> i64 {
    time::OffsetDateTime::now_utc().unix_timestamp()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn store_with_provider() -> (Store, ProviderId) {
        let store = Store::in_memory().unwrap();
        let provider: ProviderId = "vhs-unna".parse().unwrap();
        store.add_provider(&provider, "VHS Unna").unwrap();
        (store, provider)
    }

    #[test]
    fn users_belong_to_existing_providers_and_emails_are_unique() {
        let (store, provider) = store_with_provider();
        store.add_user("Anna@Example.org", Some(&provider), false, "hash").unwrap();
        assert!(store.add_user("anna@example.org", Some(&provider), false, "hash").is_err(), "case-insensitive");
        assert!(store.add_user("b@example.org", Some(&"nope".parse().unwrap()), false, "hash").is_err());
        let (user, hash) = store.user_by_email("ANNA@example.org").unwrap().unwrap();
        assert_eq!((user.provider_id, hash.as_str()), (Some(provider), "hash"));
    }

    #[test]
    fn a_sign_in_link_works_once_until_it_expires_and_a_new_one_replaces_it() {
        let (store, provider) = store_with_provider();
        let user = store.add_user("a@example.org", Some(&provider), false, "old").unwrap();
        store.create_session(user.id, "session", "csrf", now() + 60).unwrap();
        let first = store.create_sign_in_link(user.id, "hash-1", 1_000).unwrap();
        let second = store.create_sign_in_link(user.id, "hash-2", 1_000).unwrap();
        assert!(store.sign_in_link(first, 500).unwrap().is_none(), "replaced by the newer link");
        assert_eq!(
            store.sign_in_link(second, 500).unwrap().map(|(u, h)| (u.id, h)),
            Some((user.id, "hash-2".to_owned()))
        );
        assert!(store.sign_in_link(second, 1_001).unwrap().is_none(), "expired");
        assert!(store.use_sign_in_link(second, "new").unwrap());
        assert!(!store.use_sign_in_link(second, "again").unwrap(), "single use");
        assert_eq!(store.user_by_email("a@example.org").unwrap().unwrap().1, "new");
        assert!(store.session("session").unwrap().is_none(), "old sessions end with the old password");
    }

    #[test]
    fn sessions_expire_and_end() {
        let (store, provider) = store_with_provider();
        let user = store.add_user("a@example.org", Some(&provider), false, "hash").unwrap();
        store.create_session(user.id, "alive", "csrf", now() + 60).unwrap();
        store.create_session(user.id, "dead", "csrf", now() - 1).unwrap();
        assert!(store.session("alive").unwrap().is_some());
        assert!(store.session("dead").unwrap().is_none());
        store.end_session("alive").unwrap();
        assert!(store.session("alive").unwrap().is_none());
    }

    #[test]
    fn revoked_tokens_stop_working() {
        let (store, provider) = store_with_provider();
        store.create_token("t1", &provider, Some("Kursverwaltung"), "secret-hash").unwrap();
        assert_eq!(store.token("secret-hash").unwrap().unwrap().1, provider);
        assert!(store.revoke_token("t1").unwrap());
        assert!(!store.revoke_token("t1").unwrap());
        assert!(store.token("secret-hash").unwrap().is_none());
    }
}
