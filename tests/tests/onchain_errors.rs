//! The custom answers 465–468 of Phala Cloud's on-chain KMS flow, typed as Phala's SDK decodes
//! them (`{"detail": {message, details: [{field, value}]}}`): a 465 carries the compose hash,
//! app id and device id the next step needs.

use phala_api::kms::{OnChainError, OnChainKmsError};
use phala_api::{Api, Client, Error, api_endpoint};
use phala_api_tests::{Reply, TestServer};

trait Cvms: Api {
    #[api_endpoint(PATCH "/api/v1/cvms/<id>/envs")]
    async fn update_envs(
        &self,
        id: &str,
        #[body] envs: &serde_json::Value,
    ) -> Result<(), Error<OnChainKmsError>>;
}

impl Cvms for Client {}

const PHASE_ONE: &str = r#"{"detail": {
    "message": "Compose hash registration required",
    "error_code": "ERR-05-001",
    "details": [
        {"field": "compose_hash", "value": "0x5e1f"},
        {"field": "app_id", "value": "app_7"},
        {"field": "device_id", "value": "dev_9"},
        {"field": "kms_info", "value": {"chain_id": 8453, "kms_contract_address": "0xk"}}
    ],
    "suggestions": ["register the hash, then retry with X-Transaction-Hash"],
    "links": [{"label": "docs", "url": "https://docs.phala.network"}]
}}"#;

#[tokio::test]
async fn a_465_carries_what_the_next_step_needs() {
    let server =
        TestServer::replying(Reply::json(465, PHASE_ONE).header("x-request-id", "req-465")).await;
    let error = server
        .client()
        .update_envs("cvm_1", &serde_json::json!({"A": "1"}))
        .await
        .unwrap_err();
    let Error::Api {
        error: OnChainKmsError::RegistrationRequired(body),
        request_id,
        attempts,
    } = &error
    else {
        panic!("expected a 465, got {error:?}");
    };
    assert_eq!((request_id.as_deref(), *attempts), (Some("req-465"), 1));
    assert_eq!(body.detail.message, "Compose hash registration required");
    assert_eq!(body.detail.error_code.as_deref(), Some("ERR-05-001"));
    assert_eq!(
        (body.compose_hash(), body.app_id(), body.device_id()),
        (Some("0x5e1f"), Some("app_7"), Some("dev_9"))
    );
    assert_eq!(body.field("kms_info").unwrap()["chain_id"], 8453);
    assert_eq!(body.detail.links[0].url, "https://docs.phala.network");
    assert_eq!(error.status().map(|s| s.as_u16()), Some(465));
}

#[tokio::test]
async fn each_status_of_the_flow_is_its_variant_and_others_stay_generic() {
    for (status, expected) in [
        (466, "HashInvalid"),
        (467, "TransactionFailed"),
        (468, "NotAllowed"),
    ] {
        let body = format!(r#"{{"detail": {{"message": "status {status}"}}}}"#);
        let server = TestServer::replying(Reply::json(status, &body)).await;
        let error = server
            .client()
            .update_envs("cvm_1", &serde_json::json!({}))
            .await
            .unwrap_err();
        let Error::Api { error: variant, .. } = &error else {
            panic!("expected {status} mapped, got {error:?}");
        };
        assert!(format!("{variant:?}").starts_with(expected), "{variant:?}");
        let inner: &OnChainError = match variant {
            OnChainKmsError::RegistrationRequired(e)
            | OnChainKmsError::HashInvalid(e)
            | OnChainKmsError::TransactionFailed(e)
            | OnChainKmsError::NotAllowed(e) => e,
        };
        assert_eq!(inner.detail.message, format!("status {status}"));
        assert!(inner.detail.details.is_empty());
    }
    // A 465 whose body is not the flow's shape is a decode error that keeps the status and
    // an excerpt; a status the enum does not map keeps its generic meaning.
    let server = TestServer::replying(Reply::json(465, r#"{"detail": "plain text"}"#)).await;
    let error = server
        .client()
        .update_envs("cvm_1", &serde_json::json!({}))
        .await
        .unwrap_err();
    assert!(
        matches!(&error, Error::Decode { status, .. } if status.as_u16() == 465),
        "{error:?}"
    );
    assert!(
        error
            .body_excerpt()
            .is_some_and(|e| e.contains("plain text"))
    );
    let server = TestServer::replying(Reply::json(409, r#"{"detail": "busy"}"#)).await;
    let error = server
        .client()
        .update_envs("cvm_1", &serde_json::json!({}))
        .await
        .unwrap_err();
    assert!(
        matches!(&error, Error::Status { status, .. } if status.as_u16() == 409),
        "{error:?}"
    );
}
