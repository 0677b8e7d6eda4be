//! Who may do what: the one place that answers "may this actor do this action on this object".
//! Every page, route and server function asks `allows`; nothing else decides.

code_enum! {
    /// The kind of account: admins manage everything, staff one site, partners their organisation.
    Role { Admin => "admin", Staff => "staff", Partner => "partner" }
}

code_enum! {
    /// How a participant's session proved that it may act for a person: a magic link to the
    /// person's own address, or to the address a parent gave for a child under 16, or a join code
    /// (with the re-entry code shown once) for a nickname without an address.
    Proof { Address => "address", Parent => "parent", Join => "join" }
}

/// The person behind a request, as far as the server knows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Actor {
    Anonymous,
    /// A young person (or a parent) who opened a magic link sent to this address, with the people
    /// it opened: siblings who share an address are separate people, each with its proof. A
    /// young person who joined with a code has no address: the session is the proof.
    Participant {
        email: Option<String>,
        people: Vec<(i64, Proof)>,
    },
    Partner {
        user_id: i64,
        organisation_id: i64,
        site_id: i64,
    },
    Staff {
        user_id: i64,
        site_id: i64,
    },
    Admin {
        user_id: i64,
    },
}

impl Actor {
    /// The account behind the actor, for the audit log; participants have none.
    pub fn user_id(&self) -> Option<i64> {
        match self {
            Actor::Partner { user_id, .. } | Actor::Staff { user_id, .. } | Actor::Admin { user_id } => Some(*user_id),
            Actor::Anonymous | Actor::Participant { .. } => None,
        }
    }

    /// The people a join code (not an address) proved: nicknames, who register without typing.
    pub fn joined(&self) -> Vec<i64> {
        match self {
            Actor::Participant { people, .. } => {
                people.iter().filter(|(_, proof)| *proof == Proof::Join).map(|(id, _)| *id).collect()
            }
            _ => Vec::new(),
        }
    }

    /// The people this session may take part in co-design as: its own, not a parent's child.
    pub fn co_designers(&self) -> Vec<i64> {
        match self {
            Actor::Participant { people, .. } => people
                .iter()
                .map(|(id, _)| *id)
                .filter(|id| allows(self, Action::CoDesign { participant_id: *id }))
                .collect(),
            _ => Vec::new(),
        }
    }

    pub fn is_signed_in_user(&self) -> bool {
        self.user_id().is_some()
    }
}

/// What an actor wants to do, with the object it touches.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Public pages and forms: offers, sign-in, password reset, magic-link requests.
    ViewPublic,
    /// "My registrations" of the participant's own email address.
    ViewOwnRegistrations,
    /// See, download, withdraw consents of and delete what is held about one person: theirs, or
    /// a child's under 16 whose parent's address the session proved.
    OwnData {
        participant_id: i64,
    },
    /// Propose ideas and support them as this person: their own session (address or join code),
    /// not a parent's, since co-design is the young person's own voice.
    CoDesign {
        participant_id: i64,
    },
    /// Run a site's co-design: idea rounds, join codes, moderation and the staff check. Staff of
    /// the site: partners see the public board like everybody.
    ManageCoDesign {
        site_id: i64,
    },
    /// The staff area's start page of a site.
    ViewDashboard {
        site_id: i64,
    },
    /// Edit an offer owned by `organisation_id` on `site_id`.
    EditOffer {
        site_id: i64,
        organisation_id: i64,
    },
    /// Create and change a site's programmes (Interkulturelle Woche, a summer festival) and
    /// choose which offers belong to them.
    EditProgramme {
        site_id: i64,
    },
    /// Change a site's settings: address, carrier, contact, time zone, districts, sender.
    EditSite {
        site_id: i64,
    },
    /// Start a new site (admins): its staff then run it.
    CreateSite,
    /// Add, change and archive a site's organisations and venues.
    EditNetwork {
        site_id: i64,
    },
    /// Propose a venue for the site, which its staff then confirm (partners find places too).
    ProposeVenue {
        site_id: i64,
    },
    /// Correct a participant's record on `site_id` (year of birth, language, parent): staff of the
    /// site, not partners, whose offers are one organisation's among many the person uses.
    CorrectParticipant {
        site_id: i64,
    },
    /// Delete a person with everything of theirs across offers and sites, at their request by
    /// phone or in person: admins only (staff cancel single registrations).
    DeleteParticipant,
    /// Invite an account of `role`; partners and staff belong to an organisation on `site_id`.
    /// Staff invite partners of their own site; admins invite anybody.
    InviteUser {
        role: Role,
        site_id: Option<i64>,
    },
    /// Accounts, the audit log and undeliverable mail: admins only.
    ManageUsers,
    ViewAuditLog,
    ManageMail,
    SignOut,
}

