//! What a node on a shared PostgreSQL database does beside serving: it follows the other
//! nodes' writes, so that its caches (resolved keys and sessions, users, compiled policies)
//! never outlive a change committed elsewhere by more than a second.
//!
//! Two paths, either enough: the database's notification of every committed write (at once),
//! and a check of the account's generation every [`CHECK_EVERY`] (when a notification was
//! lost: the listening connection dropped, a failover).

use std::sync::Arc;
use std::time::Duration;

use iamd_core::Iam;
use iamd_core::store::Store;
use iamd_store::{AnyStore, GenerationEvents, PgStore};

/// How often the account's generation is read, whatever the notifications say.
pub const CHECK_EVERY: Duration = Duration::from_millis(500);

/// Runs until aborted: drops `iam`'s caches whenever another node may have changed the account.
pub async fn follow_other_nodes(iam: Arc<Iam<AnyStore>>, pg: PgStore) {
    let account = iam.account_id().to_string();
    let mut last = pg.generation(&account).await.ok();
    let mut events: Option<GenerationEvents> = None;
    let mut tick = tokio::time::interval(CHECK_EVERY);
    tick.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    let mut warned = false;
    loop {
        if events.is_none() {
            match pg.generation_events().await {
                Ok(listening) => {
                    events = Some(listening);
                    // Whatever was announced while we were not listening.
                    iam.invalidate_caches();
                }
                Err(e) if !warned => {
                    tracing::warn!(error = %e, "cannot listen for other nodes' changes; checking every {CHECK_EVERY:?}");
                    warned = true;
                }
                Err(_) => {}
            }
        }
        tokio::select! {
            event = next_event(&mut events) => match event {
                Ok(Some(changed)) if changed == account => iam.invalidate_caches(),
                Ok(Some(_)) => {}
                // Reconnected: notifications sent meanwhile are lost.
                Ok(None) => iam.invalidate_caches(),
                Err(e) => {
                    tracing::warn!(error = %e, "lost the notifications of other nodes' changes");
                    events = None;
                }
            },
            _ = tick.tick() => match pg.generation(&account).await {
                Ok(generation) if last != Some(generation) => {
                    last = Some(generation);
                    iam.invalidate_caches();
                }
                Ok(_) => warned = false,
                Err(e) => {
                    if !warned {
                        tracing::warn!(error = %e, "cannot read the account's generation");
                        warned = true;
                    }
                    // The database is unreachable: serve nothing from a cache meanwhile.
                    iam.invalidate_caches();
                }
            },
        }
    }
}

async fn next_event(
    events: &mut Option<GenerationEvents>,
) -> Result<Option<String>, iamd_core::store::StoreError> {
    match events {
        Some(events) => events.next().await,
        None => std::future::pending().await,
    }
}
