use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::use_lang;
use crate::ssr::db::offers::{self, UpcomingOffer};
use crate::ssr::state::AppState;
use crate::ui::components::{LoadError, When, category_label, kind_label};

/// How many offers the home page lists at most; the offer list with filters pages through the rest.
const HOME_LIMIT: i64 = 60;

#[component]
pub fn HomePage() -> impl IntoView {
    let lang = use_lang();
    let state = expect_context::<AppState>();
    let list = move || {
        let db = state.db.clone();
        Suspend::new(async move {
            let now = chrono::Utc::now().timestamp();
            match offers::list_upcoming(&db, lang, None, now, HOME_LIMIT).await {
                Ok(list) if list.is_empty() => view! { <p class="empty">{lang.t("home-empty")}</p> }.into_any(),
                Ok(list) => view! {
                    <ul class="offer-list">
                        {list.into_iter().map(|offer| view! { <OfferCard offer/> }).collect_view()}
                    </ul>
                }
                .into_any(),
                Err(error) => view! { <LoadError error/> }.into_any(),
            }
        })
    };
    view! {
        <Title text=format!("{} – {}", lang.t("home-title"), lang.t("site-name"))/>
        <section class="intro">
            <h1>{lang.t("home-title")}</h1>
            <p>{lang.t("home-intro")}</p>
        </section>
        <Suspense fallback=|| ()>{list}</Suspense>
    }
}

#[component]
fn OfferCard(offer: UpcomingOffer) -> impl IntoView {
    let lang = use_lang();
    let span = offer.next_session();
    let place = match (offer.venue_name, offer.district) {
        (Some(venue), Some(district)) => format!("{venue} · {district}"),
        (Some(venue), None) => venue,
        _ => String::new(),
    };
    let hosts = std::iter::once(offer.organisation).chain(offer.cohosts).collect::<Vec<_>>().join(", ");
    view! {
        <li class="offer-card">
            <p class="tags">
                <span class="tag">{kind_label(lang, offer.kind)}</span>
                <span class="tag tag-quiet">{category_label(lang, offer.category)}</span>
            </p>
            <h2><a href=format!("/offers/{}", offer.id)>{offer.title}</a></h2>
            <p class="when"><span class="visually-hidden">{lang.t("home-next")}": "</span><When span/></p>
            <p class="where"><bdi>{place}</bdi></p>
            <p class="who"><bdi>{hosts}</bdi></p>
        </li>
    }
}
