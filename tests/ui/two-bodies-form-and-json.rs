use phala_api::{Api, Client, Error, api_endpoint};

#[derive(serde::Serialize)]
pub struct Draft {
    pub name: String,
}

trait Items: Api {
    #[api_endpoint(POST "/items")]
    async fn create(&self, #[body] draft: &Draft, #[body(form)] extra: &Draft) -> Result<(), Error>;
}

impl Items for Client {}

fn main() {}
