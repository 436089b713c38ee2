//! SimulateCustomPolicy as the API and `iamd simulate` run it.

use super::*;

const S2_DENY: &str = r#"{"Version":"2012-10-17","Statement":[{"Sid":"BlockMostAccessUnlessSignedInWithMFA","Effect":"Deny","NotAction":["iam:CreateVirtualMFADevice","iam:EnableMFADevice","iam:ListMFADevices","iam:ListUsers","iam:ListVirtualMFADevices","iam:ResyncMFADevice"],"Resource":"*","Condition":{"BoolIfExists":{"aws:MultiFactorAuthPresent":"false"}}}]}"#;
const OWN_PASSWORD: &str = "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": [\n    {\n      \"Effect\": \"Allow\",\n      \"Action\": \"iam:ChangePassword\",\n      \"Resource\": \"arn:aws:iam::*:user/${aws:username}\"\n    }\n  ]\n}";

fn input<'a>(
    policies: &[&'a str],
    actions: &[&'a str],
    resources: &[&'a str],
) -> SimulateCustomPolicyInput<'a> {
    SimulateCustomPolicyInput {
        policy_input_list: policies.iter().map(|p| Doc::Text(p)).collect(),
        action_names: actions.iter().map(|a| Cow::Borrowed(*a)).collect(),
        resource_arns: resources.iter().map(|r| Cow::Borrowed(*r)).collect(),
        ..SimulateCustomPolicyInput::default()
    }
}

fn entry<'a>(name: &'a str, ty: &'a str, values: &[&'a str]) -> ContextEntry<'a> {
    ContextEntry {
        context_key_name: Cow::Borrowed(name),
        context_key_values: values.iter().map(|v| Cow::Borrowed(*v)).collect(),
        context_key_type: Cow::Borrowed(ty),
    }
}

const ALICE: &str = "arn:aws:iam::123456789012:user/alice";

#[test]
fn results_carry_decisions_positions_and_missing_keys() {
    let mut sim = Simulator::new();
    let mut req = input(
        &[S2_DENY, OWN_PASSWORD],
        &["iam:ChangePassword", "iam:ListUsers"],
        &[ALICE],
    );
    let out = sim.simulate_custom(&req).unwrap();
    assert!(!out.is_truncated);
    let [change, list] = out.evaluation_results.as_slice() else {
        panic!("{out:?}")
    };
    assert_eq!(change.eval_decision, "explicitDeny");
    assert_eq!(change.eval_action_name, "iam:ChangePassword");
    assert_eq!(change.eval_resource_name, ALICE);
    assert_eq!(
        change.matched_statements,
        [MatchedStatement {
            source_policy_id: "PolicyInputList.1".into(),
            source_policy_type: None,
            start_position: Pos {
                line: 1,
                column: 39
            },
            end_position: Pos {
                line: 1,
                column: 335
            },
        }]
    );
    // The Deny's key, and the variable of the Allow's resource, were not in the context.
    assert_eq!(
        change.missing_context_values,
        ["aws:MultiFactorAuthPresent", "aws:username"]
    );
    assert_eq!(list.eval_decision, "implicitDeny");

    // With an MFA session and the user name, the second policy's statement allows.
    req.context_entries = vec![
        entry("aws:MultiFactorAuthPresent", "boolean", &["true"]),
        entry("aws:username", "string", &["alice"]),
    ];
    let out = sim.simulate_custom(&req).unwrap();
    let change = &out.evaluation_results[0];
    assert_eq!(change.eval_decision, "allowed");
    assert_eq!(
        change.matched_statements[0].source_policy_id,
        "PolicyInputList.2"
    );
    assert_eq!(
        change.matched_statements[0].start_position,
        Pos { line: 4, column: 6 }
    );
    assert_eq!(
        change.matched_statements[0].end_position,
        Pos { line: 8, column: 6 }
    );
    assert!(change.missing_context_values.is_empty());
}

