//! The HTTP server around the app: connections that must send their request head in time,
//! the client's address for each request, and a graceful stop on SIGTERM or Ctrl-C.
//! May import: nothing.

use std::future::Future;
use std::net::SocketAddr;
use std::time::Duration;

use axum::Router;
use axum::extract::ConnectInfo;
use hyper::body::Incoming;
use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;
use tower::ServiceExt;

/// Requests still running at a stop get this long to finish.
const GRACE: Duration = Duration::from_secs(10);

/// Serves `app` on `listener` until `stop` completes, then lets running requests finish. A
/// connection that has not sent its whole request head within `header_timeout` is closed, so
/// half-open connections cannot pile up.
pub async fn run(listener: TcpListener, app: Router, header_timeout: Duration, stop: impl Future<Output = ()>) {
    let graceful = GracefulShutdown::new();
    let mut stop = std::pin::pin!(stop);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(connection) => connection,
                // Out of file descriptors, say: the next accept may work again.
                Err(error) => {
                    tracing::warn!("accept failed: {error}");
                    continue;
                }
            },
            () = &mut stop => break,
        };
        let app = app.clone();
        let service = hyper::service::service_fn(move |mut request: hyper::Request<Incoming>| {
            request.extensions_mut().insert(ConnectInfo::<SocketAddr>(peer));
            app.clone().oneshot(request)
        });
        let connection = http1::Builder::new()
            .timer(TokioTimer::new())
            .header_read_timeout(header_timeout)
            .serve_connection(TokioIo::new(stream), service);
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            if let Err(error) = connection.await {
                tracing::debug!("connection ended: {error}");
            }
        });
    }
    drop(listener);
    tracing::info!("stopping: waiting for running requests");
    tokio::select! {
        () = graceful.shutdown() => {}
        () = tokio::time::sleep(GRACE) => tracing::warn!("requests still running after {GRACE:?}; stopping anyway"),
    }
}

/// Completes on SIGTERM (what service managers and `docker stop` send) or Ctrl-C.
pub async fn stop_signal() {
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            // Without the handler only Ctrl-C stops gracefully; SIGTERM still ends the process.
            Err(error) => {
                tracing::warn!("no SIGTERM handler: {error}");
                std::future::pending::<()>().await;
            }
        }
    };
    tokio::select! {
        _ = tokio::signal::ctrl_c() => {}
        () = terminate => {}
    }
    tracing::info!("stop signal received");
}
