use phala_api::{Api, Client, Error, api_endpoint};

#[phala_api::api(retry = "no")]
trait Kms: Api {
    #[api_endpoint(GET "/api/v1/kms")]
    async fn list(&self) -> Result<(), Error>;
}

impl Kms for Client {}

fn main() {}
