//! Server-Sent Events as a success type (`EventStream<T>`), over loopback: typed events as
//! Phala Cloud streams a CVM's state (`event: state` … `event: complete`), the `Accept` it
//! streams to, and servers that misbehave: a stream cut inside an event, an event over the cap,
//! a stream that outlives the deadline, a malformed event, an answer that is no event stream.

use std::time::{Duration, Instant};

use phala_api::{Api, Client, Error, Event, EventStream, api_endpoint};
use phala_api_tests::raw::{RawServer, Step};
use phala_api_tests::{Reply, TestServer};
use serde::Deserialize;

#[derive(Debug, Clone, PartialEq, Deserialize)]
struct State {
    status: String,
    progress: u32,
}

trait Cvms: Api {
    #[api_endpoint(GET "/api/v1/cvms/<id>/state")]
    async fn watch(&self, id: &str, #[query] target: &str) -> Result<EventStream<State>, Error>;

    #[api_endpoint(GET "/api/v1/cvms/<id>/state", timeout = "1s")]
    async fn watch_briefly(&self, id: &str) -> Result<EventStream<State>, Error>;
}

impl Cvms for Client {}

const STREAM: &str = ": keep-alive\n\n\
event: state\nid: 1\ndata: {\"status\":\"starting\",\"progress\":10}\n\n\
retry: 3000\n\n\
event: state\ndata: {\"status\":\"running\",\ndata: \"progress\":100}\n\n\
event: complete\r\ndata: {\"status\":\"running\",\"progress\":100}\r\n\r\n";

async fn all<T>(mut stream: EventStream<T>) -> Vec<Result<Event<T>, Error>> {
    let mut out = Vec::new();
    while let Some(event) = stream.next_event().await {
        out.push(event);
    }
    out
}

fn state(event: &str, id: Option<&str>, status: &str, progress: u32) -> Event<State> {
    Event {
        event: event.to_owned(),
        id: id.map(str::to_owned),
        retry: None,
        data: State {
            status: status.to_owned(),
            progress,
        },
    }
}

#[tokio::test]
async fn a_state_stream_arrives_as_typed_events() {
    let server = TestServer::replying(
        Reply::status(200)
            .header("content-type", "text/event-stream")
            .body(STREAM),
    )
    .await;
    let stream = server.client().watch("cvm_1", "running").await.unwrap();
    assert_eq!(stream.status().as_u16(), 200);
    let events: Vec<Event<State>> = all(stream).await.into_iter().map(Result::unwrap).collect();
    assert_eq!(
        events,
        [
            state("state", Some("1"), "starting", 10),
            // Two `data:` lines, joined by a line feed; `\r\n` line ends read as `\n`.
            state("state", None, "running", 100),
            state("complete", None, "running", 100),
        ]
    );
    let request = server.only_request();
    assert_eq!(
        request.request_line(),
        "GET /api/v1/cvms/cvm_1/state?target=running HTTP/1.1"
    );
    assert_eq!(request.header("accept"), Some("text/event-stream"));
}

fn event_stream_head() -> Step {
    Step::text(
        "HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\n",
    )
}

fn chunk(text: &str) -> Step {
    Step::Write(format!("{:x}\r\n{text}\r\n", text.len()).into_bytes())
}

const ONE: &str = "event: state\ndata: {\"status\":\"starting\",\"progress\":1}\n\n";

#[tokio::test]
async fn a_stream_cut_inside_an_event_is_a_transport_error_after_the_events_before() {
    let server = RawServer::always(vec![
        event_stream_head(),
        chunk(ONE),
        // Half an event, then the connection closes in the middle of a chunk.
        Step::text("40\r\nevent: state\ndata: {\"sta"),
    ])
    .await;
    let client = Client::builder().base_url(server.url()).build().unwrap();
    let events = all(client.watch("cvm_1", "running").await.unwrap()).await;
    assert_eq!(events.len(), 2, "{events:?}");
    assert_eq!(events[0].as_ref().unwrap().data.progress, 1);
    assert!(
        matches!(events[1], Err(Error::Transport { .. })),
        "{:?}",
        events[1]
    );
}

#[tokio::test]
async fn a_final_event_without_its_blank_line_is_dropped() {
    let server = RawServer::always(vec![
        event_stream_head(),
        chunk(ONE),
        chunk("event: state\ndata: {\"status\":\"x\",\"progress\":2}\n"),
        Step::text("0\r\n\r\n"),
    ])
    .await;
    let client = Client::builder().base_url(server.url()).build().unwrap();
    let events = all(client.watch("cvm_1", "running").await.unwrap()).await;
    assert_eq!(events.len(), 1, "{events:?}");
}

#[tokio::test]
async fn an_event_over_the_cap_ends_the_stream() {
    let big = format!("event: state\ndata: \"{}\"\n\n", "x".repeat(8192));
    let server = RawServer::always(vec![
        event_stream_head(),
        chunk(ONE),
        chunk(&big),
        chunk(ONE),
    ])
    .await;
    let client = Client::builder()
        .base_url(server.url())
        .max_response_bytes(1024)
        .build()
        .unwrap();
    let events = all(client.watch("cvm_1", "running").await.unwrap()).await;
    assert_eq!(events.len(), 2, "{events:?}");
    assert!(
        matches!(
            events[1],
            Err(Error::BodyTooLarge {
                limit: 1024,
                attempts: 1,
                ..
            })
        ),
        "{:?}",
        events[1]
    );
}

#[tokio::test]
async fn the_deadline_bounds_the_connection_not_each_event() {
    let server = RawServer::always(vec![event_stream_head(), chunk(ONE), Step::Hang]).await;
    let client = Client::builder().base_url(server.url()).build().unwrap();
    let started = Instant::now();
    let events = all(client.watch_briefly("cvm_1").await.unwrap()).await;
    assert_eq!(events.len(), 2, "{events:?}");
    assert!(
        matches!(events[1], Err(Error::Timeout { .. })),
        "{:?}",
        events[1]
    );
    let spent = started.elapsed();
    assert!(
        spent >= Duration::from_millis(900) && spent < Duration::from_secs(5),
        "{spent:?}"
    );
}

#[tokio::test]
async fn dropping_the_stream_closes_the_connection() {
    let server = RawServer::always(vec![
        event_stream_head(),
        chunk(ONE),
        Step::Chunks {
            size: 64 * 1024,
            count: 1600,
        },
    ])
    .await;
    let client = Client::builder().base_url(server.url()).build().unwrap();
    let mut stream = client.watch("cvm_1", "running").await.unwrap();
    assert!(stream.next_event().await.unwrap().is_ok());
    drop(stream);
    tokio::time::sleep(Duration::from_millis(200)).await;
    let written = server.written();
    tokio::time::sleep(Duration::from_millis(200)).await;
    // 100 MiB were on offer; the writes stopped when the client went away.
    assert!(written < 32 << 20, "{written} bytes");
    assert_eq!(server.written(), written);
}

#[tokio::test]
async fn a_malformed_event_is_a_decode_error_and_no_event_stream_a_content_type_error() {
    let body = format!("{ONE}event: state\ndata: {{\"status\": 7}}\n\n{ONE}");
    let server = TestServer::replying(
        Reply::status(200)
            .header("content-type", "text/event-stream")
            .body(body),
    )
    .await;
    let events = all(server.client().watch("cvm_1", "x").await.unwrap()).await;
    assert_eq!(events.len(), 2, "{events:?}");
    let Err(Error::Decode { excerpt, .. }) = &events[1] else {
        panic!("expected a decode error, got {:?}", events[1]);
    };
    assert_eq!(excerpt, r#"{"status": 7}"#);

    let server = TestServer::replying(Reply::json(200, r#"{"status":"running"}"#)).await;
    let error = server.client().watch("cvm_1", "x").await.unwrap_err();
    assert!(
        matches!(&error, Error::ContentType { expected: "text/event-stream", content_type, .. } if content_type == "application/json"),
        "{error:?}"
    );
    assert!(
        error
            .to_string()
            .starts_with("expected text/event-stream, got application/json"),
        "{error}"
    );
}

/// Faithful bindings compile under the contract check: an answer the document leaves untyped
/// (`{}`, as Phala Cloud's `GET /cvms/{id}/state`), and one it documents as
/// `text/event-stream`.
#[phala_api::api(spec = "openapi/contract-3.1.json")]
pub trait Checked: Api {
    #[api_endpoint(GET "/api/v1/cvms/<cvm_id>/state")]
    async fn state_events(
        &self,
        cvm_id: &str,
        #[query] target: Option<&str>,
    ) -> Result<EventStream<serde_json::Value>, Error>;

    #[api_endpoint(GET "/api/v1/cvms/<cvm_id>/events")]
    async fn cvm_events(&self, cvm_id: &str) -> Result<EventStream<String>, Error>;
}
