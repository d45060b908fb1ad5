use phala_api::{Api, Client, Error, Schema, api_endpoint};
use serde::Deserialize;

#[derive(Debug, Deserialize, Schema)]
#[schema("KMSInfo", spec = "../openapi/contract-3.1.json", ignore("slug", "chain_id", "status"))]
pub struct KmsInfo {
    pub id: String,
    pub url: String,
    pub version: String,
}

#[derive(Debug, phala_api::ApiError)]
pub enum GetError {
    #[status(404)]
    NotFound,
    #[status(409)]
    Conflict,
}

#[phala_api::api(spec = "../openapi/contract-3.1.json")]
trait Kms: Api {
    #[api_endpoint(GET "/api/v1/kms/<kms_id>")]
    async fn get(&self, kms_id: &str) -> Result<KmsInfo, Error<GetError>>;
}

impl Kms for Client {}

fn main() {}
