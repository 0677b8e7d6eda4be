//! Fixed-window counters in the database, so that several server processes share one count.
//! A bucket's name is an HMAC of what it counts (an address, a network), made with the server's
//! key: a plain hash of an IPv4 address or an email address could be reversed by trying them all.

use sqlx::AnyConnection;

use super::db::Db;
use super::links::LinkKey;

#[derive(Clone, Copy, Debug)]
pub struct Limit {
    pub max_hits: i64,
    pub window_seconds: i64,
}

const HOUR: i64 = 60 * 60;

/// Reset and magic-link requests per address, and sign-in attempts per (account, network): a
/// pupil who tries a teacher's address locks out only their own network.
pub const PER_EMAIL: Limit = Limit { max_hits: 5, window_seconds: 15 * 60 };
/// Sign-in attempts per account from everywhere: loose, so that nobody locks staff out.
pub const PER_ACCOUNT: Limit = Limit { max_hits: 50, window_seconds: 15 * 60 };
/// Per network only a generous backstop: a school's Wi-Fi or a mobile carrier puts many people
/// behind one address.
pub const PER_NETWORK: Limit = Limit { max_hits: 300, window_seconds: 15 * 60 };
/// Messages the public registration form causes to one address (confirmations, "you are
/// registered already"): enough for a young person who signs up for a whole programme, too few
/// to flood somebody's mailbox through Treffpunkt.
pub const FORM_MAIL_PER_ADDRESS: Limit = Limit { max_hits: 10, window_seconds: HOUR };
/// Consent requests to one parent's address: siblings and several offers, not a flood.
pub const CONSENT_PER_PARENT: Limit = Limit { max_hits: 6, window_seconds: 24 * HOUR };

/// What a bucket counts; its name starts the bucket so that the table can be read.
#[derive(Clone, Copy, Debug)]
pub enum Counted<'a> {
    SignIn { account: &'a str, network: &'a str },
    Account(&'a str),
    Link { what: &'a str, address: &'a str },
    Network { what: &'a str, network: &'a str },
    FormMail(&'a str),
    ConsentRequest(&'a str),
}

impl Counted<'_> {
    /// The bucket's name: a short label and 32 hex digits, whatever was typed.
    pub fn bucket(self, key: &LinkKey) -> String {
        let (label, parts): (&str, [&str; 2]) = match self {
            Counted::SignIn { account, network } => ("signin", [account, network]),
            Counted::Account(account) => ("account", [account, ""]),
            Counted::Link { what, address } => (what, [address, ""]),
            Counted::Network { what, network } => (what, ["net", network]),
            Counted::FormMail(address) => ("form-mail", [address, ""]),
            Counted::ConsentRequest(address) => ("consent", [address, ""]),
        };
        format!("{label}:{}", key.digest(&[label.as_bytes(), parts[0].as_bytes(), parts[1].as_bytes()]))
    }
}

/// Counts one attempt in `bucket`; false when the limit for the current window is used up.
pub async fn hit(db: &Db, bucket: &str, limit: Limit, now: i64) -> sqlx::Result<bool> {
    hit_in(&mut *db.pool().acquire().await?, bucket, limit, now).await
}

/// `hit` inside the caller's transaction: a registration counts its limits in its own write.
pub async fn hit_in(conn: &mut AnyConnection, bucket: &str, limit: Limit, now: i64) -> sqlx::Result<bool> {
    let (hits,): (i64,) = sqlx::query_as(
        "INSERT INTO rate_limits (bucket, window_start, hits) VALUES ($1, $2, 1)
         ON CONFLICT (bucket) DO UPDATE SET
             hits = CASE WHEN rate_limits.window_start <= $3 THEN 1 ELSE rate_limits.hits + 1 END,
             window_start = CASE WHEN rate_limits.window_start <= $3 THEN $2 ELSE rate_limits.window_start END
         RETURNING hits",
    )
    .bind(bucket)
    .bind(now)
    .bind(now - limit.window_seconds)
    .fetch_one(&mut *conn)
    .await?;
    Ok(hits <= limit.max_hits)
}

/// Forgets the count of `bucket`: after a successful sign-in, the person's earlier attempts no
/// longer count against them (a staff member signing in on several devices is not an attack).
pub async fn clear(db: &Db, bucket: &str) -> sqlx::Result<()> {
    sqlx::query("DELETE FROM rate_limits WHERE bucket = $1").bind(bucket).execute(db.pool()).await?;
    Ok(())
}

/// Removes counters whose window ended a day ago or more (the longest window is a day).
pub async fn purge(conn: &mut AnyConnection, now: i64) -> sqlx::Result<u64> {
    let done =
        sqlx::query("DELETE FROM rate_limits WHERE window_start < $1").bind(now - 2 * 24 * HOUR).execute(conn).await?;
    Ok(done.rows_affected())
}
