use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::use_params_map;

use crate::domain::policy::{Action, Actor, Proof, allows};
use crate::domain::registration::needs_consent;
use crate::domain::schedule::LocalSpan;
use crate::i18n::{Lang, use_lang};
use crate::ssr::db::registrations;
use crate::ssr::links::Purpose;
use crate::ssr::service::contact_address::{self, Request};
use crate::ssr::service::participants;
use crate::ssr::state::AppState;
use crate::ui::components::{
    Field, ForbiddenPage, FormAlert, FormFeedback, LoadError, SelectField, When, form_feedback, use_actor,
};
use crate::ui::pages::NotFoundPage;
use crate::ui::pages::ideas::{draft_token, flag, young_draft};
use crate::ui::pages::staff::Typed;

/// "My registrations": a young person asks for a link by email and opens it; no password.
#[component]
pub fn MePage() -> impl IntoView {
    let lang = use_lang();
    let actor = use_actor();
    let title = lang.t("me-title");
    let deleted = leptos_router::hooks::use_query_map().with_untracked(|query| {
        ["deleted", "restricted", "confirm-missing"].into_iter().find(|flag| query.get(flag).is_some())
    });
    let body = match &actor {
        Actor::Participant { email, people } if allows(&actor, Action::ViewOwnRegistrations) => view! {
            {email.clone().map(|email| view! { <p>{lang.t("me-signed-in-as")}" "<bdi>{email}</bdi></p> })}
            <FormAlert message=deleted.map(|flag| lang.t(&match flag {
                "confirm-missing" => "own-data-flag-confirm-missing".to_owned(),
                flag => format!("own-data-{flag}"),
            })) good=deleted != Some("confirm-missing")/>
            <OwnRegistrations ids=people.iter().map(|(id, _)| *id).collect() email=email.clone()/>
            // Ideas and their news are the young person's own, not a parent's to read.
            <OwnIdeas ids=actor.co_designers()/>
            <OwnMessages ids=actor.co_designers()/>
            {actor.joined().into_iter().map(|id| view! { <ContactAddressForm id/> }).collect_view()}
            <PeopleData ids=people.iter().map(|(id, _)| *id).collect()/>
            {email.is_some().then(|| view! { <PrivateFeed/> })}
            <form method="post" action="/logout">
                <button type="submit" class="button button-quiet">{lang.t("sign-out")}</button>
            </form>
        }
        .into_any(),
        _ => {
            let FormFeedback { email, message: alert, good } = form_feedback(Some(("sent", "me-link-sent")));
            view! {
                <p>{lang.t("me-intro")}</p>
                <FormAlert message=alert good/>
                <form method="post" action="/me/link" class="stack">
                    <Field name="email" kind="email" label=lang.t("field-email") value=email autocomplete="email"/>
                    <button type="submit" class="button">{lang.t("me-send-link")}</button>
                </form>
            }
            .into_any()
        }
    };
    view! {
        <Title text=format!("{title} – {}", lang.t("site-name"))/>
        <section class="form-page">
            <h1>{title.clone()}</h1>
            {body}
        </section>
    }
}

/// Where a magic link lands: one button that opens "My registrations". The link is used up by the
/// POST, not by opening the page, so a mail scanner that fetches it does not spoil it.
#[component]
pub fn MeOpenPage() -> impl IntoView {
    let lang = use_lang();
    let token = use_params_map().with_untracked(|params| params.get("token").unwrap_or_default());
    view! {
        <Title text=format!("{} – {}", lang.t("me-title"), lang.t("site-name"))/>
        <section class="form-page">
            <h1>{lang.t("me-title")}</h1>
            <form method="post" action=format!("/me/open/{token}")>
                <button type="submit" class="button">{lang.t("me-open")}</button>
            </form>
        </section>
    }
}

