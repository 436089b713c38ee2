//! Arbitrary bytes as a policy document, parsed as every kind of policy.
//!
//! Checks: `parse_policy` never panics; an error has a line and a column of at least 1 and a
//! non-empty message; an accepted policy keeps the kind it was parsed as, each statement's
//! start is at its `{` and its end just past its closing `}`.

#![no_main]

use iamd_policy::{PolicyKind, Position, parse_policy};
use libfuzzer_sys::fuzz_target;

const KINDS: [PolicyKind; 5] = [
    PolicyKind::Identity,
    PolicyKind::Boundary,
    PolicyKind::Session,
    PolicyKind::Resource,
    PolicyKind::Trust,
];

/// The byte at a 1-based line and byte column of `text`.
fn byte_at(text: &str, at: Position) -> Option<u8> {
    let line = text
        .split('\n')
        .nth(usize::try_from(at.line).ok()?.checked_sub(1)?)?;
    let column = usize::try_from(at.column).ok()?.checked_sub(1)?;
    line.as_bytes().get(column).copied()
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    for kind in KINDS {
        match parse_policy(text, kind) {
            Err(e) => {
                assert!(
                    e.position.line >= 1 && e.position.column >= 1,
                    "{kind:?}: error position {:?} is not 1-based: {e:?}",
                    e.position
                );
                let shown = e.to_string();
                assert!(!shown.is_empty(), "{kind:?}: empty error Display: {e:?}");
                assert!(
                    !e.message.is_empty(),
                    "{kind:?}: empty error message: {e:?}"
                );
            }
            Ok(policy) => {
                assert_eq!(policy.kind(), kind);
                for (i, s) in policy.statements().iter().enumerate() {
                    let (start, end) = (s.start(), s.end());
                    assert!(
                        start.line >= 1 && start.column >= 1 && end.line >= 1 && end.column >= 1,
                        "{kind:?}: statement {i} has a position that is not 1-based: {start:?} {end:?}"
                    );
                    assert!(
                        start < end,
                        "{kind:?}: statement {i} ends before it starts: {start:?} {end:?}"
                    );
                    let opening = Position {
                        line: start.line,
                        column: start.column - 1,
                    };
                    assert_eq!(
                        byte_at(text, opening),
                        Some(b'{'),
                        "{kind:?}: statement {i} start {start:?}"
                    );
                    let closing = Position {
                        line: end.line,
                        column: end.column - 1,
                    };
                    assert_eq!(
                        byte_at(text, closing),
                        Some(b'}'),
                        "{kind:?}: statement {i} end {end:?}"
                    );
                }
            }
        }
    }
});
