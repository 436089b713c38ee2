//! The wire layer's generated `mod.rs`: the services' shared types and the routing by
//! operation.

use std::fmt::Write as _;

use super::names::*;
use super::service::Service;
use super::spec::*;
use crate::model::Operation;

pub(crate) fn root_module_source(services: &[Service<'_>]) -> Result<String, Error> {
    let mut out = String::from(HEADER);
    out.push_str("//! The IAM and STS Query-protocol wire layer: services, operations, typed inputs and outputs.\n");
    out.push_str("#![expect(clippy::too_many_lines, reason = \"generated from the service models; one arm per operation\")]\n");
    for s in services {
        let _ = writeln!(out, "pub mod {};", s.spec.module);
    }
    out.push_str("pub use iamd_core::operation::{Operation, Service};\nuse crate::query::{QueryParams, ValidationError};\nuse crate::xml::{self, EncodeError};\n\n");
    let ops: Vec<(&Service<'_>, &Operation)> = services
        .iter()
        .flat_map(|s| s.operations.iter().map(move |op| (s, *op)))
        .collect();

    // Input
    doc_line(
        &mut out,
        "A decoded request: one variant per operation, with its typed input if the model gives one.",
    );
    out.push_str("#[derive(Debug, Clone, PartialEq, Eq)]\npub enum Input {\n");
    for (s, op) in &ops {
        match &op.input {
            Some(r) => {
                let _ = writeln!(
                    out,
                    "{}({}::{}),",
                    op.name,
                    s.spec.module,
                    upper_first(&r.shape)
                );
            }
            None => {
                let _ = writeln!(out, "{},", op.name);
            }
        }
    }
    out.push_str("}\n\nimpl Input {\n");
    doc_line(
        &mut out,
        "Decodes and validates the input of `operation` from Query parameters.",
    );
    out.push_str("///\n/// # Errors\n/// A missing required member, a value that is not of its type, or every constraint the values violate.\n");
    out.push_str("pub fn from_query(operation: Operation, params: &QueryParams) -> Result<Self, ValidationError> {\nOk(match operation {\n");
    for (s, op) in &ops {
        match &op.input {
            Some(r) => {
                let _ = writeln!(
                    out,
                    "Operation::{0} => Self::{0}({1}::{2}::from_query(params)?),",
                    op.name,
                    s.spec.module,
                    upper_first(&r.shape)
                );
            }
            None => {
                let _ = writeln!(out, "Operation::{0} => Self::{0},", op.name);
            }
        }
    }
    for x in EXTRA_SERVICES {
        for name in x.operations {
            let _ = writeln!(
                out,
                "// Not a Query operation: `Operation::from_action` never names it.\nOperation::{name} => return Err(ValidationError::MissingParameter {{ parameter: \"Action\".to_owned() }}),"
            );
        }
    }
    out.push_str("})\n}\n\n");
    doc_line(&mut out, "The operation this input is for.");
    out.push_str("#[must_use]\npub fn operation(&self) -> Operation {\nmatch self {\n");
    for (_, op) in &ops {
        let pat = if op.input.is_some() { "(_)" } else { "" };
        let _ = writeln!(out, "Self::{0}{pat} => Operation::{0},", op.name);
    }
    out.push_str("}\n}\n}\n\n");

    // Output
    doc_line(
        &mut out,
        "A successful result: one variant per operation, with its typed output if the model gives one.",
    );
    out.push_str("#[derive(Debug, Clone, PartialEq, Eq)]\npub enum Output {\n");
    for (s, op) in &ops {
        match &op.output {
            Some(r) => {
                let _ = writeln!(
                    out,
                    "{}({}::{}),",
                    op.name,
                    s.spec.module,
                    upper_first(&r.shape)
                );
            }
            None => {
                let _ = writeln!(out, "{},", op.name);
            }
        }
    }
    out.push_str("}\n\nimpl Output {\n");
    doc_line(&mut out, "The operation this output is for.");
    out.push_str("#[must_use]\npub fn operation(&self) -> Operation {\nmatch self {\n");
    for (_, op) in &ops {
        let pat = if op.output.is_some() { "(_)" } else { "" };
        let _ = writeln!(out, "Self::{0}{pat} => Operation::{0},", op.name);
    }
    out.push_str("}\n}\n\n");
    doc_line(
        &mut out,
        "The XML response body: `<{Action}Response xmlns=…>` with the `<{Action}Result>` (if any) and `<ResponseMetadata>`.",
    );
    out.push_str("///\n/// # Errors\n/// When a timestamp cannot be formatted or writing fails.\n");
    out.push_str("pub fn to_xml(&self, request_id: &str) -> Result<String, EncodeError> {\nlet operation = self.operation();\nlet result: Option<&dyn xml::WriteXml> = match self {\n");
    for (_, op) in &ops {
        match &op.output {
            Some(r) => {
                let wrapper = r
                    .result_wrapper
                    .clone()
                    .unwrap_or_else(|| format!("{}Result", op.name));
                if wrapper != format!("{}Result", op.name) {
                    return Err(Error::Unsupported {
                        service: String::new(),
                        message: format!(
                            "{}: result wrapper {wrapper} is not {{Action}}Result",
                            op.name
                        ),
                    });
                }
                let _ = writeln!(out, "Self::{}(v) => Some(v),", op.name);
            }
            None => {
                let _ = writeln!(out, "Self::{} => None,", op.name);
            }
        }
    }
    out.push_str("};\nxml::response(operation.name(), operation.service().namespace(), result, request_id)\n}\n}\n");
    Ok(out)
}
