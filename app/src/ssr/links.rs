//! Links in messages that act without signing in (cancel a registration, answer a consent
//! request) carry an HMAC of what they point to, made with the installation's key. A link can be
//! made again for the same registration (so a double tap finds the first one's page) and cannot
//! be forged for another.

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

use std::path::Path;

use super::db::Db;
use crate::i18n::Lang;

/// What a link may do; a link for one purpose does nothing for another.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    /// The participant's own page: status, add to calendar, cancel.
    Registration,
    /// The parent's answer to a consent request.
    Consent,
    /// One rendering of a registration form: a double tap from it gets the first answer again.
    Form,
    /// Set an account's password (an invitation or a reset).
    SetPassword,
    /// Open "My registrations" of an email address.
    MagicLink,
    /// See and register for an offer shown only to those invited.
    OfferInvitation,
    /// Confirm one's own address for messages (a young person who joined with a code).
    ContactAddress,
    /// A parent's answer to their child's address being kept.
    ContactParent,
}

impl Purpose {
    fn label(self) -> &'static [u8] {
        match self {
            Purpose::Registration => b"registration",
            Purpose::Consent => b"consent",
            Purpose::Form => b"form",
            Purpose::SetPassword => b"set-password",
            Purpose::MagicLink => b"magic-link",
            Purpose::OfferInvitation => b"offer-invitation",
            Purpose::ContactAddress => b"contact-address",
            Purpose::ContactParent => b"contact-parent",
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
    /// The installation's key, from its key file: made by the first process that starts (a
    /// second one at the same moment reads the first one's), read by all the others. The key
    /// lives outside the database, so that a copy of the database or of a backup forges no link.
    /// An installation from before the key file had its key in the database: it moves into the
    /// file, so that links already sent keep working, and leaves the database.
    pub async fn load_or_create(db: &Db, path: &Path) -> std::io::Result<Self> {
        let key = match read(path)? {
            Some(key) => key,
            None => {
                let stored: Option<(String,)> = sqlx::query_as("SELECT secret FROM signing_keys WHERE id = 1")
                    .fetch_optional(db.pool())
                    .await
                    .map_err(std::io::Error::other)?;
                let secret = stored.map_or_else(fresh_secret, |(secret,)| secret);
                create(path, &secret)?
            }
        };
        forget_stored(db).await.map_err(std::io::Error::other)?;
        Ok(key)
    }

    #[cfg(test)]
    pub(crate) fn from_secret(secret: &str) -> Self {
        LinkKey(secret.as_bytes().to_vec())
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
        self.token(Purpose::Form, nonce())
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

/// A random positive number that a token signs, where no row id fits (forms, single-use links).
pub fn nonce() -> i64 {
    let mut bytes = [0u8; 8];
    getrandom::fill(&mut bytes).expect("the operating system provides randomness");
    i64::from_be_bytes(bytes) & i64::MAX
}

/// A link in a message, as what it opens and not as its secret: the outbox keeps this, and the
/// link itself is made with the key (from the key file) when the message is sent. A copy of the
/// database therefore holds no link that opens anything.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Link {
    /// A registration's own page.
    Registration(i64),
    /// The parent's consent page of a registration, in the parent's language.
    Consent(i64, Lang),
    /// A single-use link to set a password; the number is the nonce its token signs.
    SetPassword(i64),
    /// A single-use link that opens "My registrations"; the number is the nonce its token signs.
    MagicLink(i64),
    /// The confirmation of an address a young person gave (a `contact_requests` row).
    ContactAddress(i64),
    /// A parent's answer to that address being kept, in the parent's language.
    ContactParent(i64, Lang),
}

impl Link {
    /// The secret part of the link.
    pub fn token(self, key: &LinkKey) -> String {
        match self {
            Link::Registration(id) => key.token(Purpose::Registration, id),
            Link::Consent(id, _) => key.token(Purpose::Consent, id),
            Link::SetPassword(nonce) => key.token(Purpose::SetPassword, nonce),
            Link::MagicLink(nonce) => key.token(Purpose::MagicLink, nonce),
            Link::ContactAddress(id) => key.token(Purpose::ContactAddress, id),
            Link::ContactParent(id, _) => key.token(Purpose::ContactParent, id),
        }
    }

    /// The link as the recipient gets it.
    pub fn url(self, public_url: &str, key: &LinkKey) -> String {
        let token = self.token(key);
        match self {
            Link::Registration(_) => format!("{public_url}/r/{token}"),
            Link::Consent(_, lang) => format!("{public_url}/consent/{token}?lang={}", lang.code()),
            Link::SetPassword(_) => format!("{public_url}/staff/set-password/{token}"),
            Link::MagicLink(_) => format!("{public_url}/me/open/{token}"),
            Link::ContactAddress(_) => format!("{public_url}/me/address/{token}"),
            Link::ContactParent(_, lang) => format!("{public_url}/me/address/parent/{token}?lang={}", lang.code()),
        }
    }

    /// How the outbox stores it: "registration:42", "consent:42:ar", "set-password:…", "magic:…",
    /// "address:7", "address-parent:7:tr".
    pub fn code(self) -> String {
        match self {
            Link::Registration(id) => format!("registration:{id}"),
            Link::Consent(id, lang) => format!("consent:{id}:{}", lang.code()),
            Link::SetPassword(nonce) => format!("set-password:{nonce}"),
            Link::MagicLink(nonce) => format!("magic:{nonce}"),
            Link::ContactAddress(id) => format!("address:{id}"),
            Link::ContactParent(id, lang) => format!("address-parent:{id}:{}", lang.code()),
        }
    }

    pub fn parse(code: &str) -> Option<Link> {
        let mut parts = code.split(':');
        let kind = parts.next()?;
        let number: i64 = parts.next()?.parse().ok()?;
        let link = match (kind, parts.next()) {
            ("registration", None) => Link::Registration(number),
            ("consent", Some(lang)) => Link::Consent(number, Lang::from_code(lang)?),
            ("set-password", None) => Link::SetPassword(number),
            ("magic", None) => Link::MagicLink(number),
            ("address", None) => Link::ContactAddress(number),
            ("address-parent", Some(lang)) => Link::ContactParent(number, Lang::from_code(lang)?),
            _ => return None,
        };
        parts.next().is_none().then_some(link)
    }
}

/// Where link number `index` of a message stands in its text until the message is sent. Text a
/// stranger typed may contain the same characters: it can only repeat a link of the same message
/// to the same recipient, never reach another message's link.
pub fn placeholder(index: usize) -> String {
    format!("[[link {index}]]")
}

/// The text with every placeholder replaced by its link; a placeholder without a link stays.
pub fn fill(text: &str, links: &[Link], public_url: &str, key: &LinkKey) -> String {
    let mut filled = text.to_owned();
    for (index, link) in links.iter().enumerate() {
        let marker = placeholder(index);
        if filled.contains(&marker) {
            filled = filled.replace(&marker, &link.url(public_url, key));
        }
    }
    filled
}

/// 32 random bytes, written as 64 hex digits (the form keys have always had).
fn fresh_secret() -> String {
    let mut fresh = [0u8; 32];
    getrandom::fill(&mut fresh).expect("the operating system provides randomness");
    fresh.iter().map(|byte| format!("{byte:02x}")).collect()
}

/// The key in `path`, if the file exists; a file that is empty or cut short is an error, never a
/// new key (that would silently break every link sent).
fn read(path: &Path) -> std::io::Result<Option<LinkKey>> {
    match std::fs::read_to_string(path) {
        Ok(text) if text.trim().len() >= 32 => Ok(Some(LinkKey(text.trim().as_bytes().to_vec()))),
        Ok(_) => Err(std::io::Error::other(format!("the key file {} is damaged", path.display()))),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(error) => Err(error),
    }
}

/// Writes `secret` to `path` unless the file exists, and returns what the file holds then. The
/// key is written to a file of its own (mode 0600) and linked into place, which either succeeds
/// whole or finds another process's key there: nobody ever reads half a key.
fn create(path: &Path, secret: &str) -> std::io::Result<LinkKey> {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    if let Some(folder) = path.parent().filter(|folder| !folder.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder)?;
    }
    let draft = path.with_extension(format!("new-{}-{}", std::process::id(), &fresh_secret()[..8]));
    let mut file = std::fs::OpenOptions::new().write(true).create_new(true).mode(0o600).open(&draft)?;
    file.write_all(secret.as_bytes())?;
    file.sync_all()?;
    let linked = std::fs::hard_link(&draft, path);
    std::fs::remove_file(&draft)?;
    match linked {
        Ok(()) => Ok(LinkKey(secret.as_bytes().to_vec())),
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
            read(path)?.ok_or_else(|| std::io::Error::other("the key file vanished"))
        }
        Err(error) => Err(error),
    }
}

