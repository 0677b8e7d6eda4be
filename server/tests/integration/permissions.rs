//! The permission table over HTTP: every endpoint the server registers, for every kind of actor.
//! An endpoint that has no row here fails the test, so none can be added without a decision.

use app::domain::policy::Role;
use app::ssr::auth::{self, SessionFor};
use axum::http::Method;

use crate::helpers::{TestApp, browser};

crate::on_both_backends!(
    every_endpoint_answers_every_actor_as_the_policy_says,
    every_form_takes_hostile_values_from_every_actor_without_a_server_error,
);

const ACTORS: [&str; 9] = [
    "anonymous",
    "participant",
    "nickname",
    "participant of site 2",
    "partner A",
    "partner B",
    "staff 1",
    "staff 2",
    "admin",
];

/// What an actor gets back. Pages and handlers turn the policy's "no" into one of these.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Outcome {
    /// 200 (a page) or 303 (a form that did its work and redirects).
    Ok,
    /// 302 to the sign-in page.
    SignIn,
    /// 403 with a translated page.
    Denied,
}
use Outcome::*;

struct Row {
    method: Method,
    /// The route as registered, e.g. "/offers/{id}" or "/offers/:id".
    route: &'static str,
    /// The path requested, with the route's parameters filled in (placeholders resolved below).
    path: &'static str,
    form: &'static [(&'static str, &'static str)],
    expected: [Outcome; 9],
}

/// The site form as staff send it (an admin's copy creates a site "neu").
const SITE_FORM: &[(&str, &str)] = &[
    ("name", "JMD Köln"),
    ("slug", "neu"),
    ("city", "Köln"),
    ("street", "Marzellenstraße 26"),
    ("postal_code", "50668"),
    ("carrier_name", "Träger e. V."),
    ("carrier_address", "Weg 1, 50667 Köln"),
    ("time_zone", "Europe/Berlin"),
    ("federal_state", "NW"),
    ("districts", "Kalk\nPorz"),
];

