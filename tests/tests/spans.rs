//! A span per call, as OpenTelemetry's HTTP client conventions name and field it, captured with
//! `tracing-subscriber`: the template and never a path or query value, never the key; the final
//! status, the resend count and the error type; an event per retry with its reason and wait.

use std::collections::BTreeMap;
use std::future::Future;
use std::pin::Pin;
use std::sync::{Arc, Mutex};

use phala_api::{Api, Client, Error, api_endpoint};
use phala_api_tests::raw::{RawServer, Step};
use phala_api_tests::{Reply, TestServer};
use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Subscriber};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};
use tracing_subscriber::registry::LookupSpan;

const KEY: &str = "sk-span-canary-31415";

/// One captured span: its name and every field recorded on it.
#[derive(Debug, Clone, Default)]
struct Captured {
    name: String,
    fields: BTreeMap<String, String>,
    events: Vec<BTreeMap<String, String>>,
}

#[derive(Clone, Default)]
struct Spans(Arc<Mutex<Vec<Captured>>>);

struct Fields<'a>(&'a mut BTreeMap<String, String>);

impl Visit for Fields<'_> {
    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.insert(field.name().to_owned(), value.to_owned());
    }

    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0.insert(field.name().to_owned(), format!("{value:?}"));
    }
}

/// Spans are kept by id while open (their index in the list is stored in the span's extensions).
impl<S: Subscriber + for<'a> LookupSpan<'a>> Layer<S> for Spans {
    fn on_new_span(&self, attrs: &Attributes<'_>, id: &Id, ctx: Context<'_, S>) {
        let mut captured = Captured {
            name: attrs.metadata().name().to_owned(),
            ..Captured::default()
        };
        attrs.record(&mut Fields(&mut captured.fields));
        let mut spans = self.0.lock().unwrap();
        spans.push(captured);
        if let Some(span) = ctx.span(id) {
            span.extensions_mut().insert(spans.len() - 1);
        }
    }

    fn on_record(&self, id: &Id, values: &Record<'_>, ctx: Context<'_, S>) {
        let Some(index) = ctx
            .span(id)
            .and_then(|s| s.extensions().get::<usize>().copied())
        else {
            return;
        };
        values.record(&mut Fields(&mut self.0.lock().unwrap()[index].fields));
    }

    fn on_event(&self, event: &Event<'_>, ctx: Context<'_, S>) {
        let Some(index) = ctx
            .event_span(event)
            .and_then(|s| s.extensions().get::<usize>().copied())
        else {
            return;
        };
        let mut fields = BTreeMap::new();
        event.record(&mut Fields(&mut fields));
        self.0.lock().unwrap()[index].events.push(fields);
    }
}

impl Spans {
    fn calls(&self) -> Vec<Captured> {
        let spans = self.0.lock().unwrap();
        spans
            .iter()
            .filter(|s| s.name == "phala_api.call")
            .cloned()
            .collect()
    }
}

