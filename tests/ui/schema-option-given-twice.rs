use phala_api::Schema;
use serde::Deserialize;

#[derive(Debug, Deserialize, Schema)]
#[schema("Node", spec = "../openapi/contract-3.1.json", partial, partial)]
pub struct Node {
    pub id: String,
}

fn main() {}
