//! A JSON tree that remembers where each token stands, for findings' locations.
//!
//! serde_json checks the syntax first (and reports syntax errors); this reader then walks the
//! text again, which it may do simply because the text is known to be valid JSON, recording
//! each value's span: the whole token, quotes included, with positions as Access Analyzer
//! gives them (line from 1, column and offset from 0 counted in Unicode scalar values, end
//! exclusive). Strings are decoded by serde_json, so escapes follow the standard exactly.

use serde::Serialize;

/// A point in the document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Position {
    pub line: usize,
    pub column: usize,
    pub offset: usize,
}

/// A token's extent: `start` inclusive, `end` exclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Span {
    pub start: Position,
    pub end: Position,
}

/// A JSON value and where it is written.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    pub span: Span,
    pub value: Value,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    Object(Vec<Member>),
    Array(Vec<Node>),
    String(String),
    /// The number as written.
    Number(String),
    Bool(bool),
    Null,
}

/// One `"key": value` of an object, in document order (duplicates kept).
#[derive(Debug, Clone, PartialEq)]
pub struct Member {
    pub key: String,
    pub key_span: Span,
    pub value: Node,
}

impl Node {
    pub fn as_str(&self) -> Option<&str> {
        match &self.value {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    pub fn members(&self) -> Option<&[Member]> {
        match &self.value {
            Value::Object(m) => Some(m),
            _ => None,
        }
    }

    /// The first member named `key`, compared as IAM compares element names (exactly).
    pub fn get(&self, key: &str) -> Option<&Member> {
        self.members()?.iter().find(|m| m.key == key)
    }

    /// The JSON type's name, for messages.
    pub fn type_name(&self) -> &'static str {
        match self.value {
            Value::Object(_) => "object",
            Value::Array(_) => "array",
            Value::String(_) => "string",
            Value::Number(_) => "number",
            Value::Bool(_) => "boolean",
            Value::Null => "null",
        }
    }
}

/// Why a document is not JSON, with the position serde_json stopped at.
#[derive(Debug, Clone, PartialEq)]
pub struct SyntaxError {
    pub message: String,
    pub position: Position,
}

/// Parse `text` into a spanned tree, or say where its syntax breaks.
pub fn parse(text: &str) -> Result<Node, SyntaxError> {
    let lines = Lines::new(text);
    if let Err(e) = serde_json::from_str::<serde::de::IgnoredAny>(text) {
        // serde_json counts lines from 1 and columns from 1 (the column of the offending
        // character); Access Analyzer counts columns from 0.
        let line = e.line().max(1);
        let column = e.column().saturating_sub(1);
        let message = e.to_string();
        let message = message
            .rsplit_once(" at line ")
            .map_or(message.as_str(), |(m, _)| m)
            .to_string();
        return Err(SyntaxError {
            message,
            position: lines.at_line_column(line, column),
        });
    }
    let mut reader = Reader {
        text,
        bytes: text.as_bytes(),
        at: 0,
        lines: &lines,
    };
    reader.skip_ws();
    reader.value().ok_or_else(|| SyntaxError {
        message: "unreadable JSON".into(),
        position: lines.position(0),
    })
}

/// Maps byte offsets to positions.
struct Lines<'a> {
    text: &'a str,
    /// Byte offset and character offset of each line's start.
    starts: Vec<(usize, usize)>,
}

impl<'a> Lines<'a> {
    fn new(text: &'a str) -> Lines<'a> {
        let mut starts = vec![(0, 0)];
        let mut chars = 0;
        for (byte, c) in text.char_indices() {
            chars += 1;
            if c == '\n' {
                starts.push((byte + 1, chars));
            }
        }
        Lines { text, starts }
    }

    fn position(&self, byte: usize) -> Position {
        let line = self.starts.partition_point(|(b, _)| *b <= byte).max(1);
        let (line_byte, line_chars) = self.starts.get(line - 1).copied().unwrap_or((0, 0));
        let column = self
            .text
            .get(line_byte..byte)
            .map_or(0, |s| s.chars().count());
        Position {
            line,
            column,
            offset: line_chars + column,
        }
    }

    fn at_line_column(&self, line: usize, column: usize) -> Position {
        let (_, line_chars) = self
            .starts
            .get(line - 1)
            .copied()
            .unwrap_or((self.text.len(), self.text.chars().count()));
        Position {
            line,
            column,
            offset: line_chars + column,
        }
    }
}

struct Reader<'a> {
    text: &'a str,
    bytes: &'a [u8],
    at: usize,
    lines: &'a Lines<'a>,
}

