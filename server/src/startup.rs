//! Connects the database, builds the router and serves it until a shutdown signal.

use std::net::SocketAddr;

use anyhow::Context;
use app::ssr::db::Db;
use app::ssr::state::AppState;
use app::ui::{App, shell};
use axum::Router;
use axum::http::{HeaderName, HeaderValue, Request, header};
use axum::routing::get;
use leptos::config::LeptosOptions;
use leptos::prelude::provide_context;
use leptos_axum::{LeptosRoutes, file_and_error_handler_with_context, generate_route_list};
use tokio::net::TcpListener;
use tower::ServiceBuilder;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tracing::Level;

use crate::config::Config;
use crate::routes::{health::healthz, lang::switch_language};

/// Forms and server functions carry a few kilobytes at most.
const BODY_LIMIT_BYTES: usize = 64 * 1024;
const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

pub struct Application {
    listener: TcpListener,
    router: Router,
    db: Db,
}

impl Application {
    /// Opens and migrates the database, loads the demo data unless told not to, and binds the port.
    /// Every failure reads as one sentence saying what to fix.
    pub async fn build(config: Config) -> anyhow::Result<Self> {
        let db = Db::connect(&config.database_url, config.db_connections).await?;
        db.migrate().await?;
        if !config.no_demo {
            let loaded = crate::demo::load(&db, chrono::Utc::now())
                .await
                .context("cannot load the demo data")?;
            if loaded {
                tracing::info!("demo data loaded");
            }
        }
        let listener = TcpListener::bind(config.addr).await.with_context(|| {
            format!(
                "cannot listen on {} (is another server running there?)",
                config.addr
            )
        })?;
        let leptos_options = LeptosOptions::builder()
            .output_name("treffpunkt")
            .site_root(config.site_root.to_string_lossy().into_owned())
            .site_pkg_dir("pkg")
            .site_addr(listener.local_addr()?)
            .build();
        let router = router(AppState {
            db: db.clone(),
            leptos_options,
        });
        Ok(Application {
            listener,
            router,
            db,
        })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.listener
            .local_addr()
            .expect("a bound listener has an address")
    }

    /// Serves until SIGINT or SIGTERM, lets running requests finish, then closes the database.
    pub async fn run_until_stopped(self) -> anyhow::Result<()> {
        axum::serve(self.listener, self.router)
            .with_graceful_shutdown(shutdown_signal())
            .await
            .context("the server stopped with an error")?;
        self.db.close().await;
        tracing::info!("stopped");
        Ok(())
    }
}

pub fn router(state: AppState) -> Router {
    let routes = generate_route_list(App);
    let pkg_dir = format!(
        "{}/{}",
        state.leptos_options.site_root, state.leptos_options.site_pkg_dir
    );
    // The bundle keeps its name between builds, so browsers must revalidate it (a cheap 304).
    let pkg = ServiceBuilder::new()
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-cache"),
        ))
        .service(
            ServeDir::new(pkg_dir)
                .precompressed_br()
                .precompressed_gzip(),
        );
    let page_context = {
        let state = state.clone();
        move || provide_context(state.clone())
    };
    let leptos_options = state.leptos_options.clone();

    Router::new()
        .route("/healthz", get(healthz))
        .route("/lang/{code}", get(switch_language))
        .nest_service("/pkg", pkg)
        .leptos_routes_with_context(&state, routes, page_context.clone(), move || shell(leptos_options.clone()))
        .fallback(file_and_error_handler_with_context::<AppState, _>(page_context, shell))
        .layer(
            ServiceBuilder::new()
                .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid))
                .layer(
                    TraceLayer::new_for_http()
                        .make_span_with(|request: &Request<_>| {
                            let id = request.headers().get(REQUEST_ID).and_then(|v| v.to_str().ok()).unwrap_or("-");
                            tracing::info_span!("request", id, method = %request.method(), path = request.uri().path())
                        })
                        .on_response(DefaultOnResponse::new().level(Level::INFO).latency_unit(tower_http::LatencyUnit::Micros)),
                )
                .layer(PropagateRequestIdLayer::new(REQUEST_ID))
                .layer(RequestBodyLimitLayer::new(BODY_LIMIT_BYTES))
                .layer(SetResponseHeaderLayer::if_not_present(
                    header::X_CONTENT_TYPE_OPTIONS,
                    HeaderValue::from_static("nosniff"),
                ))
                .layer(CompressionLayer::new()),
        )
        .with_state(state)
}

async fn shutdown_signal() {
    let interrupt = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(_) => std::future::pending().await,
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = interrupt => {},
        () = terminate => {},
    }
    tracing::info!("shutting down: finishing running requests");
}
