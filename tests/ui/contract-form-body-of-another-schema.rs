use phala_api::{Api, Client, Error, Schema, api_endpoint};
use serde::Serialize;

#[derive(Debug, Serialize, Schema)]
#[schema("deletion", spec = "../openapi/soundness-3.0.json")]
pub struct Deletion {
    pub message: String,
    pub sha: String,
    pub branch: Option<String>,
}

// The form's schema is inline: a type of another schema is not it.
#[phala_api::api(spec = "../openapi/soundness-3.0.json")]
trait OAuth: Api {
    #[api_endpoint(POST "/login/oauth/access_token")]
    async fn token(&self, #[body(form)] request: &Deletion) -> Result<serde_json::Value, Error>;
}

impl OAuth for Client {}

fn main() {}
