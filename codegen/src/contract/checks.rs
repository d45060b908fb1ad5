//! The `const` checks for what only the compiler knows: which component a type's
//! `phala_api::Schema` names, which fields a `#[query]` struct has, which statuses an error
//! enum maps. Each is an unnamed `const` spanned at the user's type, so a failure is reported
//! there; the comparisons and their messages are `const fn`s of
//! `phala_api::__private::contract`.

use proc_macro2::TokenStream;
use quote::quote_spanned;
use syn::spanned::Spanned;
use syn::{Ident, Type};

use super::document::Operation;
use super::rust_type::{mentions_self, nameable};

/// `ty` is the schema `component`, which `what` is (the answer of an operation, a property).
pub(crate) fn schema(ty: &Type, component: &str, what: &str) -> TokenStream {
    let ty = nameable(ty);
    // Braces of the path are literal text in a diagnostic format string.
    let escaped = |text: &str| text.replace('{', "{{").replace('}', "}}");
    let message = format!(
        "`{{Self}}` is not checked against the schema `{}`, which {} is",
        escaped(component),
        escaped(what)
    );
    let label = format!(
        "derive `phala_api::Schema` with `#[schema(\"{}\", spec = …)]`",
        escaped(component)
    );
    quote_spanned! {ty.span()=>
        const _: () = {
            #[diagnostic::on_unimplemented(message = #message, label = #label)]
            trait Answer {
                const NAME: &'static str;
            }
            impl<T: ::phala_api::Schema + ?::core::marker::Sized> Answer for T {
                const NAME: &'static str = <T as ::phala_api::Schema>::NAME;
            }
            ::phala_api::__private::contract::schema(<#ty as Answer>::NAME, #component, #what)
        };
    }
}

/// The statuses the method's error enum maps are documented by `operation`.
pub(crate) fn statuses(error: &Type, operation: &Operation<'_>, name: &str) -> TokenStream {
    let written = operation.statuses();
    if written.contains(&"default") || mentions_self(error) || maps_nothing(error) {
        return TokenStream::new();
    }
    let exact: Vec<u16> = written.iter().filter_map(|s| s.parse().ok()).collect();
    let ranges: Vec<u16> = written
        .iter()
        .filter_map(|s| {
            let digit = s.strip_suffix("XX").or_else(|| s.strip_suffix("xx"))?;
            digit.parse().ok()
        })
        .collect();
    let error = nameable(error);
    quote_spanned! {error.span()=>
        const _: () = ::phala_api::__private::contract::statuses(
            <<#error as ::phala_api::__private::EndpointError>::Map as ::phala_api::ApiError>::STATUSES,
            &[#(#exact),*],
            &[#(#ranges),*],
            #name,
        );
    }
}

/// `Error` or `phala_api::Error` without arguments: `Error<Infallible>`, which maps no status,
/// so there is nothing to evaluate (most methods; it keeps the check cheap).
fn maps_nothing(error: &Type) -> bool {
    let Type::Path(path) = error else {
        return false;
    };
    let segments: Vec<String> = path
        .path
        .segments
        .iter()
        .map(|s| s.ident.to_string())
        .collect();
    let bare = path
        .path
        .segments
        .last()
        .is_some_and(|last| last.arguments.is_empty());
    bare && matches!(
        segments
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .as_slice(),
        ["Error"] | ["phala_api", "Error"]
    )
}

/// The fields of the `#[query]` structs are documented query parameters of `operation`, and
/// together with the scalar arguments they bind every required one.
pub(crate) fn query_structs(
    structs: &[(&Ident, Type)],
    documented: &[&str],
    unbound: &[&str],
    operation: &str,
) -> TokenStream {
    let arguments = structs.iter().map(|(name, _)| name.to_string());
    let types = structs
        .iter()
        .map(|(_, ty)| quote_spanned!(ty.span()=> <#ty as ::phala_api::QueryParams>::NAMES));
    let span = structs
        .first()
        .map_or_else(proc_macro2::Span::call_site, |(_, ty)| ty.span());
    quote_spanned! {span=>
        const _: () = ::phala_api::__private::contract::query_fields(
            &[#(#types),*],
            &[#(#arguments),*],
            &[#(#documented),*],
            &[#(#unbound),*],
            #operation,
        );
    }
}
