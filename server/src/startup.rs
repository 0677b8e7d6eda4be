//! Connects the database, builds the router and serves it until a shutdown signal.

use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::Context;
use app::ssr::db::Db;
use app::ssr::links::LinkKey;
use app::ssr::outbox;
use app::ssr::state::AppState;
use app::ui::{App, shell};
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::http::{HeaderName, HeaderValue, Request, header};
use axum::http::{Method, StatusCode};
use axum::routing::{MethodRouter, get, post};
use leptos::config::LeptosOptions;
use leptos::prelude::provide_context;
use leptos_axum::{LeptosRoutes, file_and_error_handler_with_context, generate_route_list};
use tokio::net::TcpListener;
use tokio::signal::unix::{Signal, SignalKind, signal};
use tower::ServiceBuilder;
use tower_http::compression::CompressionLayer;
use tower_http::request_id::{MakeRequestUuid, PropagateRequestIdLayer, SetRequestIdLayer};
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::{DefaultOnResponse, TraceLayer};
use tracing::Level;

use crate::config::Config;
use crate::jobs;
use crate::mail::{self, LinkMaking, Mailer};
use crate::routes::{
    account, calendar, contact_address, health::healthz, ideas, lang::switch_language, network, offers, own_data,
    participants, programmes, registrations, sites,
};
use crate::security;
use crate::serve;
use crate::valid_html;

/// Forms carry a few kilobytes; 4,000 Arabic letters of a description are 36 KB percent-encoded.
/// A megabyte lets a pasted text far beyond any field's length reach the form, which answers with
/// "too long" and the text kept (cut at `forms::MAX_*_CHARS`), instead of a bare refusal.
const BODY_LIMIT_BYTES: usize = 1024 * 1024;
const REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

pub struct Application {
    listener: TcpListener,
    router: Router,
    db: Db,
    mailer: Mailer,
    signals: ShutdownSignals,
    public_url: String,
    links: LinkKey,
    organizer: String,
}

impl Application {
    /// Opens and migrates the database, loads the demo data unless told not to, and binds the port.
    /// Every failure reads as one sentence saying what to fix.
    pub async fn build(config: Config) -> anyhow::Result<Self> {
        let db = Db::connect(&config.database_url, config.db_connections).await?;
        db.migrate().await?;
        let school_holidays = Arc::new(read_school_holidays(config.school_holidays.as_deref())?);
        let links = LinkKey::load_or_create(&db, &config.key_file)
            .await
            .with_context(|| format!("cannot read or create the key file {}", config.key_file.display()))?;
        if !config.no_demo {
            let loaded = crate::demo::load(&db, &links, &school_holidays, chrono::Utc::now())
                .await
                .context("cannot load the demo data")?;
            if loaded {
                tracing::info!("demo data loaded");
            }
        }
        let listener = TcpListener::bind(config.addr)
            .await
            .with_context(|| format!("cannot listen on {} (is another server running there?)", config.addr))?;
        let bound = listener.local_addr()?;
        let leptos_options = LeptosOptions::builder()
            .output_name("treffpunkt")
            .site_root(config.site_root.to_string_lossy().into_owned())
            .site_pkg_dir("pkg")
            .site_addr(bound)
            .build();
        let from: lettre::message::Mailbox = config
            .mail_from
            .parse()
            .with_context(|| format!("TREFFPUNKT_MAIL_FROM {:?} is not an address", config.mail_from))?;
        let organizer = from.email.to_string();
        let public_url = config.public_url(bound);
        let sealed = outbox::seal_legacy(&db, &links).await?;
        if sealed > 0 {
            tracing::info!(sealed, "links in older messages replaced by placeholders");
        }
        let making = LinkMaking { public_url: public_url.clone(), key: links.clone() };
        let mailer = match &config.smtp_url {
            Some(url) => Mailer::to_smtp(url, from, making)?,
            None => Mailer::to_files(config.outbox_dir.clone(), from, making)?,
        };
        let proxies = Arc::new(config.trusted_proxies.clone());
        let router = router(AppState {
            db: db.clone(),
            leptos_options,
            public_url: public_url.clone(),
            caches: Arc::default(),
            links: links.clone(),
            organizer: organizer.clone(),
            zone: config.time_zone,
            school_holidays,
            desk: Arc::default(),
        })
        .layer(axum::middleware::from_fn_with_state(proxies, crate::proxy::resolve_client));
        Ok(Application {
            listener,
            router,
            db,
            mailer,
            signals: ShutdownSignals::register()?,
            public_url,
            links,
            organizer,
        })
    }

