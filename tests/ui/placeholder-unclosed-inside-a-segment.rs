use phala_api::kms::KmsInfo;
use phala_api::{Api, Client, Error, api_endpoint};

trait Kms: Api {
    #[api_endpoint(GET "/api/v1/kms/id-<kms_id")]
    async fn get_kms_info(&self, kms_id: &str) -> Result<KmsInfo, Error>;
}

impl Kms for Client {}

fn main() {}
