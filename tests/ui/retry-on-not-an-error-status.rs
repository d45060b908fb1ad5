use phala_api::{Api, Client, Error, api_endpoint};

#[phala_api::api(retry(409, 200, 409))]
trait Cvms: Api {
    #[api_endpoint(PUT "/cvms/<id>/start")]
    async fn start(&self, id: &str) -> Result<(), Error>;
}

impl Cvms for Client {}

fn main() {}
