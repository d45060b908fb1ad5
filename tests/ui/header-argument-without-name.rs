use phala_api::kms::KmsInfo;
use phala_api::{Api, Client, Error, api_endpoint};

trait Kms: Api {
    #[api_endpoint(GET "/api/v1/kms")]
    async fn list(&self, #[header] trace: &str) -> Result<KmsInfo, Error>;
}

impl Kms for Client {}

fn main() {}
