use phala_api::Schema;
use serde::Deserialize;

#[derive(Debug, Deserialize, Schema)]
#[schema("KMSInfo", spec = "../openapi/contract-3.1.json", ignore("slug", "chain_id", "status"))]
#[serde(rename_all = "camelCase")]
pub struct KmsInfo {
    pub id: String,
    pub url: String,
    #[serde(rename = "version")]
    pub software_version: String,
    pub kms_url: Option<String>,
}

fn main() {}
