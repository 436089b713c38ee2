//! One service of the models, with the shapes its operations reach, and the Rust of its
//! types, decoders and writers.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;

use super::names::*;
use super::spec::*;
use crate::model::{Model, Operation, Shape};

pub(crate) struct Service<'a> {
    pub(crate) spec: &'static ServiceSpec,
    pub(crate) model: &'a Model,
    pub(crate) shapes: BTreeMap<&'a str, &'a Shape>,
    pub(crate) operations: Vec<&'a Operation>,
    /// Shapes reachable from some operation's input.
    pub(crate) input: BTreeSet<&'a str>,
    /// Shapes reachable from some operation's output.
    pub(crate) output: BTreeSet<&'a str>,
    /// Structures that appear as a member or element inside an input.
    pub(crate) nested_input: BTreeSet<&'a str>,
    /// Structures that are some operation's input.
    pub(crate) top_input: BTreeSet<&'a str>,
    /// Model pattern → static name, for input shapes.
    pub(crate) patterns: BTreeMap<&'a str, String>,
    pub(crate) errors: Vec<&'a str>,
}

fn reach<'a>(shapes: &BTreeMap<&'a str, &'a Shape>, root: &'a str, seen: &mut BTreeSet<&'a str>) {
    if !seen.insert(root) {
        return;
    }
    if let Some(shape) = shapes.get(root) {
        for child in children(shape) {
            reach(shapes, child, seen);
        }
    }
}

fn children(shape: &Shape) -> Vec<&str> {
    let mut out: Vec<&str> = shape
        .members
        .iter()
        .map(|(_, r)| r.shape.as_str())
        .collect();
    for r in [&shape.member, &shape.key, &shape.value]
        .into_iter()
        .flatten()
    {
        out.push(r.shape.as_str());
    }
    out
}

impl<'a> Service<'a> {
    pub(crate) fn new(spec: &'static ServiceSpec, model: &'a Model) -> Result<Self, Error> {
        let unsupported = |message: String| Error::Unsupported {
            service: spec.module.to_owned(),
            message,
        };
        if model.metadata.protocol != "query" {
            return Err(unsupported(format!(
                "protocol {} is not query",
                model.metadata.protocol
            )));
        }
        let shapes: BTreeMap<&str, &Shape> = model.shapes.iter().collect();
        let mut operations: Vec<&Operation> = model.operations.iter().map(|(_, op)| op).collect();
        operations.sort_by(|a, b| a.name.cmp(&b.name));

        let mut input = BTreeSet::new();
        let mut output = BTreeSet::new();
        let mut top_input = BTreeSet::new();
        let mut errors = BTreeSet::new();
        for op in &operations {
            if let Some(r) = &op.input {
                top_input.insert(r.shape.as_str());
                reach(&shapes, &r.shape, &mut input);
            }
            if let Some(r) = &op.output {
                reach(&shapes, &r.shape, &mut output);
            }
            for e in &op.errors {
                errors.insert(e.shape.as_str());
            }
        }
        let mut nested_input = BTreeSet::new();
        for name in &input {
            let shape = shapes
                .get(name)
                .ok_or_else(|| unsupported(format!("unknown shape {name}")))?;
            for child in children(shape) {
                if shapes.get(child).is_some_and(|s| s.kind == "structure") {
                    nested_input.insert(child);
                }
            }
        }

        let mut seen_types = BTreeMap::new();
        let mut seen_fns = BTreeMap::new();
        for (name, shape) in &shapes {
            for (member, r) in shape.members.iter() {
                if r.location_name.is_some() || r.xml_namespace.is_some() || r.xml_attribute {
                    return Err(unsupported(format!(
                        "{name}.{member} uses locationName/xmlNamespace/xmlAttribute"
                    )));
                }
                if !shapes.contains_key(r.shape.as_str()) {
                    return Err(unsupported(format!(
                        "{name}.{member}: unknown shape {}",
                        r.shape
                    )));
                }
            }
            if shape.flattened {
                return Err(unsupported(format!("{name} is flattened")));
            }
            if shape.kind == "structure" && !shape.exception {
                let type_name = upper_first(name);
                if RESERVED_TYPE_NAMES.contains(&type_name.as_str()) {
                    return Err(unsupported(format!("shape {name} clashes with an import")));
                }
                if let Some(other) = seen_types.insert(type_name, *name) {
                    return Err(unsupported(format!(
                        "shapes {other} and {name} share a type name"
                    )));
                }
            }
            let named_item = shape.kind != "structure"
                && (input.contains(name) || (output.contains(name) && shape.enum_values.is_some()));
            if !named_item {
                continue;
            }
            if let Some(other) = seen_fns.insert(snake(name), *name) {
                return Err(unsupported(format!(
                    "shapes {other} and {name} share a snake-case name"
                )));
            }
        }

        let mut patterns = BTreeMap::new();
        for name in &input {
            if let Some(pattern) = shapes.get(name).and_then(|s| s.pattern.as_deref()) {
                translate_pattern(pattern).map_err(&unsupported)?;
                patterns
                    .entry(pattern)
                    .or_insert_with(|| format!("{}_PATTERN", screaming(name)));
            }
        }

        Ok(Self {
            spec,
            model,
            shapes,
            operations,
            input,
            output,
            nested_input,
            top_input,
            patterns,
            errors: errors.into_iter().collect(),
        })
    }

