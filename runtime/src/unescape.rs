//! JSON string escapes written out (`\u0073k` -> `sk`, `\/` -> `/`), so that text a server
//! escaped reads as itself before the key is searched for in it: a key echoed as
//! `"\u0073k-…"` (PHP writes `\/`, Go `\u003c`) is the same key once decoded, and would
//! reach an error's text through serde's message or a decoded field.
//!
//! Only what cannot change the JSON's meaning is written out: an escape of a character that
//! may stand raw inside a string (not `"`, `\` or a control character). Everything else, the
//! order of keys and the spacing included, is kept, so an excerpt still reads as the body.

/// `body` with the JSON string escapes that may stand raw written out; bytes outside strings,
/// and anything that is not well-formed, as they are.
pub(crate) fn unescape_json_strings(body: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(body.len());
    let mut in_string = false;
    let mut i = 0;
    while let Some(&byte) = body.get(i) {
        if !in_string {
            in_string = byte == b'"';
            out.push(byte);
            i += 1;
            continue;
        }
        match byte {
            b'"' => {
                in_string = false;
                out.push(byte);
                i += 1;
            }
            b'\\' => {
                let (written, used) = escape(&body[i..]);
                out.extend_from_slice(&written);
                i += used;
            }
            _ => {
                out.push(byte);
                i += 1;
            }
        }
    }
    out
}

/// The escape at the start of `rest` (which starts with `\`): what to write and how many bytes
/// it used.
fn escape(rest: &[u8]) -> (Vec<u8>, usize) {
    match rest.get(1) {
        Some(b'/') => (b"/".to_vec(), 2),
        Some(b'u') => match unicode(rest) {
            Some((c, used)) if !matches!(c, '"' | '\\') && !c.is_control() => {
                (c.to_string().into_bytes(), used)
            }
            _ => (rest[..rest.len().min(2)].to_vec(), rest.len().min(2)),
        },
        // `\"`, `\\`, `\n` and the like stay escaped; a lone `\` at the end stays too.
        _ => (rest[..rest.len().min(2)].to_vec(), rest.len().min(2)),
    }
}

/// `\uXXXX`, or a surrogate pair `\uD83D\uDE00`, at the start of `rest`.
fn unicode(rest: &[u8]) -> Option<(char, usize)> {
    let unit = |at: usize| -> Option<u32> {
        let hex = std::str::from_utf8(rest.get(at..at + 4)?).ok()?;
        u32::from_str_radix(hex, 16).ok()
    };
    let first = unit(2)?;
    if (0xD800..0xDC00).contains(&first) {
        if rest.get(6..8)? != b"\\u" {
            return None;
        }
        let second = unit(8)?;
        if !(0xDC00..0xE000).contains(&second) {
            return None;
        }
        let code = 0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00);
        return char::from_u32(code).map(|c| (c, 12));
    }
    char::from_u32(first).map(|c| (c, 6))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(body: &str) -> String {
        String::from_utf8(unescape_json_strings(body.as_bytes())).unwrap()
    }

    #[test]
    fn escapes_that_may_stand_raw_are_written_out() {
        assert_eq!(text(r#"{"k":"\u0073k-1\/2"}"#), r#"{"k":"sk-1/2"}"#);
        assert_eq!(text(r#"["\ud83d\ude00","\u00e9"]"#), r#"["😀","é"]"#);
        // What would change the JSON stays escaped.
        assert_eq!(
            text(r#"["\"","\\","\n","\u0022","\u005c","\u0001"]"#),
            r#"["\"","\\","\n","\u0022","\u005c","\u0001"]"#
        );
        // Outside strings, and broken escapes, nothing changes.
        assert_eq!(text(r#"{"a" : 1 } \u0073"#), r#"{"a" : 1 } \u0073"#);
        assert_eq!(text(r#""\uZZZZ \ud800 x\"#), r#""\uZZZZ \ud800 x\"#);
        // The result decodes to the same value.
        let body = r#"{"b":"\u0073\/\u00e9\ud83d\ude00","a":[1,"\t\u0041"]}"#;
        let original: serde_json::Value = serde_json::from_str(body).unwrap();
        let written: serde_json::Value = serde_json::from_str(&text(body)).unwrap();
        assert_eq!(original, written);
    }
}