    pub fn local_addr(&self) -> SocketAddr {
        self.listener.local_addr().expect("a bound listener has an address")
    }

    /// The server's own database handle (its statement counter included).
    pub fn db(&self) -> &Db {
        &self.db
    }

    pub fn mailer(&self) -> &Mailer {
        &self.mailer
    }

    /// Serves and delivers mail until SIGINT or SIGTERM, lets running requests finish, then closes
    /// the database.
    pub async fn run_until_stopped(self) -> anyhow::Result<()> {
        let (stop, stopped) = tokio::sync::watch::channel(false);
        let delivery = tokio::spawn(mail::run_until_stopped(self.db.clone(), self.mailer.clone(), stopped.clone()));
        let jobs = tokio::spawn(jobs::run_until_stopped(
            self.db.clone(),
            (self.public_url, self.organizer),
            self.links,
            stopped,
        ));
        let max_connections = serve::max_connections(serve::open_file_limit());
        let served = serve::serve(self.listener, self.router, max_connections, self.signals.received()).await;
        let _ = stop.send(true);
        let _ = delivery.await;
        let _ = jobs.await;
        served.context("the server stopped with an error")?;
        self.db.close().await;
        tracing::info!("stopped");
        Ok(())
    }
}

/// The school holidays from `file`, or those built in; a broken line stops the start with its
/// number, so that no series is planned on a half-read calendar.
fn read_school_holidays(file: Option<&std::path::Path>) -> anyhow::Result<Vec<app::domain::days_off::Period>> {
    use app::domain::days_off::{SCHOOL_HOLIDAYS, parse_school_holidays};
    let (text, source) = match file {
        Some(path) => (
            std::fs::read_to_string(path)
                .with_context(|| format!("cannot read the school holidays {}", path.display()))?,
            path.display().to_string(),
        ),
        None => (SCHOOL_HOLIDAYS.to_owned(), "the built-in school holidays".to_owned()),
    };
    parse_school_holidays(&text).map_err(|error| anyhow::anyhow!("{source}, {error}"))
}

