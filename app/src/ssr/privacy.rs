//! Personal data by design: every column of the schema is declared here once. A column that holds
//! personal data says what it holds, whose it is, why it is kept, on which legal basis, for how
//! long, and whether a person's export shows it and their deletion removes it; every other column
//! is declared as holding none. A test compares the declarations with the real schema on both
//! backends, so a new column cannot slip in unexplained, and the retention job, the privacy notice
//! and the record of processing activities read their facts from here.

pub mod export;
pub mod figures;
pub mod holds;
pub mod retention;

/// Whose data a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    /// A young person (or an adult) who registered or was added by staff.
    Participant,
    /// The parent asked for consent.
    Parent,
    /// A staff member's or partner's account.
    Staff,
    /// A contact person an organisation or site publishes (an office's phone, a name on an offer).
    Contact,
}

/// The legal basis under the GDPR (Art. 6(1); Art. 9(2)(a) for health data given with consent).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Basis {
    /// Art. 6(1)(a): the person (or a parent) agreed, and may withdraw.
    Consent,
    /// Art. 6(1)(e) with SGB VIII: youth work is the JMD's public task; running an offer needs it.
    PublicTask,
    /// Art. 6(1)(f): keeping the service safe (limits, logs) and accountable.
    LegitimateInterest,
}

impl Basis {
    /// For the record of processing activities.
    pub fn describe(self) -> &'static str {
        match self {
            Basis::Consent => "consent, Art. 6(1)(a) GDPR (health data: Art. 9(2)(a))",
            Basis::PublicTask => "public task (youth work, SGB VIII), Art. 6(1)(e) GDPR",
            Basis::LegitimateInterest => "legitimate interest (security, accountability), Art. 6(1)(f) GDPR",
        }
    }
}

/// How long a column's data is kept; the periods are the site's (`sites.keep_*`) or `retention`'s.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    /// Until `registration_months` after the offer's last date, then deleted with the registration.
    Registration,
    /// While anything in this registry still refers to the person (a registration, a feed).
    WhileReferenced,
    /// `message_days` after the message was delivered (or given up).
    Message,
    /// Until it expires: a link, a session, a draft, a counter.
    UntilExpiry,
    /// As long as the account exists.
    Account,
    /// `audit_days` after the entry was written.
    Audit,
    /// While the site or organisation publishes it.
    Published,
}

impl Keep {
    /// For the record of processing activities.
    pub fn describe(self) -> &'static str {
        match self {
            Keep::Registration => "until the site's months after the offer's last date",
            Keep::WhileReferenced => "while a registration, feed, idea, support or open session refers to the person",
            Keep::Message => "the site's days after the message was written",
            Keep::UntilExpiry => "until it expires (links: a week after)",
            Keep::Account => "as long as the account exists",
            Keep::Audit => "two years",
            Keep::Published => "while the site or organisation publishes it",
        }
    }
}

/// One column with personal data.
#[derive(Debug, Clone, Copy)]
pub struct Personal {
    pub table: &'static str,
    pub column: &'static str,
    /// What it holds, in plain words (the record of processing activities shows it).
    pub what: &'static str,
    pub subject: Subject,
    pub purpose: &'static str,
    pub basis: Basis,
    pub keep: Keep,
    /// A participant's or parent's export shows it.
    pub exported: bool,
    /// Deleting the person removes it (with its row, or blanked).
    pub deleted: bool,
}

const fn participant(table: &'static str, column: &'static str, what: &'static str, keep: Keep) -> Personal {
    Personal {
        table,
        column,
        what,
        subject: Subject::Participant,
        purpose: "running the offer the person registered for",
        basis: Basis::PublicTask,
        keep,
        exported: true,
        deleted: true,
    }
}

const fn with_registration(column: &'static str, what: &'static str) -> Personal {
    participant("registrations", column, what, Keep::Registration)
}

const fn parent(table: &'static str, column: &'static str, what: &'static str, keep: Keep) -> Personal {
    Personal {
        subject: Subject::Parent,
        purpose: "asking a parent's consent",
        ..participant(table, column, what, keep)
    }
}

/// Given with consent, and kept, shown and deleted with the registration it belongs to.
const fn consented(personal: Personal) -> Personal {
    Personal { basis: Basis::Consent, ..personal }
}

/// An address a young person who joined with a code gave for messages, until its owner confirms
/// it (and for an under-16 a parent agrees).
const fn address_request(column: &'static str, what: &'static str) -> Personal {
    Personal {
        purpose: "confirming an address for messages (under 16: with a parent's yes)",
        basis: Basis::Consent,
        ..participant("contact_requests", column, what, Keep::UntilExpiry)
    }
}

