//! Server-rendered building blocks shared by the pages.

use axum::http::{StatusCode, header, request::Parts};
use leptos::prelude::*;
use leptos_axum::ResponseOptions;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use crate::domain::offer::{Category, OfferKind};
use crate::domain::policy::Actor;
use crate::domain::schedule::LocalSpan;
use crate::i18n::{LANG_COOKIE, LANG_OFFERED_COOKIE};
use crate::i18n::{Lang, use_lang};
use crate::ssr::http::{Flash, cookie, percent_encode};
use crate::ssr::state::AppState;

#[component]
pub fn Layout(children: Children) -> impl IntoView {
    let lang = use_lang();
    view! {
        <a class="skip-link" href="#main">{lang.t("skip-to-content")}</a>
        <header class="site-header">
            <a class="brand" href="/">
                <span class="brand-name">{lang.t("site-name")}</span>
                <span class="brand-tagline">{lang.t("site-tagline")}</span>
            </a>
            <LanguagePicker/>
        </header>
        <main id="main" tabindex="-1">
            <FirstVisitLanguages/>
            {(!lang.reviewed()).then(|| view! {
                <p class="translation-note">
                    {lang.t("translation-note")} " "
                    <a href="/barrierefreiheit#feedback">{lang.t("translation-note-link")}</a>
                </p>
            })}
            {children()}
        </main>
        <footer class="site-footer">
            <p>{lang.t("footer-about")}" "<a href="/sites">{lang.t("sites-title")}</a></p>
            <p>{lang.t("footer-privacy")}</p>
            <p class="cluster footer-links">
                <a href="/ideas">{lang.t("ideas-title")}</a>
                <a href="/impressum">{lang.t("legal-imprint")}</a>
                <a href="/datenschutz">{lang.t("legal-privacy")}</a>
                <a href="/barrierefreiheit">{lang.t("accessibility-title")}</a>
            </p>
        </footer>
    }
}

/// The page this request is for, as a `back` parameter for the language links.
fn back_here() -> String {
    let back = use_context::<Parts>()
        .and_then(|parts| parts.uri.path_and_query().map(|pq| pq.as_str().to_owned()))
        .unwrap_or_else(|| "/".to_owned());
    percent_encode(&back)
}

