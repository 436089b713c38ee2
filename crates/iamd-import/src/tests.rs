use serde_json::json;
use time::OffsetDateTime;

use super::*;
use iamd_core::store::Kind;

const ACCT: &str = "123456789012";

fn details() -> serde_json::Value {
    json!({
        "UserDetailList": [
            {
                "Path": "/eng/", "UserName": "alice", "UserId": "AIDAALICE0000000000001",
                "Arn": "arn:aws:iam::123456789012:user/eng/alice",
                "CreateDate": "2021-01-02T03:04:05+00:00",
                "UserPolicyList": [{"PolicyName": "own", "PolicyDocument":
                    {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]}}],
                "GroupList": ["Devs"],
                "AttachedManagedPolicies": [{"PolicyName": "ReadOnlyAccess", "PolicyArn": "arn:aws:iam::aws:policy/ReadOnlyAccess"}],
                "PermissionsBoundary": {"PermissionsBoundaryType": "Policy",
                    "PermissionsBoundaryArn": "arn:aws:iam::123456789012:policy/Boundary"},
                "Tags": [{"Key": "team", "Value": "eng"}]
            },
            {
                "Path": "/", "UserName": "bob", "UserId": "AIDABOB00000000000001",
                "Arn": "arn:aws:iam::123456789012:user/bob",
                "CreateDate": "2022-01-02T03:04:05+00:00",
                "UserPolicyList": [], "GroupList": [], "AttachedManagedPolicies": [], "Tags": []
            }
        ],
        "GroupDetailList": [{
            "Path": "/", "GroupName": "Devs", "GroupId": "AGPADEVS000000000001",
            "Arn": "arn:aws:iam::123456789012:group/Devs", "CreateDate": "2020-01-01T00:00:00+00:00",
            "GroupPolicyList": [], "AttachedManagedPolicies": [
                {"PolicyName": "AmazonS3ReadOnlyAccess", "PolicyArn": "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess"}]
        }],
        "RoleDetailList": [{
            "Path": "/", "RoleName": "Admin", "RoleId": "AROAADMIN00000000001",
            "Arn": "arn:aws:iam::123456789012:role/Admin", "CreateDate": "2020-01-01T00:00:00+00:00",
            "AssumeRolePolicyDocument": "%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%5B%7B%22Effect%22%3A%22Allow%22%2C%22Principal%22%3A%7B%22AWS%22%3A%22arn%3Aaws%3Aiam%3A%3A123456789012%3Aroot%22%7D%2C%22Action%22%3A%22sts%3AAssumeRole%22%7D%5D%7D",
            "InstanceProfileList": [], "RolePolicyList": [], "AttachedManagedPolicies": [], "Tags": []
        }],
        "Policies": [
            {
                "PolicyName": "Boundary", "PolicyId": "ANPABOUNDARY0000001",
                "Arn": "arn:aws:iam::123456789012:policy/Boundary", "Path": "/",
                "DefaultVersionId": "v2", "AttachmentCount": 0, "PermissionsBoundaryUsageCount": 1,
                "IsAttachable": true, "CreateDate": "2020-01-01T00:00:00+00:00", "UpdateDate": "2020-02-01T00:00:00+00:00",
                "PolicyVersionList": [
                    {"Document": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]},
                     "VersionId": "v2", "IsDefaultVersion": true, "CreateDate": "2020-02-01T00:00:00+00:00"},
                    {"Document": {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:*", "Resource": "*"}]},
                     "VersionId": "v1", "IsDefaultVersion": false, "CreateDate": "2020-01-01T00:00:00+00:00"}
                ]
            },
            {
                "PolicyName": "AmazonS3ReadOnlyAccess", "PolicyId": "ANPAIZTJ4DXE7G6AGAE6M",
                "Arn": "arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess", "Path": "/",
                "DefaultVersionId": "v3", "AttachmentCount": 1, "PermissionsBoundaryUsageCount": 0,
                "IsAttachable": true, "CreateDate": "2015-02-06T18:40:59+00:00", "UpdateDate": "2023-08-10T21:31:39+00:00",
                "PolicyVersionList": [{"Document": {"Version": "2012-10-17", "Statement": [
                    {"Effect": "Allow", "Action": ["s3:Get*", "s3:List*"], "Resource": "*"}]},
                    "VersionId": "v3", "IsDefaultVersion": true, "CreateDate": "2023-08-10T21:31:39+00:00"}]
            },
            {
                "PolicyName": "ReadOnlyAccess", "PolicyId": "ANPAILL3HVNFSB6DCOWYQ",
                "Arn": "arn:aws:iam::aws:policy/ReadOnlyAccess", "Path": "/",
                "DefaultVersionId": "v1", "CreateDate": "2015-02-06T18:39:48+00:00",
                "PolicyVersionList": [{"Document": {"Version": "2012-10-17", "Statement": []},
                    "VersionId": "v1", "IsDefaultVersion": true}]
            }
        ]
    })
}

