//! `Principal` and `NotPrincipal`: `*`, or a map of principal types to one name or a list.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, DeserializeSeed, MapAccess, Visitor};
use smallvec::SmallVec;

use super::context::*;
use super::scalars::*;
use crate::principal::{AwsPrincipal, PrincipalSet};

pub(crate) struct PrincipalSeed<'c> {
    pub(crate) ctx: &'c Ctx,
}

pub(crate) const PRINCIPAL_TYPES: [&str; 4] = ["AWS", "Service", "Federated", "CanonicalUser"];

impl<'de> DeserializeSeed<'de> for PrincipalSeed<'_> {
    type Value = PrincipalSet;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for PrincipalSeed<'_> {
    type Value = PrincipalSet;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"*\" or an object such as {\"AWS\": \"arn:aws:iam::123456789012:root\"}")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        if v == "*" {
            Ok(PrincipalSet::Everyone)
        } else {
            Err(self.ctx.fail(format!(
                "a principal written as a string must be \"*\"; write {{\"AWS\": \"{v}\"}} to name a principal"
            )))
        }
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let ctx = self.ctx;
        let mut aws = Vec::new();
        let mut service = Vec::new();
        let mut federated = Vec::new();
        let mut canonical = Vec::new();
        let mut seen: SmallVec<[Cow<'de, str>; 8]> = SmallVec::new();
        while let Some(key) = map.next_key_seed(StrSeed)? {
            if seen.contains(&key) {
                return Err(ctx.fail(format!("the principal type \"{key}\" appears twice")));
            }
            ctx.with(&key, || -> Result<(), A::Error> {
                match &*key {
                    "AWS" => {
                        aws = map.next_value_seed(StrListSeed {
                            ctx,
                            what: "an AWS principal",
                            compile: &AwsPrincipal::parse,
                        })?;
                    }
                    "Service" | "Federated" | "CanonicalUser" => {
                        let compile = |s: &str| -> Result<Box<str>, String> {
                            if s.is_empty() {
                                Err("a principal must not be empty".to_string())
                            } else {
                                Ok(s.into())
                            }
                        };
                        let list = map.next_value_seed(StrListSeed {
                            ctx,
                            what: "a principal name",
                            compile: &compile,
                        })?;
                        match &*key {
                            "Service" => service = list,
                            "Federated" => federated = list,
                            _ => canonical = list,
                        }
                    }
                    other => return Err(ctx.fail(unknown_element(other, &PRINCIPAL_TYPES))),
                }
                Ok(())
            })?;
            seen.push(key);
        }
        if seen.is_empty() {
            return Err(ctx.fail("the principal object is empty"));
        }
        Ok(PrincipalSet::Listed {
            aws,
            service,
            federated,
            canonical,
        })
    }
}
