//! The PostgreSQL backend, for several stateless nodes sharing one database.
//!
//! The schema is SQLite's (`records`, `generations`) plus `cluster_settings`, created by
//! migrations that run under sqlx's advisory lock, so nodes starting together apply them once.
//!
//! **Writes of one account are applied one after the other.** Every write transaction starts
//! by bumping the account's row in `generations` (`INSERT … ON CONFLICT DO UPDATE`), which
//! locks that row until commit; the batch's conditions are then checked, under READ
//! COMMITTED, against the state every earlier write of the account left. This is the result
//! SERIALIZABLE would give (each write bumps the generation, so any two writes of an account
//! conflict there anyway), without the retries of a serialization failure at every
//! concurrent write. Serialization failures and deadlocks that can still happen (a failover,
//! a server setting) are retried a few times with back-off; what cannot be retried becomes
//! [`StoreError::Backend`].
//!
//! A committed write notifies `iamd_generation` with the account as payload (delivered at
//! commit), so that other nodes drop their caches at once ([`PgStore::generation_events`]).
//! Reads run on the pool outside any transaction, each seeing the last committed state.
//! Durability: every transaction commits with `synchronous_commit = on`.

use std::borrow::Cow;
use std::str::FromStr;
use std::time::Duration;

use iamd_core::store::{
    Condition, Kind, NewRecord, Page, Query, Record, Store, StoreError, WriteBatch,
};
use sqlx::migrate::{Migration, MigrationType, Migrator};
use sqlx::postgres::{PgConnectOptions, PgListener, PgPoolOptions, PgRow};
use sqlx::{PgConnection, PgPool, Postgres, QueryBuilder, Row, SqlStr};

use crate::keys::prefix_end;

/// The schema, in order: (version, description, SQL).
const MIGRATIONS: &[(i64, &str, &str)] = &[(
    1,
    "records",
    include_str!("../migrations/postgres/0001_records.sql"),
)];

/// The channel a committed write notifies, with the account as payload.
pub const GENERATION_CHANNEL: &str = "iamd_generation";

/// Connections per node unless the URL's user says otherwise (`PgStore::connect_with`).
pub const DEFAULT_CONNECTIONS: u32 = 16;

/// How long a request waits for a free connection before failing.
const ACQUIRE_TIMEOUT: Duration = Duration::from_secs(10);

/// Attempts of a write that failed on a serialization failure or a deadlock.
const WRITE_ATTEMPTS: u32 = 8;

/// SQLSTATEs after which the same transaction may succeed when run again.
const RETRYABLE: &[&str] = &["40001", "40P01"];

/// A [`Store`] in a PostgreSQL database. Cloning shares the pool.
#[derive(Debug, Clone)]
pub struct PgStore {
    pool: PgPool,
}

impl PgStore {
    /// Connects to `url` (`postgres://USER:PASS@HOST:PORT/DB?…`, libpq's parameters, several
    /// hosts with `target_session_attrs` included) with [`DEFAULT_CONNECTIONS`] connections
    /// and brings the schema up to date.
    pub async fn connect(url: &str) -> Result<PgStore, StoreError> {
        PgStore::connect_with(url, DEFAULT_CONNECTIONS).await
    }

    /// As [`PgStore::connect`], with at most `connections` connections.
    pub async fn connect_with(url: &str, connections: u32) -> Result<PgStore, StoreError> {
        let options = PgConnectOptions::from_str(url)
            .map_err(|e| StoreError::Backend(format!("invalid database URL: {}", redact(&e))))?
            .application_name("iamd")
            .options([("synchronous_commit", "on")]);
        let where_to = format!(
            "{}:{}/{}",
            options.get_host(),
            options.get_port(),
            options.get_database().unwrap_or("")
        );
        let pool = PgPoolOptions::new()
            .max_connections(connections.max(2))
            .acquire_timeout(ACQUIRE_TIMEOUT)
            .connect_with(options)
            .await
            .map_err(|e| {
                StoreError::Backend(format!(
                    "cannot connect to PostgreSQL at {where_to}: {}",
                    redact(&e)
                ))
            })?;
        migrator()
            .run(&pool)
            .await
            .map_err(|e| StoreError::Backend(format!("cannot migrate {where_to}: {e}")))?;
        Ok(PgStore { pool })
    }

