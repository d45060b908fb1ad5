use phala_api::multipart::Part;
use phala_api::{Api, Client, Error, Multipart, api_endpoint};

// Named like the untyped `multipart::Form`, but a struct of known parts: checked like any.
#[derive(Multipart)]
pub struct Form {
    pub file: Part,
}

#[phala_api::api(spec = "../openapi/contract-3.1.json")]
trait Files: Api {
    #[api_endpoint(POST "/api/v1/cvms/<cvm_id>/files")]
    async fn upload(&self, cvm_id: &str, #[body(multipart)] upload: Form) -> Result<(), Error>;
}

impl Files for Client {}

fn main() {}
