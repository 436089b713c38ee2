//! Reading the signature out of a request, and the checks that need no secret.

use std::borrow::Cow;

use time::{Date, Month, OffsetDateTime, PrimitiveDateTime, Time};

use crate::canonical::{QueryPair, decode_query, query_param, trim_blanks, utf8};
use crate::dates::format_amz_date_time;
use crate::error::SigV4Error;
use crate::request::{
    ALGORITHM, MAX_EXPIRES_SECONDS, RequestParts, Settings, SignatureLocation, SignatureRequest,
    declared_content_sha256,
};

/// Parses the request's signature with [`Settings::default`] and checks everything that needs
/// no secret, at time `now`.
pub fn parse(req: &RequestParts<'_>, now: OffsetDateTime) -> Result<SignatureRequest, SigV4Error> {
    parse_with(req, now, &Settings::default())
}

/// The signature fields as sent, before checking.
struct RawSignature<'a> {
    credential: Cow<'a, str>,
    signed_headers: Cow<'a, str>,
    signature: Cow<'a, str>,
    /// The `X-Amz-Date` value, or a `Date` header already converted.
    amz_date: String,
    signed_at: OffsetDateTime,
    security_token: Option<String>,
    location: SignatureLocation,
}

/// [`parse`] with explicit [`Settings`].
pub fn parse_with(
    req: &RequestParts<'_>,
    now: OffsetDateTime,
    settings: &Settings,
) -> Result<SignatureRequest, SigV4Error> {
    let query = decode_query(req.query);
    let raw = match (
        req.header("authorization"),
        query_param(&query, "X-Amz-Algorithm"),
    ) {
        (Some(_), Some(_)) => return Err(SigV4Error::MultipleAuthenticationMechanisms),
        (Some(header), None) => from_header(req, header)?,
        (None, Some(algorithm)) => from_query(&query, algorithm)?,
        (None, None) => return Err(SigV4Error::MissingAuthenticationToken),
    };

    // Credential: AKID/YYYYMMDD/region/service/aws4_request.
    let parts: Vec<&str> = raw.credential.split('/').collect();
    let [access_key_id, scope_date, region, service, terminator] = parts.as_slice() else {
        return Err(malformed_credential(&raw.credential));
    };
    if access_key_id.is_empty() || scope_date.is_empty() || service.is_empty() {
        return Err(malformed_credential(&raw.credential));
    }

    let (signed_headers, signed_headers_text) = parse_signed_headers(&raw.signed_headers)?;
    if !signed_headers.iter().any(|h| h == "host") {
        return Err(SigV4Error::HostNotSigned);
    }
    let signature = parse_signature(&raw.signature)?;

    if *terminator != "aws4_request" {
        return Err(SigV4Error::InvalidTerminator {
            terminator: (*terminator).to_owned(),
        });
    }
    if raw.amz_date.get(..8) != Some(*scope_date) {
        return Err(SigV4Error::ScopeDateMismatch {
            scope_date: (*scope_date).to_owned(),
            request_date_time: raw.amz_date,
        });
    }
    if !is_region(region) {
        return Err(SigV4Error::InvalidRegion {
            region: (*region).to_owned(),
        });
    }

    check_time(raw.signed_at, raw.location, now, settings)?;

    for name in &signed_headers {
        if req.header(name).is_none() {
            return Err(SigV4Error::SignedHeaderMissing { name: name.clone() });
        }
    }
    declared_content_sha256(req, raw.location)?;

    Ok(SignatureRequest {
        access_key_id: (*access_key_id).to_owned(),
        date: raw.signed_at.date(),
        region: (*region).to_owned(),
        service: (*service).to_owned(),
        signed_headers,
        signed_headers_text,
        signature,
        security_token: raw.security_token,
        amz_date: raw.amz_date,
        signed_at: raw.signed_at,
        location: raw.location,
        settings: settings.clone(),
    })
}

fn malformed_credential(credential: &str) -> SigV4Error {
    SigV4Error::MalformedCredential {
        credential: credential.to_owned(),
    }
}

