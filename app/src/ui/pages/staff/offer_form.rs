//! The offer form, shared by "new offer", "duplicate" and the editor: one form, one set of field
//! names, one validation (domain/offer_form.rs).

use leptos::prelude::*;

use crate::domain::network_form::OrganisationKind;
use crate::domain::offer::{Audience, CONTENT_LANGUAGES, Category, Focus, Registration, SPOKEN_LANGUAGES, Visibility};
use crate::domain::offer_form::{Errors, Fields};
use crate::i18n::{Lang, use_lang};
use crate::ssr::db::offers::VenueChoice;
use crate::ssr::db::users::OrganisationChoice;
use crate::ui::components::{Field, FormAlert, SelectField, TextArea};

/// What the form's choices offer: the site's organisations, venues and current programmes.
#[derive(Clone)]
pub struct Choices {
    pub organisations: Vec<OrganisationChoice>,
    /// Organisations the actor may choose as the lead (a partner: only their own).
    pub lead_choices: Vec<i64>,
    pub venues: Vec<VenueChoice>,
    /// (id, site, title) of programmes that have not ended.
    pub programmes: Vec<(i64, i64, String)>,
}

/// A form's typed values and their problems, with the helpers every field needs.
pub struct Typed<'a> {
    pub lang: Lang,
    pub fields: &'a Fields,
    pub errors: &'a Errors,
}

impl Typed<'_> {
    pub fn value(&self, name: &str) -> String {
        self.fields.get(name).cloned().unwrap_or_default()
    }

    pub fn error(&self, name: &str) -> Option<String> {
        self.errors.get(name).map(|key| self.lang.t(key))
    }

    fn listed(&self, name: &str, item: &str) -> bool {
        self.fields.get(name).is_some_and(|list| list.split(',').any(|entry| entry.trim() == item))
    }
}

/// Which form: a new offer (with its dates and "publish now") or the details of a stored one.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum FormFor {
    New,
    Existing,
}

