//! The iamd domain: what the API and the console do, without HTTP.
//!
//! [`Iam`] is one account's IAM and STS: authentication of signed requests, authorization of
//! every call, and the operations (`ops`). State lives behind the [`store::Store`] seam;
//! [`CoreError`] maps every failure to one AWS error code.

pub mod audit;
pub mod authorize;
pub mod authz;
pub mod aws_managed;
pub mod catalog;
pub mod clock;
pub mod codec;
pub mod entities;
pub mod error;
pub mod events;
pub mod forwarded;
mod generated;
pub mod ids;
pub mod layout;
pub mod lockout;
pub mod ops;
pub mod pipeline;
pub mod secrets;
pub mod service;
pub mod session;
pub mod simulate;
pub mod store;
pub mod totp;

pub use error::CoreError;
pub use generated::operation;
pub use generated::operation::{Operation, Service};
pub use pipeline::{Call, CallError};
pub use service::{Caller, Iam, Origin};