/// The database keeps no key once the file has it.
async fn forget_stored(db: &Db) -> sqlx::Result<()> {
    let mut tx = db.write().await?;
    sqlx::query("DELETE FROM signing_keys").execute(&mut *tx).await?;
    tx.commit().await
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

    #[test]
    fn links_are_stored_without_their_secret_and_made_again_alike() {
        let key = LinkKey(b"test key".to_vec());
        let links = [
            Link::Registration(7),
            Link::Consent(7, Lang::Ar),
            Link::SetPassword(nonce()),
            Link::MagicLink(9),
            Link::ContactAddress(3),
            Link::ContactParent(3, Lang::Tr),
        ];
        for link in links {
            let code = link.code();
            assert_eq!(Link::parse(&code), Some(link));
            assert!(!link.url("https://x.example", &key).contains(&code), "{code}");
        }
        assert_eq!(Link::parse("consent:7"), None);
        assert_eq!(Link::parse("address-parent:7"), None);
        assert_eq!(Link::parse("registration:7:de"), None);
        assert_eq!(Link::parse("registration:x"), None);
        let text = format!("Hallo {} und {} {}", placeholder(0), placeholder(1), placeholder(2));
        let filled = fill(&text, &links[..2], "https://x.example", &key);
        assert_eq!(
            filled,
            format!(
                "Hallo https://x.example/r/{} und https://x.example/consent/{}?lang=ar [[link 2]]",
                key.token(Purpose::Registration, 7),
                key.token(Purpose::Consent, 7)
            )
        );
    }

    #[test]
    fn the_key_file_is_made_once_private_and_kept() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("keys").join("treffpunkt.key");
        let first = create(&path, &fresh_secret()).unwrap();
        let mode = std::fs::metadata(&path).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        // A second process that comes a moment later gets the first one's key.
        let second = create(&path, &fresh_secret()).unwrap();
        assert_eq!(first.0, second.0);
        assert_eq!(read(&path).unwrap().unwrap().0, first.0);
        assert_eq!(std::fs::read_dir(path.parent().unwrap()).unwrap().count(), 1, "no drafts left");
        std::fs::write(&path, "").unwrap();
        assert!(read(&path).is_err(), "a damaged key file is an error, not a new key");
    }
}
