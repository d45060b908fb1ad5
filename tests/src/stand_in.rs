//! A stand-in for Phala Cloud's `GET /api/v1/kms/{kms_id}`, with a few realistic fixtures,
//! answering as the real API does: 200 with `KMSInfo`, 404 with `{"detail": …}`, 422 with an
//! `HTTPValidationError`.

use crate::percent_decode;
use crate::server::{Recorded, Reply, TestServer};

/// The KMS the stand-in knows, by id.
pub const KNOWN_ID: &str = "kms_0123abcd";
/// The same KMS, by slug.
pub const KNOWN_SLUG: &str = "phala-prod9";
/// A well-formed id the stand-in does not know: 404.
pub const UNKNOWN_ID: &str = "kms_ffffffff";
/// Too short for the API's validation: 422.
pub const INVALID_ID: &str = "k";

const KNOWN_BODY: &str = r#"{
  "id": "kms_0123abcd",
  "slug": "phala-prod9",
  "url": "https://kms.phala-prod9.phala.network",
  "version": "v0.5.3",
  "chain_id": 8453,
  "kms_contract_address": "0x2f83172A49584C017F2B256F0FB2Dca14126Ba9C",
  "gateway_app_id": "0x39F2f3373CEcFf2a6Bb9Bd8Af0D4F1F5e2B4B2F3",
  "created_at": "2025-03-14T09:26:53Z"
}"#;

/// Starts the stand-in on 127.0.0.1.
pub async fn start() -> TestServer {
    TestServer::start(answer).await
}

/// The stand-in's answer to one request.
pub fn answer(request: &Recorded) -> Reply {
    let Some(id) = request.target.strip_prefix("/api/v1/kms/") else {
        return Reply::json(404, r#"{"detail":"Not Found"}"#);
    };
    let id = percent_decode(id);
    if request.method != "GET" {
        return Reply::json(405, r#"{"detail":"Method Not Allowed"}"#);
    }
    if id.chars().count() < 3 {
        let body = serde_json::json!({"detail": [{
            "type": "string_too_short",
            "loc": ["path", "kms_id"],
            "msg": "String should have at least 3 characters",
            "input": id,
            "ctx": {"min_length": 3},
        }]});
        return Reply::json(422, &body.to_string()).header("x-request-id", "req-422-stand-in");
    }
    if id == KNOWN_ID || id == KNOWN_SLUG {
        Reply::json(200, KNOWN_BODY).header("x-request-id", "req-200-stand-in")
    } else {
        Reply::json(404, r#"{"detail":"KMS not found"}"#).header("x-request-id", "req-404-stand-in")
    }
}
