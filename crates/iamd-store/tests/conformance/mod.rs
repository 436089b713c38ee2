//! Behaviour every `Store` backend must have. Each function takes a fresh, empty store; a
//! backend's test file calls every one of them (see `conformance_tests!` in `sqlite.rs` and
//! `postgres.rs`).

use std::sync::Arc;

use iamd_core::store::{
    Condition, Kind, NewRecord, Page, Query, Record, Store, StoreError, WriteBatch,
};

pub const ACCOUNT: &str = "123456789012";
pub const OTHER_ACCOUNT: &str = "210987654321";

pub fn new_record(kind: Kind, key: &str, data: &str) -> NewRecord {
    NewRecord {
        kind,
        key: key.to_owned(),
        owner: None,
        reference: None,
        data: data.to_owned(),
    }
}

pub fn owned(kind: Kind, key: &str, owner: &str, data: &str) -> NewRecord {
    NewRecord {
        owner: Some(owner.to_owned()),
        ..new_record(kind, key, data)
    }
}

pub fn referencing(kind: Kind, key: &str, owner: &str, reference: &str) -> NewRecord {
    NewRecord {
        owner: Some(owner.to_owned()),
        reference: Some(reference.to_owned()),
        ..new_record(kind, key, "{}")
    }
}

pub async fn put(store: &impl Store, account: &str, record: NewRecord) {
    store
        .write(account, WriteBatch::new().put(record))
        .await
        .unwrap();
}

async fn keys(store: &impl Store, account: &str, query: &Query) -> Vec<String> {
    let page = store.list(account, query).await.unwrap();
    page.records.into_iter().map(|r| r.key).collect()
}

fn failed_at(result: Result<(), StoreError>) -> usize {
    match result {
        Err(StoreError::ConditionFailed { index }) => index,
        other => panic!("expected a failed condition, got {other:?}"),
    }
}

pub async fn get_put_delete_round_trip(store: &impl Store) {
    assert_eq!(store.get(ACCOUNT, Kind::User, "alice").await.unwrap(), None);

    let mut record = referencing(Kind::User, "alice", "owner-x", "ref-y");
    record.data = r#"{"UserName":"Alice"}"#.to_owned();
    put(store, ACCOUNT, record).await;
    assert_eq!(
        store.get(ACCOUNT, Kind::User, "alice").await.unwrap(),
        Some(Record {
            account: ACCOUNT.to_owned(),
            kind: Kind::User,
            key: "alice".to_owned(),
            owner: Some("owner-x".to_owned()),
            reference: Some("ref-y".to_owned()),
            data: r#"{"UserName":"Alice"}"#.to_owned(),
            version: 1,
        })
    );

    store
        .write(ACCOUNT, WriteBatch::new().delete(Kind::User, "alice"))
        .await
        .unwrap();
    assert_eq!(store.get(ACCOUNT, Kind::User, "alice").await.unwrap(), None);

    // Deleting a missing key is a no-op, not an error.
    store
        .write(ACCOUNT, WriteBatch::new().delete(Kind::User, "nobody"))
        .await
        .unwrap();
}

pub async fn kinds_are_separate(store: &impl Store) {
    put(store, ACCOUNT, new_record(Kind::User, "admins", "user")).await;
    put(store, ACCOUNT, new_record(Kind::Group, "admins", "group")).await;
    let user = store.get(ACCOUNT, Kind::User, "admins").await.unwrap();
    let group = store.get(ACCOUNT, Kind::Group, "admins").await.unwrap();
    assert_eq!(
        user.map(|r| (r.kind, r.data)),
        Some((Kind::User, "user".to_owned()))
    );
    assert_eq!(
        group.map(|r| (r.kind, r.data)),
        Some((Kind::Group, "group".to_owned()))
    );
    assert_eq!(
        store.get(ACCOUNT, Kind::Role, "admins").await.unwrap(),
        None
    );

    store
        .write(ACCOUNT, WriteBatch::new().delete(Kind::User, "admins"))
        .await
        .unwrap();
    assert!(
        store
            .get(ACCOUNT, Kind::Group, "admins")
            .await
            .unwrap()
            .is_some()
    );
}

pub async fn every_kind_round_trips(store: &impl Store) {
    for kind in Kind::ALL {
        put(store, ACCOUNT, new_record(kind, "k", kind.as_str())).await;
    }
    for kind in Kind::ALL {
        let record = store.get(ACCOUNT, kind, "k").await.unwrap().unwrap();
        assert_eq!((record.kind, record.data.as_str()), (kind, kind.as_str()));
    }
}

