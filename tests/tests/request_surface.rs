//! Query, header and body arguments, per-method timeouts and argument order, asserted on the
//! exact request the server received.

use std::collections::BTreeMap;
use std::time::Duration;

use phala_api::{Api, Client, Error, api_endpoint};
use phala_api_tests::{Recorded, Reply, SilentServer, TestServer};
use serde::Serialize;

#[derive(Serialize)]
struct Paging {
    page: u32,
    page_size: Option<u32>,
    is_onchain: Option<bool>,
}

#[derive(Serialize)]
struct Draft {
    name: String,
    tags: Vec<String>,
    limit: Option<u32>,
}

/// A value whose serialization fails, as a user's `Serialize` impl may.
struct Failing;

impl Serialize for Failing {
    fn serialize<S: serde::Serializer>(&self, _: S) -> Result<S::Ok, S::Error> {
        Err(serde::ser::Error::custom("the draft is incomplete"))
    }
}

/// A struct with a struct field, which no query string can carry.
#[derive(Serialize)]
struct Outer {
    paging: Paging,
}

trait Surface: Api {
    #[api_endpoint(GET "/items")]
    async fn list(
        &self,
        #[query] page: u32,
        #[query("page_size")] size: Option<u32>,
        #[query] status: &[&str],
        #[query] on: bool,
        #[query] q: &str,
    ) -> Result<(), Error>;

