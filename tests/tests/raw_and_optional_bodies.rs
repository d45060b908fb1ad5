//! Request bodies beyond a required JSON value: text or bytes sent as they are with the media
//! type the attribute names (`#[body(raw = "…")]`, as Phala's SDKs send a compose file), and a
//! body that may be left out (`Option`): `None` sends no body at all, not `null`. Asserted on
//! the exact bytes and headers the server received.

use phala_api::{Api, Bytes, Client, Error, api_endpoint};
use phala_api_tests::{Recorded, Reply, TestServer};
use serde::Serialize;

#[derive(Serialize)]
struct Resize {
    vcpu: u32,
}

#[derive(Serialize)]
struct Reason<'a> {
    reason: &'a str,
}

trait Cvms: Api {
    /// As the SDKs update a compose file: YAML text, with the hash headers beside it.
    #[api_endpoint(PATCH "/cvms/<id>/docker-compose")]
    async fn update_compose(
        &self,
        id: &str,
        #[body(raw = "text/yaml")] compose: &str,
        #[header("X-Compose-Hash")] hash: Option<&str>,
    ) -> Result<(), Error>;

    #[api_endpoint(PUT "/blobs/<name>")]
    async fn put_blob(
        &self,
        name: &str,
        #[body(raw = "application/octet-stream")] blob: &[u8],
    ) -> Result<(), Error>;

    #[api_endpoint(PUT "/blobs/<name>")]
    async fn put_shared(
        &self,
        name: &str,
        #[body(raw = "application/octet-stream")] blob: Bytes,
    ) -> Result<(), Error>;

    #[api_endpoint(PATCH "/cvms/<id>/pre-launch-script")]
    async fn set_script(
        &self,
        id: &str,
        #[body(raw = "text/plain; charset=utf-8")] script: Option<String>,
    ) -> Result<(), Error>;

    #[api_endpoint(POST "/cvms/<id>/resize")]
    async fn resize(&self, id: &str, #[body] resize: Option<&Resize>) -> Result<(), Error>;

    #[api_endpoint(POST "/cvms/<id>/restart")]
    async fn restart(
        &self,
        id: &str,
        #[body(form)] reason: Option<&Reason<'_>>,
    ) -> Result<(), Error>;
}

impl Cvms for Client {}

fn content_type(request: &Recorded) -> Option<&str> {
    request.header("content-type")
}

#[tokio::test]
async fn raw_bodies_are_sent_as_they_are_with_their_media_type() {
    let server = TestServer::replying(Reply::status(204)).await;
    let client = server.client();
    let compose = "services:\n  app:\n    image: nginx # é\n";
    client
        .update_compose("cvm_1", compose, Some("0xabc"))
        .await
        .unwrap();
    client.put_blob("b", &[0, 0xff, b'\n']).await.unwrap();
    client
        .put_shared("c", Bytes::from_static(b"\x00shared"))
        .await
        .unwrap();
    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    assert_eq!(
        requests[0].request_line(),
        "PATCH /cvms/cvm_1/docker-compose HTTP/1.1"
    );
    assert_eq!(requests[0].body, compose.as_bytes());
    assert_eq!(content_type(&requests[0]), Some("text/yaml"));
    assert_eq!(requests[0].header("x-compose-hash"), Some("0xabc"));
    assert_eq!(requests[0].header("content-length"), Some("39"));
    assert_eq!(requests[1].body, [0, 0xff, b'\n']);
    assert_eq!(content_type(&requests[1]), Some("application/octet-stream"));
    assert_eq!(requests[2].body, b"\x00shared");
}

#[tokio::test]
async fn an_optional_body_left_out_sends_no_body_not_null() {
    let server = TestServer::replying(Reply::status(204)).await;
    let client = server.client();
    client.resize("cvm_1", None).await.unwrap();
    client
        .resize("cvm_1", Some(&Resize { vcpu: 4 }))
        .await
        .unwrap();
    client.set_script("cvm_1", None).await.unwrap();
    client
        .set_script("cvm_1", Some("#!/bin/sh\necho hi\n".to_owned()))
        .await
        .unwrap();
    client.restart("cvm_1", None).await.unwrap();
    client
        .restart("cvm_1", Some(&Reason { reason: "stuck vm" }))
        .await
        .unwrap();
    let requests = server.requests();
    assert_eq!(requests.len(), 6);
    for left_out in [&requests[0], &requests[2], &requests[4]] {
        assert_eq!(left_out.body, b"", "{left_out:?}");
        assert_eq!(content_type(left_out), None, "{left_out:?}");
    }
    assert_eq!(requests[1].body, br#"{"vcpu":4}"#);
    assert_eq!(content_type(&requests[1]), Some("application/json"));
    assert_eq!(requests[3].body, b"#!/bin/sh\necho hi\n");
    assert_eq!(
        content_type(&requests[3]),
        Some("text/plain; charset=utf-8")
    );
    assert_eq!(requests[5].body, b"reason=stuck+vm");
    assert_eq!(
        content_type(&requests[5]),
        Some("application/x-www-form-urlencoded")
    );
}

/// Faithful raw and optional bodies compile under the contract check: the YAML body the
/// document names, an optional JSON body as `Option`, or as the body itself (always sent).
#[phala_api::api(spec = "openapi/contract-3.1.json")]
pub trait Checked: Api {
    #[api_endpoint(PATCH "/api/v1/cvms/<cvm_id>/docker-compose")]
    async fn update_compose(
        &self,
        cvm_id: &str,
        #[body(raw = "text/yaml")] compose: &str,
        #[header("X-Compose-Hash")] hash: Option<&str>,
    ) -> Result<(), Error>;

    #[api_endpoint(POST "/api/v1/cvms/<cvm_id>/resize")]
    async fn resize(
        &self,
        cvm_id: &str,
        #[body] resize: Option<&serde_json::Value>,
    ) -> Result<(), Error>;

    #[api_endpoint(POST "/api/v1/cvms/<cvm_id>/resize")]
    async fn resize_always(
        &self,
        cvm_id: &str,
        #[body] resize: &serde_json::Value,
    ) -> Result<(), Error>;
}

// A type of its own: its methods share names with `Cvms`'s.
pub struct CheckedClient(pub Client);

impl Api for CheckedClient {
    fn client(&self) -> Option<&Client> {
        Some(&self.0)
    }
}

impl Checked for CheckedClient {}

/// A multipart body as a struct: one part per field under its serde name, checked against
/// the document's multipart schema like any body.
#[derive(phala_api::Multipart, phala_api::Schema)]
#[schema(
    "#/paths/~1api~1v1~1cvms~1{cvm_id}~1files/post/requestBody/content/multipart~1form-data/schema",
    spec = "openapi/contract-3.1.json"
)]
pub struct Upload {
    pub file: phala_api::multipart::Part,
    pub description: Option<String>,
    pub tags: Option<Vec<String>>,
}