pub async fn versions_count_puts(store: &impl Store) {
    put(
        store,
        ACCOUNT,
        owned(Kind::AccessKey, "AKIA1", "alice", "v1"),
    )
    .await;
    put(
        store,
        ACCOUNT,
        owned(Kind::AccessKey, "AKIA1", "alice", "v2"),
    )
    .await;
    put(store, ACCOUNT, new_record(Kind::AccessKey, "AKIA1", "v3")).await;
    let record = store
        .get(ACCOUNT, Kind::AccessKey, "AKIA1")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(record.version, 3);
    assert_eq!(record.data, "v3");
    // A put replaces the whole record, owner included.
    assert_eq!(record.owner, None);

    // Other keys keep their own versions.
    put(store, ACCOUNT, new_record(Kind::AccessKey, "AKIA2", "x")).await;
    let other = store
        .get(ACCOUNT, Kind::AccessKey, "AKIA2")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(other.version, 1);

    // A deleted and re-created record starts again at 1.
    store
        .write(ACCOUNT, WriteBatch::new().delete(Kind::AccessKey, "AKIA1"))
        .await
        .unwrap();
    put(
        store,
        ACCOUNT,
        new_record(Kind::AccessKey, "AKIA1", "again"),
    )
    .await;
    let record = store
        .get(ACCOUNT, Kind::AccessKey, "AKIA1")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(record.version, 1);
}

pub async fn batch_applies_every_change(store: &impl Store) {
    put(store, ACCOUNT, new_record(Kind::User, "old", "old")).await;
    store
        .write(
            ACCOUNT,
            WriteBatch::new()
                .delete(Kind::User, "old")
                .put(new_record(Kind::User, "new", "new"))
                .put(referencing(Kind::Membership, "new/devs", "new", "devs")),
        )
        .await
        .unwrap();
    assert_eq!(store.get(ACCOUNT, Kind::User, "old").await.unwrap(), None);
    assert!(
        store
            .get(ACCOUNT, Kind::User, "new")
            .await
            .unwrap()
            .is_some()
    );
    assert!(
        store
            .get(ACCOUNT, Kind::Membership, "new/devs")
            .await
            .unwrap()
            .is_some()
    );
}

pub async fn condition_absent(store: &impl Store) {
    let absent = || Condition::Absent {
        kind: Kind::User,
        key: "alice".to_owned(),
    };
    store
        .write(
            ACCOUNT,
            WriteBatch::new()
                .require(absent())
                .put(new_record(Kind::User, "alice", "first")),
        )
        .await
        .unwrap();
    let result = store
        .write(
            ACCOUNT,
            WriteBatch::new()
                .require(absent())
                .put(new_record(Kind::User, "alice", "second")),
        )
        .await;
    assert_eq!(failed_at(result), 0);
    let record = store
        .get(ACCOUNT, Kind::User, "alice")
        .await
        .unwrap()
        .unwrap();
    assert_eq!((record.data.as_str(), record.version), ("first", 1));

    // Absent looks at this kind only.
    store
        .write(
            ACCOUNT,
            WriteBatch::new().require(Condition::Absent {
                kind: Kind::Group,
                key: "alice".to_owned(),
            }),
        )
        .await
        .unwrap();
}

pub async fn condition_version(store: &impl Store) {
    let at = |version| Condition::Version {
        kind: Kind::ManagedPolicy,
        key: "/p".to_owned(),
        version,
    };
    // A missing record has no version.
    let result = store
        .write(
            ACCOUNT,
            WriteBatch::new()
                .require(at(1))
                .put(new_record(Kind::ManagedPolicy, "/p", "x")),
        )
        .await;
    assert_eq!(failed_at(result), 0);
    assert_eq!(
        store.get(ACCOUNT, Kind::ManagedPolicy, "/p").await.unwrap(),
        None
    );

    put(store, ACCOUNT, new_record(Kind::ManagedPolicy, "/p", "v1")).await;
    store
        .write(
            ACCOUNT,
            WriteBatch::new()
                .require(at(1))
                .put(new_record(Kind::ManagedPolicy, "/p", "v2")),
        )
        .await
        .unwrap();
    // A stale version fails.
    let result = store
        .write(
            ACCOUNT,
            WriteBatch::new()
                .require(at(1))
                .put(new_record(Kind::ManagedPolicy, "/p", "lost")),
        )
        .await;
    assert_eq!(failed_at(result), 0);
    let record = store
        .get(ACCOUNT, Kind::ManagedPolicy, "/p")
        .await
        .unwrap()
        .unwrap();
    assert_eq!((record.data.as_str(), record.version), ("v2", 2));

    // The current version holds for a delete too.
    store
        .write(
            ACCOUNT,
            WriteBatch::new()
                .require(at(2))
                .delete(Kind::ManagedPolicy, "/p"),
        )
        .await
        .unwrap();
    assert_eq!(
        store.get(ACCOUNT, Kind::ManagedPolicy, "/p").await.unwrap(),
        None
    );
}

