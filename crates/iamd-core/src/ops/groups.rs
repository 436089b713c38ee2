//! Groups: CreateGroup, GetGroup, ListGroups, DeleteGroup, AddUserToGroup,
//! RemoveUserFromGroup, ListGroupsForUser.

use crate::Operation;
use crate::entities::{Group, Membership, User, membership_key, name_key};
use crate::error::CoreError;
use crate::ids::{self, IdKind};
use crate::ops::users::no_such_user;
use crate::ops::{Paged, group_record, paginate, path_or_default};
use crate::service::{Caller, Iam, decode, record};
use crate::store::{Condition, Kind, Query, Store, StoreError, WriteBatch};

/// Groups a user can belong to (IAM and AWS STS quotas).
const GROUPS_PER_USER: u32 = 10;

impl<S: Store> Iam<S> {
    fn group_arn_for(&self, path: &str, name: &str) -> String {
        format!("arn:aws:iam::{}:group{path}{name}", self.account)
    }

    pub(crate) async fn load_group(&self, name: &str) -> Result<Option<Group>, CoreError> {
        match self
            .store
            .get(&self.account, Kind::Group, &name_key(name))
            .await?
        {
            Some(r) => Ok(Some(decode(&r.data)?)),
            None => Ok(None),
        }
    }

    /// The group named `name`, authorizing `operation` on it first.
    pub(crate) async fn authorized_group(
        &self,
        caller: &Caller,
        operation: Operation,
        name: &str,
    ) -> Result<Group, CoreError> {
        self.authorized_group_with(caller, operation, name, &[])
            .await
    }

    /// As [`Iam::authorized_group`], with request-specific condition keys.
    pub(crate) async fn authorized_group_with(
        &self,
        caller: &Caller,
        operation: Operation,
        name: &str,
        extra: &[(String, iamd_policy::ContextValue)],
    ) -> Result<Group, CoreError> {
        let group = self.load_group(name).await?;
        let arn = match &group {
            Some(g) => g.arn(&self.account),
            None => self.group_arn_for("/", name),
        };
        self.authorize_with(caller, operation, &arn, extra).await?;
        group.ok_or_else(|| no_such_group(name))
    }

    pub async fn create_group(
        &self,
        caller: &Caller,
        name: &str,
        path: Option<&str>,
    ) -> Result<Group, CoreError> {
        let path = path_or_default(path);
        self.authorize(
            caller,
            Operation::CreateGroup,
            &self.group_arn_for(&path, name),
        )
        .await?;
        let group = Group {
            name: name.to_string(),
            id: ids::new_id(IdKind::Group)?,
            path,
            create_date: self.now(),
        };
        let key = name_key(name);
        self.write(
            WriteBatch::new()
                .require(Condition::Absent {
                    kind: Kind::Group,
                    key: key.clone(),
                })
                .put(group_record(&group)?),
        )
        .await
        .map_err(|e| match e {
            StoreError::ConditionFailed { .. } => {
                CoreError::EntityAlreadyExists(format!("Group with name {name} already exists."))
            }
            other => other.into(),
        })?;
        Ok(group)
    }

    /// GetGroup: the group and a page of its users.
    pub async fn get_group(
        &self,
        caller: &Caller,
        name: &str,
        marker: Option<&str>,
        max_items: Option<i32>,
    ) -> Result<(Group, Paged<User>), CoreError> {
        let group = self
            .authorized_group(caller, Operation::GetGroup, name)
            .await?;
        let members = self
            .store
            .list(
                &self.account,
                &Query {
                    reference: Some(group.id.clone()),
                    ..Query::all(Kind::Membership)
                },
            )
            .await?;
        let mut users = Vec::new();
        for r in members.records {
            // The member is the user whose id owns the membership, under its name now.
            let Some(user_id) = r.owner.as_deref() else {
                continue;
            };
            if let Some(u) = self.entity_by_id::<User>(Kind::User, user_id).await? {
                users.push((name_key(&u.name), u));
            }
        }
        users.sort_by(|a, b| a.0.cmp(&b.0));
        Ok((group, paginate(users, marker, max_items)))
    }

    pub async fn list_groups(
        &self,
        caller: &Caller,
        path_prefix: Option<&str>,
        marker: Option<&str>,
        max_items: Option<i32>,
    ) -> Result<Paged<Group>, CoreError> {
        self.list_under_path(caller, path_prefix, marker, max_items)
            .await
    }