pub fn allows(actor: &Actor, action: Action) -> bool {
    use Action::*;
    match (actor, action) {
        (_, ViewPublic) => true,
        // Nobody else's, not even an admin's: staff have their own tools for requests.
        (Actor::Participant { people, .. }, OwnData { participant_id }) => {
            people.iter().any(|(id, _)| *id == participant_id)
        }
        (_, OwnData { .. }) => false,
        (Actor::Participant { people, .. }, CoDesign { participant_id }) => {
            people.iter().any(|(id, proof)| *id == participant_id && *proof != Proof::Parent)
        }
        (_, CoDesign { .. }) => false,
        (Actor::Participant { .. }, ViewOwnRegistrations) => true,
        (Actor::Admin { .. }, ViewOwnRegistrations) => false,
        // Partners and staff need an organisation; an admin stands for the whole installation.
        (Actor::Admin { .. }, InviteUser { role, site_id }) => role == Role::Admin || site_id.is_some(),
        (Actor::Staff { site_id: own, .. }, InviteUser { role: Role::Partner, site_id: Some(site_id) }) => {
            *own == site_id
        }
        (Actor::Admin { .. }, _) => true,
        (Actor::Staff { site_id: own, .. }, ViewDashboard { site_id })
        | (Actor::Staff { site_id: own, .. }, EditOffer { site_id, .. })
        | (Actor::Staff { site_id: own, .. }, EditProgramme { site_id })
        | (Actor::Staff { site_id: own, .. }, EditSite { site_id })
        | (Actor::Staff { site_id: own, .. }, EditNetwork { site_id })
        | (Actor::Staff { site_id: own, .. }, ManageCoDesign { site_id })
        | (Actor::Staff { site_id: own, .. }, CorrectParticipant { site_id }) => *own == site_id,
        (Actor::Partner { site_id: own, .. }, ViewDashboard { site_id })
        | (Actor::Partner { site_id: own, .. }, ProposeVenue { site_id })
        | (Actor::Staff { site_id: own, .. }, ProposeVenue { site_id }) => *own == site_id,
        (Actor::Partner { organisation_id: own, .. }, EditOffer { organisation_id, .. }) => *own == organisation_id,
        (Actor::Staff { .. } | Actor::Partner { .. } | Actor::Participant { .. }, SignOut) => true,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use Action::*;

    fn actors() -> [(&'static str, Actor); 10] {
        [
            ("anonymous", Actor::Anonymous),
            (
                "participant",
                Actor::Participant { email: Some("amira@example.org".into()), people: vec![(7, Proof::Address)] },
            ),
            ("nickname", Actor::Participant { email: None, people: vec![(9, Proof::Join)] }),
            ("participant of site 2", Actor::Participant { email: None, people: vec![(12, Proof::Join)] }),
            (
                "parent",
                Actor::Participant { email: Some("eltern@example.org".into()), people: vec![(7, Proof::Parent)] },
            ),
            ("partner A", Actor::Partner { user_id: 10, organisation_id: 100, site_id: 1 }),
            ("partner B", Actor::Partner { user_id: 11, organisation_id: 200, site_id: 1 }),
            ("staff 1", Actor::Staff { user_id: 20, site_id: 1 }),
            ("staff 2", Actor::Staff { user_id: 21, site_id: 2 }),
            ("admin", Actor::Admin { user_id: 30 }),
        ]
    }

    /// Expected answers in the order of `actors()`.
    #[test]
    fn the_permission_table() {
        let table: &[(Action, [bool; 10])] = &[
            (ViewPublic, [true, true, true, true, true, true, true, true, true, true]),
            (ViewOwnRegistrations, [false, true, true, true, true, false, false, false, false, false]),
            (OwnData { participant_id: 7 }, [false, true, false, false, true, false, false, false, false, false]),
            (OwnData { participant_id: 9 }, [false, false, true, false, false, false, false, false, false, false]),
            (CoDesign { participant_id: 7 }, [false, true, false, false, false, false, false, false, false, false]),
            (CoDesign { participant_id: 9 }, [false, false, true, false, false, false, false, false, false, false]),
            (CoDesign { participant_id: 8 }, [false; 10]),
            (ManageCoDesign { site_id: 1 }, [false, false, false, false, false, false, false, true, false, true]),
            (ManageCoDesign { site_id: 2 }, [false, false, false, false, false, false, false, false, true, true]),
            (OwnData { participant_id: 8 }, [false; 10]),
            (ViewDashboard { site_id: 1 }, [false, false, false, false, false, true, true, true, false, true]),
            (
                EditOffer { site_id: 1, organisation_id: 100 },
                [false, false, false, false, false, true, false, true, false, true],
            ),
            (
                EditOffer { site_id: 2, organisation_id: 300 },
                [false, false, false, false, false, false, false, false, true, true],
            ),
            (EditProgramme { site_id: 1 }, [false, false, false, false, false, false, false, true, false, true]),
            (EditSite { site_id: 1 }, [false, false, false, false, false, false, false, true, false, true]),
            (CreateSite, [false, false, false, false, false, false, false, false, false, true]),
            (EditNetwork { site_id: 1 }, [false, false, false, false, false, false, false, true, false, true]),
            (EditNetwork { site_id: 2 }, [false, false, false, false, false, false, false, false, true, true]),
            (ProposeVenue { site_id: 1 }, [false, false, false, false, false, true, true, true, false, true]),
            (CorrectParticipant { site_id: 1 }, [false, false, false, false, false, false, false, true, false, true]),
            (DeleteParticipant, [false, false, false, false, false, false, false, false, false, true]),
            (
                InviteUser { role: Role::Partner, site_id: Some(1) },
                [false, false, false, false, false, false, false, true, false, true],
            ),
            (
                InviteUser { role: Role::Staff, site_id: Some(1) },
                [false, false, false, false, false, false, false, false, false, true],
            ),
            (
                InviteUser { role: Role::Admin, site_id: None },
                [false, false, false, false, false, false, false, false, false, true],
            ),
            (InviteUser { role: Role::Partner, site_id: None }, [false; 10]),
            (ManageUsers, [false, false, false, false, false, false, false, false, false, true]),
            (ViewAuditLog, [false, false, false, false, false, false, false, false, false, true]),
            (ManageMail, [false, false, false, false, false, false, false, false, false, true]),
            (SignOut, [false, true, true, true, true, true, true, true, true, true]),
        ];
        for (action, expected) in table {
            for ((name, actor), allowed) in actors().iter().zip(expected) {
                assert_eq!(allows(actor, *action), *allowed, "{name} may {action:?}?");
            }
        }
    }
}
