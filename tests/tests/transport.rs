//! What a reqwest user expects by default, over loopback: HTTP/2 (offered over TLS through
//! ALPN; spoken to a server that speaks it), and compressed answers inflated, with the body cap
//! on the inflated size, so a small answer that inflates past it is `BodyTooLarge`, not memory
//! exhaustion.

use std::io::Write as _;

use phala_api::kms::{KmsApi, KmsInfo};
use phala_api::{Client, Error};
use phala_api_tests::raw::{RawServer, Step};
use phala_api_tests::{Reply, TestServer};
use tokio::io::AsyncReadExt as _;
use tokio::net::TcpListener;

const KMS: &str = r#"{"id":"kms_1","url":"https://kms.example","version":"0.5"}"#;

fn expected() -> KmsInfo {
    serde_json::from_str(KMS).unwrap()
}

/// A client that speaks HTTP/2 to a server that speaks it from the start (no TLS to negotiate
/// it over): the request arrives as HTTP/2, whole, and the answer decodes.
#[tokio::test]
async fn http2_carries_a_call() {
    let server = TestServer::replying(Reply::json(200, KMS)).await;
    let client = server
        .client_builder()
        .configure_reqwest(|builder| builder.http2_prior_knowledge())
        .build()
        .unwrap();
    assert_eq!(client.get_kms_info("kms_1").await.unwrap(), expected());
    let request = server.only_request();
    assert_eq!(request.version, "HTTP/2.0");
    assert_eq!(request.method, "GET");
    assert!(
        request.target.ends_with("/api/v1/kms/kms_1"),
        "{}",
        request.target
    );
    assert_eq!(
        request.header("x-api-key"),
        Some(phala_api_tests::server::TEST_API_KEY)
    );
}

/// Over TLS the client offers `h2` and `http/1.1` through ALPN (the TLS ClientHello, read raw
/// by a server that then hangs up): a server that speaks HTTP/2 gets it, another HTTP/1.1.
#[tokio::test]
async fn http2_is_offered_over_tls_through_alpn() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port();
    let hello = tokio::spawn(async move {
        let (mut stream, _) = listener.accept().await.unwrap();
        let mut bytes = vec![0; 4096];
        let read = stream.read(&mut bytes).await.unwrap();
        bytes.truncate(read);
        bytes
    });
    let client = Client::builder()
        .base_url(format!("https://127.0.0.1:{port}"))
        .build()
        .unwrap();
    let error = client.get_kms_info("kms_1").await.unwrap_err();
    assert!(
        matches!(error, Error::Connect { .. } | Error::Transport { .. }),
        "{error:?}"
    );
    let hello = hello.await.unwrap();
    assert_eq!(hello.first(), Some(&0x16), "a TLS handshake record");
    // The ALPN extension's protocol list: length-prefixed names.
    let offers = |name: &[u8]| {
        let mut entry = vec![u8::try_from(name.len()).unwrap()];
        entry.extend_from_slice(name);
        hello.windows(entry.len()).any(|window| window == entry)
    };
    assert!(offers(b"h2") && offers(b"http/1.1"), "{hello:?}");
}

fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    encoder.write_all(bytes).unwrap();
    encoder.finish().unwrap()
}

/// The client asks for compressed answers and reads each encoding it asks for.
#[tokio::test]
async fn compressed_answers_are_inflated() {
    let encodings: [(&str, Vec<u8>); 3] = [
        ("gzip", gzip(KMS.as_bytes())),
        ("br", {
            let mut out = Vec::new();
            let mut writer = brotli::CompressorWriter::new(&mut out, 4096, 5, 22);
            writer.write_all(KMS.as_bytes()).unwrap();
            drop(writer);
            out
        }),
        ("zstd", zstd::encode_all(KMS.as_bytes(), 3).unwrap()),
    ];
    for (encoding, body) in encodings {
        let reply = Reply::json(200, "")
            .header("content-encoding", encoding)
            .body(body);
        let server = TestServer::replying(reply).await;
        let kms = server.client().get_kms_info("kms_1").await;
        assert_eq!(kms.unwrap(), expected(), "{encoding}");
        let asked = server
            .only_request()
            .header("accept-encoding")
            .unwrap_or_default()
            .to_owned();
        for listed in ["gzip", "br", "zstd"] {
            assert!(asked.contains(listed), "{asked}");
        }
    }
}

/// A decompression bomb: 16 KiB of gzip that inflates to 64 MiB, announced with its (small)
/// compressed length, and again without a length (chunked). The cap is on the inflated size:
/// the call ends `BodyTooLarge` at the client's limit.
#[tokio::test]
async fn a_decompression_bomb_is_body_too_large() {
    let bomb = gzip(&vec![b' '; 64 << 20]);
    assert!(bomb.len() < 128 << 10, "{} bytes", bomb.len());
    let limit = 1 << 20;
    let announced = {
        let bomb = bomb.clone();
        RawServer::always(vec![Step::response(
            "200 OK",
            &[
                ("content-type", "application/json"),
                ("content-encoding", "gzip"),
            ],
            &bomb,
        )])
        .await
    };
    let chunked = {
        let mut head = b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-encoding: gzip\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\n".to_vec();
        head.extend_from_slice(format!("{:x}\r\n", bomb.len()).as_bytes());
        head.extend_from_slice(&bomb);
        head.extend_from_slice(b"\r\n0\r\n\r\n");
        RawServer::always(vec![Step::Write(head)]).await
    };
    for server in [&announced, &chunked] {
        let client = Client::builder()
            .base_url(server.url())
            .max_response_bytes(limit)
            .build()
            .unwrap();
        let error = client.get_kms_info("kms_1").await.unwrap_err();
        assert!(
            matches!(error, Error::BodyTooLarge { limit: l, .. } if l == limit),
            "{error:?}"
        );
    }
    // An error answer that inflates past the cap keeps an excerpt of its start, not all of it.
    let error_bomb = RawServer::always(vec![Step::response(
        "500 Internal Server Error",
        &[
            ("content-type", "application/json"),
            ("content-encoding", "gzip"),
        ],
        &bomb,
    )])
    .await;
    let client = Client::builder()
        .base_url(error_bomb.url())
        .max_response_bytes(limit)
        .retry(phala_api::RetryPolicy::none())
        .build()
        .unwrap();
    let error = client.get_kms_info("kms_1").await.unwrap_err();
    assert_eq!(error.status().map(|s| s.as_u16()), Some(500), "{error:?}");
    assert!(
        error
            .body_excerpt()
            .is_some_and(|e| e.len() <= phala_api::limits::MAX_EXCERPT_BYTES + 3)
    );
}
