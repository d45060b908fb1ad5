//! `#[derive(ApiError)]`: an enum of documented error statuses, one `#[status(N)]` per variant,
//! each decoded from the response body into the variant's one field (or none).

use std::collections::HashMap;

use proc_macro2::{Span, TokenStream};
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Data, DeriveInput, Fields, Ident, LitInt};

use crate::errors::Errors;
use crate::fallback;

/// One checked variant.
struct Mapped<'a> {
    ident: &'a Ident,
    status: u16,
    /// The `#[status(N)]` attribute: where an undocumented status is reported.
    attr: Span,
    fields: &'a Fields,
}

/// The derive on `proc_macro2` tokens.
pub fn derive(input: TokenStream) -> TokenStream {
    let input: DeriveInput = match syn::parse2(input) {
        Ok(input) => input,
        Err(error) => return error.into_compile_error(),
    };
    match check(&input) {
        Ok(variants) => expand(&input, &variants),
        Err(errors) => fallback::api_error(errors, &input),
    }
}

fn check(input: &DeriveInput) -> syn::Result<Vec<Mapped<'_>>> {
    let Data::Enum(data) = &input.data else {
        return Err(syn::Error::new(
            input.ident.span(),
            "`ApiError` is derived for an enum with one variant per error status",
        ));
    };
    let mut errors = Errors::default();
    let mut seen: HashMap<u16, &Ident> = HashMap::new();
    let mut variants = Vec::new();
    for variant in &data.variants {
        let ident = &variant.ident;
        let Some((status, attr)) = status_of(variant, &mut errors) else {
            continue;
        };
        if let Some(first) = seen.insert(status, ident) {
            errors.push(
                ident.span(),
                format!("status {status} is mapped twice: also by `{first}`"),
            );
        }
        if variant.fields.len() > 1 {
            errors.push(
                variant.fields.span(),
                format!(
                    "variant `{ident}` has more than one field: the body decodes into one \
                     payload, e.g. `{ident}(HttpValidationError)`"
                ),
            );
        }
        variants.push(Mapped {
            ident,
            status,
            attr,
            fields: &variant.fields,
        });
    }
    errors.finish(Some(variants))
}

/// The variant's `#[status(N)]`, checked to be an error status, and the attribute's span.
fn status_of(variant: &syn::Variant, errors: &mut Errors) -> Option<(u16, Span)> {
    let attrs: Vec<_> = variant
        .attrs
        .iter()
        .filter(|a| a.path().is_ident("status"))
        .collect();
    let [attr] = attrs[..] else {
        let message = if attrs.is_empty() {
            format!(
                "variant `{}` needs `#[status(…)]`, e.g. `#[status(404)]`",
                variant.ident
            )
        } else {
            format!(
                "variant `{}` has more than one `#[status(…)]`",
                variant.ident
            )
        };
        errors.push(variant.ident.span(), message);
        return None;
    };
    let literal = match attr.parse_args::<LitInt>() {
        Ok(literal) => literal,
        Err(_) => {
            errors.push(attr.span(), "expected a status code, e.g. `#[status(404)]`");
            return None;
        }
    };
    match literal.base10_parse::<u16>() {
        Ok(status @ 400..=599) => Some((status, attr.span())),
        _ => {
            errors.push(
                literal.span(),
                format!("`{literal}` is not an error status: use a status from 400 to 599"),
            );
            None
        }
    }
}

