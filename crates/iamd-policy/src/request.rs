//! What is being asked: an action on a resource, in a context.

use crate::context::RequestContext;

/// An action name such as `iam:ChangePassword`, kept lower-cased for matching (actions match
/// case-insensitively) and as written for reporting.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Action {
    written: Box<str>,
    lower: Box<str>,
    colon: usize,
}

impl Action {
    /// Parse `service:ActionName`. Wildcards are not actions (SimulateCustomPolicy rejects
    /// them in ActionNames too).
    pub fn parse(text: &str) -> Result<Action, String> {
        let colon = text.find(':').ok_or_else(|| {
            format!("\"{text}\" is not an action name: write \"service:ActionName\"")
        })?;
        let ok = colon > 0
            && colon + 1 < text.len()
            && !text[colon + 1..].contains(':')
            && text
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b':' || b == b'-' || b == b'_');
        if !ok {
            return Err(format!(
                "\"{text}\" is not an action name: write \"service:ActionName\" without wildcards"
            ));
        }
        Ok(Action {
            written: text.into(),
            lower: text.to_ascii_lowercase().into(),
            colon,
        })
    }

    /// The action as written (`iam:ChangePassword`).
    pub fn as_str(&self) -> &str {
        &self.written
    }

    /// The service prefix, lower-cased.
    pub fn service(&self) -> &str {
        self.lower.get(..self.colon).unwrap_or("")
    }

    /// The action name, lower-cased.
    pub fn name(&self) -> &str {
        self.lower.get(self.colon + 1..).unwrap_or("")
    }
}

/// One authorization question.
#[derive(Debug, Clone, Copy)]
pub struct Request<'a> {
    /// The action requested.
    pub action: &'a Action,
    /// The resource ARN, or `*` for actions that have no resource type.
    pub resource: &'a str,
    /// The request's context keys.
    pub context: &'a RequestContext,
}
