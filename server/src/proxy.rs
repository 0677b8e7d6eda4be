//! The client's address behind a reverse proxy. `Forwarded` and `X-Forwarded-For` are believed
//! only when the TCP peer is a configured proxy (anyone can send those headers); then the
//! right-most hop that is not a trusted proxy is the client, since hops further left were written
//! by whoever sent the request and prove nothing.

use std::net::{IpAddr, SocketAddr};
use std::str::FromStr;

use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderMap, header};
use axum::middleware::Next;
use axum::response::Response;

use app::ssr::links::LinkKey;

/// A network in CIDR notation: "10.0.0.0/8", "::1/128", or one address ("127.0.0.1").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Network {
    base: IpAddr,
    prefix: u32,
}

impl FromStr for Network {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let (address, prefix) = text.trim().split_once('/').map_or((text.trim(), None), |(a, p)| (a, Some(p)));
        let base: IpAddr = address.parse().map_err(|_| format!("{text:?} is not an IP address or network"))?;
        let max = if base.is_ipv4() { 32 } else { 128 };
        let prefix = match prefix {
            Some(prefix) => {
                prefix.parse().ok().filter(|p| *p <= max).ok_or(format!("{text:?} has a bad prefix length"))?
            }
            None => max,
        };
        Ok(Network { base, prefix })
    }
}

impl Network {
    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = canonical(ip);
        match (self.base, ip) {
            (IpAddr::V4(base), IpAddr::V4(ip)) => {
                same_prefix(u32::from(base).into(), u32::from(ip).into(), self.prefix, 32)
            }
            (IpAddr::V6(base), IpAddr::V6(ip)) => same_prefix(u128::from(base), u128::from(ip), self.prefix, 128),
            _ => false,
        }
    }
}

fn same_prefix(a: u128, b: u128, prefix: u32, bits: u32) -> bool {
    prefix == 0 || (a ^ b) >> (bits - prefix) == 0
}

/// An IPv4 address seen through an IPv6 socket ("::ffff:10.0.0.1") is that IPv4 address.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    }
}

/// The proxies whose forwarding headers are believed (TREFFPUNKT_TRUSTED_PROXIES).
#[derive(Debug, Clone, Default)]
pub struct TrustedProxies(Vec<Network>);

impl FromStr for TrustedProxies {
    type Err = String;

    fn from_str(list: &str) -> Result<Self, Self::Err> {
        list.split(',').filter(|item| !item.trim().is_empty()).map(str::parse).collect::<Result<_, _>>().map(Self)
    }
}

impl TrustedProxies {
    fn trusts(&self, ip: IpAddr) -> bool {
        self.0.iter().any(|network| network.contains(ip))
    }

    /// The client's address for a request that arrived from `peer`.
    pub fn client(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        let peer = canonical(peer);
        if !self.trusts(peer) {
            return peer;
        }
        let mut hops = forwarded_hops(headers);
        // Right to left: the nearest hop first.
        let mut client = peer;
        while let Some(hop) = hops.pop() {
            let Some(hop) = hop else { return client };
            client = canonical(hop);
            if !self.trusts(client) {
                return client;
            }
        }
        client
    }
}

/// The addresses a request passed, left (first) to right (nearest), from `Forwarded` when present,
/// else from `X-Forwarded-For`. A hop that is not an address (`unknown`, an obfuscated name) is None.
fn forwarded_hops(headers: &HeaderMap) -> Vec<Option<IpAddr>> {
    let values = |name| headers.get_all(name).iter().filter_map(|value| value.to_str().ok()).collect::<Vec<_>>();
    let forwarded = values(header::FORWARDED);
    if !forwarded.is_empty() {
        return forwarded
            .iter()
            .flat_map(|value| value.split(','))
            .map(|element| {
                element.split(';').find_map(|pair| {
                    let (key, value) = pair.trim().split_once('=')?;
                    key.eq_ignore_ascii_case("for").then(|| parse_node(value.trim().trim_matches('"')))?
                })
            })
            .collect();
    }
    values(header::HeaderName::from_static("x-forwarded-for"))
        .iter()
        .flat_map(|value| value.split(','))
        .map(|hop| parse_node(hop.trim()))
        .collect()
}

