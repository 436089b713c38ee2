//! Console sign-in: the password step, the MFA step, and what each answers.

use super::history::{Attempt, SignInRecord};
use super::session::{BrowserOrigin, ConsolePrincipal, ConsoleSession, SessionToken, Stage};
use crate::entities::{ROOT_OWNER, User};
use crate::error::CoreError;
use crate::ops::mfa::Guesser;
use crate::ops::mfa::VirtualMfaDevice;
use crate::ops::passwords::{Password, PasswordState};
use crate::ops::throttle::{Factor, Locked, Reservation, Subject};
use crate::service::{Iam, decode};
use crate::store::{Kind, Query, Store};
use time::OffsetDateTime;

/// Wrong codes one sign-in may enter at the MFA step before it ends (the password must then
/// be entered again; the user's and the address's counts go on across sign-ins).
pub const MFA_TRIES_PER_SIGN_IN: u32 = 3;

/// What the sign-in form submitted.
#[derive(Debug)]
pub struct SignInForm<'a> {
    /// The account id or one of its aliases.
    pub account: &'a str,
    /// `None` to sign in as the root user.
    pub user_name: Option<&'a str>,
    pub password: &'a Password,
}

/// What a sign-in (or one of its stages) led to.
#[derive(Debug)]
pub enum SignIn {
    /// Wrong account, user name or password, or no console access: one answer for all.
    Failed,
    /// The password expired under HardExpiry: an administrator must reset it.
    HardExpired,
    /// Too many failed attempts for this user or from this address: nothing was checked.
    Locked(Locked),
    /// A session at `stage`; the token goes into the browser's cookie.
    Started {
        token: SessionToken,
        session: ConsoleSession,
    },
}

/// What the MFA step led to.
#[derive(Debug)]
pub enum MfaCheck {
    /// No such session (ended, or never started): sign in again.
    NoSession,
    /// The session is past the MFA stage (or the code was accepted): its stage now.
    Passed(ConsoleSession),
    /// A wrong code; the user may try again `tries_left` times in this sign-in.
    Rejected {
        session: ConsoleSession,
        tries_left: u32,
    },
    /// Too many wrong codes in this sign-in: it ended, the password is needed again.
    Ended,
    /// Too many wrong codes for this user or from this address: the sign-in ended and no code
    /// is checked until the lock ends or an administrator lifts it.
    Locked(Locked),
}

/// Who signed in with a right password, the state of that password and their MFA devices.
type SignedIn = (ConsolePrincipal, PasswordState, Vec<VirtualMfaDevice>);

impl<S: Store> Iam<S> {
    /// Whether `name` is this account's id or one of its aliases.
    async fn names_this_account(&self, name: &str) -> Result<bool, CoreError> {
        let name = name.trim();
        if name == self.account {
            return Ok(true);
        }
        let account: Option<crate::entities::Account> =
            match self.store.get(&self.account, Kind::Account, "").await? {
                Some(r) => Some(decode(&r.data)?),
                None => None,
            };
        Ok(account.is_some_and(|a| a.aliases.iter().any(|x| x.eq_ignore_ascii_case(name))))
    }

    /// The password step of a console sign-in. Wrong account, unknown user, no login profile
    /// and a wrong password all give [`SignIn::Failed`] after the same password-hashing work.
    /// Returns the attempt as recorded in the sign-in history (for the audit trail), when this
    /// step completed or failed the sign-in.
    pub async fn console_sign_in(
        &self,
        form: &SignInForm<'_>,
        origin: &BrowserOrigin,
    ) -> Result<(SignIn, Option<SignInRecord>), CoreError> {
        let account_ok = self.names_this_account(form.account).await?;
        // Counted before any hashing; a locked user or address is answered at once. Names that
        // are no user are counted too, so a lock tells nothing about who exists.
        let known = match form.user_name {
            Some(name) => self.load_user(name).await?,
            None => None,
        };
        let reservation = match self
            .reserve_sign_in_attempt(form, origin, known.as_ref())
            .await?
        {
            Ok(r) => r,
            Err(refused) => return Ok(refused),
        };
        let now = self.now();
        let (principal, state, devices) = match self
            .check_sign_in_password(form, origin, known.as_ref(), account_ok)
            .await?
        {
            Ok(signed) => signed,
            Err(failed) => return Ok((SignIn::Failed, Some(failed))),
        };
        // The password was right: the user's count starts again.
        self.clear_attempts(&reservation).await?;
        if state == (PasswordState::Expired { hard_expiry: true }) {
            let r = self.refuse_hard_expired(&principal, origin).await?;
            return Ok((SignIn::HardExpired, Some(r)));
        }
        self.start_console_session(principal, state, devices, origin, now)
            .await
    }

