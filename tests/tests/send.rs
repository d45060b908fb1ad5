//! The futures of endpoint methods are `Send`: a generic caller can `tokio::spawn` them.

use std::sync::Arc;

use phala_api::kms::{KmsApi, KmsInfo};
use phala_api::{Api, Error, api_endpoint};
use phala_api_tests::{Reply, TestServer};

trait Kms: Api {
    #[api_endpoint(GET "/api/v1/kms/<kms_id>")]
    async fn get_kms_info(&self, kms_id: &str) -> Result<KmsInfo, Error>;
}
impl Kms for phala_api::Client {}

/// Compiles only if the future of a generic `T: Kms` is `Send + 'static` once it owns its inputs.
fn spawn_it<T: Kms + Send + Sync + 'static>(
    t: Arc<T>,
) -> tokio::task::JoinHandle<Result<KmsInfo, Error>> {
    tokio::spawn(async move { t.get_kms_info("kms_1").await })
}

/// The same for the runtime's own trait.
fn spawn_runtime<T: KmsApi + Send + Sync + 'static>(
    t: Arc<T>,
) -> tokio::task::JoinHandle<Result<KmsInfo, Error>> {
    tokio::spawn(async move { t.get_kms_info("kms_1").await })
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn spawned_calls_run_on_the_runtime() {
    let server = TestServer::replying(Reply::json(
        200,
        r#"{"id":"kms_1","url":"u","version":"1"}"#,
    ))
    .await;
    let client = Arc::new(server.client());
    let user = spawn_it(Arc::clone(&client)).await.unwrap().unwrap();
    let runtime = spawn_runtime(client).await.unwrap().unwrap();
    assert_eq!(user, runtime);
    assert_eq!(server.requests().len(), 2);
}
