//! Path arguments: each value is exactly one segment on the wire, or refused before any I/O.

use phala_api::Error;
use std::borrow::Cow;

use phala_api::PathParam;
use phala_api::kms::KmsApi;
use phala_api_tests::{Reply, TestServer, percent_decode};

const PREFIX: &str = "/api/v1/kms/";

#[tokio::test]
async fn every_value_arrives_as_one_segment_that_decodes_back() {
    let server = TestServer::replying(Reply::status(404)).await;
    let client = server.client();
    let ids = [
        "a/b",
        "a?x=1",
        "a#f",
        "a b",
        "a%2Fb",
        "ключ",
        "kms;x=1",
        "a\\b",
        "a+b",
        "...",
        "%2e%2e%2e",
        "~-._",
    ];
    for id in ids {
        let error = client.get_kms_info(id).await.unwrap_err();
        assert!(error.is_not_found(), "{id:?}: {error:?}");
    }
    let requests = server.requests();
    assert_eq!(requests.len(), ids.len());
    for (id, request) in ids.iter().zip(&requests) {
        let segment = request.target.strip_prefix(PREFIX).unwrap_or_else(|| {
            panic!("{id:?} was sent as {:?}", request.target);
        });
        assert!(
            !segment.contains(['/', '?', '#']),
            "{id:?} was sent as {segment:?}"
        );
        assert_eq!(percent_decode(segment), *id, "sent as {segment:?}");
    }
    assert_eq!(requests[0].target, "/api/v1/kms/a%2Fb");
    assert_eq!(requests[4].target, "/api/v1/kms/a%252Fb");
}

#[tokio::test]
async fn dangerous_values_never_reach_the_server() {
    let server = TestServer::replying(Reply::status(500)).await;
    let client = server.client();
    let long = "a".repeat(phala_api::limits::MAX_PATH_VALUE_BYTES + 1);
    for id in [
        "",
        ".",
        "..",
        "%2e%2e",
        "%2E",
        ".%2e",
        "kms_\t1",
        "kms_1\n",
        "a\rb",
        "a\u{0}b",
        long.as_str(),
    ] {
        let error = client.get_kms_info(id).await.unwrap_err();
        let Error::InvalidArgument { param, reason } = &error else {
            panic!("{id:?}: expected an invalid argument, got {error:?}");
        };
        assert_eq!(*param, "kms_id");
        assert!(!reason.is_empty());
        let display = error.to_string();
        assert!(
            display.starts_with("invalid argument `kms_id`: "),
            "{display}"
        );
        assert!(display.ends_with("; no request was sent"), "{display}");
        // Short values like `.` occur in any sentence; longer ones must not be echoed.
        if id.len() > 3 {
            assert!(!display.contains(id), "{display} repeats the value");
        }
    }
    assert_eq!(server.requests().len(), 0);
}

/// A user's id newtype: the raw value, encoded and checked by the crate.
struct KmsId(String);

impl PathParam for KmsId {
    fn path_value(&self) -> Cow<'_, str> {
        Cow::Borrowed(&self.0)
    }
}

/// A user's trait with other `PathParam` types: integers and id newtypes.
trait Typed: phala_api::Api {
    #[phala_api::api_endpoint(GET "/v/<kms>/apps/<index>/<delta>")]
    async fn typed(&self, kms: &KmsId, index: u64, delta: i32) -> Result<(), Error>;

    #[phala_api::api_endpoint(GET "/")]
    async fn root(&self) -> Result<(), Error>;

    #[phala_api::api_endpoint(GET "/trailing/<name>/")]
    async fn trailing(&self, name: String) -> Result<(), Error>;
}
impl Typed for phala_api::Client {}

#[tokio::test]
async fn integers_newtypes_root_and_trailing_slash() {
    let server = TestServer::replying(Reply::status(204)).await;
    let client = server.client();
    client.typed(&KmsId("kms/1".into()), 7, -3).await.unwrap();
    client.root().await.unwrap();
    client.trailing("x y".to_owned()).await.unwrap();
    let targets: Vec<String> = server.requests().into_iter().map(|r| r.target).collect();
    assert_eq!(targets, ["/v/kms%2F1/apps/7/-3", "/", "/trailing/x%20y/"]);
}

trait Compare: phala_api::Api {
    /// Placeholders inside segments, as documents write them (`{base}...{head}`, `{name}.json`).
    #[phala_api::api_endpoint(GET "/repos/<owner>/compare/<base>...<head>/<name>.json")]
    async fn compare(&self, owner: &str, base: &str, head: &str, name: &str) -> Result<(), Error>;
}

impl Compare for phala_api::Client {}

#[tokio::test]
async fn placeholders_inside_a_segment_are_each_one_encoded_piece() {
    let server = TestServer::replying(Reply::status(204)).await;
    let client = server.client();
    client
        .compare("octo", "main", "feature/x", "a.b")
        .await
        .unwrap();
    client.compare("o", "v1.0", "a...b", "..x").await.unwrap();
    let targets: Vec<String> = server.requests().into_iter().map(|r| r.target).collect();
    assert_eq!(
        targets,
        [
            "/repos/octo/compare/main...feature%2Fx/a.b.json",
            "/repos/o/compare/v1.0...a...b/..x.json",
        ]
    );
    // The value rules hold inside a segment too: no `.` or `..` (which with the literal dots
    // around them could make a dot segment), nothing empty.
    for (base, head, name) in [
        (".", "b", "n"),
        ("a", "..", "n"),
        ("a", "b", ""),
        ("a", "b", "%2e"),
    ] {
        let error = client.compare("o", base, head, name).await.unwrap_err();
        assert!(
            matches!(error, Error::InvalidArgument { .. }),
            "{base:?} {head:?} {name:?}: {error:?}"
        );
    }
    assert_eq!(server.requests().len(), 2);
}