fn table() -> Vec<Row> {
    let all_ok = [Ok; 9];
    let row = |method, route, path, form, expected| Row { method, route, path, form, expected };
    vec![
        row(Method::GET, "/", "/", &[], all_ok),
        row(Method::GET, "/healthz", "/healthz", &[], all_ok),
        row(Method::GET, "/lang/{code}", "/lang/en?back=/", &[], all_ok),
        row(Method::GET, "/site-choice", "/site-choice?site=koeln", &[], all_ok),
        row(Method::GET, "/offers/:id", "/offers/OFFER_A", &[], all_ok),
        row(Method::GET, "/offers/{id}/calendar.ics", "/offers/OFFER_A/calendar.ics", &[], all_ok),
        row(Method::GET, "/programmes/{slug}/calendar.ics", "/programmes/PROGRAMME/calendar.ics", &[], all_ok),
        row(Method::GET, "/organisations/{id}/calendar.ics", "/organisations/ORG_A/calendar.ics", &[], all_ok),
        row(Method::GET, "/sites/{slug}/calendar.ics", "/sites/koeln/calendar.ics", &[], all_ok),
        row(Method::GET, "/feeds/{token}", "/feeds/FEED_TOKEN.ics", &[], all_ok),
        row(Method::POST, "/me/feed", "/me/feed", &[], all_ok),
        row(Method::GET, "/programmes/:slug", "/programmes/PROGRAMME", &[], all_ok),
        row(Method::GET, "/organisations/:id", "/organisations/ORG_A", &[], all_ok),
        row(Method::GET, "/me", "/me", &[], all_ok),
        row(Method::GET, "/barrierefreiheit", "/barrierefreiheit", &[], all_ok),
        row(Method::GET, "/offline", "/offline", &[], all_ok),
        row(Method::GET, "/me/open/:token", "/me/open/0123", &[], all_ok),
        // One person's data: only a session that opened them (the fixture's participant is not
        // the signed-in one's); a stranger without a session gets the form that sends a link.
        row(
            Method::GET,
            "/me/people/:id",
            "/me/people/PARTICIPANT",
            &[],
            [Ok, Denied, Denied, Denied, Denied, Denied, Denied, Denied, Denied],
        ),
        row(
            Method::GET,
            "/me/people/{id}/data.json",
            "/me/people/PARTICIPANT/data.json",
            &[],
            [Ok, Denied, Denied, Denied, Denied, Denied, Denied, Denied, Denied],
        ),
        row(
            Method::POST,
            "/me/people/{id}/photos",
            "/me/people/PARTICIPANT/photos",
            &[],
            [Ok, Denied, Denied, Denied, Denied, Denied, Denied, Denied, Denied],
        ),
        row(
            Method::POST,
            "/me/people/{id}/delete",
            "/me/people/PARTICIPANT/delete",
            &[("confirm", "on")],
            [Ok, Denied, Denied, Denied, Denied, Denied, Denied, Denied, Denied],
        ),
        row(Method::POST, "/me/link", "/me/link", &[("email", "someone@example.org")], all_ok),
        // An address for messages: only for the person a join code proved, on their own session.
        row(
            Method::POST,
            "/me/people/{id}/address",
            "/me/people/NICKNAME/address",
            &[("email", "sunny@example.org"), ("parent_email", "mama@example.org"), ("parent_lang", "de")],
            [Ok, Denied, Ok, Denied, Denied, Denied, Denied, Denied, Denied],
        ),
        row(
            Method::POST,
            "/me/people/{id}/address/remove",
            "/me/people/NICKNAME/address/remove",
            &[],
            [Ok, Denied, Ok, Denied, Denied, Denied, Denied, Denied, Denied],
        ),
        row(Method::GET, "/me/address/:token", "/me/address/ADDRESS_TOKEN", &[], all_ok),
        row(Method::POST, "/me/address/{token}", "/me/address/ADDRESS_TOKEN", &[], all_ok),
        row(Method::GET, "/me/address/parent/:token", "/me/address/parent/ADDRESS_PARENT_TOKEN", &[], all_ok),
        row(
            Method::POST,
            "/me/address/parent/{token}",
            "/me/address/parent/ADDRESS_PARENT_TOKEN",
            &[("answer", "yes")],
            all_ok,
        ),
        row(
            Method::POST,
            "/offers/{id}/register",
            "/offers/OFFER_A/register",
            &[("first_name", "Amira"), ("email", "amira@example.org"), ("birth_year", "2000"), ("privacy", "on")],
            all_ok,
        ),
        row(Method::GET, "/r/:token", "/r/REG_TOKEN", &[], all_ok),
        row(Method::GET, "/r/{token}/calendar.ics", "/r/REG_TOKEN/calendar.ics", &[], all_ok),
        row(Method::POST, "/r/{token}/cancel", "/r/REG_TOKEN/cancel", &[], all_ok),
        row(
            Method::POST,
            "/r/{token}/details",
            "/r/REG_TOKEN/details",
            &[("birth_year", "2000"), ("lang", "de")],
            all_ok,
        ),
        row(Method::GET, "/consent/:token", "/consent/CONSENT_TOKEN", &[], all_ok),
        row(Method::POST, "/consent/{token}", "/consent/CONSENT_TOKEN", &[("answer", "yes")], all_ok),
        row(Method::POST, "/me/open/{token}", "/me/open/0123", &[], all_ok),
        row(Method::GET, "/staff/login", "/staff/login", &[], all_ok),
        row(Method::POST, "/staff/login", "/staff/login", &[("email", "x@example.org"), ("password", "x")], all_ok),
        row(Method::POST, "/logout", "/logout", &[], all_ok),
        row(Method::GET, "/staff/password-reset", "/staff/password-reset", &[], all_ok),
        row(Method::POST, "/staff/password-reset", "/staff/password-reset", &[("email", "x@example.org")], all_ok),
        row(Method::GET, "/staff/set-password/:token", "/staff/set-password/0123", &[], all_ok),
        row(
            Method::POST,
            "/staff/set-password/{token}",
            "/staff/set-password/0123",
            &[("password", "a long password"), ("confirm", "a long password")],
            all_ok,
        ),
        row(Method::GET, "/staff", "/staff", &[], [SignIn, Denied, Denied, Denied, Ok, Ok, Ok, Ok, Ok]),
        row(
            Method::GET,
            "/staff/users",
            "/staff/users",
            &[],
            [SignIn, Denied, Denied, Denied, Denied, Denied, Ok, Ok, Ok],
        ),
        row(
            Method::POST,
            "/staff/users/invite",
            "/staff/users/invite",
            &[("email", "new@example.org"), ("display_name", "New"), ("role", "partner"), ("organisation_id", "ORG_A")],
            [SignIn, Denied, Denied, Denied, Denied, Denied, Ok, Denied, Ok],
        ),
        row(
            Method::GET,
            "/staff/audit",
            "/staff/audit",
            &[],
            [SignIn, Denied, Denied, Denied, Denied, Denied, Denied, Denied, Ok],
        ),
        row(
            Method::GET,
            "/staff/outbox",
            "/staff/outbox",
            &[],
            [SignIn, Denied, Denied, Denied, Denied, Denied, Denied, Denied, Ok],
        ),
        row(
            Method::POST,
            "/staff/outbox/{id}/retry",
            "/staff/outbox/1/retry",
            &[],
            [SignIn, Denied, Denied, Denied, Denied, Denied, Denied, Denied, Ok],
        ),
        row(
            Method::GET,
            "/staff/offers/new",
            "/staff/offers/new",
            &[],
            [SignIn, Denied, Denied, Denied, Ok, Ok, Ok, Ok, Ok],
        ),
        row(
            Method::POST,
            "/staff/offers",
            "/staff/offers",
            &[
                ("title", "Neues Angebot"),
                ("category", "sport"),
                ("audience", "youth"),
                ("min_age", "12"),
                ("max_age", "27"),
                ("organisation_id", "ORG_A"),
                ("venue_id", "VENUE_A"),
                ("first_date", "2099-01-05"),
                ("start", "17:00"),
                ("end", "18:00"),
                ("repeat", "weekly"),
                ("count", "4"),
                ("publish", "on"),
            ],
            [SignIn, SignIn, SignIn, SignIn, Ok, Denied, Ok, Denied, Ok],
        ),
        row(
            Method::POST,
            "/staff/offers/{id}/status",
            "/staff/offers/OFFER_A/status",
            &[("status", "cancelled")],
            [SignIn, Denied, Denied, Denied, Ok, Denied, Ok, Denied, Ok],
        ),
        row(
            Method::POST,
            "/staff/offers/{id}/sessions/{session}/cancel",
            "/staff/offers/OFFER_A/sessions/SESSION_A/cancel",
            &[],
            [SignIn, Denied, Denied, Denied, Ok, Denied, Ok, Denied, Ok],
        ),
        row(
            Method::GET,
            "/staff/offers/:id/edit",
            "/staff/offers/OFFER_A/edit",
            &[],
            [SignIn, Denied, Denied, Denied, Ok, Denied, Ok, Denied, Ok],
        ),
        row(
            Method::POST,
            "/staff/offers/{id}",
            "/staff/offers/OFFER_A",
            &[
                ("title", "Geändert"),
                ("category", "sport"),
                ("min_age", "12"),
                ("max_age", "27"),
                ("organisation_id", "ORG_A"),
                ("venue_id", "VENUE_A"),
            ],
            [SignIn, Denied, Denied, Denied, Ok, Denied, Ok, Denied, Ok],
        ),
        row(
            Method::POST,
            "/staff/offers/{id}/times",
            "/staff/offers/OFFER_A/times",
            &[("start", "18:00"), ("end", "19:00")],
            [SignIn, Denied, Denied, Denied, Ok, Denied, Ok, Denied, Ok],
        ),
        row(
            Method::POST,
            "/staff/offers/{id}/sessions",
            "/staff/offers/OFFER_A/sessions",
            &[("date", "2099-02-01"), ("start", "18:00"), ("end", "19:00")],
            [SignIn, Denied, Denied, Denied, Ok, Denied, Ok, Denied, Ok],
        ),
        row(
            Method::POST,
            "/staff/offers/{id}/sessions/{session}/move",
            "/staff/offers/OFFER_A/sessions/SESSION_A/move",
            &[("date", "2099-02-02"), ("start", "18:00"), ("end", "19:00")],
            [SignIn, Denied, Denied, Denied, Ok, Denied, Ok, Denied, Ok],
        ),
        row(
            Method::GET,
            "/staff/offers/:id/participants",
            "/staff/offers/OFFER_A/participants",
            &[],
            [SignIn, Denied, Denied, Denied, Ok, Denied, Ok, Denied, Ok],
        ),
        row(
            Method::POST,
            "/staff/offers/{id}/participants",
            "/staff/offers/OFFER_A/participants",
            &[("first_name", "Deniz"), ("email", "deniz@example.org"), ("birth_year", "2003")],
            [SignIn, Denied, Denied, Denied, Ok, Denied, Ok, Denied, Ok],
        ),
        row(
            Method::GET,
            "/staff/offers/{id}/participants.csv",
            "/staff/offers/OFFER_A/participants.csv",
            &[],
            [SignIn, Denied, Denied, Denied, Ok, Denied, Ok, Denied, Ok],
        ),
        row(
            Method::POST,
            "/staff/offers/{id}/message",
            "/staff/offers/OFFER_A/message",
            &[("subject", "Raum"), ("body", "Wir treffen uns im Raum 2.")],
            [SignIn, Denied, Denied, Denied, Ok, Denied, Ok, Denied, Ok],
        ),
        row(
            Method::POST,
            "/staff/registrations/{id}/move-up",
            "/staff/registrations/REGISTRATION/move-up",
            &[],
            [SignIn, Denied, Denied, Denied, Ok, Denied, Ok, Denied, Ok],
        ),
        row(
            Method::POST,
            "/staff/registrations/{id}/paper-consent",
            "/staff/registrations/REGISTRATION/paper-consent",
            &[("signed_by", "Fatma Haddad"), ("signed_on", "TODAY"), ("form_version", "JMD 2026-03")],
            [SignIn, Denied, Denied, Denied, Ok, Denied, Ok, Denied, Ok],
        ),
        row(
            Method::POST,
            "/staff/registrations/{id}/trip-consent",
            "/staff/registrations/REGISTRATION/trip-consent",
            &[("signed_by", "Fatma Haddad"), ("signed_on", "TODAY"), ("form_version", "Fahrt Eifel 2027")],
            [SignIn, Denied, Denied, Denied, Ok, Denied, Ok, Denied, Ok],
        ),
        row(
            Method::POST,
            "/staff/registrations/{id}/photo-consent",
            "/staff/registrations/REGISTRATION/photo-consent",
            &[("signed_by", "Fatma Haddad"), ("signed_on", "TODAY"), ("form_version", "Fotos JMD 2026")],
            [SignIn, Denied, Denied, Denied, Ok, Denied, Ok, Denied, Ok],
        ),
        row(
            Method::POST,
            "/staff/offers/{id}/hold",
            "/staff/offers/OFFER_A/hold",
            &[("reason", "Verwendungsnachweis KJP 2026"), ("until", "2030-12-31")],
            [SignIn, Denied, Denied, Denied, Ok, Denied, Ok, Denied, Ok],
        ),
        row(
            Method::POST,
            "/staff/offers/{id}/hold/end",
            "/staff/offers/OFFER_A/hold/end",
            &[],
            [SignIn, Denied, Denied, Denied, Ok, Denied, Ok, Denied, Ok],
        ),
        row(
            Method::POST,
            "/staff/participants/{id}",
            "/staff/participants/PARTICIPANT",
            &[("birth_year", "2011"), ("lang", "de"), ("parent_email", "eltern@example.org"), ("offer", "OFFER_A")],
            [SignIn, Denied, Denied, Denied, Denied, Denied, Ok, Denied, Ok],
        ),
        row(
            Method::POST,
            "/staff/registrations/{id}/cancel",
            "/staff/registrations/REGISTRATION/cancel",
            &[("reason", "doppelt")],
            [SignIn, Denied, Denied, Denied, Ok, Denied, Ok, Denied, Ok],
        ),
        row(
            Method::GET,
            "/staff/programmes",
            "/staff/programmes",
            &[],
            [SignIn, Denied, Denied, Denied, Denied, Denied, Ok, Ok, Ok],
        ),
        row(
            Method::POST,
            "/staff/programmes",
            "/staff/programmes",
            &[
                ("title", "Sommerfest Kalk"),
                ("starts_on", "2099-07-01"),
                ("ends_on", "2099-07-01"),
                ("site_id", "SITE_1"),
            ],
            [SignIn, Denied, Denied, Denied, Denied, Denied, Ok, Ok, Ok],
        ),
        row(
            Method::GET,
            "/staff/programmes/:id/edit",
            "/staff/programmes/PROGRAMME_ID/edit",
            &[],
            [SignIn, Denied, Denied, Denied, Denied, Denied, Ok, Denied, Ok],
        ),
        row(
            Method::POST,
            "/staff/programmes/{id}",
            "/staff/programmes/PROGRAMME_ID",
            &[("title", "IKW"), ("starts_on", "2099-07-01"), ("ends_on", "2099-07-14")],
            [SignIn, Denied, Denied, Denied, Denied, Denied, Ok, Denied, Ok],
        ),
        row(
            Method::POST,
            "/staff/programmes/{id}/offers",
            "/staff/programmes/PROGRAMME_ID/offers",
            &[("offer_id", "OFFER_A"), ("change", "add")],
            [SignIn, Denied, Denied, Denied, Denied, Denied, Ok, Denied, Ok],
        ),
        // Staff see their own site's settings; admins choose a site first.
        row(
            Method::GET,
            "/staff/site",
            "/staff/site",
            &[],
            [SignIn, Denied, Denied, Denied, Denied, Denied, Ok, Ok, Ok],
        ),
        row(
            Method::POST,
            "/staff/sites/{id}",
            "/staff/sites/SITE_1",
            SITE_FORM,
            [SignIn, Denied, Denied, Denied, Denied, Denied, Ok, Denied, Ok],
        ),
        row(
            Method::POST,
            "/staff/sites/{id}/closing-days",
            "/staff/sites/SITE_1/closing-days",
            &[("day", "TODAY"), ("reason", "Teamtag")],
            [SignIn, Denied, Denied, Denied, Denied, Denied, Ok, Denied, Ok],
        ),
        row(
            Method::POST,
            "/staff/sites/{id}/closing-days/remove",
            "/staff/sites/SITE_1/closing-days/remove",
            &[("day", "TODAY")],
            [SignIn, Denied, Denied, Denied, Denied, Denied, Ok, Denied, Ok],
        ),
        // Only admins start a site.
        row(
            Method::GET,
            "/staff/sites/new",
            "/staff/sites/new",
            &[],
            [SignIn, Denied, Denied, Denied, Denied, Denied, Denied, Denied, Ok],
        ),
        row(
            Method::POST,
            "/staff/sites",
            "/staff/sites",
            SITE_FORM,
            [SignIn, Denied, Denied, Denied, Denied, Denied, Denied, Denied, Ok],
        ),
        // Staff keep their own site's network; a new entry always lands on the actor's own site.
        row(
            Method::GET,
            "/staff/organisations",
            "/staff/organisations",
            &[],
            [SignIn, Denied, Denied, Denied, Denied, Denied, Ok, Ok, Ok],
        ),
        row(
            Method::GET,
            "/staff/organisations/:id",
            "/staff/organisations/ORG_A",
            &[],
            [SignIn, Denied, Denied, Denied, Denied, Denied, Ok, Denied, Ok],
        ),
        row(
            Method::POST,
            "/staff/organisations",
            "/staff/organisations",
            &[("site_id", "SITE_1"), ("name", "Neue Schule"), ("kind", "school")],
            [SignIn, Denied, Denied, Denied, Denied, Denied, Ok, Ok, Ok],
        ),
        row(
            Method::POST,
            "/staff/organisations/{id}",
            "/staff/organisations/ORG_A",
            &[("name", "Jugendzentrum Kalk"), ("kind", "youth_centre")],
            [SignIn, Denied, Denied, Denied, Denied, Denied, Ok, Denied, Ok],
        ),
        row(
            Method::POST,
            "/staff/organisations/{id}/archive",
            "/staff/organisations/ORG_A/archive",
            &[("archived", "0")],
            [SignIn, Denied, Denied, Denied, Denied, Denied, Ok, Denied, Ok],
        ),
        row(
            Method::GET,
            "/staff/venues",
            "/staff/venues",
            &[],
            [SignIn, Denied, Denied, Denied, Denied, Denied, Ok, Ok, Ok],
        ),
        // Partners propose venues of their own site; staff confirm them.
        row(
            Method::GET,
            "/staff/venues/propose",
            "/staff/venues/propose",
            &[],
            [SignIn, Denied, Denied, Denied, Ok, Ok, Ok, Ok, Ok],
        ),
        row(
            Method::POST,
            "/staff/venues/propose",
            "/staff/venues/propose",
            &[
                ("name", "Vereinsheim"),
                ("street", "Weg 2"),
                ("postal_code", "51103"),
                ("city", "Köln"),
                ("district", "Kalk"),
            ],
            [SignIn, Denied, Denied, Denied, Ok, Ok, Ok, Ok, Denied],
        ),
        row(
            Method::POST,
            "/staff/venues/{id}/confirm",
            "/staff/venues/VENUE_A/confirm",
            &[],
            [SignIn, Denied, Denied, Denied, Denied, Denied, Ok, Denied, Ok],
        ),
        row(
            Method::GET,
            "/staff/venues/:id",
            "/staff/venues/VENUE_A",
            &[],
            [SignIn, Denied, Denied, Denied, Denied, Denied, Ok, Denied, Ok],
        ),
        row(
            Method::POST,
            "/staff/venues",
            "/staff/venues",
            &[
                ("site_id", "SITE_1"),
                ("name", "Neuer Raum"),
                ("street", "Weg 1"),
                ("postal_code", "51103"),
                ("city", "Köln"),
                ("district", "Kalk"),
            ],
            [SignIn, Denied, Denied, Denied, Denied, Denied, Ok, Ok, Ok],
        ),
        row(
            Method::POST,
            "/staff/venues/{id}",
            "/staff/venues/VENUE_A",
            &[
                ("name", "Jugendzentrum Kalk"),
                ("street", "Kalker Hauptstraße 120"),
                ("postal_code", "51103"),
                ("city", "Köln"),
                ("district", "Kalk"),
            ],
            [SignIn, Denied, Denied, Denied, Denied, Denied, Ok, Denied, Ok],
        ),
        row(
            Method::POST,
            "/staff/venues/{id}/archive",
            "/staff/venues/VENUE_A/archive",
            &[("archived", "0")],
            [SignIn, Denied, Denied, Denied, Denied, Denied, Ok, Denied, Ok],
        ),
        // The network's sites for everyone.
        row(Method::GET, "/sites", "/sites", &[], all_ok),
        row(Method::GET, "/sites/:slug", "/sites/koeln", &[], all_ok),
        row(Method::GET, "/impressum", "/impressum", &[], all_ok),
        row(
            Method::GET,
            "/staff/privacy",
            "/staff/privacy",
            &[],
            [SignIn, Denied, Denied, Denied, Denied, Denied, Denied, Denied, Ok],
        ),
        row(
            Method::GET,
            "/staff/privacy/record.csv",
            "/staff/privacy/record.csv",
            &[],
            [SignIn, Denied, Denied, Denied, Denied, Denied, Denied, Denied, Ok],
        ),
        row(
            Method::GET,
            "/staff/privacy/figures.csv",
            "/staff/privacy/figures.csv?year=2026",
            &[],
            [SignIn, Denied, Denied, Denied, Denied, Denied, Denied, Denied, Ok],
        ),
        row(Method::GET, "/datenschutz", "/datenschutz", &[], all_ok),
        row(Method::GET, "/sites/:slug/impressum", "/sites/koeln/impressum", &[], all_ok),
        row(Method::GET, "/sites/:slug/datenschutz", "/sites/koeln/datenschutz", &[], all_ok),
        // Co-design: public pages and joining for everyone; ideas and support for young people of
        // the site, by magic link (the table's registration made Amira one) or join code; anyone
        // without a session is sent to join; staff tools for the site.
        row(Method::GET, "/join", "/join?code=KALK7Q3M", &[], all_ok),
        row(Method::GET, "/join/welcome", "/join/welcome", &[], all_ok),
        row(Method::GET, "/ideas", "/ideas", &[], all_ok),
        row(Method::GET, "/ideas/new", "/ideas/new?round=ROUND", &[], all_ok),
        row(Method::GET, "/ideas/done", "/ideas/done?site=koeln", &[], all_ok),
        row(Method::GET, "/ideas/rounds/:id", "/ideas/rounds/ROUND", &[], all_ok),
        row(Method::GET, "/ideas/:id", "/ideas/IDEA", &[], all_ok),
        row(
            Method::POST,
            "/join",
            "/join",
            &[("code", "KALK7Q3M"), ("nickname", "Kim"), ("birth_year", "2010"), ("lang", "de")],
            all_ok,
        ),
        row(Method::POST, "/join/again", "/join/again", &[("reentry", "ABCD-EFGH-JKMN")], all_ok),
        row(
            Method::POST,
            "/ideas",
            "/ideas",
            &[("round_id", "ROUND"), ("what", "Ein Ausflug ans Meer"), ("category", "leisure"), ("seen_similar", "1")],
            [Ok, Ok, Ok, Denied, Denied, Denied, Denied, Denied, Denied],
        ),
        row(
            Method::POST,
            "/ideas/{id}/support",
            "/ideas/IDEA/support",
            &[("kind", "support")],
            [Ok, Ok, Ok, Denied, Denied, Denied, Denied, Denied, Denied],
        ),
        row(
            Method::POST,
            "/ideas/{id}/withdraw",
            "/ideas/IDEA/withdraw",
            &[],
            [Ok, Ok, Ok, Ok, Denied, Denied, Denied, Denied, Denied],
        ),
        row(Method::POST, "/ideas/{id}/report", "/ideas/IDEA/report", &[], all_ok),
        row(
            Method::POST,
            "/ideas/rounds/{id}/vote",
            "/ideas/rounds/ROUND/vote",
            &[],
            [Ok, Ok, Ok, Denied, Denied, Denied, Denied, Denied, Denied],
        ),
        row(
            Method::POST,
            "/staff/idea-rounds/{id}/vote",
            "/staff/idea-rounds/ROUND/vote",
            &[("choices", "3"), ("last_day", "TODAY")],
            [SignIn, Denied, Denied, Denied, Denied, Denied, Ok, Denied, Ok],
        ),
        row(
            Method::POST,
            "/staff/join-codes/{id}/confirm",
            "/staff/join-codes/JOIN_CODE_ID/confirm",
            &[],
            [SignIn, Denied, Denied, Denied, Denied, Denied, Ok, Denied, Ok],
        ),
        row(
            Method::GET,
            "/staff/ideas",
            "/staff/ideas",
            &[],
            [SignIn, Denied, Denied, Denied, Denied, Denied, Ok, Ok, Ok],
        ),
        row(
            Method::GET,
            "/staff/join-codes/:id",
            "/staff/join-codes/JOIN_CODE_ID",
            &[],
            [SignIn, Denied, Denied, Denied, Denied, Denied, Ok, Ok, Ok],
        ),
        row(
            Method::POST,
            "/staff/idea-rounds",
            "/staff/idea-rounds",
            &[("question", "Was noch?"), ("decidable", "Programm"), ("deciders", "Ihr"), ("site_id", "SITE_1")],
            [SignIn, Denied, Denied, Denied, Denied, Denied, Ok, Ok, Ok],
        ),
        row(
            Method::POST,
            "/staff/idea-rounds/{id}/pause",
            "/staff/idea-rounds/ROUND/pause",
            &[],
            [SignIn, Denied, Denied, Denied, Denied, Denied, Ok, Denied, Ok],
        ),
        row(
            Method::POST,
            "/staff/idea-rounds/{id}/resume",
            "/staff/idea-rounds/ROUND/resume",
            &[],
            [SignIn, Denied, Denied, Denied, Denied, Denied, Ok, Denied, Ok],
        ),
        row(
            Method::POST,
            "/staff/ideas/paper",
            "/staff/ideas/paper",
            &[("round_id", "ROUND"), ("what", "Tanzkurs"), ("category", "culture"), ("site_id", "SITE_1")],
            [SignIn, Denied, Denied, Denied, Denied, Denied, Ok, Denied, Ok],
        ),
        row(
            Method::POST,
            "/staff/ideas/{id}/decide",
            "/staff/ideas/IDEA/decide",
            &[("state", "checking"), ("reason", "Wir schauen")],
            [SignIn, Denied, Denied, Denied, Denied, Denied, Ok, Denied, Ok],
        ),
        row(
            Method::POST,
            "/staff/ideas/{id}/paper-supports",
            "/staff/ideas/IDEA/paper-supports",
            &[("count", "3")],
            [SignIn, Denied, Denied, Denied, Denied, Denied, Ok, Denied, Ok],
        ),
        row(
            Method::POST,
            "/staff/join-codes",
            "/staff/join-codes",
            &[("label", "Fest"), ("max_joins", "20"), ("valid_until", "TODAY"), ("site_id", "SITE_1")],
            [SignIn, Denied, Denied, Denied, Denied, Denied, Ok, Ok, Ok],
        ),
        row(
            Method::POST,
            "/staff/join-codes/{id}/revoke",
            "/staff/join-codes/JOIN_CODE_ID/revoke",
            &[],
            [SignIn, Denied, Denied, Denied, Denied, Denied, Ok, Denied, Ok],
        ),
        // Requests about a person's data: staff of the person's site and admins; deleting a person
        // with everything of theirs is for admins. Last, because the admin's row deletes them.
        row(
            Method::GET,
            "/staff/people",
            "/staff/people?q=reg",
            &[],
            [SignIn, Denied, Denied, Denied, Denied, Denied, Ok, Ok, Ok],
        ),
        row(
            Method::GET,
            "/staff/people/:id",
            "/staff/people/PARTICIPANT",
            &[],
            [SignIn, Denied, Denied, Denied, Denied, Denied, Ok, Denied, Ok],
        ),
        row(
            Method::GET,
            "/staff/people/{id}/data.json",
            "/staff/people/PARTICIPANT/data.json",
            &[],
            [SignIn, Denied, Denied, Denied, Denied, Denied, Ok, Denied, Ok],
        ),
        row(
            Method::POST,
            "/staff/people/{id}/delete",
            "/staff/people/PARTICIPANT/delete",
            &[("confirm", "on")],
            [SignIn, Denied, Denied, Denied, Denied, Denied, Denied, Denied, Ok],
        ),
        // Everyone a session opened; others are sent to "My registrations".
        row(Method::POST, "/me/delete", "/me/delete", &[("confirm", "on")], all_ok),
    ]
}

