//! Tags whose keys are case-sensitive: customer managed policies, instance profiles and
//! server certificates (IAM User Guide, "Tagging IAM resources"; only users and roles fold
//! case). `a` and `A` are two tags; listings come shorter key first, then in code-point order,
//! as AWS returned them (spec iam-api-more.md §1.4).

use std::cmp::Ordering;

use crate::entities::Tag;
use crate::error::CoreError;
use crate::ops::{Paged, paginate};

/// Tags on one resource (IAM and AWS STS quotas).
pub(crate) const MAX_TAGS: usize = 50;

/// A request's tags: no key twice.
pub(crate) fn check_request(tags: &[Tag]) -> Result<(), CoreError> {
    for (i, t) in tags.iter().enumerate() {
        if tags.iter().skip(i + 1).any(|o| o.key == t.key) {
            return Err(CoreError::InvalidInput("Duplicate tag keys found.".into()));
        }
    }
    Ok(())
}

/// Add `tags` to `existing`, a tag with the same key replacing its value; at most
/// [`MAX_TAGS`] in all, else nothing changes.
pub(crate) fn merge(existing: &[Tag], tags: Vec<Tag>) -> Result<Vec<Tag>, CoreError> {
    check_request(&tags)?;
    let mut merged = existing.to_vec();
    for t in tags {
        match merged.iter_mut().find(|e| e.key == t.key) {
            Some(e) => e.value = t.value,
            None => merged.push(t),
        }
    }
    if merged.len() > MAX_TAGS {
        return Err(CoreError::LimitExceeded(format!(
            "The number of tags has reached the maximum limit of {MAX_TAGS}."
        )));
    }
    Ok(merged)
}

/// `existing` without the tags whose keys are in `keys` (absent keys are no error).
pub(crate) fn remove(existing: &[Tag], keys: &[String]) -> Vec<Tag> {
    existing
        .iter()
        .filter(|t| !keys.contains(&t.key))
        .cloned()
        .collect()
}

/// Shorter key first, then code-point order.
fn order(a: &str, b: &str) -> Ordering {
    a.chars()
        .count()
        .cmp(&b.chars().count())
        .then_with(|| a.cmp(b))
}

/// Sorted for listing (the request order is how they are stored).
pub(crate) fn sorted(tags: &[Tag]) -> Vec<Tag> {
    let mut out = tags.to_vec();
    out.sort_by(|a, b| order(&a.key, &b.key));
    out
}

/// A page of the tags, in listing order; the marker is the last key's sort position.
pub(crate) fn page(tags: &[Tag], marker: Option<&str>, max_items: Option<i32>) -> Paged<Tag> {
    let keyed = sorted(tags)
        .into_iter()
        .map(|t| (sort_key(&t.key), t))
        .collect();
    paginate(keyed, marker, max_items)
}

/// A string whose byte order is [`order`]: the key's length, zero-padded, then the key.
fn sort_key(key: &str) -> String {
    format!("{:05}{key}", key.chars().count())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(k: &str, v: &str) -> Tag {
        Tag {
            key: k.into(),
            value: v.into(),
        }
    }

    #[test]
    fn keys_differing_in_case_are_two_tags() {
        let merged = merge(&[tag("a", "1")], vec![tag("A", "2"), tag("a", "3")]).unwrap();
        assert_eq!(merged, [tag("a", "3"), tag("A", "2")]);
        assert_eq!(remove(&merged, &["a".into()]), [tag("A", "2")]);
    }

    #[test]
    fn a_key_twice_in_one_request_is_refused() {
        let e = merge(&[], vec![tag("k", "1"), tag("k", "2")]).unwrap_err();
        assert!(matches!(e, CoreError::InvalidInput(m) if m == "Duplicate tag keys found."));
    }

    #[test]
    fn fifty_one_tags_are_refused_and_fifty_kept() {
        let fifty: Vec<_> = (0..50).map(|i| tag(&format!("k{i}"), "")).collect();
        assert_eq!(merge(&[], fifty.clone()).unwrap().len(), 50);
        assert!(matches!(
            merge(&fifty, vec![tag("one-more", "")]),
            Err(CoreError::LimitExceeded(_))
        ));
    }

    #[test]
    fn listing_puts_shorter_keys_first_then_code_points() {
        let tags = [
            tag("abc", ""),
            tag("z", ""),
            tag("b", ""),
            tag("a", ""),
            tag("A", ""),
        ];
        let keys: Vec<_> = sorted(&tags).into_iter().map(|t| t.key).collect();
        assert_eq!(keys, ["A", "a", "b", "z", "abc"]);
        let first = page(&tags, None, Some(2));
        assert!(first.is_truncated);
        let rest = page(&tags, first.marker.as_deref(), None);
        let keys: Vec<_> = rest.items.into_iter().map(|t| t.key).collect();
        assert_eq!(keys, ["b", "z", "abc"]);
    }
}
