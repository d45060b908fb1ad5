use phala_api::Schema;
use serde::Deserialize;

#[derive(Debug, Deserialize, Schema)]
#[schema("NodeDraft", spec = "../openapi/contract-3.1.json")]
pub struct NodeDraft {
    pub url: String,
    #[serde(default)]
    pub weight: Option<i64>,
}

fn main() {}