/// "192.0.2.1", "192.0.2.1:4711", "[2001:db8::1]:4711" or "2001:db8::1".
fn parse_node(node: &str) -> Option<IpAddr> {
    if let Ok(ip) = node.parse() {
        return Some(ip);
    }
    if let Ok(socket) = node.parse::<SocketAddr>() {
        return Some(socket.ip());
    }
    node.strip_prefix('[')?.split_once(']')?.0.parse().ok()
}

/// The request's client address, for limits: put into the request's extensions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientIp(pub IpAddr);

impl ClientIp {
    /// The client's network, as stored beside a registration: an HMAC of the IPv4 address, or of
    /// the IPv6 /64 (one phone or household holds a whole /64 and may change within it).
    pub fn network(self, key: &LinkKey) -> String {
        let bytes = match canonical(self.0) {
            IpAddr::V4(v4) => v4.octets().to_vec(),
            IpAddr::V6(v6) => v6.octets()[..8].to_vec(),
        };
        key.digest(&[b"network", &bytes])
    }
}

pub async fn resolve_client(
    State(proxies): State<std::sync::Arc<TrustedProxies>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    mut request: Request,
    next: Next,
) -> Response {
    let client = proxies.client(peer.ip(), request.headers());
    request.extensions_mut().insert(ClientIp(client));
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        pairs
            .iter()
            .map(|(name, value)| (header::HeaderName::from_static(name), HeaderValue::from_static(value)))
            .collect()
    }

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn networks_parse_and_match() {
        let lan: Network = "10.0.0.0/8".parse().unwrap();
        assert!(lan.contains(ip("10.200.1.2")) && !lan.contains(ip("11.0.0.1")));
        assert!(lan.contains(ip("::ffff:10.0.0.1")), "IPv4 seen through IPv6");
        let one: Network = "127.0.0.1".parse().unwrap();
        assert!(one.contains(ip("127.0.0.1")) && !one.contains(ip("127.0.0.2")));
        let v6: Network = "2001:db8::/32".parse().unwrap();
        assert!(v6.contains(ip("2001:db8:1::5")) && !v6.contains(ip("2001:db9::1")));
        assert!("0.0.0.0/0".parse::<Network>().unwrap().contains(ip("8.8.8.8")));
        for bad in ["10.0.0.0/33", "example.org", "10.0.0.0/x", "::/129"] {
            assert!(bad.parse::<Network>().is_err(), "{bad}");
        }
        assert!("".parse::<TrustedProxies>().unwrap().0.is_empty());
    }

    #[test]
    fn forwarding_headers_count_only_from_trusted_proxies() {
        let proxies: TrustedProxies = "127.0.0.1, 10.0.0.0/8".parse().unwrap();
        let forged = headers(&[("x-forwarded-for", "203.0.113.9")]);
        assert_eq!(proxies.client(ip("198.51.100.7"), &forged), ip("198.51.100.7"), "an untrusted peer's header");
        assert_eq!(proxies.client(ip("127.0.0.1"), &forged), ip("203.0.113.9"));
        // The client wrote the left part itself: the right-most untrusted hop counts.
        let chain = headers(&[("x-forwarded-for", "1.2.3.4, 203.0.113.9, 10.0.0.5")]);
        assert_eq!(proxies.client(ip("127.0.0.1"), &chain), ip("203.0.113.9"));
        let forwarded = headers(&[("forwarded", "for=1.2.3.4, for=\"[2001:db8::7]:4711\";proto=https")]);
        assert_eq!(proxies.client(ip("10.1.1.1"), &forwarded), ip("2001:db8::7"));
        let unknown = headers(&[("forwarded", "for=unknown")]);
        assert_eq!(proxies.client(ip("10.1.1.1"), &unknown), ip("10.1.1.1"));
        assert_eq!(proxies.client(ip("127.0.0.1"), &HeaderMap::new()), ip("127.0.0.1"));
    }
}