    /// Closes every connection, waiting for those in use to be returned.
    pub async fn close(&self) {
        self.pool.close().await;
    }

    /// Whether the database answers (and the schema is in place, which `connect` ensured).
    pub async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query_scalar::<_, i64>("SELECT COUNT(*) FROM generations WHERE false")
            .fetch_one(&self.pool)
            .await
            .map(|_| ())
            .map_err(backend)
    }

    /// The value of the cluster setting `name`, setting it to `proposed` when it has none:
    /// whichever node proposes first wins, and every node gets the winner's value.
    pub async fn claim_setting(&self, name: &str, proposed: &str) -> Result<String, StoreError> {
        sqlx::query(
            "INSERT INTO cluster_settings (name, value) VALUES ($1, $2) \
             ON CONFLICT (name) DO NOTHING",
        )
        .bind(name)
        .bind(proposed)
        .execute(&self.pool)
        .await
        .map_err(backend)?;
        self.setting(name)
            .await?
            .ok_or_else(|| StoreError::Backend(format!("the cluster setting {name} vanished")))
    }

    /// The value of the cluster setting `name`, if set.
    pub async fn setting(&self, name: &str) -> Result<Option<String>, StoreError> {
        sqlx::query_scalar::<_, String>("SELECT value FROM cluster_settings WHERE name = $1")
            .bind(name)
            .fetch_optional(&self.pool)
            .await
            .map_err(backend)
    }

    /// Sets the cluster setting `name` (a copy of a store brings its settings along).
    pub async fn set_setting(&self, name: &str, value: &str) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO cluster_settings (name, value) VALUES ($1, $2) \
             ON CONFLICT (name) DO UPDATE SET value = excluded.value",
        )
        .bind(name)
        .bind(value)
        .execute(&self.pool)
        .await
        .map(|_| ())
        .map_err(backend)
    }

    /// Notifications of committed writes, by account, from every node on this database.
    pub async fn generation_events(&self) -> Result<GenerationEvents, StoreError> {
        let mut listener = PgListener::connect_with(&self.pool)
            .await
            .map_err(backend)?;
        listener.listen(GENERATION_CHANNEL).await.map_err(backend)?;
        Ok(GenerationEvents { listener })
    }

    async fn write_once(
        &self,
        account: &str,
        batch: &WriteBatch,
    ) -> Result<Result<(), usize>, sqlx::Error> {
        let mut tx = self.pool.begin().await?;
        bump_generation(&mut tx, account).await?;
        for (index, condition) in batch.conditions.iter().enumerate() {
            if !holds(&mut tx, account, condition).await? {
                tx.rollback().await?;
                return Ok(Err(index));
            }
        }
        for (kind, key) in &batch.deletes {
            sqlx::query("DELETE FROM records WHERE account = $1 AND kind = $2 AND key = $3")
                .bind(account)
                .bind(kind.as_str())
                .bind(key.as_str())
                .execute(&mut *tx)
                .await?;
        }
        for record in &batch.puts {
            put(&mut tx, account, record).await?;
        }
        notify(&mut tx, account).await?;
        tx.commit().await?;
        Ok(Ok(()))
    }

    async fn replace_once(&self, account: &str, records: &[NewRecord]) -> Result<(), sqlx::Error> {
        let mut tx = self.pool.begin().await?;
        bump_generation(&mut tx, account).await?;
        sqlx::query("DELETE FROM records WHERE account = $1")
            .bind(account)
            .execute(&mut *tx)
            .await?;
        for record in records {
            put(&mut tx, account, record).await?;
        }
        notify(&mut tx, account).await?;
        tx.commit().await
    }
}

/// Committed writes of any node, as they are announced (see [`PgStore::generation_events`]).
#[derive(Debug)]
pub struct GenerationEvents {
    listener: PgListener,
}

