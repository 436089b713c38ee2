//! Reading condition values as the operators read them: numbers, dates, booleans, IP
//! networks and base64 binary. The same readers serve policy values (at compile time, where a
//! failure is a validation error) and context values (at evaluation, where a value that does
//! not read makes the comparison fail).

use std::net::IpAddr;

use time::format_description::well_known::{Iso8601, Rfc3339};
use time::{Date, OffsetDateTime, PrimitiveDateTime};

/// A number as the Numeric operators compare it (integers and decimals).
pub(crate) fn parse_number(text: &str) -> Option<f64> {
    let t = text.trim();
    // Only plain decimal notation: digits, one optional sign, one optional point.
    let body = t.strip_prefix(['-', '+']).unwrap_or(t);
    let valid = !body.is_empty()
        && body.bytes().all(|b| b.is_ascii_digit() || b == b'.')
        && body.bytes().filter(|b| *b == b'.').count() <= 1
        && body.bytes().any(|b| b.is_ascii_digit());
    if !valid {
        return None;
    }
    t.parse::<f64>().ok().filter(|n| n.is_finite())
}

/// A date as the Date operators compare it, in nanoseconds since the Unix epoch. Accepts the
/// W3C ISO 8601 forms (`2026-11-22`, `2026-11-22T15:46:58Z`, with fractions or an offset,
/// without a zone meaning UTC) and epoch seconds (IAM User Guide, "Condition operators": Date).
pub(crate) fn parse_date(text: &str) -> Option<i128> {
    let t = text.trim();
    if let Some(n) = parse_number(t) {
        // Epoch seconds, possibly with a fraction.
        return Some((n * 1e9) as i128);
    }
    if let Ok(dt) = OffsetDateTime::parse(t, &Rfc3339) {
        return Some(dt.unix_timestamp_nanos());
    }
    if let Ok(dt) = OffsetDateTime::parse(t, &Iso8601::DEFAULT) {
        return Some(dt.unix_timestamp_nanos());
    }
    if let Ok(dt) = PrimitiveDateTime::parse(t, &Iso8601::DEFAULT) {
        return Some(dt.assume_utc().unix_timestamp_nanos());
    }
    if let Ok(d) = Date::parse(t, &Iso8601::DEFAULT) {
        return Some(d.midnight().assume_utc().unix_timestamp_nanos());
    }
    None
}

/// `true` / `false`, in any case.
pub(crate) fn parse_bool(text: &str) -> Option<bool> {
    let t = text.trim();
    if t.eq_ignore_ascii_case("true") {
        Some(true)
    } else if t.eq_ignore_ascii_case("false") {
        Some(false)
    } else {
        None
    }
}

/// An IPv4 or IPv6 network in CIDR notation; a bare address is a /32 (or /128).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct IpNet {
    addr: IpAddr,
    prefix: u8,
}

impl IpNet {
    pub(crate) fn parse(text: &str) -> Option<IpNet> {
        let t = text.trim();
        let (addr, prefix) = match t.split_once('/') {
            Some((a, p)) => (a.parse::<IpAddr>().ok()?, Some(p.parse::<u8>().ok()?)),
            None => (t.parse::<IpAddr>().ok()?, None),
        };
        let max = if addr.is_ipv4() { 32 } else { 128 };
        let prefix = prefix.unwrap_or(max);
        (prefix <= max).then_some(IpNet { addr, prefix })
    }

    pub(crate) fn contains(&self, ip: IpAddr) -> bool {
        match (self.addr, ip) {
            (IpAddr::V4(net), IpAddr::V4(ip)) => prefix_eq(
                u128::from(u32::from(net)) << 96,
                u128::from(u32::from(ip)) << 96,
                self.prefix,
            ),
            (IpAddr::V6(net), IpAddr::V6(ip)) => {
                prefix_eq(u128::from(net), u128::from(ip), self.prefix)
            }
            (IpAddr::V4(_), IpAddr::V6(v6)) => match v6.to_ipv4_mapped() {
                Some(v4) => self.contains(IpAddr::V4(v4)),
                None => false,
            },
            (IpAddr::V6(_), IpAddr::V4(v4)) => self.contains(IpAddr::V6(v4.to_ipv6_mapped())),
        }
    }
}

fn prefix_eq(a: u128, b: u128, prefix: u8) -> bool {
    if prefix == 0 {
        return true;
    }
    let mask = u128::MAX << (128 - u32::from(prefix.min(128)));
    a & mask == b & mask
}

/// A request's address: an address, or a network written as CIDR whose base address is used.
pub(crate) fn parse_ip(text: &str) -> Option<IpAddr> {
    let t = text.trim();
    let addr = t.split_once('/').map_or(t, |(a, _)| a);
    addr.parse().ok()
}

/// Base64 (standard alphabet, padded) as BinaryEquals values are written.
pub(crate) fn parse_base64(text: &str) -> Option<Vec<u8>> {
    data_encoding::BASE64.decode(text.trim().as_bytes()).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers() {
        assert_eq!(parse_number("3600"), Some(3600.0));
        assert_eq!(parse_number("-1.5"), Some(-1.5));
        assert_eq!(parse_number("1e3"), None);
        assert_eq!(parse_number("NaN"), None);
        assert_eq!(parse_number("inf"), None);
        assert_eq!(parse_number(""), None);
        assert_eq!(parse_number("."), None);
    }

    #[test]
    fn dates_in_every_documented_form_agree() {
        let want = parse_date("2026-11-22T00:00:00Z");
        assert!(want.is_some());
        for form in [
            "2026-11-22",
            "2026-11-22T00:00:00",
            "2026-11-22T00:00:00.000Z",
            "2026-11-22T01:00:00+01:00",
            "1795305600",
        ] {
            assert_eq!(parse_date(form), want, "{form}");
        }
        assert_eq!(parse_date("yesterday"), None);
    }

    #[test]
    fn ip_networks() {
        let net = IpNet::parse("203.0.113.0/24").unwrap();
        assert!(net.contains("203.0.113.9".parse().unwrap()));
        assert!(!net.contains("203.0.114.9".parse().unwrap()));
        let host = IpNet::parse("203.0.113.7").unwrap();
        assert!(host.contains("203.0.113.7".parse().unwrap()));
        assert!(!host.contains("203.0.113.8".parse().unwrap()));
        let v6 = IpNet::parse("2001:db8::/32").unwrap();
        assert!(v6.contains("2001:db8:1::5".parse().unwrap()));
        assert!(!v6.contains("2001:db9::5".parse().unwrap()));
        assert!(
            IpNet::parse("0.0.0.0/0")
                .unwrap()
                .contains("8.8.8.8".parse().unwrap())
        );
        assert!(IpNet::parse("10.0.0.0/33").is_none());
        assert!(IpNet::parse("not-an-ip").is_none());
        // IPv4-mapped IPv6 addresses are the IPv4 address.
        assert!(net.contains("::ffff:203.0.113.9".parse().unwrap()));
    }

    #[test]
    fn booleans_ignore_case() {
        assert_eq!(parse_bool("TRUE"), Some(true));
        assert_eq!(parse_bool("false"), Some(false));
        assert_eq!(parse_bool("yes"), None);
    }
}