/// One line on a phone: a globe and the current language, opening the others (a native
/// disclosure, so it works without JavaScript). Plain links; each language in its own script.
#[component]
fn LanguagePicker() -> impl IntoView {
    let current = use_lang();
    let back = back_here();
    view! {
        <nav class="lang-picker" aria-label=current.t("lang-picker-label")>
            <details>
                <summary>
                    <svg class="globe" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
                        <circle cx="12" cy="12" r="9.5" fill="none" stroke="currentColor" stroke-width="1.8"/>
                        <path d="M2.5 12h19M12 2.5c3 3.2 3 15.8 0 19M12 2.5c-3 3.2-3 15.8 0 19" fill="none" stroke="currentColor" stroke-width="1.8"/>
                    </svg>
                    <span lang=current.code() dir=current.dir()>{current.native_name()}</span>
                </summary>
                <ul>
                    {Lang::ALL
                        .iter()
                        .map(|lang| {
                            view! {
                                <li>
                                    <a
                                        href=format!("/lang/{}?back={back}", lang.code())
                                        hreflang=lang.code()
                                        lang=lang.code()
                                        dir=lang.dir()
                                        aria-current=(*lang == current).then_some("true")
                                    >
                                        {lang.native_name()}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </details>
        </nav>
    }
}

/// On a first visit (no language chosen yet), every language offered once, prominently, each in
/// its own words: many phones are set to German although their owner reads Arabic better. A cookie
/// remembers that it was offered, so the next page starts with its content again.
#[component]
fn FirstVisitLanguages() -> impl IntoView {
    let current = use_lang();
    let offered = use_context::<Parts>().is_none_or(|parts| {
        [LANG_COOKIE, LANG_OFFERED_COOKIE].iter().any(|name| cookie(&parts.headers, name).is_some())
    });
    if !offered && let Some(response) = use_context::<ResponseOptions>() {
        let remembered = format!("{LANG_OFFERED_COOKIE}=1; Path=/; Max-Age=31536000; SameSite=Lax");
        if let Ok(value) = header::HeaderValue::from_str(&remembered) {
            response.append_header(header::SET_COOKIE, value);
        }
    }
    let back = back_here();
    (!offered).then(|| {
        view! {
            <section class="lang-first" aria-label=current.t("lang-first-label")>
                <ul class="cluster">
                    {Lang::ALL
                        .iter()
                        .map(|lang| view! {
                            <li>
                                <a href=format!("/lang/{}?back={back}", lang.code()) hreflang=lang.code() lang=lang.code() dir=lang.dir()>
                                    {lang.t("lang-continue")}
                                </a>
                            </li>
                        })
                        .collect_view()}
                </ul>
            </section>
        }
    })
}

/// A text staff wrote, isolated from the page's direction. When it is the German original on a
/// page in another language, it is marked as German for screen readers and for the eye.
#[component]
pub fn Written(text: String, #[prop(default = false)] in_german: bool) -> impl IntoView {
    let lang = use_lang();
    let marked = in_german && lang != Lang::De;
    view! {
        <bdi lang=marked.then_some("de")>{text}</bdi>
        {marked.then(|| view! { " " <span class="in-german">{lang.t("content-in-german")}</span> })}
    }
}

#[component]
pub fn When(span: LocalSpan) -> impl IntoView {
    let lang = use_lang();
    if span.same_day() {
        return view! { <time datetime=span.starts.to_rfc3339()>{lang.span(&span)}</time> }.into_any();
    }
    days_apart(lang.date_time(&span.starts), lang.date_time(&span.ends), span.starts.to_rfc3339()).into_any()
}

/// A date over several days, which may break after its dash on a phone ("Fr., 25. Dezember,
/// 16:00–" / "So., 27. Dezember, 14:00") but nowhere else.
pub fn days_apart(starts: String, ends: String, datetime: String) -> impl IntoView {
    view! { <time class="days-apart" datetime=datetime><span>{starts}</span>"–"<span>{ends}</span></time> }
}

/// A language spoken at an offer as lists show it: in its own name and script, which its speakers
/// spot at a glance, with the reader's word for it where that differs: "العربية (Arabisch)".
pub fn spoken_language_label(lang: Lang, code: &str) -> String {
    let own: &str = match code {
        "fr" => "Français",
        "ku" => "Kurdî",
        "ti" => "ትግርኛ",
        _ => Lang::from_code(code).map_or(code, |spoken| spoken.native_name()),
    };
    let key = format!("language-{code}");
    let translated = lang.t(&key);
    if translated == key || lang.code() == code { own.to_owned() } else { format!("{own} ({translated})") }
}

pub fn kind_label(lang: Lang, kind: OfferKind) -> String {
    lang.t(&format!("offer-kind-{}", kind.code()))
}

pub fn category_label(lang: Lang, category: Category) -> String {
    lang.t(&format!("category-{}", category.code()))
}

/// The person behind the request, as the server's session middleware found them.
pub fn use_actor() -> Actor {
    use_context::<Parts>().and_then(|parts| parts.extensions.get::<Actor>().cloned()).unwrap_or(Actor::Anonymous)
}

/// A form's error and typed values from the previous post, shown once: the cookie is cleared.
fn take_flash() -> Option<Flash> {
    let flash = use_context::<Parts>().and_then(|parts| Flash::from_headers(&parts.headers))?;
    let secure = use_context::<AppState>().is_some_and(|state| state.secure_cookies());
    if let Some(response) = use_context::<ResponseOptions>() {
        response.append_header(header::SET_COOKIE, Flash::clear_cookie(secure));
    }
    Some(flash)
}

/// Answers the page being rendered with "303 See Other" to `location`: a browser without
/// JavaScript follows it too (a Location on a 200 is only read by scripts).
pub fn see_other(location: &str) {
    leptos_axum::redirect(location);
    set_status(StatusCode::SEE_OTHER);
}

/// Sends a reader who must sign in first to the sign-in page, which brings them back here.
pub fn redirect_to_sign_in() {
    let here = use_context::<Parts>()
        .and_then(|parts| parts.uri.path_and_query().map(|path| path.as_str().to_owned()))
        .unwrap_or_else(|| "/staff".to_owned());
    see_other(&format!("/staff/login?next={}", percent_encode(&here)));
}

/// A page that explains why there is nothing to show (not found, forbidden), with the status to
/// match and a way on.
#[component]
pub fn NoticePage(
    status: StatusCode,
    title_key: &'static str,
    text_key: &'static str,
    back: (&'static str, &'static str),
) -> impl IntoView {
    set_status(status);
    let lang = use_lang();
    let (href, link_key) = back;
    view! {
        <Title text=lang.t(title_key)/>
        <section class="notice">
            <h1>{lang.t(title_key)}</h1>
            <p>{lang.t(text_key)}</p>
            <p><a href=href>{lang.t(link_key)}</a></p>
        </section>
    }
}

/// The page for an actor who may not see what they asked for.
#[component]
pub fn ForbiddenPage() -> impl IntoView {
    view! {
        <NoticePage status=StatusCode::FORBIDDEN title_key="forbidden-title" text_key="forbidden-text" back=("/staff", "staff-home")/>
    }
}

/// A labelled input with its error next to it; the typed value is kept.
#[component]
pub fn Field(
    #[prop(into)] name: String,
    label: String,
    /// The element id when one page has several forms with this field (default `field-NAME`).
    #[prop(optional, into)]
    id: Option<String>,
    #[prop(default = "text")] kind: &'static str,
    #[prop(optional)] value: String,
    #[prop(optional_no_strip)] error: Option<String>,
    #[prop(optional)] autocomplete: Option<&'static str>,
    #[prop(optional_no_strip)] hint: Option<String>,
    #[prop(default = true)] required: bool,
) -> impl IntoView {
    let ids = FieldIds::new(id.unwrap_or_else(|| format!("field-{name}")), hint.is_some(), error.is_some());
    view! {
        <div class="field">
            <label for=ids.id.clone()>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=ids.hint.clone()>{hint}</p> })}
            <input
                id=ids.id
                name=name
                type=kind
                value=value
                required=required
                autocomplete=autocomplete
                aria-invalid=error.is_some().then_some("true")
                aria-describedby=ids.described_by
            />
            {error.map(|error| view! { <p class="field-error" id=ids.error>{error}</p> })}
        </div>
    }
}

/// A labelled choice of `options` (value, label) with its error next to it.
#[component]
pub fn SelectField(
    #[prop(into)] name: String,
    label: String,
    /// The element id when one page has several forms with this field (default `field-NAME`).
    #[prop(optional, into)]
    id: Option<String>,
    options: Vec<(String, String)>,
    #[prop(optional)] selected: String,
    #[prop(optional_no_strip)] error: Option<String>,
    #[prop(optional_no_strip)] hint: Option<String>,
) -> impl IntoView {
    let ids = FieldIds::new(id.unwrap_or_else(|| format!("field-{name}")), hint.is_some(), error.is_some());
    view! {
        <div class="field">
            <label for=ids.id.clone()>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=ids.hint.clone()>{hint}</p> })}
            <select id=ids.id name=name aria-invalid=error.is_some().then_some("true") aria-describedby=ids.described_by>
                {options
                    .into_iter()
                    .map(|(value, label)| {
                        let is_selected = value == selected;
                        view! { <option value=value selected=is_selected>{label}</option> }
                    })
                    .collect_view()}
            </select>
            {error.map(|error| view! { <p class="field-error" id=ids.error>{error}</p> })}
        </div>
    }
}