#[test]
fn the_json_shape_is_the_aws_cli_shape() {
    let mut sim = Simulator::new();
    let line = format!(
        r#"{{"PolicyInputList":[{}],"ActionNames":["iam:ChangePassword"],"ResourceArns":["{ALICE}"],"ContextEntries":[{{"ContextKeyName":"aws:username","ContextKeyValues":["alice"],"ContextKeyType":"string"}}]}}"#,
        serde_json::to_string(OWN_PASSWORD).unwrap()
    );
    let req: SimulateCustomPolicyInput<'_> = serde_json::from_str(&line).unwrap();
    let out = serde_json::to_value(sim.simulate_custom(&req).unwrap()).unwrap();
    assert_eq!(
        out,
        serde_json::json!({"EvaluationResults":[{"EvalActionName":"iam:ChangePassword","EvalResourceName":ALICE,
            "EvalDecision":"allowed","MatchedStatements":[{"SourcePolicyId":"PolicyInputList.1",
            "StartPosition":{"Line":4,"Column":6},"EndPosition":{"Line":8,"Column":6}}],"MissingContextValues":[]}],
            "IsTruncated":false})
    );
    // Unknown fields are refused, as the aws CLI refuses them.
    assert!(
        serde_json::from_str::<SimulateCustomPolicyInput<'_>>(
            r#"{"PolicyInputList":[],"ActionNames":[],"Bogus":1}"#
        )
        .is_err()
    );
}

#[test]
fn boundaries_and_resource_policies() {
    let mut sim = Simulator::new();
    let all =
        r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*"}]}"#;
    let get_only = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:Get*","Resource":"*"}]}"#;
    let mut req = input(&[all], &["iam:GetUser", "iam:DeleteUser"], &[ALICE]);
    req.permissions_boundary_policy_input_list = vec![Doc::Text(get_only)];
    let out = sim.simulate_custom(&req).unwrap();
    let r = &out.evaluation_results;
    assert_eq!(
        (r[0].eval_decision, r[1].eval_decision),
        ("allowed", "implicitDeny")
    );
    assert_eq!(
        r[0].permissions_boundary_decision_detail,
        Some(BoundaryDetail {
            allowed_by_permissions_boundary: true
        })
    );
    assert_eq!(
        r[1].permissions_boundary_decision_detail,
        Some(BoundaryDetail {
            allowed_by_permissions_boundary: false
        })
    );

    let bucket = r#"{"Version":"2012-10-17","Statement":[{"Sid":"Bob","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:user/bob"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"}]}"#;
    let none = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"iam:GetUser","Resource":"*"}]}"#;
    let mut req = input(&[none], &["s3:GetObject"], &["arn:aws:s3:::b/k"]);
    req.resource_policy = Some(Doc::Text(bucket));
    let err = sim.simulate_custom(&req).unwrap_err();
    assert_eq!(err.code(), "InvalidInput");
    req.caller_arn = Some(Cow::Borrowed("arn:aws:iam::123456789012:user/bob"));
    let out = sim.simulate_custom(&req).unwrap();
    let r = &out.evaluation_results[0];
    assert_eq!(r.eval_decision, "allowed");
    assert_eq!(r.matched_statements[0].source_policy_id, "ResourcePolicy");
    assert_eq!(r.matched_statements[0].source_policy_type, Some("resource"));
    req.caller_arn = Some(Cow::Borrowed(ALICE));
    assert_eq!(
        sim.simulate_custom(&req).unwrap().evaluation_results[0].eval_decision,
        "implicitDeny"
    );
    // Another account's resource needs the identity side too.
    req.caller_arn = Some(Cow::Borrowed("arn:aws:iam::123456789012:user/bob"));
    req.resource_owner = Some(Cow::Borrowed("210987654321"));
    assert_eq!(
        sim.simulate_custom(&req).unwrap().evaluation_results[0].eval_decision,
        "implicitDeny"
    );
}

