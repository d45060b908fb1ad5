use phala_api::kms::KmsInfo;
use phala_api::{Api, Client, Error, api_endpoint};

trait Kms: Api {
    #[api_endpoint(POST "/api/v1/kms")]
    async fn create(&self, #[body(xml)] kms: &KmsInfo) -> Result<KmsInfo, Error>;
}

impl Kms for Client {}

fn main() {}
