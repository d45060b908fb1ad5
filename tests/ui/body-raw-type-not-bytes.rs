use phala_api::{Api, Client, Error, api_endpoint};

trait Cvms: Api {
    #[api_endpoint(PATCH "/cvms/<id>/vcpu")]
    async fn set_vcpu(&self, id: &str, #[body(raw = "text/plain")] vcpu: u32) -> Result<(), Error>;
}

impl Cvms for Client {}

fn main() {}
