//! The demo's co-design: join codes, rounds and ideas in every state, made through the same
//! services as young people's and staff's forms (joining, sending, supporting, the staff check).

use std::collections::BTreeMap;

use anyhow::Context;
use app::domain::co_design_form::{IdeaCard, Joining, Round as RoundRules, StaffDecision};
use app::domain::idea::{IdeaState, MoveDetails, SupportKind};
use app::domain::offer::Category;
use app::i18n::Lang;
use app::ssr::db::Db;
use app::ssr::links::LinkKey;
use app::ssr::service::ideas::{self, Member, Moved, NewsLinks, Submitted};
use app::ssr::service::joining::{self, Joined, NewCode};
use app::ssr::service::votes;
use chrono::{DateTime, Datelike, Duration, Utc};
use chrono_tz::Tz;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct JoinCode {
    label: String,
    max: i64,
    valid_days: i64,
}

#[derive(Deserialize)]
pub struct Round {
    key: String,
    #[serde(default)]
    programme: Option<String>,
    question: String,
    decidable: String,
    #[serde(default)]
    budget: String,
    deciders: String,
    #[serde(default)]
    closes_after_days: Option<i64>,
    /// A vote staff opened among the round's feasible ideas.
    #[serde(default)]
    vote: Option<Vote>,
}

#[derive(Deserialize)]
pub struct Vote {
    choices: i64,
    days: i64,
}

#[derive(Deserialize)]
pub struct Idea {
    round: String,
    group: String,
    what: String,
    category: String,
    #[serde(default)]
    when: Vec<String>,
    supporters: usize,
    path: Vec<String>,
    #[serde(default)]
    reason: String,
    #[serde(default)]
    would_work: String,
    #[serde(default)]
    offer: Option<String>,
    #[serde(default)]
    merge_into: Option<String>,
    #[serde(default)]
    revisit_after_days: Option<i64>,
}

/// The site's co-design as in the demo file. `programmes` maps the file's keys to ids.
pub struct Site<'a> {
    pub id: i64,
    pub zone: Tz,
    pub codes: &'a [JoinCode],
    pub rounds: &'a [Round],
    pub ideas: &'a [Idea],
    pub programmes: &'a [(&'a str, i64)],
}

/// Young people per group: enough to support the most supported idea.
fn nicknames(label: &str, count: usize) -> Vec<String> {
    (1..=count).map(|n| format!("{} {n}", label.split_whitespace().next().unwrap_or("Gruppe"))).collect()
}

