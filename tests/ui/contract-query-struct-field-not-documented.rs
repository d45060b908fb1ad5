use phala_api::{Api, Client, Error, Schema, api_endpoint};
use serde::Deserialize;

#[derive(Debug, Deserialize, Schema)]
#[schema("KMSInfo", spec = "../openapi/contract-3.1.json", ignore("slug", "chain_id", "status"))]
pub struct KmsInfo {
    pub id: String,
    pub url: String,
    pub version: String,
}

#[derive(serde::Serialize, phala_api::QueryParams)]
pub struct Paging {
    pub page: Option<u32>,
    pub per_page: Option<u32>,
}

#[derive(Debug, Deserialize, Schema)]
#[schema("KmsList", spec = "../openapi/contract-3.1.json")]
pub struct KmsList {
    pub items: Vec<KmsInfo>,
    pub total: u64,
}

#[phala_api::api(spec = "../openapi/contract-3.1.json")]
trait Kms: Api {
    #[api_endpoint(GET "/api/v1/kms")]
    async fn list(&self, #[query] paging: &Paging) -> Result<KmsList, Error>;
}

impl Kms for Client {}

fn main() {}
