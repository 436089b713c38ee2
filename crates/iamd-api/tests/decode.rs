//! Decoding request bodies as the aws CLI and SDKs send them, and the model's
//! constraints in AWS's wording.

use iamd_api::query::QueryParams;
use iamd_api::{Input, Operation, Service, ValidationError, iam, sts};

fn params(body: &str) -> QueryParams {
    QueryParams::parse(body.as_bytes())
}

#[expect(clippy::expect_used, reason = "test helper")]
fn decode(body: &str) -> Result<Input, ValidationError> {
    let params = params(body);
    let action = params.action().expect("Action");
    let operation = Operation::from_action(action).expect("known action");
    Input::from_query(operation, &params)
}

#[expect(clippy::expect_used, reason = "test helper")]
fn message(body: &str) -> String {
    decode(body).expect_err("invalid input").to_string()
}

#[test]
fn create_user_with_tags_from_aws_cli() {
    let body = "Action=CreateUser&Version=2010-05-08&UserName=alice&Tags.member.1.Key=team&Tags.member.1.Value=red";
    let q = params(body);
    assert_eq!(q.action(), Some("CreateUser"));
    assert_eq!(q.version(), Some("2010-05-08"));
    assert_eq!(
        Service::from_version(q.version().unwrap()),
        Some(Service::Iam)
    );

    let input = iam::CreateUserRequest::from_query(&q).unwrap();
    assert_eq!(
        input,
        iam::CreateUserRequest {
            path: None,
            user_name: "alice".to_owned(),
            permissions_boundary: None,
            tags: Some(vec![iam::Tag {
                key: "team".to_owned(),
                value: "red".to_owned(),
            }]),
        }
    );
    assert_eq!(decode(body).unwrap(), Input::CreateUser(input));
}

#[test]
fn list_elements_follow_index_order_and_empty_values_survive() {
    let body = "Action=TagUser&Version=2010-05-08&UserName=bob\
        &Tags.member.10.Key=k10&Tags.member.10.Value=v10\
        &Tags.member.2.Key=cc&Tags.member.2.Value=\
        &Tags.member.1.Key=team&Tags.member.1.Value=red";
    let Input::TagUser(input) = decode(body).unwrap() else {
        panic!("wrong variant");
    };
    let keys: Vec<(&str, &str)> = input
        .tags
        .iter()
        .map(|t| (t.key.as_str(), t.value.as_str()))
        .collect();
    assert_eq!(keys, [("team", "red"), ("cc", ""), ("k10", "v10")]);
}

#[test]
fn empty_list_is_the_bare_key() {
    let Input::UntagUser(input) =
        decode("Action=UntagUser&Version=2010-05-08&UserName=bob&TagKeys=").unwrap()
    else {
        panic!("wrong variant");
    };
    assert!(input.tag_keys.is_empty());

    let Input::CreateUser(input) =
        decode("Action=CreateUser&Version=2010-05-08&UserName=a&Tags=").unwrap()
    else {
        panic!("wrong variant");
    };
    assert_eq!(input.tags, Some(vec![]));
}

#[test]
fn simulate_custom_policy_with_nested_lists_and_url_encoded_documents() {
    let policy = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:ChangePassword","Resource":"*","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}}]}"#;
    let deny = r#"{"Version":"2012-10-17","Statement":{"Effect":"Deny","Action":"*","Resource":"arn:aws:iam::*:user/a b+c"}}"#;
    let body = format!(
        "Action=SimulateCustomPolicy&Version=2010-05-08\
         &PolicyInputList.member.1={}\
         &PolicyInputList.member.2={}\
         &ActionNames.member.1=iam%3AChangePassword\
         &ActionNames.member.2=iam%3AGetUser\
         &ResourceArns.member.1=arn%3Aaws%3Aiam%3A%3A123456789012%3Auser%2Falice\
         &ContextEntries.member.1.ContextKeyName=aws%3AMultiFactorAuthPresent\
         &ContextEntries.member.1.ContextKeyValues.member.1=true\
         &ContextEntries.member.1.ContextKeyType=boolean\
         &ContextEntries.member.2.ContextKeyName=aws%3ASourceIp\
         &ContextEntries.member.2.ContextKeyValues.member.1=10.0.0.1\
         &ContextEntries.member.2.ContextKeyValues.member.2=192.168.0.0%2F16\
         &ContextEntries.member.2.ContextKeyType=ipList\
         &MaxItems=100",
        form_encode(policy),
        form_encode(deny)
    );
    let Input::SimulateCustomPolicy(input) = decode(&body).unwrap() else {
        panic!("wrong variant");
    };
    assert_eq!(input.policy_input_list, [policy, deny]);
    assert_eq!(input.action_names, ["iam:ChangePassword", "iam:GetUser"]);
    assert_eq!(
        input.resource_arns.as_deref(),
        Some(&["arn:aws:iam::123456789012:user/alice".to_owned()][..])
    );
    assert_eq!(input.max_items, Some(100));
    assert_eq!(
        input.context_entries,
        Some(vec![
            iam::ContextEntry {
                context_key_name: Some("aws:MultiFactorAuthPresent".to_owned()),
                context_key_values: Some(vec!["true".to_owned()]),
                context_key_type: Some("boolean".to_owned()),
            },
            iam::ContextEntry {
                context_key_name: Some("aws:SourceIp".to_owned()),
                context_key_values: Some(vec!["10.0.0.1".to_owned(), "192.168.0.0/16".to_owned()]),
                context_key_type: Some("ipList".to_owned()),
            },
        ])
    );
}

