//! `Response<T>` metadata and typed per-status errors (`Error<E>` with `#[derive(ApiError)]`).

use phala_api::kms::KmsInfo;
use phala_api::{
    Api, ApiError, Client, Error, HttpValidationError, LocItem, Response, StatusCode, api_endpoint,
};
use phala_api_tests::{Reply, TestServer};
use serde::Deserialize;

#[derive(Debug, PartialEq, Deserialize)]
struct Detail {
    detail: String,
}

/// The statuses one API documents, declared once and reused by every method.
#[derive(Debug, PartialEq, ApiError)]
enum KmsError {
    #[status(404)]
    NotFound,
    #[status(422)]
    Validation(HttpValidationError),
    #[status(500)]
    Internal { body: Detail },
}

trait Results: Api {
    #[api_endpoint(GET "/api/v1/kms/<kms_id>")]
    async fn with_meta(&self, kms_id: &str) -> Result<Response<KmsInfo>, Error>;

    #[api_endpoint(GET "/api/v1/kms/<kms_id>")]
    async fn maybe_with_meta(&self, kms_id: &str) -> Result<Response<Option<KmsInfo>>, Error>;

    #[api_endpoint(GET "/api/v1/kms/<kms_id>")]
    async fn typed(&self, kms_id: &str) -> Result<KmsInfo, Error<KmsError>>;

    #[api_endpoint(GET "/api/v1/kms/<kms_id>")]
    async fn typed_optional(&self, kms_id: &str) -> Result<Option<KmsInfo>, Error<KmsError>>;
}
impl Results for Client {}

const KMS: &str = r#"{"id":"kms_1","url":"u","version":"1"}"#;

fn kms() -> KmsInfo {
    KmsInfo {
        id: "kms_1".into(),
        url: "u".into(),
        version: "1".into(),
        ..KmsInfo::default()
    }
}

#[tokio::test]
async fn response_keeps_status_headers_and_request_id() {
    let server = TestServer::replying(
        Reply::json(200, KMS)
            .header("x-request-id", "rid-1")
            .header("x-ratelimit-remaining", "41"),
    )
    .await;
    let response = server.client().with_meta("kms_1").await.unwrap();
    assert_eq!(response.value, kms());
    assert_eq!(response.status, StatusCode::OK);
    assert_eq!(response.request_id(), Some("rid-1"));
    assert_eq!(response.headers["x-ratelimit-remaining"], "41");

    let missing = TestServer::replying(Reply::status(404).header("x-request-id", "rid-2")).await;
    let response = missing.client().maybe_with_meta("kms_1").await.unwrap();
    assert_eq!(response.value, None);
    assert_eq!(response.status, StatusCode::NOT_FOUND);
    assert_eq!(response.request_id(), Some("rid-2"));
}

#[tokio::test]
async fn mapped_statuses_arrive_as_api_variants() {
    let not_found = TestServer::replying(Reply::json(404, r#"{"detail":"KMS not found"}"#)).await;
    let error = not_found.client().typed("kms_1").await.unwrap_err();
    assert!(
        matches!(
            error,
            Error::Api {
                error: KmsError::NotFound,
                ..
            }
        ),
        "{error:?}"
    );
    assert_eq!(error.status(), Some(StatusCode::NOT_FOUND));
    assert_eq!(error.to_string(), "the server answered 404: NotFound");

    let body = r#"{"detail":[{"loc":["query","page"],"msg":"too big","type":"less_than_equal"}]}"#;
    let invalid = TestServer::replying(Reply::json(422, body)).await;
    let Error::Api {
        error: KmsError::Validation(validation),
        ..
    } = invalid.client().typed("k").await.unwrap_err()
    else {
        panic!("expected the validation variant");
    };
    assert_eq!(
        validation.detail[0].loc,
        [
            LocItem::Field("query".into()),
            LocItem::Field("page".into())
        ]
    );

    let internal = TestServer::replying(Reply::json(500, r#"{"detail":"boom"}"#)).await;
    let error = internal.client().typed("kms_1").await.unwrap_err();
    assert!(
        matches!(&error, Error::Api { error: KmsError::Internal { body }, .. } if body.detail == "boom"),
        "{error:?}"
    );
}

#[tokio::test]
async fn unmapped_statuses_and_bad_payloads_keep_their_generic_meaning() {
    let unavailable = TestServer::replying(
        Reply::status(503)
            .header("x-request-id", "rid-503")
            .body("try later"),
    )
    .await;
    let error = unavailable.client().typed("kms_1").await.unwrap_err();
    assert!(
        matches!(&error, Error::Status { status, .. } if *status == StatusCode::SERVICE_UNAVAILABLE),
        "{error:?}"
    );
    assert_eq!(error.request_id(), Some("rid-503"));

    let garbled = TestServer::replying(Reply::json(500, "<html>oops</html>")).await;
    let error = garbled.client().typed("kms_1").await.unwrap_err();
    let Error::Decode {
        status, excerpt, ..
    } = &error
    else {
        panic!("expected a decode error, got {error:?}");
    };
    assert_eq!(*status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(excerpt, "<html>oops</html>");
}

#[tokio::test]
async fn option_wins_over_a_mapped_404() {
    let server = TestServer::replying(Reply::status(404)).await;
    assert_eq!(server.client().typed_optional("kms_1").await.unwrap(), None);
    let ok = TestServer::replying(Reply::json(200, KMS)).await;
    assert_eq!(
        ok.client().typed_optional("kms_1").await.unwrap(),
        Some(kms())
    );
}
