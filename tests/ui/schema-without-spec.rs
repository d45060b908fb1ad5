use phala_api::Schema;
use serde::Deserialize;

#[derive(Debug, Deserialize, Schema)]
#[schema("KMSInfo")]
pub struct KmsInfo {
    pub id: String,
}

fn main() {}
