//! Pure rules: no I/O, no clock, no database. Compiles for the server and the browser alike.

/// A stored code that no variant knows: the database and the code disagree.
#[derive(Debug, thiserror::Error)]
#[error("unknown code {0:?}")]
pub struct UnknownCode(pub String);

/// Declares a closed set of codes with lossless conversion to and from their stored text.
macro_rules! code_enum {
    ($(#[$meta:meta])* $name:ident { $($variant:ident => $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum $name { $($variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            pub fn from_code(code: &str) -> Option<Self> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }
        }

        impl TryFrom<String> for $name {
            type Error = $crate::domain::UnknownCode;

            fn try_from(code: String) -> Result<Self, Self::Error> {
                Self::from_code(&code).ok_or($crate::domain::UnknownCode(code))
            }
        }
    };
}

pub mod co_design_form;
pub mod contact;
pub mod days_off;
pub mod email;
pub mod figures;
pub mod hold;
pub mod idea;
pub mod network_form;
pub mod offer;
pub mod offer_form;
pub mod policy;
pub mod programme_form;
pub mod registration;
pub mod reminder;
pub mod schedule;
pub mod site_form;
pub mod site_mail;
pub mod text;
pub mod vote;
