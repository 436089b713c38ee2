//! The request context: the condition keys a request carries and their values.
//!
//! Keys are looked up case-insensitively (IAM User Guide, "IAM JSON policy elements:
//! Condition": condition key names are not case-sensitive, the `/tag-key` suffix included), so
//! they are stored lower-cased and kept sorted for a binary search that allocates nothing.

/// The value of one context key: single-valued, or a list (a multivalued key such as
/// `aws:TagKeys`, or a `…List` type in a simulation).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContextValue {
    /// A single-valued key.
    Single(String),
    /// A multivalued key.
    List(Vec<String>),
}

impl ContextValue {
    /// The values as a slice-like iterator, whatever the arity.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        let (one, many): (Option<&str>, &[String]) = match self {
            ContextValue::Single(s) => (Some(s), &[]),
            ContextValue::List(v) => (None, v),
        };
        one.into_iter().chain(many.iter().map(String::as_str))
    }

    /// No value at all: an empty list or an empty string ("null" in the docs' terms for set
    /// operators and `Null`).
    pub fn is_empty(&self) -> bool {
        match self {
            ContextValue::Single(s) => s.is_empty(),
            ContextValue::List(v) => v.is_empty(),
        }
    }
}

#[derive(Debug, Clone)]
struct Entry {
    key: Box<str>,
    name: Box<str>,
    value: ContextValue,
}

/// Condition keys and values for one request.
#[derive(Debug, Clone, Default)]
pub struct RequestContext {
    entries: Vec<Entry>,
}

impl RequestContext {
    /// An empty context.
    pub fn new() -> Self {
        Self::default()
    }

    /// Set a single-valued key (replacing any earlier value of the same key, any case).
    pub fn insert(&mut self, key: &str, value: impl Into<String>) {
        self.set(key, ContextValue::Single(value.into()));
    }

    /// Set a multivalued key.
    pub fn insert_list<I, S>(&mut self, key: &str, values: I)
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.set(
            key,
            ContextValue::List(values.into_iter().map(Into::into).collect()),
        );
    }

    /// Set a key to `value` (replacing any earlier value of the same key, any case).
    pub fn set(&mut self, key: &str, value: ContextValue) {
        let lower = key.to_ascii_lowercase();
        match self.entries.binary_search_by(|e| (*e.key).cmp(&lower)) {
            Ok(i) => {
                if let Some(e) = self.entries.get_mut(i) {
                    e.value = value;
                    e.name = key.into();
                }
            }
            Err(i) => self.entries.insert(
                i,
                Entry {
                    key: lower.into(),
                    name: key.into(),
                    value,
                },
            ),
        }
    }

    /// Remove a key (any case); absent keys are ignored.
    pub fn remove(&mut self, key: &str) {
        let lower = key.to_ascii_lowercase();
        if let Ok(i) = self.entries.binary_search_by(|e| (*e.key).cmp(&lower)) {
            self.entries.remove(i);
        }
    }

    /// Look a key up by its lower-cased name (compiled policies keep keys lower-cased).
    pub fn get_lower(&self, key_lower: &str) -> Option<&ContextValue> {
        self.entries
            .binary_search_by(|e| (*e.key).cmp(key_lower))
            .ok()
            .and_then(|i| self.entries.get(i))
            .map(|e| &e.value)
    }

    /// Look a key up by any spelling.
    pub fn get(&self, key: &str) -> Option<&ContextValue> {
        if key.bytes().any(|b| b.is_ascii_uppercase()) {
            self.get_lower(&key.to_ascii_lowercase())
        } else {
            self.get_lower(key)
        }
    }

    /// The value of a single-valued key, as policy variables need it.
    pub fn single(&self, key_lower: &str) -> Option<&str> {
        match self.get_lower(key_lower) {
            Some(ContextValue::Single(s)) => Some(s),
            _ => None,
        }
    }

    /// Keys as first written, with their values.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &ContextValue)> {
        self.entries.iter().map(|e| (&*e.name, &e.value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_case_insensitive() {
        let mut c = RequestContext::new();
        c.insert("aws:SourceIp", "10.0.0.1");
        assert_eq!(
            c.get("AWS:SOURCEIP"),
            Some(&ContextValue::Single("10.0.0.1".into()))
        );
        c.insert("aws:sourceip", "10.0.0.2");
        assert_eq!(c.single("aws:sourceip"), Some("10.0.0.2"));
        assert_eq!(c.iter().count(), 1);
        c.remove("Aws:SourceIP");
        assert!(c.get("aws:sourceip").is_none());
    }

    #[test]
    fn lists_are_not_single_values() {
        let mut c = RequestContext::new();
        c.insert_list("aws:TagKeys", ["a"]);
        assert_eq!(c.single("aws:tagkeys"), None);
        assert_eq!(c.get("aws:tagkeys").map(|v| v.iter().count()), Some(1));
    }
}
