use leptos::prelude::*;
use leptos_meta::Title;

use super::{StaffNav, guarded};
use crate::domain::policy::Action;
use crate::domain::schedule::local_instant;
use crate::i18n::use_lang;
use crate::ssr::audit;
use crate::ssr::state::AppState;
use crate::ui::components::{LoadError, ScrollRegion};

const AUDIT_LIMIT: i64 = 200;

#[component]
pub fn AuditPage() -> impl IntoView {
    guarded(
        |_| Action::ViewAuditLog,
        |actor| {
            let lang = use_lang();
            let AppState { db, zone, .. } = expect_context::<AppState>();
            let entries = Suspend::new(async move {
                match audit::latest(&db, AUDIT_LIMIT).await {
                    Ok(entries) => view! {
                        <table class="table">
                            <thead>
                                <tr>
                                    <th scope="col">{lang.t("audit-when")}</th>
                                    <th scope="col">{lang.t("audit-who")}</th>
                                    <th scope="col">{lang.t("audit-what")}</th>
                                </tr>
                            </thead>
                            <tbody>
                                {entries
                                    .into_iter()
                                    .map(|entry| {
                                        let at = local_instant(entry.created_at, zone);
                                        let object = match entry.object_id {
                                            Some(id) => format!("{} #{id}", entry.object_type),
                                            None => entry.object_type,
                                        };
                                        view! {
                                            <tr>
                                                <td>{lang.date_time(&at)}</td>
                                                <td><bdi>{entry.actor.unwrap_or_else(|| "–".to_owned())}</bdi></td>
                                                <td>{entry.action}" · "{object}" "<bdi>{entry.detail}</bdi></td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()}
                            </tbody>
                        </table>
                    }
                    .into_any(),
                    Err(error) => view! { <LoadError error/> }.into_any(),
                }
            });
            view! {
                <Title text=format!("{} – {}", lang.t("staff-audit"), lang.t("site-name"))/>
                <StaffNav actor/>
                <h1>{lang.t("staff-audit")}</h1>
                <ScrollRegion label=lang.t("staff-audit")>{entries}</ScrollRegion>
            }
            .into_any()
        },
    )
}
