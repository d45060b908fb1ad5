use phala_api::{Api, Client, Error, Schema, api_endpoint};
use serde::Deserialize;

#[derive(Debug, Deserialize, Schema)]
#[schema("label", spec = "../openapi/soundness-3.0.json")]
pub struct Label {
    pub name: String,
    pub color: String,
}

// The items are `oneOf: [string, label]`: a `Label` alone fails on a plain name.
#[phala_api::api(spec = "../openapi/soundness-3.0.json")]
trait Repos: Api {
    #[api_endpoint(GET "/repos/<owner>/<repo>/labels")]
    async fn labels(&self, owner: &str, repo: &str) -> Result<Vec<Label>, Error>;
}

impl Repos for Client {}

fn main() {}
