//! Generates `crates/iamd-api/src/generated/{iam,sts,mod}.rs` (the Query wire layer) and
//! `crates/iamd-core/src/generated/operation.rs` (the `Service` and `Operation` enums that core's
//! operation catalog is keyed by) from the IAM and STS service models.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::model::{Model, Operation, Shape};

/// Why code generation failed.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A model file could not be read.
    #[error("reading {path}: {source}")]
    Read {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A model file is not a valid model.
    #[error("parsing {path}: {source}")]
    Parse {
        path: PathBuf,
        source: serde_json::Error,
    },
    /// The model uses something the generator does not support.
    #[error("{service}: {message}")]
    Unsupported { service: String, message: String },
    /// rustfmt could not be run or rejected the output.
    #[error("formatting {file}: {message}")]
    Format { file: String, message: String },
    /// Writing an output file failed.
    #[error("writing {path}: {source}")]
    Write {
        path: PathBuf,
        source: std::io::Error,
    },
}

/// One generated file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GeneratedFile {
    /// Path relative to the workspace root.
    pub path: PathBuf,
    /// Formatted source.
    pub contents: String,
}

/// Where the generated wire layer goes, relative to the workspace root.
pub const OUTPUT_DIR: &str = "crates/iamd-api/src/generated";

/// Where the generated operation enum goes, relative to the workspace root: core keys its
/// operation catalog by it, and the wire layer re-exports it.
pub const CORE_OUTPUT_DIR: &str = "crates/iamd-core/src/generated";

/// A service iamd serves besides the Query ones: CloudTrail's JSON 1.1 API, of which only the
/// listed operations are named (`LookupEvents`). Its model is not read: the wire layer for it
/// is hand-written (`crates/iamd-api/src/cloudtrail.rs`).
struct ExtraService {
    variant: &'static str,
    doc: &'static str,
    api_version: &'static str,
    signing_name: &'static str,
    operations: &'static [&'static str],
}

const EXTRA_SERVICES: &[ExtraService] = &[ExtraService {
    variant: "CloudTrail",
    doc: "AWS CloudTrail (`cloudtrail`), over JSON 1.1: its LookupEvents over the audit trail.",
    api_version: "2013-11-01",
    signing_name: "cloudtrail",
    operations: &["LookupEvents"],
}];

struct ServiceSpec {
    file: &'static str,
    module: &'static str,
    variant: &'static str,
    /// String shapes whose values IAM returns URL-encoded (policy documents).
    url_encoded: &'static [&'static str],
}

const SERVICES: &[ServiceSpec] = &[
    ServiceSpec {
        file: "iam-2010-05-08.service-2.json",
        module: "iam",
        variant: "Iam",
        url_encoded: &["policyDocumentType"],
    },
    ServiceSpec {
        file: "sts-2011-06-15.service-2.json",
        module: "sts",
        variant: "Sts",
        url_encoded: &[],
    },
];

/// Model patterns that use constructs the `regex` crate lacks, with an equivalent:
/// (model pattern, pattern for the `regex` crate, substring no value may contain).
const PATTERN_REWRITES: &[(&str, &str, Option<&str>)] = &[(
    "^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$",
    "^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$",
    Some("--"),
)];

/// Names the generated modules import; no shape may take one of them.
const RESERVED_TYPE_NAMES: &[&str] = &[
    "BTreeMap",
    "EncodeError",
    "Fault",
    "LazyLock",
    "ModeledError",
    "OffsetDateTime",
    "Option",
    "Pattern",
    "QueryParams",
    "Regex",
    "Result",
    "String",
    "ValidationError",
    "Vec",
    "Violations",
    "WriteXml",
    "XmlWriter",
];

const HEADER: &str =
    "// @generated from the AWS service models by `cargo run -p xtask -- codegen`. Do not edit.\n";

/// The workspace root (two levels above this crate).
#[must_use]
pub fn workspace_root() -> PathBuf {
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    manifest
        .parent()
        .and_then(Path::parent)
        .map_or_else(|| manifest.to_path_buf(), Path::to_path_buf)
}

/// The models directory in the repository: `models/` at the workspace root.
#[must_use]
pub fn default_models_dir() -> PathBuf {
    workspace_root().join("models")
}

/// Generates and formats the wire layer's files (`crates/iamd-api/src/generated/`).
///
/// # Errors
/// When a model cannot be read or uses unsupported features, or rustfmt fails.
pub fn generate(models_dir: &Path) -> Result<Vec<GeneratedFile>, Error> {
    let models = read_models(models_dir)?;
    let services = SERVICES
        .iter()
        .zip(&models)
        .map(|(spec, model)| Service::new(spec, model))
        .collect::<Result<Vec<_>, _>>()?;

    let mut files = Vec::new();
    for service in &services {
        let source = service.module_source()?;
        files.push(GeneratedFile {
            path: Path::new(OUTPUT_DIR).join(format!("{}.rs", service.spec.module)),
            contents: rustfmt(&source, service.spec.module)?,
        });
    }
    files.push(GeneratedFile {
        path: Path::new(OUTPUT_DIR).join("mod.rs"),
        contents: rustfmt(&root_module_source(&services)?, "mod")?,
    });
    Ok(files)
}

