//! What a young person and a parent see of a registration: the form on the offer page, the
//! registration's own page (from the link in every message) and the parent's consent page.

use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};

use crate::domain::email;
use crate::domain::offer::Registration;
use crate::domain::offer_form::{Errors, Fields};
use crate::domain::registration::{Gender, Status};
use crate::i18n::{Lang, use_lang};
use crate::ssr::db::offers::UpcomingSession;
use crate::ssr::drafts;
use crate::ssr::links::Purpose;
use crate::ssr::service::registrations::{self, Page};
use crate::ssr::state::AppState;
use crate::ui::components::{Field, FormAlert, LoadError, SelectField, TextArea, When};
use crate::ui::islands::FormsWithoutReload;
use crate::ui::pages::NotFoundPage;
use crate::ui::pages::staff::Typed;

/// The registration form of an offer; per-date offers choose the date in it.
#[component]
pub fn RegisterForm(
    offer_id: i64,
    mode: Registration,
    /// A trip with a night away asks whom to call.
    overnight: bool,
    /// The site's period, which the privacy note states.
    keep_months: i64,
    sessions: Vec<UpcomingSession>,
    /// The invitation of an offer shown only to the invited: the form carries it.
    invite: Option<String>,
    /// The nickname of a young person who joined with a code: who registers comes from their
    /// record, so the form asks nothing about them.
    member: Option<String>,
    fields: Fields,
    errors: Errors,
) -> impl IntoView {
    let lang = use_lang();
    let links = expect_context::<AppState>().links;
    let typed = Typed { lang, fields: &fields, errors: &errors };
    let alert = typed.error("form").or_else(|| (!errors.is_empty()).then(|| lang.t("offer-form-has-errors")));
    // After a form that named somebody on file: the same words whatever happened, so that the
    // page tells a stranger nothing about that person.
    let sent =
        use_query_map().with_untracked(|query| query.get("sent").is_some()).then(|| lang.t("register-link-sent"));
    // A form sent again after a mistake keeps its token: it is still the same form.
    let form_token = fields
        .get("form_token")
        .filter(|token| links.verify(Purpose::Form, token).is_some())
        .cloned()
        .unwrap_or_else(|| links.form_token());
    let dates = (mode == Registration::PerSession).then(|| {
        let options = sessions.iter().map(|s| (s.id.to_string(), lang.span(&s.span))).collect();
        view! { <SelectField name="session_id" label=lang.t("register-field-date") options selected=typed.value("session_id")/> }
    });
    let genders =
        Gender::ALL.iter().map(|g| (g.code().to_owned(), lang.t(&format!("register-gender-{}", g.code())))).collect();
    let parent_languages = Lang::ALL.iter().map(|l| (l.code().to_owned(), l.native_name().to_owned())).collect();
    let checkbox = |name: &'static str, label: String, error: Option<String>| {
        let id = format!("field-{name}");
        let error_id = format!("{id}-error");
        view! {
            <div class="field-check">
                <input type="checkbox" id=id.clone() name=name checked=fields.contains_key(name)
                    aria-invalid=error.is_some().then_some("true") aria-describedby=error.is_some().then(|| error_id.clone())/>
                <label for=id>{label}</label>
            </div>
            {error.map(|error| view! { <p class="field-error" id=error_id>{error}</p> })}
        }
    };
    view! {
        <section class="register" aria-labelledby="register">
            <h2 id="register">{lang.t("register-title")}</h2>
            <p>{lang.t("register-intro")}</p>
            <FormAlert message=alert/>
            <FormAlert message=sent good=true/>
            <form method="post" action=format!("/offers/{offer_id}/register") class="stack" data-no-reload="">
                <input type="hidden" name="form_token" value=form_token/>
                {invite.map(|token| view! { <input type="hidden" name="invite" value=token/> })}
                {dates}
                {match member {
                    Some(nickname) => view! {
                        <input type="hidden" name="as_member" value="1"/>
                        <p>{lang.t_with("register-as-member", &[("name", lang.isolate(&nickname).into())])}</p>
                        <p class="hint">{lang.t("register-as-member-hint")}</p>
                    }.into_any(),
                    None => view! {
                        <Field name="first_name" label=lang.t("register-field-first-name") value=typed.value("first_name") error=typed.error("first_name") autocomplete="given-name"/>
                        <Field name="email" kind="email" label=lang.t("register-field-email") value=typed.value("email") error=typed.error("email") autocomplete="email"/>
                        <Field name="birth_year" kind="number" label=lang.t("register-field-birth-year") value=typed.value("birth_year") error=typed.error("birth_year") hint=Some(lang.t("register-field-birth-year-hint"))/>
                        <Field name="parent_email" kind="email" label=lang.t("register-field-parent-email") value=typed.value("parent_email") error=typed.error("parent_email") required=false hint=Some(lang.t("register-field-parent-email-hint"))/>
                        <SelectField name="parent_lang" label=lang.t("register-field-parent-lang") options=parent_languages
                            selected=Some(typed.value("parent_lang")).filter(|code| !code.is_empty()).unwrap_or_else(|| lang.code().to_owned())/>
                    }.into_any(),
                }}
                <Field name="phone" kind="tel" label=lang.t("register-field-phone") value=typed.value("phone") error=typed.error("phone") required=false autocomplete="tel"/>
                {overnight.then(|| view! {
                    <Field name="emergency_contact" label=lang.t("register-field-emergency-contact") value=typed.value("emergency_contact")
                        error=typed.error("emergency_contact") hint=Some(lang.t("register-field-emergency-contact-hint"))/>
                })}
                <TextArea name="needs" label=lang.t("register-field-needs") value=typed.value("needs") error=typed.error("needs") hint=Some(lang.t("register-field-needs-hint")) rows=2/>
                {checkbox("health_consent", lang.t("register-field-health-consent"), typed.error("health_consent"))}
                <SelectField name="gender" label=lang.t("register-field-gender") options=genders selected=typed.value("gender")/>
                <p class="hint">{lang.t_with("register-privacy-text", &[("months", keep_months.into())])}</p>
                {checkbox("privacy", lang.t("register-field-privacy"), typed.error("privacy"))}
                {checkbox("photo_consent", lang.t("register-field-photo"), None)}
                <button type="submit" class="button">{lang.t("register-submit")}</button>
            </form>
            <FormsWithoutReload/>
        </section>
    }
    // Erased: the offer page around it is deep enough for the compiler already.
    .into_any()
}

