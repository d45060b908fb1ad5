use phala_api::Schema;
use serde::Deserialize;

#[derive(Debug, Deserialize, Schema)]
#[schema("KmsInfo", spec = "../openapi/contract-3.1.json")]
pub struct KmsInfo {
    pub id: String,
}

fn main() {}
