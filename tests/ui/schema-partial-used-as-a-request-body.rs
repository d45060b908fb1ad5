use phala_api::{Api, Client, Error, Schema, api_endpoint};
use serde::{Deserialize, Serialize};

// `partial` reads answers: a request body holds every required property (`url` here).
#[derive(Debug, Serialize, Schema)]
#[schema("NodeDraft", spec = "../openapi/contract-3.1.json", partial)]
pub struct NodeDraft {
    pub weight: Option<f64>,
}

#[derive(Debug, Deserialize, Schema)]
#[schema("Node", spec = "../openapi/contract-3.1.json", partial)]
pub struct Node {
    pub id: i64,
}

#[phala_api::api(spec = "../openapi/contract-3.1.json")]
trait Kms: Api {
    #[api_endpoint(POST "/api/v1/kms/<kms_id>/nodes")]
    async fn add(&self, kms_id: &str, #[body] draft: &NodeDraft) -> Result<Node, Error>;
}

impl Kms for Client {}

fn main() {}
