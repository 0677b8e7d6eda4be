use leptos::prelude::*;
use leptos_meta::{Meta, Title};
use leptos_router::hooks::{use_params_map, use_query_map};

use chrono::NaiveDate;

use crate::domain::days_off::{Period, Reason, missing_weeks};
use crate::domain::offer::{Audience, OfferKind, Registration, Visibility, spoken_languages};
use crate::domain::offer_form::{Errors, Fields};
use crate::i18n::{Lang, use_lang};
use crate::ssr::db::offers::{self, OfferDetail};
use crate::ssr::db::sites;
use crate::ssr::drafts;
use crate::ssr::http::map_link;
use crate::ssr::links::Purpose;
use crate::ssr::state::AppState;
use crate::ui::components::{
    CalendarLinks, LoadError, When, Written, category_label, kind_label, spoken_language_label,
};
use crate::ui::islands::ShareButton;
use crate::ui::pages::{NotFoundPage, RegisterForm};

/// The offer page lists this many dates; the rest are counted.
const SESSIONS_SHOWN: i64 = 12;

#[component]
pub fn OfferPage() -> impl IntoView {
    let lang = use_lang();
    let AppState { db, school_holidays, links, .. } = expect_context::<AppState>();
    let actor = crate::ui::components::use_actor();
    let id = use_params_map().with_untracked(|params| params.get("id").and_then(|id| id.parse::<i64>().ok()));
    let (draft_token, invite) = use_query_map().with_untracked(|query| (query.get("draft"), query.get("invite")));
    Suspend::new(async move {
        let Some(id) = id else {
            return view! { <NotFoundPage/> }.into_any();
        };
        let now = chrono::Utc::now().timestamp();
        let loaded = async {
            let Some(offer) = offers::find_public(&db, lang, id).await? else { return Ok(None) };
            // What a young person typed into the registration form before, with the problems.
            let draft = match draft_token {
                Some(token) => drafts::take(&db, None, &token, now).await?,
                None => None,
            };
            let (fields, errors) = draft.unwrap_or_default();
            // An offer that is not public is not there for anybody else: no hint that it exists.
            let invite = invite.or_else(|| fields.get("invite").cloned()).filter(|token| {
                offer.visibility == Visibility::Invited && links.verify(Purpose::OfferInvitation, token) == Some(id)
            });
            if offer.visibility != Visibility::Public && invite.is_none() && !actor.is_signed_in_user() {
                return Ok(None);
            }
            let sessions = offers::upcoming_sessions(&db, id, now, SESSIONS_SHOWN).await?;
            let gaps = explained_gaps(&db, &school_holidays, &offer, &sessions.0).await?;
            // A young person who joined with a code registers as themselves, without typing.
            let member = crate::ssr::service::participants::member_of_site(&db, &actor.joined(), offer.site_id)
                .await?
                .map(|person| person.first_name);
            Ok::<_, sqlx::Error>(Some((offer, sessions, gaps, invite, member, (fields, errors))))
        };
        match loaded.await {
            Ok(Some((offer, (sessions, more), gaps, invite, member, (fields, errors)))) => {
                view! { <OfferView offer sessions more gaps invite member fields errors/> }.into_any()
            }
            Ok(None) => view! { <NotFoundPage/> }.into_any(),
            Err(error) => view! { <LoadError error/> }.into_any(),
        }
    })
}

/// The weeks a weekly group skips among the coming dates, with the reason where it is a day off
/// of the site (a holiday, a closing day): "No session on 24 December: Christmas holidays".
async fn explained_gaps(
    db: &crate::ssr::db::Db,
    school_holidays: &[Period],
    offer: &OfferDetail,
    sessions: &[offers::UpcomingSession],
) -> sqlx::Result<Vec<(NaiveDate, Reason)>> {
    let dates: Vec<NaiveDate> = sessions.iter().map(|session| session.span.starts.date_naive()).collect();
    // The group's rhythm is its shortest step between dates: weekly, or every other week.
    let step_weeks = dates.windows(2).map(|pair| (pair[1] - pair[0]).num_days() / 7).filter(|weeks| *weeks > 0).min();
    let missing = match (offer.kind, step_weeks) {
        (OfferKind::Group, Some(weeks)) => missing_weeks(&dates, weeks),
        _ => Vec::new(),
    };
    let (Some(first), Some(last)) = (missing.first(), missing.last()) else { return Ok(Vec::new()) };
    let days_off = sites::days_off(db, school_holidays, offer.site_id, (*first, *last)).await?;
    Ok(missing.into_iter().filter_map(|date| days_off.iter().find(|(day, _)| *day == date).cloned()).collect())
}

