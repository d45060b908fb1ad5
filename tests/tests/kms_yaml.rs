//! A YAML document is read as its JSON original is: the KMS operations, bound as
//! `phala_api::kms::KmsApi` binds them, checked against the YAML rendition of the runtime's
//! trimmed copy of Phala Cloud's document. That this file compiles is the check passing (the
//! file is named `.yaml`, and the reader tells YAML from JSON by content, not by name); the
//! call below shows the bound trait works as any other.

use phala_api::kms::{
    AppEnvEncryptPubkey, AppKmsInfoResponse, KmsInfo, KmsInspectResponse, KmsListResponse, ListKms,
    NextAppIds, OnChainKmsResponse, PubkeyError,
};
use phala_api::{Api, Error, api_endpoint};
use phala_api_tests::{Reply, TestServer};

#[phala_api::api(
    spec = "openapi/phala-cloud-kms.yaml",
    header("X-Phala-Version" = "2026-05-22")
)]
trait KmsFromYaml: Api {
    #[api_endpoint(GET "/api/v1/kms")]
    async fn list_kms(&self, #[query] params: &ListKms) -> Result<KmsListResponse, Error>;

    #[api_endpoint(GET "/api/v1/kms/<kms_id>")]
    async fn get_kms_info(&self, kms_id: &str) -> Result<Option<KmsInfo>, Error>;

    #[api_endpoint(GET "/api/v1/kms/<kms_id>/pubkey/<app_id>")]
    async fn get_app_env_encrypt_pubkey(
        &self,
        kms_id: &str,
        app_id: &str,
    ) -> Result<AppEnvEncryptPubkey, Error<PubkeyError>>;

    #[api_endpoint(GET "/api/v1/kms/phala/next_app_id")]
    async fn get_next_app_ids(&self, #[query] counts: Option<u32>) -> Result<NextAppIds, Error>;

    #[api_endpoint(GET "/api/v1/kms/<kms_id>/info")]
    async fn inspect_kms(&self, kms_id: &str) -> Result<KmsInspectResponse, Error>;

    #[api_endpoint(GET "/api/v1/kms/on-chain/<chain>")]
    async fn get_onchain_kms(&self, chain: &str) -> Result<OnChainKmsResponse, Error>;

    #[api_endpoint(GET "/api/v1/apps/<app_id>/kms-info")]
    async fn get_app_kms_info(&self, app_id: &str) -> Result<AppKmsInfoResponse, Error>;
}

impl KmsFromYaml for phala_api::Client {}

#[tokio::test]
async fn a_binding_checked_against_yaml_calls_as_any_other() {
    let server = TestServer::replying(Reply::json(404, r#"{"detail":"not found"}"#)).await;
    let client = server.client();
    assert_eq!(client.get_kms_info("kms_missing").await.unwrap(), None);
    let request = server.only_request();
    assert_eq!(
        request.request_line(),
        "GET /api/v1/kms/kms_missing HTTP/1.1"
    );
    assert_eq!(request.header("x-phala-version"), Some("2026-05-22"));
}
