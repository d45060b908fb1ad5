use phala_api::{Api, Client, Error, EventStream, Schema, api_endpoint};
use serde::Deserialize;

#[derive(Debug, Deserialize, Schema)]
#[schema("KMSInfo", spec = "../openapi/contract-3.1.json", partial)]
pub struct KmsInfo {
    pub id: String,
}

#[phala_api::api(spec = "../openapi/contract-3.1.json")]
trait Kms: Api {
    #[api_endpoint(GET "/api/v1/kms/<kms_id>")]
    async fn watch(&self, kms_id: &str) -> Result<EventStream<KmsInfo>, Error>;
}

impl Kms for Client {}

fn main() {}