#[phala_api::api(spec = "openapi/contract-3.1.json")]
pub trait Files: Api {
    #[api_endpoint(POST "/api/v1/cvms/<cvm_id>/files")]
    async fn upload(&self, cvm_id: &str, #[body(multipart)] upload: Upload) -> Result<(), Error>;
}

impl Files for CheckedClient {}

#[tokio::test]
async fn a_multipart_struct_sends_a_part_per_field() {
    let server = TestServer::replying(Reply::status(204)).await;
    let client = CheckedClient(server.client());
    let file = phala_api::multipart::Part::bytes(b"\x00\x01".to_vec()).file_name("a.bin");
    let upload = Upload {
        file,
        description: None,
        tags: Some(vec!["a".to_owned(), "b".to_owned()]),
    };
    client.upload("cvm_1", upload).await.unwrap();
    let request = server.only_request();
    assert!(
        request
            .header("content-type")
            .unwrap()
            .starts_with("multipart/form-data; boundary=")
    );
    let body = String::from_utf8_lossy(&request.body).into_owned();
    let parts: Vec<&str> = body
        .match_indices("Content-Disposition: form-data; name=\"")
        .map(|(at, found)| {
            let rest = &body[at + found.len()..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect();
    // `None` leaves its part out; a `Vec` repeats its name.
    assert_eq!(parts, ["file", "tags", "tags"]);
    assert!(body.contains("name=\"file\"; filename=\"a.bin\""), "{body}");
    assert!(body.contains("name=\"tags\"\r\n\r\na\r\n"), "{body}");
}

// The form built at run time, under another name: the check knows it by its type, not by
// what it is called.
use phala_api::multipart::Form as Parts;

#[phala_api::api(spec = "openapi/contract-3.1.json")]
pub trait UntypedFiles: Api {
    #[api_endpoint(POST "/api/v1/cvms/<cvm_id>/files")]
    async fn upload_parts(
        &self,
        cvm_id: &str,
        #[body(multipart)] parts: Parts,
    ) -> Result<(), Error>;
}

impl UntypedFiles for CheckedClient {}

#[tokio::test]
async fn an_untyped_form_passes_the_check_by_its_type() {
    let server = TestServer::replying(Reply::status(204)).await;
    let client = CheckedClient(server.client());
    let parts = Parts::new().text("description", "notes");
    client.upload_parts("cvm_1", parts).await.unwrap();
    let body = String::from_utf8_lossy(&server.only_request().body).into_owned();
    assert!(
        body.contains("name=\"description\"\r\n\r\nnotes\r\n"),
        "{body}"
    );
}