pub async fn condition_owner_count_below(store: &impl Store) {
    let below = |limit| Condition::OwnerCountBelow {
        kind: Kind::AccessKey,
        owner: "alice".to_owned(),
        limit,
    };
    // Other owners and other kinds do not count.
    put(store, ACCOUNT, owned(Kind::AccessKey, "AKIAB", "bob", "")).await;
    put(store, ACCOUNT, owned(Kind::MfaDevice, "mfa", "alice", "")).await;
    put(
        store,
        OTHER_ACCOUNT,
        owned(Kind::AccessKey, "AKIAX", "alice", ""),
    )
    .await;
    put(
        store,
        OTHER_ACCOUNT,
        owned(Kind::AccessKey, "AKIAY", "alice", ""),
    )
    .await;

    assert_eq!(
        failed_at(
            store
                .write(ACCOUNT, WriteBatch::new().require(below(0)))
                .await
        ),
        0
    );
    for key in ["AKIA1", "AKIA2"] {
        store
            .write(
                ACCOUNT,
                WriteBatch::new()
                    .require(below(2))
                    .put(owned(Kind::AccessKey, key, "alice", "")),
            )
            .await
            .unwrap();
    }
    let result = store
        .write(
            ACCOUNT,
            WriteBatch::new()
                .require(below(2))
                .put(owned(Kind::AccessKey, "AKIA3", "alice", "")),
        )
        .await;
    assert_eq!(failed_at(result), 0);
    assert_eq!(
        store
            .count(ACCOUNT, Kind::AccessKey, Some("alice"))
            .await
            .unwrap(),
        2
    );
    store
        .write(ACCOUNT, WriteBatch::new().require(below(3)))
        .await
        .unwrap();
}

pub async fn condition_none_owned(store: &impl Store) {
    let none_owned = || Condition::NoneOwned {
        kind: Kind::InlinePolicy,
        owner: "user/alice".to_owned(),
    };
    put(
        store,
        ACCOUNT,
        owned(Kind::InlinePolicy, "user/bob/p", "user/bob", ""),
    )
    .await;
    put(
        store,
        ACCOUNT,
        owned(Kind::Attachment, "user/alice/a", "user/alice", ""),
    )
    .await;
    store
        .write(
            ACCOUNT,
            WriteBatch::new()
                .require(none_owned())
                .delete(Kind::User, "alice"),
        )
        .await
        .unwrap();

    put(
        store,
        ACCOUNT,
        owned(Kind::InlinePolicy, "user/alice/p", "user/alice", ""),
    )
    .await;
    let result = store
        .write(
            ACCOUNT,
            WriteBatch::new()
                .require(none_owned())
                .delete(Kind::User, "alice"),
        )
        .await;
    assert_eq!(failed_at(result), 0);
}

pub async fn condition_none_referencing(store: &impl Store) {
    let unreferenced = || Condition::NoneReferencing {
        kind: Kind::Membership,
        reference: "devs".to_owned(),
    };
    put(store, ACCOUNT, new_record(Kind::Group, "devs", "")).await;
    put(
        store,
        ACCOUNT,
        referencing(Kind::Membership, "alice/ops", "alice", "ops"),
    )
    .await;
    put(
        store,
        ACCOUNT,
        referencing(Kind::Attachment, "a", "group/x", "devs"),
    )
    .await;
    store
        .write(ACCOUNT, WriteBatch::new().require(unreferenced()))
        .await
        .unwrap();

    put(
        store,
        ACCOUNT,
        referencing(Kind::Membership, "alice/devs", "alice", "devs"),
    )
    .await;
    let result = store
        .write(
            ACCOUNT,
            WriteBatch::new()
                .require(unreferenced())
                .delete(Kind::Group, "devs"),
        )
        .await;
    assert_eq!(failed_at(result), 0);
    assert!(
        store
            .get(ACCOUNT, Kind::Group, "devs")
            .await
            .unwrap()
            .is_some()
    );
}

pub async fn condition_exists(store: &impl Store) {
    let exists = || Condition::Exists {
        kind: Kind::ManagedPolicy,
        key: "/p".to_owned(),
    };
    // Missing: the batch fails and applies nothing.
    let result = store
        .write(
            ACCOUNT,
            WriteBatch::new().require(exists()).put(referencing(
                Kind::Attachment,
                "u|p",
                "u",
                "/p",
            )),
        )
        .await;
    assert_eq!(failed_at(result), 0);
    assert!(
        store
            .get(ACCOUNT, Kind::Attachment, "u|p")
            .await
            .unwrap()
            .is_none()
    );

    // Present at any version: it holds.
    put(store, ACCOUNT, new_record(Kind::ManagedPolicy, "/p", "v1")).await;
    put(store, ACCOUNT, new_record(Kind::ManagedPolicy, "/p", "v2")).await;
    store
        .write(
            ACCOUNT,
            WriteBatch::new().require(exists()).put(referencing(
                Kind::Attachment,
                "u|p",
                "u",
                "/p",
            )),
        )
        .await
        .unwrap();

    // Exists looks at this kind and account only.
    for (account, kind) in [(ACCOUNT, Kind::Group), (OTHER_ACCOUNT, Kind::ManagedPolicy)] {
        let result = store
            .write(
                account,
                WriteBatch::new().require(Condition::Exists {
                    kind,
                    key: "/p".to_owned(),
                }),
            )
            .await;
        assert_eq!(failed_at(result), 0);
    }

    // Deleted: it fails again.
    store
        .write(ACCOUNT, WriteBatch::new().delete(Kind::ManagedPolicy, "/p"))
        .await
        .unwrap();
    let result = store
        .write(ACCOUNT, WriteBatch::new().require(exists()))
        .await;
    assert_eq!(failed_at(result), 0);
}

