//! The pieces every console page uses: the shared state, the session cookie, the signed-in
//! extractor, form decoding with the CSRF check, flash messages, and page responses with
//! their security headers.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::{ConnectInfo, FromRequest, Request};
use axum::http::header::{self};
use axum::http::request::Parts;
use axum::http::{StatusCode, Uri};
use axum::response::Response;
use iamd_audit::{AuditLog, ConsoleSignIn, ConsoleUser};
use iamd_core::audit;
use iamd_core::ops::console::{BrowserOrigin, SignInRecord};
use iamd_core::store::Store;
use iamd_core::{Call, Caller, CoreError, Iam};

use crate::csrf;
use crate::respond;
use crate::view::{self, Layout, Notice};

/// Form bodies larger than this are refused.
const MAX_FORM: usize = 64 * 1024;
/// One-time values (a new secret shown once, a message after a redirect) wait this long for
/// the page that shows them.
const FLASH_TTL: Duration = Duration::from_secs(300);

/// How the console is deployed.
#[derive(Debug, Clone, Default)]
pub struct ConsoleConfig {
    /// The audit trail: sign-ins (`ConsoleLogin`), sign-outs and the operations the console
    /// performs are recorded in it, when set.
    pub audit: Option<Arc<AuditLog>>,
    /// Reverse proxies whose `X-Forwarded-Proto` and `X-Forwarded-For` are believed (from the
    /// environment variable `IAMD_TRUSTED_PROXIES`, comma-separated addresses). A request from
    /// anyone else is judged by its own connection: the peer address, and TLS when iamd serve
    /// terminated it (`iamd_core::forwarded` holds the rule, shared with the API).
    pub trusted_proxies: Vec<IpAddr>,
}

impl ConsoleConfig {
    /// The configuration from the environment (`IAMD_TRUSTED_PROXIES`).
    pub fn from_env() -> Result<ConsoleConfig, String> {
        Ok(ConsoleConfig {
            audit: None,
            trusted_proxies: match std::env::var(iamd_core::forwarded::TRUSTED_PROXIES_ENV) {
                Ok(list) => iamd_core::forwarded::parse_trusted_proxies(&list)?,
                Err(_) => Vec::new(),
            },
        })
    }
}

/// Something a page shows once, after a redirect.
#[derive(Clone)]
pub enum Flash {
    Notice(Notice),
    /// A new access key's secret (shown once).
    AccessKey {
        id: String,
        secret: String,
    },
    /// A new or reset Git credential's password (shown once).
    GitCredential {
        user_name: String,
        password: String,
    },
    /// A console password an administrator had generated for a user (shown once).
    ConsolePassword {
        user_name: String,
        password: String,
    },
}

impl std::fmt::Debug for Flash {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Flash::Notice(n) => f.debug_tuple("Notice").field(n).finish(),
            Flash::AccessKey { id, .. } => write!(f, "AccessKey({id}, <redacted>)"),
            Flash::GitCredential { user_name, .. } => {
                write!(f, "GitCredential({user_name}, <redacted>)")
            }
            Flash::ConsolePassword { user_name, .. } => {
                write!(f, "ConsolePassword({user_name}, <redacted>)")
            }
        }
    }
}

/// A virtual MFA device being assigned: created, not yet enabled.
#[derive(Clone)]
pub struct PendingMfa {
    pub serial: String,
    pub seed: String,
    pub qr_png_base64: String,
}

impl std::fmt::Debug for PendingMfa {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PendingMfa")
            .field("serial", &self.serial)
            .finish_non_exhaustive()
    }
}

/// The console's state: the service, its configuration, and per-session one-time values
/// (kept in this node's memory: a one-time secret is shown by the node that created it).
pub struct Console<S: Store> {
    pub iam: Arc<Iam<S>>,
    pub config: ConsoleConfig,
    flash: Mutex<HashMap<String, (Instant, Vec<Flash>)>>,
    pending_mfa: Mutex<HashMap<String, (Instant, PendingMfa)>>,
}

impl<S: Store> std::fmt::Debug for Console<S> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Console")
            .field("config", &self.config)
            .finish_non_exhaustive()
    }
}

impl<S: Store> Console<S> {
    pub fn new(iam: Arc<Iam<S>>, config: ConsoleConfig) -> Console<S> {
        Console {
            iam,
            config,
            flash: Mutex::new(HashMap::new()),
            pending_mfa: Mutex::new(HashMap::new()),
        }
    }

    /// Keep `flash` for the next page of the session whose CSRF token is `key`.
    pub fn push_flash(&self, key: &str, flash: Flash) {
        if let Ok(mut m) = self.flash.lock() {
            m.retain(|_, (at, _)| at.elapsed() < FLASH_TTL);
            m.entry(key.to_string())
                .or_insert_with(|| (Instant::now(), Vec::new()))
                .1
                .push(flash);
        }
    }

