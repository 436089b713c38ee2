//! Virtual MFA and STS sessions against a real SQLite store, with a manual clock: TOTP
//! windows and single use, session lifetimes, and what temporary credentials put in the
//! request context. Requests are signed and authenticated the way the HTTP layer does it.

#![expect(
    clippy::unwrap_used,
    clippy::panic,
    reason = "test helpers outside #[test] functions fail loudly by design"
)]

use iamd_core::entities::OwnerKind;
use iamd_core::ops::NewRole;
use iamd_core::ops::assume_role::AssumeRoleRequest;
use iamd_core::ops::mfa::AssignmentStatus;
use iamd_core::ops::sessions::IssuedCredentials;
use iamd_core::totp::{STEP_SECONDS, Seed, step_at};
use iamd_core::{Caller, CoreError, Origin};
use iamd_policy::{ContextValue, PrincipalKind};
use iamd_sigv4::{RequestParts, SecretKey, SigningKey};
use time::{Duration, OffsetDateTime};

pub mod common;
use common::{ACCOUNT, Fixture, root};

const FORM: &str = "application/x-www-form-urlencoded; charset=utf-8";

impl Fixture {
    async fn new() -> Fixture {
        common::fixture_at(common::in_totp_step()).await
    }

    fn now(&self) -> OffsetDateTime {
        self.iam.now()
    }

    fn step(&self) -> u64 {
        step_at(self.now())
    }

    fn advance(&self, seconds: i64) {
        self.clock.advance(Duration::seconds(seconds));
    }

    /// A user with an access key and, when given, an inline policy; authenticated as that key.
    async fn user(&self, name: &str, policy: Option<&str>) -> (Caller, Key) {
        self.iam
            .create_user(&root(), name, None, None, Vec::new())
            .await
            .unwrap();
        if let Some(doc) = policy {
            self.iam
                .put_inline_policy(&root(), OwnerKind::User, name, "perm", doc)
                .await
                .unwrap();
        }
        let k = self
            .iam
            .create_access_key(&root(), Some(name))
            .await
            .unwrap();
        let key = Key {
            id: k.access_key_id,
            secret: k.secret_access_key,
            token: None,
        };
        let caller = self.authenticate(&key, "iam").await.unwrap();
        (caller, key)
    }

    /// A new device enabled for `user` with the codes of the previous and current steps.
    async fn enrol(&self, user: &str, name: &str) -> (String, Seed) {
        let created = self
            .iam
            .create_virtual_mfa_device(&root(), name, None, Vec::new())
            .await
            .unwrap();
        let seed = Seed::from_base32(&created.base32_seed).unwrap();
        let codes = seed.codes().unwrap();
        let s = self.step();
        self.iam
            .enable_mfa_device(
                &root(),
                user,
                &created.device.serial_number,
                &codes.code(s - 1),
                &codes.code(s),
            )
            .await
            .unwrap();
        (created.device.serial_number, seed)
    }

    /// Sign a GetCallerIdentity-shaped request with `key` at the clock's time and
    /// authenticate it for `service`.
    async fn authenticate(&self, key: &Key, service: &str) -> Result<Caller, CoreError> {
        let now = self.now();
        let amz = iamd_sigv4::format_amz_date_time(now);
        let body = b"Action=GetCallerIdentity&Version=2011-06-15";
        let mut headers = vec![
            ("host".to_string(), "127.0.0.1:4566".to_string()),
            ("content-type".to_string(), FORM.to_string()),
            ("x-amz-date".to_string(), amz.clone()),
        ];
        let mut signed = "content-type;host;x-amz-date".to_string();
        if let Some(t) = &key.token {
            headers.push(("x-amz-security-token".to_string(), t.clone()));
            signed.push_str(";x-amz-security-token");
        }
        let auth = |signature: &str| {
            format!(
                "AWS4-HMAC-SHA256 Credential={}/{}/us-east-1/{service}/aws4_request, SignedHeaders={signed}, Signature={signature}",
                key.id,
                &amz[..8]
            )
        };
        let signature = {
            let mut h = headers.clone();
            h.push(("authorization".into(), auth(&"0".repeat(64))));
            let list: Vec<(&str, &[u8])> =
                h.iter().map(|(n, v)| (n.as_str(), v.as_bytes())).collect();
            let parts = RequestParts {
                method: "POST",
                path: "/",
                query: "",
                headers: &list,
                body,
            };
            let parsed = iamd_sigv4::parse(&parts, now).unwrap();
            let canonical = parsed.canonical_request(&parts).unwrap();
            let to_sign = parsed.string_to_sign(&canonical);
            let signing = SigningKey::for_request(&SecretKey::from(key.secret.as_str()), &parsed);
            data_encoding::HEXLOWER.encode(&signing.sign(to_sign.as_bytes()))
        };
        headers.push(("authorization".into(), auth(&signature)));
        let list: Vec<(&str, &[u8])> = headers
            .iter()
            .map(|(n, v)| (n.as_str(), v.as_bytes()))
            .collect();
        let parts = RequestParts {
            method: "POST",
            path: "/",
            query: "",
            headers: &list,
            body,
        };
        self.iam
            .authenticate(&parts, service, Origin::default())
            .await
    }
}

