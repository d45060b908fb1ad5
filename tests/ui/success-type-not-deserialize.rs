use phala_api::{Api, Client, Error, api_endpoint};

trait Kms: Api {
    #[api_endpoint(GET "/api/v1/kms/<kms_id>")]
    async fn get_kms_info(&self, kms_id: &str) -> Result<NotJson, Error>;
}

impl Kms for Client {}

pub struct NotJson;

fn main() {}