    /// The one-time values waiting for this session, removed as they are read.
    pub fn take_flash(&self, key: &str) -> Vec<Flash> {
        self.flash
            .lock()
            .ok()
            .and_then(|mut m| m.remove(key))
            .filter(|(at, _)| at.elapsed() < FLASH_TTL)
            .map(|(_, v)| v)
            .unwrap_or_default()
    }

    pub fn set_pending_mfa(&self, key: &str, pending: Option<PendingMfa>) {
        if let Ok(mut m) = self.pending_mfa.lock() {
            m.retain(|_, (at, _)| at.elapsed() < FLASH_TTL * 2);
            match pending {
                Some(p) => {
                    m.insert(key.to_string(), (Instant::now(), p));
                }
                None => {
                    m.remove(key);
                }
            }
        }
    }

    pub fn pending_mfa(&self, key: &str) -> Option<PendingMfa> {
        self.pending_mfa
            .lock()
            .ok()
            .and_then(|m| m.get(key).cloned())
            .filter(|(at, _)| at.elapsed() < FLASH_TTL * 2)
            .map(|(_, p)| p)
    }

    /// Record a sign-in attempt in the audit trail (`ConsoleLogin`). A failure to record is
    /// logged for the operator; the browser's answer does not depend on it.
    pub async fn audit_sign_in(&self, r: &SignInRecord) {
        let Some(audit) = &self.config.audit else {
            return;
        };
        let user = match (&r.user_name, &r.user_id, &r.user_arn) {
            (Some(name), Some(id), Some(arn)) => ConsoleUser::User {
                name: name.clone(),
                id: id.clone(),
                arn: arn.clone(),
            },
            _ if r.root => ConsoleUser::Root,
            _ => ConsoleUser::Unknown,
        };
        let event = ConsoleSignIn {
            user,
            account: self.iam.account_id().to_string(),
            source_ip: r.source_ip.clone(),
            user_agent: r.user_agent.clone(),
            mfa_used: r.mfa_used,
            mfa_identifier: r.mfa_serial.clone(),
            error_message: (!r.success).then(|| {
                if r.locked {
                    "Failed authentication: locked out after too many failed attempts".to_string()
                } else {
                    "Failed authentication".to_string()
                }
            }),
            login_to: r.success.then(|| respond::BASE.to_string()),
            time: r.at,
        };
        if let Err(e) = audit.console_sign_in(event).await {
            tracing::error!(error = %e, "could not record a console sign-in in the audit trail");
        }
    }

    /// Record a sign-out in the audit trail.
    pub async fn audit_sign_out(&self, caller: &Caller, origin: &BrowserOrigin) {
        let Some(audit) = &self.config.audit else {
            return;
        };
        let user = match &caller.user {
            Some(u) => ConsoleUser::User {
                name: u.name.clone(),
                id: u.id.clone(),
                arn: caller.principal.arn.clone(),
            },
            None => ConsoleUser::Root,
        };
        if let Err(e) = audit
            .console_sign_out(
                &user,
                self.iam.account_id(),
                &origin.source_ip,
                &origin.user_agent,
                self.iam.now(),
            )
            .await
        {
            tracing::error!(error = %e, "could not record a console sign-out in the audit trail");
        }
    }

    /// Perform `operation` (the future of one core operation, run as `caller`) and record it
    /// in the audit trail (parameters in CloudTrail's lowerCamelCase; secrets are never
    /// passed), through core's call pipeline (`iamd_core::pipeline`), as an API call is: an
    /// operation that changes state runs inside the intent of its record, so a stop before
    /// the record reaches the trail loses nothing; a failure to write the record is logged
    /// for the operator and the browser is answered as the operation was. A successful change
    /// that can lock a user out (policies, groups, login profiles, MFA devices, the password
    /// policy) asks the lockout analyzer to look again, as over the API.
    pub async fn audited<T, F>(
        &self,
        caller: &Caller,
        origin: &BrowserOrigin,
        name: &str,
        request_parameters: serde_json::Value,
        operation: F,
    ) -> Result<T, CoreError>
    where
        F: Future<Output = Result<T, CoreError>>,
    {
        let request_id = audit::new_request_id();
        let call = Call {
            operation: name,
            identity: audit::console_identity(caller),
            request_parameters,
            source_ip: &origin.source_ip,
            user_agent: &origin.user_agent,
            request_id: &request_id,
            recipient_account_id: &caller.principal.account,
            time: self.iam.now(),
        };
        // The console renders its own pages: its records keep no response elements.
        self.iam
            .call(call, self.config.audit.as_deref(), operation, |_| {
                serde_json::Value::Null
            })
            .await
    }

