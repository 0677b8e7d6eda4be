use std::sync::atomic::{AtomicUsize, Ordering};

use app::ssr::db::{Backend, Db};
use server::config::Config;
use server::startup::Application;

/// Declares each listed test once per backend: `sqlite::name` and `postgres::name`.
#[macro_export]
macro_rules! on_both_backends {
    ($($name:ident),+ $(,)?) => {
        mod sqlite {
            $(#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() {
                super::$name($crate::helpers::TestApp::spawn(app::ssr::db::Backend::Sqlite).await).await;
            })+
        }
        mod postgres {
            $(#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() {
                let Some(app) = $crate::helpers::TestApp::spawn_postgres().await else { return };
                super::$name(app).await;
            })+
        }
    };
}

pub struct TestApp {
    pub address: String,
    pub db: Db,
    pub client: reqwest::Client,
    // Kept so that the SQLite file lives as long as the test.
    _dir: tempfile::TempDir,
}

impl TestApp {
    pub async fn spawn(backend: Backend) -> TestApp {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let database_url = match backend {
            Backend::Sqlite => format!("sqlite://{}/test.db", dir.path().display()),
            Backend::Postgres => fresh_postgres_database()
                .await
                .expect("TEST_POSTGRES_URL is set"),
        };
        let config = Config {
            database_url: database_url.clone(),
            addr: "127.0.0.1:0".parse().unwrap(),
            site_root: dir.path().join("site"),
            no_demo: false,
            db_connections: 8,
            log_json: false,
        };
        let app = Application::build(config).await.expect("the app starts");
        let address = format!("http://{}", app.local_addr());
        tokio::spawn(app.run_until_stopped());
        let db = Db::connect(&database_url, 2)
            .await
            .expect("a second pool for checks");
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .cookie_store(true)
            .build()
            .unwrap();
        TestApp {
            address,
            db,
            client,
            _dir: dir,
        }
    }

    /// None when no PostgreSQL server is configured, unless the run demands one.
    pub async fn spawn_postgres() -> Option<TestApp> {
        if std::env::var("TEST_POSTGRES_URL").is_err() {
            assert!(
                std::env::var("TREFFPUNKT_REQUIRE_POSTGRES").is_err(),
                "TREFFPUNKT_REQUIRE_POSTGRES is set but TEST_POSTGRES_URL is not"
            );
            return None;
        }
        Some(TestApp::spawn(Backend::Postgres).await)
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    /// GET a page as a browser in `lang` without JavaScript; returns status and body.
    pub async fn page(&self, path: &str, accept_language: &str) -> (u16, String) {
        let response = self
            .client
            .get(self.url(path))
            .header("accept-language", accept_language)
            .send()
            .await
            .expect("the server answers");
        let status = response.status().as_u16();
        (status, response.text().await.unwrap())
    }

    pub async fn offer_id(&self, german_title: &str) -> i64 {
        let (id,): (i64,) = sqlx::query_as("SELECT id FROM offers WHERE title = $1")
            .bind(german_title)
            .fetch_one(self.db.pool())
            .await
            .unwrap_or_else(|e| panic!("no demo offer {german_title:?}: {e}"));
        id
    }
}

/// Creates an empty database on the test server, so that tests do not see each other's rows.
async fn fresh_postgres_database() -> Option<String> {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let admin_url = std::env::var("TEST_POSTGRES_URL").ok()?;
    let name = format!(
        "treffpunkt_test_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    );
    let admin = Db::connect(&admin_url, 1)
        .await
        .expect("the PostgreSQL test server answers");
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(admin.pool())
        .await
        .expect("a test database");
    admin.close().await;
    let (base, _) = admin_url
        .rsplit_once('/')
        .expect("a database URL ends in /dbname");
    Some(format!("{base}/{name}"))
}
