//! The rules of a valid request that both halves of phala-api apply: the macros at compile time
//! (fixed headers, header names, template literals) and the runtime per client or per call
//! (default headers, header and path arguments). One crate, so the two can never disagree.
//!
//! Not a public API of its own: use it through `phala-api`. Every message is a complete
//! sentence fragment in rustc's style (lower case, no trailing period, code in backticks).

/// The header that carries the API key: the client sends it, nothing else may.
pub const API_KEY_HEADER: &str = "x-api-key";

/// Headers the client owns, each with the reason it cannot be set anywhere else: setting them
/// per endpoint or as a default would break requests or leak secrets.
pub const RESERVED_HEADERS: [(&str, &str); 5] = [
    ("host", "the client sets it from the base URL"),
    ("content-length", "the client computes it"),
    ("transfer-encoding", "the client chooses it"),
    ("connection", "the client manages connections"),
    (
        API_KEY_HEADER,
        "the API key is configured on the client, never in source code",
    ),
];

/// Why `name` is reserved (see [`RESERVED_HEADERS`]), compared without regard to case.
pub fn reserved_header(name: &str) -> Option<&'static str> {
    RESERVED_HEADERS
        .iter()
        .find(|(reserved, _)| reserved.eq_ignore_ascii_case(name))
        .map(|(_, why)| *why)
}

/// Whether a media type (a `Content-Type` value, parameters and all) is JSON:
/// `application/json`, `text/json`, or a `+json` structured syntax suffix (RFC 6839), in any
/// letter case. The contract check reads a document's media types by it, and the runtime an
/// answer's `Content-Type`. Works on bytes, without allocating: it runs on every JSON answer.
pub fn is_json_media_type(value: &[u8]) -> bool {
    let media = value.split(|&b| b == b';').next().unwrap_or_default();
    let media = media.trim_ascii();
    media.eq_ignore_ascii_case(b"application/json")
        || media.eq_ignore_ascii_case(b"text/json")
        || (media.len() > 5 && media[media.len() - 5..].eq_ignore_ascii_case(b"+json"))
}

/// Whether a media type (parameters and all) is `text/event-stream`, Server-Sent Events, in
/// any letter case: what the contract check looks for in a document and the runtime in an
/// answer's `Content-Type`.
pub fn is_event_stream_media_type(value: &[u8]) -> bool {
    let media = value.split(|&b| b == b';').next().unwrap_or_default();
    media
        .trim_ascii()
        .eq_ignore_ascii_case(b"text/event-stream")
}

/// The key two header names are compared by: HTTP header names are case-insensitive, so
/// `X-V` and `x-v` are one header. Also the form in which a name is sent.
pub fn header_key(name: &str) -> String {
    name.to_ascii_lowercase()
}

/// Why `name` is not an RFC 9110 `token`, if it is not.
pub fn header_name_problem(name: &str) -> Option<String> {
    if name.is_empty() {
        return Some("a header name cannot be empty".to_owned());
    }
    let bad = name
        .chars()
        .find(|c| !(c.is_ascii_alphanumeric() || "!#$%&'*+-.^_`|~".contains(*c)));
    bad.map(|c| {
        format!(
            "invalid header name `{}`: {c:?} is not allowed; use letters, digits and `-`",
            name.escape_debug()
        )
    })
}

/// Why `value` is not a header value every HTTP stack accepts unchanged: visible ASCII with
/// inner spaces or tabs. No obs-text, no control characters, no white space at either end
/// (which a receiver strips, so what was checked would not be what arrives).
pub fn header_value_problem(value: &str) -> Option<String> {
    let bad = value
        .chars()
        .find(|c| !(c.is_ascii_graphic() || *c == ' ' || *c == '\t'));
    if let Some(c) = bad {
        return Some(format!(
            "invalid header value: {:?} is not allowed; use visible ASCII characters",
            c
        ));
    }
    if value.starts_with([' ', '\t']) || value.ends_with([' ', '\t']) {
        return Some("invalid header value: it starts or ends with white space".to_owned());
    }
    None
}

/// Whether a path segment is `.` or `..` in any spelling (`%2e`, `%2E`, mixed), which URL
/// normalisation or a proxy collapses into another path.
pub fn is_dot_segment(segment: &str) -> bool {
    if segment.len() > 6 {
        return false;
    }
    let decoded = segment.to_ascii_lowercase().replace("%2e", ".");
    decoded == "." || decoded == ".."
}

#[cfg(test)]
mod tests {
    #[test]
    fn event_stream_media_types() {
        assert!(super::is_event_stream_media_type(b"text/event-stream"));
        assert!(super::is_event_stream_media_type(
            b"Text/Event-Stream; charset=utf-8"
        ));
        assert!(!super::is_event_stream_media_type(b"application/json"));
        assert!(!super::is_event_stream_media_type(b"text/event-streams"));
    }

    #[test]
    fn json_media_types() {
        for json in [
            "application/json",
            "application/json; charset=utf-8",
            "Application/JSON",
            " text/json ",
            "application/problem+json",
            "application/vnd.api+JSON;v=1",
        ] {
            assert!(super::is_json_media_type(json.as_bytes()), "{json}");
        }
        for other in [
            "text/html",
            "application/jsonx",
            "+json",
            "",
            "json",
            "text/plain; x=application/json",
        ] {
            assert!(!super::is_json_media_type(other.as_bytes()), "{other}");
        }
    }

    use super::*;

    #[test]
    fn reserved_headers_ignore_case() {
        assert!(reserved_header("X-API-Key").is_some());
        assert!(reserved_header("HOST").is_some());
        assert_eq!(reserved_header("X-Phala-Version"), None);
    }

    #[test]
    fn header_names_are_tokens() {
        assert_eq!(header_name_problem("X-Phala-Version"), None);
        assert!(header_name_problem("").is_some());
        assert!(header_name_problem("X Y").is_some());
        assert!(header_name_problem("X:Y").is_some());
        assert!(header_name_problem("ключ").is_some());
    }

    #[test]
    fn header_values_are_visible_ascii_without_edge_space() {
        assert_eq!(header_value_problem("2026-05-22"), None);
        assert_eq!(header_value_problem("a b\tc"), None);
        assert_eq!(header_value_problem(""), None);
        for bad in ["a\nb", "a\rb", "\0", "caf\u{e9}", "\u{7f}", " a", "a\t"] {
            assert!(header_value_problem(bad).is_some(), "{bad:?} accepted");
        }
    }

    #[test]
    fn dot_segments_in_every_spelling() {
        for dot in [".", "..", "%2e", "%2E", "%2e%2E", ".%2e", "%2e."] {
            assert!(is_dot_segment(dot), "{dot:?}");
        }
        for other in ["...", "a.", ".a", "%2e%2e%2e", "%252e", ""] {
            assert!(!is_dot_segment(other), "{other:?}");
        }
    }
}