/// A labelled text area with its error next to it.
#[component]
pub fn TextArea(
    #[prop(into)] name: String,
    label: String,
    #[prop(optional)] value: String,
    #[prop(optional_no_strip)] error: Option<String>,
    #[prop(optional_no_strip)] hint: Option<String>,
    #[prop(default = 4)] rows: u32,
) -> impl IntoView {
    let ids = FieldIds::new(format!("field-{name}"), hint.is_some(), error.is_some());
    view! {
        <div class="field">
            <label for=ids.id.clone()>{label}</label>
            {hint.map(|hint| view! { <p class="hint" id=ids.hint.clone()>{hint}</p> })}
            <textarea id=ids.id name=name rows=rows aria-invalid=error.is_some().then_some("true") aria-describedby=ids.described_by>{value}</textarea>
            {error.map(|error| view! { <p class="field-error" id=ids.error>{error}</p> })}
        </div>
    }
}

/// The ids that tie a field's label, hint and error together for screen readers.
struct FieldIds {
    id: String,
    hint: String,
    error: String,
    described_by: Option<String>,
}

impl FieldIds {
    fn new(id: String, has_hint: bool, has_error: bool) -> Self {
        let (hint, error) = (format!("{id}-hint"), format!("{id}-error"));
        let described_by = [has_hint.then(|| hint.clone()), has_error.then(|| error.clone())]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ");
        FieldIds { id, hint, error, described_by: (!described_by.is_empty()).then_some(described_by) }
    }
}

