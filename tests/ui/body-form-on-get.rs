use phala_api::{Api, Client, Error, api_endpoint};

#[derive(serde::Serialize)]
pub struct Search {
    pub q: String,
}

trait Kms: Api {
    #[api_endpoint(GET "/api/v1/kms")]
    async fn search(&self, #[body(form)] search: &Search) -> Result<String, Error>;
}

impl Kms for Client {}

fn main() {}
