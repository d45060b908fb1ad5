//! `kms`: a small command-line client of Phala Cloud's KMS API.
//!
//! ```text
//! export PHALA_CLOUD_API_KEY=…            # from the Phala Cloud dashboard
//! cargo run --example kms -- get <id-or-slug>
//! cargo run --example kms -- list [--page N] [--page-size N] [--onchain | --offchain]
//! cargo run --example kms -- inspect <id-or-slug>
//! cargo run --example kms -- contracts [--page N] [--page-size N] [--onchain | --offchain]
//! cargo run --example kms -- contract <slug>
//! cargo run --example kms -- nodes <slug>
//! ```
//!
//! `get`, `list` and `inspect` use `KmsApi` (X-Phala-Version 2026-05-22, a KMS is an instance);
//! `contracts`, `contract` and `nodes` use `KmsContractApi` (2026-06-23, a KMS is a contract
//! served by nodes).
//!
//! `PHALA_CLOUD_API_PREFIX` points it at another server (e.g. `https://host/api/v1`).

use std::process::ExitCode;

use phala_api::Client;
use phala_api::defaults::ENV_API_KEY;
use phala_api::kms::contracts::{KmsContractApi, ListKmsContracts};
use phala_api::kms::{KmsApi, KmsInspectResponse, ListKms};
use phala_api_examples::describe_kms;

const USAGE: &str = "usage: kms get <id-or-slug>
       kms list [--page N] [--page-size N] [--onchain | --offchain]
       kms inspect <id-or-slug>
       kms contracts [--page N] [--page-size N] [--onchain | --offchain]
       kms contract <slug>
       kms nodes <slug>";

enum Command {
    Get(String),
    List(ListKms),
    Inspect(String),
    Contracts(ListKmsContracts),
    Contract(String),
    Nodes(String),
}

/// `--page N`, `--page-size N`, `--onchain`, `--offchain`: `(page, page_size, is_onchain)`.
type Paging = (Option<u32>, Option<u32>, Option<bool>);

fn paging(options: &[String]) -> Result<Paging, String> {
    let mut paging: Paging = (None, None, None);
    let mut options = options.iter();
    while let Some(option) = options.next() {
        let mut number = |name: &str| -> Result<u32, String> {
            let value = options.next().ok_or(format!("{name} needs a number"))?;
            value
                .parse()
                .map_err(|_| format!("{name}: {value:?} is not a number"))
        };
        match option.as_str() {
            "--page" => paging.0 = Some(number("--page")?),
            "--page-size" => paging.1 = Some(number("--page-size")?),
            "--onchain" => paging.2 = Some(true),
            "--offchain" => paging.2 = Some(false),
            other => return Err(format!("unknown option {other:?}")),
        }
    }
    Ok(paging)
}

