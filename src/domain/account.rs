use std::fmt;

use serde::Serialize;

use super::ProviderId;

/// A person who signs in: a provider's staff member, or a district admin.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct User {
    pub id: i64,
    pub email: String,
    pub provider_id: Option<ProviderId>,
    pub is_admin: bool,
    /// A provider's own admin adds colleagues: accounts of the same provider.
    pub is_provider_admin: bool,
}

/// Who does something: recorded in the history and checked before every read and write.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Actor {
    /// Nobody signed in.
    Anonymous,
    /// A signed-in person.
    User(User),
    /// A provider's own system with an API token.
    Token { id: String, provider_id: ProviderId },
    /// The command line: imports, seeds and admin commands.
    System,
}

impl Actor {
    pub fn is_admin(&self) -> bool {
        matches!(self, Actor::User(user) if user.is_admin) || *self == Actor::System
    }

    /// The provider this actor acts for, if it is bound to one.
    pub fn provider(&self) -> Option<&ProviderId> {
        match self {
            Actor::User(user) => user.provider_id.as_ref(),
            Actor::Token { provider_id, .. } => Some(provider_id),
            Actor::Anonymous | Actor::System => None,
        }
    }

    /// May this actor see and change offers of `provider`, drafts and history included?
    pub fn may_manage(&self, provider: &ProviderId) -> bool {
        self.is_admin() || self.provider() == Some(provider)
    }
}

/// How the history names an actor.
impl fmt::Display for Actor {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Actor::Anonymous => f.write_str("anonymous"),
            Actor::User(user) => write!(f, "{}", user.email),
            Actor::Token { id, provider_id } => write!(f, "token {id} ({provider_id})"),
            Actor::System => f.write_str("system"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn user(provider: Option<&str>, is_admin: bool) -> Actor {
        let provider_id = provider.map(|p| p.parse().unwrap());
        Actor::User(User { id: 1, email: "a@example.org".into(), provider_id, is_admin, is_provider_admin: false })
    }

    #[test]
    fn providers_manage_only_their_own_offers_and_admins_all() {
        let a: ProviderId = "anbieter-a".parse().unwrap();
        let b: ProviderId = "anbieter-b".parse().unwrap();
        assert!(user(Some("anbieter-a"), false).may_manage(&a));
        assert!(!user(Some("anbieter-a"), false).may_manage(&b));
        assert!(user(None, true).may_manage(&b));
        assert!(!Actor::Anonymous.may_manage(&a));
        assert!(!Actor::Token { id: "t".into(), provider_id: a.clone() }.may_manage(&b));
    }
}
