use phala_api::{Api, Client, Error, Schema, api_endpoint};
use serde::{Deserialize, Serialize};

#[derive(Debug, Serialize, Deserialize, Schema)]
#[schema("KMSInfo", spec = "../openapi/contract-3.1.json", ignore("slug", "chain_id", "status"))]
pub struct KmsInfo {
    pub id: String,
    pub url: String,
    pub version: String,
}

#[derive(Debug, Deserialize, Schema)]
#[schema("Node", spec = "../openapi/contract-3.1.json", partial)]
pub struct Node {
    pub id: i64,
}

#[phala_api::api(spec = "../openapi/contract-3.1.json")]
trait Kms: Api {
    #[api_endpoint(POST "/api/v1/kms/<kms_id>/nodes")]
    async fn add(&self, kms_id: &str, #[body] draft: &KmsInfo) -> Result<Node, Error>;
}

impl Kms for Client {}

fn main() {}
