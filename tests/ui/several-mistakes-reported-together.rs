use phala_api::kms::KmsInfo;
use phala_api::{Api, Client, Error, api_endpoint};

trait Kms: Api {
    #[api_endpoint(get "/api/v1/kms/<kms_i>", header("X-API-Key" = "k"))]
    async fn get_kms_info(&mut self, kms_id: &str, verbose: bool) -> Result<KmsInfo, Error>;
}

impl Kms for Client {}

fn main() {}
