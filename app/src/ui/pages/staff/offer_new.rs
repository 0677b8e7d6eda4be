use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::offer_form::{FormFor, OfferForm, load_choices};
use super::{StaffNav, guarded, open_staff_area};
use crate::domain::offer_form::{Errors, Fields};
use crate::domain::policy::{Action, Actor, allows};
use crate::i18n::use_lang;
use crate::ssr::db::{Db, offers};
use crate::ssr::drafts;
use crate::ssr::state::AppState;
use crate::ui::components::{FormAlert, LoadError};

/// A new offer: one date or a series, for an organisation the actor may edit for. With
/// `?from=ID` it starts as a copy of that offer (without its dates); with `?draft=` it shows
/// what was typed before, with the problems.
#[component]
pub fn OfferNewPage() -> impl IntoView {
    guarded(open_staff_area, |actor| {
        let lang = use_lang();
        let AppState { db, zone, .. } = expect_context::<AppState>();
        let (draft_token, copy_of, proposed) = use_query_map().with_untracked(|query| {
            (
                query.get("draft"),
                query.get("from").and_then(|id| id.parse::<i64>().ok()),
                query.get("proposed").is_some(),
            )
        });
        let form_actor = actor.clone();
        let content = Suspend::new(async move {
            let now = chrono::Utc::now().timestamp();
            let loaded = async {
                let (fields, errors) = match (draft_token, copy_of) {
                    (Some(token), _) => match form_actor.user_id() {
                        Some(user_id) => drafts::take(&db, Some(user_id), &token, now).await?.unwrap_or_default(),
                        None => Default::default(),
                    },
                    (None, Some(id)) => (copy_fields(&db, &form_actor, id, now).await?, Errors::new()),
                    (None, None) => Default::default(),
                };
                let choices = load_choices((&db, zone), &form_actor, &fields).await?;
                Ok::<_, sqlx::Error>((fields, errors, choices))
            };
            match loaded.await {
                // A form that cannot be sent helps nobody: say what is missing and where to add it.
                Ok((_, _, choices)) if choices.lead_choices.is_empty() => view! {
                    <p class="notice">{lang.t("setup-no-site")}" "<a href="/staff/sites/new">{lang.t("site-new-title")}</a></p>
                }
                .into_any(),
                Ok((_, _, choices)) if choices.venues.is_empty() => {
                    // Staff add a venue; a partner proposes one for staff to confirm.
                    let (key, href, link) = match form_actor {
                        Actor::Partner { .. } => ("setup-no-venue-partner", "/staff/venues/propose", "venue-propose-title"),
                        _ => ("setup-no-venue", "/staff/venues#new", "network-venue-new"),
                    };
                    view! { <p class="notice">{lang.t(key)}" "<a href=href>{lang.t(link)}</a></p> }.into_any()
                }
                Ok((fields, errors, choices)) => view! {
                    <OfferForm action="/staff/offers".to_owned() form_for=FormFor::New choices fields errors/>
                }
                .into_any(),
                Err(error) => view! { <LoadError error/> }.into_any(),
            }
        });
        view! {
            <Title text=format!("{} – {}", lang.t("new-offer-title"), lang.t("site-name"))/>
            <StaffNav actor/>
            <h1>{lang.t(if copy_of.is_some() { "copy-offer-title" } else { "new-offer-title" })}</h1>
            <FormAlert message=proposed.then(|| lang.t("venue-proposed-flash")) good=true/>
            {content}
        }
        .into_any()
    })
}

/// The fields of an offer the actor may edit, as the start of a new one: everything but the
/// dates, which a copy chooses anew (the times of day are kept). Empty for anybody else.
async fn copy_fields(db: &Db, actor: &Actor, id: i64, now: i64) -> sqlx::Result<Fields> {
    let mut conn = db.pool().acquire().await?;
    let Some(stored) = offers::editable(&mut conn, id, now).await? else { return Ok(Fields::new()) };
    let organisation_id = stored.fields.get("organisation_id").and_then(|id| id.parse().ok()).unwrap_or_default();
    if !allows(actor, Action::EditOffer { site_id: stored.site_id, organisation_id }) {
        return Ok(Fields::new());
    }
    let mut fields = stored.fields;
    let repeat = match stored.kind {
        crate::domain::offer::OfferKind::Group => "weekly",
        crate::domain::offer::OfferKind::Event => "once",
    };
    fields.insert("repeat".to_owned(), repeat.to_owned());
    fields.insert("count".to_owned(), "10".to_owned());
    // Registration windows belong to the old dates.
    fields.remove("registration_opens");
    fields.remove("registration_closes");
    Ok(fields)
}
