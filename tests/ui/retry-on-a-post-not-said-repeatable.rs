use phala_api::{Api, Client, Error, api_endpoint};

trait Cvms: Api {
    #[api_endpoint(POST "/cvms/<id>/restart", retry(409))]
    async fn restart(&self, id: &str) -> Result<(), Error>;
}

impl Cvms for Client {}

fn main() {}
