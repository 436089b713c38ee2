//! How the trail classifies a call (from the operation catalog), and who a call the console
//! makes for its signed-in user is recorded as. The recording itself is `crate::pipeline`'s.

use iamd_audit::{CallClass, EventSource, UserIdentity};

use super::identity::FromCaller;
use crate::service::Caller;
use crate::{Operation, Service};

/// The identity of a call the console makes for its signed-in `caller`: marked
/// `invokedBy: signin.amazonaws.com`, as CloudTrail marks calls the AWS console makes.
#[must_use]
pub fn console_identity(caller: &Caller) -> UserIdentity {
    let mut identity = UserIdentity::from_caller(caller);
    identity.invoked_by = Some("signin.amazonaws.com".into());
    identity
}

/// How the trail classifies `operation`, from the catalog.
#[must_use]
pub fn call_class(operation: Operation) -> CallClass {
    CallClass {
        read_only: operation.is_read_only(),
        keep_response: operation.keeps_response(),
    }
}

/// The `eventSource` of `operation`'s records.
#[must_use]
pub fn event_source(operation: Operation) -> EventSource {
    match operation.service() {
        Service::Iam => EventSource::Iam,
        Service::Sts => EventSource::Sts,
        Service::CloudTrail => EventSource::CloudTrail,
    }
}
