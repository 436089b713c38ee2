//! The service: one account's state behind a [`Store`], who is calling, and whether they may.
//!
//! Authentication resolves a SigV4-signed request to a [`Caller`]; authorization evaluates the
//! caller's policy set (compiled once per principal and cached until anything in the account
//! changes) with the request context AWS would build. Operations live in `ops/`.

use std::collections::HashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};

use iamd_policy::{PolicySet, Principal, PrincipalKind, RequestContext};
use iamd_sigv4::{RequestParts, SecretKey};
use subtle::ConstantTimeEq;
use time::OffsetDateTime;

use crate::authz::{self, ContextFacts};
use crate::clock::Clock;
pub use crate::codec::{decode, managed_type, record};
use crate::entities::{AccessKey, Account, KeyStatus, ROOT_OWNER, User, name_key};
use crate::error::CoreError;
use crate::ids::{self, IdKind};
use crate::secrets::MasterKey;
use crate::session::{ResolvedSession, RoleSession, SessionInfo};
use crate::simulate::Simulator;
use crate::store::{Condition, Kind, Query, Store, WriteBatch};

/// Who made a request.
#[derive(Debug, Clone)]
pub struct Caller {
    pub principal: Principal,
    /// The IAM user, for user callers.
    pub user: Option<User>,
    pub access_key_id: String,
    /// The request context: principal keys, source IP, time.
    pub context: RequestContext,
    /// For temporary credentials (`ASIA…` keys): what the session carries.
    pub session: Option<Arc<SessionInfo>>,
}

impl Caller {
    pub fn is_root(&self) -> bool {
        self.principal.kind == PrincipalKind::Root
    }

    /// The role session, for callers signing with AssumeRole credentials.
    pub fn role_session(&self) -> Option<&RoleSession> {
        self.session.as_deref().and_then(|s| s.role.as_ref())
    }

    /// The caller's unique id as `aws:userid` and GetCallerIdentity show it: the user's id,
    /// `ROLEID:SESSION` for a role session, the account id for root.
    pub fn user_id(&self) -> String {
        match (self.role_session(), &self.user) {
            (Some(r), _) => r.assumed_role_id(),
            (None, Some(u)) => u.id.clone(),
            (None, None) => self.principal.account.clone(),
        }
    }
}

/// An access key resolved for authentication, valid for one generation of the account.
struct ResolvedKey {
    generation: u64,
    key: AccessKey,
    secret: SecretKey,
    user: Option<User>,
}

/// A principal's compiled identity policies and boundary, valid for one generation of the
/// account.
pub(crate) struct CompiledPrincipal {
    pub(crate) generation: u64,
    pub(crate) identity: Arc<PolicySet>,
    pub(crate) boundary: Option<Arc<PolicySet>>,
}

/// Where a request came from, as the HTTP layer saw it.
#[derive(Debug, Clone, Copy, Default)]
pub struct Origin<'a> {
    pub source_ip: Option<&'a str>,
    pub secure_transport: bool,
}

/// When an access key was last used (kept in memory; see [`Iam::flush_last_used`]).
#[derive(Debug, Clone)]
pub struct LastUse {
    pub at: OffsetDateTime,
    pub service: String,
    pub region: String,
}

/// IAM and STS for one account.
pub struct Iam<S: Store> {
    pub(crate) store: S,
    pub(crate) account: String,
    pub(crate) master: MasterKey,
    pub(crate) clock: Arc<dyn Clock>,
    /// Changes with every write through this node; caches compare against it.
    generation: AtomicU64,
    keys: RwLock<HashMap<String, Arc<ResolvedKey>>>,
    pub(crate) sessions: RwLock<HashMap<String, Arc<ResolvedSession>>>,
    pub(crate) principals: RwLock<HashMap<String, Arc<CompiledPrincipal>>>,
    pub(crate) last_used: Mutex<HashMap<String, LastUse>>,
    signing_keys: Mutex<iamd_sigv4::SigningKeyCache>,
    /// Users as last read, for one generation of the account (GetUser and authorization read
    /// the same records on every request).
    users: RwLock<HashMap<String, (u64, Option<User>)>>,
    pub(crate) simulator: Arc<Mutex<Simulator>>,
    /// Who hears of successful operations (see `events`).
    changes: crate::events::ChangeListeners,
    /// EventIDs whose records are in the trail: their outbox rows are deleted next round
    /// (see `audit::outbox`).
    pub(crate) outbox_settled: Mutex<Vec<String>>,
    /// When guessing passwords and MFA codes locks a user or address (see `ops::throttle`).
    pub(crate) lockout_policy: crate::lockout::LockoutPolicy,
}

impl<S: Store> std::fmt::Debug for Iam<S> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Iam")
            .field("account", &self.account)
            .finish_non_exhaustive()
    }
}