/// Youth co-design: ideas, supports and joining with a code.
const fn co_design(personal: Personal) -> Personal {
    Personal { purpose: "youth co-design: ideas, support and the staff's answers", ..personal }
}

const fn staff(table: &'static str, column: &'static str, what: &'static str) -> Personal {
    Personal {
        table,
        column,
        what,
        subject: Subject::Staff,
        purpose: "signing in and working on the site's offers",
        basis: Basis::PublicTask,
        keep: Keep::Account,
        exported: false,
        deleted: false,
    }
}

const fn contact(table: &'static str, column: &'static str, what: &'static str) -> Personal {
    Personal {
        subject: Subject::Contact,
        purpose: "telling the public whom to ask",
        keep: Keep::Published,
        ..staff(table, column, what)
    }
}

/// Every column that holds personal data.
pub const PERSONAL: &[Personal] = &[
    participant("participants", "email", "email address", Keep::WhileReferenced),
    participant("participants", "first_name", "first name or nickname", Keep::WhileReferenced),
    participant("participants", "name_key", "the first name, normalised to tell people apart", Keep::WhileReferenced),
    participant("participants", "birth_year", "year of birth", Keep::WhileReferenced),
    participant("participants", "lang", "language of messages", Keep::WhileReferenced),
    parent("participants", "parent_email", "a parent's email address", Keep::WhileReferenced),
    parent("participants", "parent_lang", "a parent's language", Keep::WhileReferenced),
    with_registration("phone", "phone number"),
    Personal {
        purpose: "meeting a need (may be health data: explicit consent)",
        basis: Basis::Consent,
        ..with_registration("needs", "needs and wishes")
    },
    with_registration("gender", "gender (optional)"),
    Personal { basis: Basis::Consent, ..with_registration("photo_consent", "consent to photos") },
    with_registration("status", "registration status"),
    with_registration("created_at", "when the person registered"),
    with_registration("cancelled_at", "when the registration ended"),
    with_registration("cancel_reason", "why it ended"),
    with_registration("emergency_contact", "emergency contact for a trip (name and phone)"),
    with_registration("restricted_at", "when a deletion request during an audit hold restricted it"),
    consented(parent("registrations", "consent_given_at", "when a parent agreed", Keep::Registration)),
    consented(parent("registrations", "consent_source", "how a parent agreed", Keep::Registration)),
    consented(parent("registrations", "consent_signed_by", "who signed a paper consent", Keep::Registration)),
    consented(parent("registrations", "consent_signed_on", "the day on a paper consent", Keep::Registration)),
    consented(parent(
        "registrations",
        "trip_consent_signed_by",
        "who signed a trip's paper consent",
        Keep::Registration,
    )),
    consented(parent(
        "registrations",
        "trip_consent_signed_on",
        "the day on a trip's paper consent",
        Keep::Registration,
    )),
    parent("registrations", "typed_parent_email", "a parent's address typed into the form", Keep::Registration),
    Personal {
        purpose: "spreading places fairly between networks",
        basis: Basis::LegitimateInterest,
        exported: false,
        ..with_registration("network", "a keyed hash of the network the form came from")
    },
    participant("reminders_sent", "sent_at", "when a reminder went out", Keep::Registration),
    consented(participant("consents", "purpose", "what a consent was for", Keep::Registration)),
    consented(participant("consents", "given_by", "who gave a consent", Keep::Registration)),
    consented(participant("consents", "method", "how a consent was given", Keep::Registration)),
    consented(participant("consents", "text_version", "the version of the text agreed to", Keep::Registration)),
    consented(participant("consents", "lang", "the language of that text", Keep::Registration)),
    consented(participant("consents", "given_at", "when a consent was given", Keep::Registration)),
    consented(participant("consents", "withdrawn_at", "when a consent was taken back", Keep::Registration)),
    staff("consents", "recorded_by", "which account recorded a consent"),
    participant("calendar_feeds", "email", "the address a private calendar feed belongs to", Keep::WhileReferenced),
    participant("outbox", "recipient", "the address a message went to", Keep::Message),
    participant("outbox", "subject", "a message's subject", Keep::Message),
    participant("outbox", "body_text", "a message's text", Keep::Message),
    participant("outbox", "calendar", "a message's calendar invitation", Keep::Message),
    Personal {
        purpose: "signing in to one's own registrations",
        exported: false,
        ..participant("auth_sessions", "participant_email", "the address of a signed-in participant", Keep::UntilExpiry)
    },
    Personal {
        purpose: "sending a sign-in or password link",
        exported: false,
        ..participant("auth_tokens", "email", "the address a link was sent to", Keep::UntilExpiry)
    },
    Personal {
        purpose: "keeping what was typed when a form comes back",
        exported: false,
        ..participant("form_drafts", "fields", "what a form held when it came back with a mistake", Keep::UntilExpiry)
    },
    Personal {
        purpose: "limiting abuse of the forms",
        basis: Basis::LegitimateInterest,
        exported: false,
        ..participant("rate_limits", "bucket", "a keyed hash of an address or network", Keep::UntilExpiry)
    },
    Personal {
        purpose: "accountability: who changed what",
        basis: Basis::LegitimateInterest,
        keep: Keep::Audit,
        exported: false,
        deleted: false,
        ..participant("audit_log", "detail", "free text of a change (may name a person)", Keep::Audit)
    },
    Personal {
        exported: false,
        ..participant("participants", "reentry_hash", "a keyed hash of the re-entry code", Keep::WhileReferenced)
    },
    address_request("email", "an address for messages, until its owner confirms it"),
    address_request("confirmed_at", "when its owner confirmed it"),
    Personal { subject: Subject::Parent, ..address_request("parent_email", "the parent asked whether it may be kept") },
    Personal { subject: Subject::Parent, ..address_request("parent_lang", "that parent's language") },
    co_design(participant(
        "participants",
        "join_code_id",
        "the group code the person joined with",
        Keep::WhileReferenced,
    )),
    co_design(participant("idea_supports", "participant_id", "whose support an idea has", Keep::WhileReferenced)),
    co_design(participant(
        "round_voters",
        "participant_id",
        "that a person voted in a round (never for what)",
        Keep::WhileReferenced,
    )),
    co_design(participant(
        "participants",
        "join_confirmed_at",
        "when staff confirmed the person belongs to the group",
        Keep::WhileReferenced,
    )),
    // A deletion request takes the person's ideas with it (their text may say who they are).
    co_design(participant("ideas", "author_id", "who wrote an idea (never shown publicly)", Keep::WhileReferenced)),
    co_design(participant("ideas", "what", "an idea's text (may name a person)", Keep::WhileReferenced)),
    co_design(participant("ideas", "for_whom", "whom an idea is for", Keep::WhileReferenced)),
    co_design(participant("ideas", "place", "where an idea would happen", Keep::WhileReferenced)),
    co_design(participant("ideas", "author_group", "the group an idea came from", Keep::WhileReferenced)),
    co_design(participant(
        "ideas",
        "staff_notes",
        "staff's notes on an idea (may name a person)",
        Keep::WhileReferenced,
    )),
    staff("idea_rounds", "created_by", "which account opened an idea round"),
    staff("join_codes", "created_by", "which account made a join code"),
    staff("idea_events", "by_user", "which account moved an idea"),
    staff("users", "email", "email address of an account"),
    staff("users", "display_name", "name of an account"),
    staff("users", "password_hash", "a password's hash"),
    staff("users", "lang", "language of an account"),
    staff("users", "created_at", "when an account was created"),
    staff("audit_log", "actor_user_id", "which account made a change"),
    staff("registrations", "consent_recorded_by", "which account recorded a paper consent"),
    staff("registrations", "trip_consent_recorded_by", "which account recorded a trip's paper consent"),
    staff("retention_holds", "created_by", "which account kept a list for an audit"),
    staff("venues", "proposed_by", "which partner account proposed a venue"),
    staff("auth_sessions", "user_id", "the account of a session"),
    staff("auth_tokens", "user_id", "the account a link was sent for"),
    staff("form_drafts", "user_id", "the account a draft belongs to"),
    contact("offers", "contact_name", "the contact person of an offer"),
    contact("offers", "contact_email", "the contact address of an offer"),
    contact("offers", "contact_phone", "the contact phone of an offer"),
    contact("organisations", "contact", "how to reach an organisation"),
    contact("sites", "phone", "a site's phone"),
    contact("sites", "email", "a site's address"),
    contact("sites", "mail_reply_to", "where replies to a site's messages go"),
    contact("sites", "mail_from_name", "the sender name of a site's messages"),
    contact("sites", "privacy_contact", "the data protection officer a site names"),
];

