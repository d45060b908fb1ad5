//! `phala`: a small command-line client of Phala Cloud, built on the `phala-cloud` crate.
//!
//! ```text
//! cargo run --example phala -- cvms list
//! cargo run --example phala -- cvms get <cvm-id>
//! cargo run --example phala -- cvms state <cvm-id> [--follow [--target running]]
//! cargo run --example phala -- cvms create <name> --compose docker-compose.yml
//! cargo run --example phala -- cvms stop <cvm-id>        (or start)
//! cargo run --example phala -- apps list
//! cargo run --example phala -- kms list
//! cargo run --example phala -- kms get <id-or-slug>
//! cargo run --example phala -- webhooks list
//! ```
//!
//! Without `PHALA_CLOUD_API_KEY` it runs against an embedded stand-in of Phala Cloud on
//! 127.0.0.1 (its CVMs live as long as the command), so every command works offline; with it,
//! against the real API (or `PHALA_CLOUD_API_PREFIX`).

use std::process::ExitCode;

use clap::{Parser, Subcommand};
use futures_util::TryStreamExt;
use phala_api::defaults::ENV_API_KEY;
use phala_api::kms::{KmsApi, ListKms};
use phala_api_examples::describe_kms;
use phala_api_tests::cloud_stand_in;
use phala_cloud::{
    App, Client, CreateTappRequest, CvmStateEvent, CvmStates, Cvms, Every,
    ProvisionDstackAppRequestV2, Webhooks,
};

/// A small command-line client of Phala Cloud (offline against a stand-in unless
/// PHALA_CLOUD_API_KEY is set).
#[derive(Parser)]
#[command(name = "phala")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Confidential VMs.
    #[command(subcommand)]
    Cvms(CvmCommand),
    /// Apps.
    #[command(subcommand)]
    Apps(ListOnly),
    /// Key management services.
    #[command(subcommand)]
    Kms(KmsCommand),
    /// The workspace's webhooks.
    #[command(subcommand)]
    Webhooks(ListOnly),
}

#[derive(Subcommand)]
enum CvmCommand {
    /// Every CVM of the workspace.
    List,
    /// One CVM.
    Get { id: String },
    /// A CVM's state, or with --follow its changes until it reaches the target.
    State {
        id: String,
        #[arg(long)]
        follow: bool,
        /// The status --follow waits for.
        #[arg(long, default_value = "running", requires = "follow")]
        target: String,
    },
    /// Provisions and creates a CVM from a docker-compose file.
    Create {
        name: String,
        #[arg(long, value_name = "FILE")]
        compose: std::path::PathBuf,
    },
    /// Stops a CVM.
    Stop { id: String },
    /// Starts a CVM.
    Start { id: String },
}

#[derive(Subcommand)]
enum ListOnly {
    /// Every one of them.
    List,
}

#[derive(Subcommand)]
enum KmsCommand {
    /// The KMS instances.
    List,
    /// One KMS, by id or slug.
    Get { id: String },
}