pub async fn load(db: &Db, key: &LinkKey, site: Site<'_>, now: DateTime<Utc>) -> anyhow::Result<()> {
    let at = now.timestamp();
    let today = now.with_timezone(&site.zone).date_naive();
    let mut members: BTreeMap<&str, Vec<Member>> = BTreeMap::new();
    for code in site.codes {
        let valid_until = app::domain::schedule::day_end(site.zone, today + Duration::days(code.valid_days));
        let new = NewCode { site_id: site.id, label: &code.label, max_joins: code.max, valid_until };
        let (code_id, text) = joining::create_code(db, new, None, at).await?;
        // As many young people as the group's most supported idea needs, and its author.
        let needed = site.ideas.iter().filter(|idea| idea.group == code.label).map(|idea| idea.supporters + 1).max();
        let mut group = Vec::new();
        for (n, nickname) in nicknames(&code.label, needed.unwrap_or(1)).into_iter().enumerate() {
            let joining = Joining {
                code: text.clone(),
                nickname,
                birth_year: i64::from(today.year()) - 14 - (n as i64 % 8),
                lang: Lang::ALL[n % Lang::ALL.len()].code().to_owned(),
            };
            let Joined::Welcome { .. } = joining::join(db, key, &joining, &format!("demo-{n}"), at).await? else {
                anyhow::bail!("the demo's young people could not join {:?}", code.label);
            };
            let people: Vec<i64> = sqlx::query_as::<_, (i64,)>(
                "SELECT id FROM participants WHERE join_code_id = (SELECT id FROM join_codes WHERE code = $1)
                 ORDER BY id DESC LIMIT 1",
            )
            .bind(&text)
            .fetch_all(db.pool())
            .await?
            .into_iter()
            .map(|(id,)| id)
            .collect();
            group.push(ideas::member(db, &people, Some(site.id)).await?.context("a member who just joined")?);
        }
        // Staff know the demo's groups: everyone who joined is confirmed and may vote.
        joining::confirm(db, (site.id, code_id), None, None, at).await?;
        members.insert(code.label.as_str(), group);
    }
    let mut rounds = BTreeMap::new();
    for round in site.rounds {
        let programme_id = round
            .programme
            .as_deref()
            .map(|key| site.programmes.iter().find(|(k, _)| *k == key).map(|(_, id)| *id).context("programme"))
            .transpose()?;
        let rules = RoundRules {
            question: round.question.clone(),
            decidable: round.decidable.clone(),
            budget: round.budget.clone(),
            deciders: round.deciders.clone(),
            closes_on: round.closes_after_days.map(|days| today + Duration::days(days)),
            programme_id,
            post_moderated: false,
            response_days: 14,
        };
        rounds.insert(round.key.as_str(), ideas::create_round(db, site.id, &rules, None, at).await?);
    }
    let mut made: BTreeMap<&str, i64> = BTreeMap::new();
    let news = || NewsLinks { public_url: "" };
    for idea in site.ideas {
        let group = members.get(idea.group.as_str()).with_context(|| format!("no join code {:?}", idea.group))?;
        let round_id = *rounds.get(idea.round.as_str()).with_context(|| format!("no round {:?}", idea.round))?;
        let card = IdeaCard {
            round_id,
            what: idea.what.clone(),
            for_whom: String::new(),
            place: String::new(),
            weekdays: ticked(&idea.when, "weekday-"),
            day_parts: ticked(&idea.when, "part-"),
            languages: String::new(),
            category: Category::from_code(&idea.category).with_context(|| format!("category {:?}", idea.category))?,
            holds_contact_details: false,
        };
        let Submitted::Saved { id, .. } = ideas::submit(db, key, Some(&group[0]), &card, Lang::De, at).await? else {
            anyhow::bail!("the idea {:?} was not taken", idea.what);
        };
        made.insert(idea.what.as_str(), id);
        for (step, state) in idea.path.iter().enumerate() {
            let to = IdeaState::from_code(state).with_context(|| format!("state {state:?}"))?;
            let last = step + 1 == idea.path.len();
            let offer_id = match &idea.offer {
                Some(title) if to == IdeaState::Scheduled => Some(offer_titled(db, site.id, title).await?),
                _ => None,
            };
            let details = MoveDetails {
                reason: if last || matches!(to, IdeaState::NotFeasible) { idea.reason.clone() } else { String::new() },
                revisit_on: idea
                    .revisit_after_days
                    .map(|days| (today + Duration::days(days)).format("%Y-%m-%d").to_string()),
                merged_into: idea.merge_into.as_deref().and_then(|what| made.get(what).copied()),
                offer_id,
            };
            let decision = StaffDecision {
                to,
                details,
                problems: Vec::new(),
                would_work: if last { idea.would_work.clone() } else { String::new() },
                staff_notes: String::new(),
            };
            match ideas::decide(db, news(), (site.id, None), id, &decision, at).await? {
                Moved::Done => {}
                other => anyhow::bail!("the idea {:?} could not move to {state}: {other:?}", idea.what),
            }
            if to == IdeaState::Published {
                // Supports come while the idea is public, before the staff's answer.
                for supporter in group.iter().skip(1).take(idea.supporters) {
                    ideas::support(db, key, supporter, (id, SupportKind::Support), true, at).await?;
                }
            }
        }
    }
    for round in site.rounds {
        let Some(vote) = &round.vote else { continue };
        let round_id = rounds[round.key.as_str()];
        let closes_at = app::domain::schedule::day_end(site.zone, today + Duration::days(vote.days));
        votes::open(db, site.id, round_id, (vote.choices, closes_at), None, at).await?;
        let options: Vec<i64> = sqlx::query_as::<_, (i64,)>(
            "SELECT id FROM ideas WHERE round_id = $1 AND state IN ('feasible', 'feasible-if') ORDER BY id",
        )
        .bind(round_id)
        .fetch_all(db.pool())
        .await?
        .into_iter()
        .map(|(id,)| id)
        .collect();
        // Some ballots are in; the counts show once the vote is over.
        for (n, member) in members.values().flatten().enumerate().filter(|(n, _)| n % 3 != 0) {
            if let Some(choice) = options.get(n % options.len().max(1)) {
                votes::cast(db, member, round_id, &[*choice], at).await?;
            }
        }
    }
    Ok(())
}

/// The `when` entries with `prefix` ("weekday-5", "part-evening"), as the form stores them.
fn ticked(when: &[String], prefix: &str) -> String {
    when.iter().filter_map(|entry| entry.strip_prefix(prefix)).collect::<Vec<_>>().join(" ")
}

async fn offer_titled(db: &Db, site_id: i64, title: &str) -> anyhow::Result<i64> {
    let found: Option<(i64,)> =
        sqlx::query_as("SELECT id FROM offers WHERE site_id = $1 AND title = $2 ORDER BY id LIMIT 1")
            .bind(site_id)
            .bind(title)
            .fetch_optional(db.pool())
            .await?;
    found.map(|(id,)| id).with_context(|| format!("no demo offer {title:?}"))
}
