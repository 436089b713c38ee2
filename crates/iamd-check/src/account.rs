//! The account's principals with their compiled policies, for analyses outside this crate
//! (who can do what, privilege-escalation paths), gathered exactly as the lockout analyzer and
//! the authorizer gather them (see `snapshot.rs`).

use iamd_core::entities::{Role, User};
use iamd_core::error::CoreError;
use iamd_core::service::Iam;
use iamd_core::store::Store;
use iamd_policy::{PolicySet, Principal};

use crate::snapshot::Snapshot;

/// The users and roles of an account, and a way to compile each one's policies.
pub struct AccountPolicies {
    snapshot: Snapshot,
    users: Vec<User>,
    roles: Vec<Role>,
}

impl std::fmt::Debug for AccountPolicies {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AccountPolicies")
            .field("account", &self.snapshot.account)
            .field("users", &self.users.len())
            .field("roles", &self.roles.len())
            .finish_non_exhaustive()
    }
}

/// A principal's policies as the engine evaluates them.
#[derive(Debug)]
pub struct Compiled {
    /// The principal the policies are evaluated for.
    pub principal: Principal,
    /// Its identity policies (for a user, its groups' too, and the account's
    /// `AllowUsersToChangePassword` grant).
    pub identity: PolicySet,
    /// Its permissions boundary.
    pub boundary: Option<PolicySet>,
}

impl AccountPolicies {
    /// Read the account with one listing per record kind.
    ///
    /// # Errors
    /// When the store cannot be read or a record does not decode.
    pub async fn load<S: Store>(iam: &Iam<S>) -> Result<AccountPolicies, CoreError> {
        let snapshot = Snapshot::load(iam).await?;
        let users = snapshot.users.clone();
        let roles = snapshot.roles.clone();
        Ok(AccountPolicies {
            snapshot,
            users,
            roles,
        })
    }

    /// The account's id.
    pub fn account(&self) -> &str {
        &self.snapshot.account
    }

    /// Every user, in key order.
    pub fn users(&self) -> &[User] {
        &self.users
    }

    /// Every role, in key order.
    pub fn roles(&self) -> &[Role] {
        &self.roles
    }

    /// Whether the user has an MFA device.
    pub fn has_mfa(&self, user: &User) -> bool {
        self.snapshot.with_mfa.contains(&user.id)
    }

    /// A user's policies, as the authorizer gathers them for the user's own requests.
    ///
    /// # Errors
    /// When a stored policy no longer parses or a boundary no longer exists.
    pub fn user(&mut self, user: &User) -> Result<Compiled, CoreError> {
        let (principal, identity, boundary) = self.snapshot.user_subject(user)?.into_sets();
        Ok(Compiled {
            principal,
            identity,
            boundary,
        })
    }

    /// A role's policies and boundary, for `principal` (a session of the role).
    ///
    /// # Errors
    /// When a stored policy no longer parses or a boundary no longer exists.
    pub fn role(&mut self, role: &Role, principal: Principal) -> Result<Compiled, CoreError> {
        let (principal, identity, boundary) =
            self.snapshot.role_subject(role, principal)?.into_sets();
        Ok(Compiled {
            principal,
            identity,
            boundary,
        })
    }

    /// The groups (id, name) of a user, in name order.
    pub fn groups_of(&self, user: &User) -> Vec<(String, String)> {
        self.snapshot.groups_of(&user.id)
    }
}
