use phala_api::{Api, Client, Error, Schema, api_endpoint};
use serde::Deserialize;

#[derive(Debug, Deserialize, Schema)]
#[schema("KMSInfo", spec = "../openapi/contract-3.1.json", ignore("slug", "chain_id", "status"))]
pub struct KmsInfo {
    pub id: String,
    pub url: String,
    pub version: String,
}

#[derive(serde::Serialize)]
pub struct Patch {
    pub url: String,
}

#[phala_api::api(spec = "../openapi/contract-3.1.json")]
trait Kms: Api {
    #[api_endpoint(POST "/api/v1/kms/<kms_id>/restart")]
    async fn restart(&self, kms_id: &str, #[body] patch: &Patch) -> Result<(), Error>;
}

impl Kms for Client {}

fn main() {}
