use phala_api::Schema;
use serde::Deserialize;

#[derive(Debug, Deserialize, Schema)]
#[schema("Node", spec = "../openapi/contract-3.1.json", ignore("kms", "port"))]
pub struct Node {
    pub id: i32,
    pub url: String,
}

fn main() {}