#[component]
fn OfferView(
    offer: OfferDetail,
    sessions: Vec<offers::UpcomingSession>,
    more: i64,
    gaps: Vec<(NaiveDate, Reason)>,
    /// The invitation that opened an offer shown only to the invited, carried by its form.
    invite: Option<String>,
    /// The nickname of the reader who joined with a code, whose form needs no name or address.
    member: Option<String>,
    fields: Fields,
    errors: Errors,
) -> impl IntoView {
    let lang = use_lang();
    let audience = match offer.audience {
        Audience::Youth => lang.t_with("offer-ages", &[("min", offer.min_age.into()), ("max", offer.max_age.into())]),
        Audience::Parents => lang.t("offer-audience-parents"),
        Audience::Professionals => lang.t("offer-audience-professionals"),
    };
    let focus = (offer.focus == "girls").then(|| lang.t("offer-focus-girls"));
    // Each name isolated: a list that mixes scripts keeps its order in either direction.
    let separator = if lang.dir() == "rtl" { "، " } else { ", " };
    let languages = spoken_languages(&offer.languages)
        .enumerate()
        // In the page's direction: "العربية (Arabisch)" keeps its order in a German sentence.
        .map(|(i, code)| view! { {(i > 0).then_some(separator)}<bdi dir=lang.dir()>{spoken_language_label(lang, code)}</bdi> })
        .collect_view();
    let hosts = std::iter::once((offer.organisation_id, offer.organisation.clone()))
        .chain(offer.cohosts.iter().map(|host| (host.id, host.name.clone())))
        .collect::<Vec<_>>();
    // Those who may edit the offer get their way back to the editor and the staff area.
    let actor = crate::ui::components::use_actor();
    let editor = crate::domain::policy::allows(
        &actor,
        crate::domain::policy::Action::EditOffer { site_id: offer.site_id, organisation_id: offer.organisation_id },
    )
    .then(|| {
        view! {
            <p class="cluster">
                <a href=format!("/staff/offers/{}/edit", offer.id)>{lang.t("edit-offer-title")}</a>
                <a href="/staff">{lang.t("staff-home")}</a>
            </p>
        }
    });
    let feed = match &invite {
        Some(token) => format!("/offers/{}/calendar.ics?invite={token}", offer.id),
        None => format!("/offers/{}/calendar.ics", offer.id),
    };
    let description = offer.description.clone();
    let summary: String = description.chars().take(160).collect();
    view! {
        <Title text=format!("{} – {}", offer.title, lang.t("site-name"))/>
        <Meta name="description" content=summary/>
        {editor}
        <article class="offer">
            <p class="tags">
                <span class="tag">{kind_label(lang, offer.kind)}</span>
                <span class="tag tag-quiet">{category_label(lang, offer.category)}</span>
            </p>
            <h1><Written text=offer.title.clone() in_german=offer.in_german == 1/></h1>
            {(offer.status == "cancelled").then(|| view! { <p class="form-alert" role="status">{lang.t("offer-cancelled-notice")}</p> })}
            {offer.programme.clone().zip(offer.programme_slug.clone()).map(|(programme, slug)| view! {
                <p class="programme">{lang.t("offer-programme")}": "<a href=format!("/programmes/{slug}")><bdi>{programme}</bdi></a></p>
            })}
            <div class="description" dir="auto" lang=(offer.in_german == 1 && lang != Lang::De).then_some("de")>
                {description.split("\n\n").map(|paragraph| view! { <p>{paragraph.to_owned()}</p> }).collect_view()}
            </div>
            <dl class="facts">
                <dt>{lang.t("offer-audience")}</dt>
                <dd>{audience}{focus.map(|focus| view! { <br/>{focus} })}</dd>
                <dt>{lang.t("offer-languages")}</dt>
                <dd>{languages}</dd>
                <dt>{lang.t("offer-organisers")}</dt>
                <dd>{hosts.into_iter().map(|(id, name)| view! { <a href=format!("/organisations/{id}")><bdi>{name}</bdi></a><br/> }).collect_view()}</dd>
                <dt>{lang.t("offer-section-taking-part")}</dt>
                <dd>{taking_part(lang, &offer)}</dd>
                <dt>{lang.t("offer-cost")}</dt>
                <dd>{match offer.cost_cents {
                    None => lang.t("offer-cost-free").into_any(),
                    Some(cents) => view! {
                        {lang.t_with("offer-cost-amount", &[("euros", (cents / 100).into()), ("cents", format!("{:02}", cents % 100).into())])}
                        <br/>{lang.t("offer-cost-support")}
                    }.into_any(),
                }}</dd>
                {(!offer.meeting_point.is_empty()).then(|| view! {
                    <dt>{lang.t("offer-meeting-point")}</dt>
                    <dd><bdi lang="de">{offer.meeting_point.clone()}</bdi></dd>
                })}
                {(offer.overnight == 1).then(|| view! {
                    <dt>{lang.t("offer-overnight")}</dt>
                    <dd>{lang.t("offer-overnight-text")}</dd>
                })}
                {(!offer.bring.is_empty()).then(|| view! {
                    <dt>{lang.t("offer-bring")}</dt>
                    <dd><bdi lang="de">{offer.bring.clone()}</bdi></dd>
                })}
                {contact(&offer).map(|contact| view! {
                    <dt>{lang.t("offer-contact")}</dt>
                    <dd>{contact}</dd>
                })}
            </dl>
            <VenueBlock offer=offer.clone()/>
            <section class="sessions" aria-labelledby="sessions-heading">
                <h2 id="sessions-heading">{lang.t("offer-when")}</h2>
                {if sessions.is_empty() {
                    view! { <p>{lang.t("offer-no-sessions")}</p> }.into_any()
                } else {
                    view! {
                        <ul class="session-list">
                            {sessions.iter().copied().map(|session| view! { <li><When span=session.span/></li> }).collect_view()}
                        </ul>
                        {(!gaps.is_empty()).then(|| view! {
                            <ul class="session-gaps">
                                {gaps.into_iter().map(|(day, reason)| {
                                    let why = reason.key().map(|key| lang.t(key)).unwrap_or_else(|| match reason {
                                        Reason::Closed(text) => text,
                                        _ => String::new(),
                                    });
                                    let date = lang.long_day(day);
                                    view! { <li>{lang.t_with("offer-no-session", &[("date", date.into()), ("reason", lang.isolate(&why).into())])}</li> }
                                }).collect_view()}
                            </ul>
                        })}
                        {(more > 0).then(|| view! { <p>{lang.t_with("offer-sessions-more", &[("count", more.into())])}</p> })}
                        <CalendarLinks path=feed/>
                    }
                    .into_any()
                }}
            </section>
            {(offer.status == "published" && offer.registration != Registration::DropIn && !sessions.is_empty()).then(|| {
                view! { <RegisterForm offer_id=offer.id mode=offer.registration overnight=offer.overnight == 1 keep_months=offer.keep_months sessions=sessions.clone() invite member fields errors/> }
            })}
            <ShareButton label=lang.t("offer-share") copied_label=lang.t("offer-link-copied")/>
        </article>
    }
}

