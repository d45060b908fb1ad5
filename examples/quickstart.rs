//! Quickstart: call Phala Cloud's KMS endpoint through the ready-made `KmsApi` trait and through
//! a trait of your own.
//!
//! With no configuration it starts an embedded stand-in of the endpoint on 127.0.0.1, so it runs
//! anywhere: `cargo run --example quickstart`. With `PHALA_CLOUD_API_PREFIX` (and
//! `PHALA_CLOUD_API_KEY`) set, it calls that server instead; ids to look up may follow:
//! `cargo run --example quickstart -- kms_… my-slug`.

use std::process::ExitCode;

use phala_api::kms::{KmsApi, KmsInfo};
use phala_api::{Api, Client, Error, ValidationError, api_endpoint};
use phala_api_examples::describe_kms;
use phala_api_tests::stand_in;

/// A trait of your own for the same endpoint: `Option` turns a 404 into `None`.
trait MyKms: Api {
    /// Finds a KMS by id or slug.
    #[api_endpoint(GET "/api/v1/kms/<kms_id>", header("X-Phala-Version" = "2026-05-22"))]
    async fn find_kms(&self, kms_id: &str) -> Result<Option<KmsInfo>, Error>;
}

impl MyKms for Client {}

#[tokio::main(flavor = "current_thread")]
async fn main() -> ExitCode {
    let configured =
        std::env::var_os(phala_api::defaults::ENV_API_PREFIX).is_some_and(|v| !v.is_empty());
    // Kept alive until the end: dropping it stops the stand-in.
    let mut stand_in = None;
    let client = if configured {
        Client::from_env()
    } else {
        let server = stand_in::start().await;
        let client = Client::builder()
            .base_url(server.url())
            .api_key("demo-key")
            .build();
        stand_in = Some(server);
        client
    };
    let client = match client {
        Ok(client) => client,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::from(2);
        }
    };
    let where_ = if stand_in.is_some() {
        "the embedded stand-in"
    } else {
        "the configured API"
    };
    println!(
        "phala-api quickstart against {where_} at {}\n",
        client.base_url()
    );

    let ids: Vec<String> = std::env::args().skip(1).collect();
    let ids = if ids.is_empty() {
        [
            stand_in::KNOWN_ID,
            stand_in::KNOWN_SLUG,
            stand_in::UNKNOWN_ID,
            stand_in::INVALID_ID,
            "",
        ]
        .map(String::from)
        .to_vec()
    } else {
        ids
    };

    println!("Through `KmsApi::get_kms_info` (a 404 is an error):");
    for id in &ids {
        match client.get_kms_info(id).await {
            Ok(kms) => print!("  {id:?}: found\n{}", describe_kms(&kms, "      ")),
            Err(error) => print_error(id, &error),
        }
    }

    println!("\nThrough your own `MyKms::find_kms` (a 404 is `None`):");
    for id in &ids {
        match client.find_kms(id).await {
            Ok(Some(kms)) => println!("  {id:?}: found {} ({})", kms.id, kms.version),
            Ok(None) => println!("  {id:?}: none"),
            Err(error) => print_error(id, &error),
        }
    }
    ExitCode::SUCCESS
}

fn print_error(id: &str, error: &Error) {
    match error {
        Error::NotFound { .. } => println!("  {id:?}: not found (404)"),
        Error::Validation { error: body, .. } => {
            println!("  {id:?}: refused by the server's validation (422):");
            body.detail
                .iter()
                .for_each(|detail: &ValidationError| println!("      {detail}"));
        }
        Error::InvalidArgument { .. } => println!("  {id:?}: {error}"),
        other => println!("  {id:?}: error: {other}"),
    }
}
