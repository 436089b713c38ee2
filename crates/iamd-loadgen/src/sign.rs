//! SigV4 signing of IAM / STS Query requests, the way botocore signs them: `POST /`, a form
//! body, the headers `content-type;host;x-amz-date` signed, the body hashed, no
//! `x-amz-content-sha256` header.

use std::fmt::Write as _;
use std::sync::Arc;

use data_encoding::HEXLOWER;
use iamd_sigv4::{SecretKey, SigningKey, format_amz_date_time};
use sha2::{Digest, Sha256};
use time::{Date, OffsetDateTime, UtcOffset};

/// The content type botocore sends with Query protocol bodies.
pub const CONTENT_TYPE: &str = "application/x-www-form-urlencoded; charset=utf-8";

const SIGNED_HEADERS: &str = "content-type;host;x-amz-date";

/// An access key and its secret.
#[derive(Debug)]
pub struct Credentials {
    access_key_id: String,
    secret: SecretKey,
}

impl Credentials {
    pub fn new(access_key_id: impl Into<String>, secret: impl Into<String>) -> Self {
        Self {
            access_key_id: access_key_id.into(),
            secret: SecretKey::new(secret),
        }
    }
}

/// The signing service of a request.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Service {
    Iam,
    Sts,
}

impl Service {
    pub fn name(self) -> &'static str {
        match self {
            Service::Iam => "iam",
            Service::Sts => "sts",
        }
    }
}

/// The headers a signature adds to a request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Signed {
    pub amz_date: String,
    pub authorization: String,
}

/// Signs requests with one access key in one region. The derived signing key is kept per
/// (date, service), so each request costs two SHA-256 hashes and one HMAC.
#[derive(Debug)]
pub struct Signer {
    credentials: Arc<Credentials>,
    region: String,
    keys: Vec<(Date, Service, SigningKey)>,
}

impl Signer {
    pub fn new(credentials: Arc<Credentials>, region: impl Into<String>) -> Self {
        Self {
            credentials,
            region: region.into(),
            keys: Vec::new(),
        }
    }

    fn key(&mut self, date: Date, service: Service) -> SigningKey {
        if let Some((_, _, key)) = self
            .keys
            .iter()
            .find(|(d, s, _)| *d == date && *s == service)
        {
            return key.clone();
        }
        let key = SigningKey::derive(&self.credentials.secret, date, &self.region, service.name());
        self.keys.retain(|(d, _, _)| *d == date);
        self.keys.push((date, service, key.clone()));
        key
    }

    /// Signs `POST /` to `host` (the `Host` header as sent, with the port) carrying `body`.
    pub fn sign(
        &mut self,
        service: Service,
        host: &str,
        body: &[u8],
        now: OffsetDateTime,
    ) -> Signed {
        let now = now.to_offset(UtcOffset::UTC);
        let amz_date = format_amz_date_time(now);
        let scope_date = amz_date.get(..8).unwrap_or_default();
        let body_hash = HEXLOWER.encode(&Sha256::digest(body));
        let canonical = format!(
            "POST\n/\n\ncontent-type:{CONTENT_TYPE}\nhost:{host}\nx-amz-date:{amz_date}\n\n{SIGNED_HEADERS}\n{body_hash}"
        );
        let scope = format!(
            "{scope_date}/{}/{}/aws4_request",
            self.region,
            service.name()
        );
        let string_to_sign = format!(
            "AWS4-HMAC-SHA256\n{amz_date}\n{scope}\n{}",
            HEXLOWER.encode(&Sha256::digest(canonical.as_bytes()))
        );
        let signature = HEXLOWER.encode(
            &self
                .key(now.date(), service)
                .sign(string_to_sign.as_bytes()),
        );
        let authorization = format!(
            "AWS4-HMAC-SHA256 Credential={}/{scope}, SignedHeaders={SIGNED_HEADERS}, Signature={signature}",
            self.credentials.access_key_id
        );
        Signed {
            amz_date,
            authorization,
        }
    }
}

