use phala_api::kms::KmsInfo;
use phala_api::{Api, Client, Error, api_endpoint};

// A trait's mistake stops the build once; its methods, impls and callers report nothing more.
#[phala_api::api(header("X-Phala-Version" = " 2026-05-22"), timeout = "0s")]
trait Kms: Api {
    #[api_endpoint(GET "/api/v1/kms/<kms_id>")]
    async fn get_kms_info(&self, kms_id: &str) -> Result<KmsInfo, Error>;
}

impl Kms for Client {}

async fn caller(client: &Client) -> Result<String, Error> {
    Ok(client.get_kms_info("kms_1").await?.id)
}

fn main() {
    let _ = caller;
}
