use phala_api::kms::KmsInfo;
use phala_api::{Api, Client, Error, api_endpoint};

// The derive's mistake is reported once; `Error<KmsError>` does not also report that
// `KmsError` lacks `ApiError` at every use.
#[derive(Debug, phala_api::ApiError)]
pub enum KmsError {
    #[status(404)]
    NotFound,
    Unmapped,
}

trait Kms: Api {
    #[api_endpoint(GET "/api/v1/kms/<kms_id>")]
    async fn get_kms_info(&self, kms_id: &str) -> Result<KmsInfo, Error<KmsError>>;
}

impl Kms for Client {}

fn main() {}
