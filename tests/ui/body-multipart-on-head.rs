use phala_api::multipart::Form;
use phala_api::{Api, Client, Error, api_endpoint};

trait Uploads: Api {
    #[api_endpoint(HEAD "/api/v1/uploads/<id>")]
    async fn head(&self, id: &str, #[body(multipart)] form: Form) -> Result<(), Error>;
}

impl Uploads for Client {}

fn main() {}
