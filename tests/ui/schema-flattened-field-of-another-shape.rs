use phala_api::Schema;
use serde::Deserialize;

#[derive(Debug, Deserialize, Schema)]
#[schema("NodeDraft", spec = "../openapi/contract-3.1.json")]
pub struct NodeDraft {
    pub url: String,
    #[serde(default)]
    pub weight: Option<f64>,
}

// `NodeDraft` documents `weight`, which `Node` does not; and nothing holds `port`.
#[derive(Debug, Deserialize, Schema)]
#[schema("Node", spec = "../openapi/contract-3.1.json", ignore("kms"))]
pub struct Node {
    pub id: i64,
    #[serde(flatten)]
    pub draft: NodeDraft,
}

fn main() {}