pub async fn condition_referenced(store: &impl Store) {
    let referenced = || Condition::Referenced {
        kind: Kind::User,
        reference: "AIDA1".to_owned(),
    };
    // No user has the id: the batch fails and applies nothing.
    let result = store
        .write(
            ACCOUNT,
            WriteBatch::new().require(referenced()).put(owned(
                Kind::InlinePolicy,
                "AIDA1/p",
                "AIDA1",
                "{}",
            )),
        )
        .await;
    assert_eq!(failed_at(result), 0);
    assert!(
        store
            .get(ACCOUNT, Kind::InlinePolicy, "AIDA1/p")
            .await
            .unwrap()
            .is_none()
    );

    // The user record carries its id as reference, under whatever key (name) it has now.
    put(
        store,
        ACCOUNT,
        referencing(Kind::User, "alice", "", "AIDA1"),
    )
    .await;
    store
        .write(
            ACCOUNT,
            WriteBatch::new().require(referenced()).put(owned(
                Kind::InlinePolicy,
                "AIDA1/p",
                "AIDA1",
                "{}",
            )),
        )
        .await
        .unwrap();
    store
        .write(
            ACCOUNT,
            WriteBatch::new()
                .delete(Kind::User, "alice")
                .put(referencing(Kind::User, "alice-old", "", "AIDA1")),
        )
        .await
        .unwrap();
    store
        .write(ACCOUNT, WriteBatch::new().require(referenced()))
        .await
        .unwrap();

    // Another kind or another account with that reference does not count.
    put(
        store,
        OTHER_ACCOUNT,
        referencing(Kind::User, "bob", "", "AIDA2"),
    )
    .await;
    put(
        store,
        ACCOUNT,
        referencing(Kind::Membership, "x/AIDA2", "x", "AIDA2"),
    )
    .await;
    let result = store
        .write(
            ACCOUNT,
            WriteBatch::new().require(Condition::Referenced {
                kind: Kind::User,
                reference: "AIDA2".to_owned(),
            }),
        )
        .await;
    assert_eq!(failed_at(result), 0);

    // Deleted (a name created again has another id): it fails.
    store
        .write(
            ACCOUNT,
            WriteBatch::new()
                .delete(Kind::User, "alice-old")
                .put(referencing(Kind::User, "alice-old", "", "AIDA3")),
        )
        .await
        .unwrap();
    let result = store
        .write(ACCOUNT, WriteBatch::new().require(referenced()))
        .await;
    assert_eq!(failed_at(result), 0);
}

pub async fn condition_identity(store: &impl Store) {
    let identity = |reference: &str| Condition::Identity {
        kind: Kind::User,
        key: "alice".to_owned(),
        reference: reference.to_owned(),
    };
    // Missing record: fails.
    let result = store
        .write(ACCOUNT, WriteBatch::new().require(identity("AIDA1")))
        .await;
    assert_eq!(failed_at(result), 0);

    put(
        store,
        ACCOUNT,
        referencing(Kind::User, "alice", "", "AIDA1"),
    )
    .await;
    store
        .write(ACCOUNT, WriteBatch::new().require(identity("AIDA1")))
        .await
        .unwrap();
    // Another reference under that key (the name created again): fails, applies nothing.
    let result = store
        .write(
            ACCOUNT,
            WriteBatch::new()
                .require(identity("AIDA2"))
                .delete(Kind::User, "alice"),
        )
        .await;
    assert_eq!(failed_at(result), 0);
    assert!(
        store
            .get(ACCOUNT, Kind::User, "alice")
            .await
            .unwrap()
            .is_some()
    );
    // A record without a reference, another kind or another account: fails.
    put(store, ACCOUNT, new_record(Kind::Group, "alice", "")).await;
    put(
        store,
        OTHER_ACCOUNT,
        referencing(Kind::User, "alice", "", "AIDA3"),
    )
    .await;
    for (account, kind, reference) in [
        (ACCOUNT, Kind::Group, "AIDA1"),
        (ACCOUNT, Kind::Role, "AIDA1"),
        (ACCOUNT, Kind::User, "AIDA3"),
    ] {
        let result = store
            .write(
                account,
                WriteBatch::new().require(Condition::Identity {
                    kind,
                    key: "alice".to_owned(),
                    reference: reference.to_owned(),
                }),
            )
            .await;
        assert_eq!(failed_at(result), 0, "{kind:?} {reference}");
    }
}

