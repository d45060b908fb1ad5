//! Test support for phala-api: a recording HTTP/1.1 server on 127.0.0.1 and a stand-in of Phala
//! Cloud's KMS endpoints. Used by this package's tests and by the examples.

pub mod capture;
pub mod cloud_copy;
pub mod cloud_stand_in;
pub mod instances;
pub mod raw;
pub mod server;
pub mod stand_in;
pub mod trim;
pub mod waits;
pub mod whole;

pub use server::{Recorded, Reply, SilentServer, TEST_API_KEY, TestServer};

/// Percent-decodes `text` (bytes, then lossy UTF-8); a `%` without two hex digits stays as is.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while let Some(&byte) = bytes.get(index) {
        let hex = bytes.get(index + 1..index + 3).and_then(|pair| {
            std::str::from_utf8(pair)
                .ok()
                .and_then(|pair| u8::from_str_radix(pair, 16).ok())
        });
        match (byte, hex) {
            (b'%', Some(decoded)) => {
                out.push(decoded);
                index += 3;
            }
            _ => {
                out.push(byte);
                index += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

#[cfg(test)]
mod tests {
    use super::percent_decode;

    #[test]
    fn decodes_escapes_and_keeps_the_rest() {
        assert_eq!(percent_decode("a%2Fb%20c"), "a/b c");
        assert_eq!(percent_decode("%D0%BA"), "к");
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz%2"), "%zz%2");
    }
}
