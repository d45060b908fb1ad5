use phala_api::Schema;
use serde::Deserialize;

#[derive(Debug, Deserialize, Schema)]
#[schema("deletion", spec = "../openapi/soundness-3.0.json", partial)]
pub struct Deletion {
    pub message: String,
}

// A newtype under `simple-user` holds a `simple-user` type, not a `deletion` one.
#[derive(Debug, Deserialize, Schema)]
#[serde(transparent)]
#[schema("simple-user", spec = "../openapi/soundness-3.0.json")]
pub struct Owner(pub Deletion);

fn main() {}
