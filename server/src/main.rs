use std::process::ExitCode;

use clap::Parser;
use server::config::Config;
use server::startup::Application;

#[tokio::main]
async fn main() -> ExitCode {
    let config = Config::parse();
    server::telemetry::init(config.log_json);
    let result = async {
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
