//! Workspace tasks: `codegen` generates the Query-protocol wire layer of `iamd-api`
//! from the AWS service models.

pub mod codegen;
pub mod layers;
pub mod model;
pub mod sizes;