impl<S: Store> Iam<S> {
    /// Open the account `account_id` in `store`, creating it on first start.
    pub async fn open(
        store: S,
        master: MasterKey,
        clock: Arc<dyn Clock>,
        account_id: &str,
    ) -> Result<Iam<S>, CoreError> {
        if account_id.len() != 12 || !account_id.bytes().all(|b| b.is_ascii_digit()) {
            return Err(CoreError::InvalidInput(format!(
                "the account id must be 12 digits, not \"{account_id}\""
            )));
        }
        if store.get(account_id, Kind::Account, "").await?.is_none() {
            let account = Account {
                id: account_id.to_string(),
                create_date: clock.now(),
                aliases: Vec::new(),
                password_policy: None,
                refuse_common_passwords: false,
            };
            store
                .write(
                    account_id,
                    WriteBatch::new()
                        .require(Condition::Absent {
                            kind: Kind::Account,
                            key: String::new(),
                        })
                        .put(record(Kind::Account, "", None, None, &account)?)
                        .put(crate::layout::marker()?),
                )
                .await
                .or_else(|e| match e {
                    // Another node created it first.
                    crate::store::StoreError::ConditionFailed { .. } => Ok(()),
                    other => Err(other),
                })?;
        }
        // Data written by an earlier version: owned records keyed by names become keyed by
        // ids, once, before anything is served.
        crate::layout::migrate(&store, account_id).await?;
        let generation = store.generation(account_id).await?;
        Ok(Iam {
            store,
            account: account_id.to_string(),
            master,
            clock,
            generation: AtomicU64::new(generation),
            keys: RwLock::new(HashMap::new()),
            sessions: RwLock::new(HashMap::new()),
            principals: RwLock::new(HashMap::new()),
            last_used: Mutex::new(HashMap::new()),
            signing_keys: Mutex::new(iamd_sigv4::SigningKeyCache::new(10_000)),
            users: RwLock::new(HashMap::new()),
            simulator: Arc::new(Mutex::new(Simulator::new())),
            changes: crate::events::ChangeListeners::default(),
            outbox_settled: Mutex::new(Vec::new()),
            lockout_policy: crate::lockout::LockoutPolicy::default(),
        })
    }

    /// When brute-force protection locks (see `ops::throttle`).
    pub fn lockout_policy(&self) -> crate::lockout::LockoutPolicy {
        self.lockout_policy
    }

    /// Use `policy` for brute-force protection instead of the defaults.
    pub fn with_lockout_policy(mut self, policy: crate::lockout::LockoutPolicy) -> Iam<S> {
        self.lockout_policy = policy;
        self
    }

    /// The subscribers to this account's change events.
    pub fn change_listeners(&self) -> &crate::events::ChangeListeners {
        &self.changes
    }

    /// Tell the subscribers that `operation` (its Query `Action` name) has just succeeded.
    pub fn publish_change(&self, operation: &str) {
        self.changes.publish(&crate::events::Change { operation });
    }

    /// This account's records of one query, as stored (read-only: what checks the whole
    /// account, such as the compliance checks, reads with one query per record kind).
    pub async fn read_records(&self, query: &Query) -> Result<crate::store::Page, CoreError> {
        Ok(self.store.list(&self.account, query).await?)
    }

    /// One of this account's records, as stored (read-only).
    pub async fn read_record(
        &self,
        kind: Kind,
        key: &str,
    ) -> Result<Option<crate::store::Record>, CoreError> {
        Ok(self.store.get(&self.account, kind, key).await?)
    }

    pub fn account_id(&self) -> &str {
        &self.account
    }

    pub fn now(&self) -> OffsetDateTime {
        self.clock.now()
    }

    /// Apply a write and move the generation on, so caches rebuild.
    pub(crate) async fn write(&self, batch: WriteBatch) -> Result<(), crate::store::StoreError> {
        let result = self.store_write(batch).await;
        self.generation.fetch_add(1, Ordering::SeqCst);
        result
    }

    /// Apply a write (without moving the generation on). Every write of an operation goes
    /// through here: when the call has an audit intent, the batch also carries its outbox
    /// row, so the change and its record commit together (see `audit::outbox`).
    pub(crate) async fn store_write(
        &self,
        batch: WriteBatch,
    ) -> Result<(), crate::store::StoreError> {
        let (batch, intent) = crate::audit::outbox::with_row(batch);
        self.store.write(&self.account, batch).await?;
        if let Some(intent) = intent {
            crate::audit::outbox::committed(&intent);
        }
        Ok(())
    }

    pub(crate) fn generation(&self) -> u64 {
        self.generation.load(Ordering::SeqCst)
    }

