use phala_api::kms::KmsInfo;
use phala_api::{Api, Client, Error, api_endpoint};

// Method mistakes under the trait attribute are reported at the method, all together, and the
// other methods expand as usual.
#[phala_api::api(header("X-Phala-Version" = "2026-05-22"))]
trait Kms: Api {
    #[api_endpoint(GET "/api/v1/kms/<kms_i>", header("X-Phala-Version" = "2026-06-23"), header("x-phala-version" = "x"))]
    async fn get_kms_info(&self, kms_id: &str) -> Result<KmsInfo, Error>;

    #[api_endpoint(GET "/api/v1/kms/<kms_id>/info")]
    async fn inspect(&self, kms_id: &str) -> Result<KmsInfo, Error>;
}

impl Kms for Client {}

fn main() {}