/// A wide table that scrolls sideways on a phone; focusable, so keyboards can scroll it too.
#[component]
pub fn ScrollRegion(label: String, children: Children) -> impl IntoView {
    view! {
        <div class="table-scroll" tabindex="0" role="region" aria-label=label>
            {children()}
        </div>
    }
}

/// What a form page shows after a post: the address the person typed and one message.
pub struct FormFeedback {
    pub email: String,
    pub message: Option<String>,
    /// The message confirms (rather than reports a problem).
    pub good: bool,
}

/// The error from the flash or, when the URL carries `?flag`, the confirmation `success_key`.
pub fn form_feedback(success: Option<(&str, &str)>) -> FormFeedback {
    let lang = use_lang();
    match take_flash() {
        Some(flash) => FormFeedback { email: flash.email, message: Some(lang.t(&flash.message)), good: false },
        None => {
            let message = success
                .filter(|(flag, _)| use_query_map().with_untracked(|query| query.get(flag).is_some()))
                .map(|(_, key)| lang.t(key));
            FormFeedback { email: String::new(), good: message.is_some(), message }
        }
    }
}

/// A form's outcome above the form: a problem (announced at once), or with `good` a
/// confirmation in calm colours.
#[component]
pub fn FormAlert(message: Option<String>, #[prop(default = false)] good: bool) -> impl IntoView {
    message.map(|message| {
        if good {
            view! { <p class="form-alert status" role="status">{message}</p> }.into_any()
        } else {
            view! { <p class="form-alert" role="alert">{message}</p> }.into_any()
        }
    })
}

/// Sets the response status of the page being rendered.
pub fn set_status(status: StatusCode) {
    if let Some(response) = use_context::<ResponseOptions>() {
        response.set_status(status);
    }
}

/// What a reader sees when the database failed; the cause goes to the log only.
#[component]
pub fn LoadError(error: sqlx::Error) -> impl IntoView {
    tracing::error!(%error, "page data could not be loaded");
    set_status(StatusCode::INTERNAL_SERVER_ERROR);
    let lang = use_lang();
    view! {
        <section class="notice" role="alert">
            <h1>{lang.t("error-title")}</h1>
            <p>{lang.t("error-text")}</p>
        </section>
    }
}

/// "Add to calendar" (the .ics file at `path`) and "subscribe" (the same feed as webcal://, so
/// that phone calendars keep it up to date).
#[component]
pub fn CalendarLinks(path: String) -> impl IntoView {
    let lang = use_lang();
    // Calendar apps fetch feeds without a language: the link carries the reader's.
    let path = format!("{path}{}lang={}", if path.contains('?') { '&' } else { '?' }, lang.code());
    let public_url = use_context::<AppState>().map(|state| state.public_url).unwrap_or_default();
    let webcal =
        format!("webcal://{}{path}", public_url.split_once("://").map_or(public_url.as_str(), |(_, rest)| rest));
    view! {
        <p class="cluster calendar-links">
            <a href=path.clone() download="">{lang.t("calendar-add")}</a>
            <a href=webcal>{lang.t("calendar-subscribe")}</a>
        </p>
    }
}
