use phala_api::{Api, Client, Error, api_endpoint};

// Under a document a `GET` may carry a body where its operation documents one; `GET /user`
// documents none.
#[phala_api::api(spec = "../openapi/soundness-3.0.json")]
trait Users: Api {
    #[api_endpoint(GET "/user")]
    async fn me(&self, #[body] filter: &serde_json::Value) -> Result<serde_json::Value, Error>;
}

impl Users for Client {}

fn main() {}
