//! What the HTTP front door contributes to an audit record: the response elements (rebuilt
//! from the XML result in CloudTrail's JSON shape), the access key a request named even when
//! it could not be authenticated, and the client's user agent.

use axum::http::{HeaderMap, header};
use iamd_audit::params::{leaf, lower_camel};
use quick_xml::Reader;
use quick_xml::events::Event;
use serde_json::{Map, Value};

/// An element as parsed: name, child elements, text.
#[derive(Debug, Default)]
struct Node {
    name: String,
    children: Vec<Node>,
    text: String,
}

/// The `…Result` element of a Query-protocol response as CloudTrail's `responseElements`:
/// lowerCamelCase names, `member` lists as arrays, model-typed leaves; `null` when the
/// response has no result. Secrets are dropped later, with the request parameters.
pub fn response_elements(xml: &str) -> Value {
    let Some(root) = parse(xml) else {
        return Value::Null;
    };
    match root.children.iter().find(|c| c.name.ends_with("Result")) {
        Some(result) if !result.children.is_empty() => object(result),
        _ => Value::Null,
    }
}

fn parse(xml: &str) -> Option<Node> {
    let mut reader = Reader::from_str(xml);
    let mut stack: Vec<Node> = Vec::new();
    loop {
        match reader.read_event().ok()? {
            Event::Start(e) => stack.push(Node {
                name: String::from(e.local_name().as_ref()),
                ..Node::default()
            }),
            Event::Empty(e) => {
                let node = Node {
                    name: String::from(e.local_name().as_ref()),
                    ..Node::default()
                };
                stack.last_mut()?.children.push(node);
            }
            Event::Text(t) => {
                if let Some(top) = stack.last_mut() {
                    top.text.push_str(&t.xml10_content());
                }
            }
            Event::GeneralRef(r) => {
                let c = if r.is_char_ref() {
                    r.resolve_char_ref().ok().flatten()
                } else {
                    match r.xml10_content().as_ref() {
                        "amp" => Some('&'),
                        "lt" => Some('<'),
                        "gt" => Some('>'),
                        "quot" => Some('"'),
                        "apos" => Some('\''),
                        _ => None,
                    }
                };
                if let (Some(top), Some(c)) = (stack.last_mut(), c) {
                    top.text.push(c);
                }
            }
            Event::End(_) => {
                let done = stack.pop()?;
                match stack.last_mut() {
                    Some(parent) => parent.children.push(done),
                    None => return Some(done),
                }
            }
            Event::Eof => return None,
            _ => {}
        }
    }
}

fn object(node: &Node) -> Value {
    let mut map = Map::new();
    for child in &node.children {
        map.insert(lower_camel(&child.name), value(child));
    }
    Value::Object(map)
}

fn value(node: &Node) -> Value {
    if node.children.is_empty() {
        return leaf(&node.name, node.text.trim());
    }
    if node.children.iter().all(|c| c.name == "member") {
        return Value::Array(
            node.children
                .iter()
                .map(|c| {
                    if c.children.is_empty() {
                        Value::String(c.text.trim().to_string())
                    } else {
                        object(c)
                    }
                })
                .collect(),
        );
    }
    object(node)
}

/// The access key id a request names (header or presigned), authenticated or not.
pub fn access_key_of(headers: &HeaderMap, query: &str) -> Option<String> {
    if let Some(auth) = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        && let Some(i) = auth.find("Credential=")
    {
        let rest = &auth[i + "Credential=".len()..];
        return rest
            .split(['/', ',', ' '])
            .next()
            .filter(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric()))
            .map(str::to_string);
    }
    form_urlencoded::parse(query.as_bytes())
        .find(|(k, _)| k == "X-Amz-Credential")
        .and_then(|(_, v)| v.split('/').next().map(str::to_string))
        .filter(|s| !s.is_empty() && s.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// The client's `User-Agent` (CloudTrail keeps it, capped).
pub fn user_agent(headers: &HeaderMap) -> String {
    let ua = headers
        .get(header::USER_AGENT)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    ua.chars().take(1024).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_result_becomes_response_elements() {
        let xml = r#"<CreateUserResponse xmlns="https://iam.amazonaws.com/doc/2010-05-08/"><CreateUserResult><User><Path>/</Path><UserName>a&amp;b</UserName><Tags><member><Key>k</Key><Value>v</Value></member></Tags></User></CreateUserResult><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></CreateUserResponse>"#;
        assert_eq!(
            response_elements(xml),
            json!({"user": {"path": "/", "userName": "a&b", "tags": [{"key": "k", "value": "v"}]}})
        );
        let empty = r#"<DeleteUserResponse xmlns="x"><ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></DeleteUserResponse>"#;
        assert_eq!(response_elements(empty), Value::Null);
    }

    #[test]
    fn the_named_access_key_is_found() {
        let mut h = HeaderMap::new();
        h.insert(
            header::AUTHORIZATION,
            "AWS4-HMAC-SHA256 Credential=AKIAEXAMPLE/20260101/us-east-1/iam/aws4_request, SignedHeaders=host, Signature=00"
                .parse()
                .unwrap(),
        );
        assert_eq!(access_key_of(&h, "").as_deref(), Some("AKIAEXAMPLE"));
        assert_eq!(
            access_key_of(&HeaderMap::new(), "X-Amz-Credential=AKIAQ%2F2026%2Fx").as_deref(),
            Some("AKIAQ")
        );
    }
}