trait Kms: Api {
    #[api_endpoint(GET "/api/v1/kms/<kms_id>")]
    async fn get_kms(&self, kms_id: &str, #[query] verbose: bool) -> Result<(), Error>;
}

impl Kms for Client {}

fn client(url: &str) -> Client {
    Client::builder()
        .base_url(url)
        .api_key(KEY)
        .retry_sleep(|_| -> Pin<Box<dyn Future<Output = ()> + Send>> { Box::pin(async {}) })
        .build()
        .unwrap()
}

/// Runs `calls` with the capturing layer as this thread's subscriber.
async fn capture<F: Future<Output = ()>>(calls: F) -> Spans {
    let spans = Spans::default();
    let subscriber = tracing_subscriber::registry().with(spans.clone());
    let _guard = tracing::subscriber::set_default(subscriber);
    calls.await;
    spans
}

#[tokio::test]
async fn a_span_per_call_with_the_conventional_fields() {
    let server = TestServer::replying(Reply::status(204)).await;
    let url = server.url();
    let port = url.rsplit(':').next().unwrap().to_owned();
    let spans = capture(async {
        client(&url).get_kms("kms_secret-id", true).await.unwrap();
    })
    .await;
    let calls = spans.calls();
    assert_eq!(calls.len(), 1);
    let fields = &calls[0].fields;
    let expected = [
        ("otel.name", "GET /api/v1/kms/{kms_id}"),
        ("otel.kind", "client"),
        ("http.request.method", "GET"),
        ("url.template", "/api/v1/kms/{kms_id}"),
        ("code.function.name", "get_kms"),
        ("server.address", "127.0.0.1"),
        ("server.port", port.as_str()),
        ("http.response.status_code", "204"),
    ];
    for (name, value) in expected {
        assert_eq!(
            fields.get(name).map(String::as_str),
            Some(value),
            "{name}: {fields:?}"
        );
    }
    assert!(!fields.contains_key("error.type"), "{fields:?}");
    assert!(
        !fields.contains_key("http.request.resend_count"),
        "{fields:?}"
    );
    let everything = format!("{calls:?}");
    for secret in ["kms_secret-id", "verbose", KEY] {
        assert!(!everything.contains(secret), "{secret} in {everything}");
    }
}

#[tokio::test]
async fn retries_resends_and_error_types_are_recorded() {
    let server = RawServer::start(|n| {
        let line = if n < 2 {
            "503 Service Unavailable"
        } else {
            "404 Not Found"
        };
        vec![Step::response(line, &[], b"")]
    })
    .await;
    let url = server.url();
    let spans = capture(async {
        let error = client(&url).get_kms("kms_1", false).await.unwrap_err();
        assert!(error.is_not_found(), "{error:?}");
    })
    .await;
    let calls = spans.calls();
    assert_eq!(calls.len(), 1);
    let call = &calls[0];
    assert_eq!(call.fields["http.response.status_code"], "404");
    assert_eq!(call.fields["http.request.resend_count"], "2");
    assert_eq!(call.fields["error.type"], "404");
    let retries: Vec<&BTreeMap<String, String>> = call
        .events
        .iter()
        .filter(|e| e.get("message").map(String::as_str) == Some("retrying"))
        .collect();
    assert_eq!(retries.len(), 2, "{:?}", call.events);
    assert_eq!(retries[0]["reason"], "status 503");
    assert!(retries[0].contains_key("wait_ms"), "{retries:?}");
    assert_eq!(retries[0]["next_attempt"], "2");
    assert_eq!(retries[1]["next_attempt"], "3");

    // Each retry gives its own attempt's reason: a reset after a 503 is "no response".
    let mixed = RawServer::start(|n| match n {
        0 => vec![Step::response("503 Service Unavailable", &[], b"")],
        1 => vec![Step::Reset],
        _ => vec![Step::response("204 No Content", &[], b"")],
    })
    .await;
    let url = mixed.url();
    let spans = capture(async {
        client(&url).get_kms("kms_1", false).await.unwrap();
    })
    .await;
    let reasons: Vec<String> = spans.calls()[0]
        .events
        .iter()
        .filter(|e| e.get("message").map(String::as_str) == Some("retrying"))
        .map(|e| e["reason"].clone())
        .collect();
    assert_eq!(reasons, ["status 503", "no response"]);

    let refused = RawServer::always(vec![Step::Reset]).await;
    let url = refused.url();
    let spans = capture(async {
        let _ = client(&url).get_kms("kms_1", false).await.unwrap_err();
        let invalid = client(&url).get_kms("", false).await.unwrap_err();
        assert!(matches!(invalid, Error::InvalidArgument { .. }));
    })
    .await;
    let calls = spans.calls();
    assert_eq!(calls.len(), 2, "{calls:#?}");
    assert_eq!(calls[0].fields["error.type"], "transport", "{calls:#?}");
    let retry = calls[0]
        .events
        .iter()
        .find(|e| e.get("message").map(String::as_str) == Some("retrying"))
        .expect("a retry event");
    assert_eq!(retry["reason"], "no response");
    assert_eq!(calls[1].fields["error.type"], "invalid_argument");
}
