use phala_api::kms::KmsInfo;
use phala_api::{Api, Client, Error, api_endpoint};

trait Kms: Api {
    #[api_endpoint(GET "/api/v1/kms", timeout = "5 seconds")]
    async fn list(&self) -> Result<KmsInfo, Error>;
}

impl Kms for Client {}

fn main() {}