    #[api_endpoint(GET "/items")]
    async fn list_paged(&self, #[query] params: &Paging) -> Result<(), Error>;

    /// `page` twice: a field of `params` and an argument of its own.
    #[api_endpoint(GET "/items")]
    async fn list_twice(
        &self,
        #[query] params: &Paging,
        #[query("page")] page: u32,
    ) -> Result<(), Error>;

    #[api_endpoint(GET "/items")]
    async fn list_ratio(&self, #[query] ratio: f64) -> Result<(), Error>;

    #[api_endpoint(GET "/items")]
    async fn list_map(&self, #[query] filters: &BTreeMap<String, String>) -> Result<(), Error>;

    #[api_endpoint(POST "/orgs/<org>/items", header("X-Phala-Version" = "2026-05-22"))]
    async fn create(
        &self,
        #[body] draft: &Draft,
        #[header("X-Trace-Id")] trace: Option<&str>,
        #[header("X-Attempt")] attempt: u32,
        org: &str,
    ) -> Result<(), Error>;

    #[api_endpoint(PUT "/raw")]
    async fn put_raw(&self, #[body] value: &Failing) -> Result<(), Error>;

    #[api_endpoint(GET "/items")]
    async fn list_nested(&self, #[query] params: &Outer) -> Result<(), Error>;

    #[api_endpoint(GET "/a/<first>/b/<second>")]
    async fn ordered(&self, second: u32, first: &str) -> Result<(), Error>;

    #[api_endpoint(GET "/slow", timeout = "200ms")]
    async fn slow(&self) -> Result<(), Error>;
}
impl Surface for Client {}

fn query_pairs(request: &Recorded) -> Vec<(String, String)> {
    let query = request.target.split_once('?').map_or("", |(_, q)| q);
    form_urlencoded::parse(query.as_bytes())
        .into_owned()
        .collect()
}

fn pairs(expected: &[(&str, &str)]) -> Vec<(String, String)> {
    expected
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
}

#[tokio::test]
async fn query_scalars_options_sequences_and_renames() {
    let server = TestServer::replying(Reply::status(204)).await;
    let client = server.client();
    client
        .list(2, Some(50), &["a", "b"], true, "x")
        .await
        .unwrap();
    client.list(1, None, &[], false, "").await.unwrap();
    let requests = server.requests();
    assert_eq!(
        requests[0].target,
        "/items?page=2&page_size=50&status=a&status=b&on=true&q=x"
    );
    assert_eq!(requests[1].target, "/items?page=1&on=false&q=");
}

#[tokio::test]
async fn query_values_round_trip_exactly() {
    let server = TestServer::replying(Reply::status(204)).await;
    let client = server.client();
    let values = [
        "a&b=c",
        "#frag",
        "1+1 = 2",
        "ключ/значение?",
        "%2F%",
        " lead and trail ",
    ];
    for value in values {
        client.list(1, None, &[value], false, value).await.unwrap();
    }
    for (value, request) in values.iter().zip(server.requests()) {
        assert_eq!(
            query_pairs(&request),
            pairs(&[
                ("page", "1"),
                ("status", value),
                ("on", "false"),
                ("q", value)
            ]),
            "{value:?} was sent as {:?}",
            request.target
        );
        let (path, _) = request.target.split_once('?').unwrap();
        assert_eq!(path, "/items");
    }
}

#[tokio::test]
async fn struct_and_map_arguments_are_flattened() {
    let server = TestServer::replying(Reply::status(204)).await;
    let client = server.client();
    let paging = Paging {
        page: 3,
        page_size: None,
        is_onchain: Some(true),
    };
    client.list_paged(&paging).await.unwrap();
    let filters = BTreeMap::from([
        ("b".to_owned(), "2 2".to_owned()),
        ("a".to_owned(), "1".to_owned()),
    ]);
    client.list_map(&filters).await.unwrap();
    let targets: Vec<String> = server.requests().into_iter().map(|r| r.target).collect();
    assert_eq!(
        targets,
        ["/items?page=3&is_onchain=true", "/items?a=1&b=2+2"]
    );
}

#[tokio::test]
async fn json_body_and_header_arguments() {
    let server = TestServer::replying(Reply::status(201)).await;
    let client = server.client();
    let draft = Draft {
        name: "kms \"prod\" ✓".into(),
        tags: vec!["a".into()],
        limit: None,
    };
    client
        .create(&draft, Some("trace-1"), 2, "acme corp")
        .await
        .unwrap();
    client.create(&draft, None, 3, "acme").await.unwrap();

    let requests = server.requests();
    let first = &requests[0];
    assert_eq!(
        first.request_line(),
        "POST /orgs/acme%20corp/items HTTP/1.1"
    );
    assert_eq!(first.header("content-type"), Some("application/json"));
    assert_eq!(first.header("x-trace-id"), Some("trace-1"));
    assert_eq!(first.header("x-attempt"), Some("2"));
    assert_eq!(first.header("x-phala-version"), Some("2026-05-22"));
    assert_eq!(
        String::from_utf8(first.body.clone()).unwrap(),
        r#"{"name":"kms \"prod\" ✓","tags":["a"],"limit":null}"#
    );
    assert_eq!(
        first.header("content-length"),
        Some(first.body.len().to_string().as_str())
    );
    assert_eq!(requests[1].header_values("x-trace-id"), Vec::<&str>::new());
    assert_eq!(requests[1].header("x-attempt"), Some("3"));
}

#[tokio::test]
async fn invalid_header_query_or_body_values_send_nothing() {
    let server = TestServer::replying(Reply::status(204)).await;
    let client = server.client();
    let draft = Draft {
        name: "n".into(),
        tags: vec![],
        limit: Some(1),
    };
    let header = client
        .create(&draft, Some("a\r\nX-Evil: 1"), 1, "o")
        .await
        .unwrap_err();
    // The same rule as a fixed header's: no surrounding white space, no obs-text.
    let padded = client
        .create(&draft, Some(" v1"), 1, "o")
        .await
        .unwrap_err();
    let obs_text = client
        .create(&draft, Some("caf\u{e9}"), 1, "o")
        .await
        .unwrap_err();
    let body = client.put_raw(&Failing).await.unwrap_err();
    let paging = Paging {
        page: 1,
        page_size: None,
        is_onchain: None,
    };
    let query = client.list_nested(&Outer { paging }).await.unwrap_err();
    let twice = client
        .list_twice(
            &Paging {
                page: 1,
                page_size: None,
                is_onchain: None,
            },
            2,
        )
        .await
        .unwrap_err();
    let nan = client.list_ratio(f64::NAN).await.unwrap_err();
    let infinite = client.list_ratio(f64::INFINITY).await.unwrap_err();
    let cases = [
        (
            header,
            "trace",
            "invalid header value: '\\r' is not allowed",
        ),
        (padded, "trace", "starts or ends with white space"),
        (
            obs_text,
            "trace",
            "invalid header value: 'é' is not allowed",
        ),
        (
            body,
            "value",
            "does not serialize to JSON: the draft is incomplete",
        ),
        (
            query,
            "params",
            "a nested struct or map cannot be a query parameter value",
        ),
        (twice, "page", "`page` is also set by another argument"),
        (nan, "ratio", "not finite"),
        (infinite, "ratio", "not finite"),
    ];
    for (error, name, reason_part) in cases {
        let Error::InvalidArgument { param, reason } = &error else {
            panic!("expected an invalid argument, got {error:?}");
        };
        assert_eq!(*param, name);
        assert!(reason.contains(reason_part), "{reason}");
        assert!(!error.to_string().contains("X-Evil"), "{error}");
    }
    assert_eq!(server.requests().len(), 0);
}

#[tokio::test]
async fn path_arguments_follow_the_template_not_the_signature() {
    let server = TestServer::replying(Reply::status(204)).await;
    server.client().ordered(2, "one").await.unwrap();
    assert_eq!(server.only_request().target, "/a/one/b/2");
}

#[tokio::test]
async fn a_method_timeout_overrides_the_client_deadline() {
    let server = SilentServer::start().await;
    let client = server.patient_client();
    let error = tokio::time::timeout(Duration::from_secs(60), client.slow())
        .await
        .expect("the method's timeout fired before the test's guard")
        .unwrap_err();
    assert!(error.is_timeout(), "{error:?}");
}