/// "/offers/{id}" and "/offers/:id" name the same route.
fn normalise(route: &str) -> String {
    route
        .split('/')
        .map(|part| if part.starts_with(':') || part.starts_with('{') { "*" } else { part })
        .collect::<Vec<_>>()
        .join("/")
}

/// The demo with two sites, partners of two organisations, staff of both sites and an admin, and a
/// registration whose links open: what every request of the table needs.
struct Fixture {
    accounts: [Option<i64>; 9],
    joined: [i64; 2],
    placeholders: Vec<(&'static str, String)>,
}

impl Fixture {
    async fn new(app: &TestApp) -> Fixture {
        // Site 1 (the demo's Köln) with organisations A and B; site 2 elsewhere.
        let site_1 = app.id_of("SELECT id FROM sites WHERE slug = $1", "koeln").await;
        let org_a = app.id_of("SELECT id FROM organisations WHERE slug = $1", "jugendzentrum-kalk").await;
        let org_b = app.id_of("SELECT id FROM organisations WHERE slug = $1", "sc-chorweiler-1968-e-v").await;
        let site_2: (i64,) =
            sqlx::query_as("INSERT INTO sites (slug, name, city) VALUES ('bonn', 'JMD Bonn', 'Bonn') RETURNING id")
                .fetch_one(app.db.pool())
                .await
                .unwrap();
        let (offer_a,): (i64,) = sqlx::query_as("SELECT id FROM offers WHERE organisation_id = $1 ORDER BY id LIMIT 1")
            .bind(org_a)
            .fetch_one(app.db.pool())
            .await
            .unwrap();

        let accounts = [
            None,
            None,
            None,
            None,
            Some(app.create_user("partner-a@example.org", Role::Partner, None, Some(org_a)).await),
            Some(app.create_user("partner-b@example.org", Role::Partner, None, Some(org_b)).await),
            Some(app.create_user("staff-1@example.org", Role::Staff, Some(site_1), None).await),
            Some(app.create_user("staff-2@example.org", Role::Staff, Some(site_2.0), None).await),
            Some(app.create_user("admin@example.org", Role::Admin, None, None).await),
        ];

        let (programme_id, programme): (i64, String) =
            sqlx::query_as("SELECT id, slug FROM programmes ORDER BY id LIMIT 1")
                .fetch_one(app.db.pool())
                .await
                .unwrap();
        let (venue_a,): (i64,) = sqlx::query_as("SELECT venue_id FROM offers WHERE id = $1")
            .bind(offer_a)
            .fetch_one(app.db.pool())
            .await
            .unwrap();
        let (session_a,): (i64,) = sqlx::query_as("SELECT id FROM sessions WHERE offer_id = $1 ORDER BY id LIMIT 1")
            .bind(offer_a)
            .fetch_one(app.db.pool())
            .await
            .unwrap();
        // A registration, so that its links (which only the participant and the parent get) open.
        let (participant,): (i64,) = sqlx::query_as(
            "INSERT INTO participants (site_id, email, first_name, name_key, birth_year, lang, created_at, updated_at)
             VALUES ($1, 'reg@example.org', 'Amira', 'amira', 2011, 'de', 0, 0) RETURNING id",
        )
        .bind(site_1)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
        let (registration,): (i64,) = sqlx::query_as(
            "INSERT INTO registrations (offer_id, participant_id, status, created_at)
             VALUES ($1, $2, 'awaiting_consent', 0) RETURNING id",
        )
        .bind(offer_a)
        .bind(participant)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
        // Co-design: a join code, a young person who joined with it (site 1) and one of site 2, a
        // round and a published idea from a workshop's paper.
        let (join_code_id,): (i64,) = sqlx::query_as(
            "INSERT INTO join_codes (site_id, label, code, max_joins, valid_until, created_at)
             VALUES ($1, 'Mädchengruppe', 'KALK7Q3M', 1000, $2, 0) RETURNING id",
        )
        .bind(site_1)
        .bind(chrono::Utc::now().timestamp() + 86_400)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
        let mut joined = [0; 2];
        for (slot, (site, name)) in [(site_1, "Sunny"), (site_2.0, "Bonni")].into_iter().enumerate() {
            let (id,): (i64,) = sqlx::query_as(
                "INSERT INTO participants (site_id, first_name, name_key, birth_year, lang, created_at, updated_at, join_code_id)
                 VALUES ($1, $2, $3, 2011, 'de', 0, 0, $4) RETURNING id",
            )
            .bind(site)
            .bind(name)
            .bind(format!("joined:{name}"))
            .bind((site == site_1).then_some(join_code_id))
            .fetch_one(app.db.pool())
            .await
            .unwrap();
            joined[slot] = id;
        }
        let (round,): (i64,) = sqlx::query_as(
            "INSERT INTO idea_rounds (site_id, question, decidable, deciders, created_at)
             VALUES ($1, 'Was wollt ihr?', 'Alles', 'Ihr', 0) RETURNING id",
        )
        .bind(site_1)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
        let (idea,): (i64,) = sqlx::query_as(
            "INSERT INTO ideas (round_id, site_id, what, category, state, on_paper, lang, submitted_at, published_at, updated_at)
             VALUES ($1, $2, 'Kochabend', 'culture', 'published', 1, 'de', 0, 0, 0) RETURNING id",
        )
        .bind(round)
        .bind(site_1)
        .fetch_one(app.db.pool())
        .await
        .unwrap();
        let key = app.links.clone();
        let reg_token = key.token(app::ssr::links::Purpose::Registration, registration);
        let consent_token = key.token(app::ssr::links::Purpose::Consent, registration);
        // Links of an address request that is not (or no longer) there: they answer with a page.
        let address_token = key.token(app::ssr::links::Purpose::ContactAddress, 4_000_000);
        let address_parent_token = key.token(app::ssr::links::Purpose::ContactParent, 4_000_000);
        let feed_token = app::ssr::db::calendar::renew_private_feed(&app.db, "reg@example.org", 0).await.unwrap();
        // Longer names first: PROGRAMME_ID before PROGRAMME.
        let placeholders = vec![
            ("OFFER_A", offer_a.to_string()),
            ("SESSION_A", session_a.to_string()),
            ("FEED_TOKEN", feed_token.clone()),
            ("REG_TOKEN", reg_token.clone()),
            ("REGISTRATION", registration.to_string()),
            ("PARTICIPANT", participant.to_string()),
            ("CONSENT_TOKEN", consent_token.clone()),
            ("ADDRESS_PARENT_TOKEN", address_parent_token),
            ("ADDRESS_TOKEN", address_token),
            ("NICKNAME", joined[0].to_string()),
            ("TODAY", chrono::Utc::now().format("%Y-%m-%d").to_string()),
            ("ORG_A", org_a.to_string()),
            ("JOIN_CODE_ID", join_code_id.to_string()),
            ("ROUND", round.to_string()),
            ("IDEA", idea.to_string()),
            ("VENUE_A", venue_a.to_string()),
            ("SITE_1", site_1.to_string()),
            ("PROGRAMME_ID", programme_id.to_string()),
            ("PROGRAMME", programme.clone()),
        ];
        Fixture { accounts, joined, placeholders }
    }

