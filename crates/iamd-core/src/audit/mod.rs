//! The audit trail as core uses it: everything of [`iamd_audit`] (records, the writer, verify,
//! lookup), plus what needs core's types: a caller's `userIdentity` ([`FromCaller`]), the
//! console's calls ([`console_identity`]) and the outbox that commits a record with its change
//! ([`outbox`]).

pub mod console_call;
pub mod identity;
pub mod outbox;
pub mod recovery;

pub use console_call::{call_class, console_identity, event_source};
pub use iamd_audit::*;
pub use identity::FromCaller;
pub use outbox::Intent;
