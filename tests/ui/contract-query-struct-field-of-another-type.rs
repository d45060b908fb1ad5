use phala_api::{Api, Client, Error, Schema, api_endpoint};
use serde::Deserialize;

#[derive(Debug, Deserialize, Schema)]
#[schema("KmsList", spec = "../openapi/contract-3.1.json", partial)]
pub struct KmsList {
    pub total: u64,
}

// `page` is an integer parameter: a `bool` field sends `true`.
#[derive(serde::Serialize, phala_api::QueryParams)]
pub struct Paging {
    pub page: Option<bool>,
    pub page_size: Option<u32>,
}

#[phala_api::api(spec = "../openapi/contract-3.1.json")]
trait Kms: Api {
    #[api_endpoint(GET "/api/v1/kms")]
    async fn list(&self, #[query] paging: &Paging) -> Result<KmsList, Error>;
}

impl Kms for Client {}

fn main() {}
