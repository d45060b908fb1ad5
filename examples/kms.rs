//! `kms`: a small command-line client of Phala Cloud's KMS API.
//!
//! ```text
//! export PHALA_CLOUD_API_KEY=…            # from the Phala Cloud dashboard
//! cargo run --example kms -- get <id-or-slug>
//! ```
//!
//! `PHALA_CLOUD_API_PREFIX` points it at another server (e.g. `https://host/api/v1`).

use std::process::ExitCode;

use phala_api::kms::KmsApi;
use phala_api::{Client, ENV_API_KEY};

const USAGE: &str = "usage: kms get <kms-id-or-slug>";

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let id = match args.as_slice() {
        [command, id] if command == "get" => id,
        _ => {
            eprintln!("{USAGE}");
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
    match client.get_kms_info(id).await {
        Ok(kms) => {
            println!("id:                   {}", kms.id);
            println!(
                "slug:                 {}",
                kms.slug.as_deref().unwrap_or("-")
            );
            println!("url:                  {}", kms.url);
            println!("version:              {}", kms.version);
            let chain = kms.chain_id.map_or("-".to_owned(), |id| id.to_string());
            println!("chain_id:             {chain}");
            let contract = kms.kms_contract_address.as_deref().unwrap_or("-");
            println!("kms_contract_address: {contract}");
            println!(
                "gateway_app_id:       {}",
                kms.gateway_app_id.as_deref().unwrap_or("-")
            );
            ExitCode::SUCCESS
        }
        Err(error) => {
            eprintln!("error: {error}");
            ExitCode::FAILURE
        }
    }
}