    /// A path or value with the table's placeholders filled in.
    fn fill(&self, text: &str) -> String {
        self.placeholders.iter().fold(text.to_owned(), |text, (name, value)| text.replace(name, value))
    }

    /// A fresh browser of actor `index`, with a session of its own where the actor has one.
    async fn client(&self, app: &TestApp, index: usize) -> reqwest::Client {
        let now = chrono::Utc::now().timestamp();
        let owner = match (index, self.accounts[index]) {
            (1, _) => Some(SessionFor::Participant("amira@example.org")),
            (2 | 3, _) => Some(SessionFor::Joined(self.joined[index - 2])),
            (_, Some(user_id)) => Some(SessionFor::User(user_id)),
            _ => None,
        };
        match owner {
            Some(owner) => app.browser_with_session(&auth::start_session(&app.db, owner, now).await.unwrap().token),
            None => browser(),
        }
    }
}

async fn every_endpoint_answers_every_actor_as_the_policy_says(app: TestApp) {
    let table = table();
    let registered = server::startup::endpoints();
    for (method, route) in &registered {
        assert!(
            table.iter().any(|row| row.method == *method && normalise(row.route) == normalise(route)),
            "{method} {route} has no row in the permission table"
        );
    }
    for row in &table {
        assert!(
            registered.iter().any(|(method, route)| *method == row.method && normalise(route) == normalise(row.route)),
            "{} {} is in the table but not registered",
            row.method,
            row.route
        );
    }

    let fixture = Fixture::new(&app).await;
    let mut failures = Vec::new();
    for row in &table {
        for (index, actor) in ACTORS.iter().enumerate() {
            // A fresh session per request, so that a sign-out in one row does not leak into the next.
            let client = fixture.client(&app, index).await;
            let path = fixture.fill(row.path);
            let form: Vec<(String, String)> =
                row.form.iter().map(|(k, v)| ((*k).to_owned(), fixture.fill(v))).collect();
            let request = if row.method == Method::POST {
                client.post(app.url(&path)).header("origin", &app.address).form(&form)
            } else {
                client.get(app.url(&path))
            };
            let response = request.header("accept", "text/html").send().await.unwrap();
            let status = response.status().as_u16();
            let location = response.headers().get("location").map(|v| v.to_str().unwrap().to_owned());
            let outcome = match (status, location.as_deref()) {
                (303, Some(to)) if to.starts_with("/staff/login") && row.route != "/staff/login" => SignIn,
                (200 | 303, _) => Ok,
                (302, Some("/staff")) if row.route == "/staff/login" => Ok,
                (403, _) => Denied,
                _ => {
                    failures.push(format!("{} {path} as {actor}: unexpected {status} {location:?}", row.method));
                    continue;
                }
            };
            if outcome != row.expected[index] {
                failures.push(format!(
                    "{} {path} as {actor}: expected {:?}, got {outcome:?} ({status})",
                    row.method, row.expected[index]
                ));
            }
        }
    }
    assert!(failures.is_empty(), "permission table violations:\n{}", failures.join("\n"));
}

/// What a stranger, a careless copy-and-paste or a broken client puts into a form.
const HOSTILE: [&str; 10] = [
    "Zahra\u{0}\u{7}\u{1b}[31m\r\nBEGIN:VEVENT\r\nSUMMARY:x",
    "<script>alert(1)</script><b onmouseover=x>",
    "'; DROP TABLE participants; --",
    "x@example.org\r\nBcc: victim@example.org\r\nSubject: hi",
    "\u{202E}مرحبا Привіт 你好 🙂",
    "-1",
    "99999999999999999999999",
    "2026-02-30",
    "",
    "%00%0d%0a../../etc/passwd",
];

/// Every form of the endpoint list, posted by every actor the policy lets through (so staff forms
/// reach their validation, not a sign-in redirect), with each field in turn set to each hostile
/// value, and once with a field it does not know and once empty: no answer is a server error, and
/// no control character reaches the database.
async fn every_form_takes_hostile_values_from_every_actor_without_a_server_error(app: TestApp) {
    let fixture = Fixture::new(&app).await;
    let long = "ü".repeat(20_000);
    let mut failures = Vec::new();
    for row in table().iter().filter(|row| row.method == Method::POST && !row.form.is_empty()) {
        let path = fixture.fill(row.path);
        let valid: Vec<(String, String)> = row.form.iter().map(|(k, v)| ((*k).to_owned(), fixture.fill(v))).collect();
        for (index, actor) in ACTORS.iter().enumerate().filter(|(index, _)| row.expected[*index] == Ok) {
            let client = fixture.client(&app, index).await;
            let mut forms: Vec<Vec<(String, String)>> = vec![Vec::new()];
            forms.push([valid.clone(), vec![("unexpected".to_owned(), HOSTILE[0].to_owned())]].concat());
            for (field, _) in row.form {
                for value in HOSTILE.iter().copied().chain([long.as_str()]) {
                    let hostile =
                        valid.iter().map(|(k, v)| (k.clone(), if k == field { value.to_owned() } else { v.clone() }));
                    forms.push(hostile.collect());
                }
            }
            for form in forms {
                let response = client
                    .post(app.url(&path))
                    .header("origin", &app.address)
                    .header("accept", "text/html")
                    .form(&form)
                    .send()
                    .await
                    .unwrap();
                let status = response.status().as_u16();
                if status >= 500 {
                    let sent: Vec<String> = form.iter().map(|(k, v)| format!("{k}={:.40}", v)).collect();
                    failures.push(format!("POST {path} as {actor}: {status} for {}", sent.join("&")));
                }
            }
        }
    }
    assert!(failures.is_empty(), "server errors:\n{}", failures.join("\n"));
    for (table, column) in [
        ("participants", "first_name"),
        ("participants", "email"),
        ("registrations", "needs"),
        ("registrations", "phone"),
        ("offers", "title"),
        ("offers", "description"),
        ("programmes", "title"),
        ("users", "display_name"),
        ("audit_log", "detail"),
        ("outbox", "subject"),
    ] {
        let values: Vec<(Option<String>,)> =
            sqlx::query_as(sqlx::AssertSqlSafe(format!("SELECT {column} FROM {table}")))
                .fetch_all(app.db.pool())
                .await
                .unwrap();
        for value in values.into_iter().filter_map(|(value,)| value) {
            assert!(!value.chars().any(|c| c.is_control() && c != '\n'), "{table}.{column} holds {value:?}");
        }
    }
}
