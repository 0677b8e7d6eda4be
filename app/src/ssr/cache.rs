//! Small values that every page shows and that change rarely (the districts of the filter, the
//! current programmes): each is loaded at most once a minute instead of once a request, which
//! saves a round trip to the database per page.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use super::db::programmes::ProgrammeLink;
use super::db::sites::SiteLink;
use crate::i18n::Lang;

/// How stale a cached value may be: a new venue's district shows up in the filter within this.
pub const FRESH_FOR: Duration = Duration::from_secs(60);

pub struct Expiring<K, V> {
    entries: Mutex<HashMap<K, (Instant, V)>>,
}

impl<K: Eq + Hash, V: Clone> Default for Expiring<K, V> {
    fn default() -> Self {
        Expiring { entries: Mutex::new(HashMap::new()) }
    }
}

impl<K: Eq + Hash, V: Clone> Expiring<K, V> {
    /// The cached value for `key`, or a fresh one from `load` when there is none or it is stale.
    pub async fn get_or_load<E>(&self, key: K, load: impl Future<Output = Result<V, E>>) -> Result<V, E> {
        let cached = self.lock().get(&key).filter(|(at, _)| at.elapsed() < FRESH_FOR).map(|(_, value)| value.clone());
        if let Some(value) = cached {
            return Ok(value);
        }
        let value = load.await?;
        self.lock().insert(key, (Instant::now(), value.clone()));
        Ok(value)
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<K, (Instant, V)>> {
        // A panic while holding the lock leaves a plain map behind; keep using it.
        self.entries.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }
}

#[derive(Default)]
pub struct Caches {
    pub districts: Expiring<(), Arc<Vec<String>>>,
    /// Per language and day.
    pub programmes: Expiring<(Lang, String), Arc<Vec<ProgrammeLink>>>,
    /// The network's sites, for the home page's choice.
    pub sites: Expiring<(), Arc<Vec<SiteLink>>>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_fresh_value_is_not_loaded_again() {
        let cache: Expiring<u8, u32> = Expiring::default();
        assert_eq!(block_on(cache.get_or_load(1, async { Ok::<_, &str>(10) })), Ok(10));
        assert_eq!(block_on(cache.get_or_load(1, async { Ok::<_, &str>(20) })), Ok(10), "still fresh");
        assert_eq!(block_on(cache.get_or_load(2, async { Err::<u32, _>("down") })), Err("down"), "errors are not kept");
        assert_eq!(block_on(cache.get_or_load(2, async { Ok::<_, &str>(30) })), Ok(30));
    }

    /// Drives a future that never waits, without pulling in an executor.
    fn block_on<T>(future: impl Future<Output = T>) -> T {
        let mut future = std::pin::pin!(future);
        let mut context = std::task::Context::from_waker(std::task::Waker::noop());
        match future.as_mut().poll(&mut context) {
            std::task::Poll::Ready(value) => value,
            std::task::Poll::Pending => panic!("the test futures are ready at once"),
        }
    }
}
