use phala_api::{Api, Client, Error, api_endpoint};

trait Cvms: Api {
    #[api_endpoint(PATCH "/cvms/<id>/docker-compose")]
    async fn update(&self, id: &str, #[body(raw = "yaml")] compose: &str) -> Result<(), Error>;
}

impl Cvms for Client {}

fn main() {}