impl GenerationEvents {
    /// The account of the next committed write. When the connection was lost it reconnects,
    /// and returns `Ok(None)` first: notifications sent meanwhile are lost, so the caller
    /// should assume anything may have changed.
    pub async fn next(&mut self) -> Result<Option<String>, StoreError> {
        match self.listener.try_recv().await.map_err(backend)? {
            Some(notification) => Ok(Some(notification.payload().to_owned())),
            None => Ok(None),
        }
    }
}

fn migrator() -> Migrator {
    Migrator::with_migrations(
        MIGRATIONS
            .iter()
            .map(|&(version, description, sql)| {
                Migration::new(
                    version,
                    Cow::Borrowed(description),
                    MigrationType::Simple,
                    SqlStr::from_static(sql),
                    false,
                )
            })
            .collect(),
    )
}

/// sqlx's messages for a bad URL or a failed connection never include the password, but a
/// URL given where a host was expected could: drop anything between `://` and `@`.
fn redact(e: &impl std::fmt::Display) -> String {
    let text = e.to_string();
    match (text.find("://"), text.rfind('@')) {
        (Some(start), Some(at)) if at > start => {
            format!("{}://…@{}", &text[..start], &text[at + 1..])
        }
        _ => text,
    }
}

fn backend(e: sqlx::Error) -> StoreError {
    StoreError::Backend(redact(&e))
}

/// Whether running the same transaction again may succeed.
fn retryable(e: &sqlx::Error) -> bool {
    match e {
        sqlx::Error::Database(db) => db.code().is_some_and(|c| RETRYABLE.contains(&c.as_ref())),
        _ => false,
    }
}

/// Back-off before retrying a write after attempt `attempt` (1-based): 5 ms, doubling.
async fn back_off(attempt: u32) {
    tokio::time::sleep(Duration::from_millis(5u64 << attempt.min(6))).await;
}

async fn bump_generation(conn: &mut PgConnection, account: &str) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO generations (account, value) VALUES ($1, 1) \
         ON CONFLICT (account) DO UPDATE SET value = generations.value + 1",
    )
    .bind(account)
    .execute(&mut *conn)
    .await
    .map(|_| ())
}

async fn notify(conn: &mut PgConnection, account: &str) -> Result<(), sqlx::Error> {
    sqlx::query("SELECT pg_notify($1, $2)")
        .bind(GENERATION_CHANNEL)
        .bind(account)
        .execute(&mut *conn)
        .await
        .map(|_| ())
}

fn record(account: &str, kind: Kind, row: &PgRow) -> Result<Record, StoreError> {
    Ok(Record {
        account: account.to_owned(),
        kind,
        key: row.try_get("key").map_err(backend)?,
        owner: row.try_get("owner").map_err(backend)?,
        reference: row.try_get("reference").map_err(backend)?,
        data: row.try_get("data").map_err(backend)?,
        version: row.try_get("version").map_err(backend)?,
    })
}

/// Whether any record of `kind` has `value` in the column named by `sql`'s statement (one
/// fixed statement per column, so no SQL is built from values).
async fn any(
    conn: &mut PgConnection,
    sql: &'static str,
    account: &str,
    kind: Kind,
    value: &str,
) -> Result<bool, sqlx::Error> {
    sqlx::query_scalar::<_, bool>(sql)
        .bind(account)
        .bind(kind.as_str())
        .bind(value)
        .fetch_one(&mut *conn)
        .await
}

const BY_KEY: &str =
    "SELECT EXISTS (SELECT 1 FROM records WHERE account = $1 AND kind = $2 AND key = $3)";
const BY_OWNER: &str =
    "SELECT EXISTS (SELECT 1 FROM records WHERE account = $1 AND kind = $2 AND owner = $3)";
const BY_REFERENCE: &str =
    "SELECT EXISTS (SELECT 1 FROM records WHERE account = $1 AND kind = $2 AND reference = $3)";

