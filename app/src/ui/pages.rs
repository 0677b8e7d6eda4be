mod accessibility;
mod agenda;
mod home;
mod ideas;
mod legal;
mod me;
mod not_found;
mod offer;
mod programme;
mod register;
mod sites;
mod staff;

pub use accessibility::AccessibilityPage;
pub use home::HomePage;
pub use ideas::{DonePage, IdeaNewPage, IdeaPage, IdeasPage, JoinPage, JoinWelcomePage, RoundPage};
pub use legal::{ImprintPage, PrivacyPage};
pub use me::{AddressConfirmPage, AddressParentPage, MeOpenPage, MePage, OwnDataPage};
pub use not_found::{NotFoundPage, OfflinePage};
pub use offer::OfferPage;
pub use programme::{OrganisationPage, ProgrammePage};
pub use register::{ConsentPage, RegisterForm, RegistrationPage};
pub use sites::{SiteHomePage, SitesPage};
pub use staff::{
    AuditPage, CoDesignPage, DashboardPage, JoinCodePage, LoginPage, OfferEditPage, OfferNewPage, OrganisationEditPage,
    OrganisationsPage, OutboxPage, ParticipantsPage, PasswordResetPage, PeoplePage, PersonPage, PrivacyAdminPage,
    ProgrammeEditPage, ProgrammesPage, SetPasswordPage, SiteNewPage, SitePage, UsersPage, VenueEditPage,
    VenueProposePage, VenuesPage,
};
