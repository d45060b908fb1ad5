//! Bindings checked against an OpenAPI document at compile time, both dialects: the same trait
//! and types against a 3.1 document (`type: [..., "null"]`, `anyOf` with `null`) and a 3.0 one
//! (`nullable: true`). That this file compiles is the check passing; the calls below show the
//! checked bindings work as any others do. Each mismatch kind has its case in `tests/ui/`.

use phala_api::{Api, Error, HttpValidationError, QueryParams, Schema, api_endpoint};
use phala_api_tests::{Reply, TestServer};
use serde::{Deserialize, Serialize};

/// The same bindings, written once, checked against each document.
macro_rules! bindings {
    ($module:ident, $spec:literal) => {
        mod $module {
            // Both modules bind the same API; the calls below use one of them.
            #![allow(dead_code, unreachable_pub)]
            use super::*;

            #[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Schema)]
            #[schema("KMSInfo", spec = $spec)]
            pub struct KmsInfo {
                pub id: String,
                #[serde(default)]
                pub slug: Option<String>,
                pub url: String,
                pub version: String,
                #[serde(default)]
                pub chain_id: Option<i64>,
                #[serde(default)]
                pub status: Option<KmsStatus>,
            }

            #[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, Schema)]
            #[schema("KmsStatus", spec = $spec)]
            #[serde(rename_all = "lowercase")]
            pub enum KmsStatus {
                Running,
                Stopped,
            }

            #[derive(Debug, Clone, PartialEq, Deserialize, Schema)]
            #[schema("KmsList", spec = $spec)]
            pub struct KmsList {
                pub items: Vec<KmsInfo>,
                pub total: u64, // `minimum: 0`: unsigned is faithful
            }

            #[derive(Debug, Serialize, Schema)]
            #[schema("NodeDraft", spec = $spec)]
            pub struct NodeDraft {
                pub url: String,
                #[serde(default, skip_serializing_if = "Option::is_none")]
                pub weight: Option<f64>,
            }

            /// `Node` is `allOf` this and its own properties: a flattened field holds them.
            #[derive(Debug, Deserialize, Schema)]
            #[schema("NodeAddress", spec = $spec)]
            pub struct NodeAddress {
                pub url: String,
                #[serde(default)]
                pub port: Option<u16>, // 1 to 65535
            }

            #[derive(Debug, Deserialize, Schema)]
            #[schema("Node", spec = $spec, ignore("kms"))]
            pub struct Node {
                pub id: i64,
                #[serde(flatten)]
                pub address: NodeAddress,
            }

            #[derive(Debug, Default, Serialize, QueryParams)]
            pub struct Paging {
                pub page: Option<u32>,
                #[serde(rename = "page_size")]
                pub size: Option<u32>,
            }

            #[derive(Debug, phala_api::ApiError)]
            pub enum CreateError {
                #[status(409)]
                Exists,
            }

            #[phala_api::api(spec = $spec)]
            pub trait Kms: Api {
                #[api_endpoint(GET "/api/v1/kms")]
                async fn list(
                    &self,
                    #[query] paging: &Paging,
                    #[query] is_onchain: Option<bool>,
                ) -> Result<KmsList, Error>;

                #[api_endpoint(GET "/api/v1/kms/search")]
                async fn search(&self, #[query] q: &str) -> Result<Vec<KmsInfo>, Error>;

                #[api_endpoint(GET "/api/v1/kms/<kms_id>")]
                async fn find(&self, kms_id: &str) -> Result<Option<KmsInfo>, Error>;

                #[api_endpoint(DELETE "/api/v1/kms/<kms_id>")]
                async fn delete(&self, kms_id: &str) -> Result<(), Error>;

                /// No JSON answer documented: `()`.
                #[api_endpoint(POST "/api/v1/kms/<kms_id>/restart")]
                async fn restart(&self, kms_id: &str) -> Result<(), Error>;

                /// An untyped `{}` answer accepts any type.
                #[api_endpoint(GET "/api/v1/kms/<kms_id>/info")]
                async fn info(&self, kms_id: &str) -> Result<serde_json::Value, Error>;

                #[api_endpoint(POST "/api/v1/kms/<kms_id>/nodes")]
                async fn add_node(
                    &self,
                    kms_id: &str,
                    #[body] draft: &NodeDraft,
                ) -> Result<Node, Error<CreateError>>;

                /// `4XX` documents a 404 too.
                #[api_endpoint(GET "/api/v1/nodes/<node_id>")]
                async fn node(&self, node_id: i64) -> Result<Option<Node>, Error>;
            }

            impl Kms for phala_api::Client {}
        }
    };
}

bindings!(v31, "openapi/contract-3.1.json");
bindings!(v30, "openapi/contract-3.0.json");

const KMS: &str = r#"{"id":"kms_1","slug":null,"url":"https://kms","version":"v1","chain_id":-3,"status":"running"}"#;

#[tokio::test]
async fn checked_bindings_send_and_decode_as_usual() {
    use v31::Kms;
    let server = TestServer::start(|request| match request.target.as_str() {
        "/api/v1/kms?page=2&is_onchain=true" => {
            Reply::json(200, &format!(r#"{{"items":[{KMS}],"total":1}}"#))
        }
        "/api/v1/kms/search?q=prod" => Reply::json(200, &format!("[{KMS}]")),
        "/api/v1/kms/kms_1" => Reply::json(200, KMS),
        "/api/v1/kms/kms_1/nodes" => Reply::json(409, "{}"),
        "/api/v1/nodes/7" => Reply::json(
            200,
            &format!(r#"{{"id":7,"url":"https://n","port":8000,"kms":{KMS}}}"#),
        ),
        _ => Reply::status(404),
    })
    .await;
    let client = server.client();
    let paging = v31::Paging {
        page: Some(2),
        size: None,
    };
    let list = client.list(&paging, Some(true)).await.unwrap();
    assert_eq!((list.total, list.items[0].chain_id), (1, Some(-3)));
    assert_eq!(
        client.search("prod").await.unwrap()[0].status,
        Some(v31::KmsStatus::Running)
    );
    assert_eq!(client.find("kms_1").await.unwrap().unwrap().id, "kms_1");
    assert_eq!(client.find("kms_2").await.unwrap(), None);
    let draft = v31::NodeDraft {
        url: "https://node".into(),
        weight: None,
    };
    let error = client.add_node("kms_1", &draft).await.unwrap_err();
    assert!(
        matches!(
            error,
            Error::Api {
                error: v31::CreateError::Exists,
                ..
            }
        ),
        "{error:?}"
    );
    let node = client.node(7).await.unwrap().unwrap();
    assert_eq!(
        (node.id, node.address.url.as_str(), node.address.port),
        (7, "https://n", Some(8000))
    );
    assert!(
        client.node(8).await.unwrap().is_none(),
        "`4XX` documents the 404"
    );
    let bodies: Vec<String> = server
        .requests()
        .iter()
        .filter(|r| r.method == "POST")
        .map(|r| String::from_utf8_lossy(&r.body).into_owned())
        .collect();
    assert_eq!(bodies, [r#"{"url":"https://node"}"#]);
}

#[test]
fn the_derives_expose_what_the_checks_compare() {
    assert_eq!(<v30::KmsInfo as Schema>::NAME, "KMSInfo");
    assert_eq!(
        <v30::KmsInfo as Schema>::PROPERTIES,
        ["chain_id", "id", "slug", "status", "url", "version"]
    );
    assert_eq!(<v31::Paging as QueryParams>::NAMES, ["page", "page_size"]);
    // `allOf` parts are merged.
    assert_eq!(
        <v31::Node as Schema>::PROPERTIES,
        ["id", "kms", "port", "url"]
    );
    assert_eq!(<v31::CreateError as phala_api::ApiError>::STATUSES, [409]);
    assert_eq!(<HttpValidationError as Schema>::NAME, "HTTPValidationError");
}
