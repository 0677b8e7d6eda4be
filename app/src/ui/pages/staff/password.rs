use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_params_map;

use crate::i18n::use_lang;
use crate::ssr::auth::MIN_PASSWORD_CHARS;
use crate::ui::components::{Field, FormAlert, FormFeedback, form_feedback};

/// Asks for the address to send a reset link to. The answer is the same whether or not an
/// account exists, so the page tells nobody who has one.
#[component]
pub fn PasswordResetPage() -> impl IntoView {
    let lang = use_lang();
    let FormFeedback { email, message: alert, good } = form_feedback(Some(("sent", "reset-sent")));
    view! {
        <Title text=format!("{} – {}", lang.t("reset-title"), lang.t("site-name"))/>
        <section class="form-page">
            <h1>{lang.t("reset-title")}</h1>
            <p>{lang.t("reset-intro")}</p>
            <FormAlert message=alert good/>
            <form method="post" action="/staff/password-reset" class="stack">
                <Field name="email" kind="email" label=lang.t("field-email") value=email autocomplete="username"/>
                <button type="submit" class="button">{lang.t("reset-submit")}</button>
            </form>
        </section>
    }
}

/// Sets a password from a reset or invitation link.
#[component]
pub fn SetPasswordPage() -> impl IntoView {
    let lang = use_lang();
    let token = use_params_map().with_untracked(|params| params.get("token").unwrap_or_default());
    let FormFeedback { message: alert, .. } = form_feedback(None);
    let hint = lang.t_with("password-hint", &[("count", MIN_PASSWORD_CHARS.into())]);
    view! {
        <Title text=format!("{} – {}", lang.t("set-password-title"), lang.t("site-name"))/>
        <section class="form-page">
            <h1>{lang.t("set-password-title")}</h1>
            <FormAlert message=alert/>
            <form method="post" action=format!("/staff/set-password/{token}") class="stack">
                <Field name="password" kind="password" label=lang.t("field-new-password") autocomplete="new-password" hint=Some(hint)/>
                <Field name="confirm" kind="password" label=lang.t("field-confirm-password") autocomplete="new-password"/>
                <button type="submit" class="button">{lang.t("set-password-submit")}</button>
            </form>
        </section>
    }
}
