//! Encoding of Query-protocol responses as AWS writes them.
//!
//! A result is `<OpResponse xmlns="…"><OpResult>…</OpResult><ResponseMetadata>
//! <RequestId>…</RequestId></ResponseMetadata></OpResponse>` with no whitespace between
//! elements; lists are `<member>` elements, maps `<entry><key/><value/></entry>`,
//! booleans lowercase, timestamps `2026-11-22T15:46:58Z`, blobs base64. An error is
//! `<ErrorResponse xmlns="…"><Error><Type/><Code/><Message/></Error><RequestId/>
//! </ErrorResponse>`.

use std::collections::BTreeMap;

use quick_xml::Writer;
use quick_xml::events::{BytesEnd, BytesStart, BytesText, Event};
use time::format_description::BorrowedFormatItem;
use time::macros::format_description;
use time::{OffsetDateTime, UtcOffset};

/// The writer every encoder writes to.
pub type XmlWriter = Writer<Vec<u8>>;

/// Why a response could not be encoded.
#[derive(Debug, thiserror::Error)]
pub enum EncodeError {
    /// Writing to the in-memory buffer failed.
    #[error("writing XML failed: {0}")]
    Io(#[from] std::io::Error),
    /// A timestamp could not be formatted (year outside 0000–9999).
    #[error("cannot format timestamp: {0}")]
    Timestamp(#[from] time::error::Format),
    /// The output was not UTF-8.
    #[error("encoded XML is not UTF-8: {0}")]
    Utf8(#[from] std::string::FromUtf8Error),
}

/// A structure's members, written as child elements in model order.
pub trait WriteXml {
    /// Writes the members (not the enclosing element).
    ///
    /// # Errors
    /// When writing fails.
    fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError>;
}

/// Whether a fault lies with the caller or the service (`<Type>` of an error).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Fault {
    /// `Sender`: the request was at fault.
    Sender,
    /// `Receiver`: the service failed.
    Receiver,
}

impl Fault {
    /// `Sender` or `Receiver`.
    #[must_use]
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Sender => "Sender",
            Self::Receiver => "Receiver",
        }
    }
}

const TIMESTAMP: &[BorrowedFormatItem<'static>] =
    format_description!("[year]-[month]-[day]T[hour]:[minute]:[second]Z");

/// Formats a timestamp as AWS does: UTC, whole seconds, `2026-11-22T15:46:58Z`.
///
/// # Errors
/// When the year is outside 0000–9999.
pub fn format_timestamp(value: &OffsetDateTime) -> Result<String, time::error::Format> {
    value.to_offset(UtcOffset::UTC).format(TIMESTAMP)
}

fn start(w: &mut XmlWriter, name: &str) -> Result<(), EncodeError> {
    w.write_event(Event::Start(BytesStart::new(name)))?;
    Ok(())
}

fn end(w: &mut XmlWriter, name: &str) -> Result<(), EncodeError> {
    w.write_event(Event::End(BytesEnd::new(name)))?;
    Ok(())
}

/// `<name>value</name>` with `value` escaped.
///
/// # Errors
/// When writing fails.
pub fn text(w: &mut XmlWriter, name: &str, value: &str) -> Result<(), EncodeError> {
    start(w, name)?;
    if !value.is_empty() {
        let value = xml_safe(value);
        w.write_event(Event::Text(BytesText::new(&value)))?;
    }
    end(w, name)
}

/// `value` with every character XML 1.0 cannot carry (control characters other than tab,
/// line feed and carriage return; U+FFFE, U+FFFF) replaced by U+FFFD, so that a response
/// echoing client input stays well-formed.
pub fn xml_safe(value: &str) -> std::borrow::Cow<'_, str> {
    let allowed = |c: char| matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..);
    if value.chars().all(allowed) {
        std::borrow::Cow::Borrowed(value)
    } else {
        std::borrow::Cow::Owned(
            value
                .chars()
                .map(|c| if allowed(c) { c } else { '\u{FFFD}' })
                .collect(),
        )
    }
}

/// A 32-bit integer element.
///
/// # Errors
/// When writing fails.
pub fn integer(w: &mut XmlWriter, name: &str, value: &i32) -> Result<(), EncodeError> {
    text(w, name, &value.to_string())
}

/// A 64-bit integer element.
///
/// # Errors
/// When writing fails.
pub fn long(w: &mut XmlWriter, name: &str, value: &i64) -> Result<(), EncodeError> {
    text(w, name, &value.to_string())
}

/// `true` or `false`.
///
/// # Errors
/// When writing fails.
pub fn boolean(w: &mut XmlWriter, name: &str, value: &bool) -> Result<(), EncodeError> {
    text(w, name, if *value { "true" } else { "false" })
}

