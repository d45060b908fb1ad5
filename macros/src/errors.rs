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

    /// Records an error (which may itself hold several).
    pub(crate) fn combine(&mut self, error: syn::Error) {
        match &mut self.0 {
            Some(all) => all.combine(error),
            None => self.0 = Some(error),
        }
    }

    /// `value`, unless it or anything recorded before is an error; then all of them.
    pub(crate) fn finish<T>(self, value: syn::Result<T>) -> syn::Result<T> {
        match (value, self.0) {
            (Ok(value), None) => Ok(value),
            (Ok(_), Some(error)) | (Err(error), None) => Err(error),
            (Err(error), Some(mut all)) => {
                all.combine(error);
                Err(all)
            }
        }
    }
}