/// Columns that hold no personal data, per table (ids, offers' texts, settings, counters).
pub const NOT_PERSONAL: &[(&str, &[&str])] = &[
    ("join_codes", &["id", "site_id", "label", "code", "max_joins", "valid_until", "revoked_at", "created_at"]),
    (
        "idea_rounds",
        &[
            "id",
            "site_id",
            "programme_id",
            "question",
            "decidable",
            "budget",
            "deciders",
            "closes_at",
            "paused_at",
            "post_moderated",
            "response_days",
            "vote_choices",
            "vote_closes_at",
            "ballots",
            "created_at",
        ],
    ),
    (
        "ideas",
        &[
            "id",
            "round_id",
            "site_id",
            "weekdays",
            "day_parts",
            "languages",
            "category",
            "state",
            "reason",
            "would_work",
            "criteria",
            "revisit_on",
            "merged_into",
            "offer_id",
            "held",
            "reports",
            "on_paper",
            "supports",
            "paper_supports",
            "planners",
            "votes",
            "lang",
            "submitted_at",
            "published_at",
            "checked_at",
            "updated_at",
        ],
    ),
    ("idea_supports", &["idea_id", "kind", "created_at"]),
    ("idea_events", &["id", "idea_id", "state", "reason", "at"]),
    ("audit_log", &["id", "action", "object_type", "object_id", "created_at"]),
    ("consents", &["id", "participant_id", "registration_id"]),
    ("contact_requests", &["id", "participant_id", "created_at", "expires_at"]),
    ("round_voters", &["round_id"]),
    ("auth_sessions", &["token_hash", "created_at", "expires_at"]),
    ("auth_tokens", &["token_hash", "purpose", "created_at", "expires_at", "used_at"]),
    ("calendar_feeds", &["token_hash", "created_at"]),
    ("form_drafts", &["token_hash", "errors", "expires_at"]),
    ("offer_cohosts", &["offer_id", "organisation_id"]),
    ("offer_translations", &["offer_id", "lang", "title", "description"]),
    (
        "offers",
        &[
            "id",
            "site_id",
            "programme_id",
            "organisation_id",
            "venue_id",
            "kind",
            "status",
            "category",
            "title",
            "description",
            "min_age",
            "max_age",
            "audience",
            "focus",
            "languages",
            "time_zone",
            "capacity",
            "search_text",
            "registration",
            "registration_opens_at",
            "registration_closes_at",
            "places_taken",
            "age_tolerance",
            "remind_day_before",
            "remind_two_hours_before",
            "network_share",
            "cost_cents",
            "bring",
            "meeting_point",
            "visibility",
            "overnight",
        ],
    ),
    ("organisation_descriptions", &["organisation_id", "lang", "description"]),
    ("organisations", &["id", "site_id", "slug", "name", "kind", "website", "archived"]),
    (
        "outbox",
        &[
            "id",
            "kind",
            "lang",
            "created_at",
            "attempts",
            "last_error",
            "sent_at",
            "next_attempt_at",
            "claimed_until",
            "site_id",
            "links",
            "registration_id",
            "participant_id",
        ],
    ),
    ("participants", &["id", "site_id", "created_at", "updated_at"]),
    ("session_people", &["token_hash", "participant_id", "proof"]),
    (
        "privacy_counts",
        &[
            "period",
            "site_id",
            "offer_id",
            "category",
            "district",
            "organisation_id",
            "gender",
            "age_band",
            "measure",
            "count",
        ],
    ),
    ("job_runs", &["name", "last_run"]),
    // The reason names the audit, never a person (the form says so).
    ("retention_holds", &["id", "offer_id", "reason", "until_day", "until_at", "created_at", "ended_at"]),
    ("programme_translations", &["programme_id", "lang", "title", "description"]),
    ("programmes", &["id", "site_id", "slug", "title", "description", "starts_on", "ends_on"]),
    ("rate_limits", &["window_start", "hits"]),
    (
        "registrations",
        &[
            "id",
            "offer_id",
            "session_id",
            "participant_id",
            "consent_deadline",
            "consent_text_version",
            "form_token",
            "burst",
            "trip_consent_form",
        ],
    ),
    ("reminders_sent", &["registration_id", "session_id", "kind", "starts_at"]),
    (
        "sessions",
        &["id", "offer_id", "starts_at", "ends_at", "time_zone", "status", "places_taken", "revision", "changed_at"],
    ),
    ("signing_keys", &["id", "secret"]),
    ("site_closing_days", &["site_id", "day", "reason"]),
    ("site_descriptions", &["site_id", "lang", "description"]),
    (
        "sites",
        &[
            "id",
            "slug",
            "name",
            "city",
            "time_zone",
            "mail_from_address",
            "street",
            "postal_code",
            "carrier_name",
            "carrier_address",
            "opening_hours",
            "federal_state",
            "districts",
            "keep_registration_months",
            "keep_message_days",
            "processors",
        ],
    ),
    ("users", &["id", "role", "site_id", "organisation_id", "disabled"]),
    (
        "venues",
        &[
            "id",
            "site_id",
            "name",
            "street",
            "postal_code",
            "city",
            "district",
            "step_free",
            "accessible_toilet",
            "accessibility_notes",
            "transit",
            "hearing_loop",
            "archived",
        ],
    ),
];

