use phala_api::kms::KmsInfo;
use phala_api::{Api, Client, Error, api_endpoint};

// Bare `spec` names the crate's default document, `PHALA_API_SPEC`, which this crate lacks.
#[phala_api::api(spec)]
trait Kms: Api {
    #[api_endpoint(GET "/api/v1/kms/<kms_id>")]
    async fn get(&self, kms_id: &str) -> Result<KmsInfo, Error>;
}

impl Kms for Client {}

fn main() {}
