//! A server that echoes the API key back, everywhere a server's text reaches an error: a
//! wrongly typed field (serde's message quotes the value), a 422 `msg` and `loc`, an
//! `X-Request-ID`, a `Location`, a body decoded into a typed error variant. The key is
//! redacted from every server-sourced byte before it is decoded or kept, so no `Display`,
//! `Debug` or TRACE-level log of any resulting error holds it; and server text cannot forge log
//! lines through `Display`.

use phala_api::kms::{KmsApi, PubkeyError};
use phala_api::{Client, Error};
use phala_api_tests::capture::Captured;
use phala_api_tests::{Reply, TestServer};

const KEY: &str = "sk-echo-5b7d1f3a9c";

fn client(server: &TestServer) -> Client {
    // Verbose connection logging, which writes raw requests at TRACE, is asked for and must
    // be forced off.
    Client::builder()
        .base_url(server.url())
        .api_key(KEY)
        .configure_reqwest(|builder| builder.connection_verbose(true))
        .build()
        .unwrap()
}

fn assert_clean<E: phala_api::ApiError>(what: &str, error: &Error<E>) {
    for text in [
        error.to_string(),
        format!("{error:?}"),
        format!("{error:#?}"),
    ] {
        assert!(!text.contains(KEY), "{what} leaks the key: {text}");
        assert!(
            !text.contains("sk-echo"),
            "{what} leaks part of the key: {text}"
        );
    }
}

