mod home;
mod not_found;
mod offer;

pub use home::HomePage;
pub use not_found::NotFoundPage;
pub use offer::OfferPage;