const REPORT: &str = "user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated\n\
<root_account>,arn:aws:iam::123456789012:root,2019-01-01T00:00:00+00:00,not_supported,no_information,not_supported,not_supported,false,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A\n\
alice,arn:aws:iam::123456789012:user/eng/alice,2021-01-02T03:04:05+00:00,true,2024-01-01T00:00:00+00:00,2021-01-02T03:04:05+00:00,N/A,true,true,2021-01-03T00:00:00+00:00,2024-03-01T10:00:00+00:00,us-east-1,s3,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A\n\
bob,arn:aws:iam::123456789012:user/bob,2022-01-02T03:04:05+00:00,false,N/A,N/A,N/A,false,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A\n";

fn bytes(v: &serde_json::Value) -> Vec<u8> {
    serde_json::to_vec_pretty(v).unwrap()
}

fn now() -> OffsetDateTime {
    OffsetDateTime::from_unix_timestamp(1_735_689_600).unwrap()
}

fn full_export() -> Export {
    let mut e = Export::new();
    e.add("details.json", &bytes(&details())).unwrap();
    e.add(
        "policy.json",
        &bytes(&json!({"PasswordPolicy": {"MinimumPasswordLength": 6, "RequireSymbols": false,
            "RequireNumbers": false, "RequireUppercaseCharacters": false, "RequireLowercaseCharacters": false,
            "AllowUsersToChangePassword": true, "ExpirePasswords": false}})),
    )
    .unwrap();
    let content = data_encoding::BASE64.encode(REPORT.as_bytes());
    e.add(
        "report.json",
        &bytes(&json!({"Content": content, "ReportFormat": "text/csv", "GeneratedTime": "2024-05-01T00:00:00+00:00"})),
    )
    .unwrap();
    e.add(
        "mfa.json",
        &bytes(&json!({"VirtualMFADevices": [{"SerialNumber": "arn:aws:iam::123456789012:mfa/alice",
            "User": {"Path": "/eng/", "UserName": "alice", "UserId": "AIDAALICE0000000000001",
            "Arn": "arn:aws:iam::123456789012:user/eng/alice", "CreateDate": "2021-01-02T03:04:05+00:00"},
            "EnableDate": "2021-02-01T00:00:00+00:00"}]})),
    )
    .unwrap();
    e
}

fn count(plan: &Plan, kind: Kind) -> usize {
    plan.records.iter().filter(|r| r.kind == kind).count()
}

