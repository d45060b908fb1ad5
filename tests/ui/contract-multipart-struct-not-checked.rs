use phala_api::multipart::Part;
use phala_api::{Api, Client, Error, Multipart, api_endpoint};

#[derive(Multipart)]
pub struct Upload {
    pub file: Part,
}

#[phala_api::api(spec = "../openapi/contract-3.1.json")]
trait Files: Api {
    #[api_endpoint(POST "/api/v1/cvms/<cvm_id>/files")]
    async fn upload(&self, cvm_id: &str, #[body(multipart)] upload: Upload) -> Result<(), Error>;
}

impl Files for Client {}

fn main() {}
