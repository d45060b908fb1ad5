use phala_api::Schema;
use serde::Deserialize;

// Documents and Rust spell names differently: `node_address` is `NodeAddress`.
#[derive(Debug, Deserialize, Schema)]
#[schema("node_address", spec = "../openapi/contract-3.1.json")]
pub struct NodeAddress {
    pub host: String,
}

fn main() {}
