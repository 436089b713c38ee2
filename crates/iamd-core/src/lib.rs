//! The iamd domain: what the API and the console do, without HTTP.
//!
//! For now this holds the simulator (`SimulateCustomPolicy` semantics, shared by
//! `iamd simulate` and the API) and the error type that maps every failure to one AWS error
//! code.

pub mod error;
pub mod simulate;
pub mod store;

pub use error::CoreError;