#[test]
fn bad_input_is_refused_with_a_precise_error() {
    let mut sim = Simulator::new();
    let bad = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"*","Resource":"*","Condition":{"BoolIfExist":{"a:b":"true"}}}]}"#;
    let err = sim
        .simulate_custom(&input(&[S2_DENY, bad], &["iam:GetUser"], &[]))
        .unwrap_err();
    assert_eq!(err.code(), "MalformedPolicyDocument");
    assert_eq!(
        err.to_string(),
        "PolicyInputList.2: Statement[0].Condition: unknown condition operator \"BoolIfExist\" — did you mean \"BoolIfExists\"? (line 1, column 109)"
    );
    let err = sim
        .simulate_custom(&input(&[S2_DENY], &["iam:Get*"], &[]))
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "ActionNames.member.1: \"iam:Get*\" has a wildcard; the simulator takes exact action names"
    );
    let err = sim
        .simulate_custom(&input(&[], &["iam:GetUser"], &[]))
        .unwrap_err();
    assert_eq!(err.code(), "InvalidInput");

    let mut req = input(&[S2_DENY], &["iam:GetUser"], &[]);
    for (e, want) in [
        (
            entry("aws:MultiFactorAuthPresent", "boolean", &["yes"]),
            "ContextEntries.member.1: the value \"yes\" of aws:MultiFactorAuthPresent is not a valid boolean",
        ),
        (
            entry("aws:SourceIp", "ip", &["300.1.1.1"]),
            "ContextEntries.member.1: the value \"300.1.1.1\" of aws:SourceIp is not a valid ip",
        ),
        (
            entry("aws:CurrentTime", "date", &["today"]),
            "ContextEntries.member.1: the value \"today\" of aws:CurrentTime is not a valid date",
        ),
        (
            entry("aws:MultiFactorAuthAge", "numeric", &["1", "2"]),
            "ContextEntries.member.1: aws:MultiFactorAuthAge has type numeric, which takes exactly one value, but 2 were given (use numericList for several)",
        ),
        (
            entry("aws:username", "text", &["a"]),
            "ContextEntries.member.1: ContextKeyType \"text\" is not one of string, stringList, numeric, numericList, boolean, booleanList, ip, ipList, binary, binaryList, date, dateList",
        ),
    ] {
        req.context_entries = vec![e];
        let err = sim.simulate_custom(&req).unwrap_err();
        assert_eq!(
            (err.code(), err.to_string().as_str()),
            ("InvalidInput", want)
        );
    }
}

#[test]
fn results_are_paginated_with_max_items_and_marker() {
    let mut sim = Simulator::new();
    let mut req = input(
        &[S2_DENY],
        &["iam:GetUser", "iam:ListUsers", "iam:CreateUser"],
        &[],
    );
    req.max_items = Some(2);
    let first = sim.simulate_custom(&req).unwrap();
    assert_eq!(first.evaluation_results.len(), 2);
    assert!(first.is_truncated);
    req.marker = first.marker.as_deref().map(|m| Cow::Owned(m.to_string()));
    let second = sim.simulate_custom(&req).unwrap();
    assert_eq!(second.evaluation_results.len(), 1);
    assert_eq!(
        second.evaluation_results[0].eval_action_name,
        "iam:CreateUser"
    );
    assert!(!second.is_truncated && second.marker.is_none());
    req.marker = Some(Cow::Borrowed("garbage"));
    assert_eq!(
        sim.simulate_custom(&req).unwrap_err().code(),
        "InvalidInput"
    );
    req.marker = None;
    req.max_items = Some(0);
    assert_eq!(
        sim.simulate_custom(&req).unwrap_err().code(),
        "InvalidInput"
    );
}

#[test]
fn explanations_show_conditions_and_deciding_statements() {
    let mut sim = Simulator::new();
    let req = input(&[S2_DENY], &["iam:CreateAccessKey"], &[ALICE]);
    let (_, explained) = sim.explain_custom(&req).unwrap();
    let e = &explained[0];
    assert_eq!(e.decision.outcome, iamd_policy::Outcome::ExplicitDeny);
    assert_eq!(
        e.reasons,
        [
            "PolicyInputList.1 statement 1 \"BlockMostAccessUnlessSignedInWithMFA\" (line 1, column 39)"
        ]
    );
    assert_eq!(e.conditions.len(), 1);
    assert_eq!(e.conditions[0].1.operator, "BoolIfExists");
    assert_eq!(e.missing_keys, ["aws:MultiFactorAuthPresent"]);
}

#[test]
fn recurring_documents_compile_once() {
    let mut sim = Simulator::new();
    let req = input(&[S2_DENY, OWN_PASSWORD], &["iam:GetUser"], &[]);
    sim.simulate_custom(&req).unwrap();
    sim.simulate_custom(&req).unwrap();
    assert_eq!(sim.policies.iter().map(|m| m.len()).sum::<usize>(), 2);
    assert_eq!(sim.sets.len(), 1);
}