/// A registration's own page: its status (with the waiting-list position), the date, and the
/// one-tap cancel button. Reached only with the signed link.
#[component]
pub fn RegistrationPage() -> impl IntoView {
    let lang = use_lang();
    let state = expect_context::<AppState>();
    let token = use_params_map().with_untracked(|params| params.get("token").unwrap_or_default());
    let (draft_token, corrected) =
        use_query_map().with_untracked(|query| (query.get("draft"), query.get("corrected").is_some()));
    Suspend::new(async move {
        let Some(id) = state.links.verify(Purpose::Registration, &token) else {
            return view! { <NotFoundPage/> }.into_any();
        };
        let now = chrono::Utc::now().timestamp();
        let loaded = async {
            let draft = match draft_token {
                Some(draft) => drafts::take(&state.db, None, &draft, now).await?,
                None => None,
            };
            Ok::<_, sqlx::Error>(registrations::page(&state.db, id, now).await?.map(|page| (page, draft)))
        };
        match loaded.await {
            Ok(Some((page, draft))) => {
                let details = details_form(lang, &token, &page, draft.as_ref(), corrected);
                registration_view(lang, &token, page, details).into_any()
            }
            Ok(None) => view! { <NotFoundPage/> }.into_any(),
            Err(error) => view! { <LoadError error/> }.into_any(),
        }
    })
}

