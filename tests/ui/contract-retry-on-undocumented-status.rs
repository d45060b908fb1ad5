use phala_api::{Api, Client, Error, api_endpoint};

#[phala_api::api(spec = "../openapi/contract-3.1.json")]
trait Cvms: Api {
    #[api_endpoint(PATCH "/api/v1/cvms/<cvm_id>/docker-compose", retry = true, retry(409))]
    async fn update(&self, cvm_id: &str, #[body(raw = "text/yaml")] compose: &str)
    -> Result<(), Error>;
}

impl Cvms for Client {}

fn main() {}
