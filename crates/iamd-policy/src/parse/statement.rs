//! One statement: its elements, each checked as it is read.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, DeserializeSeed, MapAccess, Visitor};
use smallvec::SmallVec;

use super::conditions::*;
use super::context::*;
use super::principal::*;
use super::scalars::*;
use crate::arn::ArnPattern;
use crate::condition::Condition;
use crate::model::{
    ActionClause, ActionPattern, Effect, PolicyKind, Position, PrincipalClause, ResourceClause,
    Statement,
};
use crate::suggest::nearest_name as nearest;

pub(crate) const STATEMENT_ELEMENTS: [&str; 9] = [
    "Sid",
    "Effect",
    "Principal",
    "NotPrincipal",
    "Action",
    "NotAction",
    "Resource",
    "NotResource",
    "Condition",
];

pub(crate) struct StatementSeed<'c> {
    pub(crate) ctx: &'c Ctx,
    pub(crate) kind: PolicyKind,
    pub(crate) variables: bool,
}

impl<'de> DeserializeSeed<'de> for StatementSeed<'_> {
    type Value = Statement;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_map(self)
    }
}

impl<'de> Visitor<'de> for StatementSeed<'_> {
    type Value = Statement;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a statement object")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let ctx = self.ctx;
        let kind = self.kind;
        let mut sid: Option<Box<str>> = None;
        let mut effect: Option<Effect> = None;
        let mut principal: Option<PrincipalClause> = None;
        let mut actions: Option<ActionClause> = None;
        let mut resources: Option<ResourceClause> = None;
        let mut conditions: Option<Vec<Condition>> = None;
        let mut seen: SmallVec<[Cow<'de, str>; 8]> = SmallVec::new();

        while let Some(key) = map.next_key_seed(StrSeed)? {
            if seen.contains(&key) {
                return Err(ctx.fail(format!(
                    "the element \"{key}\" appears twice in one statement"
                )));
            }
            ctx.with(&key, || -> Result<(), A::Error> {
                match &*key {
                    "Sid" => {
                        let v = next_string(&mut map, ctx, "a statement id string")?;
                        // IAM allows only ASCII letters and digits (IAM JSON policy elements: Sid);
                        // other services' resource policies allow more.
                        if kind != PolicyKind::Resource && !v.bytes().all(|b| b.is_ascii_alphanumeric()) {
                            return Err(ctx.fail(format!(
                                "Sid \"{v}\" may contain only ASCII letters and digits ([0-9A-Za-z]*)"
                            )));
                        }
                        sid = Some(v.into());
                    }
                    "Effect" => {
                        let v = next_string(&mut map, ctx, "\"Allow\" or \"Deny\"")?;
                        effect = Some(match &*v {
                            "Allow" => Effect::Allow,
                            "Deny" => Effect::Deny,
                            other => {
                                let hint = nearest(other, ["Allow", "Deny"])
                                    .map(|s| format!(" — did you mean \"{s}\"? (Effect is case-sensitive)"))
                                    .unwrap_or_default();
                                return Err(ctx.fail(format!(
                                    "Effect must be \"Allow\" or \"Deny\", not \"{other}\"{hint}"
                                )));
                            }
                        });
                    }
                    "Action" | "NotAction" => {
                        if actions.is_some() {
                            return Err(ctx.fail("a statement takes Action or NotAction, not both"));
                        }
                        let patterns = map.next_value_seed(StrListSeed {
                            ctx,
                            what: "an action",
                            compile: &ActionPattern::parse,
                        })?;
                        actions = Some(ActionClause {
                            negated: &*key == "NotAction",
                            patterns: patterns.into_boxed_slice(),
                        });
                    }
                    "Resource" | "NotResource" => {
                        if kind == PolicyKind::Trust {
                            return Err(ctx.fail(format!(
                                "a role trust policy must not have {key} (the role itself is the resource)"
                            )));
                        }
                        if resources.is_some() {
                            return Err(ctx.fail("a statement takes Resource or NotResource, not both"));
                        }
                        let variables = self.variables;
                        let compile = move |text: &str| {
                            ArnPattern::parse(text, variables, false).map_err(|_| {
                                format!("\"{text}\" must be in ARN format (arn:partition:service:region:account:resource) or \"*\"")
                            })
                        };
                        let patterns = map.next_value_seed(StrListSeed {
                            ctx,
                            what: "a resource ARN",
                            compile: &compile,
                        })?;
                        resources = Some(ResourceClause {
                            negated: &*key == "NotResource",
                            patterns: patterns.into_boxed_slice(),
                        });
                    }
                    "Principal" | "NotPrincipal" => {
                        let negated = &*key == "NotPrincipal";
                        if kind.is_identity_grammar() {
                            return Err(ctx.fail(format!(
                                "an identity-based policy must not name a {key}: it applies to whoever it is attached to"
                            )));
                        }
                        if negated && kind == PolicyKind::Trust {
                            return Err(ctx.fail("a role trust policy must not use NotPrincipal"));
                        }
                        if principal.is_some() {
                            return Err(ctx.fail("a statement takes Principal or NotPrincipal, not both"));
                        }
                        let set = map.next_value_seed(PrincipalSeed { ctx })?;
                        principal = Some(PrincipalClause { negated, set });
                    }
                    "Condition" => {
                        conditions = Some(map.next_value_seed(ConditionBlockSeed {
                            ctx,
                            variables: self.variables,
                        })?);
                    }
                    other => return Err(ctx.fail(unknown_element(other, &STATEMENT_ELEMENTS))),
                }
                Ok(())
            })?;
            seen.push(key);
        }

        let Some(effect) = effect else {
            return Err(ctx.fail("missing required element Effect"));
        };
        let Some(actions) = actions else {
            return Err(ctx.fail("missing required element Action (or NotAction)"));
        };
        if kind != PolicyKind::Trust && resources.is_none() {
            return Err(ctx.fail("missing required element Resource (or NotResource)"));
        }
        if matches!(kind, PolicyKind::Resource | PolicyKind::Trust) && principal.is_none() {
            return Err(ctx.fail("missing required element Principal: a resource-based policy must say whom it applies to"));
        }
        Ok(Statement {
            sid,
            effect,
            principal,
            actions,
            resources,
            conditions: conditions.unwrap_or_default().into_boxed_slice(),
            start: Position { line: 0, column: 0 },
            end: Position { line: 0, column: 0 },
        })
    }
}