/// The person's own corrections, reached with the registration's link: the languages, the year
/// of birth, a parent where none is on file. The parent on file shows only masked, and only
/// staff change it.
fn details_form(lang: Lang, token: &str, page: &Page, draft: Option<&(Fields, Errors)>, corrected: bool) -> AnyView {
    let stored = &page.registration;
    let typed = draft.map(|(fields, errors)| Typed { lang, fields, errors });
    let value = |name: &str, stored: String| typed.as_ref().map_or(stored, |typed| typed.value(name));
    let error = |name: &str| typed.as_ref().and_then(|typed| typed.error(name));
    let languages: Vec<(String, String)> =
        Lang::ALL.iter().map(|l| (l.code().to_owned(), l.native_name().to_owned())).collect();
    let parent = match &stored.parent_email {
        Some(parent) => view! {
            <p>{lang.t_with("registration-parent-on-file", &[("email", lang.isolate(&email::masked(parent)).into())])}</p>
        }
        .into_any(),
        None => view! {
            <Field name="parent_email" kind="email" label=lang.t("register-field-parent-email") value=value("parent_email", String::new())
                error=error("parent_email") required=false hint=Some(lang.t("registration-parent-hint"))/>
        }
        .into_any(),
    };
    let parent_lang = stored.parent_lang.clone().unwrap_or_else(|| stored.lang.clone());
    view! {
        <FormAlert message=corrected.then(|| lang.t("registration-details-saved")) good=true/>
        <details id="details" open=draft.is_some()>
            <summary>{lang.t("registration-details")}</summary>
            <form method="post" action=format!("/r/{token}/details") class="stack">
                <FormAlert message=draft.map(|_| lang.t("offer-form-has-errors"))/>
                <Field name="birth_year" kind="number" label=lang.t("register-field-birth-year")
                    value=value("birth_year", stored.birth_year.to_string()) error=error("birth_year")/>
                <SelectField name="lang" label=lang.t("participants-field-lang") options=languages.clone() selected=value("lang", stored.lang.clone())/>
                {parent}
                <SelectField name="parent_lang" label=lang.t("participants-field-parent-lang") options=languages selected=value("parent_lang", parent_lang)/>
                <p class="hint">{lang.t("registration-details-hint")}</p>
                <button type="submit" class="button button-quiet">{lang.t("participants-correct-submit")}</button>
            </form>
        </details>
    }
    .into_any()
}

fn registration_view(lang: Lang, token: &str, page: Page, details: AnyView) -> impl IntoView + use<> {
    let status = page.registration.status;
    let message = match status {
        Status::Confirmed => lang.t("registration-confirmed"),
        Status::Waitlisted => {
            lang.t_with("registration-waitlisted", &[("position", page.position.unwrap_or(1).into())])
        }
        Status::AwaitingConsent => lang.t("registration-awaiting-consent"),
        Status::Cancelled => lang.t("registration-cancelled"),
    };
    let offer_id = page.registration.offer_id;
    let whose = lang.t_with("registration-for", &[("name", lang.isolate(&page.registration.first_name).into())]);
    view! {
        <Title text=format!("{} – {}", lang.t("registration-title"), lang.t("site-name"))/>
        // The link is the key to this page: search engines and other sites get neither.
        <Meta name="robots" content="noindex"/>
        <section class="form-page stack">
            <h1>{lang.t("registration-title")}</h1>
            <p class="lead"><a href=format!("/offers/{offer_id}")><bdi>{page.offer_title}</bdi></a></p>
            {page.span.map(|span| view! { <p><When span/></p> })}
            {(!page.place.is_empty()).then(|| view! { <p><bdi>{page.place.clone()}</bdi></p> })}
            <p>{whose}</p>
            <p class="form-alert status" role="status">{message}</p>
            {(status == Status::Waitlisted && page.registration.burst == 1).then(|| view! { <p>{lang.t("registration-burst")}</p> })}
            {page.trip_consent_missing.then(|| view! { <p class="form-alert" role="note">{lang.t("registration-trip-consent")}</p> })}
            {(status == Status::Confirmed).then(|| view! {
                <p><a href=format!("/r/{token}/calendar.ics") download="">{lang.t("calendar-add")}</a></p>
            })}
            {(status != Status::Cancelled).then(|| view! {
                <p>{lang.t("registration-keep-link")}</p>
                <form method="post" action=format!("/r/{token}/cancel") class="stack" data-no-reload="">
                    <p class="hint">{lang.t("registration-cancel-hint")}</p>
                    <button type="submit" class="button button-quiet">{lang.t("registration-cancel")}</button>
                </form>
                <FormsWithoutReload/>
            })}
            {details}
            <p><a href=format!("/offers/{offer_id}")>{lang.t("registration-offer-link")}</a></p>
        </section>
    }
}

