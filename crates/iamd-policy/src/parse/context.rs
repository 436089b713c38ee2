//! Where the reader stands: the JSON path being read, line starts for positions, and the
//! error a check raised there.

use std::cell::RefCell;

use serde::de::{self};

use crate::error::PolicyError;
use crate::model::Position;
use crate::suggest::nearest_name as nearest;

/// Line starts, to turn byte offsets into positions.
pub(crate) struct LineIndex {
    pub(crate) starts: Vec<usize>,
}

impl LineIndex {
    pub(crate) fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(
            text.bytes()
                .enumerate()
                .filter(|(_, b)| *b == b'\n')
                .map(|(i, _)| i + 1),
        );
        LineIndex { starts }
    }

    pub(crate) fn position(&self, offset: usize) -> Position {
        let line = self.starts.partition_point(|s| *s <= offset).max(1);
        let start = self.starts.get(line - 1).copied().unwrap_or(0);
        Position {
            line: u32::try_from(line).unwrap_or(u32::MAX),
            column: u32::try_from(offset - start + 1).unwrap_or(u32::MAX),
        }
    }

    /// serde_json's (line, column) inside a slice starting at `base`, made absolute.
    pub(crate) fn absolute(&self, base: usize, line: usize, column: usize) -> Position {
        let origin = self.position(base);
        if line <= 1 {
            Position {
                line: origin.line,
                column: origin.column + u32::try_from(column.saturating_sub(1)).unwrap_or(0),
            }
        } else {
            Position {
                line: origin.line + u32::try_from(line - 1).unwrap_or(0),
                column: u32::try_from(column.max(1)).unwrap_or(u32::MAX),
            }
        }
    }
}

/// Parsing state shared by the visitors: the JSON path being read, and the detail of the
/// error our own checks raised (serde's error carries only a message and a position).
#[derive(Default)]
pub(crate) struct Ctx {
    pub(crate) path: RefCell<String>,
    pub(crate) failure: RefCell<Option<(String, String)>>,
}

impl Ctx {
    pub(crate) fn at(path: &str) -> Ctx {
        Ctx {
            path: RefCell::new(path.to_string()),
            failure: RefCell::new(None),
        }
    }

    /// Raise a validation error at the current path.
    pub(crate) fn fail<E: de::Error>(&self, message: impl Into<String>) -> E {
        let message = message.into();
        let path = self.path.borrow().clone();
        *self.failure.borrow_mut() = Some((path, message.clone()));
        E::custom(message)
    }

    /// Run `f` with `.segment` appended to the path.
    pub(crate) fn with<T>(&self, segment: &str, f: impl FnOnce() -> T) -> T {
        let len = {
            let mut p = self.path.borrow_mut();
            let len = p.len();
            if !p.is_empty() {
                p.push('.');
            }
            p.push_str(segment);
            len
        };
        self.finish(len, f)
    }

    /// Run `f` with `[index]` appended to the path.
    pub(crate) fn with_index<T>(&self, index: usize, f: impl FnOnce() -> T) -> T {
        let len = {
            let mut p = self.path.borrow_mut();
            let len = p.len();
            p.push('[');
            p.push_str(itoa(index, &mut [0u8; 20]));
            p.push(']');
            len
        };
        self.finish(len, f)
    }

    pub(crate) fn finish<T>(&self, len: usize, f: impl FnOnce() -> T) -> T {
        let out = f();
        // On error the path is left as it was, so the error reports where it happened.
        if self.failure.borrow().is_none() {
            self.path.borrow_mut().truncate(len);
        }
        out
    }

    pub(crate) fn error(
        &self,
        e: serde_json::Error,
        lines: &LineIndex,
        base: usize,
    ) -> PolicyError {
        let position = lines.absolute(base, e.line(), e.column());
        match self.failure.borrow_mut().take() {
            Some((path, message)) => PolicyError::new(&path, position, message),
            None => {
                let text = e.to_string();
                let message = match text.rfind(" at line ") {
                    Some(i) => text.get(..i).unwrap_or(&text).to_string(),
                    None => text,
                };
                let message = if e.is_syntax() || e.is_eof() {
                    format!("this policy contains invalid JSON: {message}")
                } else {
                    message
                };
                PolicyError::new(&self.path.borrow(), position, message)
            }
        }
    }
}

/// Decimal digits of `n`, written into `buf` (the path is built on every element; no
/// allocation for it).
pub(crate) fn itoa(mut n: usize, buf: &mut [u8; 20]) -> &str {
    let mut i = buf.len();
    loop {
        i -= 1;
        if let Some(slot) = buf.get_mut(i) {
            *slot = b'0' + (n % 10) as u8;
        }
        n /= 10;
        if n == 0 || i == 0 {
            break;
        }
    }
    std::str::from_utf8(buf.get(i..).unwrap_or_default()).unwrap_or_default()
}

pub(crate) fn unknown_element(name: &str, valid: &[&str]) -> String {
    let mut msg = format!("unknown element \"{name}\"");
    if let Some(s) = nearest(name, valid) {
        msg.push_str(&format!(" — did you mean \"{s}\"?"));
    } else {
        msg.push_str(&format!(" (expected one of: {})", valid.join(", ")));
    }
    msg
}
