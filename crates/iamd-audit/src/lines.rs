//! Reading the trail's files a line at a time, forwards or backwards, in bounded memory.
//!
//! A day's file can grow to any size (every call is one line), so nothing that reads the
//! trail (LookupEvents, `iamd audit lookup` and `verify`, recovery at start) holds a whole
//! file: each reader keeps one block and at most one line of [`MAX_LINE`] bytes. A longer
//! line (none is written since records cap their large fields) is skipped, and said so.

use std::fs::File;
use std::io::{BufRead, BufReader, Read, Seek, SeekFrom};
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::error::AuditError;

/// The longest line read whole. Records are far smaller (their parameters and response are
/// capped at 100 KB each); this leaves room for lines written before that cap.
pub const MAX_LINE: usize = 4 << 20;
/// How much is read at a time.
const BLOCK: usize = 64 << 10;

/// One line read.
#[derive(Debug, PartialEq, Eq)]
pub enum Line {
    /// A complete line; its bytes (without the newline) are in the caller's buffer.
    Complete,
    /// A complete line longer than [`MAX_LINE`]: skipped, only its length is known.
    TooLong(u64),
    /// The file ends in an unterminated fragment of this many bytes (a write cut short, or
    /// one in progress); its first [`MAX_LINE`] bytes are in the buffer.
    Torn(u64),
}

/// A file's lines from the start.
#[derive(Debug)]
pub struct Forward {
    reader: BufReader<File>,
    /// Where the next line starts.
    offset: u64,
    hashes: Option<Hashes>,
}

/// SHA-256 of everything read so far and of the last line, whatever its length.
#[derive(Debug, Default)]
struct Hashes {
    file: Sha256,
    line: Sha256,
    last_line: String,
}

impl Forward {
    /// Open `path` for reading from its start; `None` when the file does not exist.
    pub fn open(path: &Path) -> Result<Option<Forward>, AuditError> {
        match File::open(path) {
            Ok(f) => Ok(Some(Forward {
                reader: BufReader::with_capacity(BLOCK, f),
                offset: 0,
                hashes: None,
            })),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(AuditError::io(path, &e)),
        }
    }

    /// Also hash what is read: [`Forward::file_sha256`], [`Forward::line_sha256`].
    pub fn hashing(mut self) -> Forward {
        self.hashes = Some(Hashes::default());
        self
    }

    /// Where the next line starts (the bytes of every line read so far).
    pub fn offset(&self) -> u64 {
        self.offset
    }

    /// SHA-256 (lower-case hex) of the bytes read so far, when hashing.
    pub fn file_sha256(&self) -> Option<String> {
        self.hashes
            .as_ref()
            .map(|h| data_encoding::HEXLOWER.encode(&h.file.clone().finalize()))
    }

    /// SHA-256 (lower-case hex) of the last line read, without its newline, when hashing.
    pub fn line_sha256(&self) -> Option<&str> {
        self.hashes.as_ref().map(|h| h.last_line.as_str())
    }

    /// The next line into `buf` (cleared first); `None` at the end of the file.
    pub fn next_line(&mut self, buf: &mut Vec<u8>) -> std::io::Result<Option<Line>> {
        buf.clear();
        let mut len: u64 = 0;
        loop {
            let chunk = self.reader.fill_buf()?;
            if chunk.is_empty() {
                if let Some(h) = self.hashes.as_mut() {
                    // A fragment is not a line: it starts no line hash for the next call.
                    h.line = Sha256::new();
                }
                self.offset += len;
                return Ok((len > 0).then_some(Line::Torn(len)));
            }
            let (take, done) = match chunk.iter().position(|b| *b == b'\n') {
                Some(i) => (i, true),
                None => (chunk.len(), false),
            };
            let room = MAX_LINE.saturating_sub(buf.len());
            buf.extend_from_slice(&chunk[..take.min(room)]);
            if let Some(h) = self.hashes.as_mut() {
                h.file.update(&chunk[..take + usize::from(done)]);
                h.line.update(&chunk[..take]);
                if done {
                    let line = std::mem::take(&mut h.line).finalize();
                    h.last_line = data_encoding::HEXLOWER.encode(&line);
                }
            }
            len += take as u64;
            self.reader.consume(take + usize::from(done));
            if done {
                self.offset += len + 1;
                return Ok(Some(if len as usize > MAX_LINE {
                    buf.clear();
                    Line::TooLong(len)
                } else {
                    Line::Complete
                }));
            }
        }
    }
}

/// A file's complete lines from a given end back to its start: newest record first.
#[derive(Debug)]
pub struct Backward {
    file: File,
    /// The file offset of `buf[0]`.
    pos: u64,
    /// Bytes from `pos` to the end of the next line to return (its newline included).
    buf: Vec<u8>,
}

impl Backward {
    /// Read the lines that end at or before `end` (the whole file when `None`); a trailing
    /// fragment without its newline is not a line.
    pub fn open(path: &Path, end: Option<u64>) -> Result<Option<Backward>, AuditError> {
        let file = match File::open(path) {
            Ok(f) => f,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(AuditError::io(path, &e)),
        };
        let len = file.metadata().map_err(|e| AuditError::io(path, &e))?.len();
        let end = end.map_or(len, |e| e.min(len));
        let mut b = Backward {
            file,
            pos: end,
            buf: Vec::new(),
        };
        // Drop a trailing fragment: back to the last newline at or before `end`.
        loop {
            if let Some(i) = b.buf.iter().rposition(|c| *c == b'\n') {
                b.buf.truncate(i + 1);
                break;
            }
            b.buf.clear();
            if b.pos == 0 || !b.extend().map_err(|e| AuditError::io(path, &e))? {
                break;
            }
        }
        Ok(Some(b))
    }

