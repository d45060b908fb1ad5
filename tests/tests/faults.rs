//! Fault injection: a scripted raw-TCP server (exact bytes, stalls, drips, resets, early closes)
//! and the recording HTTP server. Each case asserts the exact error kind and that nothing else
//! happened: how many requests each server saw, and which waits the client asked for.
//!
//! Waits between attempts go through a recording sleeper instead of the clock: a paused tokio
//! clock cannot be used with real sockets, since it jumps to the next timer (the deadline)
//! whenever the runtime waits on I/O.

use std::time::{Duration, SystemTime};

use phala_api::kms::{KmsApi, KmsInfo};
use phala_api::{Api, Client, Error, RetryPolicy, StatusCode, api_endpoint};
use phala_api_tests::raw::{RawServer, Step};
use phala_api_tests::waits::Waits;
use phala_api_tests::{Reply, TestServer};

const KMS: &str = r#"{"id":"kms_1","url":"u","version":"1"}"#;

fn builder(url: &str, waits: &Waits) -> phala_api::ClientBuilder {
    waits.builder(url)
}

/// A client with a short deadline and recorded waits.
fn recording_client(url: &str) -> (Client, Waits) {
    let waits = Waits::default();
    let client = builder(url, &waits)
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap();
    (client, waits)
}

