use leptos::prelude::*;
use leptos_meta::Title;

use crate::i18n::use_lang;
use leptos_router::hooks::use_query_map;

use crate::ssr::http::local_target;
use crate::ui::components::{Field, FormAlert, FormFeedback, form_feedback, see_other, use_actor};

#[component]
pub fn LoginPage() -> impl IntoView {
    let lang = use_lang();
    // Where to go after signing in: a path on this site only.
    // Without a page to return to, signing in leads to the staff area, not the public home page.
    let next = use_query_map()
        .with_untracked(|query| query.get("next"))
        .map_or_else(|| "/staff".to_owned(), |next| local_target(Some(&next)));
    if use_actor().is_signed_in_user() {
        see_other(&next);
    }
    let FormFeedback { email, message: error, .. } = form_feedback(None);
    view! {
        <Title text=format!("{} – {}", lang.t("signin-title"), lang.t("site-name"))/>
        <section class="form-page">
            <h1>{lang.t("signin-title")}</h1>
            <p>{lang.t("signin-intro")}</p>
            <FormAlert message=error/>
            <form method="post" action="/staff/login" class="stack">
                <input type="hidden" name="next" value=next/>
                <Field name="email" kind="email" label=lang.t("field-email") value=email autocomplete="username"/>
                <Field name="password" kind="password" label=lang.t("field-password") autocomplete="current-password"/>
                <button type="submit" class="button">{lang.t("signin-submit")}</button>
            </form>
            <p><a href="/staff/password-reset">{lang.t("signin-forgot")}</a></p>
            <p class="aside">{lang.t("signin-young-people")}" "<a href="/me">{lang.t("me-title")}</a></p>
        </section>
    }
}
