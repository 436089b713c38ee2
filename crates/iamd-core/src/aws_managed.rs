//! AWS managed policies: the ones AWS keeps in every account, with their real names, ARNs and
//! documents (spec/iam-api.md §6.1). They are read-only and attachable everywhere.

/// (name, path, default version, description, document)
pub const AWS_MANAGED: &[(&str, &str, &str, &str, &str)] = &[
    (
        "AdministratorAccess",
        "/",
        "v1",
        "Provides full access to AWS services and resources.",
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#,
    ),
    (
        "PowerUserAccess",
        "/",
        "v12",
        "Provides full access to AWS services and resources, but does not allow management of Users and groups.",
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","NotAction":["iam:*","organizations:*","account:*"],"Resource":"*"},{"Effect":"Allow","Action":["account:GetAccountInformation","account:GetGovCloudAccountInformation","account:GetPrimaryEmail","account:ListRegions","iam:CreateServiceLinkedRole","iam:DeleteServiceLinkedRole","iam:ListRoles","organizations:DescribeEffectivePolicy","organizations:DescribeOrganization"],"Resource":"*"}]}"#,
    ),
    (
        // Only the IAM and STS part of AWS's (very long) document: the actions iamd serves.
        "ReadOnlyAccess",
        "/",
        "v182",
        "Provides read-only access to AWS services and resources.",
        r#"{"Version":"2012-10-17","Statement":[{"Sid":"ReadOnlyActionsGroup1","Effect":"Allow","Action":["iam:Generate*","iam:Get*","iam:List*","iam:Simulate*","sts:GetAccessKeyInfo","sts:GetCallerIdentity","sts:GetSessionToken"],"Resource":"*"}]}"#,
    ),
    (
        "IAMFullAccess",
        "/",
        "v2",
        "Provides full access to IAM via the AWS Management Console.",
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:*","organizations:DescribeAccount","organizations:DescribeOrganization","organizations:DescribeOrganizationalUnit","organizations:DescribePolicy","organizations:ListChildren","organizations:ListParents","organizations:ListPoliciesForTarget","organizations:ListRoots","organizations:ListPolicies","organizations:ListTargetsForPolicy"],"Resource":"*"}]}"#,
    ),
    (
        "IAMReadOnlyAccess",
        "/",
        "v4",
        "Provides read only access to IAM via the AWS Management Console.",
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:GenerateCredentialReport","iam:GenerateServiceLastAccessedDetails","iam:Get*","iam:List*","iam:SimulateCustomPolicy","iam:SimulatePrincipalPolicy"],"Resource":"*"}]}"#,
    ),
    (
        "IAMUserChangePassword",
        "/",
        "v3",
        "Provides the ability for an IAM user to change their own password.",
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:ChangePassword"],"Resource":["arn:aws:iam::*:user/${aws:username}","arn:aws:iam::*:user/*/${aws:username}"]},{"Effect":"Allow","Action":["iam:GetAccountPasswordPolicy"],"Resource":"*"}]}"#,
    ),
    (
        "IAMSelfManageServiceSpecificCredentials",
        "/",
        "v1",
        "Allows an IAM user to manage their own Service Specific Credentials.",
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:CreateServiceSpecificCredential","iam:ListServiceSpecificCredentials","iam:UpdateServiceSpecificCredential","iam:DeleteServiceSpecificCredential","iam:ResetServiceSpecificCredential"],"Resource":"arn:aws:iam::*:user/${aws:username}"}]}"#,
    ),
    (
        "IAMUserSSHKeys",
        "/",
        "v1",
        "Provides the ability for an IAM user to manage their own SSH keys.",
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":["iam:DeleteSSHPublicKey","iam:GetSSHPublicKey","iam:ListSSHPublicKeys","iam:UpdateSSHPublicKey","iam:UploadSSHPublicKey"],"Resource":"arn:aws:iam::*:user/${aws:username}"}]}"#,
    ),
];

/// The ARN of an AWS managed policy.
pub fn arn(name: &str, path: &str) -> String {
    format!("arn:aws:iam::aws:policy{path}{name}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_document_parses_as_an_identity_policy() {
        for (name, _, _, _, doc) in AWS_MANAGED {
            iamd_policy::parse_policy(doc, iamd_policy::PolicyKind::Identity)
                .unwrap_or_else(|e| panic!("{name}: {e}"));
        }
        assert_eq!(
            arn("IAMUserChangePassword", "/"),
            "arn:aws:iam::aws:policy/IAMUserChangePassword"
        );
    }
}