/// The parent's page: what their child registered for, what they agree to, yes or no.
#[component]
pub fn ConsentPage() -> impl IntoView {
    let lang = use_lang();
    let state = expect_context::<AppState>();
    let token = use_params_map().with_untracked(|params| params.get("token").unwrap_or_default());
    let answered = use_query_map().with_untracked(|query| {
        ["yes", "no", "answered", "limited"].into_iter().find(|flag| query.get(flag).is_some())
    });
    Suspend::new(async move {
        let Some(id) = state.links.verify(Purpose::Consent, &token) else {
            return view! { <NotFoundPage/> }.into_any();
        };
        let page = match registrations::page(&state.db, id, chrono::Utc::now().timestamp()).await {
            Ok(Some(page)) => page,
            Ok(None) => return view! { <NotFoundPage/> }.into_any(),
            Err(error) => return view! { <LoadError error/> }.into_any(),
        };
        let name = page.registration.first_name.clone();
        let with_name =
            |key: &str| lang.t_with(key, &[("name", lang.isolate(&name).into()), ("months", page.keep_months.into())]);
        let open = page.registration.status == Status::AwaitingConsent;
        // The address only says which answer was just given; the stored state decides what is true.
        let limited = (answered == Some("limited")).then(|| lang.t("too-many-attempts"));
        let notice = match (answered, page.registration.status) {
            (Some("limited"), _) | (_, Status::AwaitingConsent) => None,
            (Some("yes"), Status::Confirmed | Status::Waitlisted) => Some(with_name("consent-done-yes")),
            (Some("no"), Status::Cancelled) => Some(with_name("consent-done-no")),
            _ => Some(lang.t("consent-answered")),
        };
        let photos = if page.registration.photo_consent == 1 {
            with_name("consent-photos-yes")
        } else {
            lang.t("consent-photos-no")
        };
        view! {
            <Title text=format!("{} – {}", lang.t("consent-title"), lang.t("site-name"))/>
            <Meta name="robots" content="noindex"/>
            <section class="form-page stack">
                <h1>{lang.t("consent-title")}</h1>
                <FormAlert message=notice good=true/>
                <FormAlert message=limited/>
                <p>{with_name("consent-intro")}</p>
                <dl class="facts">
                    <dt>{lang.t("consent-what")}</dt>
                    <dd><a href=format!("/offers/{}", page.registration.offer_id)><bdi>{page.offer_title}</bdi></a></dd>
                    {page.span.map(|span| view! { <dt>{lang.t("consent-when")}</dt><dd><When span/></dd> })}
                    {(!page.place.is_empty()).then(|| view! { <dt>{lang.t("offer-where")}</dt><dd><bdi>{page.place.clone()}</bdi></dd> })}
                    <dt>{lang.t("consent-photos")}</dt>
                    <dd>{photos}</dd>
                </dl>
                {open.then(|| view! {
                    <p>{with_name("consent-text")}</p>
                    <form method="post" action=format!("/consent/{token}") class="stack" data-no-reload="">
                        // The answer page stays in the parent's language, whatever the browser says.
                        <input type="hidden" name="lang" value=lang.code()/>
                        <div class="field-check">
                            <input type="checkbox" id="consent-photos-parent" name="photos"/>
                            <label for="consent-photos-parent">{with_name("consent-photos-parent")}</label>
                        </div>
                        <div class="cluster">
                            <button type="submit" name="answer" value="yes" class="button">{lang.t("consent-yes")}</button>
                            <button type="submit" name="answer" value="no" class="button button-quiet">{lang.t("consent-no")}</button>
                        </div>
                    </form>
                    <FormsWithoutReload/>
                })}
            </section>
        }
        .into_any()
    })
}