#[component]
pub fn OfferForm(action: String, form_for: FormFor, choices: Choices, fields: Fields, errors: Errors) -> impl IntoView {
    let lang = use_lang();
    let typed = Typed { lang, fields: &fields, errors: &errors };
    let alert = (!errors.is_empty()).then(|| lang.t("offer-form-has-errors"));
    let first_visit = fields.is_empty();
    let or_default = |name: &str, default: &str| if first_visit { default.to_owned() } else { typed.value(name) };
    let categories =
        Category::ALL.iter().map(|c| (c.code().to_owned(), lang.t(&format!("category-{}", c.code())))).collect();
    let audiences = Audience::ALL
        .iter()
        .map(|a| (a.code().to_owned(), lang.t(&format!("offer-audience-{}", a.code()))))
        .collect::<Vec<_>>();
    let focuses = Focus::ALL
        .iter()
        .map(|focus| {
            let key = match focus {
                Focus::Everyone => "offer-focus-choice-everyone",
                Focus::Girls => "offer-focus-choice-girls",
            };
            (focus.code().to_owned(), lang.t(key))
        })
        .collect();
    let visibilities = Visibility::ALL
        .iter()
        .map(|v| (v.code().to_owned(), lang.t(&format!("offer-visibility-{}", v.code()))))
        .collect();
    let registrations = Registration::ALL
        .iter()
        .map(|r| (r.code().to_owned(), lang.t(&format!("offer-registration-{}", r.code()))))
        .collect();
    let leads: Vec<(String, String)> = choices
        .organisations
        .iter()
        .filter(|org| choices.lead_choices.contains(&org.id))
        .map(|org| (org.id.to_string(), org.name.clone()))
        .collect();
    // A new offer is the site's own unless staff pick a partner.
    let lead = match (first_visit, choices.organisations.iter().find(|org| org.kind == OrganisationKind::Jmd.code())) {
        (true, Some(own)) if choices.lead_choices.contains(&own.id) => own.id.to_string(),
        _ => typed.value("organisation_id"),
    };
    let venues = choices.venues.iter().map(|v| (v.id.to_string(), format!("{} · {}", v.district, v.name))).collect();
    let programmes = std::iter::once((String::new(), lang.t("offer-programme-none")))
        .chain(choices.programmes.iter().map(|(id, _, title)| (id.to_string(), title.clone())))
        .collect();
    let checkbox = |name: String, id: String, label: String, checked: bool| {
        view! {
            <div class="field-check">
                <input type="checkbox" id=id.clone() name=name checked=checked/>
                <label for=id><bdi>{label}</bdi></label>
            </div>
        }
    };
    view! {
        <FormAlert message=alert/>
        <form method="post" action=action class="stack form-page" id="form-details">
            <fieldset class="stack">
                <legend>{lang.t("offer-section-what")}</legend>
                <Field name="title" label=lang.t("offer-field-title") value=typed.value("title") error=typed.error("title")/>
                <TextArea name="description" label=lang.t("offer-field-description") value=typed.value("description") error=typed.error("description") rows=5/>
                <SelectField name="category" label=lang.t("filter-category") options=categories selected=typed.value("category") error=typed.error("category")/>
                <SelectField name="audience" label=lang.t("offer-audience") options=audiences selected=typed.value("audience")/>
                <SelectField name="focus" label=lang.t("offer-field-focus") options=focuses selected=typed.value("focus")/>
                <Field name="min_age" kind="number" label=lang.t("offer-field-min-age") value=or_default("min_age", "12") error=typed.error("min_age")/>
                <Field name="max_age" kind="number" label=lang.t("offer-field-max-age") value=or_default("max_age", "27") error=typed.error("max_age")/>
                <fieldset class="field">
                    <legend>{lang.t("offer-languages")}</legend>
                    {SPOKEN_LANGUAGES
                        .iter()
                        .map(|code| {
                            let checked = typed.listed("languages", code) || (first_visit && *code == "de");
                            checkbox(format!("spoken_{code}"), format!("spoken-{code}"), lang.t(&format!("language-{code}")), checked)
                        })
                        .collect_view()}
                </fieldset>
            </fieldset>
            {translation_fields(&typed, true)}
            <fieldset class="stack">
                <legend>{lang.t("offer-section-who")}</legend>
                <SelectField name="organisation_id" label=lang.t("field-organisation") options=leads selected=lead error=typed.error("organisation_id")/>
                <fieldset class="field">
                    <legend>{lang.t("offer-field-cohosts")}</legend>
                    <p class="hint">{lang.t("offer-field-cohosts-hint")}</p>
                    {choices
                        .organisations
                        .iter()
                        .map(|org| {
                            let id = org.id.to_string();
                            checkbox(format!("cohost_{id}"), format!("cohost-{id}"), org.name.clone(), typed.listed("cohosts", &id))
                        })
                        .collect_view()}
                    {typed.error("cohosts").map(|message| view! { <p class="field-error">{message}</p> })}
                </fieldset>
                <Field name="contact_name" label=lang.t("offer-field-contact-name") value=typed.value("contact_name") error=typed.error("contact_name") required=false autocomplete="off"/>
                <Field name="contact_email" kind="email" label=lang.t("offer-field-contact-email") value=typed.value("contact_email") error=typed.error("contact_email") required=false autocomplete="off"/>
                <Field name="contact_phone" kind="tel" label=lang.t("offer-field-contact-phone") value=typed.value("contact_phone") error=typed.error("contact_phone") required=false autocomplete="off"/>
            </fieldset>
            <fieldset class="stack">
                <legend>{lang.t("offer-section-where")}</legend>
                <SelectField name="venue_id" label=lang.t("offer-where") options=venues selected=typed.value("venue_id") error=typed.error("venue_id")/>
                {matches!(crate::ui::components::use_actor(), crate::domain::policy::Actor::Partner { .. }).then(|| view! {
                    <p class="hint"><a href="/staff/venues/propose">{lang.t("venue-propose-link")}</a></p>
                })}
                <SelectField name="programme_id" label=lang.t("offer-programme") options=programmes selected=typed.value("programme_id") error=typed.error("programme_id")/>
                <SelectField name="visibility" label=lang.t("offer-field-visibility") options=visibilities selected=typed.value("visibility") hint=Some(lang.t("offer-field-visibility-hint"))/>
                <Field name="meeting_point" label=lang.t("offer-field-meeting-point") value=typed.value("meeting_point") error=typed.error("meeting_point") required=false hint=Some(lang.t("offer-field-meeting-point-hint"))/>
                <Field name="bring" label=lang.t("offer-field-bring") value=typed.value("bring") error=typed.error("bring") required=false hint=Some(lang.t("offer-field-bring-hint"))/>
            </fieldset>
            <fieldset class="stack">
                <legend>{lang.t("offer-section-taking-part")}</legend>
                <SelectField name="registration" label=lang.t("offer-field-registration") options=registrations selected=typed.value("registration")/>
                <Field name="cost" label=lang.t("offer-field-cost") value=typed.value("cost") error=typed.error("cost") required=false hint=Some(lang.t("offer-field-cost-hint"))/>
                {checkbox("overnight".to_owned(), "field-overnight".to_owned(), lang.t("offer-field-overnight"), typed.fields.contains_key("overnight"))}
                <p class="hint">{lang.t("offer-field-overnight-hint")}</p>
                <Field name="capacity" kind="number" label=lang.t("offer-field-capacity") value=typed.value("capacity") error=typed.error("capacity") required=false hint=Some(lang.t("offer-field-capacity-hint"))/>
                <Field name="network_share" kind="number" label=lang.t("offer-field-network-share") value=typed.value("network_share") error=typed.error("network_share") required=false hint=Some(lang.t("offer-field-network-share-hint"))/>
                <Field name="registration_opens" kind="datetime-local" label=lang.t("offer-field-registration-opens") value=typed.value("registration_opens") error=typed.error("registration_opens") required=false hint=Some(lang.t("offer-field-registration-window-hint"))/>
                <Field name="registration_closes" kind="datetime-local" label=lang.t("offer-field-registration-closes") value=typed.value("registration_closes") error=typed.error("registration_closes") required=false/>
                {checkbox("remind_day_before".to_owned(), "field-remind-day".to_owned(), lang.t("offer-field-remind-day"), first_visit || typed.fields.contains_key("remind_day_before"))}
                {checkbox("remind_two_hours_before".to_owned(), "field-remind-hours".to_owned(), lang.t("offer-field-remind-hours"), typed.fields.contains_key("remind_two_hours_before"))}
            </fieldset>
            {(form_for == FormFor::New).then(|| plan_fields(&typed))}
            <button type="submit" class="button">{lang.t("offer-save")}</button>
        </form>
    }
}