async fn holds(
    conn: &mut PgConnection,
    account: &str,
    condition: &Condition,
) -> Result<bool, sqlx::Error> {
    Ok(match condition {
        Condition::Absent { kind, key } => !any(conn, BY_KEY, account, *kind, key).await?,
        Condition::Exists { kind, key } => any(conn, BY_KEY, account, *kind, key).await?,
        Condition::Version { kind, key, version } => {
            sqlx::query_scalar::<_, i64>(
                "SELECT version FROM records WHERE account = $1 AND kind = $2 AND key = $3",
            )
            .bind(account)
            .bind(kind.as_str())
            .bind(key.as_str())
            .fetch_optional(&mut *conn)
            .await?
                == Some(*version)
        }
        Condition::OwnerCountBelow { kind, owner, limit } => {
            sqlx::query_scalar::<_, i64>(
                "SELECT COUNT(*) FROM records WHERE account = $1 AND kind = $2 AND owner = $3",
            )
            .bind(account)
            .bind(kind.as_str())
            .bind(owner.as_str())
            .fetch_one(&mut *conn)
            .await?
                < i64::from(*limit)
        }
        Condition::NoneOwned { kind, owner } => !any(conn, BY_OWNER, account, *kind, owner).await?,
        Condition::NoneReferencing { kind, reference } => {
            !any(conn, BY_REFERENCE, account, *kind, reference).await?
        }
        Condition::Referenced { kind, reference } => {
            any(conn, BY_REFERENCE, account, *kind, reference).await?
        }
        Condition::Identity {
            kind,
            key,
            reference,
        } => {
            sqlx::query_scalar::<_, Option<String>>(
                "SELECT reference FROM records WHERE account = $1 AND kind = $2 AND key = $3",
            )
            .bind(account)
            .bind(kind.as_str())
            .bind(key.as_str())
            .fetch_optional(&mut *conn)
            .await?
            .flatten()
            .as_deref()
                == Some(reference.as_str())
        }
    })
}

async fn put(
    conn: &mut PgConnection,
    account: &str,
    record: &NewRecord,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO records (account, kind, key, owner, reference, data, version) \
         VALUES ($1, $2, $3, $4, $5, $6, 1) \
         ON CONFLICT (account, kind, key) DO UPDATE SET \
         owner = excluded.owner, reference = excluded.reference, data = excluded.data, \
         version = records.version + 1",
    )
    .bind(account)
    .bind(record.kind.as_str())
    .bind(record.key.as_str())
    .bind(record.owner.as_deref())
    .bind(record.reference.as_deref())
    .bind(record.data.as_str())
    .execute(&mut *conn)
    .await
    .map(|_| ())
}

impl Store for PgStore {
    async fn get(
        &self,
        account: &str,
        kind: Kind,
        key: &str,
    ) -> Result<Option<Record>, StoreError> {
        let row = sqlx::query(
            "SELECT key, owner, reference, data, version FROM records \
             WHERE account = $1 AND kind = $2 AND key = $3",
        )
        .bind(account)
        .bind(kind.as_str())
        .bind(key)
        .fetch_optional(&self.pool)
        .await
        .map_err(backend)?;
        row.map(|row| record(account, kind, &row)).transpose()
    }

    /// Records in key order (bytewise: the key column is `COLLATE "C"`). A limit of 0
    /// returns an empty page.
    async fn list(&self, account: &str, query: &Query) -> Result<Page, StoreError> {
        if query.limit == 0 {
            return Ok(Page::default());
        }
        let mut sql = QueryBuilder::<Postgres>::new(
            "SELECT key, owner, reference, data, version FROM records WHERE account = ",
        );
        sql.push_bind(account.to_owned());
        sql.push(" AND kind = ").push_bind(query.kind.as_str());
        if let Some(owner) = &query.owner {
            sql.push(" AND owner = ").push_bind(owner.clone());
        }
        if let Some(reference) = &query.reference {
            sql.push(" AND reference = ").push_bind(reference.clone());
        }
        if let Some(prefix) = &query.key_prefix {
            sql.push(" AND key >= ").push_bind(prefix.clone());
            if let Some(end) = prefix_end(prefix) {
                sql.push(" AND key < ").push_bind(end);
            }
        }
        if let Some(after) = &query.after {
            sql.push(" AND key > ").push_bind(after.clone());
        }
        // One more than asked, to know whether more follow.
        sql.push(" ORDER BY key LIMIT ")
            .push_bind(i64::from(query.limit) + 1);
        let rows = sql.build().fetch_all(&self.pool).await.map_err(backend)?;

        let limit = usize::try_from(query.limit).unwrap_or(usize::MAX);
        let more = rows.len() > limit;
        let records = rows
            .iter()
            .take(limit)
            .map(|row| record(account, query.kind, row))
            .collect::<Result<Vec<_>, _>>()?;
        let next = if more {
            records.last().map(|r| r.key.clone())
        } else {
            None
        };
        Ok(Page { records, next })
    }