    /// Where the request came from: the peer, or what a trusted proxy says.
    pub fn origin(&self, parts: &Parts) -> BrowserOrigin {
        origin_of(&self.config, parts)
    }
}

/// Where a request came from under `config`.
pub fn origin_of(config: &ConsoleConfig, parts: &Parts) -> BrowserOrigin {
    let peer = parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|c| c.0.ip());
    let user_agent = respond::header_str(&parts.headers, header::USER_AGENT.as_str())
        .chars()
        .take(512)
        .collect();
    let tls = parts
        .extensions
        .get::<iamd_core::forwarded::Tls>()
        .is_some_and(|t| t.0);
    let client = iamd_core::forwarded::client(
        &config.trusted_proxies,
        peer,
        tls || parts.uri.scheme_str() == Some("https"),
        parts
            .headers
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok()),
        parts
            .headers
            .get("x-forwarded-proto")
            .and_then(|v| v.to_str().ok()),
    );
    BrowserOrigin {
        source_ip: client.ip.map(|ip| ip.to_string()).unwrap_or_default(),
        user_agent,
        secure_transport: client.secure_transport,
    }
}

/// A submitted `application/x-www-form-urlencoded` form, and the cookies and origin of the
/// request that carried it. Check its CSRF token with [`Form::check_csrf`] before acting.
#[derive(Debug)]
pub struct Form {
    fields: Vec<(String, String)>,
}

impl Form {
    /// The value of `name` (the first one), or `""`.
    pub fn get(&self, name: &str) -> &str {
        self.fields
            .iter()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.as_str())
    }

    /// Whether the form carries the CSRF token of `session` (the session cookie's value).
    #[expect(
        clippy::result_large_err,
        reason = "the error is the page to send, built once per refused request"
    )]
    pub fn check_csrf(&self, session: &str) -> Result<(), Response> {
        if csrf::verify(session, self.get(csrf::FIELD)) {
            Ok(())
        } else {
            Err(view::csrf_refused())
        }
    }

    #[cfg(test)]
    pub fn from_pairs(pairs: &[(&str, &str)]) -> Form {
        Form {
            fields: pairs
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
        }
    }
}

impl<St: Send + Sync> FromRequest<St> for Form {
    type Rejection = Response;

    async fn from_request(req: Request, _state: &St) -> Result<Form, Response> {
        let bytes = axum::body::to_bytes(req.into_body(), MAX_FORM)
            .await
            .map_err(|_| {
                view::message_page(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    &Layout::anonymous("Form too large"),
                    Notice::error("This form is too large", Vec::new()),
                )
            })?;
        Ok(Form {
            fields: form_urlencoded::parse(&bytes).into_owned().collect(),
        })
    }
}

/// A query parameter's value from `uri`.
pub fn query_param(uri: &Uri, name: &str) -> Option<String> {
    uri.query().and_then(|q| {
        form_urlencoded::parse(q.as_bytes())
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.into_owned())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_without_the_sessions_token_are_refused() {
        let token = csrf::token("the-session");
        let good = Form::from_pairs(&[("csrf", &token), ("x", "1")]);
        assert!(good.check_csrf("the-session").is_ok());
        let missing = Form::from_pairs(&[("x", "1")]);
        assert_eq!(
            missing.check_csrf("the-session").unwrap_err().status(),
            StatusCode::FORBIDDEN
        );
        assert!(good.check_csrf("another-session").is_err());
    }

    #[test]
    fn forwarded_headers_count_only_from_trusted_proxies() {
        let console_config = ConsoleConfig {
            audit: None,
            trusted_proxies: vec!["10.0.0.1".parse().unwrap()],
        };
        let parts_from = |peer: &str| {
            let mut req = axum::http::Request::builder()
                .uri("/console/")
                .header("x-forwarded-proto", "https")
                .header("x-forwarded-for", "203.0.113.9")
                .body(())
                .unwrap();
            req.extensions_mut()
                .insert(ConnectInfo(SocketAddr::new(peer.parse().unwrap(), 5000)));
            req.into_parts().0
        };
        let origin = |parts: &Parts| origin_of(&console_config, parts);
        let via_proxy = origin(&parts_from("10.0.0.1"));
        assert_eq!(via_proxy.source_ip, "203.0.113.9");
        assert!(via_proxy.secure_transport);
        let direct = origin(&parts_from("192.0.2.7"));
        assert_eq!(direct.source_ip, "192.0.2.7");
        assert!(!direct.secure_transport);
    }
}
