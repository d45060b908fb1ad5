//! `#[derive(QueryParams)]`: the names a `#[query]` struct sends, after serde's renames, for
//! the contract check of a trait with `spec = "…"`.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::DeriveInput;
use syn::spanned::Spanned;

use crate::contract::fit::parameter_class;
use crate::contract::rust_type::RustKind;
use crate::errors::Errors;
use crate::serde_attrs::serialized_fields;

/// The derive's expansion.
pub fn derive(input: TokenStream) -> TokenStream {
    let input: DeriveInput = match syn::parse2(input) {
        Ok(input) => input,
        Err(error) => return error.into_compile_error(),
    };
    let mut errors = Errors::default();
    let fields = serialized_fields(
        &input,
        "`QueryParams` is derived for a struct with named fields, one query parameter each",
        "a flattened field's parameters cannot be listed: write them as fields of this struct",
        &mut errors,
    );
    let names: Vec<&String> = fields.iter().map(|(_, name)| name).collect();
    // Each field is a bound written at the field: the operation documents its name.
    let bounds = fields.iter().map(|(field, name)| {
        let class = parameter_class(&RustKind::of(&field.ty));
        quote_spanned! {field.span()=>
            __O: ::phala_api::__private::contract::Parameter<
                { ::phala_api::__private::contract::name_hash(#name) },
                #class,
            >
        }
    });
    let ident = &input.ident;
    let (impl_generics, type_generics, where_clause) = input.generics.split_for_impl();
    // With errors, the impl still goes out (with the names it could read): nothing cascades.
    let errors = errors
        .finish(Some(()))
        .err()
        .map(syn::Error::into_compile_error);
    // The fields' bounds go on a type of the derive's own, named by `QueryParams::Fields`: a
    // struct without the derive then fails once, at `QueryParams`, and lists no other type's.
    quote! {
        #errors
        const _: () = {
            #[doc(hidden)]
            pub struct __PhalaQueryFields;
            // Not listed when another type lacks the trait: the message says to derive it.
            #[diagnostic::do_not_recommend]
            impl #impl_generics ::phala_api::QueryParams for #ident #type_generics #where_clause {
                const NAMES: &'static [&'static str] = &[#(#names),*];
                type Fields = __PhalaQueryFields;
            }
            impl<__O: ?::core::marker::Sized> ::phala_api::__private::contract::QueryFields<__O>
                for __PhalaQueryFields
            where
                #(#bounds,)*
            {
            }
        };
    }
}
