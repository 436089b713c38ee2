//! Code generated from the AWS service models by `cargo run -p xtask -- codegen`.

pub mod operation;