pub async fn failing_batch_applies_nothing(store: &impl Store) {
    put(store, ACCOUNT, new_record(Kind::User, "alice", "alice")).await;
    put(
        store,
        ACCOUNT,
        owned(Kind::AccessKey, "AKIA1", "alice", "key"),
    )
    .await;
    let generation = store.generation(ACCOUNT).await.unwrap();

    let batch = WriteBatch::new()
        .require(Condition::Absent {
            kind: Kind::User,
            key: "bob".to_owned(),
        })
        .require(Condition::Version {
            kind: Kind::User,
            key: "alice".to_owned(),
            version: 1,
        })
        .require(Condition::NoneOwned {
            kind: Kind::AccessKey,
            owner: "alice".to_owned(),
        })
        .require(Condition::Absent {
            kind: Kind::User,
            key: "alice".to_owned(),
        })
        .put(new_record(Kind::User, "bob", "bob"))
        .put(new_record(Kind::User, "alice", "changed"))
        .delete(Kind::AccessKey, "AKIA1");
    // The first condition that fails is reported, not a later one.
    assert_eq!(failed_at(store.write(ACCOUNT, batch).await), 2);

    assert_eq!(store.get(ACCOUNT, Kind::User, "bob").await.unwrap(), None);
    let alice = store
        .get(ACCOUNT, Kind::User, "alice")
        .await
        .unwrap()
        .unwrap();
    assert_eq!((alice.data.as_str(), alice.version), ("alice", 1));
    assert!(
        store
            .get(ACCOUNT, Kind::AccessKey, "AKIA1")
            .await
            .unwrap()
            .is_some()
    );
    assert_eq!(store.generation(ACCOUNT).await.unwrap(), generation);
}

pub async fn conditions_see_the_state_before_the_batch(store: &impl Store) {
    // A batch's own puts do not count against its conditions.
    store
        .write(
            ACCOUNT,
            WriteBatch::new()
                .require(Condition::OwnerCountBelow {
                    kind: Kind::AccessKey,
                    owner: "alice".to_owned(),
                    limit: 1,
                })
                .put(owned(Kind::AccessKey, "AKIA1", "alice", ""))
                .put(owned(Kind::AccessKey, "AKIA2", "alice", "")),
        )
        .await
        .unwrap();
    assert_eq!(
        store
            .count(ACCOUNT, Kind::AccessKey, Some("alice"))
            .await
            .unwrap(),
        2
    );
}

pub async fn list_in_key_order(store: &impl Store) {
    for key in ["carol", "alice", "Zed", "bob", "alice2", "é", "~"] {
        put(store, ACCOUNT, new_record(Kind::User, key, key)).await;
    }
    put(store, ACCOUNT, new_record(Kind::Group, "admins", "")).await;
    put(store, OTHER_ACCOUNT, new_record(Kind::User, "mallory", "")).await;

    let page = store.list(ACCOUNT, &Query::all(Kind::User)).await.unwrap();
    assert_eq!(page.next, None);
    let keys: Vec<&str> = page.records.iter().map(|r| r.key.as_str()).collect();
    // Bytewise (code point) order.
    assert_eq!(keys, ["Zed", "alice", "alice2", "bob", "carol", "~", "é"]);
    for record in &page.records {
        assert_eq!(record.account, ACCOUNT);
        assert_eq!(record.kind, Kind::User);
        assert_eq!(record.data, record.key);
        assert_eq!(record.version, 1);
    }

    assert_eq!(keys_of(store, Kind::Group).await, ["admins"]);
    assert!(keys_of(store, Kind::Role).await.is_empty());
}

async fn keys_of(store: &impl Store, kind: Kind) -> Vec<String> {
    keys(store, ACCOUNT, &Query::all(kind)).await
}