#[test]
fn a_product_over_the_cap_is_refused_before_anything_is_compiled() {
    let mut sim = Simulator::new();
    let actions: Vec<String> = (0..101).map(|i| format!("iam:Action{i}")).collect();
    let resources: Vec<String> = (0..100)
        .map(|i| format!("arn:aws:iam::123456789012:user/u{i}"))
        .collect();
    let a: Vec<&str> = actions.iter().map(String::as_str).collect();
    let r: Vec<&str> = resources.iter().map(String::as_str).collect();
    let err = sim.simulate_custom(&input(&[S2_DENY], &a, &r)).unwrap_err();
    assert_eq!(err.code(), "InvalidInput");
    assert!(
        err.to_string().contains("10100 action and resource pairs"),
        "{err}"
    );
    // At the cap it runs.
    let out = sim
        .simulate_custom(&input(&[S2_DENY], &a[..100], &r))
        .unwrap();
    assert_eq!(out.evaluation_results.len(), MAX_PAIRS);
}

#[test]
fn pages_are_evaluated_one_at_a_time_and_join_into_the_whole() {
    let mut sim = Simulator::new();
    let actions = ["iam:ChangePassword", "iam:ListUsers", "iam:GetUser"];
    let resources = [ALICE, "arn:aws:iam::123456789012:user/bob"];
    let whole = sim
        .simulate_custom(&input(&[S2_DENY, OWN_PASSWORD], &actions, &resources))
        .unwrap();
    assert_eq!(whole.evaluation_results.len(), 6);
    let mut joined = Vec::new();
    let mut marker: Option<String> = None;
    loop {
        let mut req = input(&[S2_DENY, OWN_PASSWORD], &actions, &resources);
        req.max_items = Some(4);
        req.marker = marker.as_deref().map(Cow::Borrowed);
        let page = sim.simulate_custom(&req).unwrap();
        assert!(page.evaluation_results.len() <= 4);
        joined.extend(page.evaluation_results);
        match page.marker {
            Some(m) => marker = Some(m),
            None => break,
        }
    }
    assert_eq!(joined, whole.evaluation_results);
}

const BOB: &str = "arn:aws:iam::123456789012:user/bob";
const ROLE: &str = "arn:aws:iam::123456789012:role/deploy";