/// How the rows of a table belong to one participant (`$1`), for their export and deletion, with
/// the columns besides the personal ones that say what a row is about.
pub const ROWS_OF_PERSON: &[(&str, &str, &[&str])] = &[
    ("participants", "id = $1", &["id", "site_id"]),
    ("consents", "participant_id = $1", &["id", "registration_id"]),
    ("contact_requests", "participant_id = $1", &["created_at"]),
    ("round_voters", "participant_id = $1", &["round_id"]),
    ("idea_supports", "participant_id = $1", &["idea_id", "kind"]),
    ("ideas", "author_id = $1", &["id", "state"]),
    ("registrations", "participant_id = $1", &["id", "offer_id", "session_id"]),
    (
        "reminders_sent",
        "registration_id IN (SELECT id FROM registrations WHERE participant_id = $1)",
        &["registration_id"],
    ),
    // What belongs to the address rather than to one person (its calendar feed, a sign-in link)
    // only for whoever proved the address itself: a record anybody made with somebody else's
    // address and their own as the parent's must not open it.
    ("calendar_feeds", "ADDRESS_PROVEN AND email = (SELECT email FROM participants WHERE id = $1)", &["created_at"]),
    // Messages about their registrations (also those to a parent); not a sibling's sent to the
    // same address.
    (
        "outbox",
        "registration_id IN (SELECT id FROM registrations WHERE participant_id = $1) OR participant_id = $1
         OR (ADDRESS_PROVEN AND registration_id IS NULL AND recipient = (SELECT email FROM participants WHERE id = $1))",
        &["created_at", "sent_at"],
    ),
];

