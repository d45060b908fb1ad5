//! The three result shapes (`T`, `Option<T>`, `()`) and the `impl Future` form of a method.

use std::future::Future;

use phala_api::kms::KmsInfo;
use phala_api::{Api, Client, Error, api_endpoint};
use phala_api_tests::{Reply, TestServer};

trait Shapes: Api {
    #[api_endpoint(GET "/api/v1/kms/<kms_id>")]
    async fn find(&self, kms_id: &str) -> Result<Option<KmsInfo>, Error>;

    #[api_endpoint(DELETE "/things/<id>")]
    async fn delete(&self, id: u32) -> Result<(), Error>;

    #[api_endpoint(HEAD "/things/<id>")]
    fn exists(&self, id: u32) -> impl Future<Output = Result<(), Error>> + Send;
}
impl Shapes for Client {}

const KMS: &str = r#"{"id":"kms_1","url":"u","version":"1"}"#;

#[tokio::test]
async fn option_turns_404_into_none_and_keeps_other_errors() {
    let found = TestServer::replying(Reply::json(200, KMS)).await;
    assert_eq!(
        found.client().find("kms_1").await.unwrap().unwrap().id,
        "kms_1"
    );

    let missing = TestServer::replying(Reply::json(404, r#"{"detail":"KMS not found"}"#)).await;
    assert_eq!(missing.client().find("kms_1").await.unwrap(), None);

    let broken = TestServer::replying(Reply::status(500)).await;
    let error = broken.client().find("kms_1").await.unwrap_err();
    assert_eq!(
        error.status(),
        Some(phala_api::StatusCode::INTERNAL_SERVER_ERROR)
    );
}

#[tokio::test]
async fn unit_accepts_empty_or_json_bodies_only() {
    for (status, body) in [
        (204, ""),
        (200, "  \n"),
        (200, "{}"),
        (200, r#"{"deleted":true}"#),
    ] {
        let server = TestServer::replying(Reply::status(status).body(body)).await;
        server.client().delete(7).await.unwrap();
        assert_eq!(
            server.only_request().request_line(),
            "DELETE /things/7 HTTP/1.1"
        );
    }
    let server = TestServer::replying(Reply::status(200).body("deleted")).await;
    let error = server.client().delete(7).await.unwrap_err();
    assert!(matches!(error, Error::Decode { .. }), "{error:?}");
}

#[tokio::test]
async fn impl_future_form_sends_like_async_fn() {
    let server = TestServer::replying(Reply::status(200)).await;
    server.client().exists(3).await.unwrap();
    assert_eq!(
        server.only_request().request_line(),
        "HEAD /things/3 HTTP/1.1"
    );
}