pub async fn list_filters(store: &impl Store) {
    put(
        store,
        ACCOUNT,
        referencing(Kind::Attachment, "group/devs/p1", "group/devs", "arn:p1"),
    )
    .await;
    put(
        store,
        ACCOUNT,
        referencing(Kind::Attachment, "user/alice/p1", "user/alice", "arn:p1"),
    )
    .await;
    put(
        store,
        ACCOUNT,
        referencing(Kind::Attachment, "user/alice/p2", "user/alice", "arn:p2"),
    )
    .await;
    put(
        store,
        ACCOUNT,
        referencing(Kind::Attachment, "user/alice2/p1", "user/alice2", "arn:p1"),
    )
    .await;
    put(
        store,
        ACCOUNT,
        referencing(Kind::Attachment, "user/bob/p2", "user/bob", "arn:p2"),
    )
    .await;
    put(
        store,
        ACCOUNT,
        new_record(Kind::Attachment, "user/unowned", ""),
    )
    .await;
    // Same owner and reference, another kind.
    put(
        store,
        ACCOUNT,
        referencing(Kind::InlinePolicy, "user/alice/x", "user/alice", "arn:p1"),
    )
    .await;

    let query = |f: &dyn Fn(&mut Query)| {
        let mut q = Query::all(Kind::Attachment);
        f(&mut q);
        q
    };

    let by_owner = query(&|q| q.owner = Some("user/alice".to_owned()));
    assert_eq!(
        keys(store, ACCOUNT, &by_owner).await,
        ["user/alice/p1", "user/alice/p2"]
    );

    let by_reference = query(&|q| q.reference = Some("arn:p1".to_owned()));
    assert_eq!(
        keys(store, ACCOUNT, &by_reference).await,
        ["group/devs/p1", "user/alice/p1", "user/alice2/p1"]
    );

    let both = query(&|q| {
        q.owner = Some("user/alice".to_owned());
        q.reference = Some("arn:p2".to_owned());
    });
    assert_eq!(keys(store, ACCOUNT, &both).await, ["user/alice/p2"]);

    let by_prefix = query(&|q| q.key_prefix = Some("user/alice/".to_owned()));
    assert_eq!(
        keys(store, ACCOUNT, &by_prefix).await,
        ["user/alice/p1", "user/alice/p2"]
    );
    let by_short_prefix = query(&|q| q.key_prefix = Some("user/alice".to_owned()));
    assert_eq!(
        keys(store, ACCOUNT, &by_short_prefix).await,
        ["user/alice/p1", "user/alice/p2", "user/alice2/p1"]
    );
    // A prefix is literal: no pattern characters, and case matters.
    for literal in ["user/%", "user/_lice", "USER/"] {
        let q = query(&|q| q.key_prefix = Some(literal.to_owned()));
        assert!(keys(store, ACCOUNT, &q).await.is_empty(), "{literal}");
    }
    let everything = query(&|q| q.key_prefix = Some(String::new()));
    assert_eq!(keys(store, ACCOUNT, &everything).await.len(), 6);

    let after = query(&|q| q.after = Some("user/alice/p2".to_owned()));
    assert_eq!(
        keys(store, ACCOUNT, &after).await,
        ["user/alice2/p1", "user/bob/p2", "user/unowned"]
    );
    // `after` need not be a stored key.
    let after_missing = query(&|q| q.after = Some("user/b".to_owned()));
    assert_eq!(
        keys(store, ACCOUNT, &after_missing).await,
        ["user/bob/p2", "user/unowned"]
    );

    let combined = query(&|q| {
        q.reference = Some("arn:p1".to_owned());
        q.key_prefix = Some("user/".to_owned());
        q.after = Some("user/alice/p1".to_owned());
    });
    assert_eq!(keys(store, ACCOUNT, &combined).await, ["user/alice2/p1"]);

    let nobody = query(&|q| q.owner = Some("user/nobody".to_owned()));
    assert_eq!(store.list(ACCOUNT, &nobody).await.unwrap(), Page::default());
}

pub async fn list_pages(store: &impl Store) {
    let all: Vec<String> = (0..7).map(|i| format!("user/u{i}")).collect();
    for key in &all {
        put(store, ACCOUNT, owned(Kind::User, key, "o", "")).await;
    }
    put(store, ACCOUNT, owned(Kind::User, "user/x", "other", "")).await;

    for limit in 1..=8 {
        let mut query = Query::all(Kind::User);
        query.owner = Some("o".to_owned());
        query.limit = limit;
        let mut seen = Vec::new();
        loop {
            let page = store.list(ACCOUNT, &query).await.unwrap();
            assert!(page.records.len() <= limit as usize);
            let keys: Vec<String> = page.records.iter().map(|r| r.key.clone()).collect();
            seen.extend(keys.iter().cloned());
            match page.next {
                Some(next) => {
                    // `next` is the last key returned, and only set when more follow.
                    assert_eq!(Some(&next), keys.last());
                    assert!(seen.len() < all.len());
                    query.after = Some(next);
                }
                None => break,
            }
        }
        assert_eq!(seen, all, "limit {limit}");
    }

    // An exact multiple ends with a full page and no `next`.
    let mut query = Query::all(Kind::User);
    query.key_prefix = Some("user/u".to_owned());
    query.limit = 7;
    let page = store.list(ACCOUNT, &query).await.unwrap();
    assert_eq!((page.records.len(), page.next), (7, None));
    query.limit = 6;
    let page = store.list(ACCOUNT, &query).await.unwrap();
    assert_eq!(
        (page.records.len(), page.next.as_deref()),
        (6, Some("user/u5"))
    );
}