#[derive(Debug, Clone)]
struct Key {
    id: String,
    secret: String,
    token: Option<String>,
}

impl From<IssuedCredentials> for Key {
    fn from(c: IssuedCredentials) -> Key {
        Key {
            id: c.access_key_id,
            secret: c.secret_access_key,
            token: Some(c.session_token),
        }
    }
}

fn allow(actions: &str, resource: &str) -> String {
    format!(
        r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Action":{actions},"Resource":"{resource}"}}]}}"#
    )
}

fn single(c: &Caller, key: &str) -> Option<String> {
    match c.context.get(key) {
        Some(ContextValue::Single(v)) => Some(v.clone()),
        _ => None,
    }
}

fn assert_code<T: std::fmt::Debug>(r: Result<T, CoreError>, code: &str, status: u16) -> String {
    match r {
        Err(e) => {
            assert_eq!((e.code(), e.http_status()), (code, status), "{e}");
            e.to_string()
        }
        Ok(v) => panic!("expected {code}, got {v:?}"),
    }
}

const BAD_CODE: &str = "MultiFactorAuthentication failed with invalid MFA one time pass code.";

// --- TOTP windows and single use ---------------------------------------------------------

#[tokio::test]
async fn enable_takes_two_consecutive_codes_within_one_step_of_now() {
    let f = Fixture::new().await;
    f.user("alice", None).await;
    let created = f
        .iam
        .create_virtual_mfa_device(&root(), "phone", Some("/team/"), Vec::new())
        .await
        .unwrap();
    let serial = created.device.serial_number.clone();
    assert_eq!(serial, format!("arn:aws:iam::{ACCOUNT}:mfa/team/phone"));
    let seed = Seed::from_base32(&created.base32_seed).unwrap();
    let codes = seed.codes().unwrap();
    let s = f.step();
    let enable = |a: u64, b: u64| {
        let (c1, c2) = (codes.code(a), codes.code(b));
        let serial = serial.clone();
        let iam = &f.iam;
        async move {
            iam.enable_mfa_device(&root(), "alice", &serial, &c1, &c2)
                .await
        }
    };
    // Two steps back, two ahead, out of order, not consecutive: refused.
    for (a, b) in [(s - 2, s - 1), (s + 1, s + 2), (s, s - 1), (s - 1, s + 1)] {
        let m = assert_code(enable(a, b).await, "InvalidAuthenticationCode", 403);
        assert_eq!(m, "Authentication code for device is not valid.");
    }
    // The current code and the next one (the next is a step ahead of the clock).
    enable(s, s + 1).await.unwrap();
    let listed = f
        .iam
        .list_mfa_devices(&root(), Some("alice"), None, None)
        .await
        .unwrap();
    assert_eq!(listed.items.len(), 1);
    assert_eq!(listed.items[0].enable_date, f.now());
    let m = assert_code(enable(s, s + 1).await, "EntityAlreadyExists", 409);
    assert_eq!(m, "MFA Device is already in use.");
}