/// When a new offer meets: the first date, the times and how it repeats.
fn plan_fields(typed: &Typed) -> impl IntoView + use<> {
    let lang = typed.lang;
    let first_visit = typed.fields.is_empty();
    let repeat = if first_visit { "weekly".to_owned() } else { typed.value("repeat") };
    let repeats = ["once", "weekly", "fortnightly", "monthly"]
        .iter()
        .map(|code| ((*code).to_owned(), lang.t(&format!("offer-repeat-{code}"))))
        .collect();
    view! {
        <fieldset class="stack">
            <legend>{lang.t("offer-section-when")}</legend>
            <Field name="first_date" kind="date" label=lang.t("offer-field-first-date") value=typed.value("first_date") error=typed.error("first_date")/>
            <Field name="start" kind="time" label=lang.t("offer-field-start") value=typed.value("start") error=typed.error("start")/>
            <Field name="end" kind="time" label=lang.t("offer-field-end") value=typed.value("end") error=typed.error("end")/>
            <Field name="end_date" kind="date" label=lang.t("offer-field-end-date") value=typed.value("end_date") error=typed.error("end_date") required=false hint=Some(lang.t("offer-field-end-date-hint"))/>
            <SelectField name="repeat" label=lang.t("offer-field-repeat") options=repeats selected=repeat/>
            <Field name="count" kind="number" label=lang.t("offer-field-count") value=if first_visit { "10".to_owned() } else { typed.value("count") } error=typed.error("count")/>
            <TextArea name="except" label=lang.t("offer-field-except") value=typed.value("except") error=typed.error("except") hint=Some(lang.t("offer-field-except-hint")) rows=2/>
            <div class="field-check">
                <input type="checkbox" id="field-skip-days-off" name="skip_days_off" aria-describedby="field-skip-days-off-hint"
                    checked=first_visit || typed.fields.contains_key("skip_days_off")/>
                <label for="field-skip-days-off">{lang.t("offer-field-skip-days-off")}</label>
            </div>
            <p class="hint" id="field-skip-days-off-hint">{lang.t("offer-field-skip-days-off-hint")}</p>
        </fieldset>
        <div class="field-check">
            <input type="checkbox" id="field-publish" name="publish" checked=first_visit || typed.fields.contains_key("publish")/>
            <label for="field-publish">{lang.t("offer-field-publish")}</label>
        </div>
    }
}

