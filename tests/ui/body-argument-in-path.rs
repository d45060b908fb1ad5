use phala_api::kms::KmsInfo;
use phala_api::{Api, Client, Error, api_endpoint};

trait Kms: Api {
    #[api_endpoint(POST "/api/v1/kms/<kms_id>")]
    async fn create(&self, #[body] kms_id: &str) -> Result<KmsInfo, Error>;
}

impl Kms for Client {}

fn main() {}
