use phala_api::Schema;
use serde::Deserialize;

#[derive(Debug, Deserialize, Schema)]
#[schema("KMSInfo", spec = "../openapi/contract-3.1.json", ignore("slug", "chain_id", "status"))]
pub struct KmsInfo {
    pub id: Option<String>,
    pub url: String,
    pub version: String,
}

fn main() {}
