//! The bound operations and their types as Rust tokens, formatted by prettyplease. A type that
//! holds itself (through other types) is boxed where the cycle closes.

use proc_macro2::TokenStream;
use quote::quote;

use crate::names::ident;
use crate::operations::{Answer, ArgumentType, Bound, Method, Role};
use crate::types::{Item, Kind, Ty};

/// What the writer needs besides the model.
pub(crate) struct Module<'a> {
    pub(crate) spec: &'a str,
    /// Fixed headers every trait sends.
    pub(crate) headers: &'a [(String, String)],
    pub(crate) items: &'a [Item],
    pub(crate) order: Vec<usize>,
    pub(crate) bound: &'a Bound,
    /// Per item, its strongly connected component: a field is boxed within one.
    pub(crate) cycle: Vec<usize>,
}

impl Module<'_> {
    pub(crate) fn tokens(&self) -> TokenStream {
        let traits = self.bound.traits.iter().map(|t| {
            let name = ident(&t.name);
            let doc = doc(t.doc.as_deref());
            let spec = self.spec;
            let methods = t.methods.iter().map(|m| self.method(m));
            let left_out = t.left_out.iter().map(|why| {
                let text = format!(" Not bound: {why}.");
                quote!(#[doc = #text])
            });
            let note = (!t.left_out.is_empty()).then(|| quote!(#[doc = ""]));
            let headers = self
                .headers
                .iter()
                .map(|(name, value)| quote!(, header(#name = #value)));
            quote! {
                #doc
                #note
                #(#left_out)*
                #[phala_api::api(spec = #spec #(#headers)*)]
                pub trait #name: phala_api::Api {
                    #(#methods)*
                }

                impl #name for phala_api::Client {}
            }
        });
        let errors = self.bound.errors.iter().map(|e| {
            let name = ident(&e.name);
            let variants = e.variants.iter().map(|(status, variant, body)| {
                let variant = ident(variant);
                let status = proc_macro2::Literal::u16_unsuffixed(*status);
                match body {
                    Some(ty) => {
                        let ty = self.ty(ty, None);
                        quote!(#[status(#status)] #variant(#ty),)
                    }
                    None => quote!(#[status(#status)] #variant,),
                }
            });
            quote! {
                /// The documented error answers of the operations that return it.
                #[derive(Debug, phala_api::ApiError)]
                pub enum #name { #(#variants)* }
            }
        });
        let items = self.order.iter().map(|&i| self.item(i));
        quote! {
            #(#traits)*
            #(#errors)*
            #(#items)*
        }
    }

    fn method(&self, method: &Method) -> TokenStream {
        let name = ident(&method.name);
        let doc = doc(method.doc.as_deref());
        let http = ident(&method.http);
        let template = &method.template;
        let arguments = method.arguments.iter().map(|argument| {
            let name = ident(&argument.name);
            let ty = match &argument.ty {
                ArgumentType::Scalar(ty) => scalar(ty),
                ArgumentType::Body(Ty::Vec(item)) => {
                    let item = self.ty(item, None);
                    quote!(&[#item])
                }
                ArgumentType::Body(ty) => {
                    let ty = self.ty(ty, None);
                    quote!(&#ty)
                }
                ArgumentType::Form => quote!(phala_api::multipart::Form),
                ArgumentType::Parts(item) => {
                    let name = ident(&self.items[*item].name);
                    quote!(#name)
                }
            };
            let ty = if argument.required {
                ty
            } else {
                quote!(Option<#ty>)
            };
            let role = match &argument.role {
                Role::Path => TokenStream::new(),
                Role::Query(key) => quote!(#[query(#key)]),
                Role::Header(key) => quote!(#[header(#key)]),
                Role::Json => quote!(#[body]),
                Role::Form => quote!(#[body(form)]),
                Role::Multipart => quote!(#[body(multipart)]),
                Role::Raw(media) => quote!(#[body(raw = #media)]),
            };
            quote!(#role #name: #ty)
        });
        let answer = match &method.answer {
            Answer::Unit => quote!(()),
            Answer::Text => quote!(String),
            Answer::Bytes => quote!(phala_api::Bytes),
            Answer::Events => quote!(phala_api::EventStream<serde_json::Value>),
            Answer::Json(ty) => self.ty(ty, None),
        };
        let answer = if method.optional {
            quote!(Option<#answer>)
        } else {
            answer
        };
        let error = match method.error {
            Some(index) => {
                let error = ident(&self.bound.errors[index].name);
                quote!(phala_api::Error<#error>)
            }
            None => quote!(phala_api::Error),
        };
        quote! {
            #doc
            #[api_endpoint(#http #template)]
            async fn #name(&self, #(#arguments),*) -> Result<#answer, #error>;
        }
    }

    fn item(&self, index: usize) -> TokenStream {
        let item = &self.items[index];
        let name = ident(&item.name);
        let comment = doc(item.doc.as_deref());
        let spec = self.spec;
        let schema = &item.schema;
        let derive = quote! {
            #[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, phala_api::Schema)]
            #[schema(#schema, spec = #spec)]
        };
        match &item.kind {
            Kind::Pending => TokenStream::new(),
            Kind::Alias(target) => {
                let target = ident(&self.items[*target].name);
                let text = format!(" `{}`: the same schema as `{target}`.", item.schema);
                quote! { #[doc = #text] pub type #name = #target; }
            }
            Kind::Struct(fields) => {
                let fields = fields.iter().map(|field| {
                    let name = ident(&field.name);
                    let ty = self.ty(&field.ty, Some(index));
                    let doc = doc(field.doc.as_deref());
                    let untyped = (field.ty == Ty::Json)
                        .then(|| quote!(#[doc = " Untyped in the document: any JSON, unchecked."]));
                    let wire = &field.wire;
                    // serde reads `r#type` as `type`; `self_` is no `self`.
                    let read = name.to_string();
                    let read = read.trim_start_matches("r#");
                    let rename = (read != wire).then(|| quote!(#[serde(rename = #wire)]));
                    let (ty, skip) = match (&field.ty, field.optional) {
                        (Ty::Option(_), true) => (
                            ty,
                            quote!(#[serde(default, skip_serializing_if = "Option::is_none")]),
                        ),
                        (_, true) => (
                            quote!(Option<#ty>),
                            quote!(#[serde(default, skip_serializing_if = "Option::is_none")]),
                        ),
                        (_, false) => (ty, TokenStream::new()),
                    };
                    quote!(#doc #untyped #rename #skip pub #name: #ty,)
                });
                quote! { #comment #derive pub struct #name { #(#fields)* } }
            }
            Kind::Multipart(fields) => {
                let fields = fields.iter().map(|field| {
                    let name = ident(&field.name);
                    let ty = self.ty(&field.ty, None);
                    let doc = doc(field.doc.as_deref());
                    let wire = &field.wire;
                    let read = name.to_string();
                    let rename = (read.trim_start_matches("r#") != wire)
                        .then(|| quote!(#[serde(rename = #wire)]));
                    let ty = match (&field.ty, field.optional) {
                        (Ty::Option(_), _) | (_, false) => ty,
                        (_, true) => quote!(Option<#ty>),
                    };
                    quote!(#doc #rename pub #name: #ty,)
                });
                let gap = (!comment.is_empty()).then(|| quote!(#[doc = ""]));
                quote! {
                    #comment
                    #gap
                    #[doc = " Sent as `multipart/form-data`, a part per field (phala-api's `multipart` feature)."]
                    #[derive(Debug, phala_api::Multipart, phala_api::Schema)]
                    #[schema(#schema, spec = #spec)]
                    pub struct #name { #(#fields)* }
                }
            }
            Kind::StringEnum(values) => {
                let variants = values.iter().map(|(variant, value)| {
                    let variant = ident(variant);
                    quote!(#[serde(rename = #value)] #variant,)
                });
                quote! {
                    #comment #derive
                    pub enum #name {
                        #(#variants)*
                        /// A value the document did not list (one added later): read, never sent.
                        #[serde(other)]
                        Unknown,
                    }
                }
            }
            Kind::Union(variants) => {
                let variants = variants.iter().map(|(variant, ty)| {
                    let variant = ident(variant);
                    let ty = self.ty(ty, Some(index));
                    quote!(#variant(#ty),)
                });
                quote! { #comment #derive #[serde(untagged)] pub enum #name { #(#variants)* } }
            }
            Kind::Newtype(ty) => {
                let note = (*ty == Ty::Json).then(|| {
                    quote!(#[doc = ""] #[doc = " Untyped in the document: any JSON, unchecked."])
                });
                let ty = self.ty(ty, Some(index));
                quote! { #comment #note #derive pub struct #name(pub #ty); }
            }
        }
    }

    /// A type as a field or answer spells it; inside the item `within`, a type of the same
    /// cycle held by value is boxed.
    fn ty(&self, ty: &Ty, within: Option<usize>) -> TokenStream {
        match ty {
            Ty::Named(target) => {
                let name = ident(&self.items[*target].name);
                match within {
                    Some(item) if self.cycle[item] == self.cycle[*target] => quote!(Box<#name>),
                    _ => quote!(#name),
                }
            }
            Ty::Option(inner) => {
                let inner = self.ty(inner, within);
                quote!(Option<#inner>)
            }
            // A sequence or map holds its values on the heap: no cycle closes through it.
            Ty::Vec(inner) => {
                let inner = self.ty(inner, None);
                quote!(Vec<#inner>)
            }
            Ty::Map(inner) => {
                let inner = self.ty(inner, None);
                quote!(std::collections::BTreeMap<String, #inner>)
            }
            Ty::Str => quote!(String),
            Ty::Json => quote!(serde_json::Value),
            Ty::Part => quote!(phala_api::multipart::Part),
            other => scalar(other),
        }
    }
}

/// A scalar argument's or field's type.
fn scalar(ty: &Ty) -> TokenStream {
    match ty {
        Ty::Str => quote!(&str),
        Ty::Int => quote!(i64),
        Ty::Unsigned => quote!(u64),
        Ty::Float => quote!(f64),
        Ty::Bool => quote!(bool),
        Ty::Bytes => quote!(u8),
        Ty::Vec(inner) => {
            let inner = scalar(inner);
            quote!(&[#inner])
        }
        _ => quote!(&serde_json::Value),
    }
}

/// Doc attributes for a document's text: each line as written, but fenced code marked `text`
/// and indentation dropped, so rustdoc never runs the document's examples as doctests.
fn doc(text: Option<&str>) -> TokenStream {
    let Some(text) = text else {
        return TokenStream::new();
    };
    let mut fenced = false;
    let lines = text.lines().map(|line| {
        let line = line.trim();
        let line = if let Some(info) = line.strip_prefix("```") {
            fenced = !fenced;
            if fenced && info.trim().is_empty() {
                "```text".to_owned()
            } else {
                line.to_owned()
            }
        } else {
            line.to_owned()
        };
        let line = if line.is_empty() {
            line
        } else {
            format!(" {line}")
        };
        quote!(#[doc = #line])
    });
    let lines: Vec<TokenStream> = lines.collect();
    let close = fenced.then(|| quote!(#[doc = " ```"]));
    quote!(#(#lines)* #close)
}
