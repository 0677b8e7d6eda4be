mod accessibility;
mod agenda;
mod home;
mod me;
mod not_found;
mod offer;
mod programme;
mod register;
mod staff;

pub use accessibility::AccessibilityPage;
pub use home::HomePage;
pub use me::{MeOpenPage, MePage};
pub use not_found::{NotFoundPage, OfflinePage};
pub use offer::OfferPage;
pub use programme::{OrganisationPage, ProgrammePage};
pub use register::{ConsentPage, RegisterForm, RegistrationPage};
pub use staff::{
    AuditPage, DashboardPage, LoginPage, OfferEditPage, OfferNewPage, OutboxPage, ParticipantsPage, PasswordResetPage,
    ProgrammeEditPage, ProgrammesPage, SetPasswordPage, SitePage, UsersPage,
};
