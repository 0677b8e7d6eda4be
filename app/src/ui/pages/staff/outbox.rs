//! Messages the mail server would not take, with the reason and a button to try again (admins).

use leptos::prelude::*;
use leptos_meta::Title;
use leptos_router::hooks::use_query_map;

use super::{StaffNav, guarded};
use crate::domain::policy::Action;
use crate::domain::schedule::local_instant;
use crate::i18n::use_lang;
use crate::ssr::outbox;
use crate::ssr::state::AppState;
use crate::ui::components::{FormAlert, LoadError, ScrollRegion};

const SHOWN: i64 = 200;

#[component]
pub fn OutboxPage() -> impl IntoView {
    guarded(
        |_| Action::ManageMail,
        |actor| {
            let lang = use_lang();
            let AppState { db, zone, .. } = expect_context::<AppState>();
            let retried = use_query_map().with_untracked(|query| query.get("retried").is_some());
            let list = Suspend::new(async move {
                match outbox::failed(&db, SHOWN).await {
                    Ok(failed) if failed.is_empty() => view! { <p>{lang.t("outbox-none-failed")}</p> }.into_any(),
                    Ok(failed) => view! {
                        <ScrollRegion label=lang.t("outbox-title")>
                            <table>
                                <thead>
                                    <tr>
                                        <th scope="col">{lang.t("audit-when")}</th>
                                        <th scope="col">{lang.t("field-email")}</th>
                                        <th scope="col">{lang.t("participants-message-subject")}</th>
                                        <th scope="col">{lang.t("outbox-error")}</th>
                                        <th scope="col">{lang.t("participants-actions")}</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {failed.into_iter().map(|message| {
                                        let when = local_instant(message.created_at, zone);
                                        view! {
                                            <tr>
                                                <td>{lang.date_time(&when)}</td>
                                                <td dir="ltr">{message.recipient}</td>
                                                <td><bdi>{message.subject}</bdi></td>
                                                <td>{lang.t_with("outbox-attempts", &[("count", message.attempts.into())])}<br/><bdi>{message.last_error.unwrap_or_default()}</bdi></td>
                                                <td>
                                                    <form method="post" action=format!("/staff/outbox/{}/retry", message.id) class="inline-form">
                                                        <button type="submit" class="link-button">{lang.t("outbox-retry")}</button>
                                                    </form>
                                                </td>
                                            </tr>
                                        }
                                    }).collect_view()}
                                </tbody>
                            </table>
                        </ScrollRegion>
                    }
                    .into_any(),
                    Err(error) => view! { <LoadError error/> }.into_any(),
                }
            });
            view! {
                <Title text=format!("{} – {}", lang.t("outbox-title"), lang.t("site-name"))/>
                <StaffNav actor/>
                <h1>{lang.t("outbox-title")}</h1>
                <FormAlert message=retried.then(|| lang.t("outbox-retried"))/>
                <p>{lang.t("outbox-intro")}</p>
                {list}
            }
            .into_any()
        },
    )
}
