use phala_api::kms::KmsInfo;
use phala_api::{Api, Client, Error, api_endpoint};

trait Kms: Api {
    #[api_endpoint(POST "/api/v1/kms")]
    async fn create(&self, #[body] kms: &Draft) -> Result<KmsInfo, Error>;
}

impl Kms for Client {}

pub struct Draft;

fn main() {}