fn parse(args: &[String]) -> Result<Command, String> {
    match args {
        [command, id] if command == "get" => Ok(Command::Get(id.clone())),
        [command, id] if command == "inspect" => Ok(Command::Inspect(id.clone())),
        [command, slug] if command == "contract" => Ok(Command::Contract(slug.clone())),
        [command, slug] if command == "nodes" => Ok(Command::Nodes(slug.clone())),
        [command, options @ ..] if command == "list" => {
            let (page, page_size, is_onchain) = paging(options)?;
            Ok(Command::List(ListKms {
                page,
                page_size,
                is_onchain,
            }))
        }
        [command, options @ ..] if command == "contracts" => {
            let (page, page_size, is_onchain) = paging(options)?;
            Ok(Command::Contracts(ListKmsContracts {
                page,
                page_size,
                is_onchain,
            }))
        }
        _ => Err("expected a command".to_owned()),
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let command = match parse(&args) {
        Ok(command) => command,
        Err(problem) => {
            eprintln!("error: {problem}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    if std::env::var(ENV_API_KEY).map_or(true, |key| key.trim().is_empty()) {
        eprintln!(
            "error: {ENV_API_KEY} is not set: create an API key in the Phala Cloud dashboard \
             and run `export {ENV_API_KEY}=…`"
        );
        return ExitCode::from(2);
    }
    let client = match Client::from_env() {
        Ok(client) => client,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::from(2);
        }
    };
    let result = match command {
        Command::Get(id) => client
            .get_kms_info(&id)
            .await
            .map(|kms| print!("{}", describe_kms(&kms, ""))),
        Command::Inspect(id) => client
            .inspect_kms(&id)
            .await
            .map(|report| print_inspect(&report)),
        Command::List(list) => client.list_kms(&list).await.map(|page| {
            print_page(page.page, page.pages, page.total, "KMS");
            for kms in &page.items {
                let slug = kms.slug.as_deref().unwrap_or("-");
                println!(
                    "  {:<16} {:<20} {:<10} {}",
                    kms.id, slug, kms.version, kms.url
                );
            }
        }),
        Command::Contracts(list) => client.list_kms_contracts(&list).await.map(|page| {
            print_page(page.page, page.pages, page.total, "contracts");
            for contract in &page.items {
                let slug = contract.slug.as_deref().unwrap_or("-");
                println!(
                    "  {:<14} {:<12} chain {:<6} {} node(s)  {}",
                    contract.id,
                    slug,
                    contract.chain_id,
                    contract.node_count,
                    contract.contract_address
                );
            }
        }),
        Command::Contract(slug) => client.get_kms_contract(&slug).await.map(|contract| {
            let or_dash = |value: &Option<String>| value.clone().unwrap_or_else(|| "-".into());
            println!("id:               {}", contract.id);
            println!("slug:             {}", or_dash(&contract.slug));
            println!("label:            {}", or_dash(&contract.label));
            let place = if contract.is_off_chain() {
                " (off-chain)"
            } else {
                ""
            };
            println!("contract_address: {}{place}", contract.contract_address);
            println!("chain_id:         {}", contract.chain_id);
            println!("k256_pubkey:      {}", or_dash(&contract.k256_pubkey));
            println!("ca_pubkey:        {}", or_dash(&contract.ca_pubkey));
            println!("node_count:       {}", contract.node_count);
        }),
        Command::Nodes(slug) => client.list_kms_contract_nodes(&slug).await.map(|nodes| {
            println!("{} node(s)", nodes.total);
            for node in &nodes.items {
                println!(
                    "  {:<16} {:<10} {:<8} {}",
                    node.id, node.version, node.kms_type, node.url
                );
            }
        }),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}

/// `page 1 of 3 (42 KMS in all)`.
fn print_page(page: i64, pages: i64, total: i64, what: &str) {
    println!("page {page} of {pages} ({total} {what} in all)");
}

fn print_inspect(report: &KmsInspectResponse) {
    println!(
        "id:         {} ({})",
        report.id,
        report.slug.as_deref().unwrap_or("-")
    );
    println!("endpoint:   {}", report.endpoint);
    println!(
        "type:       {} (database version {})",
        report.kms_type, report.db_version
    );
    match (&report.rpc, &report.rpc_error) {
        (Some(rpc), _) => println!(
            "rpc:        {}{}, version synced: {}",
            rpc.version,
            if rpc.is_dev { " (dev)" } else { "" },
            rpc.version_synced
        ),
        (None, Some(error)) => println!("rpc:        unreachable: {error}"),
        (None, None) => println!("rpc:        -"),
    }
    if let Some(agent) = &report.guest_agent {
        println!("device:     {}", agent.device_id);
    }
    for pod in &report.teepods {
        let version = pod.teepod_version_real.as_deref().unwrap_or("?");
        println!(
            "teepod:     #{} {} ({version}, {} images)",
            pod.id,
            pod.name,
            pod.available_os_images.len()
        );
    }
    if let Some(chain) = &report.on_chain {
        let check = |value: Option<bool>| value.map_or("?", |ok| if ok { "yes" } else { "NO" });
        println!(
            "on chain:   keys match: {}, gateway matches: {}",
            check(chain.verification.k256_pubkey_match),
            check(chain.verification.gateway_app_id_match)
        );
    }
}