/// The routes beside the Leptos pages. The router is built from this list and the permission
/// test walks it, so a route cannot be added without the test knowing it.
pub fn plain_routes() -> Vec<(Method, &'static str, MethodRouter<AppState>)> {
    vec![
        (Method::GET, "/healthz", get(healthz)),
        (Method::GET, "/lang/{code}", get(switch_language)),
        (Method::GET, "/site-choice", get(sites::choose_site)),
        (Method::GET, "/offers/{id}/calendar.ics", get(calendar::offer)),
        (Method::GET, "/programmes/{slug}/calendar.ics", get(calendar::programme)),
        (Method::GET, "/organisations/{id}/calendar.ics", get(calendar::organisation)),
        (Method::GET, "/sites/{slug}/calendar.ics", get(calendar::site)),
        (Method::GET, "/feeds/{token}", get(calendar::private)),
        (Method::POST, "/me/feed", post(calendar::renew_private)),
        (Method::POST, "/staff/login", post(account::sign_in)),
        (Method::POST, "/logout", post(account::sign_out)),
        (Method::POST, "/staff/password-reset", post(account::request_password_reset)),
        (Method::POST, "/staff/set-password/{token}", post(account::set_password)),
        (Method::POST, "/staff/users/invite", post(account::invite)),
        (Method::POST, "/staff/outbox/{id}/retry", post(account::retry_mail)),
        (Method::POST, "/staff/offers", post(offers::create_offer)),
        (Method::POST, "/staff/offers/{id}", post(offers::update_offer)),
        (Method::POST, "/staff/offers/{id}/status", post(offers::change_status)),
        (Method::POST, "/staff/offers/{id}/times", post(offers::retime_series)),
        (Method::POST, "/staff/offers/{id}/sessions", post(offers::add_session)),
        (Method::POST, "/staff/offers/{id}/sessions/{session}/move", post(offers::move_session)),
        (Method::POST, "/staff/offers/{id}/sessions/{session}/cancel", post(offers::cancel_session)),
        (Method::POST, "/staff/offers/{id}/participants", post(participants::add_walk_in)),
        (Method::GET, "/staff/offers/{id}/participants.csv", get(participants::csv)),
        (Method::POST, "/staff/offers/{id}/message", post(participants::message)),
        (Method::POST, "/staff/registrations/{id}/cancel", post(participants::cancel)),
        (Method::POST, "/staff/registrations/{id}/move-up", post(participants::move_up)),
        (Method::POST, "/staff/registrations/{id}/paper-consent", post(participants::paper_consent)),
        (Method::POST, "/staff/registrations/{id}/trip-consent", post(participants::trip_consent)),
        (Method::POST, "/staff/registrations/{id}/photo-consent", post(participants::photo_consent)),
        (Method::POST, "/staff/offers/{id}/hold", post(participants::hold)),
        (Method::POST, "/staff/offers/{id}/hold/end", post(participants::end_hold)),
        (Method::POST, "/staff/participants/{id}", post(participants::correct)),
        (Method::POST, "/staff/programmes", post(programmes::create_programme)),
        (Method::POST, "/staff/programmes/{id}", post(programmes::update_programme)),
        (Method::POST, "/staff/programmes/{id}/offers", post(programmes::include_offer)),
        (Method::POST, "/staff/sites", post(sites::create_site)),
        (Method::POST, "/staff/sites/{id}", post(sites::update_site)),
        (Method::POST, "/staff/sites/{id}/closing-days", post(sites::add_closing_day)),
        (Method::POST, "/staff/sites/{id}/closing-days/remove", post(sites::remove_closing_day)),
        (Method::POST, "/staff/organisations", post(network::create_organisation)),
        (Method::POST, "/staff/organisations/{id}", post(network::update_organisation)),
        (Method::POST, "/staff/organisations/{id}/archive", post(network::archive_organisation)),
        (Method::POST, "/staff/venues", post(network::create_venue)),
        (Method::POST, "/staff/venues/propose", post(network::propose_venue)),
        (Method::POST, "/staff/venues/{id}/confirm", post(network::confirm_venue)),
        (Method::POST, "/staff/venues/{id}", post(network::update_venue)),
        (Method::POST, "/staff/venues/{id}/archive", post(network::archive_venue)),
        (Method::POST, "/offers/{id}/register", post(registrations::register)),
        (Method::POST, "/r/{token}/cancel", post(registrations::cancel)),
        (Method::POST, "/r/{token}/details", post(registrations::correct_details)),
        (Method::GET, "/r/{token}/calendar.ics", get(registrations::calendar_file)),
        (Method::POST, "/consent/{token}", post(registrations::answer_consent)),
        (Method::POST, "/me/link", post(account::request_magic_link)),
        (Method::POST, "/me/open/{token}", post(account::open_magic_link)),
        (Method::GET, "/me/people/{id}/data.json", get(own_data::download)),
        (Method::POST, "/me/people/{id}/photos", post(own_data::withdraw_photos)),
        (Method::POST, "/me/people/{id}/delete", post(own_data::delete)),
        (Method::POST, "/me/delete", post(own_data::delete_all)),
        (Method::POST, "/me/people/{id}/address", post(contact_address::request)),
        (Method::POST, "/me/people/{id}/address/remove", post(contact_address::remove)),
        (Method::POST, "/me/address/{token}", post(contact_address::confirm)),
        (Method::POST, "/me/address/parent/{token}", post(contact_address::answer_parent)),
        (Method::GET, "/staff/people/{id}/data.json", get(participants::export_person)),
        (Method::GET, "/staff/privacy/record.csv", get(own_data::record)),
        (Method::GET, "/staff/privacy/figures.csv", get(own_data::figures)),
        (Method::POST, "/staff/people/{id}/delete", post(participants::delete_person)),
        (Method::POST, "/join", post(ideas::join)),
        (Method::POST, "/join/again", post(ideas::join_again)),
        (Method::POST, "/ideas/rounds/{id}/vote", post(ideas::vote)),
        (Method::POST, "/staff/idea-rounds/{id}/vote", post(ideas::open_vote)),
        (Method::POST, "/staff/join-codes/{id}/confirm", post(ideas::confirm_joins)),
        (Method::POST, "/ideas", post(ideas::submit)),
        (Method::POST, "/ideas/{id}/support", post(ideas::support)),
        (Method::POST, "/ideas/{id}/withdraw", post(ideas::withdraw)),
        (Method::POST, "/ideas/{id}/report", post(ideas::report)),
        (Method::POST, "/staff/idea-rounds", post(ideas::create_round)),
        (Method::POST, "/staff/idea-rounds/{id}/pause", post(ideas::pause_round)),
        (Method::POST, "/staff/idea-rounds/{id}/resume", post(ideas::resume_round)),
        (Method::POST, "/staff/ideas/paper", post(ideas::paper_idea)),
        (Method::POST, "/staff/ideas/{id}/decide", post(ideas::decide)),
        (Method::POST, "/staff/ideas/{id}/paper-supports", post(ideas::paper_supports)),
        (Method::POST, "/staff/join-codes", post(ideas::create_code)),
        (Method::POST, "/staff/join-codes/{id}/revoke", post(ideas::revoke_code)),
    ]
}

