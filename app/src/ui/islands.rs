mod share;

pub use share::ShareButton;