    pub async fn delete_group(&self, caller: &Caller, name: &str) -> Result<(), CoreError> {
        let group = self
            .authorized_group(caller, Operation::DeleteGroup, name)
            .await?;
        let key = name_key(&group.name);
        let owner = group.id.clone();
        let checks = [
            (
                Condition::NoneReferencing {
                    kind: Kind::Membership,
                    reference: group.id.clone(),
                },
                "Cannot delete entity, must remove users from group first.",
            ),
            (
                Condition::NoneOwned {
                    kind: Kind::InlinePolicy,
                    owner: owner.clone(),
                },
                "Cannot delete entity, must delete policies first.",
            ),
            (
                Condition::NoneOwned {
                    kind: Kind::Attachment,
                    owner,
                },
                "Cannot delete entity, must detach all policies first.",
            ),
        ];
        let mut batch = WriteBatch::new();
        for (c, _) in &checks {
            batch = batch.require(c.clone());
        }
        // The name still belongs to the group checked (not to one created again since).
        batch = batch.require(Condition::Identity {
            kind: Kind::Group,
            key: key.clone(),
            reference: group.id.clone(),
        });
        self.write(batch.delete(Kind::Group, key))
            .await
            .map_err(|e| match e {
                StoreError::ConditionFailed { index } if index == checks.len() => {
                    no_such_group(name)
                }
                StoreError::ConditionFailed { index } => checks.get(index).map_or_else(
                    || CoreError::from(StoreError::ConditionFailed { index }),
                    |(_, m)| CoreError::DeleteConflict((*m).to_string()),
                ),
                other => other.into(),
            })
    }

    pub async fn add_user_to_group(
        &self,
        caller: &Caller,
        group: &str,
        user: &str,
    ) -> Result<(), CoreError> {
        let g = self
            .authorized_group(caller, Operation::AddUserToGroup, group)
            .await?;
        let u = self
            .load_user(user)
            .await?
            .ok_or_else(|| no_such_user(user))?;
        let key = membership_key(&u.id, &g.id);
        if self
            .store
            .get(&self.account, Kind::Membership, &key)
            .await?
            .is_some()
        {
            return Ok(());
        }
        let m = Membership {
            user: u.name.clone(),
            group: g.name.clone(),
        };
        // Checked where the membership commits: the quota, and that the user and the group
        // still exist (a membership of a deleted one would pass to nobody, but would block
        // nothing either and linger).
        self.write(
            WriteBatch::new()
                .require(Condition::OwnerCountBelow {
                    kind: Kind::Membership,
                    owner: u.id.clone(),
                    limit: GROUPS_PER_USER,
                })
                .require(Condition::Referenced {
                    kind: Kind::User,
                    reference: u.id.clone(),
                })
                .require(Condition::Referenced {
                    kind: Kind::Group,
                    reference: g.id.clone(),
                })
                .put(record(
                    Kind::Membership,
                    &key,
                    Some(&u.id),
                    Some(&g.id),
                    &m,
                )?),
        )
        .await
        .map_err(|e| match e {
            StoreError::ConditionFailed { index: 0 } => CoreError::LimitExceeded(format!(
                "Cannot exceed quota for GroupsPerUser: {GROUPS_PER_USER}"
            )),
            StoreError::ConditionFailed { index: 1 } => no_such_user(&u.name),
            StoreError::ConditionFailed { .. } => no_such_group(&g.name),
            other => other.into(),
        })
    }

    pub async fn remove_user_from_group(
        &self,
        caller: &Caller,
        group: &str,
        user: &str,
    ) -> Result<(), CoreError> {
        let g = self
            .authorized_group(caller, Operation::RemoveUserFromGroup, group)
            .await?;
        let u = self
            .load_user(user)
            .await?
            .ok_or_else(|| no_such_user(user))?;
        let key = membership_key(&u.id, &g.id);
        if self
            .store
            .get(&self.account, Kind::Membership, &key)
            .await?
            .is_none()
        {
            return Err(CoreError::NoSuchEntity(format!(
                "The user with name {} cannot be found in group {}.",
                u.name, g.name
            )));
        }
        self.write(WriteBatch::new().delete(Kind::Membership, key))
            .await
            .map_err(Into::into)
    }

    /// The groups the user with id `user_id` belongs to, in name order.
    pub(crate) async fn groups_of(&self, user_id: &str) -> Result<Vec<Group>, CoreError> {
        let page = self
            .store
            .list(
                &self.account,
                &Query {
                    owner: Some(user_id.to_string()),
                    ..Query::all(Kind::Membership)
                },
            )
            .await?;
        let mut groups = Vec::new();
        for r in page.records {
            if let Some(group_id) = r.reference.as_deref()
                && let Some(g) = self.entity_by_id::<Group>(Kind::Group, group_id).await?
            {
                groups.push(g);
            }
        }
        groups.sort_by_key(|g| name_key(&g.name));
        Ok(groups)
    }

    pub async fn list_groups_for_user(
        &self,
        caller: &Caller,
        user: &str,
        marker: Option<&str>,
        max_items: Option<i32>,
    ) -> Result<Paged<Group>, CoreError> {
        let u = self
            .authorized_user(caller, Operation::ListGroupsForUser, user)
            .await?;
        let groups = self
            .groups_of(&u.id)
            .await?
            .into_iter()
            .map(|g| (name_key(&g.name), g))
            .collect();
        Ok(paginate(groups, marker, max_items))
    }
}

pub(crate) fn no_such_group(name: &str) -> CoreError {
    CoreError::NoSuchEntity(format!("The group with name {name} cannot be found."))
}
