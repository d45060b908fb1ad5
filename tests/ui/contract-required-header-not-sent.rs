use phala_api::{Api, Client, Error, api_endpoint};

// `X-GitHub-Api-Version` is a required header parameter: neither an argument nor a fixed
// header sends it.
#[phala_api::api(spec = "../openapi/soundness-3.0.json")]
trait Repos: Api {
    #[api_endpoint(GET "/repos/<owner>/<repo>/issues")]
    async fn issues(&self, owner: &str, repo: &str) -> Result<Vec<serde_json::Value>, Error>;
}

impl Repos for Client {}

fn main() {}
