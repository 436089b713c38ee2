//! The document: `Version`, `Id`, and `Statement` split into each statement's raw text.

use std::borrow::Cow;
use std::fmt;

use serde::Deserialize;
use serde::de::{self, DeserializeSeed, MapAccess, Visitor};
use serde_json::value::RawValue;
use smallvec::SmallVec;

use super::context::*;
use super::scalars::*;
use crate::model::{PolicyKind, PolicyVersion};

pub(crate) struct Document<'de> {
    pub(crate) version: Option<PolicyVersion>,
    pub(crate) id: Option<Box<str>>,
    pub(crate) statement: Option<Statements<'de>>,
}

/// The raw text of each statement (split in the same pass that reads the document), and
/// whether `Statement` was a single object rather than a list.
pub(crate) struct Statements<'de> {
    pub(crate) items: Vec<&'de RawValue>,
    pub(crate) single: bool,
}

pub(crate) struct StatementsSeed<'c> {
    pub(crate) ctx: &'c Ctx,
}

impl<'de> DeserializeSeed<'de> for StatementsSeed<'_> {
    type Value = Statements<'de>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        let raw = <&'de RawValue>::deserialize(d)?;
        match raw.get().as_bytes().first() {
            Some(b'{') => Ok(Statements {
                items: vec![raw],
                single: true,
            }),
            Some(b'[') => serde_json::from_str::<Vec<&'de RawValue>>(raw.get())
                .map(|items| Statements {
                    items,
                    single: false,
                })
                .map_err(|e| self.ctx.fail(e.to_string())),
            _ => Err(self
                .ctx
                .fail("Statement must be a statement object or a list of statement objects")),
        }
    }
}

pub(crate) struct DocumentSeed<'c> {
    pub(crate) ctx: &'c Ctx,
    pub(crate) kind: PolicyKind,
}

pub(crate) const DOCUMENT_ELEMENTS: [&str; 3] = ["Version", "Id", "Statement"];

impl<'de> DeserializeSeed<'de> for DocumentSeed<'_> {
    type Value = Document<'de>;
    fn deserialize<D: de::Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for DocumentSeed<'_> {
    type Value = Document<'de>;
    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a policy document (a JSON object with Version and Statement)")
    }
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let ctx = self.ctx;
        let mut doc = Document {
            version: None,
            id: None,
            statement: None,
        };
        let mut seen: SmallVec<[Cow<'de, str>; 8]> = SmallVec::new();
        while let Some(key) = map.next_key_seed(StrSeed)? {
            if seen.contains(&key) {
                return Err(ctx.fail(format!("the element \"{key}\" appears twice")));
            }
            ctx.with(&key, || -> Result<(), A::Error> {
                match &*key {
                    "Version" => {
                        let v = next_string(&mut map, ctx, "a version string")?;
                        doc.version = Some(match &*v {
                            "2012-10-17" => PolicyVersion::V2012_10_17,
                            "2008-10-17" => PolicyVersion::V2008_10_17,
                            other => {
                                return Err(ctx.fail(format!(
                                    "\"{other}\" is not a policy language version: use \"2012-10-17\" (or the older \"2008-10-17\")"
                                )));
                            }
                        });
                    }
                    "Id" => {
                        let v = next_string(&mut map, ctx, "a string")?;
                        if self.kind.is_identity_grammar() {
                            return Err(ctx.fail(
                                "an identity-based policy must not have an Id element (Id belongs to resource-based policies)",
                            ));
                        }
                        doc.id = Some(v.into());
                    }
                    "Statement" => {
                        doc.statement = Some(map.next_value_seed(StatementsSeed { ctx })?);
                    }
                    other => return Err(ctx.fail(unknown_element(other, &DOCUMENT_ELEMENTS))),
                }
                Ok(())
            })?;
            seen.push(key);
        }
        Ok(doc)
    }
}