/// Encodes as botocore does: space as `+`, everything but unreserved characters
/// percent-encoded.
fn form_encode(value: &str) -> String {
    form_urlencoded::byte_serialize(value.as_bytes()).collect()
}

#[test]
fn form_decoding_handles_plus_and_utf8() {
    let q = params(
        "Action=ChangePassword&Version=2010-05-08&OldPassword=a+b%26c%3Dd%2B%C3%A9&NewPassword=x",
    );
    let input = iam::ChangePasswordRequest::from_query(&q).unwrap();
    assert_eq!(input.old_password, "a b&c=d+é");
    let debug = format!("{input:?}");
    assert!(!debug.contains("a b&c"), "{debug}");
    assert!(debug.contains("<redacted>"), "{debug}");
}

#[test]
fn update_account_password_policy_scalars() {
    let Input::UpdateAccountPasswordPolicy(input) = decode(
        "Action=UpdateAccountPasswordPolicy&Version=2010-05-08&MinimumPasswordLength=14\
         &RequireSymbols=true&RequireNumbers=false&AllowUsersToChangePassword=true\
         &MaxPasswordAge=90&PasswordReusePrevention=24&HardExpiry=false",
    )
    .unwrap() else {
        panic!("wrong variant");
    };
    assert_eq!(input.minimum_password_length, Some(14));
    assert_eq!(input.require_symbols, Some(true));
    assert_eq!(input.require_numbers, Some(false));
    assert_eq!(input.require_uppercase_characters, None);
    assert_eq!(input.allow_users_to_change_password, Some(true));
    assert_eq!(input.max_password_age, Some(90));
    assert_eq!(input.password_reuse_prevention, Some(24));
    assert_eq!(input.hard_expiry, Some(false));
}

#[test]
fn operations_without_input_decode_to_unit_variants() {
    assert_eq!(
        decode("Action=GetAccountSummary&Version=2010-05-08").unwrap(),
        Input::GetAccountSummary
    );
    assert_eq!(
        decode("Action=GetCallerIdentity&Version=2011-06-15").unwrap(),
        Input::GetCallerIdentity(sts::GetCallerIdentityRequest {})
    );
}

#[test]
fn sts_get_session_token() {
    let Input::GetSessionToken(input) = decode(
        "Action=GetSessionToken&Version=2011-06-15&DurationSeconds=3600\
         &SerialNumber=arn%3Aaws%3Aiam%3A%3A123456789012%3Amfa%2Falice&TokenCode=123456",
    )
    .unwrap() else {
        panic!("wrong variant");
    };
    assert_eq!(input.duration_seconds, Some(3600));
    assert_eq!(
        input.serial_number.as_deref(),
        Some("arn:aws:iam::123456789012:mfa/alice")
    );
    assert_eq!(input.token_code.as_deref(), Some("123456"));
}

#[test]
fn operation_table() {
    assert_eq!(Operation::ALL.len(), 176 + 11);
    assert_eq!(
        Operation::from_action("ListUsers"),
        Some(Operation::ListUsers)
    );
    assert_eq!(Operation::from_action("listusers"), None);
    assert_eq!(Operation::from_action("Nope"), None);
    for op in Operation::ALL {
        assert_eq!(Operation::from_action(op.name()), Some(op));
    }
    assert_eq!(Operation::AssumeRole.service(), Service::Sts);
    assert_eq!(Operation::ChangePassword.service(), Service::Iam);
    assert_eq!(
        Service::Sts.namespace(),
        "https://sts.amazonaws.com/doc/2011-06-15/"
    );
    assert_eq!(Service::Iam.signing_name(), "iam");
    assert!(!Operation::AssumeRoleWithWebIdentity.requires_signature());
    assert!(Operation::GetCallerIdentity.requires_signature());
    assert!(!Operation::ChangePassword.has_output());
    assert!(Operation::ListUsers.has_output());
    assert!(
        Operation::CreateUser
            .error_codes()
            .contains(&"EntityAlreadyExists")
    );
    assert_eq!(iam::ModeledError::NoSuchEntity.code(), "NoSuchEntity");
    assert_eq!(iam::ModeledError::NoSuchEntity.http_status(), 404);
    assert_eq!(
        iam::ModeledError::ServiceNotSupported.code(),
        "NotSupportedService"
    );
    assert_eq!(
        iam::ModeledError::from_code("ReportInProgress"),
        Some(iam::ModeledError::CredentialReportNotReady)
    );
    assert_eq!(
        iam::ModeledError::ServiceFailure.fault(),
        iamd_api::xml::Fault::Receiver
    );
    assert_eq!(
        iam::ModeledError::DeleteConflict.fault(),
        iamd_api::xml::Fault::Sender
    );
    assert_eq!(sts::ModeledError::RegionDisabled.http_status(), 403);
}

