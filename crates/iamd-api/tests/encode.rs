//! XML responses byte for byte as AWS writes them.

use std::collections::BTreeMap;

use iamd_api::xml::{self, Fault};
use iamd_api::{Output, iam, sts};
use time::macros::datetime;

const IAM_NS: &str = r#"xmlns="https://iam.amazonaws.com/doc/2010-05-08/""#;
const META: &str = "<ResponseMetadata><RequestId>7a62c49f-347e-4fc4-9331-6e8eEXAMPLE</RequestId></ResponseMetadata>";
const REQUEST_ID: &str = "7a62c49f-347e-4fc4-9331-6e8eEXAMPLE";

fn user(name: &str, path: &str, id: &str) -> iam::User {
    iam::User {
        path: path.to_owned(),
        user_name: name.to_owned(),
        user_id: id.to_owned(),
        arn: format!("arn:aws:iam::123456789012:user{path}{name}"),
        create_date: datetime!(2012-09-05 19:38:48 UTC),
        password_last_used: None,
        permissions_boundary: None,
        tags: None,
    }
}

#[test]
fn list_users_with_two_users() {
    let mut andrew = user(
        "Andrew",
        "/division_abc/subdivision_xyz/engineering/",
        "AID2MAB8DPLSRHEXAMPLE",
    );
    andrew.password_last_used = Some(datetime!(2014-09-08 21:47:36 UTC));
    let jackie = user("Jackie", "/", "AIDIODR4TAW7CSEXAMPLE");
    let output = Output::ListUsers(iam::ListUsersResponse {
        users: vec![andrew, jackie],
        is_truncated: Some(false),
        marker: None,
    });
    assert_eq!(
        output.to_xml(REQUEST_ID).unwrap(),
        format!(
            "<ListUsersResponse {IAM_NS}><ListUsersResult><Users>\
             <member><Path>/division_abc/subdivision_xyz/engineering/</Path><UserName>Andrew</UserName><UserId>AID2MAB8DPLSRHEXAMPLE</UserId>\
             <Arn>arn:aws:iam::123456789012:user/division_abc/subdivision_xyz/engineering/Andrew</Arn>\
             <CreateDate>2012-09-05T19:38:48Z</CreateDate><PasswordLastUsed>2014-09-08T21:47:36Z</PasswordLastUsed></member>\
             <member><Path>/</Path><UserName>Jackie</UserName><UserId>AIDIODR4TAW7CSEXAMPLE</UserId>\
             <Arn>arn:aws:iam::123456789012:user/Jackie</Arn><CreateDate>2012-09-05T19:38:48Z</CreateDate></member>\
             </Users><IsTruncated>false</IsTruncated></ListUsersResult>{META}</ListUsersResponse>"
        )
    );
}

#[test]
fn empty_list_and_truncation_marker() {
    let output = Output::ListUsers(iam::ListUsersResponse {
        users: vec![],
        is_truncated: Some(true),
        marker: Some("next&<page>".to_owned()),
    });
    assert_eq!(
        output.to_xml(REQUEST_ID).unwrap(),
        format!(
            "<ListUsersResponse {IAM_NS}><ListUsersResult><Users/><IsTruncated>true</IsTruncated>\
             <Marker>next&amp;&lt;page&gt;</Marker></ListUsersResult>{META}</ListUsersResponse>"
        )
    );
}

#[test]
fn get_user_with_boundary_and_tags() {
    let mut u = user("alice", "/", "AIDAEXAMPLEALICE0001");
    u.create_date = datetime!(2026-11-22 16:46:58.734 +01:00);
    u.permissions_boundary = Some(iam::AttachedPermissionsBoundary {
        permissions_boundary_type: Some("PermissionsBoundaryPolicy".to_owned()),
        permissions_boundary_arn: Some("arn:aws:iam::123456789012:policy/bound".to_owned()),
    });
    u.tags = Some(vec![
        iam::Tag {
            key: "team".to_owned(),
            value: "red".to_owned(),
        },
        iam::Tag {
            key: "cc".to_owned(),
            value: String::new(),
        },
    ]);
    let output = Output::GetUser(iam::GetUserResponse { user: u });
    assert_eq!(
        output.to_xml(REQUEST_ID).unwrap(),
        format!(
            "<GetUserResponse {IAM_NS}><GetUserResult><User><Path>/</Path><UserName>alice</UserName>\
             <UserId>AIDAEXAMPLEALICE0001</UserId><Arn>arn:aws:iam::123456789012:user/alice</Arn>\
             <CreateDate>2026-11-22T15:46:58Z</CreateDate>\
             <PermissionsBoundary><PermissionsBoundaryType>PermissionsBoundaryPolicy</PermissionsBoundaryType>\
             <PermissionsBoundaryArn>arn:aws:iam::123456789012:policy/bound</PermissionsBoundaryArn></PermissionsBoundary>\
             <Tags><member><Key>team</Key><Value>red</Value></member><member><Key>cc</Key><Value></Value></member></Tags>\
             </User></GetUserResult>{META}</GetUserResponse>"
        )
    );
}

