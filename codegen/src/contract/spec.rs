//! `spec`: which document a trait or a derive is checked against. One type and one resolver
//! for `#[phala_api::api(spec = "…")]` and every derive's `#[schema(…, spec = "…")]`: a path
//! relative to the crate's manifest directory (then beside the source file), or, written as
//! bare `spec` on the trait or left out of `#[schema]`, the crate's default document
//! `PHALA_API_SPEC`.

use std::collections::HashSet;
use std::sync::{Mutex, PoisonError};

use proc_macro2::{Span, TokenStream};
use quote::quote;
use syn::LitStr;
use syn::parse::ParseStream;

use super::document::{self, Loaded};

/// The variable that names a crate's default document: set it for the crate in
/// `.cargo/config.toml` (`[env] PHALA_API_SPEC = "…"`).
pub(crate) const DEFAULT_SPEC: &str = "PHALA_API_SPEC";

/// Where the document is named.
pub(crate) struct Spec {
    /// `spec = "…"` as written; `None` for the crate's default.
    written: Option<LitStr>,
    /// Where messages about the document point.
    span: Span,
}

/// A document ready to check against, and the tokens that go beside the checked item so that
/// cargo rebuilds when the document (or the default's variable) changes.
pub(crate) struct Checked {
    pub(crate) loaded: Loaded,
    pub(crate) tracking: TokenStream,
}

impl Spec {
    /// After the keyword `spec`: `= "path"`, or nothing for the crate's default.
    pub(crate) fn parse_after_keyword(keyword: Span, input: ParseStream<'_>) -> syn::Result<Spec> {
        if !input.peek(syn::Token![=]) {
            return Ok(Spec::default_at(keyword));
        }
        input.parse::<syn::Token![=]>()?;
        if !input.peek(LitStr) {
            return Err(input.error(
                "expected the document's path, e.g. `spec = \"openapi/phala-cloud.json\"`",
            ));
        }
        let written: LitStr = input.parse()?;
        Ok(Spec {
            span: written.span(),
            written: Some(written),
        })
    }

    /// The crate's default document, reported at `span`.
    pub(crate) fn default_at(span: Span) -> Spec {
        Spec {
            written: None,
            span,
        }
    }

    /// Finds, reads and parses the document (once per compiler process), or the one error.
    pub(crate) fn load(&self) -> syn::Result<Checked> {
        self.load_with(std::env::var(DEFAULT_SPEC).ok())
    }

    /// `load` with `default`, the crate's default document when one is set.
    pub(crate) fn load_with(&self, default: Option<String>) -> syn::Result<Checked> {
        let (path, tracked) = match (&self.written, default) {
            (Some(written), _) => (written.value(), TokenStream::new()),
            // `option_env!` makes rustc record the variable: cargo rebuilds when it changes.
            (None, Some(path)) => (
                path,
                quote!(
                    const _: ::core::option::Option<&str> = ::core::option_env!(#DEFAULT_SPEC);
                ),
            ),
            (None, None) => {
                return Err(syn::Error::new(
                    self.span,
                    format!(
                        "name the document to check against: `spec = \"openapi.json\"`, or set \
                         a default for the crate with `{DEFAULT_SPEC}` in `.cargo/config.toml` \
                         (`[env]`)"
                    ),
                ));
            }
        };
        let source = self.span.local_file();
        let source_dir = source.as_deref().and_then(std::path::Path::parent);
        let loaded = document::load(&path, source_dir)
            .map_err(|message| syn::Error::new(self.span, message))?;
        let trigger = rebuild_trigger(&loaded);
        Ok(Checked {
            loaded,
            tracking: quote!(#trigger #tracked),
        })
    }
}

/// The documents this compiler process (one crate) has emitted a rebuild trigger for.
static TRIGGERED: Mutex<Option<HashSet<(String, std::path::PathBuf)>>> = Mutex::new(None);

/// A hidden `include_bytes!` of the document, which makes cargo rebuild the crate when it
/// changes: once per document and crate, since reading a 13 MB document into every derive
/// costs more than parsing it once. Empty after the first.
fn rebuild_trigger(loaded: &Loaded) -> TokenStream {
    let krate = std::env::var("CARGO_CRATE_NAME").unwrap_or_default()
        + &std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    let mut triggered = TRIGGERED.lock().unwrap_or_else(PoisonError::into_inner);
    let first = triggered
        .get_or_insert_with(HashSet::new)
        .insert((krate, loaded.path.clone()));
    if !first {
        return TokenStream::new();
    }
    let path = loaded.path.display().to_string();
    quote!(
        const _: &[u8] = ::core::include_bytes!(#path);
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn spec(path: &str) -> Spec {
        Spec {
            written: Some(LitStr::new(path, Span::call_site())),
            span: Span::call_site(),
        }
    }

    #[test]
    fn one_rebuild_trigger_per_document() {
        let path =
            std::env::temp_dir().join(format!("phala-api-trigger-{}.yaml", std::process::id()));
        std::fs::write(&path, "openapi: 3.1.0\npaths: {}\n").unwrap();
        let path = path.display().to_string();
        let first = spec(&path).load().unwrap().tracking.to_string();
        assert!(first.contains("include_bytes"), "{first}");
        // Every later derive or trait of the crate naming the same document reads no bytes.
        for _ in 0..3 {
            let later = spec(&path).load().unwrap().tracking.to_string();
            assert!(!later.contains("include_bytes"), "{later}");
        }
        let _ = std::fs::remove_file(&path);
    }

    #[test]
    fn the_crate_default_or_a_clear_error() {
        let default = Spec::default_at(Span::call_site());
        let error = default.load_with(None).err().map(|e| e.to_string());
        assert!(
            error.as_deref().is_some_and(|e| e.contains(DEFAULT_SPEC)),
            "{error:?}"
        );
        let document = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../tests/openapi/contract-3.1.json"
        );
        let checked = default.load_with(Some(document.to_owned())).unwrap();
        assert!(checked.tracking.to_string().contains("option_env"));
    }
}