#[test]
fn every_shape_is_recognized_and_planned() {
    let e = full_export();
    assert_eq!(e.account().unwrap(), ACCT);
    let kinds: Vec<_> = e.files.iter().map(|(_, k)| *k).collect();
    assert_eq!(
        kinds,
        [
            "get-account-authorization-details",
            "get-account-password-policy",
            "get-credential-report",
            "list-virtual-mfa-devices"
        ]
    );
    let plan = plan(&e, now()).unwrap();
    let s = &plan.summary;
    assert_eq!((s.users, s.groups, s.roles), (2, 1, 1));
    assert_eq!((s.customer_policies, s.aws_policies), (1, 1));
    assert_eq!((s.login_profiles, s.mfa_devices, s.access_keys), (1, 1, 1));
    assert_eq!(s.memberships, 1);
    assert!(s.warnings.is_empty(), "{:?}", s.warnings);
    assert_eq!(count(&plan, Kind::User), 2);
    // Two attachments (alice's and the group's) and alice's boundary usage.
    assert_eq!(count(&plan, Kind::Attachment), 3);
    let profile = plan
        .records
        .iter()
        .find(|r| r.kind == Kind::LoginProfile)
        .unwrap();
    // Owned by alice's id (her key in the store is her name).
    assert_eq!(profile.key, "AIDAALICE0000000000001");
    assert!(profile.data.contains(IMPORTED_PASSWORD));
    let key = plan
        .records
        .iter()
        .find(|r| r.kind == Kind::AccessKey)
        .unwrap();
    assert!(key.key.starts_with("AKIAIMPORT") && key.key.len() == 20);
    assert_eq!(key.owner.as_deref(), Some("AIDAALICE0000000000001"));
    assert!(key.data.contains("\"kid\":\"imported\""));
    // The imported AWS managed policy not built in is kept with its document.
    let aws = plan
        .records
        .iter()
        .find(|r| r.kind == Kind::Account && r.key == "aws-policy:/AmazonS3ReadOnlyAccess")
        .unwrap();
    assert!(aws.data.contains("s3:Get*"));
    // The same export planned twice gives the same records (ids are derived, not random).
    assert_eq!(super::plan(&e, now()).unwrap().records, plan.records);
}

#[test]
fn pages_merge_in_any_order_and_duplicates_count_once() {
    let all = details();
    let mut page1 = all.clone();
    page1["RoleDetailList"] = json!([]);
    page1["Policies"] = json!([]);
    page1["IsTruncated"] = json!(true);
    page1["NextToken"] = json!("abc");
    let mut page2 = all.clone();
    page2["UserDetailList"] = json!([all["UserDetailList"][1].clone()]);
    page2["GroupDetailList"] = json!([]);
    let mut e = Export::new();
    e.add("p2.json", &bytes(&page2)).unwrap();
    e.add("p1.json", &bytes(&page1)).unwrap();
    let paged = plan(&e, now()).unwrap();
    let mut whole = Export::new();
    whole.add("all.json", &bytes(&all)).unwrap();
    let whole = plan(&whole, now()).unwrap();
    let mut a = paged.records.clone();
    let mut b = whole.records.clone();
    a.sort_by(|x, y| (x.kind, &x.key).cmp(&(y.kind, &y.key)));
    b.sort_by(|x, y| (x.kind, &x.key).cmp(&(y.kind, &y.key)));
    assert_eq!(a, b);
    assert_eq!(paged.summary.users, 2);
}

#[test]
fn a_missing_page_is_reported_not_half_imported() {
    let mut only_users = details();
    only_users["GroupDetailList"] = json!([]);
    let mut e = Export::new();
    e.add("p1.json", &bytes(&only_users)).unwrap();
    let err = plan(&e, now()).unwrap_err().to_string();
    assert!(
        err.contains("user alice is in group Devs, which no file describes"),
        "{err}"
    );
}

#[test]
fn errors_name_the_file_and_the_json_path() {
    let mut bad = details();
    bad["UserDetailList"][0]["AttachedManagedPolicies"][0]
        .as_object_mut()
        .unwrap()
        .remove("PolicyArn");
    let err = Export::new().add("export.json", &bytes(&bad)).unwrap_err();
    assert_eq!(
        err.to_string(),
        "export.json: UserDetailList[0].AttachedManagedPolicies[0]: missing field \"PolicyArn\""
    );

    let mut bad = details();
    bad["GroupDetailList"][0]["CreateDate"] = json!("yesterday");
    let err = Export::new().add("x.json", &bytes(&bad)).unwrap_err();
    assert_eq!(
        err.to_string(),
        "x.json: GroupDetailList[0].CreateDate: \"yesterday\" is not an ISO 8601 date and time"
    );

    let mut bad = details();
    bad["UserDetailList"][1]["UserPolicyList"] = json!([{"PolicyName": "p", "PolicyDocument": {"Version": "2012-10-17", "Statement": [{"Effect": "Maybe", "Action": "*", "Resource": "*"}]}}]);
    let err = Export::new()
        .add("x.json", &bytes(&bad))
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with("x.json: UserDetailList[1].UserPolicyList[0].PolicyDocument: the policy document is not valid"),
        "{err}"
    );

    let text = bytes(&details());
    let truncated = &text[..text.len() / 2];
    let err = Export::new()
        .add("cut.json", truncated)
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with("cut.json: not valid JSON: EOF while parsing"),
        "{err}"
    );
    assert!(err.contains("line") && err.contains("column"), "{err}");

    let err = Export::new()
        .add("other.json", b"{\"Buckets\": []}")
        .unwrap_err()
        .to_string();
    assert!(
        err.starts_with("other.json: not an output of the aws CLI"),
        "{err}"
    );

    let err = Export::new()
        .add("r.json", &bytes(&json!({"Content": "not base64!"})))
        .unwrap_err()
        .to_string();
    assert!(err.starts_with("r.json: Content: not base64"), "{err}");
}