#[test]
fn create_access_key() {
    let output = Output::CreateAccessKey(iam::CreateAccessKeyResponse {
        access_key: iam::AccessKey {
            user_name: "Bob".to_owned(),
            access_key_id: "AKIAIOSFODNN7EXAMPLE".to_owned(),
            status: "Active".to_owned(),
            secret_access_key: "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY".to_owned(),
            create_date: Some(datetime!(2026-11-22 15:46:58 UTC)),
        },
    });
    assert_eq!(
        output.to_xml(REQUEST_ID).unwrap(),
        format!(
            "<CreateAccessKeyResponse {IAM_NS}><CreateAccessKeyResult><AccessKey><UserName>Bob</UserName>\
             <AccessKeyId>AKIAIOSFODNN7EXAMPLE</AccessKeyId><Status>Active</Status>\
             <SecretAccessKey>wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY</SecretAccessKey>\
             <CreateDate>2026-11-22T15:46:58Z</CreateDate></AccessKey></CreateAccessKeyResult>{META}</CreateAccessKeyResponse>"
        )
    );
    let Output::CreateAccessKey(inner) = &output else {
        unreachable!()
    };
    let debug = format!("{inner:?}");
    assert!(!debug.contains("EXAMPLEKEY"), "{debug}");
}

#[test]
fn get_account_summary_map() {
    let map = BTreeMap::from([
        ("Users".to_owned(), 27),
        ("AccessKeysPerUserQuota".to_owned(), 2),
        ("AccountMFAEnabled".to_owned(), 0),
    ]);
    let output = Output::GetAccountSummary(iam::GetAccountSummaryResponse {
        summary_map: Some(map),
    });
    assert_eq!(
        output.to_xml(REQUEST_ID).unwrap(),
        format!(
            "<GetAccountSummaryResponse {IAM_NS}><GetAccountSummaryResult><SummaryMap>\
             <entry><key>AccessKeysPerUserQuota</key><value>2</value></entry>\
             <entry><key>AccountMFAEnabled</key><value>0</value></entry>\
             <entry><key>Users</key><value>27</value></entry>\
             </SummaryMap></GetAccountSummaryResult>{META}</GetAccountSummaryResponse>"
        )
    );
}

#[test]
fn operation_without_output() {
    assert_eq!(
        Output::ChangePassword.to_xml(REQUEST_ID).unwrap(),
        format!("<ChangePasswordResponse {IAM_NS}>{META}</ChangePasswordResponse>")
    );
}

#[test]
fn policy_documents_are_url_encoded() {
    let output = Output::GetUserPolicy(iam::GetUserPolicyResponse {
        user_name: "alice".to_owned(),
        policy_name: "p".to_owned(),
        policy_document: r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Action":"s3:*","Resource":"arn:aws:s3:::a b"}}"#.to_owned(),
    });
    assert_eq!(
        output.to_xml(REQUEST_ID).unwrap(),
        format!(
            "<GetUserPolicyResponse {IAM_NS}><GetUserPolicyResult><UserName>alice</UserName><PolicyName>p</PolicyName>\
             <PolicyDocument>%7B%22Version%22%3A%222012-10-17%22%2C%22Statement%22%3A%7B%22Effect%22%3A%22Allow%22%2C\
             %22Action%22%3A%22s3%3A%2A%22%2C%22Resource%22%3A%22arn%3Aaws%3As3%3A%3A%3Aa%20b%22%7D%7D</PolicyDocument>\
             </GetUserPolicyResult>{META}</GetUserPolicyResponse>"
        )
    );
}

#[test]
fn blobs_are_base64() {
    let output = Output::GetCredentialReport(iam::GetCredentialReportResponse {
        content: Some(b"user,arn\n".to_vec()),
        report_format: Some("text/csv".to_owned()),
        generated_time: Some(datetime!(2026-11-22 15:46:58 UTC)),
    });
    assert_eq!(
        output.to_xml(REQUEST_ID).unwrap(),
        format!(
            "<GetCredentialReportResponse {IAM_NS}><GetCredentialReportResult><Content>dXNlcixhcm4K</Content>\
             <ReportFormat>text/csv</ReportFormat><GeneratedTime>2026-11-22T15:46:58Z</GeneratedTime>\
             </GetCredentialReportResult>{META}</GetCredentialReportResponse>"
        )
    );
}

#[test]
fn sts_namespace() {
    let output = Output::GetCallerIdentity(sts::GetCallerIdentityResponse {
        user_id: Some("AIDAEXAMPLE".to_owned()),
        account: Some("123456789012".to_owned()),
        arn: Some("arn:aws:iam::123456789012:user/alice".to_owned()),
    });
    assert_eq!(
        output.to_xml("r1").unwrap(),
        "<GetCallerIdentityResponse xmlns=\"https://sts.amazonaws.com/doc/2011-06-15/\"><GetCallerIdentityResult>\
         <UserId>AIDAEXAMPLE</UserId><Account>123456789012</Account><Arn>arn:aws:iam::123456789012:user/alice</Arn>\
         </GetCallerIdentityResult><ResponseMetadata><RequestId>r1</RequestId></ResponseMetadata></GetCallerIdentityResponse>"
    );
}

#[test]
fn error_response() {
    assert_eq!(
        xml::error_response(
            "https://iam.amazonaws.com/doc/2010-05-08/",
            Fault::Sender,
            "NoSuchEntity",
            "The user with name nobody cannot be found.",
            "4c9f4a3b",
        )
        .unwrap(),
        format!(
            "<ErrorResponse {IAM_NS}><Error><Type>Sender</Type><Code>NoSuchEntity</Code>\
             <Message>The user with name nobody cannot be found.</Message></Error><RequestId>4c9f4a3b</RequestId></ErrorResponse>"
        )
    );
}