pub async fn count_by_kind_and_owner(store: &impl Store) {
    assert_eq!(
        store.count(ACCOUNT, Kind::AccessKey, None).await.unwrap(),
        0
    );
    put(store, ACCOUNT, owned(Kind::AccessKey, "AKIA1", "alice", "")).await;
    put(store, ACCOUNT, owned(Kind::AccessKey, "AKIA2", "alice", "")).await;
    put(store, ACCOUNT, owned(Kind::AccessKey, "AKIA3", "bob", "")).await;
    put(store, ACCOUNT, new_record(Kind::AccessKey, "AKIA4", "")).await;
    put(store, ACCOUNT, owned(Kind::MfaDevice, "m", "alice", "")).await;
    put(
        store,
        OTHER_ACCOUNT,
        owned(Kind::AccessKey, "AKIA9", "alice", ""),
    )
    .await;

    assert_eq!(
        store.count(ACCOUNT, Kind::AccessKey, None).await.unwrap(),
        4
    );
    assert_eq!(
        store
            .count(ACCOUNT, Kind::AccessKey, Some("alice"))
            .await
            .unwrap(),
        2
    );
    assert_eq!(
        store
            .count(ACCOUNT, Kind::AccessKey, Some("bob"))
            .await
            .unwrap(),
        1
    );
    assert_eq!(
        store
            .count(ACCOUNT, Kind::AccessKey, Some("carol"))
            .await
            .unwrap(),
        0
    );
    assert_eq!(
        store.count(ACCOUNT, Kind::MfaDevice, None).await.unwrap(),
        1
    );
}

pub async fn generation_counts_writes(store: &impl Store) {
    assert_eq!(store.generation(ACCOUNT).await.unwrap(), 0);
    put(store, ACCOUNT, new_record(Kind::User, "alice", "")).await;
    assert_eq!(store.generation(ACCOUNT).await.unwrap(), 1);
    store
        .write(ACCOUNT, WriteBatch::new().delete(Kind::User, "alice"))
        .await
        .unwrap();
    assert_eq!(store.generation(ACCOUNT).await.unwrap(), 2);
    // A failed write changes nothing, so the generation stays.
    let result = store
        .write(
            ACCOUNT,
            WriteBatch::new()
                .require(Condition::Version {
                    kind: Kind::User,
                    key: "alice".to_owned(),
                    version: 1,
                })
                .put(new_record(Kind::User, "alice", "")),
        )
        .await;
    assert_eq!(failed_at(result), 0);
    assert_eq!(store.generation(ACCOUNT).await.unwrap(), 2);
    // Each account has its own.
    assert_eq!(store.generation(OTHER_ACCOUNT).await.unwrap(), 0);
    put(store, OTHER_ACCOUNT, new_record(Kind::User, "alice", "")).await;
    assert_eq!(store.generation(OTHER_ACCOUNT).await.unwrap(), 1);
    assert_eq!(store.generation(ACCOUNT).await.unwrap(), 2);
}

pub async fn replace_account_swaps_everything(store: &impl Store) {
    put(store, ACCOUNT, new_record(Kind::User, "alice", "old alice")).await;
    put(
        store,
        ACCOUNT,
        owned(Kind::AccessKey, "AKIA1", "alice", "k"),
    )
    .await;
    put(
        store,
        OTHER_ACCOUNT,
        new_record(Kind::User, "alice", "theirs"),
    )
    .await;
    let before = store.generation(ACCOUNT).await.unwrap();

    store
        .replace_account(
            ACCOUNT,
            vec![
                new_record(Kind::User, "bob", "new bob"),
                owned(Kind::Group, "admins", "x", "g"),
            ],
        )
        .await
        .unwrap();

    assert_eq!(store.get(ACCOUNT, Kind::User, "alice").await.unwrap(), None);
    assert_eq!(
        store.get(ACCOUNT, Kind::AccessKey, "AKIA1").await.unwrap(),
        None
    );
    let bob = store
        .get(ACCOUNT, Kind::User, "bob")
        .await
        .unwrap()
        .unwrap();
    assert_eq!((bob.data.as_str(), bob.version), ("new bob", 1));
    assert_eq!(
        keys(store, ACCOUNT, &Query::all(Kind::Group)).await,
        ["admins"]
    );
    assert!(store.generation(ACCOUNT).await.unwrap() > before);
    // Other accounts are untouched.
    let theirs = store
        .get(OTHER_ACCOUNT, Kind::User, "alice")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(theirs.data, "theirs");

    // Replacing with nothing empties the account.
    store.replace_account(ACCOUNT, Vec::new()).await.unwrap();
    assert!(
        keys(store, ACCOUNT, &Query::all(Kind::User))
            .await
            .is_empty()
    );
}

