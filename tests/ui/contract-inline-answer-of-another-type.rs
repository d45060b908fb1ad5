use phala_api::{Api, Client, Error, Schema, api_endpoint};
use serde::Deserialize;

#[derive(Debug, Deserialize, Schema)]
#[schema("label", spec = "../openapi/soundness-3.0.json")]
pub struct Label {
    pub name: String,
    pub color: String,
}

// `GET /user` answers an inline object, which a type names by its pointer.
#[phala_api::api(spec = "../openapi/soundness-3.0.json")]
trait Users: Api {
    #[api_endpoint(GET "/user")]
    async fn me(&self) -> Result<Label, Error>;
}

impl Users for Client {}

fn main() {}
