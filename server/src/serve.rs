//! The accept loop. axum's own `serve` sets no header timeout and takes every connection, so a few
//! hundred sockets that send half a request and wait would hold the server. Here each connection
//! must send its request head within `HEADER_TIMEOUT` (an idle keep-alive connection is closed
//! after the same time), at most `max_connections` are open at once (below the open-file limit,
//! so that accepting never fails for want of descriptors), and a request that takes longer than
//! `REQUEST_TIMEOUT` is answered 408 (see `startup::router`).

use std::collections::BTreeMap;
use std::future::Future;
use std::pin::pin;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use axum::Router;
use axum::body::Body;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto::Builder;
use hyper_util::service::TowerToHyperService;
use tokio::net::TcpListener;
use tokio::sync::{Notify, Semaphore, watch};
use tower::ServiceExt;

/// How long a client may take to send a request's head, and how long a kept-alive connection may
/// sit idle. Phones on bad mobile data send a form's head in well under a second.
pub const HEADER_TIMEOUT: Duration = Duration::from_secs(10);

/// How long a request may take from its head to the end of the answer.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);

/// Open connections at most: what the open-file limit leaves after the database, the logs and the
/// site's files (`reserve`), and never more than 4,096.
pub fn max_connections(open_file_limit: Option<u64>) -> usize {
    const RESERVE: u64 = 64;
    let limit = open_file_limit.unwrap_or(1024).saturating_sub(RESERVE).clamp(16, 4096);
    usize::try_from(limit).unwrap_or(4096)
}

/// The soft limit on open files of this process, from /proc (Linux), if it can be read.
pub fn open_file_limit() -> Option<u64> {
    let limits = std::fs::read_to_string("/proc/self/limits").ok()?;
    let line = limits.lines().find(|line| line.starts_with("Max open files"))?;
    line.split_whitespace().nth(3)?.parse().ok()
}

/// One open connection, as the accept loop sees it: how many of its requests are being answered
/// (none: it is idle or still sending a request's head), and a way to close it.
#[derive(Default)]
struct Connection {
    in_flight: AtomicUsize,
    close: Notify,
}

/// The open connections, oldest first.
#[derive(Default)]
struct Connections(Mutex<BTreeMap<u64, Arc<Connection>>>);

impl Connections {
    fn lock(&self) -> std::sync::MutexGuard<'_, BTreeMap<u64, Arc<Connection>>> {
        self.0.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Closes the oldest connection that is not being answered; false when every one is busy.
    fn close_oldest_idle(&self) -> bool {
        let open = self.lock();
        let idle = open.values().find(|connection| connection.in_flight.load(Ordering::Acquire) == 0);
        idle.map(|connection| connection.close.notify_one()).is_some()
    }
}

/// Serves `router` until `shutdown` completes, then lets running requests finish. When all slots
/// are taken, the oldest connection that is idle or still sending its head makes room for the new
/// one: a crowd of half-requests cannot keep anybody else out, and requests being answered are
/// never cut off (while all are busy, new connections wait).
pub async fn serve(
    listener: TcpListener,
    router: Router,
    max_connections: usize,
    shutdown: impl Future<Output = ()>,
) -> std::io::Result<()> {
    let slots = Arc::new(Semaphore::new(max_connections));
    let connections = Arc::new(Connections::default());
    let (stop, stopping) = watch::channel(false);
    // Every connection holds a clone of `open`; when `all_closed` sees none left, all are done.
    let (all_closed, open) = watch::channel(());
    let mut shutdown = pin!(shutdown);
    for id in 0u64.. {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(error) => {
                    // Out of file descriptors, or a connection reset before it was accepted: the
                    // server goes on; a short pause keeps a full descriptor table from spinning.
                    tracing::warn!(%error, "could not accept a connection");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let slot = match slots.clone().try_acquire_owned() {
            Ok(slot) => slot,
            Err(_) => {
                connections.close_oldest_idle();
                tokio::select! {
                    slot = slots.clone().acquire_owned() => slot.expect("the semaphore is never closed"),
                    () = &mut shutdown => break,
                }
            }
        };
        let connection = Arc::new(Connection::default());
        connections.lock().insert(id, connection.clone());
        let (started, answered) = (connection.clone(), connection.clone());
        let service = router
            .clone()
            .map_request(move |request: axum::http::Request<Incoming>| {
                started.in_flight.fetch_add(1, Ordering::AcqRel);
                let mut request = request.map(Body::new);
                request.extensions_mut().insert(ConnectInfo(peer));
                request
            })
            .map_response(move |response| {
                answered.in_flight.fetch_sub(1, Ordering::AcqRel);
                response
            });
        let (mut stopping, open, connections) = (stopping.clone(), open.clone(), connections.clone());
        tokio::spawn(async move {
            let _open = open;
            let mut builder = Builder::new(TokioExecutor::new());
            builder.http1().timer(TokioTimer::new()).header_read_timeout(HEADER_TIMEOUT);
            let served =
                builder.serve_connection_with_upgrades(TokioIo::new(stream), TowerToHyperService::new(service));
            let mut served = pin!(served);
            tokio::select! {
                _ = served.as_mut() => {}
                () = connection.close.notified() => {}
                () = async { let _ = stopping.wait_for(|stop| *stop).await; } => {
                    // Finish the request in progress, then close.
                    served.as_mut().graceful_shutdown();
                    let _ = served.await;
                }
            }
            connections.lock().remove(&id);
            drop(slot);
        });
    }
    drop(listener);
    let _ = stop.send(true);
    drop(open);
    all_closed.closed().await;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::max_connections;

    #[test]
    fn the_connection_cap_leaves_room_for_files_and_the_database() {
        assert_eq!(max_connections(Some(1024)), 960);
        assert_eq!(max_connections(Some(100)), 36);
        assert_eq!(max_connections(Some(10)), 16);
        assert_eq!(max_connections(Some(1_048_576)), 4096);
        assert_eq!(max_connections(None), 960);
    }
}
