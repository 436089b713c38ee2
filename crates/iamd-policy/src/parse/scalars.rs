//! Strings, typed strings, lists of strings and condition scalars: the leaves of a document.

use std::borrow::Cow;
use std::fmt;

use serde::de::{self, DeserializeSeed, MapAccess, SeqAccess, Visitor};

use super::context::*;

/// A string borrowed from the input when it has no escapes.
pub(crate) struct StrSeed;

impl<'de> DeserializeSeed<'de> for StrSeed {
    type Value = Cow<'de, str>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_str(StrVisitor)
    }
}

pub(crate) struct StrVisitor;

impl<'de> Visitor<'de> for StrVisitor {
    type Value = Cow<'de, str>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string")
    }
    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(v.to_string()))
    }
}

/// Read a string value, with a clear error for anything else.
pub(crate) fn next_string<'de, A: MapAccess<'de>>(
    map: &mut A,
    ctx: &Ctx,
    what: &str,
) -> Result<Cow<'de, str>, A::Error> {
    map.next_value_seed(TypedStr { ctx, what })
}

pub(crate) struct TypedStr<'c> {
    pub(crate) ctx: &'c Ctx,
    pub(crate) what: &'c str,
}

impl<'de> DeserializeSeed<'de> for TypedStr<'_> {
    type Value = Cow<'de, str>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for TypedStr<'_> {
    type Value = Cow<'de, str>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.what)
    }
    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        Ok(Cow::Borrowed(v))
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Cow::Owned(v.to_string()))
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        Err(self
            .ctx
            .fail(format!("expected {}, found the boolean {v}", self.what)))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Err(self
            .ctx
            .fail(format!("expected {}, found the number {v}", self.what)))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Err(self
            .ctx
            .fail(format!("expected {}, found the number {v}", self.what)))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        Err(self
            .ctx
            .fail(format!("expected {}, found the number {v}", self.what)))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Err(self.ctx.fail(format!("expected {}, found null", self.what)))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
        Err(self
            .ctx
            .fail(format!("expected {}, found a list", self.what)))
    }
    fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
        Err(self
            .ctx
            .fail(format!("expected {}, found an object", self.what)))
    }
}

/// A string or a non-empty list of strings, each compiled as it is read.
pub(crate) struct StrListSeed<'c, T> {
    pub(crate) ctx: &'c Ctx,
    pub(crate) what: &'static str,
    pub(crate) compile: &'c dyn Fn(&str) -> Result<T, String>,
}

impl<'de, T> DeserializeSeed<'de> for StrListSeed<'_, T> {
    type Value = Vec<T>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de, T> Visitor<'de> for StrListSeed<'_, T> {
    type Value = Vec<T>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} or a list of them", self.what)
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        (self.compile)(v)
            .map(|t| vec![t])
            .map_err(|m| self.ctx.fail(m))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut out = Vec::new();
        loop {
            let item = self.ctx.with_index(out.len(), || {
                seq.next_element_seed(ItemSeed {
                    ctx: self.ctx,
                    what: self.what,
                    compile: self.compile,
                })
            })?;
            match item {
                Some(t) => out.push(t),
                None => break,
            }
        }
        if out.is_empty() {
            return Err(self
                .ctx
                .fail(format!("the list is empty: give at least {}", self.what)));
        }
        Ok(out)
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        Err(self.ctx.fail(format!(
            "expected {} or a list of them, found the boolean {v}",
            self.what
        )))
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Err(self.ctx.fail(format!(
            "expected {} or a list of them, found the number {v}",
            self.what
        )))
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Err(self.ctx.fail(format!(
            "expected {} or a list of them, found the number {v}",
            self.what
        )))
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        Err(self.ctx.fail(format!(
            "expected {} or a list of them, found the number {v}",
            self.what
        )))
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Err(self.ctx.fail(format!(
            "expected {} or a list of them, found null",
            self.what
        )))
    }
    fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
        Err(self.ctx.fail(format!(
            "expected {} or a list of them, found an object",
            self.what
        )))
    }
}

pub(crate) struct ItemSeed<'c, T> {
    pub(crate) ctx: &'c Ctx,
    pub(crate) what: &'static str,
    pub(crate) compile: &'c dyn Fn(&str) -> Result<T, String>,
}

impl<'de, T> DeserializeSeed<'de> for ItemSeed<'_, T> {
    type Value = T;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        let s = TypedStr {
            ctx: self.ctx,
            what: self.what,
        }
        .deserialize(d)?;
        (self.compile)(&s).map_err(|m| self.ctx.fail(m))
    }
}

pub(crate) struct ScalarSeed<'c> {
    pub(crate) ctx: &'c Ctx,
}

impl<'de> DeserializeSeed<'de> for ScalarSeed<'_> {
    type Value = Box<str>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ScalarSeed<'_> {
    type Value = Box<str>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a string, number or boolean")
    }
    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(v.into())
    }
    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        Ok(v.to_string().into())
    }
    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(v.to_string().into())
    }
    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(v.to_string().into())
    }
    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        Ok(v.to_string().into())
    }
    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Err(self.ctx.fail("a condition value must not be null"))
    }
    fn visit_seq<A: SeqAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
        Err(self.ctx.fail("condition values cannot be nested lists"))
    }
    fn visit_map<A: MapAccess<'de>>(self, _: A) -> Result<Self::Value, A::Error> {
        Err(self
            .ctx
            .fail("a condition value must be a string, number or boolean; found an object"))
    }
}
