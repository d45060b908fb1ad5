//! The surface beyond JSON, asserted on the exact bytes and `Content-Type` the server received
//! and the exact value returned: `String`, `Bytes`, `Vec<u8>` and `ByteStream` success types;
//! form and multipart request bodies; a JSON success type receiving another content type.

use std::time::Duration;

use phala_api::multipart::{Form, Part};
use phala_api::{Api, ByteStream, Bytes, Client, Error, Response, StatusCode, api_endpoint};
use phala_api_tests::raw::{RawServer, Step};
use phala_api_tests::{Reply, TestServer};
use serde::Serialize;

#[derive(Serialize)]
struct Draft {
    name: String,
    tags: Vec<String>,
    limit: Option<u32>,
}

trait Files: Api {
    #[api_endpoint(GET "/text")]
    async fn text(&self) -> Result<String, Error>;

    #[api_endpoint(GET "/bytes")]
    async fn bytes(&self) -> Result<Bytes, Error>;

    #[api_endpoint(GET "/bytes")]
    async fn byte_vec(&self) -> Result<Response<Vec<u8>>, Error>;

    #[api_endpoint(GET "/download/<name>")]
    async fn download(&self, name: &str) -> Result<Option<ByteStream>, Error>;

    #[api_endpoint(POST "/drafts")]
    async fn submit(&self, #[body(form)] draft: &Draft) -> Result<(), Error>;

    #[api_endpoint(PATCH "/compose/<id>", retry = true)]
    async fn upload(&self, id: &str, #[body(multipart)] form: Form) -> Result<String, Error>;

    #[api_endpoint(GET "/json")]
    async fn json(&self) -> Result<serde_json::Value, Error>;
}

impl Files for Client {}

const BINARY: &[u8] = &[0, 1, 2, 0xfe, 0xff, b'\n', 0x80];

#[tokio::test]
async fn text_and_bytes_as_they_came() {
    let server = TestServer::start(|request| match request.target.as_str() {
        "/text" => Reply::status(200)
            .header("content-type", "text/plain; charset=utf-8")
            .body("héllo\nworld"),
        _ => Reply::status(200)
            .header("content-type", "application/octet-stream")
            .body(BINARY),
    })
    .await;
    let client = server.client();
    assert_eq!(client.text().await.unwrap(), "héllo\nworld");
    assert_eq!(&client.bytes().await.unwrap()[..], BINARY);
    let response = client.byte_vec().await.unwrap();
    assert_eq!(response.value, BINARY);
    assert_eq!(response.headers["content-type"], "application/octet-stream");
}

#[tokio::test]
async fn text_and_bytes_stay_under_the_body_cap() {
    let server = TestServer::replying(Reply::status(200).body(vec![b'x'; 4096])).await;
    let client = server
        .client_builder()
        .max_response_bytes(1024)
        .build()
        .unwrap();
    for error in [
        client.text().await.unwrap_err(),
        client.bytes().await.unwrap_err(),
    ] {
        assert!(
            matches!(error, Error::BodyTooLarge { limit: 1024, .. }),
            "{error:?}"
        );
    }
}

#[tokio::test]
async fn a_stream_hands_over_chunks_beyond_the_body_cap() {
    let big: Vec<u8> = (0..200_000u32).map(|i| (i % 251) as u8).collect();
    let expected = big.clone();
    let server = TestServer::start(move |request| {
        if request.target == "/download/missing" {
            Reply::status(404)
        } else {
            Reply::status(200).body(big.clone())
        }
    })
    .await;
    // The client's cap does not apply to a stream, which is for bodies larger than it.
    let client = server
        .client_builder()
        .max_response_bytes(1024)
        .build()
        .unwrap();
    let mut stream = client.download("image.tar").await.unwrap().unwrap();
    assert_eq!(stream.status(), StatusCode::OK);
    assert_eq!(stream.content_length(), Some(200_000));
    let mut received = Vec::new();
    let mut chunks = 0;
    while let Some(chunk) = stream.next_chunk().await {
        received.extend_from_slice(&chunk.unwrap());
        chunks += 1;
    }
    assert_eq!(received, expected);
    assert!(chunks >= 1);
    // The announced length outlives the response it was read from.
    assert_eq!(stream.content_length(), Some(200_000));

    // The same body read as a `futures_core::Stream`.
    let mut stream = client.download("image.tar").await.unwrap().unwrap();
    let mut streamed = Vec::new();
    while let Some(chunk) = std::future::poll_fn(|cx| {
        futures_core::Stream::poll_next(std::pin::Pin::new(&mut stream), cx)
    })
    .await
    {
        streamed.extend_from_slice(&chunk.unwrap());
    }
    assert_eq!(streamed, expected);
    assert!(client.download("missing").await.unwrap().is_none());

    // A stream's own cap.
    let stream = client.download("image.tar").await.unwrap().unwrap();
    let error = stream.limit(50_000).collect().await.unwrap_err();
    assert!(
        matches!(error, Error::BodyTooLarge { limit: 50_000, .. }),
        "{error:?}"
    );
}

#[tokio::test]
async fn the_deadline_applies_to_a_stream_and_dropping_it_is_clean() {
    // A body that drips for far longer than the call's deadline.
    let server = RawServer::always(vec![
        Step::text("HTTP/1.1 200 OK\r\ncontent-length: 1000000\r\n\r\n"),
        Step::Drip(vec![b'x'; 1000], Duration::from_millis(50)),
        Step::Hang,
    ])
    .await;
    let client = Client::builder()
        .base_url(server.url())
        .timeout(Duration::from_millis(600))
        .build()
        .unwrap();
    let mut stream = client.download("slow").await.unwrap().unwrap();
    let first = stream.next_chunk().await.unwrap().unwrap();
    assert!(!first.is_empty());
    let error = loop {
        match stream.next_chunk().await {
            Some(Ok(_)) => continue,
            Some(Err(error)) => break error,
            None => panic!("the body cannot end: it hangs"),
        }
    };
    assert!(error.is_timeout(), "{error:?}");

    // Dropped mid-body: the connection is closed, not reused, and the next call opens another.
    let stream = client.download("again").await.unwrap().unwrap();
    drop(stream);
    let _ = client.download("third").await.unwrap().unwrap();
    assert_eq!(server.requests().len(), 3, "one connection per call");
}

#[tokio::test]
async fn a_form_body_is_sent_as_the_query_encoder_writes_it() {
    let server = TestServer::replying(Reply::status(204)).await;
    let draft = Draft {
        name: "a b&c".into(),
        tags: vec!["x".into(), "é".into()],
        limit: None,
    };
    server.client().submit(&draft).await.unwrap();
    let request = server.only_request();
    assert_eq!(request.request_line(), "POST /drafts HTTP/1.1");
    assert_eq!(
        request.header("content-type"),
        Some("application/x-www-form-urlencoded")
    );
    assert_eq!(
        String::from_utf8(request.body).unwrap(),
        "name=a+b%26c&tags=x&tags=%C3%A9"
    );
}

#[tokio::test]
async fn a_multipart_body_carries_its_parts_and_is_never_retried() {
    let server = TestServer::start(|request| {
        if request.target == "/compose/busy" {
            Reply::status(503)
        } else {
            Reply::status(200).body("updated")
        }
    })
    .await;
    let client = server.client();
    let form = || {
        Form::new().text("note", "v2").part(
            "compose",
            Part::bytes(b"services: {}\n".to_vec())
                .file_name("docker-compose.yml")
                .mime_str("application/yaml")
                .unwrap(),
        )
    };
    assert_eq!(client.upload("app_1", form()).await.unwrap(), "updated");
    let request = server.only_request();
    assert_eq!(request.request_line(), "PATCH /compose/app_1 HTTP/1.1");
    let content_type = request.header("content-type").unwrap();
    let boundary = content_type
        .strip_prefix("multipart/form-data; boundary=")
        .unwrap_or_else(|| panic!("{content_type}"));
    let body = String::from_utf8(request.body.clone()).unwrap();
    assert!(body.starts_with(&format!("--{boundary}\r\n")), "{body}");
    assert!(
        body.contains("Content-Disposition: form-data; name=\"note\"\r\n\r\nv2\r\n"),
        "{body}"
    );
    assert!(
        body.contains(
            "Content-Disposition: form-data; name=\"compose\"; filename=\"docker-compose.yml\"\r\n\
             Content-Type: application/yaml\r\n\r\nservices: {}\n\r\n"
        ),
        "{body}"
    );
    assert!(body.ends_with(&format!("--{boundary}--\r\n")), "{body}");

    // `retry = true` and a 503: still one request, since the parts cannot be sent twice.
    let error = client.upload("busy", form()).await.unwrap_err();
    assert!(
        matches!(error, Error::Status { attempts: 1, .. }),
        "{error:?}"
    );
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn a_json_type_receiving_html_says_so() {
    let page = "<html><body>502 from the proxy</body></html>";
    let server = TestServer::replying(
        Reply::status(200)
            .header("content-type", "text/html; charset=utf-8")
            .body(page),
    )
    .await;
    let error = server.client().json().await.unwrap_err();
    let Error::ContentType {
        status,
        expected: "JSON",
        content_type,
        excerpt,
        attempts: 1,
    } = &error
    else {
        panic!("expected a content-type error, got {error:?}");
    };
    assert_eq!(*status, StatusCode::OK);
    assert_eq!(content_type, "text/html; charset=utf-8");
    assert_eq!(excerpt, page);
    assert!(
        error
            .to_string()
            .starts_with("expected JSON, got text/html; charset=utf-8 (200 OK)"),
        "{error}"
    );
    assert_eq!(error.status(), Some(StatusCode::OK));

    // `application/problem+json` and a missing `Content-Type` are read as JSON.
    for reply in [
        Reply::status(200)
            .header("content-type", "application/problem+json")
            .body("{}"),
        Reply::status(200).body("{}"),
    ] {
        let server = TestServer::replying(reply).await;
        assert_eq!(server.client().json().await.unwrap(), serde_json::json!({}));
    }
}

/// A success body is handed over as the server sent it, even where it holds the API key:
/// only text that goes into errors is redacted.
#[tokio::test]
async fn a_success_body_holding_the_key_is_handed_over_untouched() {
    let body = format!(
        r#"{{"token":"{}","note":"{}"}}"#,
        phala_api_tests::TEST_API_KEY,
        phala_api_tests::TEST_API_KEY
    );
    let server = TestServer::replying(Reply::json(200, &body)).await;
    let client = server.client();
    assert_eq!(client.bytes().await.unwrap(), Bytes::from(body.clone()));
    assert_eq!(client.text().await.unwrap(), body);
    let value = client.json().await.unwrap();
    assert_eq!(value["token"], phala_api_tests::TEST_API_KEY);
}