/// A condition of `ROWS_OF_PERSON` for a request that did (or did not) prove the person's address.
pub fn rows_of_person(condition: &str, address_proven: bool) -> String {
    condition.replace("ADDRESS_PROVEN", if address_proven { "1 = 1" } else { "1 = 0" })
}

/// Tables the registry does not describe: the migrations' own bookkeeping.
pub const UNDESCRIBED_TABLES: &[&str] = &["_sqlx_migrations"];

/// What the registry says of a column: personal (with its declaration), not personal, or nothing.
pub fn declared(table: &str, column: &str) -> Option<Option<&'static Personal>> {
    if let Some(personal) = PERSONAL.iter().find(|p| p.table == table && p.column == column) {
        return Some(Some(personal));
    }
    NOT_PERSONAL.iter().any(|(t, columns)| *t == table && columns.contains(&column)).then_some(None)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_column_is_declared_once() {
        let mut seen = std::collections::BTreeSet::new();
        let personal = PERSONAL.iter().map(|p| (p.table, p.column));
        let other =
            NOT_PERSONAL.iter().flat_map(|(table, columns)| columns.iter().map(move |column| (*table, *column)));
        for column in personal.chain(other) {
            assert!(seen.insert(column), "{column:?} is declared twice");
        }
    }

    #[test]
    fn every_exported_table_says_how_its_rows_belong_to_a_person() {
        for p in PERSONAL.iter().filter(|p| p.exported) {
            assert!(ROWS_OF_PERSON.iter().any(|(table, ..)| *table == p.table), "{}: whose rows?", p.table);
        }
    }

    #[test]
    fn what_is_about_participants_and_parents_is_exported_and_deleted() {
        for p in PERSONAL.iter().filter(|p| matches!(p.subject, Subject::Participant | Subject::Parent)) {
            // Security hashes (a network's, a re-entry code's) and expiring links are neither shown
            // nor worth a request: they go
            // by themselves; the audit log keeps its accountability.
            let goes_by_itself =
                matches!(p.keep, Keep::UntilExpiry | Keep::Audit) || ["network", "reentry_hash"].contains(&p.column);
            assert!(p.deleted || goes_by_itself, "{}.{} survives a deletion", p.table, p.column);
            assert!(p.exported || goes_by_itself, "{}.{} is missing from the export", p.table, p.column);
        }
    }
}
