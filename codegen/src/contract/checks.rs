//! The checks for what only the compiler knows: which component a type's `phala_api::Schema`
//! names, which fields a `#[query]` struct has, which statuses an error enum maps. Each is an
//! unnamed `const` spanned at the user's type that names a trait the type (or a local marker)
//! must implement; the trait is local, with `#[diagnostic::on_unimplemented]` carrying the
//! message, so a mismatch is one plain error at the user's code (as axum-macros' spanned
//! assertions are), never a `const` panic with notes into the crate.

use proc_macro2::{Span, TokenStream};
use quote::quote_spanned;
use syn::spanned::Spanned;
use syn::{Ident, Type};

use super::document::Operation;
use crate::syntax::{mentions_self, nameable};

/// Braces are literal text in a diagnostic format string.
fn escaped(text: &str) -> String {
    text.replace('{', "{{").replace('}', "}}")
}

/// One assertion: `condition` (a `const` expression of type `bool`) holds, or `message` is the
/// error at `span`.
pub(crate) fn assertion(
    span: Span,
    condition: TokenStream,
    message: &str,
    label: &str,
) -> TokenStream {
    let (message, label) = (escaped(message), escaped(label));
    quote_spanned! {span=>
        const _: () = {
            struct Assertion<const HOLDS: bool>;
            #[diagnostic::on_unimplemented(message = #message, label = #label)]
            trait Holds {
                const OK: () = ();
            }
            #[diagnostic::do_not_recommend]
            impl Holds for Assertion<true> {}
            <Assertion<{ #condition }> as Holds>::OK
        };
    }
}

/// `ty` derives `Schema` for the component `accepted[0]`, which `what` is (the answer of an
/// operation, a property of a component), or for one of the others in `accepted`, the same
/// schema under another name (`Document::equivalents`); and, for a request body, has a field
/// for each of the schema's `required` properties (a `partial` type may not).
pub(crate) fn schema(ty: &Type, accepted: &[&str], what: &str, required: &[String]) -> TokenStream {
    let component = accepted.first().copied().unwrap_or_default();
    let ty = nameable(ty);
    let span = ty.span();
    let unchecked = format!(
        "`{{Self}}` is not checked against the schema `{}`, which {} is",
        escaped(component),
        escaped(what)
    );
    let derive = format!(
        "derive `phala_api::Schema` with `#[schema(\"{}\", spec = …)]`",
        escaped(component)
    );
    // An untyped type (`multipart::Form`) is every schema: nothing of it is known to judge.
    let same = quote_spanned!(span=> <#ty as Checked>::UNTYPED
        || ::phala_api::__private::contract::contains(&[#(#accepted),*], <#ty as Checked>::NAME));
    let others = match accepted {
        [_, rest @ ..] if !rest.is_empty() => format!(" (or `{}`)", rest.join("`, `")),
        _ => String::new(),
    };
    let other = assertion(
        span,
        same.clone(),
        &format!(
            "{what} is the schema `{component}`{others}, but its type is checked against another \
             schema"
        ),
        &format!("not checked against `{component}`"),
    );
    // Judged only of a type of the schema: another one is reported above, once.
    let held = required.iter().map(|property| {
        assertion(
            span,
            quote_spanned!(span=> !(#same) || <#ty as Checked>::UNTYPED
                || ::phala_api::__private::contract::contains(<#ty as Checked>::HELD, #property)),
            &format!(
                "{what} requires the property `{property}`, which its type has no field for (a \
                 `partial` type reads answers only)"
            ),
            &format!("has no field for `{property}`"),
        )
    });
    // Only a body's check reads what the type holds.
    let (held_item, held_value) = if required.is_empty() {
        (TokenStream::new(), TokenStream::new())
    } else {
        (
            quote_spanned!(span=> const HELD: &'static [&'static str];),
            quote_spanned!(span=> const HELD: &'static [&'static str] = <T as ::phala_api::__private::contract::Described>::HELD;),
        )
    };
    quote_spanned! {span=>
        const _: () = {
            #[diagnostic::on_unimplemented(message = #unchecked, label = #derive)]
            trait Checked {
                const NAME: &'static str;
                const UNTYPED: bool;
                #held_item
            }
            #[diagnostic::do_not_recommend]
            impl<T: ::phala_api::__private::contract::Described + ?::core::marker::Sized> Checked for T {
                const NAME: &'static str = <T as ::phala_api::__private::contract::Described>::NAME;
                const UNTYPED: bool = <T as ::phala_api::__private::contract::Described>::UNTYPED;
                #held_value
            }
            #other
            #(#held)*
        };
    }
}

/// Every one of `alternatives` (each the names it goes by, and what it is) of the union
/// `component` has a variant among `variants` (the types of an untagged enum `name`'s newtype
/// variants).
pub(crate) fn covered(
    span: Span,
    name: &str,
    variants: &[Type],
    alternatives: &[(Vec<String>, String)],
    component: &str,
) -> TokenStream {
    let checks = alternatives.iter().map(|(names, described)| {
        let held = variants.iter().map(|ty| {
            let ty = nameable(ty);
            quote_spanned!(span=>
                ::phala_api::__private::contract::contains(&[#(#names),*], <#ty as Named>::NAME))
        });
        assertion(
            span,
            quote_spanned!(span=> false #(|| #held)*),
            &format!(
                "`{name}` has no variant for the alternative `{}` of `{component}`, which is \
                 {described}",
                names.first().map_or("", String::as_str)
            ),
            "a variant is missing",
        )
    });
    // A variant's type without `Schema` is reported by its own check, once: nothing listed.
    quote_spanned! {span=>
        const _: () = {
            trait Named {
                const NAME: &'static str;
            }
            #[diagnostic::do_not_recommend]
            impl<T: ::phala_api::Schema + ?::core::marker::Sized> Named for T {
                const NAME: &'static str = <T as ::phala_api::Schema>::NAME;
            }
            #(#checks)*
        };
    }
}

/// The statuses the method's error enum maps are documented by `operation`: each status
/// `#[derive(ApiError)]` maps is a bound, written at its variant, that the operation answers
/// with it.
pub(crate) fn statuses(error: &Type, operation: &Operation<'_>, name: &str) -> TokenStream {
    let written = operation.statuses();
    if written.contains(&"default") || mentions_self(error) || maps_nothing(error) {
        return TokenStream::new();
    }
    // Only error statuses can be mapped; a range stands for each of its statuses.
    let documented: Vec<u16> = (400..=599u16)
        .filter(|status| operation.documents(*status))
        .collect();
    let listed = written
        .iter()
        .filter(|s| s.starts_with(['4', '5']))
        .copied()
        .collect::<Vec<_>>();
    let listed = if listed.is_empty() {
        "no error status".to_owned()
    } else {
        listed.join(", ")
    };
    let error = nameable(error);
    let span = error.span();
    let message = format!(
        "the error enum maps status {{VALUE}}, which `{}` does not document (it documents {listed})",
        escaped(name)
    );
    let operation = operation_answering(
        span,
        (
            &message,
            "drop the variant, or use an enum of the statuses this operation answers with",
        ),
        (
            quote_spanned!(span=> const VALUE: u16),
            quote_spanned!(span=> VALUE),
        ),
        quote_spanned!(span=> ::phala_api::__private::contract::Answers),
        &documented
            .iter()
            .map(|status| quote_spanned!(span=> #status))
            .collect::<Vec<_>>(),
    );
    quote_spanned! {span=>
        const _: () = {
            #operation
            // Through a local trait, so an enum without the derive is one plain error.
            #[diagnostic::on_unimplemented(
                message = "`{Self}` is not an error enum the contract check can read",
                label = "derive `phala_api::ApiError` for it"
            )]
            trait Derived {
                type Map: ?::core::marker::Sized;
            }
            #[diagnostic::do_not_recommend]
            impl<T: ::phala_api::ApiError + ?::core::marker::Sized> Derived for T {
                type Map = T;
            }
            <<<#error as ::phala_api::__private::EndpointError>::Map as Derived>::Map
                as ::phala_api::__private::contract::Statuses<Operation>>::OK
        };
    }
}

/// A local type `Operation` that implements the runtime's `bridge<…>` (`Answers<STATUS>`,
/// `Parameter<NAME, CLASS>`) for exactly the documented `values` (each the generic arguments),
/// through a local trait whose `on_unimplemented` carries `message` (`{VALUE}` in it is the
/// first argument): a derive's bound `O: bridge<…>`, written at a variant or a field, then
/// fails there with that message. `parameters` declares the const parameters, `arguments`
/// names them.
fn operation_answering(
    span: Span,
    (message, label): (&str, &str),
    (parameters, arguments): (TokenStream, TokenStream),
    bridge: TokenStream,
    values: &[TokenStream],
) -> TokenStream {
    quote_spanned! {span=>
        struct Operation;
        #[diagnostic::on_unimplemented(message = #message, label = #label)]
        trait Documented<#parameters> {}
        #(
            #[diagnostic::do_not_recommend]
            impl Documented<#values> for Operation {}
        )*
        impl<#parameters> #bridge<#arguments> for Operation
        where
            Operation: Documented<#arguments>,
        {
        }
    }
}

/// `Error` or `phala_api::Error` without arguments: `Error<Infallible>`, which maps no status,
/// so there is nothing to check (most methods; it keeps the check cheap).
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

/// A documented query parameter, as the struct check needs it.
pub(crate) struct Documented<'d> {
    pub(crate) name: &'d str,
    /// The classes of Rust types it takes (`fit::classes_taken`).
    pub(crate) classes: Vec<u8>,
    /// Its schema's kinds, for the message.
    pub(crate) described: String,
}

/// The fields of the `#[query]` structs are `documented` query parameters of `operation` (each
/// field a bound `#[derive(QueryParams)]` writes at the field), and together with the scalar
/// arguments they bind every required one (`unbound`).
pub(crate) fn query_structs(
    structs: &[(&Ident, Type)],
    documented: &[Documented<'_>],
    unbound: &[&str],
    operation: &str,
) -> TokenStream {
    let list = if documented.is_empty() {
        "none".to_owned()
    } else {
        documented
            .iter()
            .map(|d| format!("`{}` ({})", d.name, d.described))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let fields = structs.iter().map(|(argument, ty)| {
        let span = ty.span();
        let message = format!(
            "a field of `#[query]` argument `{}` is not a query parameter of `{}`, or is of a \
             type the parameter does not take; it documents {}",
            crate::syntax::unraw(argument),
            escaped(operation),
            escaped(&list)
        );
        let values: Vec<TokenStream> = documented
            .iter()
            .flat_map(|d| {
                let name = d.name;
                d.classes.iter().map(move |class| {
                    quote_spanned!(span=> { ::phala_api::__private::contract::name_hash(#name) }, #class)
                })
            })
            .collect();
        let operation = operation_answering(
            span,
            (&message, "not a documented query parameter of this type"),
            (
                quote_spanned!(span=> const NAME: u128, const CLASS: u8),
                quote_spanned!(span=> NAME, CLASS),
            ),
            quote_spanned!(span=> ::phala_api::__private::contract::Parameter),
            &values,
        );
        quote_spanned! {span=>
            const _: () = {
                #operation
                // Through the derive's own type: a struct without the derive fails once, at
                // `QueryParams`, whose message says to derive it.
                #[diagnostic::on_unimplemented(
                    message = "the fields of `{Self}` cannot be checked against the document's query parameters",
                    label = "derive `phala_api::QueryParams` for this `#[query]` struct (beside `serde::Serialize`)"
                )]
                trait Derived {
                    type Fields: ?::core::marker::Sized;
                }
                #[diagnostic::do_not_recommend]
                impl<T: ::phala_api::QueryParams + ?::core::marker::Sized> Derived for T {
                    type Fields = <T as ::phala_api::QueryParams>::Fields;
                }
                <<#ty as Derived>::Fields as ::phala_api::__private::contract::QueryFields<Operation>>::OK
            };
        }
    });
    let span = structs
        .first()
        .map_or_else(Span::call_site, |(_, ty)| ty.span());
    let names: Vec<TokenStream> = structs
        .iter()
        .map(|(_, ty)| quote_spanned!(ty.span()=> <#ty as Named>::NAMES))
        .collect();
    let required = unbound.iter().map(|parameter| {
        assertion(
            span,
            quote_spanned!(span=> ::phala_api::__private::contract::any_contains(&[#(#names),*], #parameter)),
            &format!(
                "`{operation}` requires the query parameter `{parameter}`, which no argument or \
                 `#[query]` struct field binds"
            ),
            &format!("no field binds `{parameter}`"),
        )
    });
    let required: Vec<TokenStream> = required.collect();
    if required.is_empty() {
        return quote_spanned!(span=> #(#fields)*);
    }
    quote_spanned! {span=>
        #(#fields)*
        const _: () = {
            // A struct without the derive is reported once, by the field check above.
            #[diagnostic::on_unimplemented(
                message = "the fields of `{Self}` cannot be checked against the document's query parameters",
                label = "derive `phala_api::QueryParams` for this `#[query]` struct (beside `serde::Serialize`)"
            )]
            trait Named {
                const NAMES: &'static [&'static str];
            }
            #[diagnostic::do_not_recommend]
            impl<T: ::phala_api::QueryParams + ?::core::marker::Sized> Named for T {
                const NAMES: &'static [&'static str] = <T as ::phala_api::QueryParams>::NAMES;
            }
            #(#required)*
        };
    }
}

/// The properties `#[serde(flatten)]` fields hold (`flattened`, their types) cover the ones of
/// `component` no other field holds (`rest`), and are among its own (`own`).
pub(crate) fn flattened(
    span: Span,
    flattened: &[Type],
    rest: &[&String],
    own: &[&String],
    component: &str,
) -> TokenStream {
    let held: Vec<TokenStream> = flattened
        .iter()
        .map(|ty| {
            let ty = nameable(ty);
            quote_spanned!(ty.span()=> <#ty as ::phala_api::Schema>::HELD)
        })
        .collect();
    let covered = rest.iter().map(|property| {
        assertion(
            span,
            quote_spanned!(span=> ::phala_api::__private::contract::any_contains(&[#(#held),*], #property)),
            &format!(
                "`{component}` documents the property `{property}`, which no field (flattened \
                 ones included) holds"
            ),
            &format!("no field holds `{property}`"),
        )
    });
    let within = assertion(
        span,
        quote_spanned!(span=> ::phala_api::__private::contract::all_within(&[#(#held),*], &[#(#own),*])),
        &format!("a flattened field holds a property that `{component}` does not document"),
        "a flattened field holds an undocumented property",
    );
    quote_spanned!(span=> #(#covered)* #within)
}
