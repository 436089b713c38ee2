//! Change events: after a successful operation, the front doors publish it here, and whoever
//! subscribed (the lockout watcher in a running server) hears of it.
//!
//! ```text
//! api / console ─► operation succeeds ─► Iam::publish_change(op) ─► every ChangeListener
//! ```
//!
//! Core only keeps the subscribers and calls them on the request path; a listener must be
//! cheap (record a wake-up, never do the work). Subscribers live in the crates above core, so
//! this seam is how they learn of changes without core depending on them.

use std::any::Any;
use std::sync::{Arc, Mutex};

/// One successful operation that may have changed the account.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Change<'a> {
    /// The operation's Query `Action` name, e.g. `PutUserPolicy`.
    pub operation: &'a str,
}

/// Hears of every successful operation. Called on the request path: must return at once.
pub trait ChangeListener: Send + Sync {
    /// `change` has just succeeded.
    fn changed(&self, change: &Change<'_>);
}

/// A subscriber kept both as a listener and as itself, so its owner can find it again.
type Subscriber = (Arc<dyn ChangeListener>, Arc<dyn Any + Send + Sync>);

/// The subscribers of one `Iam`.
#[derive(Default)]
pub struct ChangeListeners {
    subscribers: Mutex<Vec<Subscriber>>,
}

impl std::fmt::Debug for ChangeListeners {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let count = self.subscribers.lock().map_or(0, |s| s.len());
        f.debug_struct("ChangeListeners")
            .field("subscribers", &count)
            .finish()
    }
}

impl ChangeListeners {
    /// Tell every subscriber about `change`.
    pub fn publish(&self, change: &Change<'_>) {
        // Clone the list out so a listener never runs under the lock.
        let listeners: Vec<Arc<dyn ChangeListener>> = match self.subscribers.lock() {
            Ok(s) => s.iter().map(|(l, _)| l.clone()).collect(),
            Err(_) => return,
        };
        for listener in listeners {
            listener.changed(change);
        }
    }

    /// The subscriber of type `T`, subscribing the one `make` returns if there is none yet
    /// (one check-and-insert, so two callers racing get the same subscriber).
    pub fn get_or_subscribe<T>(&self, make: impl FnOnce() -> T) -> Arc<T>
    where
        T: ChangeListener + Any + Send + Sync,
    {
        let Ok(mut subscribers) = self.subscribers.lock() else {
            // A poisoned list (a listener panicked) still yields a working, unsubscribed T.
            return Arc::new(make());
        };
        if let Some(found) = subscribers
            .iter()
            .find_map(|(_, any)| any.clone().downcast::<T>().ok())
        {
            return found;
        }
        let new = Arc::new(make());
        subscribers.push((new.clone(), new.clone()));
        new
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicUsize, Ordering};

    #[derive(Default)]
    struct Counter(AtomicUsize);

    impl ChangeListener for Counter {
        fn changed(&self, change: &Change<'_>) {
            if change.operation == "PutUserPolicy" {
                self.0.fetch_add(1, Ordering::SeqCst);
            }
        }
    }

    #[test]
    fn a_subscriber_hears_each_change_and_is_found_again() {
        let listeners = ChangeListeners::default();
        let counter = listeners.get_or_subscribe(Counter::default);
        let again = listeners.get_or_subscribe(Counter::default);
        assert!(Arc::ptr_eq(&counter, &again));
        listeners.publish(&Change {
            operation: "PutUserPolicy",
        });
        listeners.publish(&Change {
            operation: "GetUser",
        });
        assert_eq!(counter.0.load(Ordering::SeqCst), 1);
    }
}
