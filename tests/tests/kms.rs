//! `KmsApi::get_kms_info` against a real HTTP server on 127.0.0.1: the exact request sent and
//! the exact typed result for every kind of answer.

use phala_api::kms::{KMS_API_VERSION, KmsApi, KmsInfo};
use phala_api::{Error, LocItem, StatusCode, ValidationError};
use phala_api_tests::{Reply, TEST_API_KEY, TestServer};

const FULL: &str = r#"{"id":"kms_0123abcd","slug":"phala-prod9","url":"https://kms.example",
"version":"v0.5.3-dev+1","chain_id":8453,"kms_contract_address":"0xabc","gateway_app_id":"0xdef",
"k256_pubkey":"02c1","created_at":"2025-03-14T09:26:53Z","new_field":{"nested":[1,2]}}"#;

fn full() -> KmsInfo {
    KmsInfo {
        id: "kms_0123abcd".into(),
        slug: Some("phala-prod9".into()),
        url: "https://kms.example".into(),
        version: "v0.5.3-dev+1".into(),
        chain_id: Some(8453),
        kms_contract_address: Some("0xabc".into()),
        gateway_app_id: Some("0xdef".into()),
        k256_pubkey: Some("02c1".into()),
    }
}

fn minimal() -> KmsInfo {
    KmsInfo {
        id: "kms_1".into(),
        url: "u".into(),
        version: "1".into(),
        ..KmsInfo::default()
    }
}

#[tokio::test]
async fn sends_the_exact_request_and_decodes_every_field() {
    let server = TestServer::replying(Reply::json(200, FULL)).await;
    let kms = server.client().get_kms_info("kms_0123abcd").await.unwrap();
    assert_eq!(kms, full());

    let request = server.only_request();
    assert_eq!(
        request.request_line(),
        "GET /api/v1/kms/kms_0123abcd HTTP/1.1"
    );
    assert_eq!(request.header_values("x-api-key"), [TEST_API_KEY]);
    assert_eq!(request.header("x-phala-version"), Some(KMS_API_VERSION));
    assert_eq!(request.header("accept"), Some("application/json"));
    let user_agent = format!("phala-api/{}", env!("CARGO_PKG_VERSION"));
    assert_eq!(request.header("user-agent"), Some(user_agent.as_str()));
    assert!(request.body.is_empty());
    assert_eq!(request.header("content-length"), None);
}

#[tokio::test]
async fn nullable_fields_absent_null_or_present() {
    let cases = [
        (r#"{"id":"kms_1","url":"u","version":"1"}"#, minimal()),
        (
            r#"{"id":"kms_1","url":"u","version":"1","slug":null,"chain_id":null,
               "kms_contract_address":null,"gateway_app_id":null}"#,
            minimal(),
        ),
        (
            r#"{"id":"kms_1","url":"u","version":"1","slug":"s","chain_id":1}"#,
            KmsInfo {
                slug: Some("s".into()),
                chain_id: Some(1),
                ..minimal()
            },
        ),
    ];
    for (body, expected) in cases {
        let server = TestServer::replying(Reply::json(200, body)).await;
        assert_eq!(
            server.client().get_kms_info("kms_1").await.unwrap(),
            expected,
            "{body}"
        );
    }
}

#[tokio::test]
async fn not_found_whatever_the_body() {
    for body in [
        "",
        r#"{"detail":"KMS not found"}"#,
        "<html><body>Not Found</body></html>",
    ] {
        let server = TestServer::replying(
            Reply::status(404)
                .header("x-request-id", "rid-404")
                .body(body),
        )
        .await;
        let error = server.client().get_kms_info("kms_x").await.unwrap_err();
        assert!(error.is_not_found(), "{body:?}: {error:?}");
        assert_eq!(error.status(), Some(StatusCode::NOT_FOUND));
        assert_eq!(error.request_id(), Some("rid-404"));
        assert_eq!(error.body_excerpt(), Some(body));
        let display = error.to_string();
        let expected = match body {
            "" => "not found (404) (request id rid-404)".to_owned(),
            _ => format!("not found (404) (request id rid-404): {body:?}"),
        };
        assert_eq!(display, expected);
        assert_eq!(server.requests().len(), 1);
    }
}

