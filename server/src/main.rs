use std::process::ExitCode;

use clap::Parser;
use server::config::{AdminCommand, Command, Config};
use server::startup::Application;

#[tokio::main]
async fn main() -> ExitCode {
    let config = Config::parse();
    server::telemetry::init(config.log_json);
    let result = async {
        if let Some(Command::Admin { action: AdminCommand::Create { email, name } }) = &config.command {
            let db = app::ssr::db::Db::connect(&config.database_url, 1).await?;
            db.migrate().await?;
            let key = app::ssr::links::LinkKey::load_or_create(&db, &config.key_file).await?;
            let link = server::admin::create_admin(&db, (email, name), &config.public_url(config.addr), &key).await?;
            println!("Admin {email} created. Set the password within 7 days at:\n{link}");
            return Ok(());
        }
        match &config.command {
            Some(Command::Backup { file }) => {
                let db = app::ssr::db::Db::connect(&config.database_url, 1).await?;
                server::backup::backup(&db, file).await?;
                println!("Backup written to {}", file.display());
                return Ok(());
            }
            Some(Command::Restore { check: true, file }) => {
                let checked = server::backup::check(file, chrono::Utc::now().timestamp()).await?;
                println!(
                    "{} reads back: {} offers, {} participants, {} registrations after the retention rules removed {:?}",
                    file.display(),
                    checked.offers,
                    checked.participants,
                    checked.registrations,
                    checked.removed
                );
                return Ok(());
            }
            Some(Command::Restore { check: false, file }) => anyhow::bail!(
                "restoring is copying the file into place while the server is stopped (see the README); \
                 prove it first with: server restore --check {}",
                file.display()
            ),
            _ => {}
        }
        let app = Application::build(config).await?;
        println!("Treffpunkt is running at http://{}", app.local_addr());
        app.run_until_stopped().await
    };
    match result.await {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            // One sentence an operator can act on, not a backtrace.
            eprintln!("treffpunkt: {error:#}");
            ExitCode::FAILURE
        }
    }
}