fn expand(input: &DeriveInput, variants: &[Mapped<'_>]) -> TokenStream {
    let name = &input.ident;
    let (impl_generics, type_generics, where_clause) = input.generics.split_for_impl();
    let decode_arms = variants.iter().map(|variant| {
        let (ident, status) = (variant.ident, variant.status);
        let value = match variant.fields {
            Fields::Unit => quote!(::core::result::Result::Ok(Self::#ident)),
            Fields::Unnamed(fields) => {
                let span = fields.unnamed.span();
                quote_spanned!(span=> ::phala_api::__private::decode_json(body).map(Self::#ident))
            }
            Fields::Named(fields) => {
                let field = fields.named.iter().filter_map(|f| f.ident.as_ref());
                let span = fields.named.span();
                quote_spanned! {span=>
                    ::phala_api::__private::decode_json(body).map(|v| Self::#ident { #(#field: v)* })
                }
            }
        };
        quote!(#status => ::core::option::Option::Some(#value),)
    });
    let status_arms = variants.iter().map(|variant| {
        let (ident, status) = (variant.ident, variant.status);
        quote!(Self::#ident { .. } => #status,)
    });
    let statuses = variants.iter().map(|variant| variant.status);
    // A status the operation does not document is reported at its variant's attribute.
    let bounds = variants.iter().map(|variant| {
        let status = variant.status;
        quote_spanned!(variant.attr=> __O: ::phala_api::__private::contract::Answers<#status>)
    });
    let mut generics = input.generics.clone();
    generics
        .params
        .push(syn::parse_quote!(__O: ?::core::marker::Sized));
    let (statuses_generics, _, _) = generics.split_for_impl();
    let predicates = where_clause.map(|w| &w.predicates);
    // `*self`: a match on a reference to an empty enum is not exhaustive without arms.
    let status = if variants.is_empty() {
        quote!(match *self {})
    } else {
        quote!(match self { #(#status_arms)* })
    };
    quote! {
        // Not listed when another type lacks the trait: the message says to derive it.
        #[diagnostic::do_not_recommend]
        impl #impl_generics ::phala_api::ApiError for #name #type_generics #where_clause {
            const STATUSES: &'static [u16] = &[#(#statuses),*];

            fn from_response(
                status: ::phala_api::__private::StatusCode,
                body: &[u8],
            ) -> ::core::option::Option<
                ::core::result::Result<Self, ::phala_api::__private::JsonError>,
            > {
                match status.as_u16() {
                    #(#decode_arms)*
                    _ => ::core::option::Option::None,
                }
            }

            fn status(&self) -> u16 {
                #status
            }
        }

        impl #statuses_generics ::phala_api::__private::contract::Statuses<__O>
            for #name #type_generics
        where
            #predicates
            #(#bounds,)*
        {
        }
    }
}

#[cfg(test)]
mod tests {
    use quote::quote;

    fn errors(input: proc_macro2::TokenStream) -> String {
        super::derive(input).to_string()
    }

    #[test]
    fn maps_unit_tuple_and_named_variants() {
        let out = errors(quote! {
            enum E { #[status(404)] A, #[status(422)] B(V), #[status(500)] C { detail: D } }
        });
        assert!(!out.contains("compile_error"), "{out}");
        assert!(
            out.contains("404u16 =>") && out.contains("Self :: C { detail : v }"),
            "{out}"
        );
    }

    #[test]
    fn reports_every_mistake() {
        let out = errors(quote! {
            enum E {
                #[status(200)] Ok,
                #[status(404)] A,
                #[status(404)] B,
                #[status(500)] C(u8, u8),
                D,
                #[status("x")] F,
            }
        });
        for expected in [
            "`200` is not an error status",
            "status 404 is mapped twice: also by `A`",
            "variant `C` has more than one field",
            "variant `D` needs `#[status(…)]`",
            "expected a status code",
        ] {
            assert!(out.contains(expected), "{expected:?} not in {out}");
        }
        let on_struct = errors(quote!(
            struct S;
        ));
        assert!(on_struct.contains("derived for an enum"), "{on_struct}");
        assert!(
            on_struct.contains("impl :: phala_api :: ApiError for S"),
            "a broken derive still implements the trait: {on_struct}"
        );
    }

    #[test]
    fn an_empty_enum_maps_nothing() {
        let out = errors(quote!(
            enum Never {}
        ));
        assert!(!out.contains("compile_error"), "{out}");
        assert!(out.contains("match * self { }"), "{out}");
    }
}
