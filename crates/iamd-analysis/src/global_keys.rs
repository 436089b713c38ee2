//! The global `aws:` condition keys: the one part of the key catalog the service data does not
//! carry (it lists only the tag keys per service), so iamd owns it.
//!
//! Source: IAM User Guide, "AWS global condition context keys"
//! (https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-keys.html),
//! the key names, their types and whether they are multivalued as that page gives them.
//! `aws:RequestTag/…`, `aws:ResourceTag/…` and `aws:TagKeys` are listed here too, but which
//! actions support them comes from the service data.

/// A key's value type, as the service data and the global-keys page name them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyType {
    String,
    Arn,
    Bool,
    Numeric,
    Date,
    IpAddress,
    /// `aws:EpochTime`: documented as both Date and Numeric.
    DateOrNumeric,
}

/// A key's type and whether a request may carry several values for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KeyShape {
    pub key_type: KeyType,
    pub multivalued: bool,
}

impl KeyShape {
    /// From the service data's type names (`ArrayOfString`, `ARN`, …).
    pub fn from_catalog(name: &str) -> Option<KeyShape> {
        let (multivalued, base) = match name.strip_prefix("ArrayOf") {
            Some(base) => (true, base),
            None => (false, name),
        };
        let key_type = match base {
            "String" => KeyType::String,
            "ARN" => KeyType::Arn,
            "Bool" => KeyType::Bool,
            "Numeric" | "Long" => KeyType::Numeric,
            "Date" => KeyType::Date,
            "IPAddress" => KeyType::IpAddress,
            _ => return None,
        };
        Some(KeyShape {
            key_type,
            multivalued,
        })
    }
}

const fn single(key_type: KeyType) -> KeyShape {
    KeyShape {
        key_type,
        multivalued: false,
    }
}

const fn multi(key_type: KeyType) -> KeyShape {
    KeyShape {
        key_type,
        multivalued: true,
    }
}

use KeyType as T;

/// Global keys by name; a name ending in `/` takes any non-empty suffix (a tag key).
pub const GLOBAL_KEYS: &[(&str, KeyShape)] = &[
    // Properties of the principal
    ("aws:PrincipalArn", single(T::Arn)),
    ("aws:PrincipalAccount", single(T::String)),
    ("aws:PrincipalOrgPaths", multi(T::String)),
    ("aws:PrincipalOrgID", single(T::String)),
    ("aws:PrincipalTag/", single(T::String)),
    ("aws:PrincipalIsAWSService", single(T::Bool)),
    ("aws:PrincipalServiceName", single(T::String)),
    ("aws:PrincipalServiceNamesList", multi(T::String)),
    ("aws:PrincipalType", single(T::String)),
    ("aws:userid", single(T::String)),
    ("aws:username", single(T::String)),
    // Properties of a role session
    ("aws:AssumedRoot", single(T::Bool)),
    ("aws:FederatedProvider", single(T::String)),
    ("aws:TokenIssueTime", single(T::Date)),
    ("aws:MultiFactorAuthAge", single(T::Numeric)),
    ("aws:MultiFactorAuthPresent", single(T::Bool)),
    ("aws:ChatbotSourceArn", single(T::Arn)),
    ("aws:Ec2InstanceSourceVpc", single(T::String)),
    ("aws:Ec2InstanceSourcePrivateIPv4", single(T::IpAddress)),
    ("aws:SourceIdentity", single(T::String)),
    // Properties of the network
    ("aws:SourceIp", single(T::IpAddress)),
    ("aws:SourceVpc", single(T::String)),
    ("aws:SourceVpcArn", single(T::Arn)),
    ("aws:SourceVpce", single(T::String)),
    ("aws:VpceAccount", single(T::String)),
    ("aws:VpceOrgID", single(T::String)),
    ("aws:VpceOrgPaths", multi(T::String)),
    ("aws:VpcSourceIp", single(T::IpAddress)),
    // Properties of the resource
    ("aws:ResourceAccount", single(T::String)),
    ("aws:ResourceOrgID", single(T::String)),
    ("aws:ResourceOrgPaths", multi(T::String)),
    ("aws:ResourceTag/", single(T::String)),
    // Properties of the request
    ("aws:CalledVia", multi(T::String)),
    ("aws:CalledViaFirst", single(T::String)),
    ("aws:CalledViaLast", single(T::String)),
    ("aws:ViaAWSService", single(T::Bool)),
    ("aws:CurrentTime", single(T::Date)),
    ("aws:EpochTime", single(T::DateOrNumeric)),
    ("aws:referer", single(T::String)),
    ("aws:RequestedRegion", single(T::String)),
    ("aws:RequestTag/", single(T::String)),
    ("aws:TagKeys", multi(T::String)),
    ("aws:SecureTransport", single(T::Bool)),
    ("aws:SourceAccount", single(T::String)),
    ("aws:SourceArn", single(T::Arn)),
    ("aws:SourceOrgID", single(T::String)),
    ("aws:SourceOrgPaths", multi(T::String)),
    ("aws:UserAgent", single(T::String)),
    ("aws:IsMcpServiceAction", single(T::Bool)),
];

/// The global key `key` names (case-insensitive), with its spelling in the table.
pub fn global_key(key: &str) -> Option<(&'static str, KeyShape)> {
    GLOBAL_KEYS.iter().copied().find(|(name, _)| {
        if name.ends_with('/') {
            key.len() > name.len()
                && key
                    .get(..name.len())
                    .is_some_and(|p| p.eq_ignore_ascii_case(name))
        } else {
            key.eq_ignore_ascii_case(name)
        }
    })
}

/// Tag keys, whose support varies by action (the service data says which).
pub fn is_tag_key(key: &str) -> bool {
    let lower = key.to_ascii_lowercase();
    lower == "aws:tagkeys"
        || lower.starts_with("aws:requesttag/")
        || lower.starts_with("aws:resourcetag/")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_case_insensitive_and_tags_take_a_suffix() {
        assert_eq!(
            global_key("AWS:sourceip").map(|(n, _)| n),
            Some("aws:SourceIp")
        );
        assert!(global_key("aws:PrincipalTag/team").is_some());
        assert!(global_key("aws:PrincipalTag/").is_none());
        assert!(global_key("aws:SourceIpp").is_none());
        assert_eq!(
            KeyShape::from_catalog("ArrayOfARN"),
            Some(multi(KeyType::Arn))
        );
    }
}