#[tokio::test]
async fn an_echoed_key_reaches_no_error_and_no_log() {
    let captured = Captured::install();

    // A wrongly typed field: serde's message quotes the string it refused.
    let typed = format!(r#"{{"id":"kms_1","url":"u","version":"1","chain_id":"{KEY}"}}"#);
    let server = TestServer::replying(Reply::json(200, &typed)).await;
    let error = client(&server).get_kms_info("kms_1").await.unwrap_err();
    assert!(matches!(error, Error::Decode { .. }), "{error:?}");
    assert!(error.to_string().contains("<redacted>"), "{error}");
    assert_clean("a decode error", &error);
    tracing::error!(%error, ?error, "decode");

    // A 422 whose `loc` and `msg` echo the key, with an echoing request id.
    let invalid = format!(
        r#"{{"detail":[{{"type":"x","loc":["header","{KEY}"],"msg":"key {KEY} refused"}}]}}"#
    );
    let server = TestServer::replying(
        Reply::json(422, &invalid).header("x-request-id", &format!("req-{KEY}")),
    )
    .await;
    let error = client(&server).get_kms_info("kms_1").await.unwrap_err();
    let Error::Validation { error: body, .. } = &error else {
        panic!("expected a validation error, got {error:?}");
    };
    assert_eq!(body.detail[0].msg, "key <redacted> refused");
    assert_eq!(error.request_id(), Some("req-<redacted>"));
    assert_clean("a validation error", &error);
    tracing::error!(%error, ?error, "validation");

    // A redirect whose `Location` carries the key.
    let server = TestServer::replying(
        Reply::status(302).header("location", &format!("https://evil.example/?k={KEY}")),
    )
    .await;
    let error = client(&server).get_kms_info("kms_1").await.unwrap_err();
    assert!(matches!(error, Error::Redirect { .. }), "{error:?}");
    assert_clean("a redirect error", &error);
    tracing::error!(%error, ?error, "redirect");

    // A typed error variant decoded from an echoing body.
    let server = TestServer::replying(Reply::json(
        500,
        &format!(r#"{{"detail":"KMS said {KEY}"}}"#),
    ))
    .await;
    let error = client(&server)
        .get_app_env_encrypt_pubkey("kms_1", "0x9b3f2a1c4d5e6f708192a3b4c5d6e7f8091a2b3c")
        .await
        .unwrap_err();
    let Error::Api {
        error: PubkeyError::KmsFailed(detail),
        ..
    } = &error
    else {
        panic!("expected the typed 500, got {error:?}");
    };
    assert_eq!(detail.to_string(), "KMS said <redacted>");
    assert_clean("a typed error", &error);
    tracing::error!(%error, ?error, "typed");

    let text = captured.text();
    assert!(text.contains("typed"), "the capture works\n{text}");
    assert!(
        !text.contains(KEY),
        "the key leaked into the trace:\n{text}"
    );
    assert!(
        !text.contains("sk-echo"),
        "part of the key leaked into the trace"
    );
}

/// Server text in `Display` has its control characters escaped: a 422 `msg` with a newline and
/// an ESC cannot start a forged log line or a terminal sequence.
#[tokio::test]
async fn server_text_cannot_forge_log_lines() {
    let forged = r#"{"detail":[{"type":"x","loc":["q\nINFO forged"],"msg":"bad\n2026-11-28 INFO admin logged in \u001b[2J \u2028line \u202eesrever"}]}"#;
    let server = TestServer::replying(Reply::json(422, forged)).await;
    let error = client(&server).get_kms_info("kms_1").await.unwrap_err();
    let text = error.to_string();
    assert!(!text.contains('\n') && !text.contains('\u{1b}'), "{text:?}");
    // A line separator and a right-to-left override are escaped too.
    assert!(
        !text.contains('\u{2028}') && !text.contains('\u{202e}'),
        "{text:?}"
    );
    assert!(
        text.contains(
            r"bad\n2026-11-28 INFO admin logged in \u{1b}[2J \u{2028}line \u{202e}esrever"
        ),
        "{text}"
    );
    assert!(text.contains(r"q\nINFO forged"), "{text}");

    let decode = r#"{"id":"kms_1","url":"u","version":"1","chain_id":"a\nb\u001b"}"#;
    let server = TestServer::replying(Reply::json(200, decode)).await;
    let text = client(&server)
        .get_kms_info("kms_1")
        .await
        .unwrap_err()
        .to_string();
    assert!(!text.contains('\n') && !text.contains('\u{1b}'), "{text:?}");
}

/// A `Content-Type` that echoes the key reaches `Error::ContentType` redacted.
#[tokio::test]
async fn an_echoed_key_in_a_content_type_is_redacted() {
    let server = TestServer::replying(
        Reply::status(200)
            .header("content-type", &format!("text/html; echo={KEY}"))
            .body("<html></html>"),
    )
    .await;
    let error = client(&server).get_kms_info("kms_1").await.unwrap_err();
    assert!(matches!(error, Error::ContentType { .. }), "{error:?}");
    assert!(
        error.to_string().contains("text/html; echo=<redacted>"),
        "{error}"
    );
    assert_clean("a content-type error", &error);
}

/// The key escaped as a JSON string may escape it (`\u0073k-…`, `\/` for `/`) is found all the
/// same: serde's message, a 422's `msg` and a typed body hold it decoded, and redacted.
#[tokio::test]
async fn an_echoed_key_escaped_in_json_is_redacted() {
    let escaped = format!(r"\u0073{}", &KEY[1..]).replace('-', r"\u002d");
    // A success body whose wrongly typed field quotes the escaped key.
    let typed = format!(r#"{{"id":"kms_1","url":"u","version":"1","chain_id":"{escaped}"}}"#);
    let server = TestServer::replying(Reply::json(200, &typed)).await;
    let error = client(&server).get_kms_info("kms_1").await.unwrap_err();
    assert!(matches!(error, Error::Decode { .. }), "{error:?}");
    assert!(error.to_string().contains("<redacted>"), "{error}");
    assert_clean("a decode error of an escaped key", &error);

    let invalid = format!(r#"{{"detail":[{{"type":"x","loc":["h"],"msg":"key {escaped}\/x"}}]}}"#);
    let server = TestServer::replying(Reply::json(422, &invalid)).await;
    let error = client(&server).get_kms_info("kms_1").await.unwrap_err();
    let Error::Validation { error: body, .. } = &error else {
        panic!("expected a validation error, got {error:?}");
    };
    assert_eq!(body.detail[0].msg, "key <redacted>/x");
    assert_clean("a validation error of an escaped key", &error);

    let server = TestServer::replying(Reply::json(
        500,
        &format!(r#"{{"detail":"KMS said {escaped}"}}"#),
    ))
    .await;
    let error = client(&server)
        .get_app_env_encrypt_pubkey("kms_1", "0x9b3f2a1c4d5e6f708192a3b4c5d6e7f8091a2b3c")
        .await
        .unwrap_err();
    assert_clean("a typed error of an escaped key", &error);
}

/// Values handed to the caller on success are the server's bytes: a field that happens to
/// hold the key (or a piece of text that contains it) is not rewritten.
#[tokio::test]
async fn success_values_are_the_servers_bytes() {
    let body = format!(r#"{{"id":"kms_1","url":"https://{KEY}.example","version":"1"}}"#);
    let server = TestServer::replying(Reply::json(200, &body)).await;
    let kms = client(&server).get_kms_info("kms_1").await.unwrap();
    assert_eq!(kms.url, format!("https://{KEY}.example"));
}

/// Server text in an error is bounded as a body excerpt is, in `Display` and `Debug`: a 1 MB
/// message is not a 1 MB error.
#[tokio::test]
async fn server_text_in_errors_is_bounded() {
    let long = "x".repeat(200_000);
    let limit = 4 * phala_api::limits::MAX_EXCERPT_BYTES;

    // serde's message quoting a huge string from a success body.
    let typed = format!(r#"{{"id":"kms_1","url":"u","version":"1","chain_id":"{long}"}}"#);
    let server = TestServer::replying(Reply::json(200, &typed)).await;
    let error = client(&server).get_kms_info("kms_1").await.unwrap_err();
    assert!(matches!(error, Error::Decode { .. }), "{error:?}");
    for text in [error.to_string(), format!("{error:?}")] {
        assert!(text.len() < limit, "{} bytes", text.len());
        assert!(text.contains('…'), "{text}");
    }

    // A 422 whose entry's message and location are huge.
    let invalid = format!(r#"{{"detail":[{{"type":"x","loc":["{long}"],"msg":"{long}"}}]}}"#);
    let server = TestServer::replying(Reply::json(422, &invalid)).await;
    let error = client(&server).get_kms_info("kms_1").await.unwrap_err();
    let Error::Validation { error: body, .. } = &error else {
        panic!("expected a validation error, got {error:?}");
    };
    assert!(body.detail[0].msg.ends_with('…'));
    for text in [error.to_string(), format!("{error:?}")] {
        assert!(text.len() < 3 * limit, "{} bytes", text.len());
    }

    // A typed error variant holding a huge text: its `Debug`, in the error's `Display` and
    // `Debug` (pretty too), is bounded.
    let server = TestServer::replying(Reply::json(500, &format!(r#"{{"detail":"{long}"}}"#))).await;
    let error = client(&server)
        .get_app_env_encrypt_pubkey("kms_1", "0x9b3f2a1c4d5e6f708192a3b4c5d6e7f8091a2b3c")
        .await
        .unwrap_err();
    assert!(matches!(error, Error::Api { .. }), "{error:?}");
    for text in [
        error.to_string(),
        format!("{error:?}"),
        format!("{error:#?}"),
    ] {
        assert!(text.len() < limit, "{} bytes", text.len());
        assert!(text.contains("xxx…"), "{text}");
    }
}
