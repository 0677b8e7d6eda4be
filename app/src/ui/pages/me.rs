use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::domain::policy::{Action, Actor, allows};
use crate::domain::schedule::LocalSpan;
use crate::i18n::use_lang;
use crate::ssr::db::registrations;
use crate::ssr::links::Purpose;
use crate::ssr::state::AppState;
use crate::ui::components::{Field, FormAlert, FormFeedback, LoadError, When, form_feedback, use_actor};

/// "My registrations": a young person asks for a link by email and opens it; no password.
#[component]
pub fn MePage() -> impl IntoView {
    let lang = use_lang();
    let actor = use_actor();
    let title = lang.t("me-title");
    let body = match &actor {
        Actor::Participant { email } if allows(&actor, Action::ViewOwnRegistrations) => view! {
            <p>{lang.t("me-signed-in-as")}" "<bdi>{email.clone()}</bdi></p>
            <OwnRegistrations email=email.clone()/>
            <PrivateFeed/>
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
fn OwnRegistrations(email: String) -> impl IntoView {
    let lang = use_lang();
    let state = expect_context::<AppState>();
    Suspend::new(async move {
        let own = match state.db.pool().acquire().await {
            Ok(mut conn) => registrations::of_email(&mut conn, &email, chrono::Utc::now().timestamp()).await,
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
            <p><a href=format!("webcal://{host}/feeds/{token}.ics")>{lang.t("calendar-subscribe")}</a></p>
            <p class="hint" dir="ltr">{format!("{public_url}/feeds/{token}.ics")}</p>
        })}
        <form method="post" action="/me/feed">
            <button type="submit" class="button button-quiet">{lang.t("me-feed-new")}</button>
        </form>
    }
}