/// How to take part: drop in or register, until when, and how many places are left. Per-date
/// registrations show their places at each date once registration exists.
fn taking_part(lang: crate::i18n::Lang, offer: &OfferDetail) -> impl IntoView + use<> {
    let zone = crate::domain::schedule::zone(&offer.time_zone);
    let moment = |secs: Option<i64>| {
        secs.and_then(|secs| chrono::DateTime::from_timestamp(secs, 0))
            .map(|at| lang.date_time(&at.with_timezone(&zone)))
    };
    let mode = lang.t(&format!("offer-registration-{}", offer.registration.code()));
    let window = match (moment(offer.registration_opens_at), moment(offer.registration_closes_at)) {
        (Some(opens), _) if offer.registration_opens_at > Some(chrono::Utc::now().timestamp()) => {
            Some(lang.t_with("offer-registration-opens-at", &[("when", opens.into())]))
        }
        (_, Some(closes)) => Some(lang.t_with("offer-registration-closes-at", &[("when", closes.into())])),
        _ => None,
    };
    let places = match (offer.registration, offer.capacity) {
        (Registration::Series, Some(capacity)) => {
            let free = (capacity - offer.places_taken).max(0);
            Some(if free == 0 {
                lang.t("offer-places-full")
            } else {
                lang.t_with("offer-places-free", &[("free", free.into()), ("count", capacity.into())])
            })
        }
        (_, Some(capacity)) => Some(lang.t_with("offer-capacity", &[("count", capacity.into())])),
        (_, None) => None,
    };
    view! {
        {mode}
        {window.map(|window| view! { <br/>{window} })}
        {places.map(|places| view! { <br/><span class="capacity">{places}</span> })}
    }
}