#[tokio::test]
async fn validation_error_keeps_every_loc_item() {
    let body = r#"{"detail":[
        {"type":"string_too_short","loc":["path","kms_id"],"msg":"too short","input":"k",
         "ctx":{"min_length":3}},
        {"type":"int_parsing","loc":["body","items",0,"count"],"msg":"not an int"}]}"#;
    let server =
        TestServer::replying(Reply::json(422, body).header("x-request-id", "rid-422")).await;
    let error = server.client().get_kms_info("k").await.unwrap_err();
    let Error::Validation {
        request_id,
        error: validation,
        ..
    } = &error
    else {
        panic!("expected a validation error, got {error:?}");
    };
    assert_eq!(request_id.as_deref(), Some("rid-422"));
    let field = |s: &str| LocItem::Field(s.to_owned());
    assert_eq!(
        validation.detail,
        [
            ValidationError {
                loc: vec![field("path"), field("kms_id")],
                msg: "too short".into(),
                kind: "string_too_short".into(),
            },
            ValidationError {
                loc: vec![
                    field("body"),
                    field("items"),
                    LocItem::Index(0),
                    field("count")
                ],
                msg: "not an int".into(),
                kind: "int_parsing".into(),
            },
        ]
    );
    assert_eq!(error.status(), Some(StatusCode::UNPROCESSABLE_ENTITY));
    assert_eq!(
        error.to_string(),
        "the server refused the request (422) (request id rid-422): path.kms_id: too short; \
         body.items.0.count: not an int"
    );
}

#[tokio::test]
async fn other_status_keeps_status_request_id_and_excerpt() {
    let body = format!("upstream exploded: {}", "x".repeat(2000));
    let server = TestServer::replying(
        Reply::status(500)
            .header("x-request-id", "rid-500")
            .body(body.clone()),
    )
    .await;
    let error = server.client().get_kms_info("kms_1").await.unwrap_err();
    let Error::Status {
        status,
        attempts,
        request_id,
        excerpt,
    } = &error
    else {
        panic!("expected a status error, got {error:?}");
    };
    assert_eq!(*status, StatusCode::INTERNAL_SERVER_ERROR);
    assert_eq!(*attempts, 1, "500 is not retried");
    assert_eq!(request_id.as_deref(), Some("rid-500"));
    assert_eq!(
        excerpt.len(),
        phala_api::limits::MAX_EXCERPT_BYTES + '…'.len_utf8()
    );
    assert!(body.starts_with(excerpt.trim_end_matches('…')));
    let display = error.to_string();
    assert!(display.starts_with("the server answered 500 Internal Server Error (request id rid-500): \"upstream exploded: xxx"));
    assert!(!display.contains('\n'));
}

#[tokio::test]
async fn invalid_json_on_success_is_a_decode_error() {
    let cases = [
        (
            r#"{"id":"kms_1","url":"u""#,
            "EOF while parsing an object at line 1 column 23",
        ),
        (
            r#"{"id":"kms_1","url":"u"}"#,
            "missing field `version` at line 1 column 24",
        ),
        (
            r#"{"id":1,"url":"u","version":"1"}"#,
            "invalid type: integer `1`, expected a string at line 1 column 7",
        ),
        ("<html></html>", "expected value at line 1 column 1"),
    ];
    for (body, message) in cases {
        let server = TestServer::replying(Reply::json(200, body)).await;
        let error = server.client().get_kms_info("kms_1").await.unwrap_err();
        let Error::Decode {
            status,
            source,
            excerpt,
            attempts: 1,
        } = &error
        else {
            panic!("expected a decode error, got {error:?}");
        };
        assert_eq!(*status, StatusCode::OK);
        assert_eq!(source.to_string(), message);
        assert_eq!(excerpt, body);
    }
}

#[tokio::test]
async fn base_url_with_a_path_prefix() {
    let server = TestServer::replying(Reply::json(200, FULL)).await;
    for base in [
        format!("{}/prefix", server.url()),
        format!("{}/prefix/", server.url()),
    ] {
        let client = server.client_builder().base_url(base).build().unwrap();
        client.get_kms_info("kms_0123abcd").await.unwrap();
    }
    let targets: Vec<String> = server.requests().into_iter().map(|r| r.target).collect();
    assert_eq!(targets, ["/prefix/api/v1/kms/kms_0123abcd"; 2]);
}