#[test]
fn files_of_different_accounts_are_refused() {
    let mut e = Export::new();
    e.add("a.json", &bytes(&details())).unwrap();
    let other = REPORT.replace("123456789012", "210987654321");
    let err = e.add("b.csv", other.as_bytes()).unwrap_err().to_string();
    assert!(
        err.contains("different accounts") && err.contains("b.csv"),
        "{err}"
    );
}

#[test]
fn the_raw_csv_report_reads_like_the_cli_json() {
    let mut a = Export::new();
    a.add("details.json", &bytes(&details())).unwrap();
    a.add("report.csv", REPORT.as_bytes()).unwrap();
    let raw = plan(&a, now()).unwrap();
    let json_export = full_export();
    let from_json = plan(&json_export, now()).unwrap();
    let keys = |p: &Plan| {
        p.records
            .iter()
            .filter(|r| r.kind == Kind::AccessKey || r.kind == Kind::LoginProfile)
            .cloned()
            .collect::<Vec<_>>()
    };
    assert_eq!(keys(&raw), keys(&from_json));
}

#[test]
fn login_profiles_and_role_settings_from_their_own_commands() {
    let mut e = full_export();
    e.add(
        "lp.json",
        &bytes(&json!({"LoginProfile": {"UserName": "alice", "CreateDate": "2021-01-02T03:04:05+00:00", "PasswordResetRequired": true}})),
    )
    .unwrap();
    e.add(
        "roles.json",
        &bytes(&json!({"Roles": [{"Path": "/", "RoleName": "Admin", "RoleId": "AROAADMIN00000000001",
            "Arn": "arn:aws:iam::123456789012:role/Admin", "CreateDate": "2020-01-01T00:00:00+00:00",
            "AssumeRolePolicyDocument": {}, "MaxSessionDuration": 43200, "Description": "admins"}]})),
    )
    .unwrap();
    let plan = plan(&e, now()).unwrap();
    let profile = plan
        .records
        .iter()
        .find(|r| r.kind == Kind::LoginProfile)
        .unwrap();
    assert!(
        profile.data.contains("\"password_reset_required\":true"),
        "{}",
        profile.data
    );
    let role = plan.records.iter().find(|r| r.kind == Kind::Role).unwrap();
    assert!(
        role.data.contains("\"max_session_duration\":43200"),
        "{}",
        role.data
    );
}

#[test]
fn instance_profiles_come_from_the_roles_that_hold_them() {
    let mut all = details();
    all["RoleDetailList"][0]["InstanceProfileList"] = json!([{
        "Path": "/app/", "InstanceProfileName": "web", "InstanceProfileId": "AIPAWEB0000000000001",
        "Arn": "arn:aws:iam::123456789012:instance-profile/app/web",
        "CreateDate": "2020-03-01T00:00:00+00:00",
        "Roles": [{"RoleName": "Admin"}]
    }]);
    let mut e = Export::new();
    e.add("details.json", &bytes(&all)).unwrap();
    let plan = plan(&e, now()).unwrap();
    assert_eq!(count(&plan, Kind::InstanceProfile), 1);
    assert_eq!(plan.summary.instance_profiles, 1);
    let link = plan
        .records
        .iter()
        .find(|r| r.kind == Kind::InstanceProfileRole)
        .unwrap();
    assert_eq!(link.owner.as_deref(), Some("AROAADMIN00000000001"));
    assert_eq!(link.reference.as_deref(), Some("AIPAWEB0000000000001"));
    assert_eq!(link.key, "AIPAWEB0000000000001/AROAADMIN00000000001");
}
