//! The conformance suite against `PgStore`, each test on a database of its own, plus what
//! several nodes on one database need: migrations run once when they start together, limits
//! that hold across nodes, notifications of committed writes, cluster settings.

#![expect(
    clippy::unwrap_used,
    clippy::panic,
    reason = "test helpers outside #[test] functions fail loudly by design"
)]

mod common;
mod conformance;

use std::sync::Arc;
use std::time::Duration;

use conformance::{ACCOUNT, OTHER_ACCOUNT, new_record, owned};
use iamd_core::store::{Kind, Query, Store};
use iamd_store::PgStore;

/// A store on a new database, or `None` when there is no PostgreSQL (see `common`).
async fn fresh() -> Option<(String, String, PgStore)> {
    let (url, name) = common::fresh_database().await?;
    let store = PgStore::connect(&url).await.unwrap();
    Some((url, name, store))
}

macro_rules! conformance_tests {
    ($($name:ident),* $(,)?) => {$(
        #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
        async fn $name() {
            let Some((_url, name, store)) = fresh().await else { return };
            conformance::$name(&store).await;
            store.close().await;
            common::drop_database(&name).await;
        }
    )*};
}

conformance_tests!(
    get_put_delete_round_trip,
    kinds_are_separate,
    every_kind_round_trips,
    versions_count_puts,
    batch_applies_every_change,
    condition_absent,
    condition_version,
    condition_owner_count_below,
    condition_none_owned,
    condition_none_referencing,
    condition_exists,
    condition_referenced,
    condition_identity,
    failing_batch_applies_nothing,
    conditions_see_the_state_before_the_batch,
    list_in_key_order,
    list_filters,
    list_pages,
    count_by_kind_and_owner,
    generation_counts_writes,
    accounts_are_isolated,
    replace_account_swaps_everything,
);

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_writers_respect_owner_limit() {
    let Some((_url, name, store)) = fresh().await else {
        return;
    };
    conformance::concurrent_writers_respect_owner_limit(&[Arc::new(store.clone())], 64).await;
    store.close().await;
    common::drop_database(&name).await;
}

/// Three nodes (three pools on one database), as three `iamd serve` would have.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_writers_through_three_nodes_respect_owner_limit() {
    let Some((url, name, first)) = fresh().await else {
        return;
    };
    let second = PgStore::connect(&url).await.unwrap();
    let third = PgStore::connect(&url).await.unwrap();
    let stores = [Arc::new(first), Arc::new(second), Arc::new(third)];
    conformance::concurrent_writers_respect_owner_limit(&stores, 64).await;
    for store in &stores {
        store.close().await;
    }
    common::drop_database(&name).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn concurrent_updates_lose_nothing() {
    let Some((_url, name, store)) = fresh().await else {
        return;
    };
    conformance::concurrent_updates_lose_nothing(Arc::new(store.clone())).await;
    store.close().await;
    common::drop_database(&name).await;
}

/// Eight nodes connecting to a new database at once: the schema is created once, every node
/// starts, and they all see one store.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn nodes_starting_together_migrate_once() {
    let Some((url, name)) = common::fresh_database().await else {
        return;
    };
    let mut starting = Vec::new();
    for _ in 0..8 {
        let url = url.clone();
        starting.push(tokio::spawn(async move { PgStore::connect(&url).await }));
    }
    let mut stores = Vec::new();
    for task in starting {
        stores.push(task.await.unwrap().unwrap());
    }
    conformance::put(&stores[0], ACCOUNT, new_record(Kind::User, "alice", "a")).await;
    for store in &stores {
        assert!(
            store
                .get(ACCOUNT, Kind::User, "alice")
                .await
                .unwrap()
                .is_some()
        );
        store.close().await;
    }
    common::drop_database(&name).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reconnecting_keeps_everything() {
    let Some((url, name, store)) = fresh().await else {
        return;
    };
    conformance::put(&store, ACCOUNT, owned(Kind::User, "alice", "o", "alice")).await;
    conformance::put(&store, ACCOUNT, owned(Kind::User, "alice", "o", "alice v2")).await;
    conformance::put(&store, OTHER_ACCOUNT, new_record(Kind::Group, "g", "g")).await;
    let before = store.list(ACCOUNT, &Query::all(Kind::User)).await.unwrap();
    store.close().await;

    let store = PgStore::connect(&url).await.unwrap();
    assert_eq!(
        store.list(ACCOUNT, &Query::all(Kind::User)).await.unwrap(),
        before
    );
    assert_eq!(before.records[0].version, 2);
    assert_eq!(store.generation(ACCOUNT).await.unwrap(), 2);
    assert_eq!(
        store.accounts().await.unwrap(),
        [ACCOUNT.to_owned(), OTHER_ACCOUNT.to_owned()]
    );
    store.close().await;
    common::drop_database(&name).await;
}

/// A write committed through one node is announced to another, with its account; a write
/// that failed its condition is not.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn committed_writes_are_announced_to_other_nodes() {
    let Some((url, name, writer)) = fresh().await else {
        return;
    };
    let other = PgStore::connect(&url).await.unwrap();
    let mut events = other.generation_events().await.unwrap();

    let failing = iamd_core::store::WriteBatch::new()
        .require(iamd_core::store::Condition::Exists {
            kind: Kind::User,
            key: "nobody".to_owned(),
        })
        .put(new_record(Kind::User, "x", "x"));
    assert!(writer.write(ACCOUNT, failing).await.is_err());
    conformance::put(&writer, OTHER_ACCOUNT, new_record(Kind::User, "bob", "b")).await;

    let next = tokio::time::timeout(Duration::from_secs(5), events.next())
        .await
        .expect("no notification within 5 seconds")
        .unwrap();
    assert_eq!(next.as_deref(), Some(OTHER_ACCOUNT));
    assert_eq!(other.generation(OTHER_ACCOUNT).await.unwrap(), 1);
    assert_eq!(other.generation(ACCOUNT).await.unwrap(), 0);
    drop(events);
    writer.close().await;
    other.close().await;
    common::drop_database(&name).await;
}

/// The first node to propose a setting (the account id) wins; the others get its value.
#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_first_proposed_setting_wins() {
    let Some((url, name, store)) = fresh().await else {
        return;
    };
    let mut proposing = Vec::new();
    for i in 0..8 {
        let url = url.clone();
        proposing.push(tokio::spawn(async move {
            let node = PgStore::connect(&url).await.unwrap();
            let value = node
                .claim_setting("account", &format!("{i:012}"))
                .await
                .unwrap();
            node.close().await;
            value
        }));
    }
    let mut values = Vec::new();
    for task in proposing {
        values.push(task.await.unwrap());
    }
    values.dedup();
    assert_eq!(values.len(), 1, "{values:?}");
    assert_eq!(
        store.setting("account").await.unwrap(),
        Some(values[0].clone())
    );
    assert_eq!(store.setting("other").await.unwrap(), None);
    store.close().await;
    common::drop_database(&name).await;
}

#[test]
fn database_urls_get_the_database_replaced() {
    assert_eq!(
        common::with_database("postgres://u:p@127.0.0.1:5432/postgres", "t1"),
        "postgres://u:p@127.0.0.1:5432/t1"
    );
    assert_eq!(
        common::with_database("postgres://u:p@h:1/db?sslmode=disable", "t2"),
        "postgres://u:p@h:1/t2?sslmode=disable"
    );
    assert_eq!(
        common::with_database("postgres://h", "t3"),
        "postgres://h/t3"
    );
}