#[tokio::test]
async fn sdk_style_prefix_is_not_doubled() {
    let server = TestServer::replying(Reply::json(200, FULL)).await;
    for prefix in [
        format!("{}/api/v1", server.url()),
        format!("{}/api/v1/", server.url()),
        server.url(),
    ] {
        let client = server.client_builder().api_prefix(prefix).build().unwrap();
        client.get_kms_info("kms_0123abcd").await.unwrap();
    }
    let targets: Vec<String> = server.requests().into_iter().map(|r| r.target).collect();
    assert_eq!(targets, ["/api/v1/kms/kms_0123abcd"; 3]);
}

#[tokio::test]
async fn no_api_key_means_no_header() {
    let server = TestServer::replying(Reply::json(200, FULL)).await;
    let client = phala_api::Client::builder()
        .base_url(server.url())
        .api_key("   ")
        .build()
        .unwrap();
    client.get_kms_info("kms_0123abcd").await.unwrap();
    assert_eq!(
        server.only_request().header_values("x-api-key"),
        Vec::<&str>::new()
    );
}

#[tokio::test]
async fn default_headers_and_user_agent() {
    let server = TestServer::replying(Reply::json(200, FULL)).await;
    let client = server
        .client_builder()
        .default_header("X-Tenant", "acme")
        .user_agent("my-app/2")
        .build()
        .unwrap();
    client.get_kms_info("kms_0123abcd").await.unwrap();
    let request = server.only_request();
    assert_eq!(request.header("x-tenant"), Some("acme"));
    assert_eq!(request.header("user-agent"), Some("my-app/2"));
}

#[tokio::test]
async fn a_default_header_set_again_is_replaced_and_an_endpoint_header_wins() {
    let server = TestServer::replying(Reply::json(200, FULL)).await;
    let client = server
        .client_builder()
        .default_header("X-Tenant", "acme")
        .default_header("x-tenant", "globex")
        .default_header("X-Phala-Version", "1999-01-01")
        .build()
        .unwrap();
    client.get_kms_info("kms_0123abcd").await.unwrap();
    let request = server.only_request();
    assert_eq!(request.header_values("x-tenant"), ["globex"]);
    // `KmsApi`'s pin is the endpoint's: the client's default does not override or join it.
    assert_eq!(request.header_values("x-phala-version"), ["2026-05-22"]);
}

/// `default_header` follows the rules of an endpoint's fixed headers (one crate holds them):
/// the same five reserved names, the same value rule.
#[test]
fn default_headers_obey_the_fixed_header_rules() {
    let cases = [
        (
            "Host",
            "example.com",
            "cannot be a default header: the client sets it",
        ),
        (
            "content-length",
            "1",
            "cannot be a default header: the client computes it",
        ),
        ("Transfer-Encoding", "chunked", "cannot be a default header"),
        ("Connection", "close", "cannot be a default header"),
        (
            "X-API-Key",
            "k",
            "cannot be a default header: the API key is configured",
        ),
        ("X Y", "1", "invalid header name `X Y`"),
        ("X-T", " padded", "starts or ends with white space"),
        ("X-T", "caf\u{e9}", "invalid header value"),
        ("X-T", "a\r\nX-Evil: 1", "invalid header value"),
    ];
    for (name, value, expected) in cases {
        let error = phala_api::Client::builder()
            .default_header(name, value)
            .build()
            .unwrap_err();
        let Error::Config { reason } = &error else {
            panic!("{name}: expected a configuration error, got {error:?}");
        };
        assert!(reason.contains(expected), "{name}: {reason}");
    }
}

#[tokio::test]
async fn body_over_the_cap_is_an_error() {
    let big = format!(
        r#"{{"id":"kms_1","url":"{}","version":"1"}}"#,
        "u".repeat(4096)
    );
    let server = TestServer::replying(Reply::json(200, &big)).await;
    let client = server
        .client_builder()
        .max_response_bytes(1024)
        .build()
        .unwrap();
    let error = client.get_kms_info("kms_1").await.unwrap_err();
    assert!(
        matches!(
            error,
            Error::BodyTooLarge {
                status: StatusCode::OK,
                limit: 1024,
                attempts: 1,
            }
        ),
        "{error:?}"
    );
    // At the limit exactly, the body is read.
    let client = server
        .client_builder()
        .max_response_bytes(big.len())
        .build()
        .unwrap();
    assert_eq!(client.get_kms_info("kms_1").await.unwrap().url.len(), 4096);
}