pub async fn accounts_are_isolated(store: &impl Store) {
    assert!(store.accounts().await.unwrap().is_empty());
    put(
        store,
        OTHER_ACCOUNT,
        owned(Kind::User, "alice", "o", "other's alice"),
    )
    .await;
    put(store, ACCOUNT, owned(Kind::User, "alice", "o", "our alice")).await;
    put(
        store,
        ACCOUNT,
        owned(Kind::User, "alice", "o", "our alice again"),
    )
    .await;

    let ours = store
        .get(ACCOUNT, Kind::User, "alice")
        .await
        .unwrap()
        .unwrap();
    let theirs = store
        .get(OTHER_ACCOUNT, Kind::User, "alice")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (ours.account.as_str(), ours.data.as_str(), ours.version),
        (ACCOUNT, "our alice again", 2)
    );
    assert_eq!(
        (
            theirs.account.as_str(),
            theirs.data.as_str(),
            theirs.version
        ),
        (OTHER_ACCOUNT, "other's alice", 1)
    );
    assert_eq!(
        store.count(ACCOUNT, Kind::User, Some("o")).await.unwrap(),
        1
    );
    assert_eq!(
        keys(store, OTHER_ACCOUNT, &Query::all(Kind::User)).await,
        ["alice"]
    );
    assert_eq!(
        store.accounts().await.unwrap(),
        [ACCOUNT.to_owned(), OTHER_ACCOUNT.to_owned()]
    );

    // Conditions look at their own account only.
    store
        .write(
            "999999999999",
            WriteBatch::new()
                .require(Condition::Absent {
                    kind: Kind::User,
                    key: "alice".to_owned(),
                })
                .require(Condition::NoneOwned {
                    kind: Kind::User,
                    owner: "o".to_owned(),
                }),
        )
        .await
        .unwrap();

    store
        .write(ACCOUNT, WriteBatch::new().delete(Kind::User, "alice"))
        .await
        .unwrap();
    assert_eq!(store.get(ACCOUNT, Kind::User, "alice").await.unwrap(), None);
    assert!(
        store
            .get(OTHER_ACCOUNT, Kind::User, "alice")
            .await
            .unwrap()
            .is_some()
    );
}

/// `writers` tasks race to add an access key for one user under "fewer than 2 keys"; exactly
/// two win, whichever stores (handles on the same database) they write through.
pub async fn concurrent_writers_respect_owner_limit<S: Store>(stores: &[Arc<S>], writers: usize) {
    let mut tasks = Vec::new();
    for i in 0..writers {
        let store = Arc::clone(&stores[i % stores.len()]);
        tasks.push(tokio::spawn(async move {
            let key = format!("AKIA{i:04}");
            store
                .write(
                    ACCOUNT,
                    WriteBatch::new()
                        .require(Condition::OwnerCountBelow {
                            kind: Kind::AccessKey,
                            owner: "alice".to_owned(),
                            limit: 2,
                        })
                        .require(Condition::Absent {
                            kind: Kind::AccessKey,
                            key: key.clone(),
                        })
                        .put(owned(Kind::AccessKey, &key, "alice", "{}")),
                )
                .await
        }));
    }
    let mut won = 0;
    for task in tasks {
        match task.await.unwrap() {
            Ok(()) => won += 1,
            Err(StoreError::ConditionFailed { index: 0 }) => {}
            Err(e) => panic!("unexpected failure: {e:?}"),
        }
    }
    assert_eq!(won, 2);
    let store = &stores[0];
    assert_eq!(
        store
            .count(ACCOUNT, Kind::AccessKey, Some("alice"))
            .await
            .unwrap(),
        2
    );
    let mut query = Query::all(Kind::AccessKey);
    query.owner = Some("alice".to_owned());
    assert_eq!(store.list(ACCOUNT, &query).await.unwrap().records.len(), 2);
    assert_eq!(store.generation(ACCOUNT).await.unwrap(), 2);
}

/// Read-modify-write loops guarded by `Version` lose no update.
pub async fn concurrent_updates_lose_nothing<S: Store>(store: Arc<S>) {
    const TASKS: usize = 8;
    const INCREMENTS: usize = 5;
    put(&*store, ACCOUNT, new_record(Kind::Account, "", "0")).await;
    let mut tasks = Vec::new();
    for _ in 0..TASKS {
        let store = Arc::clone(&store);
        tasks.push(tokio::spawn(async move {
            for _ in 0..INCREMENTS {
                loop {
                    let current = store
                        .get(ACCOUNT, Kind::Account, "")
                        .await
                        .unwrap()
                        .unwrap();
                    let n: usize = current.data.parse().unwrap();
                    let result = store
                        .write(
                            ACCOUNT,
                            WriteBatch::new()
                                .require(Condition::Version {
                                    kind: Kind::Account,
                                    key: String::new(),
                                    version: current.version,
                                })
                                .put(new_record(Kind::Account, "", &(n + 1).to_string())),
                        )
                        .await;
                    match result {
                        Ok(()) => break,
                        Err(StoreError::ConditionFailed { index: 0 }) => {
                            tokio::task::yield_now().await
                        }
                        Err(e) => panic!("unexpected failure: {e:?}"),
                    }
                }
            }
        }));
    }
    for task in tasks {
        task.await.unwrap();
    }
    let record = store
        .get(ACCOUNT, Kind::Account, "")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(record.data, (TASKS * INCREMENTS).to_string());
    assert_eq!(record.version, (TASKS * INCREMENTS + 1) as i64);
}
