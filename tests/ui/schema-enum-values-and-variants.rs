use phala_api::Schema;
use serde::Deserialize;

#[derive(Debug, Deserialize, Schema)]
#[schema("KmsStatus", spec = "../openapi/contract-3.1.json")]
#[serde(rename_all = "lowercase")]
pub enum KmsStatus {
    Running,
    Paused,
}

fn main() {}