#[tokio::test]
async fn every_code_is_accepted_once_across_operations() {
    let f = Fixture::new().await;
    let (_, key) = f.user("alice", None).await;
    let (serial, seed) = f.enrol("alice", "phone").await;
    let codes = seed.codes().unwrap();
    let caller = f.authenticate(&key, "sts").await.unwrap();
    let s = f.step();
    let gst = |code: String| {
        let caller = caller.clone();
        let serial = serial.clone();
        let iam = &f.iam;
        async move {
            iam.get_session_token(&caller, None, Some(&serial), Some(&code))
                .await
        }
    };
    // The enabling codes (s-1, s) are used; s+1 is one step ahead and fresh.
    for used in [s - 1, s] {
        let m = assert_code(gst(codes.code(used)).await, "AccessDenied", 403);
        assert_eq!(m, BAD_CODE);
    }
    gst(codes.code(s + 1)).await.unwrap();
    assert_code(gst(codes.code(s + 1)).await, "AccessDenied", 403);
    // Nothing is left in the window until the clock moves on.
    for any in [s - 1, s, s + 1, s + 2] {
        assert_code(gst(codes.code(any)).await, "AccessDenied", 403);
    }
    // Five wrong codes in a row locked alice (tests/brute_force.rs); this test is about single
    // use, so an administrator lifts the lock.
    f.iam
        .unlock(&iamd_core::ops::throttle::Subject::user(Some("alice")))
        .await
        .unwrap();
    f.advance(STEP_SECONDS as i64);
    gst(codes.code(s + 2)).await.unwrap();
    // AssumeRole and ResyncMFADevice take from the same window.
    let m = assert_code(
        f.iam
            .resync_mfa_device(
                &root(),
                "alice",
                &serial,
                &codes.code(s + 2),
                &codes.code(s + 3),
            )
            .await,
        "InvalidAuthenticationCode",
        403,
    );
    assert_eq!(m, "Authentication code for device is not valid.");
    f.iam
        .resync_mfa_device(
            &root(),
            "alice",
            &serial,
            &codes.code(s + 3),
            &codes.code(s + 4),
        )
        .await
        .unwrap();
    // Resync learnt that the device runs ahead (s+4 is "now" for it): s+5 is accepted.
    gst(codes.code(s + 5)).await.unwrap();
}

#[tokio::test]
async fn racing_requests_with_one_code_succeed_once() {
    let f = Fixture::new().await;
    let (_, key) = f.user("alice", None).await;
    let (serial, seed) = f.enrol("alice", "phone").await;
    let code = seed.codes().unwrap().code(f.step() + 1);
    let caller = f.authenticate(&key, "sts").await.unwrap();
    let results = futures_join(
        (0..6)
            .map(|_| {
                f.iam
                    .get_session_token(&caller, None, Some(&serial), Some(&code))
            })
            .collect(),
    )
    .await;
    assert_eq!(
        results.iter().filter(|r| r.is_ok()).count(),
        1,
        "{results:?}"
    );
}

async fn futures_join<F: std::future::Future>(futures: Vec<F>) -> Vec<F::Output> {
    let mut handles = Vec::new();
    for fut in futures {
        handles.push(fut);
    }
    let mut out = Vec::new();
    // Poll all of them concurrently on this task.
    let mut pinned: Vec<std::pin::Pin<Box<F>>> = handles.into_iter().map(Box::pin).collect();
    let mut done: Vec<Option<F::Output>> = (0..pinned.len()).map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut pending = false;
        for (i, fut) in pinned.iter_mut().enumerate() {
            if done[i].is_none() {
                match fut.as_mut().poll(cx) {
                    std::task::Poll::Ready(v) => done[i] = Some(v),
                    std::task::Poll::Pending => pending = true,
                }
            }
        }
        if pending {
            std::task::Poll::Pending
        } else {
            std::task::Poll::Ready(())
        }
    })
    .await;
    for d in done {
        out.push(d.unwrap());
    }
    out
}

