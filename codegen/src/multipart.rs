//! `#[derive(Multipart)]`: a struct sent as a `multipart/form-data` body, one part per field
//! under its serde name (the names `#[derive(Schema)]` checks against the document's
//! multipart schema). Text parts from `String`, numbers and `bool`; file parts from
//! `phala_api::multipart::Part`; `Option` leaves a part out, `Vec` repeats it.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::spanned::Spanned;
use syn::{Data, DeriveInput, Fields};

use crate::errors::Errors;
use crate::serde_attrs::{Container, Member, Side};

const USAGE: &str = "`Multipart` is derived for a struct with named fields, one part each";

/// The derive's expansion.
pub fn derive(input: TokenStream) -> TokenStream {
    let input: DeriveInput = match syn::parse2(input) {
        Ok(input) => input,
        Err(error) => return error.into_compile_error(),
    };
    let mut errors = Errors::default();
    let container = Container::of(&input.attrs);
    let mut parts = Vec::new();
    match &input.data {
        Data::Struct(data) => match &data.fields {
            Fields::Named(fields) => {
                for field in &fields.named {
                    let member = Member::of(&field.attrs);
                    let Some(ident) = &field.ident else { continue };
                    if member.flatten {
                        errors.push(
                            ident.span(),
                            "a flattened field's parts cannot be listed: write them as fields \
                             of this struct",
                        );
                    } else if !member.skipped(Side::Serialize) {
                        let name = container.field_name(ident, &member, Side::Serialize);
                        // Spanned at the field: a type that cannot be a part is reported there.
                        parts.push(quote_spanned! {field.ty.span()=>
                            let form = ::phala_api::__private::MultipartField::add_to(
                                self.#ident, form, #name,
                            );
                        });
                    }
                }
            }
            _ => errors.push(input.ident.span(), USAGE),
        },
        _ => errors.push(input.ident.span(), USAGE),
    }
    let ident = &input.ident;
    let (impl_generics, type_generics, where_clause) = input.generics.split_for_impl();
    let errors = errors
        .finish(Some(()))
        .err()
        .map(syn::Error::into_compile_error);
    quote! {
        #errors
        impl #impl_generics ::phala_api::__private::MultipartBody for #ident #type_generics
            #where_clause
        {
            fn into_body(self) -> ::phala_api::__private::MultipartForm {
                let form = ::phala_api::__private::MultipartForm::new();
                #(#parts)*
                form
            }
        }
    }
}
