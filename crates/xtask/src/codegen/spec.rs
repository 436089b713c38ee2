//! What the generator is told: the services, the output places, the model patterns it
//! rewrites, the names shapes may not take, and why generation can fail.

use std::path::PathBuf;

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
pub(crate) struct ExtraService {
    pub(crate) variant: &'static str,
    pub(crate) doc: &'static str,
    pub(crate) api_version: &'static str,
    pub(crate) signing_name: &'static str,
    pub(crate) operations: &'static [&'static str],
}

pub(crate) const EXTRA_SERVICES: &[ExtraService] = &[ExtraService {
    variant: "CloudTrail",
    doc: "AWS CloudTrail (`cloudtrail`), over JSON 1.1: its LookupEvents over the audit trail.",
    api_version: "2013-11-01",
    signing_name: "cloudtrail",
    operations: &["LookupEvents"],
}];

pub(crate) struct ServiceSpec {
    pub(crate) file: &'static str,
    pub(crate) module: &'static str,
    pub(crate) variant: &'static str,
    /// String shapes whose values IAM returns URL-encoded (policy documents).
    pub(crate) url_encoded: &'static [&'static str],
}

pub(crate) const SERVICES: &[ServiceSpec] = &[
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
pub(crate) const PATTERN_REWRITES: &[(&str, &str, Option<&str>)] = &[(
    "^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$",
    "^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$",
    Some("--"),
)];

/// Names the generated modules import; no shape may take one of them.
pub(crate) const RESERVED_TYPE_NAMES: &[&str] = &[
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

pub(crate) const HEADER: &str =
    "// @generated from the AWS service models by `cargo run -p xtask -- codegen`. Do not edit.\n";
