//! `#[header("Name")]` arguments: the `HeaderParam` trait.

use std::borrow::Cow;

/// A type that can be the value of a `#[header("Name")]` argument.
///
/// Implemented for `str`, `String`, `Cow<str>`, integers, `bool`, references to them, and
/// `Option` of any of them (`None` sends no header). The value is checked before any I/O: one
/// that is not a valid header value is an `Error::InvalidArgument`.
#[diagnostic::on_unimplemented(
    message = "`{Self}` cannot be a header value",
    label = "this type does not implement `phala_api::HeaderParam`",
    note = "header arguments are `&str`, `String`, integers, `bool`, `Option` of them, or your \
            own types that implement `phala_api::HeaderParam`"
)]
pub trait HeaderParam {
    /// The value to send, or `None` for no header.
    fn header_value(&self) -> Option<Cow<'_, str>>;
}

impl HeaderParam for str {
    fn header_value(&self) -> Option<Cow<'_, str>> {
        Some(Cow::Borrowed(self))
    }
}

impl HeaderParam for String {
    fn header_value(&self) -> Option<Cow<'_, str>> {
        Some(Cow::Borrowed(self))
    }
}

impl HeaderParam for Cow<'_, str> {
    fn header_value(&self) -> Option<Cow<'_, str>> {
        Some(Cow::Borrowed(self))
    }
}

impl<T: HeaderParam + ?Sized> HeaderParam for &T {
    fn header_value(&self) -> Option<Cow<'_, str>> {
        (**self).header_value()
    }
}

impl<T: HeaderParam> HeaderParam for Option<T> {
    fn header_value(&self) -> Option<Cow<'_, str>> {
        self.as_ref().and_then(HeaderParam::header_value)
    }
}

macro_rules! display_header_params {
    ($($t:ty)*) => {$(
        impl HeaderParam for $t {
            fn header_value(&self) -> Option<Cow<'_, str>> {
                Some(Cow::Owned(self.to_string()))
            }
        }
    )*};
}
display_header_params!(bool u8 u16 u32 u64 u128 usize i8 i16 i32 i64 i128 isize);
