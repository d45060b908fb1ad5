//! Path parameters: the `PathParam` trait and one-segment encoding (the path-safety rule of
//! the crate docs and `ARCHITECTURE.md`).
//!
//! A value becomes exactly one segment: every byte outside RFC 3986 `unreserved` is
//! percent-encoded, so `/ ? # % \ ; +` and space cannot change the path's shape. Values that a URL
//! parser or a server would treat specially are refused before any I/O.

use std::borrow::Cow;
use std::fmt::Write as _;

/// The longest value accepted for one path parameter, in bytes.
pub const MAX_PATH_VALUE_BYTES: usize = 1024;

/// A type that can fill a `<placeholder>` of a path template.
///
/// Implemented for `str`, `String`, `Cow<str>`, the integer types and references to any of them.
/// Implement it for your own id types by returning the raw, unencoded value: encoding and
/// validation are done for you.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a path parameter",
    label = "this type does not implement `phala_api::PathParam`",
    note = "path parameters are `&str`, `String`, integers, or your own types that implement \
            `phala_api::PathParam`"
)]
pub trait PathParam {
    /// The raw value, before percent-encoding.
    fn path_value(&self) -> Cow<'_, str>;
}

impl PathParam for str {
    fn path_value(&self) -> Cow<'_, str> {
        Cow::Borrowed(self)
    }
}

impl PathParam for String {
    fn path_value(&self) -> Cow<'_, str> {
        Cow::Borrowed(self)
    }
}

impl PathParam for Cow<'_, str> {
    fn path_value(&self) -> Cow<'_, str> {
        Cow::Borrowed(self)
    }
}

impl<T: PathParam + ?Sized> PathParam for &T {
    fn path_value(&self) -> Cow<'_, str> {
        (**self).path_value()
    }
}

macro_rules! integer_path_params {
    ($($t:ty)*) => {$(
        impl PathParam for $t {
            fn path_value(&self) -> Cow<'_, str> {
                Cow::Owned(self.to_string())
            }
        }
    )*};
}
integer_path_params!(u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize);

/// Why a value cannot be a path segment (the value itself is never repeated: it may be huge or
/// secret).
pub(crate) fn check_value(raw: &str) -> Result<(), &'static str> {
    if raw.is_empty() {
        return Err("the value is empty");
    }
    if raw.len() > MAX_PATH_VALUE_BYTES {
        return Err("the value is longer than 1024 bytes");
    }
    // The `url` crate silently deletes TAB, CR and LF, which would address another resource.
    if raw.chars().any(char::is_control) {
        return Err("the value contains a control character");
    }
    if phala_api_rules::is_dot_segment(raw) {
        return Err(
            "the value is `.` or `..` (or an encoded form of them), which would change the path",
        );
    }
    Ok(())
}

/// Appends `raw` percent-encoded as one segment (the `/` around it is the template's).
pub(crate) fn push_encoded(out: &mut String, raw: &str) {
    for byte in raw.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(byte));
        } else {
            // Writing to a `String` cannot fail.
            let _ = write!(out, "%{byte:02X}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn encoded(raw: &str) -> String {
        let mut out = String::new();
        out.push('/');
        push_encoded(&mut out, raw);
        out
    }

    #[test]
    fn encodes_everything_outside_unreserved() {
        assert_eq!(encoded("kms_0123abcd"), "/kms_0123abcd");
        assert_eq!(encoded("a-b.c_d~e"), "/a-b.c_d~e");
        assert_eq!(encoded("a/b?x=1#f"), "/a%2Fb%3Fx%3D1%23f");
        assert_eq!(encoded("a b;c+d\\e%"), "/a%20b%3Bc%2Bd%5Ce%25");
        assert_eq!(encoded("ключ"), "/%D0%BA%D0%BB%D1%8E%D1%87");
    }

    #[test]
    fn refuses_values_that_change_the_path() {
        for raw in [
            "", ".", "..", "%2e", "%2E%2e", ".%2e", "a\tb", "a\n", "\r", "\u{7f}", "\u{85}",
        ] {
            assert!(check_value(raw).is_err(), "{raw:?} accepted");
        }
        assert!(check_value(&"a".repeat(MAX_PATH_VALUE_BYTES + 1)).is_err());
        for raw in ["...", "a.", ".a", "%2e%2e%2e", "%252e", "a%2Fb", "ключ"] {
            assert_eq!(check_value(raw), Ok(()), "{raw:?} refused");
        }
    }

    #[test]
    fn integer_and_reference_values() {
        assert_eq!(42u64.path_value(), "42");
        assert_eq!((-7i32).path_value(), "-7");
        assert_eq!((&&"x").path_value(), "x");
        assert_eq!(String::from("y").path_value(), "y");
    }
}
