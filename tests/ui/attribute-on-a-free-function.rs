use phala_api::kms::KmsInfo;
use phala_api::{Error, api_endpoint};

#[api_endpoint(GET "/api/v1/kms/<kms_id>")]
pub async fn get_kms_info(kms_id: &str) -> Result<KmsInfo, Error> {
    unimplemented!("{kms_id}")
}

fn main() {}