    /// Drop every cache derived from the account's records (keys, sessions, users, compiled
    /// policies): another process sharing the store has changed it. A node on a shared
    /// database calls this when told of another node's write, so a deactivated key or a
    /// changed policy takes effect here too. Entries being built while this runs were read
    /// under the old generation and are discarded.
    pub fn invalidate_caches(&self) {
        self.generation.fetch_add(1, Ordering::SeqCst);
    }

    /// The root user's access keys, creating one when there is none: from `given` (id and
    /// secret, e.g. from the environment) or generated. Returns the key when it was created
    /// now, so the caller can show it once.
    pub async fn ensure_root_key(
        &self,
        given: Option<(String, String)>,
    ) -> Result<Option<(String, String)>, CoreError> {
        let existing = self
            .store
            .list(
                &self.account,
                &Query {
                    owner: Some(ROOT_OWNER.into()),
                    ..Query::all(Kind::AccessKey)
                },
            )
            .await?;
        if let Some((id, secret)) = &given {
            if let Some(stored) = existing.records.iter().find(|r| r.key == *id) {
                self.check_root_secret(id, secret, &decode(&stored.data)?)?;
                return Ok(None);
            }
            if id.len() < 16 || !id.bytes().all(|b| b.is_ascii_alphanumeric()) || secret.len() < 16
            {
                return Err(CoreError::InvalidInput(
                    "the root access key id must be at least 16 letters and digits and its secret at least 16 characters".into(),
                ));
            }
        } else if existing.records.iter().any(|r| {
            // Imported key facts cannot sign in; they do not stand for a usable root key.
            decode::<AccessKey>(&r.data).is_ok_and(|k| !crate::entities::is_imported(&k.secret))
        }) {
            return Ok(None);
        }
        let (id, secret) = match given {
            Some(pair) => pair,
            None => (ids::new_id(IdKind::AccessKey)?, ids::new_secret()?),
        };
        let key = AccessKey {
            id: id.clone(),
            user: None,
            status: KeyStatus::Active,
            create_date: self.now(),
            secret: self.master.seal(secret.as_bytes(), &id)?,
            last_used: None,
            last_used_service: None,
            last_used_region: None,
        };
        self.write(
            WriteBatch::new()
                .require(Condition::Absent {
                    kind: Kind::AccessKey,
                    key: id.clone(),
                })
                .put(record(Kind::AccessKey, &id, Some(ROOT_OWNER), None, &key)?),
        )
        .await?;
        Ok(Some((id, secret)))
    }

    /// A root key given again at start-up must come with the secret it was created with.
    /// Another secret is refused rather than ignored (the operator would believe the new secret
    /// works while the old one keeps signing) or taken (a changed environment variable would
    /// rotate root's key with no one asking for it); the message names the key and both ways
    /// out, never a secret.
    fn check_root_secret(
        &self,
        id: &str,
        given: &str,
        stored: &AccessKey,
    ) -> Result<(), CoreError> {
        let same = !crate::entities::is_imported(&stored.secret)
            && self
                .master
                .open(&stored.secret, &stored.id)
                .is_ok_and(|plain| bool::from(plain.as_slice().ct_eq(given.as_bytes())));
        if same {
            return Ok(());
        }
        Err(CoreError::InvalidInput(format!(
            "root access key {id} (IAMD_ROOT_ACCESS_KEY_ID) already exists in this data \
             directory with another secret than IAMD_ROOT_SECRET_ACCESS_KEY; refusing to start \
             rather than keep the stored secret. Either set IAMD_ROOT_SECRET_ACCESS_KEY to the \
             secret the key was created with (or unset both variables to use the stored key), or, \
             to change root's secret, set IAMD_ROOT_ACCESS_KEY_ID to a new key id: a root key with \
             the new secret is added beside {id}, which root can then delete \
             (`aws iam delete-access-key --access-key-id {id}`)."
        )))
    }

    /// Resolve a signed request to its caller: parse and check the signature's form and time,
    /// find the access key, verify the signature in constant time.
    pub async fn authenticate(
        &self,
        req: &RequestParts<'_>,
        service: &str,
        origin: Origin<'_>,
    ) -> Result<Caller, CoreError> {
        let now = self.now();
        let parsed = iamd_sigv4::parse(req, now)?;
        parsed.check_service(service)?;
        let akid = parsed.access_key_id().to_string();
        if akid.starts_with("ASIA")
            && let Some(session) = self.resolve_session(&akid).await?
        {
            return self.authenticate_session(&session, &parsed, req, service, origin, now);
        }
        let resolved = self.resolve_key(&akid).await?;
        // The derived signing key is cached per (key, date, region, service): four HMACs
        // saved on every request after the first of the day.
        let signing_key = match self.signing_keys.lock() {
            Ok(mut cache) => cache.signing_key(&parsed, &resolved.secret),
            Err(_) => iamd_sigv4::SigningKey::for_request(&resolved.secret, &parsed),
        };
        iamd_sigv4::verify_with_key(&parsed, req, &signing_key)?;
        if let Ok(mut used) = self.last_used.lock() {
            used.insert(
                akid.clone(),
                LastUse {
                    at: now,
                    service: service.to_string(),
                    region: parsed.region().to_string(),
                },
            );
        }
        Ok(self.caller_for(&resolved, origin, now))
    }