    /// Read the block before `pos` in front of `buf`; false at the start of the file.
    fn extend(&mut self) -> std::io::Result<bool> {
        if self.pos == 0 {
            return Ok(false);
        }
        let n = (BLOCK as u64).min(self.pos);
        let start = self.pos - n;
        let mut block = vec![0u8; n as usize];
        self.file.seek(SeekFrom::Start(start))?;
        self.file.read_exact(&mut block)?;
        block.extend_from_slice(&self.buf);
        self.buf = block;
        self.pos = start;
        Ok(true)
    }

    /// The previous line into `line` (cleared first) with the offset where it starts; `None`
    /// before the first line.
    pub fn prev_line(&mut self, line: &mut Vec<u8>) -> std::io::Result<Option<(u64, Line)>> {
        line.clear();
        if self.buf.is_empty() {
            return Ok(None);
        }
        // `buf` ends with the newline of the line wanted.
        loop {
            let body_end = self.buf.len() - 1;
            if let Some(i) = self.buf[..body_end].iter().rposition(|c| *c == b'\n') {
                line.extend_from_slice(&self.buf[i + 1..body_end]);
                let start = self.pos + i as u64 + 1;
                self.buf.truncate(i + 1);
                return Ok(Some((start, Line::Complete)));
            }
            if self.pos == 0 {
                line.extend_from_slice(&self.buf[..body_end]);
                self.buf.clear();
                return Ok(Some((0, Line::Complete)));
            }
            if body_end > MAX_LINE {
                let seen = body_end as u64;
                self.buf.clear();
                return self.skip_long(seen).map(Some);
            }
            self.extend()?;
        }
    }

    /// Skip back over a line too long to keep, `seen` of its bytes already passed (`buf` is
    /// empty: the line's end is behind).
    fn skip_long(&mut self, mut seen: u64) -> std::io::Result<(u64, Line)> {
        loop {
            if !self.extend()? {
                return Ok((0, Line::TooLong(seen)));
            }
            match self.buf.iter().rposition(|c| *c == b'\n') {
                Some(i) => {
                    seen += (self.buf.len() - i - 1) as u64;
                    self.buf.truncate(i + 1);
                    return Ok((self.pos + i as u64 + 1, Line::TooLong(seen)));
                }
                None => {
                    seen += self.buf.len() as u64;
                    self.buf.clear();
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines_back(path: &Path, end: Option<u64>) -> Vec<(u64, String)> {
        let mut b = Backward::open(path, end).unwrap().unwrap();
        let mut out = Vec::new();
        let mut line = Vec::new();
        while let Some((at, l)) = b.prev_line(&mut line).unwrap() {
            out.push(match l {
                Line::Complete => (at, String::from_utf8(line.clone()).unwrap()),
                other => (at, format!("{other:?}")),
            });
        }
        out
    }

    fn lines_forward(path: &Path) -> Vec<String> {
        let mut f = Forward::open(path).unwrap().unwrap();
        let mut out = Vec::new();
        let mut line = Vec::new();
        while let Some(l) = f.next_line(&mut line).unwrap() {
            out.push(match l {
                Line::Complete => String::from_utf8(line.clone()).unwrap(),
                other => format!("{other:?}"),
            });
        }
        out
    }

    #[test]
    fn lines_are_read_both_ways_with_offsets_and_fragments() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("f");
        let long = "x".repeat(BLOCK * 3 + 7);
        let text = format!("a\n\nbc\n{long}\nd\ntorn");
        std::fs::write(&path, &text).unwrap();
        assert_eq!(
            lines_back(&path, None),
            vec![
                ((6 + long.len() + 1) as u64, "d".to_string()),
                (6, long.clone()),
                (3, "bc".into()),
                (2, "".into()),
                (0, "a".into()),
            ]
        );
        // From an offset: the lines that end before it.
        assert_eq!(
            lines_back(&path, Some(6)),
            vec![(3, "bc".into()), (2, "".into()), (0, "a".into())]
        );
        assert_eq!(
            lines_forward(&path),
            vec!["a", "", "bc", &long, "d", "Torn(4)"]
        );
    }

    #[test]
    fn a_file_far_larger_than_the_buffer_is_read_in_bounded_memory() {
        let tmp = tempfile::tempdir().unwrap();
        let path = tmp.path().join("big");
        // Lines over the limit (skipped, their length told) between ordinary ones.
        let huge = "y".repeat(MAX_LINE + BLOCK * 2 + 3);
        let text = format!("first\n{huge}\nmiddle\n{huge}\nlast\n");
        std::fs::write(&path, &text).unwrap();
        let mut b = Backward::open(&path, None).unwrap().unwrap();
        let mut line = Vec::new();
        let mut seen = Vec::new();
        while let Some((at, l)) = b.prev_line(&mut line).unwrap() {
            // The reader never holds much more than one line's limit and a block.
            assert!(
                b.buf.capacity() <= 2 * (MAX_LINE + 2 * BLOCK),
                "{}",
                b.buf.capacity()
            );
            seen.push((at, l, String::from_utf8_lossy(&line).into_owned()));
        }
        let h = huge.len() as u64;
        assert_eq!(
            seen,
            vec![
                (6 + h + 1 + 7 + h + 1, Line::Complete, "last".into()),
                (6 + h + 1 + 7, Line::TooLong(h), String::new()),
                (6 + h + 1, Line::Complete, "middle".into()),
                (6, Line::TooLong(h), String::new()),
                (0, Line::Complete, "first".into()),
            ]
        );
        assert_eq!(
            lines_forward(&path),
            vec![
                "first".to_string(),
                format!("TooLong({h})"),
                "middle".into(),
                format!("TooLong({h})"),
                "last".into()
            ]
        );
    }
}