/// Whom to ask: a name, an email address and a phone number, as far as given.
fn contact(offer: &OfferDetail) -> Option<impl IntoView + use<>> {
    let (name, email, phone) = (offer.contact_name.clone(), offer.contact_email.clone(), offer.contact_phone.clone());
    if name.is_empty() && email.is_empty() && phone.is_empty() {
        return None;
    }
    let phone_link: String = phone.chars().filter(|c| c.is_ascii_digit() || *c == '+').collect();
    Some(view! {
        {(!name.is_empty()).then(|| view! { <bdi>{name}</bdi><br/> })}
        {(!email.is_empty()).then(|| view! { <a href=format!("mailto:{email}") dir="ltr">{email.clone()}</a><br/> })}
        {(!phone.is_empty()).then(|| view! { <a href=format!("tel:{phone_link}") dir="ltr">{phone.clone()}</a> })}
    })
}

#[component]
fn VenueBlock(offer: OfferDetail) -> impl IntoView {
    let lang = use_lang();
    let step_free = offer.step_free();
    let accessible_toilet = offer.accessible_toilet();
    let hearing_loop = offer.hearing_loop();
    let name = offer.venue_name?;
    let street = offer.street.unwrap_or_default();
    let (postal_code, city) = (offer.postal_code.unwrap_or_default(), offer.city.unwrap_or_default());
    let map = map_link(&street, &postal_code, &city);
    let town = format!("{postal_code} {city}");
    let access = [
        step_free.then(|| lang.t("venue-step-free")),
        accessible_toilet.then(|| lang.t("venue-accessible-toilet")),
        hearing_loop.then(|| lang.t("venue-hearing-loop")),
        offer.accessibility_notes.filter(|notes| !notes.is_empty()),
    ];
    let transit = offer.transit.filter(|transit| !transit.is_empty()).map(|transit| {
        view! { <p><strong>{lang.t("venue-field-transit")}": "</strong><bdi lang="de">{transit}</bdi></p> }
    });
    Some(view! {
        <section class="venue" aria-labelledby="venue-heading">
            <h2 id="venue-heading">{lang.t("offer-where")}</h2>
            <address>
                <bdi>{name}</bdi><br/>
                <bdi>{street}</bdi><br/>
                <bdi>{town}</bdi>
                {offer.district.map(|district| view! { " (" <bdi>{district}</bdi> ")" })}
            </address>
            {transit}
            <ul class="access">
                {access.into_iter().flatten().map(|note| view! { <li><bdi>{note}</bdi></li> }).collect_view()}
            </ul>
            <p>
                <a href=map rel="noopener">
                    {lang.t("offer-map-link")}
                </a>
            </p>
        </section>
    })
}
