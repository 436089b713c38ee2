//! Generates `crates/iamd-api/src/generated/{iam,sts,mod}.rs` (the Query wire layer) and
//! `crates/iamd-core/src/generated/operation.rs` (the `Service` and `Operation` enums that core's
//! operation catalog is keyed by) from the IAM and STS service models.

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use crate::model::Model;

mod module;
mod names;
mod operation_module;
mod root_module;
mod service;
mod spec;

use operation_module::operation_module_source;
use root_module::root_module_source;
use service::Service;
use spec::*;
pub use spec::{CORE_OUTPUT_DIR, Error, GeneratedFile, OUTPUT_DIR};

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

#[cfg(test)]
mod tests {
    use super::names::{field_name, snake, translate_pattern};

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