trait Writes: Api {
    #[api_endpoint(POST "/items")]
    async fn create(&self, #[body] name: &str) -> Result<(), Error>;

    #[api_endpoint(POST "/items", retry = true)]
    async fn create_idempotently(&self, #[body] name: &str) -> Result<(), Error>;

    #[api_endpoint(GET "/items/<id>", retry = false)]
    async fn get_once(&self, id: u32) -> Result<(), Error>;

    #[api_endpoint(GET "/any")]
    async fn any_json(&self) -> Result<serde_json::Value, Error>;
}
impl Writes for Client {}

fn ok_kms() -> Step {
    Step::response(
        "200 OK",
        &[("content-type", "application/json")],
        KMS.as_bytes(),
    )
}

fn status(line: &str) -> Step {
    Step::response(line, &[], b"")
}

// ---- transport ----------------------------------------------------------------------------

#[tokio::test]
async fn a_server_that_never_answers_hits_the_deadline_once() {
    let server = RawServer::always(vec![Step::Hang]).await;
    let waits = Waits::default();
    let client = builder(&server.url(), &waits)
        .timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    let started = std::time::Instant::now();
    let error = client.get_kms_info("kms_1").await.unwrap_err();
    assert!(
        matches!(error, Error::Timeout { attempts: 1, .. }),
        "{error:?}"
    );
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "the deadline held"
    );
    assert_eq!(
        server.requests().len(),
        1,
        "no time was left for another attempt"
    );
    assert_eq!(waits.recorded(), []);
}

#[tokio::test]
async fn a_slow_drip_past_the_deadline_times_out() {
    let head = "HTTP/1.1 200 OK\r\ncontent-length: 200\r\n\r\n";
    let server = RawServer::always(vec![
        Step::text(head),
        Step::Drip(vec![b' '; 200], Duration::from_millis(20)),
    ])
    .await;
    let waits = Waits::default();
    let client = builder(&server.url(), &waits)
        .timeout(Duration::from_millis(400))
        .build()
        .unwrap();
    let error = client.get_kms_info("kms_1").await.unwrap_err();
    assert!(error.is_timeout(), "{error:?}");
    assert_eq!(
        server.requests().len(),
        1,
        "a response had started: not repeated"
    );
}

#[tokio::test]
async fn a_reset_before_the_status_line_is_retried_for_get() {
    let server = RawServer::always(vec![Step::Reset]).await;
    let (client, waits) = recording_client(&server.url());
    let error = client.get_kms_info("kms_1").await.unwrap_err();
    assert!(
        matches!(error, Error::Transport { attempts: 3, .. }),
        "{error:?}"
    );
    assert_eq!(server.requests().len(), 3);
    assert_eq!(waits.recorded().len(), 2);
}

#[tokio::test]
async fn a_reset_before_the_status_line_is_not_retried_for_post() {
    let server = RawServer::always(vec![Step::Reset]).await;
    let (client, waits) = recording_client(&server.url());
    let error = client.create("x").await.unwrap_err();
    assert!(
        matches!(error, Error::Transport { attempts: 1, .. }),
        "{error:?}"
    );
    assert_eq!(server.requests().len(), 1);
    assert_eq!(waits.recorded(), []);
}

#[tokio::test]
async fn a_reset_then_a_good_answer_succeeds_on_the_second_attempt() {
    let server = RawServer::start(|n| {
        if n == 0 {
            vec![Step::Reset]
        } else {
            vec![ok_kms()]
        }
    })
    .await;
    let (client, waits) = recording_client(&server.url());
    assert_eq!(client.get_kms_info("kms_1").await.unwrap().id, "kms_1");
    assert_eq!(server.requests().len(), 2);
    assert_eq!(waits.recorded().len(), 1);
}

/// Asserts that a GET whose only answer is `bytes` fails with a transport error after
/// exactly one request: a response that started, or a malformed one, is not asked again.
async fn assert_broken_answer(bytes: &str) {
    let server = RawServer::always(vec![Step::text(bytes)]).await;
    let (client, waits) = recording_client(&server.url());
    let error = client.get_kms_info("kms_1").await.unwrap_err();
    assert!(
        matches!(error, Error::Transport { attempts: 1, .. }),
        "{error:?}"
    );
    assert_eq!(server.requests().len(), 1);
    assert_eq!(waits.recorded(), []);
}

#[tokio::test]
async fn eof_mid_body_is_a_transport_error_and_not_retried() {
    assert_broken_answer(
        "HTTP/1.1 200 OK\r\ncontent-length: 100\r\nconnection: close\r\n\r\n{\"id\":",
    )
    .await;
}

#[tokio::test]
async fn malformed_chunked_encoding_is_a_transport_error() {
    assert_broken_answer(
        "HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\nzz\r\nnot hex\r\n",
    )
    .await;
}

#[tokio::test]
async fn a_500_kb_response_header_is_refused_not_retried() {
    let huge = "a".repeat(500 * 1024);
    assert_broken_answer(&format!(
        "HTTP/1.1 200 OK\r\nx-huge: {huge}\r\ncontent-length: 2\r\n\r\n{{}}"
    ))
    .await;
}

#[tokio::test]
async fn connection_refused_makes_exactly_the_policy_attempts() {
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let waits = Waits::default();
    let policy = RetryPolicy {
        max_attempts: 4,
        ..RetryPolicy::default()
    };
    let client = builder(&url, &waits).retry(policy).build().unwrap();
    let error = client.get_kms_info("kms_1").await.unwrap_err();
    assert!(
        matches!(error, Error::Connect { attempts: 4, .. }),
        "{error:?}"
    );
    assert_eq!(waits.recorded().len(), 3);
    assert!(
        error
            .to_string()
            .starts_with("could not connect after 4 attempts"),
        "{error}"
    );
}

#[tokio::test]
async fn a_dropped_call_leaves_the_client_usable() {
    let server = RawServer::start(|n| {
        if n == 0 {
            vec![
                Step::text("HTTP/1.1 200 OK\r\ncontent-length: 100\r\n\r\n{\"id\""),
                Step::Hang,
            ]
        } else {
            vec![ok_kms()]
        }
    })
    .await;
    let (client, _) = recording_client(&server.url());
    let first =
        tokio::time::timeout(Duration::from_millis(200), client.get_kms_info("kms_1")).await;
    assert!(first.is_err(), "the caller gave up mid-response");
    assert_eq!(client.get_kms_info("kms_1").await.unwrap().id, "kms_1");
    assert_eq!(
        server.requests().len(),
        2,
        "the half-read connection was not reused"
    );
}

// ---- bodies -------------------------------------------------------------------------------

#[tokio::test]
async fn a_chunked_body_over_the_cap_stops_reading() {
    let server = RawServer::always(vec![
        Step::text("HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\nconnection: close\r\n\r\n"),
        Step::Chunks {
            size: 64 * 1024,
            count: 1600,
        },
    ])
    .await;
    let waits = Waits::default();
    let client = builder(&server.url(), &waits)
        .max_response_bytes(1 << 20)
        .build()
        .unwrap();
    let error = client.get_kms_info("kms_1").await.unwrap_err();
    assert!(
        matches!(
            error,
            Error::BodyTooLarge {
                status: StatusCode::OK,
                limit: 1_048_576,
                attempts: 1,
            }
        ),
        "{error:?}"
    );
    // 100 MiB were on offer; the client stopped at its 1 MiB cap (kernel buffers add a few).
    tokio::time::sleep(Duration::from_millis(100)).await;
    assert!(
        server.written() < 32 << 20,
        "the client kept reading: {} bytes",
        server.written()
    );
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn a_10_gib_content_length_is_refused_before_reading() {
    // Only the head is ever sent: a client that tried to read the body would time out.
    let server = RawServer::always(vec![
        Step::text("HTTP/1.1 200 OK\r\ncontent-length: 10737418240\r\n\r\n"),
        Step::Hang,
    ])
    .await;
    let (client, _) = recording_client(&server.url());
    let error = client.get_kms_info("kms_1").await.unwrap_err();
    assert!(
        matches!(
            error,
            Error::BodyTooLarge {
                status: StatusCode::OK,
                ..
            }
        ),
        "{error:?}"
    );
}

/// The decode error for a 200 with `body`.
async fn decode_error(body: &[u8]) -> (serde_json::Error, String) {
    let server = RawServer::always(vec![Step::response("200 OK", &[], body)]).await;
    let (client, _) = recording_client(&server.url());
    let error = client.get_kms_info("kms_1").await.unwrap_err();
    assert_eq!(server.requests().len(), 1, "decode errors are not retried");
    match error {
        Error::Decode {
            status,
            source,
            excerpt,
            attempts: 1,
        } => {
            assert_eq!(status, StatusCode::OK);
            (source, excerpt)
        }
        other => panic!("expected a decode error, got {other:?}"),
    }
}

#[tokio::test]
async fn html_on_200_is_a_decode_error_with_the_excerpt() {
    let (source, excerpt) = decode_error(b"<!doctype html><p>maintenance</p>").await;
    assert_eq!(source.to_string(), "expected value at line 1 column 1");
    assert_eq!(excerpt, "<!doctype html><p>maintenance</p>");
}

#[tokio::test]
async fn truncated_json_is_a_decode_error() {
    let (source, _) = decode_error(br#"{"id":"kms_1","url":"#).await;
    assert!(source.is_eof(), "{source}");
}

#[tokio::test]
async fn ten_thousand_nested_brackets_do_not_overflow_the_stack() {
    let body = "[".repeat(10_000);
    let server = RawServer::always(vec![Step::response("200 OK", &[], body.as_bytes())]).await;
    let (client, _) = recording_client(&server.url());
    let error = client.any_json().await.unwrap_err();
    let Error::Decode {
        source, excerpt, ..
    } = &error
    else {
        panic!("expected a decode error, got {error:?}");
    };
    assert_eq!(
        source.to_string(),
        "recursion limit exceeded at line 1 column 128"
    );
    assert_eq!(
        excerpt.len(),
        phala_api::limits::MAX_EXCERPT_BYTES + '…'.len_utf8()
    );
    let (source, _) = decode_error(body.as_bytes()).await;
    assert_eq!(
        source.to_string(),
        "invalid type: sequence, expected a string at line 1 column 1"
    );
}

#[tokio::test]
async fn a_missing_required_field_is_named() {
    let (source, _) = decode_error(br#"{"id":"kms_1","url":"u"}"#).await;
    assert_eq!(
        source.to_string(),
        "missing field `version` at line 1 column 24"
    );
}

#[tokio::test]
async fn a_wrong_field_type_is_named() {
    let (source, _) = decode_error(br#"{"id":"kms_1","url":"u","version":1.5}"#).await;
    assert_eq!(
        source.to_string(),
        "invalid type: floating point `1.5`, expected a string at line 1 column 37"
    );
}

#[tokio::test]
async fn an_out_of_range_number_is_a_decode_error() {
    let (source, _) = decode_error(br#"{"id":"k","url":"u","version":"1","chain_id":1e400}"#).await;
    assert!(source.is_syntax() || source.is_data(), "{source}");
    assert!(source.to_string().contains("out of range"), "{source}");
}

#[tokio::test]
async fn an_empty_200_body_is_a_decode_error() {
    let (source, excerpt) = decode_error(b"").await;
    assert_eq!(
        source.to_string(),
        "EOF while parsing a value at line 1 column 0"
    );
    assert_eq!(excerpt, "");
}

#[tokio::test]
async fn a_null_body_is_a_decode_error() {
    let (source, _) = decode_error(b"null").await;
    assert_eq!(
        source.to_string(),
        "invalid type: null, expected struct KmsInfo at line 1 column 4"
    );
}

#[tokio::test]
async fn invalid_utf8_is_a_decode_error_with_a_readable_excerpt() {
    let (source, excerpt) =
        decode_error(b"{\"id\":\"k\xff\xfe\",\"url\":\"u\",\"version\":\"1\"}").await;
    assert!(
        source.to_string().starts_with("invalid unicode code point"),
        "{source}"
    );
    assert!(excerpt.contains("k\u{fffd}\u{fffd}"), "{excerpt}");
}

#[tokio::test]
async fn a_byte_order_mark_is_ignored() {
    let mut body = b"\xEF\xBB\xBF".to_vec();
    body.extend_from_slice(KMS.as_bytes());
    let server = RawServer::always(vec![Step::response("200 OK", &[], &body)]).await;
    let (client, _) = recording_client(&server.url());
    let kms: KmsInfo = client.get_kms_info("kms_1").await.unwrap();
    assert_eq!(kms.id, "kms_1");
}

#[tokio::test]
async fn odd_404_bodies_keep_their_meaning() {
    for body in [
        "",
        r#"{"detail":"KMS not found"}"#,
        r#"{"detail":{"code":7}}"#,
        "<h1>404</h1>",
    ] {
        let server =
            RawServer::always(vec![Step::response("404 Not Found", &[], body.as_bytes())]).await;
        let (client, _) = recording_client(&server.url());
        let error = client.get_kms_info("kms_1").await.unwrap_err();
        assert!(error.is_not_found(), "{body:?}: {error:?}");
        assert_eq!(error.body_excerpt(), Some(body));
        assert_eq!(server.requests().len(), 1);
    }
}

#[tokio::test]
async fn odd_422_bodies_keep_their_meaning() {
    for body in [
        "",
        r#"{"detail":"bad"}"#,
        r#"{"detail":{"loc":1}}"#,
        "<h1>422</h1>",
    ] {
        let server = RawServer::always(vec![Step::response(
            "422 Unprocessable Entity",
            &[],
            body.as_bytes(),
        )])
        .await;
        let (client, _) = recording_client(&server.url());
        let error = client.get_kms_info("kms_1").await.unwrap_err();
        let Error::Validation {
            error: parsed,
            excerpt,
            ..
        } = &error
        else {
            panic!("{body:?}: expected a validation error, got {error:?}");
        };
        assert!(parsed.detail.is_empty(), "{body:?}");
        assert_eq!(excerpt, body);
        assert_eq!(server.requests().len(), 1);
    }
}

// ---- retries ------------------------------------------------------------------------------

#[tokio::test]
async fn two_503_then_200_succeeds_after_exactly_three_requests() {
    let server = RawServer::start(|n| {
        if n < 2 {
            vec![status("503 Service Unavailable")]
        } else {
            vec![ok_kms()]
        }
    })
    .await;
    let (client, waits) = recording_client(&server.url());
    assert_eq!(client.get_kms_info("kms_1").await.unwrap().id, "kms_1");
    assert_eq!(server.requests().len(), 3);
    let waits = waits.recorded();
    assert_eq!(waits.len(), 2);
    assert!(
        waits[0] < Duration::from_millis(100) && waits[1] < Duration::from_millis(200),
        "{waits:?}"
    );
}

#[tokio::test]
async fn a_503_forever_stops_at_max_attempts_with_the_last_status() {
    let server = TestServer::replying(Reply::status(503).header("x-request-id", "rid-last")).await;
    let (client, waits) = recording_client(&server.url());
    let error = client.get_kms_info("kms_1").await.unwrap_err();
    assert!(
        matches!(
            &error,
            Error::Status {
                status: StatusCode::SERVICE_UNAVAILABLE,
                attempts: 3,
                ..
            }
        ),
        "{error:?}"
    );
    assert_eq!(error.request_id(), Some("rid-last"));
    assert_eq!(error.attempts(), Some(3));
    assert!(
        error
            .to_string()
            .starts_with("the server answered 503 Service Unavailable after 3 attempts")
    );
    assert_eq!(server.requests().len(), 3);
    assert_eq!(waits.recorded().len(), 2);
}

/// `error` is the 503 of the last of `attempts` attempts.
fn assert_unavailable(error: &Error, attempts: u32) {
    assert!(
        matches!(
            error,
            Error::Status {
                status: StatusCode::SERVICE_UNAVAILABLE,
                ..
            }
        ),
        "{error:?}"
    );
    assert_eq!(error.attempts(), Some(attempts), "{error:?}");
}

/// Every error after at least one request says how many went out, not only the transport and
/// status ones.
#[tokio::test]
async fn a_503_then_a_404_counts_both_attempts() {
    let server = RawServer::start(|n| {
        if n == 0 {
            vec![status("503 Service Unavailable")]
        } else {
            vec![status("404 Not Found")]
        }
    })
    .await;
    let (client, _) = recording_client(&server.url());
    let error = client.get_kms_info("kms_1").await.unwrap_err();
    assert!(
        matches!(error, Error::NotFound { attempts: 2, .. }),
        "{error:?}"
    );
    assert_eq!(error.attempts(), Some(2));
    assert!(
        error
            .to_string()
            .starts_with("not found (404) after 2 attempts"),
        "{error}"
    );
}

/// A `Retry-After` that would leave the next attempt no time is not waited for: the call ends
/// with the 503 at once instead of sending a request that can only time out.
#[tokio::test]
async fn a_wait_that_leaves_no_time_for_the_attempt_is_not_taken() {
    let server = RawServer::always(vec![Step::response(
        "503 Service Unavailable",
        &[("retry-after", "2")],
        b"",
    )])
    .await;
    let waits = Waits::default();
    // 2 s of wait would leave 0.5 s of a 2.5 s deadline: less than the minimum the attempt gets.
    let client = builder(&server.url(), &waits)
        .timeout(Duration::from_millis(2500))
        .build()
        .unwrap();
    let error = client.get_kms_info("kms_1").await.unwrap_err();
    assert_unavailable(&error, 1);
    assert_eq!(waits.recorded(), []);
    assert_eq!(server.requests().len(), 1);
}

/// When the attempt after a retryable status times out, the error keeps the status the
/// server gave, not only "timed out".
#[tokio::test]
async fn a_timeout_after_a_503_keeps_the_503() {
    let server = RawServer::start(|n| {
        if n == 0 {
            vec![Step::response(
                "503 Service Unavailable",
                &[("retry-after", "0"), ("x-request-id", "rid-503")],
                b"",
            )]
        } else {
            vec![Step::Hang]
        }
    })
    .await;
    let waits = Waits::default();
    let client = builder(&server.url(), &waits)
        .timeout(Duration::from_secs(1))
        .build()
        .unwrap();
    let error = client.get_kms_info("kms_1").await.unwrap_err();
    assert_unavailable(&error, 2);
    assert_eq!(error.request_id(), Some("rid-503"));
    assert_eq!(server.requests().len(), 2);
}

/// A later attempt that answered and then timed out reading its body ends the call with that
/// timeout: the earlier 503 stands only for an attempt that got no answer at all.
#[tokio::test]
async fn a_timeout_reading_a_later_answer_is_a_timeout() {
    let server = RawServer::start(|n| {
        if n == 0 {
            vec![Step::response(
                "503 Service Unavailable",
                &[("retry-after", "0")],
                b"",
            )]
        } else {
            // Headers announce a body that never comes.
            vec![
                Step::text(
                    "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 64\r\n\r\n{",
                ),
                Step::Hang,
            ]
        }
    })
    .await;
    let waits = Waits::default();
    let client = builder(&server.url(), &waits)
        .timeout(Duration::from_secs(1))
        .build()
        .unwrap();
    let error = client.get_kms_info("kms_1").await.unwrap_err();
    assert!(error.is_timeout(), "{error:?}");
    assert_eq!(error.attempts(), Some(2));
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn statuses_502_and_504_are_retried_too() {
    for line in [
        "502 Bad Gateway",
        "504 Gateway Timeout",
        "429 Too Many Requests",
    ] {
        let line = line.to_owned();
        let server = RawServer::start(move |n| {
            if n == 0 {
                vec![status(&line)]
            } else {
                vec![ok_kms()]
            }
        })
        .await;
        let (client, _) = recording_client(&server.url());
        client.get_kms_info("kms_1").await.unwrap();
        assert_eq!(server.requests().len(), 2);
    }
}

/// The waits asked for when the first answer is a 429 with `Retry-After: value`.
async fn waits_for_retry_after(value: &str, timeout: Duration) -> (Vec<Duration>, usize) {
    let value = value.to_owned();
    let server = RawServer::start(move |n| {
        if n == 0 {
            vec![Step::response(
                "429 Too Many Requests",
                &[("retry-after", value.as_str())],
                b"",
            )]
        } else {
            vec![ok_kms()]
        }
    })
    .await;
    let waits = Waits::default();
    let client = builder(&server.url(), &waits)
        .timeout(timeout)
        .build()
        .unwrap();
    let _ = client.get_kms_info("kms_1").await;
    (waits.recorded(), server.requests().len())
}

#[tokio::test]
async fn retry_after_seconds_are_honoured() {
    let (waits, requests) = waits_for_retry_after("2", Duration::from_secs(30)).await;
    assert_eq!((waits, requests), (vec![Duration::from_secs(2)], 2));
}

#[tokio::test]
async fn a_huge_retry_after_is_capped_at_the_documented_maximum() {
    let max = RetryPolicy::default().max_retry_after;
    let (waits, requests) = waits_for_retry_after("86400000", Duration::from_secs(120)).await;
    assert_eq!((waits, requests), (vec![max], 2));
}

#[tokio::test]
async fn a_retry_after_beyond_the_deadline_ends_the_retries() {
    let (waits, requests) = waits_for_retry_after("10", Duration::from_secs(5)).await;
    assert_eq!((waits, requests), (vec![], 1));
}

#[tokio::test]
async fn a_past_retry_after_date_means_now() {
    let (waits, requests) =
        waits_for_retry_after("Sun, 06 Nov 1994 08:49:37 GMT", Duration::from_secs(30)).await;
    assert_eq!((waits, requests), (vec![Duration::ZERO], 2));
}

#[tokio::test]
async fn a_future_retry_after_date_is_honoured() {
    let date = httpdate::fmt_http_date(SystemTime::now() + Duration::from_secs(6));
    let (waits, requests) = waits_for_retry_after(&date, Duration::from_secs(30)).await;
    assert_eq!(requests, 2);
    assert!(
        waits[0] > Duration::from_secs(4) && waits[0] <= Duration::from_secs(6),
        "{waits:?}"
    );
}

#[tokio::test]
async fn negative_and_garbage_retry_after_fall_back_to_backoff() {
    let base = RetryPolicy::default().base_delay;
    for value in ["-3", "soon", "1.5", "Tomorrow, 99 Foo"] {
        let (waits, requests) = waits_for_retry_after(value, Duration::from_secs(30)).await;
        assert_eq!(requests, 2, "{value:?}");
        assert!(waits[0] < base, "{value:?}: {waits:?}");
    }
}

#[tokio::test]
async fn client_errors_are_sent_exactly_once() {
    for code in [400, 401, 403, 404, 422] {
        let server = TestServer::replying(Reply::status(code)).await;
        let (client, waits) = recording_client(&server.url());
        let error = client.get_kms_info("kms_1").await.unwrap_err();
        assert_eq!(error.status(), Some(StatusCode::from_u16(code).unwrap()));
        assert_eq!(error.attempts(), Some(1));
        assert_eq!(server.requests().len(), 1, "{code}");
        assert_eq!(waits.recorded(), [], "{code}");
    }
}

#[tokio::test]
async fn a_post_is_sent_exactly_once_on_503() {
    let server = TestServer::replying(Reply::status(503)).await;
    let (client, waits) = recording_client(&server.url());
    let error = client.create("x").await.unwrap_err();
    assert_eq!(error.attempts(), Some(1));
    assert_eq!(server.requests().len(), 1);
    assert_eq!(waits.recorded(), []);
}

#[tokio::test]
async fn a_post_that_opts_in_is_retried_and_a_get_that_opts_out_is_not() {
    let server = RawServer::start(|n| {
        if n == 0 {
            vec![status("503 Service Unavailable")]
        } else {
            vec![status("204 No Content")]
        }
    })
    .await;
    let (client, _) = recording_client(&server.url());
    client.create_idempotently("x").await.unwrap();
    assert_eq!(server.requests().len(), 2);

    let always = TestServer::replying(Reply::status(503)).await;
    let (client, _) = recording_client(&always.url());
    client.get_once(1).await.unwrap_err();
    assert_eq!(always.requests().len(), 1);
}

#[tokio::test]
async fn a_disabled_policy_never_retries() {
    let server = TestServer::replying(Reply::status(503)).await;
    let waits = Waits::default();
    let client = builder(&server.url(), &waits)
        .retry(RetryPolicy::none())
        .build()
        .unwrap();
    client.get_kms_info("kms_1").await.unwrap_err();
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_hundred_concurrent_failing_calls_stay_within_the_budget() {
    let server = TestServer::replying(Reply::status(503)).await;
    let (client, _) = recording_client(&server.url());
    // Without a budget: 300 requests. With it: the first attempts plus the bucket's tokens.
    phala_api_tests::waits::storm_within_the_budget(
        100,
        || {
            let client = client.clone();
            async move { client.get_kms_info("kms_1").await }
        },
        || server.requests().len(),
    )
    .await;
}

// ---- redirects ----------------------------------------------------------------------------

#[tokio::test]
async fn a_redirect_loop_is_one_refused_request() {
    let server = RawServer::start(|_| {
        vec![Step::response(
            "302 Found",
            &[("location", "/api/v1/kms/kms_1")],
            b"",
        )]
    })
    .await;
    let (client, waits) = recording_client(&server.url());
    let error = client.get_kms_info("kms_1").await.unwrap_err();
    assert!(
        matches!(&error, Error::Redirect { status: StatusCode::FOUND, location: Some(l), attempts: 1 } if l == "/api/v1/kms/kms_1"),
        "{error:?}"
    );
    assert_eq!(server.requests().len(), 1);
    assert_eq!(waits.recorded(), []);
}

#[tokio::test]
async fn a_malformed_location_is_kept_as_text_or_dropped() {
    let server = RawServer::always(vec![Step::response(
        "301 Moved Permanently",
        &[("location", "http://[::1")],
        b"",
    )])
    .await;
    let (client, _) = recording_client(&server.url());
    let error = client.get_kms_info("kms_1").await.unwrap_err();
    assert!(
        matches!(&error, Error::Redirect { location: Some(l), .. } if l == "http://[::1"),
        "{error:?}"
    );
    let binary = RawServer::always(vec![Step::Write(
        b"HTTP/1.1 307 Temporary Redirect\r\nlocation: /\xff\xfe\r\ncontent-length: 0\r\n\r\n"
            .to_vec(),
    )])
    .await;
    let (client, _) = recording_client(&binary.url());
    let error = client.get_kms_info("kms_1").await.unwrap_err();
    assert!(
        matches!(&error, Error::Redirect { location: None, .. }),
        "{error:?}"
    );
    assert_eq!(binary.requests().len(), 1);
}
