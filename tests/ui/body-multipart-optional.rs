use phala_api::multipart::Form;
use phala_api::{Api, Client, Error, api_endpoint};

trait Files: Api {
    #[api_endpoint(POST "/files")]
    async fn upload(&self, #[body(multipart)] form: Option<Form>) -> Result<(), Error>;
}

impl Files for Client {}

fn main() {}
