//! For admins and the data protection officer: what the next retention run would delete, and the
//! record of processing activities (Art. 30 GDPR) read from the registry in the code.

use chrono::Datelike;
use leptos::prelude::*;
use leptos_meta::Title;

use super::{StaffNav, guarded};
use crate::domain::policy::Action;
use crate::i18n::use_lang;
use crate::ssr::privacy::{PERSONAL, holds, retention};
use crate::ssr::state::AppState;
use crate::ui::components::{LoadError, ScrollRegion};

#[component]
pub fn PrivacyAdminPage() -> impl IntoView {
    guarded(
        |_| Action::ViewAuditLog,
        |actor| {
            let lang = use_lang();
            let db = expect_context::<AppState>().db;
            let preview = Suspend::new(async move {
                match retention::preview(&db, chrono::Utc::now().timestamp()).await {
                    Ok(report) => {
                        let counts = [
                            ("privacy-count-registrations", report.registrations),
                            ("privacy-count-participants", report.participants),
                            ("privacy-count-messages", report.messages),
                            ("privacy-count-expired", report.expired),
                            ("privacy-count-audit", report.audit_entries),
                            ("privacy-count-feeds", report.feeds),
                        ];
                        view! {
                            <dl class="facts">
                                {counts.into_iter().map(|(key, count)| view! { <dt>{lang.t(key)}</dt><dd>{count}</dd> }).collect_view()}
                            </dl>
                        }
                        .into_any()
                    }
                    Err(error) => view! { <LoadError error/> }.into_any(),
                }
            });
            let db = expect_context::<AppState>().db;
            let held = Suspend::new(async move {
                let now = chrono::Utc::now().timestamp();
                let active = async { holds::active(&mut *db.pool().acquire().await?, None, now).await };
                match active.await {
                    Ok(active) if active.is_empty() => view! { <p>{lang.t("privacy-admin-no-holds")}</p> }.into_any(),
                    Ok(active) => view! {
                        <ul>
                            {active.into_iter().map(|hold| view! {
                                <li>
                                    <a href=format!("/staff/offers/{}/participants#hold", hold.offer_id)><bdi>{hold.title}</bdi></a>": "
                                    {lang.t_with("hold-active", &[
                                        ("date", lang.isolate(&hold.until_day).into()),
                                        ("reason", lang.isolate(&hold.reason).into()),
                                    ])}
                                </li>
                            }).collect_view()}
                        </ul>
                    }
                    .into_any(),
                    Err(error) => view! { <LoadError error/> }.into_any(),
                }
            });
            let this_year = chrono::Utc::now().year();
            let heading = lang.t("privacy-admin-record");
            view! {
                <Title text=format!("{} – {}", lang.t("privacy-admin-title"), lang.t("site-name"))/>
                <StaffNav actor/>
                <h1>{lang.t("privacy-admin-title")}</h1>
                <p>{lang.t("privacy-admin-next-run")}</p>
                {preview}
                <h2>{lang.t("privacy-admin-holds")}</h2>
                {held}
                <h2>{lang.t("privacy-admin-figures")}</h2>
                <p>{lang.t("privacy-admin-figures-hint")}</p>
                <ul class="cluster">
                    {[this_year, this_year - 1, this_year - 2].map(|year| view! {
                        <li><a href=format!("/staff/privacy/figures.csv?year={year}") download="">{lang.t_with("privacy-admin-figures-year", &[("year", year.to_string().into())])}</a></li>
                    }).collect_view()}
                </ul>
                <h2>{heading.clone()}</h2>
                <p>{lang.t("privacy-admin-record-hint")}" "<a href="/staff/privacy/record.csv" download="">{lang.t("privacy-admin-record-csv")}</a></p>
                <ScrollRegion label=heading>
                    <table>
                        <thead>
                            <tr>
                                <th scope="col">{lang.t("privacy-col-data")}</th>
                                <th scope="col">{lang.t("privacy-col-purpose")}</th>
                                <th scope="col">{lang.t("privacy-col-basis")}</th>
                                <th scope="col">{lang.t("privacy-col-keep")}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {PERSONAL.iter().map(|p| view! {
                                <tr lang="en">
                                    <td>{p.what}<br/><code>{format!("{}.{}", p.table, p.column)}</code></td>
                                    <td>{p.purpose}</td>
                                    <td>{p.basis.describe()}</td>
                                    <td>{p.keep.describe()}</td>
                                </tr>
                            }).collect_view()}
                        </tbody>
                    </table>
                </ScrollRegion>
            }
            .into_any()
        },
    )
}
