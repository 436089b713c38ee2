//! Core's generated `operation.rs`: the `Service` and `Operation` enums and their tables.
//! `operation_module_source` is long because it writes that file's text from top to bottom,
//! one table after another, so the generator reads like its output.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use super::names::*;
use super::service::Service;
use super::spec::*;
use crate::model::Operation;

/// `crates/iamd-core/src/generated/operation.rs`: every service and operation iamd knows, with
/// the facts the models give (names, service, signature, output, error codes).
pub(crate) fn operation_module_source(services: &[Service<'_>]) -> Result<String, Error> {
    let mut out = String::from(HEADER);
    out.push_str("//! Every operation iamd knows: the IAM and STS operations of the service models and CloudTrail's LookupEvents. Core's operation catalog (`crate::catalog`) gives each its authorization and audit facts.\n");
    out.push_str("#![expect(clippy::too_many_lines, reason = \"generated from the service models; one arm per operation\")]\n\n");
    // Service
    doc_line(
        &mut out,
        "A service iamd serves: IAM and STS over the Query protocol, CloudTrail over JSON 1.1.",
    );
    out.push_str(
        "#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]\npub enum Service {\n",
    );
    for s in services {
        doc_line(
            &mut out,
            &format!(
                "{} (`{}`).",
                s.model
                    .metadata
                    .service_abbreviation
                    .as_deref()
                    .unwrap_or(&s.model.metadata.service_id),
                s.model.metadata.endpoint_prefix
            ),
        );
        let _ = writeln!(out, "{},", s.spec.variant);
    }
    for x in EXTRA_SERVICES {
        doc_line(&mut out, x.doc);
        let _ = writeln!(out, "{},", x.variant);
    }
    out.push_str("}\n\nimpl Service {\n");
    doc_line(&mut out, "Every service.");
    let variants: Vec<String> = services
        .iter()
        .map(|s| format!("Self::{}", s.spec.variant))
        .chain(
            EXTRA_SERVICES
                .iter()
                .map(|x| format!("Self::{}", x.variant)),
        )
        .collect();
    let _ = writeln!(
        out,
        "pub const ALL: [Self; {}] = [{}];\n",
        variants.len(),
        variants.join(", ")
    );
    doc_line(
        &mut out,
        "Whether the service is served over the Query protocol.",
    );
    let _ = writeln!(
        out,
        "#[must_use]\npub fn is_query(self) -> bool {{\nmatches!(self, {})\n}}\n",
        services
            .iter()
            .map(|s| format!("Self::{}", s.spec.variant))
            .collect::<Vec<_>>()
            .join(" | ")
    );
    let service_fn = |out: &mut String,
                      doc: &str,
                      fn_name: &str,
                      value: &dyn Fn(&Service<'_>) -> String,
                      extra: &dyn Fn(&ExtraService) -> String| {
        doc_line(out, doc);
        let _ = writeln!(
            out,
            "#[must_use]\npub fn {fn_name}(self) -> &'static str {{\nmatch self {{"
        );
        for s in services {
            let _ = writeln!(out, "Self::{} => {},", s.spec.variant, lit(&value(s)));
        }
        for x in EXTRA_SERVICES {
            let _ = writeln!(out, "Self::{} => {},", x.variant, lit(&extra(x)));
        }
        out.push_str("}\n}\n\n");
    };
    service_fn(
        &mut out,
        "The `Version` parameter requests carry (CloudTrail: its API version).",
        "api_version",
        &|s| s.model.metadata.api_version.clone(),
        &|x| x.api_version.to_owned(),
    );
    service_fn(
        &mut out,
        "The XML namespace of responses (empty for a JSON service).",
        "namespace",
        &|s| s.model.metadata.xml_namespace.clone(),
        &|_| String::new(),
    );
    service_fn(
        &mut out,
        "The SigV4 signing name (credential-scope service).",
        "signing_name",
        &|s| s.model.metadata.endpoint_prefix.clone(),
        &|x| x.signing_name.to_owned(),
    );
    doc_line(
        &mut out,
        "The Query service whose API version is `version` (a Query request's `Version`).",
    );
    out.push_str(
        "#[must_use]\npub fn from_version(version: &str) -> Option<Self> {\nmatch version {\n",
    );
    for s in services {
        let _ = writeln!(
            out,
            "{} => Some(Self::{}),",
            lit(&s.model.metadata.api_version),
            s.spec.variant
        );
    }
    out.push_str("_ => None,\n}\n}\n}\n\n");

    // Operation
    let ops: Vec<(&Service<'_>, &Operation)> = services
        .iter()
        .flat_map(|s| s.operations.iter().map(move |op| (s, *op)))
        .collect();
    let mut names = BTreeSet::new();
    for (s, op) in &ops {
        if !names.insert(op.name.as_str()) {
            return Err(s.unsupported(format!("operation {} exists in two services", op.name)));
        }
    }
    let extra_ops: Vec<(&ExtraService, &str)> = EXTRA_SERVICES
        .iter()
        .flat_map(|x| x.operations.iter().map(move |name| (x, *name)))
        .collect();
    for (_, name) in &extra_ops {
        if !names.insert(name) {
            return Err(Error::Unsupported {
                service: String::new(),
                message: format!("operation {name} exists in two services"),
            });
        }
    }
    doc_line(
        &mut out,
        "Every IAM and STS operation, by `Action` name, and CloudTrail's `LookupEvents`.",
    );
    out.push_str("#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]\npub enum Operation {\n");
    for (s, op) in &ops {
        doc_line(
            &mut out,
            &format!("`{}` ({}).", op.name, s.spec.module.to_ascii_uppercase()),
        );
        let _ = writeln!(out, "{},", op.name);
    }
    for (x, name) in &extra_ops {
        doc_line(&mut out, &format!("`{name}` ({}).", x.variant));
        let _ = writeln!(out, "{name},");
    }
    out.push_str("}\n\nimpl Operation {\n");
    doc_line(
        &mut out,
        "Every Query operation (IAM and STS), IAM first, each service's in name order.",
    );
    let _ = writeln!(out, "pub const ALL: [Self; {}] = [", ops.len());
    for (_, op) in &ops {
        let _ = writeln!(out, "Self::{},", op.name);
    }
    out.push_str("];\n\n");
    doc_line(
        &mut out,
        "Every operation: those of [`Operation::ALL`], then the other services' (`LookupEvents`).",
    );
    let _ = writeln!(
        out,
        "pub const EVERY: [Self; {}] = [",
        ops.len() + extra_ops.len()
    );
    for (_, op) in &ops {
        let _ = writeln!(out, "Self::{},", op.name);
    }
    for (_, name) in &extra_ops {
        let _ = writeln!(out, "Self::{name},");
    }
    out.push_str("];\n\n");
    doc_line(
        &mut out,
        "The Query operation named by an `Action` parameter (exact, case-sensitive).",
    );
    out.push_str(
        "#[must_use]\npub fn from_action(action: &str) -> Option<Self> {\nmatch action {\n",
    );
    for (_, op) in &ops {
        let _ = writeln!(out, "{} => Some(Self::{}),", lit(&op.name), op.name);
    }
    out.push_str("_ => None,\n}\n}\n\n");
    doc_line(
        &mut out,
        "The operation of any service by its name (exact, case-sensitive).",
    );
    out.push_str("#[must_use]\npub fn from_name(name: &str) -> Option<Self> {\nmatch name {\n");
    for (_, name) in &extra_ops {
        let _ = writeln!(out, "{} => Some(Self::{name}),", lit(name));
    }
    out.push_str("_ => Self::from_action(name),\n}\n}\n\n");
    doc_line(
        &mut out,
        "The operation's name (a Query request's `Action`).",
    );
    out.push_str("#[must_use]\npub const fn name(self) -> &'static str {\nmatch self {\n");
    for (_, op) in &ops {
        let _ = writeln!(out, "Self::{} => {},", op.name, lit(&op.name));
    }
    for (_, name) in &extra_ops {
        let _ = writeln!(out, "Self::{name} => {},", lit(name));
    }
    out.push_str("}\n}\n\n");
    doc_line(
        &mut out,
        "The IAM action that authorizes the operation: the service's signing name, a colon, the operation's name (`iam:CreateUser`).",
    );
    out.push_str("#[must_use]\npub const fn action(self) -> &'static str {\nmatch self {\n");
    for (s, op) in &ops {
        let _ = writeln!(
            out,
            "Self::{} => {},",
            op.name,
            lit(&format!("{}:{}", s.model.metadata.endpoint_prefix, op.name))
        );
    }
    for (x, name) in &extra_ops {
        let _ = writeln!(
            out,
            "Self::{name} => {},",
            lit(&format!("{}:{name}", x.signing_name))
        );
    }
    out.push_str("}\n}\n\n");
    doc_line(&mut out, "The service the operation belongs to.");
    out.push_str("#[must_use]\npub const fn service(self) -> Service {\nmatch self {\n");
    for s in services {
        let pats: Vec<String> = s
            .operations
            .iter()
            .map(|op| format!("Self::{}", op.name))
            .collect();
        let _ = writeln!(out, "{} => Service::{},", pats.join(" | "), s.spec.variant);
    }
    for x in EXTRA_SERVICES {
        let pats: Vec<String> = x.operations.iter().map(|n| format!("Self::{n}")).collect();
        let _ = writeln!(out, "{} => Service::{},", pats.join(" | "), x.variant);
    }
    out.push_str("}\n}\n\n");
    doc_line(
        &mut out,
        "Whether requests must be signed (false for the model's `smithy.api#noAuth` operations).",
    );
    out.push_str("#[must_use]\npub fn requires_signature(self) -> bool {\n");
    let unsigned: Vec<String> = ops
        .iter()
        .filter(|(_, op)| {
            op.auth.iter().any(|a| a == "smithy.api#noAuth")
                || op.authtype.as_deref() == Some("none")
        })
        .map(|(_, op)| format!("Self::{}", op.name))
        .collect();
    if unsigned.is_empty() {
        out.push_str("let _ = self;\ntrue\n}\n\n");
    } else {
        let _ = writeln!(out, "!matches!(self, {})\n}}\n", unsigned.join(" | "));
    }
    doc_line(
        &mut out,
        "Whether a success response carries a `<{Action}Result>` element.",
    );
    out.push_str("#[must_use]\npub fn has_output(self) -> bool {\n");
    let without: Vec<String> = ops
        .iter()
        .filter(|(_, op)| op.output.is_none())
        .map(|(_, op)| format!("Self::{}", op.name))
        .collect();
    if without.is_empty() {
        out.push_str("let _ = self;\ntrue\n}\n\n");
    } else {
        let _ = writeln!(out, "!matches!(self, {})\n}}\n", without.join(" | "));
    }
    doc_line(
        &mut out,
        "The `<Code>`s of the errors the model declares for this operation.",
    );
    out.push_str(
        "#[must_use]\npub fn error_codes(self) -> &'static [&'static str] {\nmatch self {\n",
    );
    let mut by_codes: BTreeMap<Vec<String>, Vec<&str>> = BTreeMap::new();
    for (s, op) in &ops {
        let mut codes = Vec::new();
        for e in &op.errors {
            let shape = s.shape(&e.shape)?;
            codes.push(
                shape
                    .error
                    .as_ref()
                    .and_then(|t| t.code.clone())
                    .unwrap_or_else(|| e.shape.clone()),
            );
        }
        by_codes.entry(codes).or_default().push(&op.name);
    }
    for (codes, names) in &by_codes {
        let pats: Vec<String> = names.iter().map(|n| format!("Self::{n}")).collect();
        let items: Vec<String> = codes.iter().map(|c| lit(c)).collect();
        let _ = writeln!(out, "{} => &[{}],", pats.join(" | "), items.join(", "));
    }
    // The other services' operations: their errors are not modelled here.
    let pats: Vec<String> = extra_ops
        .iter()
        .map(|(_, n)| format!("Self::{n}"))
        .collect();
    if !pats.is_empty() {
        let _ = writeln!(out, "{} => &[],", pats.join(" | "));
    }
    out.push_str("}\n}\n}\n");

    Ok(out)
}