/// Every endpoint the server answers: plain routes, Leptos pages and server functions.
pub fn endpoints() -> Vec<(Method, String)> {
    let plain = plain_routes().into_iter().map(|(method, path, _)| (method, path.to_owned()));
    let pages = generate_route_list(App).into_iter().map(|route| (Method::GET, route.path().to_owned()));
    let server_functions = leptos::server_fn::axum::server_fn_paths().map(|(path, method)| (method, path.to_owned()));
    plain.chain(pages).chain(server_functions).collect()
}

pub fn router(state: AppState) -> Router {
    let routes = generate_route_list(App);
    let pkg_dir = format!("{}/{}", state.leptos_options.site_root, state.leptos_options.site_pkg_dir);
    // The bundle keeps its name between builds, so browsers must revalidate it (a cheap 304).
    let pkg = ServiceBuilder::new()
        .layer(SetResponseHeaderLayer::overriding(header::CACHE_CONTROL, HeaderValue::from_static("no-cache")))
        .service(ServeDir::new(pkg_dir).precompressed_br().precompressed_gzip());
    let page_context = {
        let state = state.clone();
        move || provide_context(state.clone())
    };
    let leptos_options = state.leptos_options.clone();

    plain_routes()
        .into_iter()
        .fold(Router::new(), |router, (_, path, handler)| router.route(path, handler))
        .leptos_routes_with_context(&state, routes, page_context.clone(), move || shell(leptos_options.clone()))
        .fallback(file_and_error_handler_with_context::<AppState, _>(page_context, shell))
        // Who is asking matters to pages and forms, not to the bundle: /pkg is added after this layer
        // so that a signed-in browser's asset requests cost no session lookup.
        .layer(axum::middleware::from_fn_with_state(state.clone(), security::resolve_actor))
        .layer(axum::middleware::from_fn(security::record_route))
        .layer(axum::middleware::from_fn(security::answer_in_readers_language))
        // Inside compression, so that it rewrites the page itself.
        .layer(axum::middleware::from_fn(valid_html::tidy))
        .nest_service("/pkg", pkg)
        .layer(
            ServiceBuilder::new()
                .layer(SetRequestIdLayer::new(REQUEST_ID, MakeRequestUuid))
                .layer(
                    TraceLayer::new_for_http()
                        .make_span_with(|request: &Request<_>| {
                            let id = request.headers().get(REQUEST_ID).and_then(|v| v.to_str().ok()).unwrap_or("-");
                            let route = tracing::field::Empty;
                            tracing::info_span!("request", id, method = %request.method(), route)
                        })
                        .on_response(
                            DefaultOnResponse::new().level(Level::INFO).latency_unit(tower_http::LatencyUnit::Micros),
                        ),
                )
                .layer(PropagateRequestIdLayer::new(REQUEST_ID))
                .layer(SetResponseHeaderLayer::if_not_present(
                    header::X_CONTENT_TYPE_OPTIONS,
                    HeaderValue::from_static("nosniff"),
                ))
                .layer(SetResponseHeaderLayer::if_not_present(
                    header::REFERRER_POLICY,
                    HeaderValue::from_static("same-origin"),
                ))
                .layer(SetResponseHeaderLayer::if_not_present(
                    header::CONTENT_SECURITY_POLICY,
                    HeaderValue::from_static(security::DEFAULT_CSP),
                ))
                .layer(CompressionLayer::new())
                .layer(axum::middleware::from_fn(security::reject_cross_site)),
        )
        .layer(DefaultBodyLimit::max(BODY_LIMIT_BYTES))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, serve::REQUEST_TIMEOUT))
        .with_state(state)
}

/// SIGINT and SIGTERM, registered when the application is built, so that a signal sent right
/// after the address is printed is not missed.
struct ShutdownSignals {
    interrupt: Signal,
    terminate: Signal,
}

impl ShutdownSignals {
    fn register() -> anyhow::Result<Self> {
        let listen = |kind| signal(kind).context("cannot listen for shutdown signals");
        Ok(ShutdownSignals { interrupt: listen(SignalKind::interrupt())?, terminate: listen(SignalKind::terminate())? })
    }

    async fn received(mut self) {
        tokio::select! {
            _ = self.interrupt.recv() => {},
            _ = self.terminate.recv() => {},
        }
        tracing::info!("shutting down: finishing running requests");
    }
}