fn decision(sim: &mut Simulator, req: &SimulateCustomPolicyInput<'_>) -> &'static str {
    sim.simulate_custom(req).unwrap().evaluation_results[0].eval_decision
}

/// "Does this bucket policy alone let bob read the object?": an empty PolicyInputList with a
/// ResourcePolicy, decided as AWS's evaluation logic does (a same-account Allow naming the
/// user's own ARN is final; one naming the account delegates to identity policies, which
/// allow nothing here; another account's resource needs the identity side too).
#[test]
fn a_resource_policy_alone_is_simulated() {
    let mut sim = Simulator::new();
    let bucket = r#"{"Version":"2012-10-17","Statement":[{"Sid":"Bob","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:user/bob"},"Action":"s3:GetObject","Resource":"arn:aws:s3:::b/*"},{"Sid":"Account","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"s3:PutObject","Resource":"arn:aws:s3:::b/*"}]}"#;
    let mut req = input(&[], &["s3:GetObject"], &["arn:aws:s3:::b/k"]);
    req.resource_policy = Some(Doc::Text(bucket));
    req.caller_arn = Some(Cow::Borrowed(BOB));
    let out = sim.simulate_custom(&req).unwrap();
    let r = &out.evaluation_results[0];
    assert_eq!(r.eval_decision, "allowed");
    assert_eq!(r.matched_statements[0].source_policy_id, "ResourcePolicy");

    req.caller_arn = Some(Cow::Borrowed(ALICE));
    assert_eq!(decision(&mut sim, &req), "implicitDeny");

    req.caller_arn = Some(Cow::Borrowed(BOB));
    req.action_names = vec![Cow::Borrowed("s3:PutObject")];
    assert_eq!(decision(&mut sim, &req), "implicitDeny");

    req.action_names = vec![Cow::Borrowed("s3:GetObject")];
    req.resource_owner = Some(Cow::Borrowed("210987654321"));
    assert_eq!(decision(&mut sim, &req), "implicitDeny");

    // With neither a policy nor a resource policy there is nothing to simulate.
    let err = sim
        .simulate_custom(&input(&[], &["s3:GetObject"], &[]))
        .unwrap_err();
    assert_eq!(
        (err.code(), err.to_string().as_str()),
        (
            "InvalidInput",
            "Give at least one policy document in PolicyInputList, or a ResourcePolicy"
        )
    );
}

/// A role trust policy given as ResourcePolicy for sts:AssumeRole: it has no Resource, and it
/// must allow explicitly (AWS's evaluation logic makes trust policies the exception). Naming
/// the user's ARN is enough in the same account; naming the account needs an identity Allow;
/// a trust Deny wins; its conditions see the request's context.
#[test]
fn a_role_trust_policy_is_simulated_for_assume_role() {
    let mut sim = Simulator::new();
    let trust = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:user/bob"},"Action":["sts:AssumeRole","sts:TagSession"]},{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:root"},"Action":"sts:AssumeRole","Condition":{"Bool":{"aws:MultiFactorAuthPresent":"true"}}},{"Effect":"Deny","Principal":{"AWS":"arn:aws:iam::123456789012:user/mallory"},"Action":"sts:AssumeRole"}]}"#;
    let assume = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"sts:AssumeRole","Resource":"*"}]}"#;
    let mut req = input(&[], &["sts:AssumeRole", "sts:TagSession"], &[ROLE]);
    req.resource_policy = Some(Doc::Text(trust));
    req.caller_arn = Some(Cow::Borrowed(BOB));
    let out = sim.simulate_custom(&req).unwrap();
    let decisions: Vec<_> = out
        .evaluation_results
        .iter()
        .map(|r| r.eval_decision)
        .collect();
    assert_eq!(decisions, ["allowed", "allowed"]);
    assert_eq!(
        out.evaluation_results[0].matched_statements[0].source_policy_type,
        Some("resource")
    );

    // Alice is named only through the account: her identity policy must allow too, and the
    // statement needs MFA.
    req.caller_arn = Some(Cow::Borrowed(ALICE));
    req.action_names = vec![Cow::Borrowed("sts:AssumeRole")];
    assert_eq!(decision(&mut sim, &req), "implicitDeny");
    req.policy_input_list = vec![Doc::Text(assume)];
    let out = sim.simulate_custom(&req).unwrap();
    assert_eq!(out.evaluation_results[0].eval_decision, "implicitDeny");
    assert_eq!(
        out.evaluation_results[0].missing_context_values,
        ["aws:MultiFactorAuthPresent"]
    );
    req.context_entries = vec![entry("aws:MultiFactorAuthPresent", "boolean", &["true"])];
    assert_eq!(decision(&mut sim, &req), "allowed");

    // Mallory is named by the account statement and denied by name.
    req.caller_arn = Some(Cow::Borrowed("arn:aws:iam::123456789012:user/mallory"));
    assert_eq!(decision(&mut sim, &req), "explicitDeny");

    // An identity Allow alone never passes a trust policy that does not name the caller.
    let other = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#;
    req.resource_policy = Some(Doc::Text(other));
    req.caller_arn = Some(Cow::Borrowed(BOB));
    assert_eq!(decision(&mut sim, &req), "implicitDeny");
}

#[test]
fn a_trust_policy_for_other_actions_says_why_it_is_refused() {
    let mut sim = Simulator::new();
    let trust = r#"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::123456789012:user/bob"},"Action":"sts:AssumeRole"}]}"#;
    let mut req = input(&[], &["sts:AssumeRole", "s3:GetObject"], &[ROLE]);
    req.resource_policy = Some(Doc::Text(trust));
    req.caller_arn = Some(Cow::Borrowed(BOB));
    let err = sim.simulate_custom(&req).unwrap_err();
    assert_eq!(err.code(), "MalformedPolicyDocument");
    let message = err.to_string();
    assert!(
        message.contains("missing required element Resource")
            && message.contains("read as a role trust policy only when every action simulated"),
        "{message}"
    );
    // The same text as a resource policy and as a trust policy is cached apart.
    req.action_names = vec![Cow::Borrowed("sts:AssumeRole")];
    assert_eq!(decision(&mut sim, &req), "allowed");
}
