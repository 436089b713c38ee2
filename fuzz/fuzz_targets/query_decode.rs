//! Arbitrary bytes as a Query-protocol request body, decoded as the server decodes one.
//!
//! The body is form-decoded into `QueryParams`; its `Action` names the operation, or, when it
//! names none iamd knows, the first byte picks one of every IAM and STS operation, so each
//! generated decoder is reached. Then the typed input is decoded and validated
//! (`Input::from_query`) and the parameters are shaped for the audit record
//! (`request_parameters`), as every state-changing call does.
//!
//! Checks: nothing panics; an operation's name maps back to it; a refused input has the code
//! `MissingParameter` or `ValidationError`, HTTP status 400 and a non-empty message; a request
//! of protocol parameters only (`Action`, `Version`, `X-Amz-…`) has `null` request parameters.

#![no_main]

use iamd_api::generated::{Input, Operation};
use iamd_api::query::QueryParams;
use iamd_core::audit::params::request_parameters;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&pick, body)) = data.split_first() else {
        return;
    };
    let params = QueryParams::parse(body);
    let operation = params
        .action()
        .and_then(Operation::from_action)
        .unwrap_or(Operation::ALL[usize::from(pick) % Operation::ALL.len()]);
    assert_eq!(Operation::from_action(operation.name()), Some(operation));

    if let Err(e) = Input::from_query(operation, &params) {
        assert!(matches!(e.code(), "MissingParameter" | "ValidationError"));
        assert_eq!(e.http_status(), 400);
        assert!(!e.to_string().is_empty(), "empty message for {e:?}");
    }

    let shaped = request_parameters(params.iter());
    let protocol_only = params
        .iter()
        .all(|(key, _)| matches!(key, "Action" | "Version") || key.starts_with("X-Amz-"));
    if protocol_only {
        assert!(shaped.is_null(), "{shaped}");
    }
});
