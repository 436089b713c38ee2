//! How records and stored policies are read and written: a value as a record's JSON, a
//! record's JSON as a value, and stored policy documents compiled for evaluation. Below
//! everything that reads or writes the store.

use std::sync::Arc;

use iamd_policy::{PolicyKind, PolicySource, SourceType, parse_policy};

use crate::error::CoreError;
use crate::store::{Kind, NewRecord};

/// Compile stored policy documents (validated when they were written).
pub(crate) fn compile_sources(
    sources: Vec<(String, SourceType, String)>,
) -> Result<Vec<(PolicySource, Arc<iamd_policy::Policy>)>, CoreError> {
    sources
        .into_iter()
        .map(|(id, source_type, document)| {
            let policy = parse_policy(&document, PolicyKind::Identity).map_err(|e| {
                CoreError::ServiceFailure(format!("stored policy {id} no longer parses: {e}"))
            })?;
            Ok((PolicySource { id, source_type }, Arc::new(policy)))
        })
        .collect()
}

/// How a simulation result names a managed policy's kind.
pub fn managed_type(arn: &str) -> SourceType {
    if arn.starts_with("arn:aws:iam::aws:") {
        SourceType::AwsManaged
    } else {
        SourceType::UserManaged
    }
}

/// A record holding `value` as JSON, encoded as every operation stores it: what writes an
/// account's records outside the operations (an import) builds them with this.
pub fn record<T: serde::Serialize>(
    kind: Kind,
    key: &str,
    owner: Option<&str>,
    reference: Option<&str>,
    value: &T,
) -> Result<NewRecord, CoreError> {
    Ok(NewRecord {
        kind,
        key: key.to_string(),
        owner: owner.map(str::to_string),
        reference: reference.map(str::to_string),
        data: serde_json::to_string(value)
            .map_err(|e| CoreError::ServiceFailure(format!("cannot encode a record: {e}")))?,
    })
}

/// Decode a stored record's JSON `data` (the inverse of [`record`]).
pub fn decode<T: serde::de::DeserializeOwned>(data: &str) -> Result<T, CoreError> {
    serde_json::from_str(data)
        .map_err(|e| CoreError::ServiceFailure(format!("a stored record does not decode: {e}")))
}