#[test]
fn every_model_pattern_compiles() {
    for pattern in iam::PATTERNS.iter().chain(sts::PATTERNS.iter()) {
        assert!(pattern.compiles(), "{}", pattern.source);
    }
}

// ---------------------------------------------------------------------------------
// Constraint violations

#[test]
fn pattern_violation() {
    assert_eq!(
        message("Action=CreateUser&Version=2010-05-08&UserName=x+y"),
        r"1 validation error detected: Value 'x y' at 'userName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\w+=,.@-]+"
    );
    // Java's \w is ASCII.
    assert_eq!(
        message("Action=GetUser&Version=2010-05-08&UserName=j%C3%B6rg"),
        r"1 validation error detected: Value 'jörg' at 'userName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\w+=,.@-]+"
    );
    assert_eq!(
        message(
            "Action=AssumeRole&Version=2011-06-15&RoleArn=arn%3Aaws%3Aiam%3A%3A123456789012%3Arole%2Fr&RoleSessionName=Session1%3A2"
        ),
        r"1 validation error detected: Value 'Session1:2' at 'roleSessionName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\w+=,.@-]*"
    );
}

#[test]
fn look_ahead_pattern_rewritten() {
    assert!(decode("Action=CreateAccountAlias&Version=2010-05-08&AccountAlias=my-alias-1").is_ok());
    assert_eq!(
        message("Action=CreateAccountAlias&Version=2010-05-08&AccountAlias=my--alias"),
        "1 validation error detected: Value 'my--alias' at 'accountAlias' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-z0-9]([a-z0-9]|-(?!-)){1,61}[a-z0-9]$"
    );
    assert!(decode("Action=CreateAccountAlias&Version=2010-05-08&AccountAlias=-ab").is_err());
}

#[test]
fn length_violations() {
    let long = "a".repeat(65);
    assert_eq!(
        message(&format!(
            "Action=CreateUser&Version=2010-05-08&UserName={long}"
        )),
        format!(
            "1 validation error detected: Value '{long}' at 'userName' failed to satisfy constraint: Member must have length less than or equal to 64"
        )
    );
    assert_eq!(
        message("Action=CreateUser&Version=2010-05-08&UserName="),
        r"2 validation errors detected: Value '' at 'userName' failed to satisfy constraint: Member must have length greater than or equal to 1; Value '' at 'userName' failed to satisfy constraint: Member must satisfy regular expression pattern: [\w+=,.@-]+"
    );
}

#[test]
fn sensitive_values_are_not_echoed() {
    let long = "p".repeat(129);
    assert_eq!(
        message(&format!(
            "Action=ChangePassword&Version=2010-05-08&OldPassword=old&NewPassword={long}"
        )),
        "1 validation error detected: Value at 'newPassword' failed to satisfy constraint: Member must have length less than or equal to 128"
    );
}

#[test]
fn integer_range_violations() {
    assert_eq!(
        message("Action=GetSessionToken&Version=2011-06-15&DurationSeconds=600"),
        "1 validation error detected: Value '600' at 'durationSeconds' failed to satisfy constraint: Member must have value greater than or equal to 900"
    );
    assert_eq!(
        message("Action=ListUsers&Version=2010-05-08&MaxItems=1001"),
        "1 validation error detected: Value '1001' at 'maxItems' failed to satisfy constraint: Member must have value less than or equal to 1000"
    );
    assert_eq!(
        message(
            "Action=UpdateAccountPasswordPolicy&Version=2010-05-08&MinimumPasswordLength=129&MaxPasswordAge=0"
        ),
        "2 validation errors detected: Value '129' at 'minimumPasswordLength' failed to satisfy constraint: Member must have value less than or equal to 128; Value '0' at 'maxPasswordAge' failed to satisfy constraint: Member must have value greater than or equal to 1"
    );
}