    fn caller_for(
        &self,
        resolved: &ResolvedKey,
        origin: Origin<'_>,
        now: OffsetDateTime,
    ) -> Caller {
        let (principal, user_id) = match &resolved.user {
            Some(user) => (
                Principal {
                    kind: PrincipalKind::User,
                    arn: user.arn(&self.account),
                    account: self.account.clone(),
                    role_arn: None,
                    service: None,
                },
                user.id.clone(),
            ),
            None => (
                Principal {
                    kind: PrincipalKind::Root,
                    arn: format!("arn:aws:iam::{}:root", self.account),
                    account: self.account.clone(),
                    role_arn: None,
                    service: None,
                },
                self.account.clone(),
            ),
        };
        let tags: Vec<(String, String)> = resolved
            .user
            .as_ref()
            .map(|u| {
                u.tags
                    .iter()
                    .map(|t| (t.key.clone(), t.value.clone()))
                    .collect()
            })
            .unwrap_or_default();
        let context = authz::request_context(&ContextFacts {
            principal: &principal,
            user_name: resolved.user.as_ref().map(|u| u.name.as_str()),
            user_id: &user_id,
            tags: &tags,
            source_ip: origin.source_ip,
            secure_transport: origin.secure_transport,
            now,
        });
        Caller {
            principal,
            user: resolved.user.clone(),
            access_key_id: resolved.key.id.clone(),
            context,
            session: None,
        }
    }

    async fn resolve_key(&self, akid: &str) -> Result<Arc<ResolvedKey>, CoreError> {
        let generation = self.generation();
        if let Some(hit) = self
            .keys
            .read()
            .ok()
            .and_then(|m| m.get(akid).cloned())
            .filter(|k| k.generation == generation)
        {
            return Ok(hit);
        }
        let invalid = || CoreError::Authentication {
            code: "InvalidClientTokenId",
            status: 403,
            message: "The security token included in the request is invalid.".into(),
        };
        let record = self
            .store
            .get(&self.account, Kind::AccessKey, akid)
            .await?
            .ok_or_else(invalid)?;
        let key: AccessKey = decode(&record.data)?;
        // An imported key is a fact from the credential report: it has no secret.
        if key.status != KeyStatus::Active || crate::entities::is_imported(&key.secret) {
            return Err(invalid());
        }
        // The key belongs to the user whose id owns it, whatever that user's name is now.
        let user = match (&key.user, record.owner.as_deref()) {
            (None, _) => None,
            (Some(_), Some(owner)) => Some(
                self.entity_by_id::<User>(Kind::User, owner)
                    .await?
                    .ok_or_else(invalid)?,
            ),
            (Some(_), None) => return Err(invalid()),
        };
        let plain = self.master.open(&key.secret, &key.id)?;
        let secret = SecretKey::new(String::from_utf8_lossy(&plain).into_owned());
        let resolved = Arc::new(ResolvedKey {
            generation,
            key,
            secret,
            user,
        });
        if let Ok(mut m) = self.keys.write() {
            if m.len() > 100_000 {
                m.clear();
            }
            m.insert(akid.to_string(), resolved.clone());
        }
        Ok(resolved)
    }

    pub(crate) async fn load_user(&self, name: &str) -> Result<Option<User>, CoreError> {
        let key = name_key(name);
        let generation = self.generation();
        if let Some((_, user)) = self
            .users
            .read()
            .ok()
            .and_then(|m| m.get(&key).cloned())
            .filter(|(g, _)| *g == generation)
        {
            return Ok(user);
        }
        let user: Option<User> = match self.store.get(&self.account, Kind::User, &key).await? {
            Some(r) => Some(decode(&r.data)?),
            None => None,
        };
        if let Ok(mut m) = self.users.write() {
            if m.len() > 100_000 {
                m.clear();
            }
            m.insert(key, (generation, user.clone()));
        }
        Ok(user)
    }

    /// The user, group or role with the unique id `id`, whatever its name is now (their
    /// records carry the id as reference).
    pub(crate) async fn entity_by_id<T: serde::de::DeserializeOwned>(
        &self,
        kind: Kind,
        id: &str,
    ) -> Result<Option<T>, CoreError> {
        let page = self
            .store
            .list(
                &self.account,
                &Query {
                    reference: Some(id.to_string()),
                    limit: 1,
                    ..Query::all(kind)
                },
            )
            .await?;
        page.records.first().map(|r| decode(&r.data)).transpose()
    }
}
