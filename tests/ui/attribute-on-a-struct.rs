use phala_api::api_endpoint;

#[api_endpoint(GET "/api/v1/kms/<kms_id>")]
pub struct Kms;

fn main() {}
