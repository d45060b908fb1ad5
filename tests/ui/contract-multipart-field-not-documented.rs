use phala_api::multipart::Part;
use phala_api::{Api, Client, Error, Multipart, Schema, api_endpoint};

#[derive(Multipart, Schema)]
#[schema("#/paths/~1api~1v1~1cvms~1{cvm_id}~1files/post/requestBody/content/multipart~1form-data/schema", spec = "../openapi/contract-3.1.json")]
pub struct Upload {
    pub fiel: Part,
    pub description: Option<String>,
    pub tags: Option<Vec<String>>,
}

#[phala_api::api(spec = "../openapi/contract-3.1.json")]
trait Files: Api {
    #[api_endpoint(POST "/api/v1/cvms/<cvm_id>/files")]
    async fn upload(&self, cvm_id: &str, #[body(multipart)] upload: Upload) -> Result<(), Error>;
}

impl Files for Client {}

fn main() {}