    /// Count this sign-in against the user and the address; a lock in force answers at once
    /// (recorded as a locked-out failure) instead of a reservation.
    async fn reserve_sign_in_attempt(
        &self,
        form: &SignInForm<'_>,
        origin: &BrowserOrigin,
        known: Option<&User>,
    ) -> Result<Result<Reservation, (SignIn, Option<SignInRecord>)>, CoreError> {
        let reservation = self
            .reserve_attempt(
                Factor::Password,
                Subject::user(form.user_name),
                form.user_name.is_none() || known.is_some(),
                Some(&origin.source_ip),
            )
            .await?;
        let locked = match reservation {
            Ok(r) => return Ok(Ok(r)),
            Err(locked) => locked,
        };
        let r = self
            .record_sign_in(
                origin,
                Attempt {
                    user: known,
                    root: form.user_name.is_none(),
                    failure: Some("Locked out after too many failed attempts"),
                    locked: true,
                    ..Attempt::default()
                },
            )
            .await?;
        Ok(Err((SignIn::Locked(locked), Some(r))))
    }

    /// Check the password of the root user (no user name) or of the named user: who signs in,
    /// the state of their password and their MFA devices; or the failure, recorded.
    async fn check_sign_in_password(
        &self,
        form: &SignInForm<'_>,
        origin: &BrowserOrigin,
        known: Option<&User>,
        account_ok: bool,
    ) -> Result<Result<SignedIn, SignInRecord>, CoreError> {
        let Some(name) = form.user_name else {
            let ok = self.check_root_password(form.password).await? && account_ok;
            if !ok {
                let r = self
                    .record_sign_in(
                        origin,
                        Attempt {
                            root: true,
                            failure: Some("Failed authentication"),
                            ..Attempt::default()
                        },
                    )
                    .await?;
                return Ok(Err(r));
            }
            return Ok(Ok((
                ConsolePrincipal::Root,
                PasswordState::Ok {
                    expires_in_days: None,
                },
                self.assigned_devices(ROOT_OWNER).await?,
            )));
        };
        let checked = self.check_console_password(name, form.password).await?;
        let (Some((user, state)), true) = (checked, account_ok) else {
            let r = self
                .record_sign_in(
                    origin,
                    Attempt {
                        user: known,
                        failure: Some(if known.is_some() {
                            "Failed authentication"
                        } else {
                            "No username found in supplied account"
                        }),
                        ..Attempt::default()
                    },
                )
                .await?;
            return Ok(Err(r));
        };
        let devices = self.assigned_devices(&user.id).await?;
        Ok(Ok((
            ConsolePrincipal::User {
                name: user.name.clone(),
                id: user.id.clone(),
            },
            state,
            devices,
        )))
    }

    /// A right password that expired under `HardExpiry`: no session, the refusal recorded.
    async fn refuse_hard_expired(
        &self,
        principal: &ConsolePrincipal,
        origin: &BrowserOrigin,
    ) -> Result<SignInRecord, CoreError> {
        let user = match principal {
            ConsolePrincipal::User { name, .. } => self.load_user(name).await?,
            ConsolePrincipal::Root => None,
        };
        self.record_sign_in(
            origin,
            Attempt {
                user: user.as_ref(),
                root: *principal == ConsolePrincipal::Root,
                failure: Some("Password expired (HardExpiry)"),
                ..Attempt::default()
            },
        )
        .await
    }

    /// The session a right password starts, at the stage it still needs (MFA, a new
    /// password, or none); a sign-in that needs no MFA step is recorded as a success now.
    async fn start_console_session(
        &self,
        principal: ConsolePrincipal,
        state: PasswordState,
        devices: Vec<VirtualMfaDevice>,
        origin: &BrowserOrigin,
        now: OffsetDateTime,
    ) -> Result<(SignIn, Option<SignInRecord>), CoreError> {
        let needs_new_password = matches!(
            state,
            PasswordState::ResetRequired | PasswordState::Expired { .. }
        );
        let stage = if !devices.is_empty() {
            Stage::Mfa
        } else if needs_new_password {
            Stage::NewPassword
        } else {
            Stage::Active
        };
        let session = ConsoleSession {
            principal,
            stage,
            issued: now,
            last_seen: now,
            mfa_at: None,
            needs_new_password,
            expiry_warning_days: match state {
                PasswordState::Warning { days } => Some(days),
                _ => None,
            },
            source_ip: origin.source_ip.clone(),
            user_agent: origin.user_agent.clone(),
            mfa_failures: 0,
            store_key: String::new(),
        };
        let recorded = if stage == Stage::Mfa {
            None
        } else {
            Some(self.record_success(&session, None, origin).await?)
        };
        let token = SessionToken::generate()?;
        let mut session = session;
        session.store_key = token.key();
        self.put_console_session(&token, &session, None).await?;
        Ok((SignIn::Started { token, session }, recorded))
    }