#[test]
fn enum_violation() {
    assert_eq!(
        message(
            "Action=UpdateAccessKey&Version=2010-05-08&AccessKeyId=AKIAIOSFODNN7EXAMPLE&Status=Enabled"
        ),
        "1 validation error detected: Value 'Enabled' at 'status' failed to satisfy constraint: Member must satisfy enum value set: [Active, Inactive, Expired]"
    );
    assert!(
        decode("Action=UpdateAccessKey&Version=2010-05-08&AccessKeyId=AKIAIOSFODNN7EXAMPLE&Status=Inactive")
            .is_ok()
    );
}

#[test]
fn list_size_violations() {
    let mut body = String::from("Action=UntagUser&Version=2010-05-08&UserName=bob");
    for i in 1..=51 {
        body.push_str(&format!("&TagKeys.member.{i}=k{i}"));
    }
    let shown: Vec<String> = (1..=51).map(|i| format!("k{i}")).collect();
    assert_eq!(
        message(&body),
        format!(
            "1 validation error detected: Value '[{}]' at 'tagKeys' failed to satisfy constraint: Member must have length less than or equal to 50",
            shown.join(", ")
        )
    );

    let mut body = String::from("Action=TagUser&Version=2010-05-08&UserName=bob");
    for i in 1..=51 {
        body.push_str(&format!(
            "&Tags.member.{i}.Key=k{i}&Tags.member.{i}.Value=v"
        ));
    }
    assert_eq!(
        message(&body),
        "1 validation error detected: Value at 'tags' failed to satisfy constraint: Member must have length less than or equal to 50"
    );

    assert_eq!(
        message(
            "Action=ListPoliciesGrantingServiceAccess&Version=2010-05-08&Arn=arn%3Aaws%3Aiam%3A%3A123456789012%3Auser%2Falice&ServiceNamespaces="
        ),
        "1 validation error detected: Value '[]' at 'serviceNamespaces' failed to satisfy constraint: Member must have length greater than or equal to 1"
    );
}

#[test]
fn nested_member_violations_name_the_path() {
    let long = "v".repeat(257);
    assert_eq!(
        message(&format!(
            "Action=TagUser&Version=2010-05-08&UserName=bob&Tags.member.1.Key=ok&Tags.member.1.Value=x&Tags.member.2.Key=team&Tags.member.2.Value={long}"
        )),
        format!(
            "1 validation error detected: Value '{long}' at 'tags.2.member.value' failed to satisfy constraint: Member must have length less than or equal to 256"
        )
    );
    assert_eq!(
        message(
            "Action=SimulateCustomPolicy&Version=2010-05-08&PolicyInputList.member.1=%7B%7D&ActionNames.member.1=iam%3AGetUser&ContextEntries.member.1.ContextKeyName=aws%3AUserAgent&ContextEntries.member.1.ContextKeyType=bogus"
        ),
        "1 validation error detected: Value 'bogus' at 'contextEntries.1.member.contextKeyType' failed to satisfy constraint: Member must satisfy enum value set: [string, stringList, numeric, numericList, boolean, booleanList, ip, ipList, binary, binaryList, date, dateList]"
    );
}

#[test]
fn missing_required_members() {
    let err = decode("Action=CreateUser&Version=2010-05-08").unwrap_err();
    assert_eq!(
        err.to_string(),
        "The request must contain the parameter UserName"
    );
    assert_eq!(err.code(), "MissingParameter");
    assert_eq!(err.http_status(), 400);
    assert_eq!(
        message("Action=TagUser&Version=2010-05-08&UserName=bob&Tags.member.1.Key=team"),
        "The request must contain the parameter Tags.member.1.Value"
    );
    assert_eq!(
        message("Action=SimulateCustomPolicy&Version=2010-05-08&PolicyInputList.member.1=%7B%7D"),
        "The request must contain the parameter ActionNames"
    );
}

#[test]
fn values_not_of_their_type() {
    let err = decode("Action=ListUsers&Version=2010-05-08&MaxItems=ten").unwrap_err();
    assert_eq!(err.code(), "ValidationError");
    assert_eq!(
        err.to_string(),
        "1 validation error detected: Value 'ten' at 'maxItems' failed to satisfy constraint: Member must be an integer"
    );
    assert_eq!(
        message("Action=UpdateAccountPasswordPolicy&Version=2010-05-08&RequireSymbols=yes"),
        "1 validation error detected: Value 'yes' at 'requireSymbols' failed to satisfy constraint: Member must be a boolean (true or false)"
    );
}

#[test]
fn unknown_parameters_are_ignored() {
    assert!(decode("Action=ListUsers&Version=2010-05-08&Foo=bar&PathPrefix=%2F").is_ok());
}