#[tokio::test]
async fn device_lifecycle_rules() {
    let f = Fixture::new().await;
    let (_, alice_key) = f.user("alice", None).await;
    f.user("bob", None).await;
    let (serial, _) = f.enrol("alice", "phone").await;
    let m = assert_code(
        f.iam.delete_virtual_mfa_device(&root(), &serial).await,
        "DeleteConflict",
        409,
    );
    assert!(m.contains("deactivate"), "{m}");
    assert_code(
        f.iam.delete_user(&root(), "alice").await,
        "DeleteConflict",
        409,
    );
    let m = assert_code(
        f.iam
            .deactivate_mfa_device(&root(), Some("bob"), &serial)
            .await,
        "NoSuchEntity",
        404,
    );
    assert_eq!(
        m,
        format!("MFA Device with serial number {serial} does not exist.")
    );
    // A renamed user keeps the device.
    f.iam
        .update_user(&root(), "alice", None, Some("alicia"))
        .await
        .unwrap();
    let listed = f
        .iam
        .list_mfa_devices(&root(), Some("alicia"), None, None)
        .await
        .unwrap();
    assert_eq!(listed.items[0].user_name, "alicia");
    let virtual_list = f
        .iam
        .list_virtual_mfa_devices(&root(), AssignmentStatus::Assigned, None, None)
        .await
        .unwrap();
    assert_eq!(virtual_list.items[0].user.as_ref().unwrap().name, "alicia");
    f.iam
        .deactivate_mfa_device(&root(), Some("alicia"), &serial)
        .await
        .unwrap();
    f.iam
        .delete_access_key(&root(), Some("alicia"), &alice_key.id)
        .await
        .unwrap();
    f.iam.delete_user(&root(), "alicia").await.unwrap();
    f.iam
        .delete_virtual_mfa_device(&root(), &serial)
        .await
        .unwrap();
    assert_code(
        f.iam.delete_virtual_mfa_device(&root(), &serial).await,
        "NoSuchEntity",
        404,
    );
}

#[tokio::test]
async fn eight_devices_per_user_at_most() {
    let f = Fixture::new().await;
    f.user("alice", None).await;
    for i in 0..8 {
        f.enrol("alice", &format!("d{i}")).await;
    }
    let created = f
        .iam
        .create_virtual_mfa_device(&root(), "ninth", None, Vec::new())
        .await
        .unwrap();
    let codes = Seed::from_base32(&created.base32_seed)
        .unwrap()
        .codes()
        .unwrap();
    let s = f.step();
    let m = assert_code(
        f.iam
            .enable_mfa_device(
                &root(),
                "alice",
                &created.device.serial_number,
                &codes.code(s - 1),
                &codes.code(s),
            )
            .await,
        "LimitExceeded",
        409,
    );
    assert!(m.contains("8"), "{m}");
}

#[tokio::test]
async fn root_device_counts_in_the_account_summary() {
    let f = Fixture::new().await;
    let created = f
        .iam
        .create_virtual_mfa_device(&root(), "root-account-mfa-device", None, Vec::new())
        .await
        .unwrap();
    let codes = Seed::from_base32(&created.base32_seed)
        .unwrap()
        .codes()
        .unwrap();
    let s = f.step();
    let serial = created.device.serial_number.clone();
    // Not through EnableMFADevice (it names an IAM user), and only root may do it.
    let (alice, _) = f.user("alice", None).await;
    assert_code(
        f.iam
            .enable_root_mfa_device(&alice, &serial, &codes.code(s - 1), &codes.code(s))
            .await,
        "AccessDenied",
        403,
    );
    f.iam
        .enable_root_mfa_device(&root(), &serial, &codes.code(s - 1), &codes.code(s))
        .await
        .unwrap();
    let summary = f.iam.get_account_summary(&root()).await.unwrap();
    assert_eq!(summary["AccountMFAEnabled"], 1);
    assert_eq!(summary["MFADevices"], 1);
    let mine = f
        .iam
        .list_mfa_devices(&root(), None, None, None)
        .await
        .unwrap();
    assert_eq!(mine.items.len(), 1);
    // Root's session with MFA: an hour at most.
    let key: Key = {
        f.iam
            .ensure_root_key(Some((
                "AKIAROOTKEY000000001".into(),
                "root-secret-0123456789".into(),
            )))
            .await
            .unwrap();
        Key {
            id: "AKIAROOTKEY000000001".into(),
            secret: "root-secret-0123456789".into(),
            token: None,
        }
    };
    let root_caller = f.authenticate(&key, "sts").await.unwrap();
    let c = f
        .iam
        .get_session_token(
            &root_caller,
            Some(129_600),
            Some(&serial),
            Some(&codes.code(s + 1)),
        )
        .await
        .unwrap();
    assert_eq!(c.expiration, f.now() + Duration::hours(1));
    let session = f.authenticate(&c.into(), "iam").await.unwrap();
    assert!(session.is_root());
    assert_eq!(
        single(&session, "aws:MultiFactorAuthPresent").as_deref(),
        Some("true")
    );
}

// --- Sessions ----------------------------------------------------------------------------