/// `Authorization: AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…`.
fn from_header<'a>(
    req: &RequestParts<'a>,
    header: &'a [u8],
) -> Result<RawSignature<'a>, SigV4Error> {
    let header = trim_blanks(utf8(header, "Authorization")?);
    let (algorithm, elements) = header.split_once(' ').unwrap_or((header, ""));
    if algorithm != ALGORITHM {
        return Err(SigV4Error::UnsupportedAlgorithm {
            algorithm: algorithm.to_owned(),
        });
    }
    let (mut credential, mut signed_headers, mut signature) = (None, None, None);
    for element in elements.split(',').map(trim_blanks) {
        if element.is_empty() {
            continue;
        }
        let Some((key, value)) = element.split_once('=') else {
            return Err(SigV4Error::MalformedAuthorizationElement {
                element: element.to_owned(),
                header: header.to_owned(),
            });
        };
        let value = Some(Cow::Borrowed(trim_blanks(value)));
        match trim_blanks(key) {
            "Credential" => credential = value,
            "SignedHeaders" => signed_headers = value,
            "Signature" => signature = value,
            _ => {}
        }
    }

    let date = match req.header("x-amz-date") {
        Some(value) => {
            let value = trim_blanks(utf8(value, "X-Amz-Date")?);
            Some((value.to_owned(), parse_amz_date(value)?))
        }
        None => match req.header("date") {
            Some(value) => {
                let signed_at = parse_http_date(trim_blanks(utf8(value, "Date")?))?;
                Some((format_amz_date_time(signed_at), signed_at))
            }
            None => None,
        },
    };

    let (credential, signed_headers, signature, (amz_date, signed_at)) =
        match (credential, signed_headers, signature, date) {
            (Some(c), Some(h), Some(s), Some(d)) => (c, h, s, d),
            (c, h, s, d) => {
                let missing = [
                    ("Credential", c.is_none()),
                    ("Signature", s.is_none()),
                    ("SignedHeaders", h.is_none()),
                    ("Date", d.is_none()),
                ]
                .into_iter()
                .filter_map(|(name, is_missing)| is_missing.then_some(name))
                .collect();
                return Err(SigV4Error::IncompleteAuthorizationHeader { missing });
            }
        };

    let security_token = match req.header("x-amz-security-token") {
        Some(token) => Some(trim_blanks(utf8(token, "X-Amz-Security-Token")?).to_owned()),
        None => None,
    };

    Ok(RawSignature {
        credential,
        signed_headers,
        signature,
        amz_date,
        signed_at,
        security_token,
        location: SignatureLocation::Header,
    })
}

/// `?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=…&X-Amz-Date=…&X-Amz-Expires=…&…`.
fn from_query<'a>(
    query: &[QueryPair<'_>],
    algorithm: &[u8],
) -> Result<RawSignature<'a>, SigV4Error> {
    if algorithm != ALGORITHM.as_bytes() {
        return Err(SigV4Error::MissingAuthenticationToken);
    }
    let get = |name: &'static str| -> Result<Option<String>, SigV4Error> {
        query_param(query, name)
            .map(|value| utf8(value, name).map(str::to_owned))
            .transpose()
    };
    let credential = get("X-Amz-Credential")?;
    let signature = get("X-Amz-Signature")?;
    let signed_headers = get("X-Amz-SignedHeaders")?;
    let date = get("X-Amz-Date")?;
    let (credential, signature, signed_headers, amz_date) =
        match (credential, signature, signed_headers, date) {
            (Some(c), Some(s), Some(h), Some(d)) => (c, s, h, d),
            (c, s, h, d) => {
                let missing = [
                    ("X-Amz-Credential", c.is_none()),
                    ("X-Amz-Signature", s.is_none()),
                    ("X-Amz-SignedHeaders", h.is_none()),
                    ("X-Amz-Date", d.is_none()),
                ]
                .into_iter()
                .filter_map(|(name, is_missing)| is_missing.then_some(name))
                .collect();
                return Err(SigV4Error::IncompleteQueryParameters { missing });
            }
        };
    let signed_at = parse_amz_date(&amz_date)?;
    let expires_in_seconds = get("X-Amz-Expires")?
        .map(|value| match value.parse::<u32>() {
            Ok(seconds)
                if (1..=MAX_EXPIRES_SECONDS).contains(&seconds) && !value.starts_with('+') =>
            {
                Ok(seconds)
            }
            _ => Err(SigV4Error::InvalidExpires { value }),
        })
        .transpose()?;

    Ok(RawSignature {
        credential: Cow::Owned(credential),
        signed_headers: Cow::Owned(signed_headers),
        signature: Cow::Owned(signature),
        amz_date,
        signed_at,
        security_token: get("X-Amz-Security-Token")?,
        location: SignatureLocation::Query { expires_in_seconds },
    })
}

/// Header names (RFC 9110 tokens) separated by `;`. Returns them lowercased, and the text.
fn parse_signed_headers(text: &str) -> Result<(Vec<String>, String), SigV4Error> {
    let is_token_char = |c: char| c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(c);
    let names: Vec<String> = text.split(';').map(str::to_ascii_lowercase).collect();
    if names
        .iter()
        .any(|n| n.is_empty() || !n.chars().all(is_token_char))
    {
        return Err(SigV4Error::MalformedSignedHeaders {
            value: text.to_owned(),
        });
    }
    Ok((names, text.to_owned()))
}