type Outcome = Result<(), Box<dyn std::error::Error>>;

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let cli = Cli::parse();
    let offline = std::env::var(ENV_API_KEY).map_or(true, |key| key.trim().is_empty());
    // Kept alive until the end: dropping it stops the stand-in.
    let mut stand_in = None;
    let client = if offline {
        let server = cloud_stand_in::start().await;
        eprintln!(
            "({ENV_API_KEY} is not set: using an embedded stand-in at {})",
            server.url()
        );
        let client = Client::builder()
            .base_url(server.url())
            .api_key("demo-key")
            .build();
        stand_in = Some(server);
        client
    } else {
        Client::from_env()
    };
    let client = match client {
        Ok(client) => client,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::from(2);
        }
    };
    let outcome = run(&client, cli.command).await;
    drop(stand_in);
    match outcome {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

async fn run(client: &Client, command: Command) -> Outcome {
    match command {
        Command::Cvms(command) => cvms(client, command).await,
        Command::Apps(ListOnly::List) => {
            let apps: Vec<App> = client.every_app(50).try_collect().await?;
            for app in apps {
                // A workspace may see only an app's id.
                let (id, name, app_id) = match app {
                    App::V20260121SchemasDstackAppFullResponse(app) => {
                        (app.id, app.name, app.app_id)
                    }
                    App::DstackAppMinimalResponse(app) => ("-".into(), "-".into(), app.app_id),
                };
                println!("{id:<16} {name:<20} {app_id}");
            }
            Ok(())
        }
        Command::Kms(KmsCommand::List) => {
            let page = client.list_kms(&ListKms::default()).await?;
            for kms in page.items {
                let slug = kms.slug.as_deref().unwrap_or("-");
                println!(
                    "{:<16} {:<20} {:<10} {}",
                    kms.id, slug, kms.version, kms.url
                );
            }
            Ok(())
        }
        Command::Kms(KmsCommand::Get { id }) => {
            print!("{}", describe_kms(&client.get_kms_info(&id).await?, ""));
            Ok(())
        }
        Command::Webhooks(ListOnly::List) => {
            for hook in client.list_webhooks().await? {
                let state = if hook.enabled { "enabled" } else { "disabled" };
                println!(
                    "{:<12} {:<9} {} {}",
                    hook.id,
                    state,
                    hook.url,
                    hook.events.join(",")
                );
            }
            Ok(())
        }
    }
}

async fn cvms(client: &Client, command: CvmCommand) -> Outcome {
    match command {
        CvmCommand::List => {
            let cvms: Vec<_> = client.every_cvm(50).try_collect().await?;
            for cvm in cvms {
                println!("{:<16} {:<20} {}", cvm.id, cvm.name, cvm.status);
            }
        }
        CvmCommand::Get { id } => {
            let cvm = client.get_cvm_info(&id).await?;
            let or_dash = |value: Option<String>| value.unwrap_or_else(|| "-".to_owned());
            println!("id:       {}", cvm.id);
            println!("name:     {}", cvm.name);
            println!("status:   {}", cvm.status);
            println!("app_id:   {}", or_dash(cvm.app_id));
            let resource = &cvm.resource;
            println!(
                "resource: {} vCPU, {} GB memory, {} GB disk",
                resource.vcpu.map_or("-".to_owned(), |v| v.to_string()),
                resource
                    .memory_in_gb
                    .map_or("-".to_owned(), |v| v.to_string()),
                resource
                    .disk_in_gb
                    .map_or("-".to_owned(), |v| v.to_string()),
            );
        }
        CvmCommand::State {
            id, follow: false, ..
        } => {
            let state = client.get_cvm_state(&id).await?;
            println!("{} {}", state.name, state.status);
        }
        CvmCommand::State {
            id,
            follow: true,
            target,
        } => {
            let mut events = client.watch_cvm_state(&id, &target, None, None).await?;
            while let Some(event) = events.next_event().await {
                match event?.data {
                    CvmStateEvent::State(state) => println!("{} {}", state.name, state.status),
                    CvmStateEvent::Other(data) => println!("{data}"),
                }
            }
        }
        CvmCommand::Create { name, compose } => {
            let compose = std::fs::read_to_string(&compose)
                .map_err(|error| format!("cannot read {}: {error}", compose.display()))?;
            let request: ProvisionDstackAppRequestV2 = serde_json::from_value(serde_json::json!({
                "name": name,
                "compose_file": {
                    "name": name, "docker_compose_file": compose,
                    "manifest_version": 2, "runner": "docker-compose"
                }
            }))?;
            let provisioned = client.provision_cvm(&request).await?;
            let app_id = provisioned
                .app_id
                .ok_or("the provision answered no app id")?;
            let create: CreateTappRequest = serde_json::from_value(serde_json::json!({
                "app_id": app_id, "compose_hash": provisioned.compose_hash
            }))?;
            let vm = client.commit_cvm_provision(&create).await?;
            println!("created {} ({}), {}", vm.name, vm.app_id, vm.status);
        }
        CvmCommand::Stop { id } => {
            let vm = client.stop_cvm(&id).await?;
            println!("{} {}", vm.name, vm.status);
        }
        CvmCommand::Start { id } => {
            let vm = client.start_cvm(&id).await?;
            println!("{} {}", vm.name, vm.status);
        }
    }
    Ok(())
}
