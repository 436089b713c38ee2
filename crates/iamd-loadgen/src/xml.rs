//! Just enough XML reading for the few values the load generator needs from responses.

/// The text of the first `<tag>…</tag>` in `doc`, with the five predefined entities replaced.
pub fn text(doc: &str, tag: &str) -> Option<String> {
    let open = format!("<{tag}>");
    let close = format!("</{tag}>");
    let start = doc.find(&open)? + open.len();
    let len = doc.get(start..)?.find(&close)?;
    let raw = doc.get(start..start + len)?;
    Some(
        raw.replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&apos;", "'")
            .replace("&amp;", "&"),
    )
}

/// The AWS error code of an `<ErrorResponse>` body, or an empty string.
pub fn error_code(doc: &str) -> String {
    text(doc, "Code").unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_values() {
        let doc = "<R><AccessKey><AccessKeyId>AKIA1</AccessKeyId><SecretAccessKey>a/b+c&amp;d</SecretAccessKey></AccessKey></R>";
        assert_eq!(text(doc, "AccessKeyId").as_deref(), Some("AKIA1"));
        assert_eq!(text(doc, "SecretAccessKey").as_deref(), Some("a/b+c&d"));
        assert_eq!(text(doc, "Missing"), None);
        assert_eq!(
            error_code("<ErrorResponse><Error><Code>NoSuchEntity</Code></Error></ErrorResponse>"),
            "NoSuchEntity"
        );
    }
}
