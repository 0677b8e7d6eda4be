//! Links in messages that act without signing in (cancel a registration, answer a consent
//! request) carry an HMAC of what they point to, made with the installation's key. A link can be
//! made again for the same registration (so a double tap finds the first one's page) and cannot
//! be forged for another.

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

use super::db::Db;

/// What a link may do; a link for one purpose does nothing for another.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// The participant's own page: status, add to calendar, cancel.
    Registration,
    /// The parent's answer to a consent request.
    Consent,
    /// One rendering of a registration form: a double tap from it gets the first answer again.
    Form,
}

impl Purpose {
    fn label(self) -> &'static [u8] {
        match self {
            Purpose::Registration => b"registration",
            Purpose::Consent => b"consent",
            Purpose::Form => b"form",
        }
    }
}

#[derive(Clone)]
pub struct LinkKey(Vec<u8>);

impl std::fmt::Debug for LinkKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("LinkKey(..)")
    }
}

impl LinkKey {
    /// The installation's key: made by the first process that starts, read by all the others.
    pub async fn load_or_create(db: &Db) -> sqlx::Result<Self> {
        let mut fresh = [0u8; 32];
        getrandom::fill(&mut fresh).expect("the operating system provides randomness");
        let fresh: String = fresh.iter().map(|byte| format!("{byte:02x}")).collect();
        sqlx::query("INSERT INTO signing_keys (id, secret) VALUES (1, $1) ON CONFLICT (id) DO NOTHING")
            .bind(fresh)
            .execute(db.pool())
            .await?;
        let (secret,): (String,) =
            sqlx::query_as("SELECT secret FROM signing_keys WHERE id = 1").fetch_one(db.pool()).await?;
        Ok(LinkKey(secret.into_bytes()))
    }

    fn mac(&self, purpose: Purpose, id: i64) -> Hmac<Sha256> {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC takes keys of any length");
        mac.update(purpose.label());
        mac.update(&id.to_be_bytes());
        mac
    }

    /// "42-1f9c…": the id and its signature.
    pub fn token(&self, purpose: Purpose, id: i64) -> String {
        let signature: String =
            self.mac(purpose, id).finalize().into_bytes().iter().map(|b| format!("{b:02x}")).collect();
        format!("{id}-{signature}")
    }

    /// 32 hex digits that stand for `parts` and cannot be turned back into them without the key.
    pub fn digest(&self, parts: &[&[u8]]) -> String {
        let mut mac = Hmac::<Sha256>::new_from_slice(&self.0).expect("HMAC takes keys of any length");
        for part in parts {
            // Lengths first, so that ("ab", "c") and ("a", "bc") differ.
            mac.update(&(part.len() as u64).to_be_bytes());
            mac.update(part);
        }
        mac.finalize().into_bytes()[..16].iter().map(|b| format!("{b:02x}")).collect()
    }

    /// A token for one form, made at random when the page is rendered and stored only when the
    /// form is used, so that rendering writes nothing.
    pub fn form_token(&self) -> String {
        let mut nonce = [0u8; 8];
        getrandom::fill(&mut nonce).expect("the operating system provides randomness");
        self.token(Purpose::Form, i64::from_be_bytes(nonce) & i64::MAX)
    }

    /// The id a token was made for, if its signature holds (compared in constant time).
    pub fn verify(&self, purpose: Purpose, token: &str) -> Option<i64> {
        let (id, signature) = token.split_once('-')?;
        let id: i64 = id.parse().ok()?;
        if signature.len() != 64 || !signature.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let bytes: Vec<u8> =
            (0..32).map(|i| u8::from_str_radix(&signature[2 * i..2 * i + 2], 16)).collect::<Result<_, _>>().ok()?;
        self.mac(purpose, id).verify_slice(&bytes).ok().map(|()| id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_verify_for_their_id_and_purpose_only() {
        let key = LinkKey(b"test key".to_vec());
        let token = key.token(Purpose::Registration, 42);
        assert_eq!(key.verify(Purpose::Registration, &token), Some(42));
        assert_eq!(key.verify(Purpose::Consent, &token), None, "another purpose");
        let forged = token.replacen("42-", "43-", 1);
        assert_eq!(key.verify(Purpose::Registration, &forged), None, "another id");
        assert_eq!(LinkKey(b"other".to_vec()).verify(Purpose::Registration, &token), None, "another key");
        assert_eq!(key.verify(Purpose::Registration, "42-zz"), None);
        assert_eq!(key.verify(Purpose::Registration, ""), None);
    }
}
