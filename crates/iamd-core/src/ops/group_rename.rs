//! UpdateGroup: rename a group and/or move it to another path. Members, inline policies and
//! attachments are owned by the group's id, so only the group record moves; policies naming
//! the old ARN are not rewritten (IAM User Guide, "Renaming an IAM user group").

use crate::entities::{Group, name_key};
use crate::error::CoreError;
use crate::ops::group_record;
use crate::ops::groups::no_such_group;
use crate::service::{Caller, Iam};
use crate::store::{Condition, Kind, Store, StoreError, WriteBatch};

impl<S: Store> Iam<S> {
    /// UpdateGroup. The caller needs `iam:UpdateGroup` on the old and the new ARN.
    pub async fn update_group(
        &self,
        caller: &Caller,
        name: &str,
        new_path: Option<&str>,
        new_name: Option<&str>,
    ) -> Result<(), CoreError> {
        let group = self
            .authorized_group(caller, crate::Operation::UpdateGroup, name)
            .await?;
        let mut updated: Group = group.clone();
        if let Some(p) = new_path {
            updated.path = p.to_string();
        }
        if let Some(n) = new_name {
            updated.name = n.to_string();
        }
        if updated.arn(&self.account) != group.arn(&self.account) {
            self.authorize(
                caller,
                crate::Operation::UpdateGroup,
                &updated.arn(&self.account),
            )
            .await?;
        }
        let old_key = name_key(&group.name);
        let new_key = name_key(&updated.name);
        // [0] the name still belongs to the group read (not to one created again since).
        let mut batch = WriteBatch::new().require(Condition::Identity {
            kind: Kind::Group,
            key: old_key.clone(),
            reference: group.id.clone(),
        });
        if new_key != old_key {
            // [1] the new name is free.
            batch = batch
                .require(Condition::Absent {
                    kind: Kind::Group,
                    key: new_key,
                })
                .delete(Kind::Group, old_key);
        }
        self.write(batch.put(group_record(&updated)?))
            .await
            .map_err(|e| match e {
                StoreError::ConditionFailed { index: 0 } => no_such_group(name),
                StoreError::ConditionFailed { .. } => CoreError::EntityAlreadyExists(format!(
                    "Group with name {} already exists.",
                    updated.name
                )),
                other => other.into(),
            })
    }
}
