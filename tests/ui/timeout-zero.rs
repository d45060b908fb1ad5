use phala_api::kms::KmsInfo;
use phala_api::{Api, Client, Error, api_endpoint};

trait Kms: Api {
    #[api_endpoint(GET "/api/v1/kms", timeout = "0ms")]
    async fn list(&self) -> Result<KmsInfo, Error>;
}

impl Kms for Client {}

fn main() {}