/// The choices for an actor: a site's organisations, venues and programmes (an admin's: every
/// site's); a partner leads offers only for their own organisation. The offer's `fields` keep
/// their programme even when it has ended. A programme ends at midnight of the site's zone (an
/// admin's: the installation's `zone`).
pub async fn load_choices(
    (db, zone): (&crate::ssr::db::Db, chrono_tz::Tz),
    actor: &crate::domain::policy::Actor,
    fields: &Fields,
) -> sqlx::Result<Choices> {
    use crate::domain::policy::Actor;
    use crate::ssr::db::{offers, programmes, sites, users};

    let (site, own_org) = match actor {
        Actor::Staff { site_id, .. } => (Some(*site_id), None),
        Actor::Partner { site_id, organisation_id, .. } => (Some(*site_id), Some(*organisation_id)),
        _ => (None, None),
    };
    let zone = match site {
        Some(site_id) => sites::time_zone(db, site_id).await?,
        None => zone,
    };
    let today = chrono::Utc::now().with_timezone(&zone).date_naive().to_string();
    // What is archived is offered only where the offer already names it.
    let named = |field: &str, id: i64| {
        fields.get(field).is_some_and(|value| value.split(',').any(|named| named.trim() == id.to_string()))
    };
    let organisations: Vec<_> = users::organisations(db, site)
        .await?
        .into_iter()
        .filter(|org| org.archived == 0 || named("organisation_id", org.id) || named("cohosts", org.id))
        .collect();
    let lead_choices =
        organisations.iter().map(|org| org.id).filter(|id| own_org.is_none_or(|own| own == *id)).collect();
    let venues = offers::venues(db, site)
        .await?
        .into_iter()
        .filter(|venue| venue.archived == 0 || named("venue_id", venue.id))
        .collect();
    Ok(Choices {
        organisations,
        lead_choices,
        venues,
        programmes: programmes::choices(db, site, &today, fields.get("programme_id").and_then(|id| id.parse().ok()))
            .await?,
    })
}

/// Texts in the languages besides German, folded away unless one is filled in or has a problem:
/// a title and a description (offers, programmes), or a description only (`titled` false: sites,
/// organisations).
pub fn translation_fields(typed: &Typed, titled: bool) -> impl IntoView + use<> {
    let lang = typed.lang;
    let other_languages: Vec<&str> = CONTENT_LANGUAGES.iter().copied().filter(|code| *code != "de").collect();
    let open = other_languages.iter().any(|code| {
        !typed.value(&format!("title_{code}")).is_empty()
            || !typed.value(&format!("description_{code}")).is_empty()
            || typed.errors.keys().any(|k| k.ends_with(&format!("_{code}")))
    });
    view! {
        <details class="field" open=open>
            <summary>{lang.t(if titled { "offer-section-translations" } else { "translations-description-only" })}</summary>
            <p class="hint">{lang.t("offer-translations-hint")}</p>
            {other_languages
                .iter()
                .map(|code| {
                    let (title, description) = (format!("title_{code}"), format!("description_{code}"));
                    let name = lang.t(&format!("language-{code}"));
                    let title = titled.then(|| view! {
                        <Field name=title.clone() label=format!("{} ({name})", lang.t("offer-field-title-plain")) value=typed.value(&title) error=typed.error(&title) required=false/>
                    });
                    view! {
                        <div class="stack" lang=*code dir="auto">
                            {title}
                            <TextArea name=description.clone() label=format!("{} ({name})", lang.t("offer-field-description")) value=typed.value(&description) error=typed.error(&description) rows=3/>
                        </div>
                    }
                })
                .collect_view()}
        </details>
    }
}