    async fn count(
        &self,
        account: &str,
        kind: Kind,
        owner: Option<&str>,
    ) -> Result<u64, StoreError> {
        let count =
            match owner {
                Some(owner) => sqlx::query_scalar::<_, i64>(
                    "SELECT COUNT(*) FROM records WHERE account = $1 AND kind = $2 AND owner = $3",
                )
                .bind(account)
                .bind(kind.as_str())
                .bind(owner)
                .fetch_one(&self.pool)
                .await,
                None => {
                    sqlx::query_scalar::<_, i64>(
                        "SELECT COUNT(*) FROM records WHERE account = $1 AND kind = $2",
                    )
                    .bind(account)
                    .bind(kind.as_str())
                    .fetch_one(&self.pool)
                    .await
                }
            }
            .map_err(backend)?;
        u64::try_from(count).map_err(|e| StoreError::Backend(e.to_string()))
    }

    /// Locks the account's generation (bumping it), checks the conditions in order, then
    /// applies the deletes and then the puts, and commits; retried on a serialization
    /// failure or a deadlock.
    async fn write(&self, account: &str, batch: WriteBatch) -> Result<(), StoreError> {
        let mut attempt = 1;
        loop {
            match self.write_once(account, &batch).await {
                Ok(Ok(())) => return Ok(()),
                Ok(Err(index)) => return Err(StoreError::ConditionFailed { index }),
                Err(e) if retryable(&e) && attempt < WRITE_ATTEMPTS => {
                    back_off(attempt).await;
                    attempt += 1;
                }
                Err(e) => return Err(backend(e)),
            }
        }
    }

    /// Deletes the account's records and puts the new ones in one transaction; readers see
    /// the old account or the new one, never a mix.
    async fn replace_account(
        &self,
        account: &str,
        records: Vec<NewRecord>,
    ) -> Result<(), StoreError> {
        let mut attempt = 1;
        loop {
            match self.replace_once(account, &records).await {
                Ok(()) => return Ok(()),
                Err(e) if retryable(&e) && attempt < WRITE_ATTEMPTS => {
                    back_off(attempt).await;
                    attempt += 1;
                }
                Err(e) => return Err(backend(e)),
            }
        }
    }

    async fn generation(&self, account: &str) -> Result<u64, StoreError> {
        let value =
            sqlx::query_scalar::<_, i64>("SELECT value FROM generations WHERE account = $1")
                .bind(account)
                .fetch_optional(&self.pool)
                .await
                .map_err(backend)?
                .unwrap_or(0);
        u64::try_from(value).map_err(|e| StoreError::Backend(e.to_string()))
    }

    /// Accounts that hold at least one record.
    async fn accounts(&self) -> Result<Vec<String>, StoreError> {
        sqlx::query_scalar::<_, String>("SELECT DISTINCT account FROM records ORDER BY account")
            .fetch_all(&self.pool)
            .await
            .map_err(backend)
    }
}

#[cfg(test)]
mod tests {
    use super::redact;

    #[test]
    fn redact_drops_credentials_from_urls() {
        assert_eq!(
            redact(&"bad postgres://iamd:hunter2@db:5432/x"),
            "bad postgres://…@db:5432/x"
        );
        assert_eq!(redact(&"connection refused"), "connection refused");
    }
}