impl Reader<'_> {
    fn skip_ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.bytes.get(self.at) {
            self.at += 1;
        }
    }

    fn span(&self, start: usize) -> Span {
        Span {
            start: self.lines.position(start),
            end: self.lines.position(self.at),
        }
    }

    /// One value starting at `self.at` (whitespace already skipped).
    fn value(&mut self) -> Option<Node> {
        let start = self.at;
        let value = match self.bytes.get(self.at)? {
            b'{' => self.object()?,
            b'[' => self.array()?,
            b'"' => Value::String(self.string()?),
            b't' => {
                self.at += 4;
                Value::Bool(true)
            }
            b'f' => {
                self.at += 5;
                Value::Bool(false)
            }
            b'n' => {
                self.at += 4;
                Value::Null
            }
            _ => {
                while let Some(b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9') =
                    self.bytes.get(self.at)
                {
                    self.at += 1;
                }
                Value::Number(self.text.get(start..self.at)?.to_string())
            }
        };
        Some(Node {
            span: self.span(start),
            value,
        })
    }

    fn string(&mut self) -> Option<String> {
        let start = self.at;
        self.at += 1;
        loop {
            match self.bytes.get(self.at)? {
                b'\\' => self.at += 2,
                b'"' => {
                    self.at += 1;
                    break;
                }
                _ => self.at += 1,
            }
        }
        serde_json::from_str(self.text.get(start..self.at)?).ok()
    }

    fn object(&mut self) -> Option<Value> {
        self.at += 1;
        let mut members = Vec::new();
        loop {
            self.skip_ws();
            match self.bytes.get(self.at)? {
                b'}' => {
                    self.at += 1;
                    return Some(Value::Object(members));
                }
                b',' => self.at += 1,
                _ => {
                    let key_start = self.at;
                    let key = self.string()?;
                    let key_span = self.span(key_start);
                    self.skip_ws();
                    self.at += 1; // the colon
                    self.skip_ws();
                    let value = self.value()?;
                    members.push(Member {
                        key,
                        key_span,
                        value,
                    });
                }
            }
        }
    }

    fn array(&mut self) -> Option<Value> {
        self.at += 1;
        let mut items = Vec::new();
        loop {
            self.skip_ws();
            match self.bytes.get(self.at)? {
                b']' => {
                    self.at += 1;
                    return Some(Value::Array(items));
                }
                b',' => self.at += 1,
                _ => items.push(self.value()?),
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spans_cover_whole_tokens_with_quotes() {
        // The shape of the recorded Access Analyzer answer: two-space indent, the action list
        // on line 6.
        let text = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": [\"s3:Get*\", \"s3:GetObject\"]\n    }\n  ]\n}\n";
        let root = parse(text).unwrap();
        let stmt = &root.get("Statement").unwrap().value;
        let Value::Array(items) = &stmt.value else {
            unreachable!()
        };
        let action = &items[0].get("Action").unwrap().value;
        let Value::Array(actions) = &action.value else {
            unreachable!()
        };
        let span = actions[0].span;
        assert_eq!(span.start.line, 6);
        assert_eq!(span.start.column, 17);
        assert_eq!(&text[span.start.offset..span.end.offset], "\"s3:Get*\"");
        assert_eq!(span.end.column, 26);
    }

    #[test]
    fn offsets_count_characters_not_bytes() {
        let text = "{\"Id\": \"é\", \"Version\": 1}";
        let root = parse(text).unwrap();
        let version = &root.get("Version").unwrap().value;
        assert_eq!(version.span.start.offset, 23);
        assert_eq!(version.span.start.column, 23);
    }

    #[test]
    fn syntax_errors_have_a_position() {
        let err = parse("{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [}\n").unwrap_err();
        assert_eq!(err.position.line, 3);
        assert!(!err.message.contains("line"), "{}", err.message);
    }
}
