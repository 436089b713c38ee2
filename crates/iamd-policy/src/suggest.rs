//! "Did you mean …?" for misspelt element and operator names.

/// The candidate closest to `word` by edit distance, ignoring case, if it is close enough to
/// be a plausible typo (a third of the word's length, at least 2 edits).
pub fn nearest_name<I, S>(word: &str, candidates: I) -> Option<String>
where
    I: IntoIterator<Item = S>,
    S: AsRef<str>,
{
    let w = word.to_ascii_lowercase();
    let limit = (word.chars().count() / 3).max(2);
    candidates
        .into_iter()
        .map(|c| {
            let d = distance(&w, &c.as_ref().to_ascii_lowercase());
            (d, c.as_ref().to_string())
        })
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, c)| c)
}

/// Levenshtein distance over characters.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut prev: Vec<usize> = (0..=b.len()).collect();
    let mut cur = vec![0; b.len() + 1];
    for (i, ca) in a.chars().enumerate() {
        if let Some(first) = cur.first_mut() {
            *first = i + 1;
        }
        for (j, cb) in b.iter().enumerate() {
            let sub = prev.get(j).copied().unwrap_or(0) + usize::from(ca != *cb);
            let del = prev.get(j + 1).copied().unwrap_or(0) + 1;
            let ins = cur.get(j).copied().unwrap_or(0) + 1;
            if let Some(slot) = cur.get_mut(j + 1) {
                *slot = sub.min(del).min(ins);
            }
        }
        std::mem::swap(&mut prev, &mut cur);
    }
    prev.last().copied().unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_close_names_only() {
        let ops = ["BoolIfExists", "Bool", "StringEquals"];
        assert_eq!(
            nearest_name("BoolIfExist", ops).as_deref(),
            Some("BoolIfExists")
        );
        assert_eq!(
            nearest_name("stringequals", ops).as_deref(),
            Some("StringEquals")
        );
        assert_eq!(nearest_name("Frobnicate", ops), None);
        assert_eq!(distance("kitten", "sitting"), 3);
    }
}
