//! One service's generated module: its errors, enumerations, patterns and every shape.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::names::*;
use super::service::Service;
use super::spec::*;

impl Service<'_> {
    // -----------------------------------------------------------------------------
    // Module source

    pub(crate) fn module_source(&self) -> Result<String, Error> {
        let mut body = String::new();
        let mut uses_map = false;
        let mut uses_time = false;

        self.emit_errors(&mut body)?;
        self.emit_enum_values(&mut body);
        self.emit_patterns(&mut body)?;

        for (name, shape) in &self.shapes {
            if shape.kind != "structure" || shape.exception {
                continue;
            }
            let is_input = self.input.contains(name);
            let is_output = self.output.contains(name);
            if !is_input && !is_output {
                continue;
            }
            let text = self.emit_struct(name, shape, is_input, is_output)?;
            uses_map |= text.contains("BTreeMap<");
            uses_time |= text.contains("OffsetDateTime");
            body.push_str(&text);
        }
        for name in &self.input {
            let shape = self.shape(name)?;
            if shape.kind != "structure" {
                let text = self.emit_decode_fn(name, shape)?;
                uses_map |= text.contains("BTreeMap<");
                body.push_str(&text);
            }
        }

        let mut out = String::from(HEADER);
        let _ = writeln!(
            out,
            "//! Shapes of {} ({}, API version {}): typed inputs with their constraints, outputs with their XML encoding, and the modeled errors.",
            self.model
                .metadata
                .service_abbreviation
                .as_deref()
                .unwrap_or(&self.model.metadata.service_id),
            self.spec.file,
            self.model.metadata.api_version
        );
        if uses_map {
            out.push_str("use std::collections::BTreeMap;\n");
        }
        if !self.patterns.is_empty() {
            out.push_str("use std::sync::LazyLock;\nuse regex::Regex;\n");
        }
        if uses_time {
            out.push_str("use time::OffsetDateTime;\n");
        }
        out.push_str("use crate::query::{self, QueryParams, ValidationError, Violations");
        if !self.patterns.is_empty() {
            out.push_str(", Pattern");
        }
        out.push_str("};\nuse crate::xml::{self, EncodeError, Fault, WriteXml, XmlWriter};\n");
        out.push_str(&body);
        Ok(out)
    }

    pub(crate) fn emit_errors(&self, out: &mut String) -> Result<(), Error> {
        let mut variants = Vec::new();
        for name in &self.errors {
            let shape = self.shape(name)?;
            let variant = name.strip_suffix("Exception").unwrap_or(name).to_owned();
            let code = shape
                .error
                .as_ref()
                .and_then(|e| e.code.clone())
                .unwrap_or_else(|| (*name).to_owned());
            let status = shape
                .error
                .as_ref()
                .and_then(|e| e.http_status_code)
                .unwrap_or(400);
            let sender = shape.error.as_ref().is_none_or(|e| e.sender_fault);
            variants.push((variant, (*name).to_owned(), code, status, sender));
        }
        doc_line(
            out,
            &format!(
                "The errors the {} model declares (`<Code>`, HTTP status, fault).",
                self.spec.module.to_ascii_uppercase()
            ),
        );
        out.push_str("#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]\npub enum ModeledError {\n");
        for (variant, shape, code, status, _) in &variants {
            doc_line(out, &format!("`{code}` ({status}), shape `{shape}`."));
            let _ = writeln!(out, "{variant},");
        }
        out.push_str("}\n\nimpl ModeledError {\n");
        doc_line(out, "Every modeled error.");
        let _ = writeln!(out, "pub const ALL: [Self; {}] = [", variants.len());
        for (variant, ..) in &variants {
            let _ = writeln!(out, "Self::{variant},");
        }
        out.push_str("];\n\n");
        doc_line(out, "The value of `<Code>`.");
        out.push_str("#[must_use]\npub fn code(self) -> &'static str {\nmatch self {\n");
        for (variant, _, code, ..) in &variants {
            let _ = writeln!(out, "Self::{variant} => {},", lit(code));
        }
        out.push_str("}\n}\n\n");
        doc_line(out, "The HTTP status.");
        out.push_str("#[must_use]\npub fn http_status(self) -> u16 {\nmatch self {\n");
        let mut by_status: BTreeMap<u16, Vec<&str>> = BTreeMap::new();
        for (variant, _, _, status, _) in &variants {
            by_status.entry(*status).or_default().push(variant);
        }
        for (status, names) in &by_status {
            let pats: Vec<String> = names.iter().map(|v| format!("Self::{v}")).collect();
            let _ = writeln!(out, "{} => {status},", pats.join(" | "));
        }
        out.push_str("}\n}\n\n");
        doc_line(
            out,
            "`Sender` for client faults, `Receiver` for service faults.",
        );
        out.push_str("#[must_use]\npub fn fault(self) -> Fault {\n");
        let receivers: Vec<String> = variants
            .iter()
            .filter(|v| !v.4)
            .map(|v| format!("Self::{}", v.0))
            .collect();
        if receivers.is_empty() {
            out.push_str("let _ = self;\nFault::Sender\n}\n\n");
        } else {
            let _ = writeln!(
                out,
                "if matches!(self, {}) {{\nFault::Receiver\n}} else {{\nFault::Sender\n}}\n}}\n",
                receivers.join(" | ")
            );
        }
        doc_line(out, "The error with this `<Code>`.");
        out.push_str("#[must_use]\npub fn from_code(code: &str) -> Option<Self> {\nmatch code {\n");
        for (variant, _, code, ..) in &variants {
            let _ = writeln!(out, "{} => Some(Self::{variant}),", lit(code));
        }
        out.push_str("_ => None,\n}\n}\n}\n\n");
        Ok(())
    }

    pub(crate) fn emit_enum_values(&self, out: &mut String) {
        for (name, shape) in &self.shapes {
            if let Some(values) = &shape.enum_values {
                if !self.input.contains(name) && !self.output.contains(name) {
                    continue;
                }
                doc_line(out, &format!("The values of enum `{name}`."));
                let items: Vec<String> = values.iter().map(|v| lit(v)).collect();
                let _ = writeln!(
                    out,
                    "pub const {}_VALUES: &[&str] = &[{}];\n",
                    screaming(name),
                    items.join(", ")
                );
            }
        }
    }

    pub(crate) fn emit_patterns(&self, out: &mut String) -> Result<(), Error> {
        for (pattern, static_name) in &self.patterns {
            let (regex, forbidden) = translate_pattern(pattern).map_err(|m| self.unsupported(m))?;
            doc_line(out, &format!("Pattern `{pattern}`."));
            let forbidden =
                forbidden.map_or_else(|| "None".to_owned(), |f| format!("Some({})", lit(f)));
            let _ = writeln!(
                out,
                "pub static {static_name}: Pattern = Pattern {{ source: {}, forbidden: {forbidden}, regex: LazyLock::new(|| Regex::new({}).ok()) }};\n",
                lit(pattern),
                lit(&regex)
            );
        }
        doc_line(out, "Every pattern inputs are checked against.");
        let names: Vec<String> = self.patterns.values().map(|n| format!("&{n}")).collect();
        let _ = writeln!(
            out,
            "pub static PATTERNS: [&Pattern; {}] = [{}];\n",
            names.len(),
            names.join(", ")
        );
        Ok(())
    }
}
