use axum::http::{HeaderValue, header, request::Parts};
use leptos::nonce::use_nonce;
use leptos::prelude::*;
use leptos_axum::ResponseOptions;
use leptos_meta::{MetaTags, provide_meta_context};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::{SsrMode, path};

use super::components::Layout;
use super::pages::{
    AccessibilityPage, AddressConfirmPage, AddressParentPage, AuditPage, CoDesignPage, ConsentPage, DashboardPage,
    DonePage, HomePage, IdeaNewPage, IdeaPage, IdeasPage, ImprintPage, JoinCodePage, JoinPage, JoinWelcomePage,
    LoginPage, MeOpenPage, MePage, NotFoundPage, OfferEditPage, OfferNewPage, OfferPage, OfflinePage,
    OrganisationEditPage, OrganisationPage, OrganisationsPage, OutboxPage, OwnDataPage, ParticipantsPage,
    PasswordResetPage, PeoplePage, PersonPage, PrivacyAdminPage, PrivacyPage, ProgrammeEditPage, ProgrammePage,
    ProgrammesPage, RegistrationPage, RoundPage, SetPasswordPage, SiteHomePage, SiteNewPage, SitePage, SitesPage,
    UsersPage, VenueEditPage, VenueProposePage, VenuesPage,
};
use crate::ssr::http::page_lang;

/// The HTML document around every page. The reader's language is settled here, once per request,
/// and handed to every component below as context.
pub fn shell(options: LeptosOptions) -> impl IntoView {
    let lang = use_context::<Parts>().map(|parts| page_lang(&parts)).unwrap_or_default();
    provide_context(lang);
    send_security_headers();
    view! {
        <!DOCTYPE html>
        <html lang=lang.code() dir=lang.dir()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <meta name="color-scheme" content="light"/>
                <link rel="stylesheet" href="/pkg/treffpunkt.css"/>
                <link rel="icon" href="/favicon.svg" type="image/svg+xml"/>
                <link rel="manifest" href="/manifest.webmanifest"/>
                <link rel="apple-touch-icon" href="/icon-192.png"/>
                <meta name="theme-color" content="#0b5d5b"/>
                <script src="/sw-register.js" defer></script>
                <HydrationScripts options islands=true/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// Pages may run only their own hydration script (by its nonce) and code from this site.
pub fn page_security_policy(nonce: &str) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; style-src 'self'; \
         img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; \
         form-action 'self'; frame-ancestors 'none'"
    )
}

fn send_security_headers() {
    let (Some(response), Some(nonce)) = (use_context::<ResponseOptions>(), use_nonce()) else { return };
    if let Ok(value) = HeaderValue::from_str(&page_security_policy(&nonce.to_string())) {
        response.insert_header(header::CONTENT_SECURITY_POLICY, value);
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    // Async rendering sends each page whole, so it reads the same without JavaScript.
    view! {
        <Router>
            <Layout>
                <Routes fallback=NotFoundPage>
                    <Route path=path!("") view=HomePage ssr=SsrMode::Async/>
                    <Route path=path!("/offers/:id") view=OfferPage ssr=SsrMode::Async/>
                    <Route path=path!("/programmes/:slug") view=ProgrammePage ssr=SsrMode::Async/>
                    <Route path=path!("/organisations/:id") view=OrganisationPage ssr=SsrMode::Async/>
                    <Route path=path!("/r/:token") view=RegistrationPage ssr=SsrMode::Async/>
                    <Route path=path!("/consent/:token") view=ConsentPage ssr=SsrMode::Async/>
                    <Route path=path!("/me") view=MePage ssr=SsrMode::Async/>
                    <Route path=path!("/barrierefreiheit") view=AccessibilityPage/>
                    <Route path=path!("/offline") view=OfflinePage/>
                    <Route path=path!("/me/open/:token") view=MeOpenPage ssr=SsrMode::Async/>
                    <Route path=path!("/me/people/:id") view=OwnDataPage ssr=SsrMode::Async/>
                    <Route path=path!("/me/address/:token") view=AddressConfirmPage ssr=SsrMode::Async/>
                    <Route path=path!("/me/address/parent/:token") view=AddressParentPage ssr=SsrMode::Async/>
                    <Route path=path!("/staff") view=DashboardPage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/login") view=LoginPage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/password-reset") view=PasswordResetPage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/set-password/:token") view=SetPasswordPage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/users") view=UsersPage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/audit") view=AuditPage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/outbox") view=OutboxPage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/offers/new") view=OfferNewPage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/offers/:id/edit") view=OfferEditPage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/offers/:id/participants") view=ParticipantsPage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/people") view=PeoplePage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/privacy") view=PrivacyAdminPage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/people/:id") view=PersonPage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/programmes") view=ProgrammesPage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/site") view=SitePage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/sites/new") view=SiteNewPage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/organisations") view=OrganisationsPage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/organisations/:id") view=OrganisationEditPage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/venues") view=VenuesPage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/venues/propose") view=VenueProposePage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/venues/:id") view=VenueEditPage ssr=SsrMode::Async/>
                    <Route path=path!("/sites") view=SitesPage ssr=SsrMode::Async/>
                    <Route path=path!("/sites/:slug") view=SiteHomePage ssr=SsrMode::Async/>
                    <Route path=path!("/sites/:slug/impressum") view=ImprintPage ssr=SsrMode::Async/>
                    <Route path=path!("/sites/:slug/datenschutz") view=PrivacyPage ssr=SsrMode::Async/>
                    <Route path=path!("/impressum") view=ImprintPage ssr=SsrMode::Async/>
                    <Route path=path!("/datenschutz") view=PrivacyPage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/programmes/:id/edit") view=ProgrammeEditPage ssr=SsrMode::Async/>
                    <Route path=path!("/join") view=JoinPage ssr=SsrMode::Async/>
                    <Route path=path!("/join/welcome") view=JoinWelcomePage ssr=SsrMode::Async/>
                    <Route path=path!("/ideas") view=IdeasPage ssr=SsrMode::Async/>
                    <Route path=path!("/ideas/new") view=IdeaNewPage ssr=SsrMode::Async/>
                    <Route path=path!("/ideas/done") view=DonePage ssr=SsrMode::Async/>
                    <Route path=path!("/ideas/rounds/:id") view=RoundPage ssr=SsrMode::Async/>
                    <Route path=path!("/ideas/:id") view=IdeaPage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/ideas") view=CoDesignPage ssr=SsrMode::Async/>
                    <Route path=path!("/staff/join-codes/:id") view=JoinCodePage ssr=SsrMode::Async/>
                </Routes>
            </Layout>
        </Router>
    }
}
