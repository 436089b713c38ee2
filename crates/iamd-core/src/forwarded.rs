//! Who is on the other end of a request: the one rule both front doors (the API and the
//! console) use to decide the client's address (`aws:SourceIp`, the trail's
//! `sourceIPAddress`) and whether it came over TLS (`aws:SecureTransport`, the console
//! cookie's `Secure`).
//!
//! A connection speaks for itself: its peer address, and TLS when iamd terminated it. Only a
//! reverse proxy listed in `IAMD_TRUSTED_PROXIES` may speak for the client behind it, with
//! `X-Forwarded-For` (the last address, the one the proxy itself appended) and
//! `X-Forwarded-Proto`. From anyone else those headers are ignored: a client could write
//! anything in them.

use std::net::IpAddr;

/// The environment variable listing trusted proxies (comma-separated IP addresses); the
/// binary reads it (core reads no environment) and parses it with [`parse_trusted_proxies`].
pub const TRUSTED_PROXIES_ENV: &str = "IAMD_TRUSTED_PROXIES";

/// `10.0.0.1, 10.0.0.2` → the addresses; an item that is not an IP address is an error.
pub fn parse_trusted_proxies(list: &str) -> Result<Vec<IpAddr>, String> {
    list.split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|item| {
            item.parse()
                .map_err(|_| format!("{TRUSTED_PROXIES_ENV}: \"{item}\" is not an IP address"))
        })
        .collect()
}

/// The client of one request, as far as it can be believed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Client {
    /// The client's address; `None` when the connection has none (tests without a socket).
    pub ip: Option<IpAddr>,
    /// Whether the client's request travelled over TLS.
    pub secure_transport: bool,
}

/// The client behind a connection from `peer` (over TLS when `tls`), carrying the
/// `X-Forwarded-For` and `X-Forwarded-Proto` headers given, under `trusted` proxies.
pub fn client(
    trusted: &[IpAddr],
    peer: Option<IpAddr>,
    tls: bool,
    forwarded_for: Option<&str>,
    forwarded_proto: Option<&str>,
) -> Client {
    let from_proxy = peer.is_some_and(|p| trusted.contains(&p));
    if !from_proxy {
        return Client {
            ip: peer,
            secure_transport: tls,
        };
    }
    // The proxy appends the address it saw: the last entry is the one it vouches for.
    let forwarded_ip = forwarded_for
        .and_then(|v| v.rsplit(',').next())
        .map(str::trim)
        .and_then(|s| s.parse::<IpAddr>().ok());
    let https = forwarded_proto.is_some_and(|p| p.trim().eq_ignore_ascii_case("https"));
    Client {
        ip: forwarded_ip.or(peer),
        // Over TLS to iamd itself, or over TLS to a proxy that says so.
        secure_transport: tls || https,
    }
}

/// Whether a connection was made over TLS that iamd terminated (a request extension the
/// listener sets; absent means plain HTTP).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Tls(pub bool);

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> Option<IpAddr> {
        s.parse().ok()
    }

    #[test]
    fn forwarded_headers_count_only_from_a_trusted_proxy() {
        let trusted = parse_trusted_proxies(" 10.0.0.1 ,").unwrap();
        let via_proxy = client(
            &trusted,
            ip("10.0.0.1"),
            false,
            Some("198.51.100.1, 203.0.113.9"),
            Some("https"),
        );
        assert_eq!(
            via_proxy,
            Client {
                ip: ip("203.0.113.9"),
                secure_transport: true
            }
        );
        let direct = client(
            &trusted,
            ip("192.0.2.7"),
            false,
            Some("203.0.113.9"),
            Some("https"),
        );
        assert_eq!(
            direct,
            Client {
                ip: ip("192.0.2.7"),
                secure_transport: false
            }
        );
        // A proxy that forwards nothing usable: the proxy itself.
        let bare = client(&trusted, ip("10.0.0.1"), false, Some("junk"), None);
        assert_eq!(
            bare,
            Client {
                ip: ip("10.0.0.1"),
                secure_transport: false
            }
        );
        // TLS to iamd itself is secure whoever connects.
        assert!(client(&[], ip("192.0.2.7"), true, None, Some("http")).secure_transport);
        assert!(parse_trusted_proxies("10.0.0.1,proxy").is_err());
    }
}
