//! Impressum and privacy notice per site, built from the site's settings: the carrier, the data
//! protection officer, the providers, and the periods the retention job keeps to, so that what the
//! notice says is what the code does. Without a site in the address, the only site's; with several,
//! a choice.

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::i18n::{Lang, use_lang};
use crate::ssr::db::sites::{self, Legal};
use crate::ssr::state::AppState;
use crate::ui::components::LoadError;
use crate::ui::pages::NotFoundPage;

/// Which of the two pages.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Imprint,
    Privacy,
}

impl Kind {
    fn title_key(self) -> &'static str {
        match self {
            Kind::Imprint => "legal-imprint",
            Kind::Privacy => "legal-privacy",
        }
    }

    fn path(self) -> &'static str {
        match self {
            Kind::Imprint => "impressum",
            Kind::Privacy => "datenschutz",
        }
    }
}

#[component]
pub fn ImprintPage() -> impl IntoView {
    view! { <LegalPage kind=Kind::Imprint/> }
}

#[component]
pub fn PrivacyPage() -> impl IntoView {
    view! { <LegalPage kind=Kind::Privacy/> }
}

#[component]
fn LegalPage(kind: Kind) -> impl IntoView {
    let lang = use_lang();
    let db = expect_context::<AppState>().db;
    let slug = use_params_map().with_untracked(|params| params.get("slug"));
    Suspend::new(async move {
        match sites::legal(&db, slug.as_deref()).await {
            Ok(Some(site)) => view! {
                <Title text=format!("{} – {}", lang.t(kind.title_key()), site.name)/>
                <article class="form-page stack legal">
                    <h1>{lang.t(kind.title_key())}</h1>
                    {match kind {
                        Kind::Imprint => imprint(lang, &site).into_any(),
                        Kind::Privacy => privacy(lang, &site).into_any(),
                    }}
                </article>
            }
            .into_any(),
            // A site named that does not exist; or several sites and none named: the choice.
            Ok(None) if slug.is_some() => view! { <NotFoundPage/> }.into_any(),
            Ok(None) => match sites::links(&db).await {
                Ok(links) => view! {
                    <Title text=format!("{} – {}", lang.t(kind.title_key()), lang.t("site-name"))/>
                    <section class="form-page stack">
                        <h1>{lang.t(kind.title_key())}</h1>
                        <p>{lang.t("legal-choose-site")}</p>
                        <ul class="plain-list">
                            {links.into_iter().map(|site| view! {
                                <li><a href=format!("/sites/{}/{}", site.slug, kind.path())><bdi>{site.name}</bdi></a></li>
                            }).collect_view()}
                        </ul>
                    </section>
                }
                .into_any(),
                Err(error) => view! { <LoadError error/> }.into_any(),
            },
            Err(error) => view! { <LoadError error/> }.into_any(),
        }
    })
}

/// Lines of a typed address block, each on its own line.
fn lines(text: &str) -> impl IntoView + use<> {
    text.lines().map(|line| view! { <bdi>{line.to_owned()}</bdi><br/> }).collect_view()
}

fn contact(lang: Lang, site: &Legal) -> impl IntoView + use<> {
    view! {
        <h2>{lang.t("legal-contact")}</h2>
        <p>
            <bdi>{site.name.clone()}</bdi><br/>
            <bdi>{site.street.clone()}</bdi><br/>
            <bdi>{format!("{} {}", site.postal_code, site.city)}</bdi><br/>
            {(!site.phone.is_empty()).then(|| view! { <span dir="ltr">{site.phone.clone()}</span><br/> })}
            {(!site.email.is_empty()).then(|| view! { <a href=format!("mailto:{}", site.email) dir="ltr">{site.email.clone()}</a> })}
        </p>
    }
}

fn imprint(lang: Lang, site: &Legal) -> impl IntoView + use<> {
    view! {
        <p>{lang.t_with("legal-imprint-text", &[("site", lang.isolate(&site.name).into())])}</p>
        <p><bdi>{site.carrier_name.clone()}</bdi><br/>{lines(&site.carrier_address)}</p>
        {contact(lang, site)}
    }
}

fn privacy(lang: Lang, site: &Legal) -> impl IntoView + use<> {
    let name = lang.isolate(&site.name);
    let dpo = if site.privacy_contact.is_empty() {
        view! { <p>{lang.t("legal-dpo-none")}" "<a href=format!("mailto:{}", site.email) dir="ltr">{site.email.clone()}</a></p> }.into_any()
    } else {
        view! { <p>{lang.t("legal-dpo")}<br/>{lines(&site.privacy_contact)}</p> }.into_any()
    };
    view! {
        <h2>{lang.t("legal-controller-title")}</h2>
        <p>{lang.t_with("legal-controller-text", &[("site", name.clone().into())])}</p>
        <p><bdi>{site.carrier_name.clone()}</bdi><br/>{lines(&site.carrier_address)}</p>
        {dpo}
        <h2>{lang.t("legal-what-title")}</h2>
        <ul class="stack">
            <li>{lang.t_with("legal-what-registration", &[("months", site.keep_registration_months.into())])}</li>
            <li>{lang.t("legal-what-parents")}</li>
            <li>{lang.t("legal-what-consents")}</li>
            <li>{lang.t_with("legal-what-messages", &[("days", site.keep_message_days.into())])}</li>
            <li>{lang.t("legal-what-audit")}</li>
            <li>{lang.t("legal-what-figures")}</li>
        </ul>
        <h2>{lang.t("legal-who-title")}</h2>
        <p>{lang.t_with("legal-who-text", &[("site", name.into())])}</p>
        {(!site.processors.is_empty()).then(|| view! { <p>{lang.t("legal-processors")}<br/>{lines(&site.processors)}</p> })}
        <p>{lang.t("legal-none-text")}</p>
        <h2>{lang.t("legal-rights-title")}</h2>
        <p>{lang.t("legal-rights-text")}" "<a href="/me">{lang.t("me-title")}</a></p>
        {contact(lang, site)}
    }
}