#[tokio::test]
async fn long_term_keys_carry_no_session_keys() {
    let f = Fixture::new().await;
    let (caller, _) = f.user("alice", None).await;
    for k in [
        "aws:MultiFactorAuthPresent",
        "aws:MultiFactorAuthAge",
        "aws:TokenIssueTime",
    ] {
        assert!(caller.context.get(k).is_none(), "{k}");
    }
    assert!(caller.session.is_none());
    assert_eq!(single(&caller, "aws:username").as_deref(), Some("alice"));
}

#[tokio::test]
async fn session_lifetime_and_token_checks() {
    let f = Fixture::new().await;
    let (_, key) = f.user("alice", None).await;
    let caller = f.authenticate(&key, "sts").await.unwrap();
    let issued = f.now();
    let creds = f
        .iam
        .get_session_token(&caller, Some(900), None, None)
        .await
        .unwrap();
    assert!(creds.access_key_id.starts_with("ASIA"));
    assert_eq!(creds.expiration, issued + Duration::seconds(900));
    let session: Key = creds.into();

    let c = f.authenticate(&session, "sts").await.unwrap();
    assert_eq!(
        c.principal.arn,
        format!("arn:aws:iam::{ACCOUNT}:user/alice")
    );
    assert_eq!(
        single(&c, "aws:MultiFactorAuthPresent").as_deref(),
        Some("false")
    );
    assert!(c.context.get("aws:MultiFactorAuthAge").is_none());
    assert!(single(&c, "aws:TokenIssueTime").is_some());
    assert_eq!(f.iam.get_caller_identity(&c).arn, c.principal.arn);

    // Without MFA: no IAM.
    let m = assert_code(
        f.authenticate(&session, "iam").await,
        "InvalidClientTokenId",
        403,
    );
    assert_eq!(m, "The security token included in the request is invalid.");
    // A wrong or missing token.
    let mut wrong = session.clone();
    wrong.token = Some(format!("{}A", session.token.clone().unwrap()));
    assert_code(
        f.authenticate(&wrong, "sts").await,
        "InvalidClientTokenId",
        403,
    );
    wrong.token = None;
    assert_code(
        f.authenticate(&wrong, "sts").await,
        "InvalidClientTokenId",
        403,
    );

    // Valid to the last second, expired from then on.
    f.advance(899);
    f.authenticate(&session, "sts").await.unwrap();
    f.advance(1);
    let m = assert_code(f.authenticate(&session, "sts").await, "ExpiredToken", 403);
    assert_eq!(m, "The security token included in the request is expired");

    // Purged a day later; then the key is unknown.
    f.advance(86_400);
    assert_eq!(f.iam.purge_expired_sessions().await.unwrap(), 1);
    assert_code(
        f.authenticate(&session, "sts").await,
        "InvalidClientTokenId",
        403,
    );
}

#[tokio::test]
async fn mfa_session_context_and_age() {
    let f = Fixture::new().await;
    let (_, key) = f
        .user("alice", Some(&allow(r#""iam:ListUsers""#, "*")))
        .await;
    let (serial, seed) = f.enrol("alice", "phone").await;
    let caller = f.authenticate(&key, "sts").await.unwrap();
    let code = seed.codes().unwrap().code(f.step() + 1);
    let session: Key = f
        .iam
        .get_session_token(&caller, None, Some(&serial), Some(&code))
        .await
        .unwrap()
        .into();
    f.advance(120);
    let c = f.authenticate(&session, "iam").await.unwrap();
    assert_eq!(
        single(&c, "aws:MultiFactorAuthPresent").as_deref(),
        Some("true")
    );
    assert_eq!(single(&c, "aws:MultiFactorAuthAge").as_deref(), Some("120"));
    f.iam.list_users(&c, None, None, None).await.unwrap();
    // Sessions cannot make sessions.
    let m = assert_code(
        f.iam.get_session_token(&c, None, None, None).await,
        "AccessDenied",
        403,
    );
    assert_eq!(m, "Cannot call GetSessionToken with session credentials");
    // The default lifetime is twelve hours.
    f.advance(12 * 3600 - 120);
    assert_code(f.authenticate(&session, "iam").await, "ExpiredToken", 403);
}

#[tokio::test]
async fn a_deleted_user_s_sessions_stop_working() {
    let f = Fixture::new().await;
    let (_, key) = f.user("alice", None).await;
    let caller = f.authenticate(&key, "sts").await.unwrap();
    let session: Key = f
        .iam
        .get_session_token(&caller, None, None, None)
        .await
        .unwrap()
        .into();
    f.authenticate(&session, "sts").await.unwrap();
    f.iam
        .delete_access_key(&root(), Some("alice"), &key.id)
        .await
        .unwrap();
    f.iam
        .delete_inline_policy(&root(), OwnerKind::User, "alice", "perm")
        .await
        .ok();
    f.iam.delete_user(&root(), "alice").await.unwrap();
    // A new user of the same name is someone else.
    f.iam
        .create_user(&root(), "alice", None, None, Vec::new())
        .await
        .unwrap();
    assert_code(
        f.authenticate(&session, "sts").await,
        "InvalidClientTokenId",
        403,
    );
}

// --- AssumeRole --------------------------------------------------------------------------

const TRUST_ACCOUNT_MFA: &str = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}]}"#;