/// Generates and formats core's operation enum (`crates/iamd-core/src/generated/operation.rs`).
///
/// # Errors
/// When a model cannot be read or uses unsupported features, or rustfmt fails.
pub fn generate_core(models_dir: &Path) -> Result<Vec<GeneratedFile>, Error> {
    let models = read_models(models_dir)?;
    let services = SERVICES
        .iter()
        .zip(&models)
        .map(|(spec, model)| Service::new(spec, model))
        .collect::<Result<Vec<_>, _>>()?;
    Ok(vec![GeneratedFile {
        path: Path::new(CORE_OUTPUT_DIR).join("operation.rs"),
        contents: rustfmt(&operation_module_source(&services)?, "operation")?,
    }])
}

/// Every generated file: the wire layer's and core's.
///
/// # Errors
/// As [`generate`] and [`generate_core`].
pub fn generate_all(models_dir: &Path) -> Result<Vec<GeneratedFile>, Error> {
    let mut files = generate(models_dir)?;
    files.extend(generate_core(models_dir)?);
    Ok(files)
}

fn read_models(models_dir: &Path) -> Result<Vec<Model>, Error> {
    let mut models = Vec::new();
    for spec in SERVICES {
        let path = models_dir.join(spec.file);
        let text = std::fs::read_to_string(&path).map_err(|source| Error::Read {
            path: path.clone(),
            source,
        })?;
        let model: Model =
            serde_json::from_str(&text).map_err(|source| Error::Parse { path, source })?;
        models.push(model);
    }
    Ok(models)
}

/// Writes the files under `root`.
///
/// # Errors
/// When a file cannot be written.
pub fn write(root: &Path, files: &[GeneratedFile]) -> Result<(), Error> {
    for file in files {
        let path = root.join(&file.path);
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir).map_err(|source| Error::Write {
                path: dir.to_path_buf(),
                source,
            })?;
        }
        std::fs::write(&path, &file.contents).map_err(|source| Error::Write { path, source })?;
    }
    Ok(())
}

/// The files under `root` whose contents differ from `files` (or are missing).
#[must_use]
pub fn stale(root: &Path, files: &[GeneratedFile]) -> Vec<PathBuf> {
    files
        .iter()
        .filter(|file| {
            std::fs::read_to_string(root.join(&file.path))
                .ok()
                .as_deref()
                != Some(file.contents.as_str())
        })
        .map(|file| file.path.clone())
        .collect()
}

fn rustfmt(source: &str, name: &str) -> Result<String, Error> {
    let format_error = |message: String| Error::Format {
        file: name.to_owned(),
        message,
    };
    let program = std::env::var_os("RUSTFMT").unwrap_or_else(|| "rustfmt".into());
    let mut child = Command::new(program)
        .args(["--edition", "2024"])
        .current_dir(workspace_root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format_error(format!("cannot run rustfmt: {e}")))?;
    let mut stdin = child
        .stdin
        .take()
        .ok_or_else(|| format_error("rustfmt has no stdin".to_owned()))?;
    let input = source.to_owned();
    let writer = std::thread::spawn(move || stdin.write_all(input.as_bytes()));
    let output = child
        .wait_with_output()
        .map_err(|e| format_error(format!("rustfmt failed: {e}")))?;
    writer
        .join()
        .map_err(|_| format_error("writing to rustfmt panicked".to_owned()))?
        .map_err(|e| format_error(format!("writing to rustfmt: {e}")))?;
    if !output.status.success() {
        return Err(format_error(
            String::from_utf8_lossy(&output.stderr).into_owned(),
        ));
    }
    String::from_utf8(output.stdout).map_err(|e| format_error(e.to_string()))
}

// ---------------------------------------------------------------------------------
// Names

const KEYWORDS: &[&str] = &[
    "abstract", "as", "async", "await", "become", "box", "break", "const", "continue", "crate",
    "do", "dyn", "else", "enum", "extern", "false", "final", "fn", "for", "gen", "if", "impl",
    "in", "let", "loop", "macro", "match", "mod", "move", "mut", "override", "priv", "pub", "ref",
    "return", "static", "struct", "super", "trait", "true", "try", "type", "typeof", "unsafe",
    "unsized", "use", "virtual", "where", "while", "yield",
];