/// The participant's registrations, each with its own page (status, cancel).
#[component]
fn OwnRegistrations(ids: Vec<i64>, email: Option<String>) -> impl IntoView {
    let lang = use_lang();
    let state = expect_context::<AppState>();
    Suspend::new(async move {
        let own = match state.db.pool().acquire().await {
            Ok(mut conn) => {
                registrations::of_people(&mut conn, &ids, email.as_deref(), chrono::Utc::now().timestamp()).await
            }
            Err(error) => Err(error),
        };
        match own {
            Ok(own) if own.is_empty() => view! { <p>{lang.t("me-no-registrations")}</p> }.into_any(),
            Ok(own) => {
                // One address, several people (a parent's, for siblings): each line says whose.
                let family = own.iter().any(|registration| registration.first_name != own[0].first_name);
                view! {
                <ul class="plain-list">
                    {own.into_iter().map(|registration| {
                        let whose = family.then(|| {
                            lang.t_with("registration-for", &[("name", lang.isolate(&registration.first_name).into())])
                        });
                        let token = state.links.token(Purpose::Registration, registration.id);
                        let span = registration.next_starts_at.zip(registration.next_ends_at)
                            .map(|(starts, ends)| LocalSpan::from_stored(starts, ends, &registration.time_zone));
                        let place = [registration.venue, registration.address].into_iter().flatten().collect::<Vec<_>>().join(", ");
                        view! {
                            <li>
                                <a href=format!("/r/{token}")><bdi>{registration.title}</bdi></a>
                                " · "{lang.t(&format!("participants-status-{}", registration.status))}
                                {span.map(|span| view! { <br/><When span/> })}
                                {(!place.is_empty()).then(|| view! { <br/><bdi>{place}</bdi> })}
                                {whose.map(|whose| view! { <br/>{whose} })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
                }
                .into_any()
            }
            Err(error) => view! { <LoadError error/> }.into_any(),
        }
    })
}

/// The ideas the person wrote or supports, with where each stands now.
#[component]
fn OwnIdeas(ids: Vec<i64>) -> impl IntoView {
    let lang = use_lang();
    let db = expect_context::<AppState>().db;
    Suspend::new(async move {
        match crate::ssr::db::ideas::of_people(&db, &ids).await {
            Ok(own) if own.is_empty() => ().into_any(),
            Ok(own) => view! {
                <h2 id="ideas">{lang.t("me-ideas-title")}</h2>
                <ul class="plain-list">
                    {own.into_iter().map(|idea| {
                        let mine = idea.author_id.is_some_and(|author| ids.contains(&author));
                        view! {
                            <li>
                                <a href=format!("/ideas/{}", idea.id)><bdi>{idea.what}</bdi></a>
                                " · "<span class=format!("idea-state idea-state-{}", idea.state)>
                                    {lang.t(&format!("idea-state-{}", idea.state))}
                                </span>
                                {mine.then(|| view! { " · "{lang.t("me-ideas-mine")} })}
                                {(!idea.reason.is_empty()).then(|| view! { <br/><bdi>{idea.reason}</bdi> })}
                            </li>
                        }
                    }).collect_view()}
                </ul>
            }
            .into_any(),
            Err(error) => view! { <LoadError error/> }.into_any(),
        }
    })
}

/// Messages to the person that were not mailed (no address) and the news of their ideas, with
/// their links made: the only copy a young person without an address has.
#[component]
fn OwnMessages(ids: Vec<i64>) -> impl IntoView {
    let lang = use_lang();
    let state = expect_context::<AppState>();
    Suspend::new(async move {
        match crate::ssr::service::ideas::notices(&state.db, &ids).await {
            Ok(notices) if notices.is_empty() => ().into_any(),
            Ok(notices) => view! {
                <h2 id="messages">{lang.t("me-messages-title")}</h2>
                {notices.into_iter().map(|notice| {
                    let text = crate::ssr::outbox::as_sent(&notice.body_text, &notice.links, &state.public_url, &state.links);
                    // The day in the site's zone, which may not be the day in UTC.
                    let zone = notice.time_zone.as_deref().and_then(|zone| zone.parse().ok()).unwrap_or(state.zone);
                    let sent = chrono::DateTime::from_timestamp(notice.created_at, 0)
                        .map(|at| lang.long_date(&at.with_timezone(&zone)))
                        .unwrap_or_default();
                    view! {
                        <details class="message">
                            <summary><bdi>{notice.subject}</bdi>" · "{sent}</summary>
                            <p class="message-text">{text}</p>
                        </details>
                    }
                }).collect_view()}
            }
            .into_any(),
            Err(error) => view! { <LoadError error/> }.into_any(),
        }
    })
}

/// An address for messages, for a young person who joined with a code: optional, kept once its
/// owner confirmed it (and for an under-16 once a parent agreed), and removable again.
#[component]
fn ContactAddressForm(id: i64) -> impl IntoView {
    let lang = use_lang();
    let db = expect_context::<AppState>().db;
    let token = draft_token();
    let done = flag(&["address-sent", "address-removed"]);
    Suspend::new(async move {
        let now = chrono::Utc::now().timestamp();
        let loaded = async {
            let person = participants::people(&db, &[id]).await?.into_iter().next();
            let waiting = contact_address::waiting(&db, id, now).await?;
            Ok::<_, sqlx::Error>((person, waiting, young_draft(&db, token).await?))
        };
        match loaded.await {
            Ok((Some(person), waiting, (fields, errors))) => {
                let typed = Typed { lang, fields: &fields, errors: &errors };
                let this_year = i64::from(chrono::Datelike::year(&chrono::Utc::now()));
                let parent_asked = needs_consent(person.birth_year, this_year);
                let alert = errors
                    .get("form")
                    .map(|key| lang.t(key))
                    .or_else(|| (!errors.is_empty()).then(|| lang.t("offer-form-has-errors")));
                let languages: Vec<(String, String)> =
                    Lang::ALL.iter().map(|each| (each.code().to_owned(), each.native_name().to_owned())).collect();
                let parent_lang = fields.get("parent_lang").cloned().unwrap_or_else(|| lang.code().to_owned());
                let kept = (!person.email.is_empty()).then(|| {
                    view! {
                        <p>{lang.t("me-address-kept")}" "<bdi>{person.email.clone()}</bdi></p>
                        <form method="post" action=format!("/me/people/{id}/address/remove") class="stack">
                            <button type="submit" class="button button-quiet">{lang.t("me-address-remove")}</button>
                        </form>
                    }
                });
                let form = person.email.is_empty().then(|| view! {
                    {waiting.map(|Request { email, confirmed_at, .. }| {
                        let key = if confirmed_at.is_some() { "me-address-waiting-parent" } else { "me-address-waiting" };
                        view! { <p class="notice">{lang.t_with(key, &[("email", lang.isolate(&email).into())])}</p> }
                    })}
                    <p>{lang.t("me-address-intro")}</p>
                    <form method="post" action=format!("/me/people/{id}/address") class="stack">
                        <Field name="email" kind="email" label=lang.t("field-email") value=typed.value("email")
                            error=typed.error("email") autocomplete="email"/>
                        {parent_asked.then(|| view! {
                            <p class="hint">{lang.t("me-address-parent-hint")}</p>
                            <Field name="parent_email" kind="email" label=lang.t("register-field-parent-email")
                                value=typed.value("parent_email") error=typed.error("parent_email")/>
                            <SelectField name="parent_lang" label=lang.t("participants-field-parent-lang")
                                options=languages selected=parent_lang error=typed.error("parent_lang")/>
                        })}
                        <p class="hint">{lang.t("contact-consent-text")}</p>
                        <button type="submit" class="button">{lang.t("me-address-send")}</button>
                    </form>
                });
                view! {
                    <h2 id="address">{lang.t("me-address-title")}</h2>
                    <FormAlert message=alert/>
                    <FormAlert message=done.map(|done| lang.t(&format!("me-address-flag-{}", done.trim_start_matches("address-")))) good=true/>
                    {kept}
                    {form}
                }
                .into_any()
            }
            Ok((None, ..)) => ().into_any(),
            Err(error) => view! { <LoadError error/> }.into_any(),
        }
    })
}

/// Where the link to an address lands: its owner confirms with one button (a POST, so that a mail
/// scanner opening the link confirms nothing).
#[component]
pub fn AddressConfirmPage() -> impl IntoView {
    let lang = use_lang();
    let state = expect_context::<AppState>();
    let token = use_params_map().with_untracked(|params| params.get("token").unwrap_or_default());
    let answered = flag(&["kept", "parent-asked", "taken", "gone"]);
    Suspend::new(async move {
        let Some(id) = state.links.verify(crate::ssr::links::Purpose::ContactAddress, &token) else {
            return view! { <NotFoundPage/> }.into_any();
        };
        let now = chrono::Utc::now().timestamp();
        let request = match contact_address::open(&state.db, id, now).await {
            Ok(request) => request,
            Err(error) => return view! { <LoadError error/> }.into_any(),
        };
        let open = request.as_ref().filter(|request| answered.is_none() && request.confirmed_at.is_none());
        let notice =
            answered.or(request.is_none().then_some("gone")).map(|flag| lang.t(&format!("me-address-done-{flag}")));
        view! {
            <Title text=format!("{} – {}", lang.t("me-address-title"), lang.t("site-name"))/>
            <Meta name="robots" content="noindex"/>
            <section class="form-page stack">
                <h1>{lang.t("me-address-title")}</h1>
                <FormAlert message=notice good=matches!(answered, Some("kept" | "parent-asked"))/>
                {open.map(|request| view! {
                    <p>{lang.t_with("me-address-confirm-text", &[("email", lang.isolate(&request.email).into())])}</p>
                    <form method="post" action=format!("/me/address/{token}")>
                        <button type="submit" class="button">{lang.t("me-address-confirm")}</button>
                    </form>
                })}
            </section>
        }
        .into_any()
    })
}

/// A parent's page: whether their child's address may be kept, yes or no, in the parent's language.
#[component]
pub fn AddressParentPage() -> impl IntoView {
    let lang = use_lang();
    let state = expect_context::<AppState>();
    let token = use_params_map().with_untracked(|params| params.get("token").unwrap_or_default());
    let answered = flag(&["kept", "declined", "taken", "gone"]);
    // The parent's own words: "your child's address", not the young person's "your messages".
    let notice_key = |flag: &str| match flag {
        "kept" => "contact-parent-done-yes",
        "declined" => "contact-parent-done-no",
        _ => "consent-answered",
    };
    Suspend::new(async move {
        let Some(id) = state.links.verify(crate::ssr::links::Purpose::ContactParent, &token) else {
            return view! { <NotFoundPage/> }.into_any();
        };
        let now = chrono::Utc::now().timestamp();
        let request = match contact_address::open(&state.db, id, now).await {
            Ok(request) => request.filter(|request| request.confirmed_at.is_some()),
            Err(error) => return view! { <LoadError error/> }.into_any(),
        };
        let notice = answered.or(request.is_none().then_some("gone")).map(|flag| lang.t(notice_key(flag)));
        view! {
            <Title text=format!("{} – {}", lang.t("contact-parent-title"), lang.t("site-name"))/>
            <Meta name="robots" content="noindex"/>
            <section class="form-page stack">
                <h1>{lang.t("contact-parent-title")}</h1>
                <FormAlert message=notice good=matches!(answered, Some("kept" | "declined"))/>
                {request.filter(|_| answered.is_none()).map(|request| view! {
                    <p>{lang.t_with("contact-parent-question", &[
                        ("nickname", lang.isolate(&request.nickname).into()),
                        ("year", request.birth_year.into()),
                        ("site", lang.isolate(&request.site).into()),
                        ("email", lang.isolate(&request.email).into()),
                    ])}</p>
                    <p>{lang.t("contact-consent-text")}</p>
                    <form method="post" action=format!("/me/address/parent/{token}") class="stack">
                        // The answer page stays in the parent's language, whatever the browser says.
                        <input type="hidden" name="lang" value=lang.code()/>
                        <div class="cluster">
                            <button type="submit" name="answer" value="yes" class="button">{lang.t("contact-yes")}</button>
                            <button type="submit" name="answer" value="no" class="button button-quiet">{lang.t("contact-no")}</button>
                        </div>
                    </form>
                })}
            </section>
        }
        .into_any()
    })
}

/// The young person's own calendar feed: a secret address to subscribe to, made anew on request
/// (which ends the old one, for a lost phone).
#[component]
fn PrivateFeed() -> impl IntoView {
    let lang = use_lang();
    let public_url = use_context::<AppState>().map(|state| state.public_url).unwrap_or_default();
    // The address is shown once, right after it was made; it is the reader's own secret.
    let token = leptos_router::hooks::use_query_map()
        .with_untracked(|query| query.get("feed"))
        .filter(|token| token.len() == 64 && token.bytes().all(|b| b.is_ascii_hexdigit()));
    let host = public_url.split_once("://").map_or(public_url.clone(), |(_, rest)| rest.to_owned());
    view! {
        <h2>{lang.t("me-feed-title")}</h2>
        <p>{lang.t("me-feed-intro")}</p>
        {token.map(|token| view! {
            <p><a href=format!("webcal://{host}/feeds/{token}.ics?lang={}", lang.code())>{lang.t("calendar-subscribe")}</a></p>
            <p class="hint" dir="ltr">{format!("{public_url}/feeds/{token}.ics?lang={}", lang.code())}</p>
        })}
        <form method="post" action="/me/feed">
            <button type="submit" class="button button-quiet">{lang.t("me-feed-new")}</button>
        </form>
    }
}

/// "My data": one entry per person the link opened (siblings who share an address apart, a child
/// under 16 for the parent), each leading to what is held about them.
#[component]
fn PeopleData(ids: Vec<i64>) -> impl IntoView {
    let lang = use_lang();
    let db = expect_context::<AppState>().db;
    Suspend::new(async move {
        match participants::people(&db, &ids).await {
            Ok(people) if people.is_empty() => ().into_any(),
            Ok(people) => {
                let names: Vec<String> = people.iter().map(|person| lang.isolate(&person.first_name)).collect();
                let everyone = (people.len() > 1).then(|| {
                    view! {
                        <form method="post" action="/me/delete" class="stack">
                            <p>{lang.t_with("own-data-delete-all-warning", &[("names", names.join(", ").into())])}</p>
                            <div class="field-check">
                                <input type="checkbox" id="field-confirm-all" name="confirm"/>
                                <label for="field-confirm-all">{lang.t("own-data-delete-confirm")}</label>
                            </div>
                            <button type="submit" class="button button-quiet">{lang.t("own-data-delete-all")}</button>
                        </form>
                    }
                });
                view! {
                <h2>{lang.t("own-data-title")}</h2>
                <p>{lang.t("own-data-intro")}</p>
                <ul class="plain-list">
                    {people.into_iter().map(|person| view! {
                        <li>
                            <a href=format!("/me/people/{}", person.id)>
                                {lang.t_with("own-data-of", &[("name", lang.isolate(&person.first_name).into())])}
                            </a>
                            " · "<bdi>{person.site}</bdi>
                        </li>
                    }).collect_view()}
                </ul>
                {everyone}
                }
                .into_any()
            }
            Err(error) => view! { <LoadError error/> }.into_any(),
        }
    })
}

/// Everything held about one person, readable; the download, taking back the photo consent, and
/// deleting it all. Only for a session that opened this person.
#[component]
pub fn OwnDataPage() -> impl IntoView {
    let lang = use_lang();
    let actor = use_actor();
    let db = expect_context::<AppState>().db;
    let id = use_params_map().with_untracked(|params| params.get("id").and_then(|id| id.parse::<i64>().ok()));
    let flag = leptos_router::hooks::use_query_map().with_untracked(|query| {
        ["photos-withdrawn", "confirm-missing"].into_iter().find(|flag| query.get(flag).is_some())
    });
    Suspend::new(async move {
        let Some(id) = id.filter(|id| allows(&actor, Action::OwnData { participant_id: *id })) else {
            return match actor {
                Actor::Anonymous => view! { <MePage/> }.into_any(),
                _ => view! { <ForbiddenPage/> }.into_any(),
            };
        };
        let loaded = async {
            let person = participants::people(&db, &[id]).await?.into_iter().next();
            let address_proven = matches!(&actor, Actor::Participant { people, .. }
                if people.iter().any(|(person, proof)| *person == id && *proof == Proof::Address));
            Ok::<_, sqlx::Error>((person, participants::export(&db, id, address_proven).await?))
        };
        match loaded.await {
            Ok((Some(person), data)) => {
                let name = lang.isolate(&person.first_name);
                let photos = data["registrations"]
                    .as_array()
                    .is_some_and(|rows| rows.iter().any(|row| row["photo_consent"] == 1));
                let alert = flag.map(|flag| lang.t(&format!("own-data-flag-{flag}")));
                view! {
                    <Title text=format!("{} – {}", lang.t("own-data-title"), lang.t("site-name"))/>
                    <Meta name="robots" content="noindex"/>
                    <section class="form-page stack">
                        <h1>{lang.t_with("own-data-of", &[("name", name.clone().into())])}</h1>
                        <FormAlert message=alert good=flag == Some("photos-withdrawn")/>
                        <p>{lang.t("own-data-what")}</p>
                        {tables((lang, crate::domain::schedule::zone(&person.time_zone)), &data)}
                        <p><a href=format!("/me/people/{id}/data.json") download="">{lang.t("own-data-download")}</a></p>
                        {photos.then(|| view! {
                            <form method="post" action=format!("/me/people/{id}/photos") class="stack">
                                <p>{lang.t("own-data-photos-text")}</p>
                                <button type="submit" class="button button-quiet">{lang.t("own-data-photos-withdraw")}</button>
                            </form>
                        })}
                        <h2>{lang.t("own-data-delete-title")}</h2>
                        <form method="post" action=format!("/me/people/{id}/delete") class="stack">
                            <p>{lang.t_with("own-data-delete-warning", &[("name", name.into())])}</p>
                            <div class="field-check">
                                <input type="checkbox" id="field-confirm" name="confirm"/>
                                <label for="field-confirm">{lang.t("own-data-delete-confirm")}</label>
                            </div>
                            <button type="submit" class="button">{lang.t("own-data-delete")}</button>
                        </form>
                        <p><a href="/me">{lang.t("me-title")}</a></p>
                    </section>
                }
                .into_any()
            }
            Ok((None, _)) => view! { <NotFoundPage/> }.into_any(),
            Err(error) => view! { <LoadError error/> }.into_any(),
        }
    })
}

/// The form label a stored column was typed into, where there is one.
fn label_key(column: &str) -> Option<&'static str> {
    Some(match column {
        "first_name" => "register-field-first-name",
        "email" | "recipient" => "field-email",
        "birth_year" => "register-field-birth-year",
        "phone" => "register-field-phone",
        "needs" => "register-field-needs",
        "gender" => "register-field-gender",
        "emergency_contact" => "register-field-emergency-contact",
        "parent_email" => "register-field-parent-email",
        "lang" => "participants-field-lang",
        "parent_lang" => "participants-field-parent-lang",
        "photo_consent" => "consent-photos",
        "subject" => "participants-message-subject",
        "body_text" => "participants-message-body",
        "status" => "edit-offer-status",
        "created_at" => "participants-registered-at",
        "offer_id" => "consent-what",
        "purpose" => "consent-field-purpose",
        "given_by" => "consent-field-given-by",
        "method" => "consent-field-method",
        "given_at" => "consent-field-given-at",
        "withdrawn_at" => "consent-field-withdrawn-at",
        "text_version" => "consent-field-text-version",
        "confirmed_at" => "me-address-confirmed-at",
        _ => return None,
    })
}

/// What a row is about comes first; the rest in the download's order.
const FIRST: [&str; 6] = ["offer_id", "first_name", "purpose", "subject", "status", "created_at"];

/// Columns that only tie rows together: in the download, not on the page.
const TIES: [&str; 6] = ["id", "site_id", "name_key", "session_id", "registration_id", "calendar"];

/// A stored value as the reader understands it: dates in the site's zone, codes in words, the
/// offer by its title. None for what the page leaves out.
fn shown(
    (lang, zone): (Lang, chrono_tz::Tz),
    (column, value): (&str, &serde_json::Value),
    offers: &serde_json::Value,
) -> Option<String> {
    if TIES.contains(&column) || value.is_null() || value.as_str() == Some("") {
        return None;
    }
    let text = value.as_str().map_or_else(|| value.to_string(), str::to_owned);
    Some(match column {
        "created_at" | "sent_at" | "cancelled_at" | "consent_given_at" | "given_at" | "withdrawn_at"
        | "confirmed_at" => {
            let at = chrono::DateTime::from_timestamp(value.as_i64()?, 0)?;
            lang.date_time(&at.with_timezone(&zone))
        }
        "status" => lang.t(&format!("participants-status-{text}")),
        "purpose" => lang.t(&format!("consent-purpose-{text}")),
        "given_by" => lang.t(&format!("consent-given-by-{text}")),
        "method" => lang.t(&format!("consent-method-{text}")),
        "gender" => lang.t(&format!("register-gender-{text}")),
        "photo_consent" => lang.t(if value.as_i64() == Some(1) { "answer-yes" } else { "answer-no" }),
        "lang" | "parent_lang" => Lang::from_code(&text).map_or(text, |lang| lang.native_name().to_owned()),
        "offer_id" => offers
            .as_array()?
            .iter()
            .find(|offer| offer["id"] == *value)
            .and_then(|offer| offer["title"].as_str())
            .map_or(text, str::to_owned),
        _ => text,
    })
}

/// The export as a page: one list per kind of record, each field with its form label in the
/// reader's language where it has one, else its stored name (as in the download).
pub(crate) fn tables((lang, zone): (Lang, chrono_tz::Tz), data: &serde_json::Value) -> impl IntoView + use<> {
    let offers = data["offers"].clone();
    data.as_object()
        .into_iter()
        .flatten()
        .filter(|(table, _)| *table != "offers")
        .filter_map(|(table, rows)| {
            let rows = rows.as_array().filter(|rows| !rows.is_empty())?;
            let heading = lang.t(&format!("own-data-table-{}", table.replace('_', "-")));
            let items = rows
                .iter()
                .map(|row| {
                    let mut columns: Vec<_> = row.as_object().into_iter().flatten().collect();
                    columns.sort_by_key(|(column, _)| {
                        FIRST.iter().position(|first| first == column).unwrap_or(FIRST.len())
                    });
                    let fields = columns
                        .into_iter()
                        .filter_map(|(column, value)| {
                            let shown = shown((lang, zone), (column, value), &offers)?;
                            let label = label_key(column).map_or_else(|| column.clone(), |key| lang.t(key));
                            Some(view! { <dt>{label}</dt><dd><bdi>{shown}</bdi></dd> })
                        })
                        .collect_view();
                    view! { <li><dl class="facts">{fields}</dl></li> }
                })
                .collect_view();
            Some(view! { <h2>{heading}</h2><ul class="plain-list">{items}</ul> })
        })
        .collect_view()
}
