//! Collects every error of an expansion so they are reported together, not one per build.

use std::fmt::Display;

use proc_macro2::Span;

/// A growing set of spanned compile errors.
#[derive(Default)]
pub(crate) struct Errors(Option<syn::Error>);

impl Errors {
    /// Records `message` at `span`.
    pub(crate) fn push(&mut self, span: Span, message: impl Display) {
        self.combine(syn::Error::new(span, message));
    }

    /// Records `message` over all of `tokens` (e.g. a whole attribute, not only its `#`).
    pub(crate) fn push_spanned(&mut self, tokens: impl quote::ToTokens, message: impl Display) {
        self.combine(syn::Error::new_spanned(tokens, message));
    }

    /// Records an error (which may itself hold several).
    pub(crate) fn combine(&mut self, error: syn::Error) {
        match &mut self.0 {
            Some(all) => all.combine(error),
            None => self.0 = Some(error),
        }
    }

    /// `value` if nothing was recorded; else every recorded error.
    ///
    /// `value` is `None` only when something was recorded, so the last arm is a fallback that
    /// keeps the code total without a panic.
    pub(crate) fn finish<T>(self, value: Option<T>) -> syn::Result<T> {
        match (self.0, value) {
            (Some(error), _) => Err(error),
            (None, Some(value)) => Ok(value),
            (None, None) => Err(syn::Error::new(
                Span::call_site(),
                "invalid `#[api_endpoint]`",
            )),
        }
    }
}