/// `OpenIDConnectProviderArn` → `open_id_connect_provider_arn`.
fn snake(name: &str) -> String {
    let chars: Vec<char> = name.chars().collect();
    let mut out = String::with_capacity(name.len() + 8);
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_uppercase() {
            let prev = i.checked_sub(1).and_then(|j| chars.get(j)).copied();
            let next = chars.get(i + 1).copied();
            let boundary = match prev {
                None | Some('_') => false,
                Some(p) if p.is_ascii_lowercase() || p.is_ascii_digit() => true,
                Some(p) if p.is_ascii_uppercase() => next.is_some_and(|n| n.is_ascii_lowercase()),
                Some(_) => false,
            };
            if boundary {
                out.push('_');
            }
            out.push(c.to_ascii_lowercase());
        } else {
            out.push(c);
        }
    }
    out
}

fn field_name(member: &str) -> String {
    let name = snake(member);
    if KEYWORDS.contains(&name.as_str()) {
        format!("r#{name}")
    } else {
        name
    }
}

fn upper_first(name: &str) -> String {
    let mut chars = name.chars();
    chars
        .next()
        .map(|c| c.to_ascii_uppercase().to_string() + chars.as_str())
        .unwrap_or_default()
}

/// `UserName` → `userName`, as AWS names members in validation messages.
fn lower_first(name: &str) -> String {
    let mut chars = name.chars();
    chars
        .next()
        .map(|c| c.to_ascii_lowercase().to_string() + chars.as_str())
        .unwrap_or_default()
}

fn screaming(name: &str) -> String {
    snake(name).to_ascii_uppercase()
}

/// A Rust string literal.
fn lit(s: &str) -> String {
    format!("{s:?}")
}

/// Text for a doc comment: one line, backticks kept balanced.
fn doc_line(out: &mut String, text: &str) {
    let _ = writeln!(out, "/// {}", text.replace('\n', " "));
}

// ---------------------------------------------------------------------------------
// Regular expressions

