//! What the operations share: pagination as IAM pages, owners of records, the records of
//! users, groups and roles, and loading an entity with its authorization.

/// One page of a listing (`Marker` / `MaxItems` / `IsTruncated`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Paged<T> {
    pub items: Vec<T>,
    pub is_truncated: bool,
    pub marker: Option<String>,
}

/// Cut `items` (in key order, each with its key) to a page after `marker`.
pub(crate) fn paginate<T>(
    items: Vec<(String, T)>,
    marker: Option<&str>,
    max_items: Option<i32>,
) -> Paged<T> {
    let max = page_size(max_items);
    let mut items: Vec<(String, T)> = match marker {
        Some(m) => items.into_iter().filter(|(k, _)| k.as_str() > m).collect(),
        None => items,
    };
    let is_truncated = items.len() > max;
    items.truncate(max);
    let marker = if is_truncated {
        items.last().map(|(k, _)| k.clone())
    } else {
        None
    };
    Paged {
        items: items.into_iter().map(|(_, v)| v).collect(),
        is_truncated,
        marker,
    }
}

/// `MaxItems` as IAM reads it: 100 by default.
pub(crate) fn page_size(max_items: Option<i32>) -> usize {
    max_items.map_or(100, |m| usize::try_from(m.max(1)).unwrap_or(100))
}

/// A path as IAM takes it: `/` by default; it must begin and end with `/` (the wire layer
/// checks the pattern).
pub(crate) fn path_or_default(path: Option<&str>) -> String {
    path.unwrap_or("/").to_string()
}

/// A user, group or role as records it owns see it: its id owns them, its name shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Owner {
    pub(crate) kind: crate::entities::OwnerKind,
    pub(crate) name: String,
    pub(crate) id: String,
}

impl Owner {
    /// The batch condition that this owner still exists (under whatever name), so that
    /// nothing is written for an owner deleted since it was read.
    pub(crate) fn exists(&self) -> crate::store::Condition {
        crate::store::Condition::Referenced {
            kind: owner_store_kind(self.kind),
            reference: self.id.clone(),
        }
    }
}

/// The store kind of users, groups or roles.
pub(crate) fn owner_store_kind(kind: crate::entities::OwnerKind) -> crate::store::Kind {
    match kind {
        crate::entities::OwnerKind::User => crate::store::Kind::User,
        crate::entities::OwnerKind::Group => crate::store::Kind::Group,
        crate::entities::OwnerKind::Role => crate::store::Kind::Role,
    }
}

impl<S: crate::store::Store> crate::service::Iam<S> {
    /// Authorize `operation` on the user, group or role `owner` names (with request-specific
    /// condition keys) and return it.
    pub(crate) async fn authorized_owner(
        &self,
        caller: &crate::service::Caller,
        kind: crate::entities::OwnerKind,
        operation: crate::Operation,
        owner: &str,
        extra: &[(String, iamd_policy::ContextValue)],
    ) -> Result<Owner, crate::error::CoreError> {
        use crate::entities::OwnerKind;
        let (name, id) = match kind {
            OwnerKind::User => {
                let u = self
                    .authorized_user_with(caller, operation, owner, extra)
                    .await?;
                (u.name, u.id)
            }
            OwnerKind::Group => {
                let g = self
                    .authorized_group_with(caller, operation, owner, extra)
                    .await?;
                (g.name, g.id)
            }
            OwnerKind::Role => {
                let r = self
                    .authorized_role_with(caller, operation, owner, extra)
                    .await?;
                (r.name, r.id)
            }
        };
        Ok(Owner { kind, name, id })
    }
}

/// A user's record: under its lower-cased name (names are unique case-insensitively), with its
/// id as reference (what owned records and [`Owner::exists`] look it up by).
pub(crate) fn user_record(
    user: &crate::entities::User,
) -> Result<crate::store::NewRecord, crate::error::CoreError> {
    let key = crate::entities::name_key(&user.name);
    crate::service::record(crate::store::Kind::User, &key, None, Some(&user.id), user)
}

/// A group's record, as [`user_record`].
pub(crate) fn group_record(
    group: &crate::entities::Group,
) -> Result<crate::store::NewRecord, crate::error::CoreError> {
    let key = crate::entities::name_key(&group.name);
    crate::service::record(
        crate::store::Kind::Group,
        &key,
        None,
        Some(&group.id),
        group,
    )
}

/// A role's record, as [`user_record`].
pub(crate) fn role_record(
    role: &crate::entities::Role,
) -> Result<crate::store::NewRecord, crate::error::CoreError> {
    let key = crate::entities::name_key(&role.name);
    crate::service::record(crate::store::Kind::Role, &key, None, Some(&role.id), role)
}

/// Entities that live under an IAM path (users, groups, roles), with what listing them needs.
pub(crate) trait UnderPath: serde::de::DeserializeOwned {
    const KIND: crate::store::Kind;
    /// The resource type in their ARNs (`user`).
    const ARN_KIND: &'static str;
    /// The operation that lists them (`ListUsers`).
    const LIST: crate::Operation;
    fn path(&self) -> &str;
}

impl UnderPath for crate::entities::User {
    const KIND: crate::store::Kind = crate::store::Kind::User;
    const ARN_KIND: &'static str = "user";
    const LIST: crate::Operation = crate::Operation::ListUsers;
    fn path(&self) -> &str {
        &self.path
    }
}

impl UnderPath for crate::entities::Group {
    const KIND: crate::store::Kind = crate::store::Kind::Group;
    const ARN_KIND: &'static str = "group";
    const LIST: crate::Operation = crate::Operation::ListGroups;
    fn path(&self) -> &str {
        &self.path
    }
}

impl UnderPath for crate::entities::Role {
    const KIND: crate::store::Kind = crate::store::Kind::Role;
    const ARN_KIND: &'static str = "role";
    const LIST: crate::Operation = crate::Operation::ListRoles;
    fn path(&self) -> &str {
        &self.path
    }
}

impl<S: crate::store::Store> crate::service::Iam<S> {
    /// ListUsers / ListGroups / ListRoles: authorized against the path prefix's ARN (IAM's
    /// AccessDenied for these names `arn:aws:iam::ACCT:user/`, so `Resource: "*"` and `user/*`
    /// both grant them), then a page of the entities under the prefix, in name order.
    pub(crate) async fn list_under_path<T: UnderPath>(
        &self,
        caller: &crate::service::Caller,
        path_prefix: Option<&str>,
        marker: Option<&str>,
        max_items: Option<i32>,
    ) -> Result<Paged<T>, crate::error::CoreError> {
        let prefix = path_prefix.unwrap_or("/");
        let listed = format!("arn:aws:iam::{}:{}{prefix}", self.account, T::ARN_KIND);
        self.authorize(caller, T::LIST, &listed).await?;
        // Read only what the page needs: from the marker on, a store page at a time, until
        // one more entity than the page holds shows whether it is truncated.
        let max = page_size(max_items);
        let mut items = Vec::new();
        let mut after = marker.map(str::to_string);
        loop {
            let page = self
                .store
                .list(
                    &self.account,
                    &crate::store::Query {
                        after: after.clone(),
                        limit: u32::try_from(max + 1).unwrap_or(u32::MAX),
                        ..crate::store::Query::all(T::KIND)
                    },
                )
                .await?;
            for r in page.records {
                let e: T = crate::service::decode(&r.data)?;
                if e.path().starts_with(prefix) {
                    items.push((r.key, e));
                }
            }
            if items.len() > max || page.next.is_none() {
                break;
            }
            after = page.next;
        }
        Ok(paginate(items, None, max_items))
    }
}
