//! The AWS Query-protocol wire layer of iamd's IAM and STS API.
//!
//! [`query::QueryParams`] holds a request's form-decoded parameters;
//! [`Operation::from_action`] names the operation and [`Input::from_query`] decodes and
//! validates its typed input (or each input type's own `from_query`). A handler returns
//! an [`Output`], whose [`Output::to_xml`] is the response body; errors are written by
//! [`xml::error_response`]. The shapes live in [`iam`] and [`sts`], generated from the
//! AWS service models.

pub mod cloudtrail;
pub mod generated;
mod handlers;
pub mod listen;
pub mod query;
pub mod server;
pub mod tls;
mod trail;
pub mod xml;

pub use generated::{Input, Operation, Output, Service, iam, sts};
pub use query::{QueryParams, ValidationError, Violation};
