use phala_api::{Api, Client, Error, api_endpoint};

trait Uploads: Api {
    #[api_endpoint(POST "/api/v1/uploads")]
    async fn upload(&self, #[body(multipart)] file: Vec<u8>) -> Result<(), Error>;
}

impl Uploads for Client {}

fn main() {}
