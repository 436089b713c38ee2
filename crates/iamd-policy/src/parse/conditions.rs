//! The `Condition` block: operators, their keys, and the values each key is compared with.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};
use smallvec::SmallVec;

use super::context::*;
use super::scalars::*;
use crate::condition::{Condition, Operator};

pub(crate) struct ConditionBlockSeed<'c> {
    pub(crate) ctx: &'c Ctx,
    pub(crate) variables: bool,
}

impl<'de> DeserializeSeed<'de> for ConditionBlockSeed<'_> {
    type Value = Vec<Condition>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ConditionBlockSeed<'_> {
    type Value = Vec<Condition>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object of condition operators, such as {\"Bool\": {\"aws:MultiFactorAuthPresent\": \"true\"}}")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let ctx = self.ctx;
        let mut out = Vec::new();
        let mut seen: SmallVec<[Cow<'de, str>; 8]> = SmallVec::new();
        while let Some(name) = map.next_key_seed(StrSeed)? {
            if seen.contains(&name) {
                return Err(ctx.fail(format!("the condition operator \"{name}\" appears twice")));
            }
            let operator = Operator::parse(&name).map_err(|m| ctx.fail::<A::Error>(m))?;
            ctx.with(&name, || {
                map.next_value_seed(OperatorBlockSeed {
                    ctx,
                    operator,
                    variables: self.variables,
                    out: &mut out,
                })
            })?;
            seen.push(name);
        }
        Ok(out)
    }
}

pub(crate) struct OperatorBlockSeed<'c> {
    pub(crate) ctx: &'c Ctx,
    pub(crate) operator: Operator,
    pub(crate) variables: bool,
    pub(crate) out: &'c mut Vec<Condition>,
}

impl<'de> DeserializeSeed<'de> for OperatorBlockSeed<'_> {
    type Value = ();
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for OperatorBlockSeed<'_> {
    type Value = ();
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an object of condition keys and values, such as {\"aws:username\": \"alice\"}")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let ctx = self.ctx;
        let mut seen: SmallVec<[Cow<'de, str>; 8]> = SmallVec::new();
        while let Some(key) = map.next_key_seed(StrSeed)? {
            if seen.contains(&key) {
                return Err(ctx.fail(format!(
                    "the condition key \"{key}\" appears twice under {}",
                    self.operator
                )));
            }
            if key.is_empty() {
                return Err(ctx.fail("a condition key must not be empty"));
            }
            ctx.with(&key, || -> Result<(), A::Error> {
                let values = map.next_value_seed(ConditionValuesSeed { ctx })?;
                let cond = Condition::compile(self.operator, &key, values, self.variables)
                    .map_err(|m| ctx.fail::<A::Error>(m))?;
                self.out.push(cond);
                Ok(())
            })?;
            seen.push(key);
        }
        if seen.is_empty() {
            return Err(ctx.fail(format!("{} has no condition keys", self.operator)));
        }
        Ok(())
    }
}

/// A condition value or a non-empty list of them: strings, numbers or booleans (quotes are
/// optional for numbers and booleans), kept as written.
pub(crate) struct ConditionValuesSeed<'c> {
    pub(crate) ctx: &'c Ctx,
}

impl<'de> DeserializeSeed<'de> for ConditionValuesSeed<'_> {
    type Value = Vec<Box<str>>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ConditionValuesSeed<'_> {
    type Value = Vec<Box<str>>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a condition value (string, number or boolean) or a list of them")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(vec![v.into()])
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        Ok(vec![v.to_string().into()])
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(vec![v.to_string().into()])
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(vec![v.to_string().into()])
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        Ok(vec![v.to_string().into()])
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Err(self.ctx.fail("a condition value must not be null"))
    }
    fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
        Err(self.ctx.fail("a condition value must be a string, number or boolean, or a list of them; found an object"))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut out = Vec::new();
        loop {
            let seg = format!("[{}]", out.len());
            let item = self
                .ctx
                .with(&seg, || seq.next_element_seed(ScalarSeed { ctx: self.ctx }))?;
            match item {
                Some(v) => out.push(v),
                None => break,
            }
        }
        if out.is_empty() {
            return Err(self.ctx.fail("the list of condition values is empty"));
        }
        Ok(out)
    }
}