fn parse_signature(text: &str) -> Result<[u8; 32], SigV4Error> {
    let mut signature = [0u8; 32];
    let malformed = || SigV4Error::MalformedSignature {
        value: text.to_owned(),
    };
    if text.len() != 64 {
        return Err(malformed());
    }
    data_encoding::HEXLOWER_PERMISSIVE
        .decode_mut(text.as_bytes(), &mut signature)
        .map_err(|_| malformed())?;
    Ok(signature)
}

/// A region name: lowercase letters, digits and dashes.
fn is_region(region: &str) -> bool {
    !region.is_empty()
        && region
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn digits(s: &str) -> Option<u32> {
    if s.is_empty() || !s.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    s.parse().ok()
}

fn date_time(year: u32, month: u32, day: u32, h: u32, m: u32, s: u32) -> Option<OffsetDateTime> {
    let month = Month::try_from(u8::try_from(month).ok()?).ok()?;
    let date =
        Date::from_calendar_date(i32::try_from(year).ok()?, month, u8::try_from(day).ok()?).ok()?;
    let time = Time::from_hms(
        u8::try_from(h).ok()?,
        u8::try_from(m).ok()?,
        u8::try_from(s).ok()?,
    )
    .ok()?;
    Some(PrimitiveDateTime::new(date, time).assume_utc())
}

/// `YYYYMMDDTHHMMSSZ`, exactly.
fn parse_amz_date(value: &str) -> Result<OffsetDateTime, SigV4Error> {
    let field = |range: std::ops::Range<usize>| value.get(range).and_then(digits);
    let parsed =
        if value.len() == 16 && value.get(8..9) == Some("T") && value.get(15..) == Some("Z") {
            match (
                field(0..4),
                field(4..6),
                field(6..8),
                field(9..11),
                field(11..13),
                field(13..15),
            ) {
                (Some(y), Some(mo), Some(d), Some(h), Some(mi), Some(s)) => {
                    date_time(y, mo, d, h, mi, s)
                }
                _ => None,
            }
        } else {
            None
        };
    parsed.ok_or_else(|| SigV4Error::MalformedDate {
        value: value.to_owned(),
    })
}

/// An HTTP `Date` header in IMF-fixdate form: `Sun, 06 Nov 1994 08:49:37 GMT`.
fn parse_http_date(value: &str) -> Result<OffsetDateTime, SigV4Error> {
    const MONTHS: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    let parsed = (|| {
        let fields: Vec<&str> = value.split_ascii_whitespace().collect();
        let [_weekday, day, month, year, clock, "GMT"] = fields.as_slice() else {
            return None;
        };
        let month = MONTHS.iter().position(|m| m == month)?;
        let mut clock = clock.split(':');
        let (h, m, s) = (clock.next()?, clock.next()?, clock.next()?);
        if clock.next().is_some() || year.len() != 4 {
            return None;
        }
        date_time(
            digits(year)?,
            u32::try_from(month).ok()? + 1,
            digits(day)?,
            digits(h)?,
            digits(m)?,
            digits(s)?,
        )
    })();
    parsed.ok_or_else(|| SigV4Error::MalformedDate {
        value: value.to_owned(),
    })
}

fn check_time(
    signed_at: OffsetDateTime,
    location: SignatureLocation,
    now: OffsetDateTime,
    settings: &Settings,
) -> Result<(), SigV4Error> {
    let max_skew = settings.max_skew;
    if now
        .checked_add(max_skew)
        .is_some_and(|latest| signed_at > latest)
    {
        return Err(SigV4Error::SignatureNotYetCurrent {
            signed_at,
            now,
            max_skew,
        });
    }
    match location {
        SignatureLocation::Query {
            expires_in_seconds: Some(seconds),
        } => {
            let expired = signed_at
                .checked_add(time::Duration::seconds(i64::from(seconds)))
                .is_some_and(|until| now > until);
            if expired {
                return Err(SigV4Error::RequestExpired {
                    signed_at,
                    expires_in_seconds: seconds,
                    now,
                });
            }
        }
        SignatureLocation::Header | SignatureLocation::Query { .. } => {
            if now
                .checked_sub(max_skew)
                .is_some_and(|earliest| signed_at < earliest)
            {
                return Err(SigV4Error::SignatureExpired {
                    signed_at,
                    now,
                    max_skew,
                });
            }
        }
    }
    Ok(())
}