    /// The MFA step: a code of one of the devices assigned to the session's principal, used
    /// up on success. A wrong code leaves the session at the MFA stage for
    /// [`MFA_TRIES_PER_SIGN_IN`] tries in all, then ends it; every code counts against the user
    /// and the address (`ops::throttle`), and while either is locked the sign-in ends without
    /// checking the code. Returns the outcome and the attempt as recorded.
    pub async fn console_verify_mfa(
        &self,
        token: &SessionToken,
        code: &str,
        origin: &BrowserOrigin,
    ) -> Result<(MfaCheck, Option<SignInRecord>), CoreError> {
        let Some((mut session, version)) = self.load_console_session(token).await? else {
            return Ok((MfaCheck::NoSession, None));
        };
        if session.stage != Stage::Mfa {
            return Ok((MfaCheck::Passed(session), None));
        }
        let owner = match &session.principal {
            ConsolePrincipal::User { id, .. } => id.clone(),
            ConsolePrincipal::Root => ROOT_OWNER.to_string(),
        };
        let code = code.trim();
        let devices = self.assigned_devices(&owner).await?;
        let serials: Vec<&str> = devices.iter().map(|d| d.serial_number.as_str()).collect();
        let guesser = Guesser {
            user: Subject::user(session.user_name()),
            address: Some(&origin.source_ip),
        };
        let checked = self.consume_code(&owner, &serials, code, &guesser).await;
        let locked = match checked {
            Ok(serial) => {
                let now = self.now();
                session.mfa_at = Some(now);
                session.last_seen = now;
                session.stage = if session.needs_new_password {
                    Stage::NewPassword
                } else {
                    Stage::Active
                };
                let r = self.record_success(&session, Some(&serial), origin).await?;
                self.put_console_session(token, &session, Some(version))
                    .await?;
                return Ok((MfaCheck::Passed(session), Some(r)));
            }
            Err(CoreError::AccessDenied(_)) => {
                // Locked now? (The code was then not checked.)
                self.mfa_lock_of(&guesser).await?
            }
            Err(e) => return Err(e),
        };
        let user = match session.user_name() {
            Some(name) => self.load_user(name).await?,
            None => None,
        };
        let r = self
            .record_sign_in(
                origin,
                Attempt {
                    user: user.as_ref(),
                    root: session.principal == ConsolePrincipal::Root,
                    mfa_serial: devices.first().map(|d| d.serial_number.as_str()),
                    failure: Some(if locked.is_some() {
                        "Locked out after too many wrong MFA codes"
                    } else {
                        "Failed authentication (MFA code)"
                    }),
                    locked: locked.is_some(),
                    ..Attempt::default()
                },
            )
            .await?;
        if let Some(locked) = locked {
            self.console_sign_out(token).await?;
            return Ok((MfaCheck::Locked(locked), Some(r)));
        }
        session.mfa_failures = session.mfa_failures.saturating_add(1);
        if session.mfa_failures >= MFA_TRIES_PER_SIGN_IN {
            self.console_sign_out(token).await?;
            return Ok((MfaCheck::Ended, Some(r)));
        }
        let tries_left = MFA_TRIES_PER_SIGN_IN - session.mfa_failures;
        match self
            .put_console_session(token, &session, Some(version))
            .await
        {
            Ok(()) => {}
            // Another request of this sign-in changed it: end the sign-in rather than let
            // parallel guesses share one count.
            Err(CoreError::ConcurrentModification(_)) => {
                self.console_sign_out(token).await?;
                return Ok((MfaCheck::Ended, Some(r)));
            }
            Err(e) => return Err(e),
        }
        Ok((
            MfaCheck::Rejected {
                session,
                tries_left,
            },
            Some(r),
        ))
    }

    /// The MFA lock in force for `guesser`, if any.
    async fn mfa_lock_of(&self, guesser: &Guesser<'_>) -> Result<Option<Locked>, CoreError> {
        let now = self.now();
        let mut subjects = vec![guesser.user.clone()];
        if let Some(ip) = guesser.address.filter(|ip| !ip.is_empty()) {
            subjects.push(Subject::Address(ip.to_string()));
        }
        for subject in subjects {
            if let Some(until) = self.locked_until(Factor::Mfa, &subject, now).await? {
                return Ok(Some(Locked { until }));
            }
        }
        Ok(None)
    }

    /// The virtual MFA devices assigned to `owner` (a user id or `#root`).
    async fn assigned_devices(&self, owner: &str) -> Result<Vec<VirtualMfaDevice>, CoreError> {
        let page = self
            .store
            .list(
                &self.account,
                &Query {
                    owner: Some(owner.to_string()),
                    ..Query::all(Kind::MfaDevice)
                },
            )
            .await?;
        page.records
            .iter()
            .map(|r| decode::<VirtualMfaDevice>(&r.data))
            .filter(|d| d.as_ref().map_or(true, |d| d.assigned.is_some()))
            .collect()
    }
}