/// Translates a model (Java) pattern into the `regex` crate's syntax: anchored, with
/// `\w`, `\d`, `\s` in their ASCII meaning.
fn translate_pattern(pattern: &str) -> Result<(String, Option<&'static str>), String> {
    let (body, forbidden) = PATTERN_REWRITES
        .iter()
        .find(|(model, _, _)| *model == pattern)
        .map_or((pattern, None), |(_, rewritten, forbidden)| {
            (*rewritten, *forbidden)
        });
    if body.contains("(?=") || body.contains("(?!") || body.contains("(?<") {
        return Err(format!(
            "pattern {pattern:?} uses look-around; add it to PATTERN_REWRITES"
        ));
    }
    let mut out = String::with_capacity(body.len() + 16);
    let mut in_class = false;
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        match c {
            '\\' => {
                let Some(escaped) = chars.next() else {
                    return Err(format!("pattern {pattern:?} ends with a backslash"));
                };
                let class = match escaped {
                    'w' => Some("0-9A-Za-z_"),
                    'd' => Some("0-9"),
                    's' => Some(" \\t\\n\\x0B\\x0C\\r"),
                    'W' | 'D' | 'S' if in_class => {
                        return Err(format!(
                            "pattern {pattern:?}: negated class escape inside a class"
                        ));
                    }
                    _ => None,
                };
                match (class, escaped) {
                    (Some(set), _) if in_class => out.push_str(set),
                    (Some(set), _) => {
                        out.push('[');
                        out.push_str(set);
                        out.push(']');
                    }
                    (None, 'W') => out.push_str("[^0-9A-Za-z_]"),
                    (None, 'D') => out.push_str("[^0-9]"),
                    (None, 'S') => out.push_str("[^ \\t\\n\\x0B\\x0C\\r]"),
                    (None, other) => {
                        out.push('\\');
                        out.push(other);
                    }
                }
            }
            '[' if !in_class => {
                in_class = true;
                out.push(c);
            }
            ']' if in_class => {
                in_class = false;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    Ok((format!("^(?:{out})$"), forbidden))
}

// ---------------------------------------------------------------------------------
// One service

struct Service<'a> {
    spec: &'static ServiceSpec,
    model: &'a Model,
    shapes: BTreeMap<&'a str, &'a Shape>,
    operations: Vec<&'a Operation>,
    /// Shapes reachable from some operation's input.
    input: BTreeSet<&'a str>,
    /// Shapes reachable from some operation's output.
    output: BTreeSet<&'a str>,
    /// Structures that appear as a member or element inside an input.
    nested_input: BTreeSet<&'a str>,
    /// Structures that are some operation's input.
    top_input: BTreeSet<&'a str>,
    /// Model pattern → static name, for input shapes.
    patterns: BTreeMap<&'a str, String>,
    errors: Vec<&'a str>,
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
    fn new(spec: &'static ServiceSpec, model: &'a Model) -> Result<Self, Error> {
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

    fn unsupported(&self, message: String) -> Error {
        Error::Unsupported {
            service: self.spec.module.to_owned(),
            message,
        }
    }

    fn shape(&self, name: &str) -> Result<&'a Shape, Error> {
        self.shapes
            .get(name)
            .copied()
            .ok_or_else(|| self.unsupported(format!("unknown shape {name}")))
    }

    fn rust_type(&self, name: &str) -> Result<String, Error> {
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

    fn element(&self, name: &str, shape: &Shape) -> Result<String, Error> {
        shape
            .member
            .as_ref()
            .map(|r| r.shape.clone())
            .ok_or_else(|| self.unsupported(format!("list {name} has no member")))
    }

    fn entry(&self, name: &str, shape: &Shape) -> Result<(String, String), Error> {
        match (&shape.key, &shape.value) {
            (Some(k), Some(v)) => Ok((k.shape.clone(), v.shape.clone())),
            _ => Err(self.unsupported(format!("map {name} lacks key or value"))),
        }
    }

    fn is_defaultable(&self, name: &str) -> Result<bool, Error> {
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

    fn has_constraints(shape: &Shape) -> bool {
        shape.min.is_some()
            || shape.max.is_some()
            || shape.pattern.is_some()
            || shape.enum_values.is_some()
    }

    /// The decoder (a `query::Decoder<T>` path) for a shape.
    fn decoder(&self, name: &str) -> Result<String, Error> {
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

    fn constraint_summary(&self, shape: &Shape, name: &str) -> String {
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

    // -----------------------------------------------------------------------------
    // Module source

    fn module_source(&self) -> Result<String, Error> {
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
        out.push_str(
            "#![allow(clippy::too_many_lines, clippy::struct_excessive_bools, clippy::doc_markdown, reason = \"generated from the service model\")]\n",
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

    fn emit_errors(&self, out: &mut String) -> Result<(), Error> {
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

    fn emit_enum_values(&self, out: &mut String) {
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

    fn emit_patterns(&self, out: &mut String) -> Result<(), Error> {
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

    fn operations_using(&self, shape: &str) -> (Vec<&str>, Vec<&str>) {
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

    fn emit_struct(
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

    fn emit_struct_decode(&self, out: &mut String, name: &str, shape: &Shape) -> Result<(), Error> {
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

    fn emit_struct_write(&self, out: &mut String, name: &str, shape: &Shape) -> Result<(), Error> {
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
    fn write_call(&self, shape_name: &str, name: &str, value: &str) -> Result<String, Error> {
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
    fn emit_decode_fn(&self, name: &str, shape: &Shape) -> Result<String, Error> {
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

// ---------------------------------------------------------------------------------
// The root module: services, operations, inputs and outputs

/// `crates/iamd-core/src/generated/operation.rs`: every service and operation iamd knows, with
/// the facts the models give (names, service, signature, output, error codes).
fn operation_module_source(services: &[Service<'_>]) -> Result<String, Error> {
    let mut out = String::from(HEADER);
    out.push_str("//! Every operation iamd knows: the IAM and STS operations of the service models and CloudTrail's LookupEvents. Core's operation catalog (`crate::catalog`) gives each its authorization and audit facts.\n");
    out.push_str("#![allow(clippy::too_many_lines, reason = \"generated from the service models; one arm per operation\")]\n\n");
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

fn root_module_source(services: &[Service<'_>]) -> Result<String, Error> {
    let mut out = String::from(HEADER);
    out.push_str("//! The IAM and STS Query-protocol wire layer: services, operations, typed inputs and outputs.\n");
    out.push_str("#![allow(clippy::too_many_lines, clippy::large_enum_variant, reason = \"generated from the service models; one variant per operation\")]\n");
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snake_case_handles_acronyms() {
        assert_eq!(
            snake("OpenIDConnectProviderArn"),
            "open_id_connect_provider_arn"
        );
        assert_eq!(snake("QRCodePNG"), "qr_code_png");
        assert_eq!(snake("isTruncated"), "is_truncated");
        assert_eq!(snake("Base32StringSeed"), "base32_string_seed");
        assert_eq!(snake("MFADevices"), "mfa_devices");
        assert_eq!(field_name("Type"), "r#type");
    }

    #[test]
    fn patterns_translate_to_ascii_classes() {
        assert_eq!(
            translate_pattern(r"[\w+=,.@-]+").map(|p| p.0),
            Ok(r"^(?:[0-9A-Za-z_+=,.@-]+)$".to_owned())
        );
        assert_eq!(
            translate_pattern(r"\d{12}").map(|p| p.0),
            Ok(r"^(?:[0-9]{12})$".to_owned())
        );
        assert_eq!(
            translate_pattern("^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$"),
            Ok((
                "^(?:^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$)$".to_owned(),
                Some("--")
            ))
        );
        assert!(translate_pattern("a(?=b)").is_err());
    }
}
