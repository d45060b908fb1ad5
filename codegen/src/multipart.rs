//! `#[derive(Multipart)]`: a struct sent as a `multipart/form-data` body, one part per field
//! under its serde name (the names `#[derive(Schema)]` checks against the document's
//! multipart schema). Text parts from `String`, numbers and `bool`; file parts from
//! `phala_api::multipart::Part`; `Option` leaves a part out, `Vec` repeats it.

use proc_macro2::TokenStream;
use quote::{quote, quote_spanned};
use syn::DeriveInput;
use syn::spanned::Spanned;

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
        "`Multipart` is derived for a struct with named fields, one part each",
        "a flattened field's parts cannot be listed: write them as fields of this struct",
        &mut errors,
    );
    // Each part is added where its field is: a type that cannot be a part is reported there.
    let parts = fields.iter().map(|(field, name)| {
        let ident = &field.ident;
        quote_spanned! {field.ty.span()=>
            let form = ::phala_api::__private::MultipartField::add_to(self.#ident, form, #name);
        }
    });
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
