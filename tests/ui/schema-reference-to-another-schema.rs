use phala_api::Schema;
use serde::Deserialize;

#[derive(Debug, Deserialize, Schema)]
#[schema("NodeDraft", spec = "../openapi/contract-3.1.json")]
pub struct NodeDraft {
    pub url: String,
    #[serde(default)]
    pub weight: Option<f64>,
}

#[derive(Debug, Deserialize, Schema)]
#[schema("Node", spec = "../openapi/contract-3.1.json", ignore("port"))]
pub struct Node {
    pub id: i64,
    pub url: String,
    pub kms: NodeDraft,
}

fn main() {}