/// A timestamp element, see [`format_timestamp`].
///
/// # Errors
/// When writing fails or the year is out of range.
pub fn timestamp(w: &mut XmlWriter, name: &str, value: &OffsetDateTime) -> Result<(), EncodeError> {
    text(w, name, &format_timestamp(value)?)
}

/// A blob element, base64 with padding.
///
/// # Errors
/// When writing fails.
pub fn blob(w: &mut XmlWriter, name: &str, value: &[u8]) -> Result<(), EncodeError> {
    text(w, name, &data_encoding::BASE64.encode(value))
}

/// A policy document element: the JSON text percent-encoded (RFC 3986: every byte
/// but `A-Z a-z 0-9 - _ . ~`), as IAM returns documents.
///
/// # Errors
/// When writing fails.
pub fn url_encoded(w: &mut XmlWriter, name: &str, value: &str) -> Result<(), EncodeError> {
    text(w, name, &percent_encode(value))
}

/// Percent-encodes every byte of `value` except RFC 3986's unreserved characters.
#[must_use]
pub fn percent_encode(value: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(value.len() * 3 / 2);
    for &byte in value.as_bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 0x0f)]));
        }
    }
    out
}

/// A nested structure element.
///
/// # Errors
/// When writing fails.
pub fn structure<T: WriteXml + ?Sized>(
    w: &mut XmlWriter,
    name: &str,
    value: &T,
) -> Result<(), EncodeError> {
    start(w, name)?;
    value.write_members(w)?;
    end(w, name)
}

/// A list element: `<name><member>…</member>…</name>`, or `<name/>` when empty.
/// `item` writes one whole `<member>` element.
///
/// # Errors
/// When writing fails.
pub fn list<T>(
    w: &mut XmlWriter,
    name: &str,
    items: &[T],
    item: impl Fn(&mut XmlWriter, &T) -> Result<(), EncodeError>,
) -> Result<(), EncodeError> {
    if items.is_empty() {
        w.write_event(Event::Empty(BytesStart::new(name)))?;
        return Ok(());
    }
    start(w, name)?;
    for value in items {
        item(w, value)?;
    }
    end(w, name)
}

/// A map element: `<name><entry><key>k</key><value>…</value></entry>…</name>`, or
/// `<name/>` when empty. `value` writes one whole `<value>` element.
///
/// # Errors
/// When writing fails.
pub fn map<V>(
    w: &mut XmlWriter,
    name: &str,
    entries: &BTreeMap<String, V>,
    value: impl Fn(&mut XmlWriter, &V) -> Result<(), EncodeError>,
) -> Result<(), EncodeError> {
    if entries.is_empty() {
        w.write_event(Event::Empty(BytesStart::new(name)))?;
        return Ok(());
    }
    start(w, name)?;
    for (k, v) in entries {
        start(w, "entry")?;
        text(w, "key", k)?;
        value(w, v)?;
        end(w, "entry")?;
    }
    end(w, name)
}

fn into_string(w: XmlWriter) -> Result<String, EncodeError> {
    Ok(String::from_utf8(w.into_inner())?)
}

/// A whole success response for operation `operation` in `namespace`. `result` is
/// `None` for operations without output, which answer with `ResponseMetadata` only.
///
/// # Errors
/// When writing fails.
pub fn response(
    operation: &str,
    namespace: &str,
    result: Option<&dyn WriteXml>,
    request_id: &str,
) -> Result<String, EncodeError> {
    let mut w = Writer::new(Vec::with_capacity(512));
    let root = format!("{operation}Response");
    let mut root_start = BytesStart::new(root.as_str());
    root_start.push_attribute(("xmlns", namespace));
    w.write_event(Event::Start(root_start))?;
    if let Some(result) = result {
        structure(&mut w, &format!("{operation}Result"), result)?;
    }
    start(&mut w, "ResponseMetadata")?;
    text(&mut w, "RequestId", request_id)?;
    end(&mut w, "ResponseMetadata")?;
    end(&mut w, &root)?;
    into_string(w)
}

/// A whole error response.
///
/// # Errors
/// When writing fails.
pub fn error_response(
    namespace: &str,
    fault: Fault,
    code: &str,
    message: &str,
    request_id: &str,
) -> Result<String, EncodeError> {
    let mut w = Writer::new(Vec::with_capacity(256));
    let mut root_start = BytesStart::new("ErrorResponse");
    root_start.push_attribute(("xmlns", namespace));
    w.write_event(Event::Start(root_start))?;
    start(&mut w, "Error")?;
    text(&mut w, "Type", fault.as_str())?;
    text(&mut w, "Code", code)?;
    text(&mut w, "Message", message)?;
    end(&mut w, "Error")?;
    text(&mut w, "RequestId", request_id)?;
    end(&mut w, "ErrorResponse")?;
    into_string(w)
}
