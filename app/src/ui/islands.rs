mod form_without_reload;
mod share;

pub use form_without_reload::FormsWithoutReload;
pub use share::ShareButton;