/// Percent-encodes as botocore does for Query bodies: everything but `A-Z a-z 0-9 - _ . ~`.
pub fn encode(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for b in text.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// A Query protocol body: `Action`, `Version`, then `params`, each encoded.
pub fn query_body(action: &str, version: &str, params: &[(&str, &str)]) -> String {
    let mut body = format!("Action={}&Version={}", encode(action), encode(version));
    for (name, value) in params {
        body.push('&');
        body.push_str(&encode(name));
        body.push('=');
        body.push_str(&encode(value));
    }
    body
}

#[cfg(test)]
mod tests {
    use std::time::{Duration, SystemTime};

    use aws_sigv4::http_request::{SignableBody, SignableRequest, SigningSettings, sign};
    use aws_sigv4::sign::v4;
    use iamd_sigv4::{RequestParts, parse, verify};

    use super::*;

    const KEY_ID: &str = "AKIAIOSFODNN7EXAMPLE";
    const SECRET: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";

    fn sdk_authorization(service: &str, host: &str, body: &str, at: u64) -> (String, String) {
        let identity =
            aws_credential_types::Credentials::new(KEY_ID, SECRET, None, None, "test").into();
        let params = v4::SigningParams::builder()
            .identity(&identity)
            .region("us-east-1")
            .name(service)
            .time(SystemTime::UNIX_EPOCH + Duration::from_secs(at))
            .settings(SigningSettings::default())
            .build()
            .unwrap()
            .into();
        let headers = [("content-type", CONTENT_TYPE), ("host", host)];
        let signable = SignableRequest::new(
            "POST",
            format!("http://{host}/"),
            headers.into_iter(),
            SignableBody::Bytes(body.as_bytes()),
        )
        .unwrap();
        let (instructions, _) = sign(signable, &params).unwrap().into_parts();
        let mut date = String::new();
        let mut authorization = String::new();
        for (name, value) in instructions.headers() {
            match name {
                "x-amz-date" => date = value.to_owned(),
                "authorization" => authorization = value.to_owned(),
                _ => {}
            }
        }
        (date, authorization)
    }

    #[test]
    fn matches_the_aws_sdk_signer() {
        let creds = Arc::new(Credentials::new(KEY_ID, SECRET));
        let mut signer = Signer::new(creds, "us-east-1");
        let cases = [
            (
                Service::Iam,
                "127.0.0.1:8080",
                query_body("GetUser", "2010-05-08", &[]),
            ),
            (
                Service::Iam,
                "localhost:41234",
                query_body(
                    "SimulatePrincipalPolicy",
                    "2010-05-08",
                    &[
                        ("PolicySourceArn", "arn:aws:iam::123456789012:user/bench"),
                        ("ActionNames.member.1", "iam:GetUser"),
                    ],
                ),
            ),
            (
                Service::Sts,
                "127.0.0.1:9",
                query_body("GetCallerIdentity", "2011-06-15", &[]),
            ),
        ];
        for at in [1_440_938_160u64, 1_795_000_000] {
            for (service, host, body) in &cases {
                let now = OffsetDateTime::from_unix_timestamp(at as i64).unwrap();
                let ours = signer.sign(*service, host, body.as_bytes(), now);
                let (date, authorization) = sdk_authorization(service.name(), host, body, at);
                assert_eq!(ours.amz_date, date);
                assert_eq!(ours.authorization, authorization);
                let east = now.to_offset(UtcOffset::from_hms(14, 0, 0).unwrap());
                assert_eq!(signer.sign(*service, host, body.as_bytes(), east), ours);
            }
        }
    }

    #[test]
    fn the_server_verifier_accepts_it() {
        let creds = Arc::new(Credentials::new(KEY_ID, SECRET));
        let mut signer = Signer::new(creds, "us-east-1");
        let body = query_body("ListUsers", "2010-05-08", &[("MaxItems", "100")]);
        let now = OffsetDateTime::from_unix_timestamp(1_795_000_000).unwrap();
        let signed = signer.sign(Service::Iam, "127.0.0.1:8080", body.as_bytes(), now);
        let headers: &[(&str, &[u8])] = &[
            ("host", b"127.0.0.1:8080"),
            ("content-type", CONTENT_TYPE.as_bytes()),
            ("x-amz-date", signed.amz_date.as_bytes()),
            ("authorization", signed.authorization.as_bytes()),
        ];
        let req = RequestParts {
            method: "POST",
            path: "/",
            query: "",
            headers,
            body: body.as_bytes(),
        };
        let parsed = parse(&req, now).unwrap();
        verify(&parsed, &req, &SecretKey::from(SECRET)).unwrap();
    }

    #[test]
    fn encodes_like_botocore() {
        assert_eq!(
            query_body("GetUser", "2010-05-08", &[("UserName", "a b+c/d:é")]),
            "Action=GetUser&Version=2010-05-08&UserName=a%20b%2Bc%2Fd%3A%C3%A9"
        );
    }
}
