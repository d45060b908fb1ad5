use phala_api::Schema;
use serde::Deserialize;

// A partial type owes no `ignore(…)` list, but the fields it has are still checked.
#[derive(Debug, Deserialize, Schema)]
#[schema("KMSInfo", spec = "../openapi/contract-3.1.json", partial)]
pub struct KmsInfo {
    pub id: String,
    pub verison: String,
}

fn main() {}