    pub(crate) fn unsupported(&self, message: String) -> Error {
        Error::Unsupported {
            service: self.spec.module.to_owned(),
            message,
        }
    }

    pub(crate) fn shape(&self, name: &str) -> Result<&'a Shape, Error> {
        self.shapes
            .get(name)
            .copied()
            .ok_or_else(|| self.unsupported(format!("unknown shape {name}")))
    }

    pub(crate) fn rust_type(&self, name: &str) -> Result<String, Error> {
        let shape = self.shape(name)?;
        Ok(match shape.kind.as_str() {
            "string" => "String".to_owned(),
            "integer" => "i32".to_owned(),
            "long" => "i64".to_owned(),
            "boolean" => "bool".to_owned(),
            "timestamp" => "OffsetDateTime".to_owned(),
            "blob" => "Vec<u8>".to_owned(),
            "list" => format!("Vec<{}>", self.rust_type(&self.element(name, shape)?)?),
            "map" => {
                let (key, value) = self.entry(name, shape)?;
                if self.shape(&key)?.kind != "string" {
                    return Err(self.unsupported(format!("map {name} has a non-string key")));
                }
                format!("BTreeMap<String, {}>", self.rust_type(&value)?)
            }
            "structure" => upper_first(name),
            other => return Err(self.unsupported(format!("shape {name} has type {other}"))),
        })
    }

    pub(crate) fn element(&self, name: &str, shape: &Shape) -> Result<String, Error> {
        shape
            .member
            .as_ref()
            .map(|r| r.shape.clone())
            .ok_or_else(|| self.unsupported(format!("list {name} has no member")))
    }

    pub(crate) fn entry(&self, name: &str, shape: &Shape) -> Result<(String, String), Error> {
        match (&shape.key, &shape.value) {
            (Some(k), Some(v)) => Ok((k.shape.clone(), v.shape.clone())),
            _ => Err(self.unsupported(format!("map {name} lacks key or value"))),
        }
    }

    pub(crate) fn is_defaultable(&self, name: &str) -> Result<bool, Error> {
        let shape = self.shape(name)?;
        Ok(match shape.kind.as_str() {
            "timestamp" => false,
            "structure" => {
                for (member, r) in shape.members.iter() {
                    if shape.required.iter().any(|m| m == member)
                        && !self.is_defaultable(&r.shape)?
                    {
                        return Ok(false);
                    }
                }
                true
            }
            _ => true,
        })
    }

    pub(crate) fn has_constraints(shape: &Shape) -> bool {
        shape.min.is_some()
            || shape.max.is_some()
            || shape.pattern.is_some()
            || shape.enum_values.is_some()
    }

    /// The decoder (a `query::Decoder<T>` path) for a shape.
    pub(crate) fn decoder(&self, name: &str) -> Result<String, Error> {
        let shape = self.shape(name)?;
        let runtime = match shape.kind.as_str() {
            "string" => "query::string",
            "integer" => "query::integer",
            "long" => "query::long",
            "boolean" => "query::boolean",
            "timestamp" => "query::timestamp",
            "blob" => "query::blob",
            "structure" => return Ok(format!("{}::decode", upper_first(name))),
            _ => return Ok(format!("decode_{}", snake(name))),
        };
        if Self::has_constraints(shape) {
            Ok(format!("decode_{}", snake(name)))
        } else {
            Ok(runtime.to_owned())
        }
    }

    pub(crate) fn constraint_summary(&self, shape: &Shape, name: &str) -> String {
        let mut parts = Vec::new();
        let what = if matches!(shape.kind.as_str(), "integer" | "long") {
            "value"
        } else {
            "length"
        };
        match (shape.min, shape.max) {
            (Some(min), Some(max)) => parts.push(format!("{what} {min}..={max}")),
            (Some(min), None) => parts.push(format!("{what} >= {min}")),
            (None, Some(max)) => parts.push(format!("{what} <= {max}")),
            (None, None) => {}
        }
        if let Some(pattern) = &shape.pattern {
            parts.push(format!("pattern `{pattern}`"));
        }
        if shape.enum_values.is_some() {
            parts.push(format!("one of [`{}_VALUES`]", screaming(name)));
        }
        if shape.sensitive {
            parts.push("sensitive".to_owned());
        }
        parts.join(", ")
    }

    pub(crate) fn operations_using(&self, shape: &str) -> (Vec<&str>, Vec<&str>) {
        let inputs = self
            .operations
            .iter()
            .filter(|op| op.input.as_ref().is_some_and(|r| r.shape == shape))
            .map(|op| op.name.as_str())
            .collect();
        let outputs = self
            .operations
            .iter()
            .filter(|op| op.output.as_ref().is_some_and(|r| r.shape == shape))
            .map(|op| op.name.as_str())
            .collect();
        (inputs, outputs)
    }

    pub(crate) fn emit_struct(
        &self,
        name: &str,
        shape: &Shape,
        is_input: bool,
        is_output: bool,
    ) -> Result<String, Error> {
        let mut out = String::new();
        let type_name = upper_first(name);
        let (input_of, output_of) = self.operations_using(name);
        let mut doc = format!("Shape `{name}`");
        if !input_of.is_empty() {
            let _ = write!(doc, "; input of `{}`", input_of.join("`, `"));
        }
        if !output_of.is_empty() {
            let _ = write!(doc, "; output of `{}`", output_of.join("`, `"));
        }
        doc.push('.');
        doc_line(&mut out, &doc);

        let sensitive: Vec<&str> = shape
            .members
            .iter()
            .filter(|(_, r)| {
                self.shapes
                    .get(r.shape.as_str())
                    .is_some_and(|s| s.sensitive)
            })
            .map(|(m, _)| m)
            .collect();
        let mut derives = vec!["Clone", "PartialEq", "Eq"];
        if sensitive.is_empty() {
            derives.insert(0, "Debug");
        }
        if self.is_defaultable(name)? {
            derives.push("Default");
        }
        let _ = writeln!(out, "#[derive({})]", derives.join(", "));
        let _ = writeln!(out, "pub struct {type_name} {{");
        for (member, r) in shape.members.iter() {
            let member_shape = self.shape(&r.shape)?;
            let required = shape.required.iter().any(|m| m == member);
            let ty = self.rust_type(&r.shape)?;
            let mut doc = format!("`{member}`");
            if required {
                doc.push_str(" (required)");
            }
            if is_input {
                let summary = self.constraint_summary(member_shape, &r.shape);
                if !summary.is_empty() {
                    let _ = write!(doc, ": {summary}");
                }
            }
            if is_output && self.spec.url_encoded.contains(&r.shape.as_str()) {
                doc.push_str("; URL-encoded when written to XML");
            }
            doc.push('.');
            doc_line(&mut out, &doc);
            let ty = if required {
                ty
            } else {
                format!("Option<{ty}>")
            };
            let _ = writeln!(out, "pub {}: {ty},", field_name(member));
        }
        out.push_str("}\n\n");

        if !sensitive.is_empty() {
            let _ = writeln!(
                out,
                "impl std::fmt::Debug for {type_name} {{\nfn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {{\nf.debug_struct({})",
                lit(&type_name)
            );
            for (member, _) in shape.members.iter() {
                let field = field_name(member);
                let label = field.trim_start_matches("r#");
                if sensitive.contains(&member) {
                    let _ = writeln!(out, ".field({}, &\"<redacted>\")", lit(label));
                } else {
                    let _ = writeln!(out, ".field({}, &self.{field})", lit(label));
                }
            }
            out.push_str(".finish()\n}\n}\n\n");
        }

        if is_input {
            self.emit_struct_decode(&mut out, name, shape)?;
        }
        if is_output {
            self.emit_struct_write(&mut out, name, shape)?;
        }
        Ok(out)
    }

    pub(crate) fn emit_struct_decode(
        &self,
        out: &mut String,
        name: &str,
        shape: &Shape,
    ) -> Result<(), Error> {
        let type_name = upper_first(name);
        for (member, _) in shape.members.iter() {
            if ["q_", "wire_", "path_", "errors_"].contains(&field_name(member).as_str()) {
                return Err(
                    self.unsupported(format!("{name}.{member} clashes with a decoder parameter"))
                );
            }
        }
        let _ = writeln!(out, "impl {type_name} {{");
        if self.top_input.contains(name) {
            doc_line(
                out,
                "Decodes and validates the input from Query parameters (`Action` and `Version` are not looked at).",
            );
            out.push_str("///\n/// # Errors\n/// A missing required member, a value that is not of its type, or every constraint the values violate.\n");
            out.push_str("pub fn from_query(params: &QueryParams) -> Result<Self, ValidationError> {\nlet mut errors = Violations::default();\nlet value = Self::decode_members(params, \"\", \"\", &mut errors)?;\nerrors.finish(value)\n}\n\n");
        }
        if self.nested_input.contains(name) {
            out.push_str("fn decode(q_: &QueryParams, wire_: &str, path_: &str, errors_: &mut Violations) -> Result<Option<Self>, ValidationError> {\nif !query::structure_present(q_, wire_) {\nreturn Ok(None);\n}\nSelf::decode_members(q_, wire_, path_, errors_).map(Some)\n}\n\n");
        }
        if shape.members.is_empty() {
            out.push_str("fn decode_members(_q_: &QueryParams, _wire_: &str, _path_: &str, _errors_: &mut Violations) -> Result<Self, ValidationError> {\nOk(Self {})\n}\n");
        } else {
            out.push_str("fn decode_members(q_: &QueryParams, wire_: &str, path_: &str, errors_: &mut Violations) -> Result<Self, ValidationError> {\n");
            for (member, r) in shape.members.iter() {
                let _ = writeln!(
                    out,
                    "let {} = {}(q_, &query::join_wire(wire_, {}), &query::join_path(path_, {}), errors_)?;",
                    field_name(member),
                    self.decoder(&r.shape)?,
                    lit(member),
                    lit(&lower_first(member))
                );
            }
            out.push_str("Ok(Self {\n");
            for (member, _) in shape.members.iter() {
                let field = field_name(member);
                if shape.required.iter().any(|m| m == member) {
                    let _ = writeln!(
                        out,
                        "{field}: query::required({field}, wire_, {})?,",
                        lit(member)
                    );
                } else {
                    let _ = writeln!(out, "{field},");
                }
            }
            out.push_str("})\n}\n");
        }
        out.push_str("}\n\n");
        Ok(())
    }

    pub(crate) fn emit_struct_write(
        &self,
        out: &mut String,
        name: &str,
        shape: &Shape,
    ) -> Result<(), Error> {
        let type_name = upper_first(name);
        let _ = writeln!(out, "impl WriteXml for {type_name} {{");
        if shape.members.is_empty() {
            out.push_str("fn write_members(&self, _w: &mut XmlWriter) -> Result<(), EncodeError> {\nOk(())\n}\n}\n\n");
            return Ok(());
        }
        out.push_str("fn write_members(&self, w: &mut XmlWriter) -> Result<(), EncodeError> {\n");
        for (member, r) in shape.members.iter() {
            let field = field_name(member);
            if shape.required.iter().any(|m| m == member) {
                let call = self.write_call(&r.shape, &lit(member), &format!("&self.{field}"))?;
                let _ = writeln!(out, "{call}?;");
            } else {
                let call = self.write_call(&r.shape, &lit(member), "v")?;
                let _ = writeln!(out, "if let Some(v) = &self.{field} {{\n{call}?;\n}}");
            }
        }
        out.push_str("Ok(())\n}\n}\n\n");
        Ok(())
    }

    /// An expression writing `value` (a reference) as element `name` (a literal).
    pub(crate) fn write_call(
        &self,
        shape_name: &str,
        name: &str,
        value: &str,
    ) -> Result<String, Error> {
        let shape = self.shape(shape_name)?;
        Ok(match shape.kind.as_str() {
            "string" if self.spec.url_encoded.contains(&shape_name) => {
                format!("xml::url_encoded(w, {name}, {value})")
            }
            "string" => format!("xml::text(w, {name}, {value})"),
            "integer" => format!("xml::integer(w, {name}, {value})"),
            "long" => format!("xml::long(w, {name}, {value})"),
            "boolean" => format!("xml::boolean(w, {name}, {value})"),
            "timestamp" => format!("xml::timestamp(w, {name}, {value})"),
            "blob" => format!("xml::blob(w, {name}, {value})"),
            "structure" => format!("xml::structure(w, {name}, {value})"),
            "list" => {
                let element = self.element(shape_name, shape)?;
                let inner = self.write_call(&element, "\"member\"", "v")?;
                format!("xml::list(w, {name}, {value}, |w, v| {inner})")
            }
            "map" => {
                let (_, value_shape) = self.entry(shape_name, shape)?;
                let inner = self.write_call(&value_shape, "\"value\"", "v")?;
                format!("xml::map(w, {name}, {value}, |w, v| {inner})")
            }
            other => return Err(self.unsupported(format!("shape {shape_name} has type {other}"))),
        })
    }

    /// A decoder function for a list, a map or a constrained scalar.
    pub(crate) fn emit_decode_fn(&self, name: &str, shape: &Shape) -> Result<String, Error> {
        let decoder = self.decoder(name)?;
        if !decoder.starts_with("decode_") {
            return Ok(String::new());
        }
        let ty = self.rust_type(name)?;
        let mut out = String::new();
        let _ = writeln!(
            out,
            "fn {decoder}(params: &QueryParams, wire: &str, path: &str, errors: &mut Violations) -> Result<Option<{ty}>, ValidationError> {{"
        );
        let sensitive = if shape.sensitive { "true" } else { "false" };
        let opt = |v: Option<i64>| v.map_or_else(|| "None".to_owned(), |v| format!("Some({v})"));
        match shape.kind.as_str() {
            "string" => {
                out.push_str("let value = query::string(params, wire, path, errors)?;\nif let Some(v) = &value {\n");
                if shape.min.is_some() || shape.max.is_some() {
                    let _ = writeln!(
                        out,
                        "errors.length(path, v, {}, {}, {sensitive});",
                        opt(shape.min),
                        opt(shape.max)
                    );
                }
                if let Some(pattern) = &shape.pattern {
                    let static_name = self.patterns.get(pattern.as_str()).ok_or_else(|| {
                        self.unsupported(format!("pattern of {name} not collected"))
                    })?;
                    let _ = writeln!(out, "errors.pattern(path, v, &{static_name}, {sensitive});");
                }
                if shape.enum_values.is_some() {
                    let _ = writeln!(
                        out,
                        "errors.one_of(path, v, {}_VALUES, {sensitive});",
                        screaming(name)
                    );
                }
                out.push_str("}\nOk(value)\n");
            }
            "integer" | "long" => {
                let (runtime, widened) = if shape.kind == "integer" {
                    ("integer", "i64::from(v)")
                } else {
                    ("long", "v")
                };
                let _ = writeln!(
                    out,
                    "let value = query::{runtime}(params, wire, path, errors)?;\nif let Some(v) = value {{\nerrors.range(path, {widened}, {}, {});\n}}\nOk(value)",
                    opt(shape.min),
                    opt(shape.max)
                );
            }
            "list" | "map" => {
                let call = if shape.kind == "list" {
                    let element = self.element(name, shape)?;
                    format!(
                        "query::list(params, wire, path, errors, {})",
                        self.decoder(&element)?
                    )
                } else {
                    let (key, value) = self.entry(name, shape)?;
                    format!(
                        "query::map(params, wire, path, errors, {}, {})",
                        self.decoder(&key)?,
                        self.decoder(&value)?
                    )
                };
                if shape.min.is_none() && shape.max.is_none() {
                    let _ = writeln!(out, "{call}");
                } else {
                    let scalar_elements = shape.kind == "list"
                        && shape
                            .member
                            .as_ref()
                            .and_then(|r| self.shapes.get(r.shape.as_str()))
                            .is_some_and(|s| {
                                matches!(s.kind.as_str(), "string" | "integer" | "long" | "boolean")
                                    && !s.sensitive
                            });
                    let shown = if scalar_elements {
                        "|| Some(query::show_list(v))"
                    } else {
                        "|| None"
                    };
                    let bound = |v: Option<i64>| {
                        v.map_or_else(|| "None".to_owned(), |v| format!("Some({})", v.max(0)))
                    };
                    let _ = writeln!(
                        out,
                        "let value = {call}?;\nif let Some(v) = &value {{\nerrors.list_length(path, v.len(), {}, {}, {shown});\n}}\nOk(value)",
                        bound(shape.min),
                        bound(shape.max)
                    );
                }
            }
            other => {
                return Err(self.unsupported(format!(
                    "constraints on {name} of type {other} are not supported"
                )));
            }
        }
        out.push_str("}\n\n");
        Ok(out)
    }
}
