use phala_api::kms::KmsInfo;
use phala_api::{Api, Client, Error, api_endpoint};

#[phala_api::api(header("X-Phala-Version" = "2026-05-22"))]
trait Kms: Api {
    #[api_endpoint]
    async fn get_kms_info(&self, kms_id: &str) -> Result<KmsInfo, Error>;
}

impl Kms for Client {}

fn main() {}