async fn role(f: &Fixture, name: &str, trust: &str, policy: &str) {
    f.iam
        .create_role(
            &root(),
            NewRole {
                name,
                path: Some("/app/"),
                assume_role_policy: trust,
                max_session_duration: Some(7200),
                ..NewRole::default()
            },
        )
        .await
        .unwrap();
    f.iam
        .put_inline_policy(&root(), OwnerKind::Role, name, "perm", policy)
        .await
        .unwrap();
}

#[tokio::test]
async fn assume_role_with_mfa_and_the_session_it_makes() {
    let f = Fixture::new().await;
    let role_arn = format!("arn:aws:iam::{ACCOUNT}:role/app/deployer");
    role(
        &f,
        "deployer",
        TRUST_ACCOUNT_MFA,
        &allow(r#"["iam:ListRoles","iam:ListUsers"]"#, "*"),
    )
    .await;
    let (_, key) = f
        .user("alice", Some(&allow(r#""sts:AssumeRole""#, &role_arn)))
        .await;
    let (serial, seed) = f.enrol("alice", "phone").await;
    let codes = seed.codes().unwrap();
    let caller = f.authenticate(&key, "sts").await.unwrap();
    let request = |code: Option<String>| {
        let serial = serial.clone();
        let role_arn = role_arn.clone();
        let caller = caller.clone();
        let iam = &f.iam;
        async move {
            iam.assume_role(
                &caller,
                &AssumeRoleRequest {
                    role_arn: &role_arn,
                    role_session_name: "deploy-1",
                    duration_seconds: Some(7200),
                    serial_number: code.as_ref().map(|_| serial.as_str()),
                    token_code: code.as_deref(),
                    ..AssumeRoleRequest::default()
                },
            )
            .await
        }
    };
    let m = assert_code(request(None).await, "AccessDenied", 403);
    assert!(
        m.starts_with(&format!(
            "User: arn:aws:iam::{ACCOUNT}:user/alice is not authorized to perform: sts:AssumeRole on resource: {role_arn}"
        )),
        "{m}"
    );
    let wrong = assert_code(request(Some("000000".into())).await, "AccessDenied", 403);
    assert_eq!(wrong, BAD_CODE);
    let out = request(Some(codes.code(f.step() + 1))).await.unwrap();
    let role_id = f.iam.get_role(&root(), "deployer").await.unwrap().id;
    assert_eq!(out.assumed_role_id, format!("{role_id}:deploy-1"));
    assert_eq!(
        out.arn,
        format!("arn:aws:sts::{ACCOUNT}:assumed-role/deployer/deploy-1")
    );
    assert_eq!(
        out.credentials.expiration,
        f.now() + Duration::seconds(7200)
    );

    f.advance(60);
    let session: Key = out.credentials.into();
    let c = f.authenticate(&session, "iam").await.unwrap();
    assert_eq!(c.principal.kind, PrincipalKind::AssumedRole);
    assert_eq!(c.principal.arn, out.arn);
    assert_eq!(
        single(&c, "aws:PrincipalArn").as_deref(),
        Some(role_arn.as_str())
    );
    assert_eq!(
        single(&c, "aws:userid"),
        Some(format!("{role_id}:deploy-1"))
    );
    assert_eq!(
        single(&c, "aws:PrincipalType").as_deref(),
        Some("AssumedRole")
    );
    assert!(c.context.get("aws:username").is_none());
    assert_eq!(
        single(&c, "aws:MultiFactorAuthPresent").as_deref(),
        Some("true")
    );
    assert_eq!(single(&c, "aws:MultiFactorAuthAge").as_deref(), Some("60"));
    let id = f.iam.get_caller_identity(&c);
    assert_eq!(
        (id.arn, id.user_id),
        (out.arn.clone(), format!("{role_id}:deploy-1"))
    );

    // Authorized by the role's policies.
    f.iam.list_roles(&c, None, None, None).await.unwrap();
    let m = assert_code(
        f.iam.list_groups(&c, None, None, None).await,
        "AccessDenied",
        403,
    );
    assert!(
        m.starts_with(&format!("User: {} is not authorized", out.arn)),
        "{m}"
    );
    // Not an IAM user: no default user.
    assert_code(
        f.iam.create_access_key(&c, None).await,
        "ValidationError",
        400,
    );

    f.advance(7200 - 60);
    assert_code(f.authenticate(&session, "iam").await, "ExpiredToken", 403);
}

#[tokio::test]
async fn session_policies_intersect_the_role_s_permissions() {
    let f = Fixture::new().await;
    let trust = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:user/alice"},"Action":"sts:AssumeRole"}]}"#;
    role(
        &f,
        "reader",
        trust,
        &allow(r#"["iam:ListRoles","iam:ListUsers"]"#, "*"),
    )
    .await;
    // The trust policy names alice herself: no identity policy is needed.
    let (_, key) = f.user("alice", None).await;
    let caller = f.authenticate(&key, "sts").await.unwrap();
    let session_policy = allow(r#"["iam:ListUsers","iam:ListGroups"]"#, "*");
    let out = f
        .iam
        .assume_role(
            &caller,
            &AssumeRoleRequest {
                role_arn: &format!("arn:aws:iam::{ACCOUNT}:role/app/reader"),
                role_session_name: "scoped",
                policy: Some(&session_policy),
                ..AssumeRoleRequest::default()
            },
        )
        .await
        .unwrap();
    assert!(out.packed_policy_size.unwrap() > 0);
    let c = f
        .authenticate(&out.credentials.into(), "iam")
        .await
        .unwrap();
    f.iam.list_users(&c, None, None, None).await.unwrap();
    let m = assert_code(
        f.iam.list_roles(&c, None, None, None).await,
        "AccessDenied",
        403,
    );
    assert!(
        m.ends_with("because no session policy allows the iam:ListRoles action"),
        "{m}"
    );
    let m = assert_code(
        f.iam.list_groups(&c, None, None, None).await,
        "AccessDenied",
        403,
    );
    assert!(
        m.ends_with("because no identity-based policy allows the iam:ListGroups action"),
        "{m}"
    );

    // A wrong path in the ARN names no role; bob is not named by the trust policy.
    let m = assert_code(
        f.iam
            .assume_role(
                &caller,
                &AssumeRoleRequest {
                    role_arn: &format!("arn:aws:iam::{ACCOUNT}:role/reader"),
                    role_session_name: "x1",
                    ..AssumeRoleRequest::default()
                },
            )
            .await,
        "AccessDenied",
        403,
    );
    assert!(m.contains("sts:AssumeRole"), "{m}");
    let (_, bob_key) = f
        .user("bob", Some(&allow(r#""sts:AssumeRole""#, "*")))
        .await;
    let bob = f.authenticate(&bob_key, "sts").await.unwrap();
    assert_code(
        f.iam
            .assume_role(
                &bob,
                &AssumeRoleRequest {
                    role_arn: &format!("arn:aws:iam::{ACCOUNT}:role/app/reader"),
                    role_session_name: "x1",
                    ..AssumeRoleRequest::default()
                },
            )
            .await,
        "AccessDenied",
        403,
    );
    let m = assert_code(
        f.iam
            .assume_role(
                &caller,
                &AssumeRoleRequest {
                    role_arn: &format!("arn:aws:iam::{ACCOUNT}:role/app/reader"),
                    role_session_name: "big",
                    policy: Some(&format!(
                        r#"{{"Version":"2012-10-17","Statement":[{{"Sid":"{}","Effect":"Allow","Action":"iam:ListUsers","Resource":"*"}}]}}"#,
                        "A".repeat(2100)
                    )),
                    ..AssumeRoleRequest::default()
                },
            )
            .await,
        "PackedPolicyTooLarge",
        400,
    );
    assert!(m.starts_with("Packed policy consumes"), "{m}");
}
