//! The trait method declaration -> its named arguments and the shape of its result.
//!
//! Only what the declaration says on its own is judged here; how it fits the attribute is
//! `check`'s.

use syn::spanned::Spanned;
use syn::{
    Attribute, FnArg, GenericArgument, Ident, LitStr, Pat, PathArguments, ReceiverKind, ReturnType,
    TraitItemFn, Type, TypeParamBound,
};

use crate::errors::Errors;
use crate::ir::{BodyKind, Returns, Shape};
use crate::syntax::{generic_types, unraw};

/// The attributes that give an argument a role; only the macro reads them.
const ROLE_ATTRIBUTES: [&str; 3] = ["query", "header", "body"];

/// A named argument after `&self`, as written.
pub(crate) struct Argument {
    pub(crate) name: Ident,
    pub(crate) ty: Type,
    pub(crate) role: Role,
}

impl Argument {
    /// The name as requests and messages spell it.
    pub(crate) fn text(&self) -> String {
        unraw(&self.name)
    }
}

/// The role an argument's attribute gives it, with the spans messages point at.
pub(crate) enum Role {
    /// No attribute: a `<placeholder>` of the same name.
    Path,
    /// `#[query]` or `#[query("name")]`; `name` is `None` for the argument's own name.
    Query {
        name: Option<LitStr>,
        attr: Attribute,
    },
    /// `#[header("Name")]`; `name` is `None` when it was malformed (and reported).
    Header { name: Option<LitStr> },
    /// `#[body]`, `#[body(form)]` or `#[body(multipart)]`: the request body.
    Body { attr: Attribute, kind: BodyKind },
}

/// The method as written.
pub(crate) struct Declaration {
    /// The method without its role attributes, which only the macro reads.
    pub(crate) item: TraitItemFn,
    /// The arguments after `&self` that are plain names (others are reported).
    pub(crate) arguments: Vec<Argument>,
    /// `None` when the return type was reported as wrong.
    pub(crate) returns: Option<Returns>,
}

const RETURNS: &str = "`Result<T, phala_api::Error>`";

/// Reads `method`, recording every problem of the declaration itself in `errors`.
pub(crate) fn parse(method: &TraitItemFn, errors: &mut Errors) -> Declaration {
    let sig = &method.sig;

    if let Some(body) = &method.default {
        errors.push(
            body.span(),
            "an endpoint method has no body: `#[api_endpoint]` generates it; \
             end the signature with `;`",
        );
    }
    if let Some(token) = &sig.constness {
        errors.push(token.span(), "an endpoint method cannot be `const`");
    }
    if !matches!(sig.safety, syn::Safety::Default) || sig.abi.is_some() {
        errors.push(
            sig.fn_token.span(),
            "an endpoint method cannot be `unsafe`, `safe` or `extern`",
        );
    }
    if let Some(variadic) = &sig.variadic {
        errors.push(
            variadic.dots.span(),
            "an endpoint method cannot be variadic",
        );
    }

    match sig.inputs.first() {
        Some(FnArg::Receiver(receiver)) => match &receiver.kind {
            ReceiverKind::Reference(_, _, None) => {}
            ReceiverKind::Reference(_, _, Some(_)) => errors.push(
                receiver.span(),
                "an endpoint method takes `&self`, not `&mut self`: calls share one client",
            ),
            _ => errors.push(
                receiver.span(),
                "an endpoint method takes `&self`, so the client is borrowed, not consumed",
            ),
        },
        first => errors.push(
            first.map_or(sig.paren_token.span.join(), |arg| arg.span()),
            "an endpoint method takes `&self` as its first parameter",
        ),
    }

    let mut arguments = Vec::new();
    let skip = usize::from(matches!(sig.inputs.first(), Some(FnArg::Receiver(_))));
    for input in sig.inputs.iter().skip(skip) {
        match plain_name(input, errors) {
            Some(argument) => arguments.push(argument),
            None => errors.push(
                input.span(),
                "an endpoint argument is a plain name (`kms_id: &str`): the name binds it to \
                 the request",
            ),
        }
    }

    let returns = output(sig.asyncness.is_some(), &sig.output, &sig.ident)
        .and_then(|written| {
            let (shape, error) = result_shape(&written)?;
            Ok(Returns {
                shape,
                error,
                written,
            })
        })
        .map_err(|error| errors.combine(error))
        .ok();
    Declaration {
        item: without_roles(method),
        arguments,
        returns,
    }
}

/// `method` without `#[query]`, `#[header]` and `#[body]`, which are not real attributes.
pub(crate) fn without_roles(method: &TraitItemFn) -> TraitItemFn {
    let mut method = method.clone();
    for input in &mut method.sig.inputs {
        if let FnArg::Typed(typed) = input {
            typed.attrs.retain(|attr| {
                !ROLE_ATTRIBUTES
                    .iter()
                    .any(|role| attr.path().is_ident(role))
            });
        }
    }
    method
}

/// The `Result<…>` type: written directly after `async fn`, or as the `Output` of
/// `impl Future<Output = …> + Send`.
fn output(is_async: bool, output: &ReturnType, ident: &Ident) -> syn::Result<Type> {
    let ty = match output {
        ReturnType::Type(_, ty) => &**ty,
        ReturnType::Default => {
            return Err(syn::Error::new(
                ident.span(),
                format!(
                    "an endpoint method returns {RETURNS}: add `-> {}`",
                    RETURNS.trim_matches('`')
                ),
            ));
        }
    };
    if is_async {
        return Ok(ty.clone());
    }
    let Type::ImplTrait(impl_trait) = ty else {
        return Err(syn::Error::new(
            ty.span(),
            format!(
                "an endpoint method is `async fn` or returns \
                 `impl Future<Output = {}> + Send`",
                RETURNS.trim_matches('`')
            ),
        ));
    };
    let mut future_output = None;
    let mut has_send = false;
    for bound in &impl_trait.bounds {
        let TypeParamBound::Trait(bound) = bound else {
            continue;
        };
        let Some(last) = bound.path.segments.last() else {
            continue;
        };
        if last.ident == "Send" {
            has_send = true;
        }
        if last.ident == "Future" {
            future_output = assoc_output(&last.arguments);
        }
    }
    match (future_output, has_send) {
        (Some(ty), true) => Ok(ty),
        (Some(_), false) => Err(syn::Error::new(
            impl_trait.span(),
            "the returned future must be `Send`: add `+ Send` so callers can spawn it",
        )),
        (None, _) => Err(syn::Error::new(
            impl_trait.span(),
            format!(
                "expected `impl Future<Output = {}> + Send`",
                RETURNS.trim_matches('`')
            ),
        )),
    }
}

fn assoc_output(arguments: &PathArguments) -> Option<Type> {
    let PathArguments::AngleBracketed(arguments) = arguments else {
        return None;
    };
    arguments.args.iter().find_map(|arg| match arg {
        GenericArgument::AssocType(assoc) if assoc.ident == "Output" => Some(assoc.ty.clone()),
        _ => None,
    })
}

/// `name: Type`, the only argument form that can bind to the request, with its role.
fn plain_name(input: &FnArg, errors: &mut Errors) -> Option<Argument> {
    let FnArg::Typed(typed) = input else {
        return None;
    };
    let Pat::Ident(pat) = &*typed.pat else {
        return None;
    };
    let plain = pat.by_ref.is_none() && pat.subpat.is_none() && pat.ident != "_";
    plain.then(|| Argument {
        name: pat.ident.clone(),
        ty: (*typed.ty).clone(),
        role: role(&pat.ident, &typed.attrs, errors),
    })
}

/// The role the argument's attributes give it; at most one.
/// The kind `#[body(…)]` names: `json`, `form`, `multipart` or `raw = "media/type"`.
fn body_kind(attr: &Attribute) -> Option<BodyKind> {
    match attr.parse_args::<syn::Meta>().ok()? {
        syn::Meta::Path(path) if path.is_ident("json") => Some(BodyKind::Json),
        syn::Meta::Path(path) if path.is_ident("form") => Some(BodyKind::Form),
        syn::Meta::Path(path) if path.is_ident("multipart") => Some(BodyKind::Multipart),
        syn::Meta::NameValue(pair) if pair.path.is_ident("raw") => match pair.value {
            syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(media),
                ..
            }) => Some(BodyKind::Raw(media.value())),
            _ => None,
        },
        _ => None,
    }
}

fn role(name: &Ident, attrs: &[Attribute], errors: &mut Errors) -> Role {
    let mut roles = attrs.iter().filter(|attr| {
        ROLE_ATTRIBUTES
            .iter()
            .any(|role| attr.path().is_ident(role))
    });
    let Some(attr) = roles.next() else {
        return Role::Path;
    };
    if let Some(second) = roles.next() {
        errors.push_spanned(
            second,
            format!(
                "argument `{name}` has two roles: keep one of `#[query]`, `#[header]`, `#[body]`"
            ),
        );
    }
    let attr = attr.clone();
    if attr.path().is_ident("body") {
        let kind = match &attr.meta {
            syn::Meta::Path(_) => BodyKind::Json,
            _ => body_kind(&attr).unwrap_or_else(|| {
                errors.push_spanned(
                    &attr,
                    "expected `#[body]` (JSON), `#[body(form)]`, `#[body(multipart)]` or \
                     `#[body(raw = \"media/type\")]` (text or bytes as they are)",
                );
                BodyKind::Json
            }),
        };
        return Role::Body { attr, kind };
    }
    if attr.path().is_ident("query") {
        let name = match &attr.meta {
            syn::Meta::Path(_) => None,
            _ => attr
                .parse_args::<LitStr>()
                .map_err(|_| {
                    errors.push_spanned(&attr, "expected `#[query]` or `#[query(\"name\")]`")
                })
                .ok(),
        };
        return Role::Query { name, attr };
    }
    let name = attr
        .parse_args::<LitStr>()
        .map_err(|_| errors.push_spanned(&attr, "expected a header name: `#[header(\"X-Name\")]`"))
        .ok();
    Role::Header { name }
}
/// Splits `Result<T, E>` into the success shape and `E`.
fn result_shape(ty: &Type) -> syn::Result<(Shape, Type)> {
    let not_result = || {
        syn::Error::new(
            ty.span(),
            format!("an endpoint method returns {RETURNS}, where `T` is the decoded body"),
        )
    };
    let [ok, error] = generic_types(ty, "Result").ok_or_else(not_result)?;
    Ok((shape(ok), error))
}

/// `()`, `Option<…>`, `Response<…>`, the raw shapes, or a decoded type, recursively.
fn shape(ty: Type) -> Shape {
    if matches!(&ty, Type::Tuple(tuple) if tuple.elems.is_empty()) {
        return Shape::Unit;
    }
    if let Some(raw) = raw_shape(&ty) {
        return raw;
    }
    if let Some([inner]) = generic_types(&ty, "Option") {
        return Shape::Optional(Box::new(shape(inner)));
    }
    if let Some([inner]) = generic_types(&ty, "Response") {
        return Shape::WithResponse(Box::new(shape(inner)));
    }
    Shape::Json(Box::new(ty))
}

/// `String`, `Bytes`, `Vec<u8>`, `ByteStream` and `EventStream<T>`, read as they come rather
/// than as one JSON value.
fn raw_shape(ty: &Type) -> Option<Shape> {
    let Type::Path(path) = ty else { return None };
    let last = path.path.segments.last()?;
    let bare = last.arguments.is_empty() && path.qself.is_none();
    match last.ident.to_string().as_str() {
        "String" if bare => Some(Shape::Text),
        "Bytes" if bare => Some(Shape::Bytes { vec: false }),
        "ByteStream" if bare => Some(Shape::Stream),
        "EventStream" => {
            let [data] = generic_types::<1>(ty, "EventStream")?;
            Some(Shape::Events(Box::new(data)))
        }
        "Vec" => {
            let [element] = generic_types::<1>(ty, "Vec")?;
            let byte = matches!(&element, Type::Path(p) if p.path.is_ident("u8"));
            byte.then_some(Shape::Bytes { vec: true })
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use syn::parse_quote;

    fn checked(method: &TraitItemFn) -> syn::Result<Declaration> {
        let mut errors = Errors::default();
        let declaration = parse(method, &mut errors);
        errors.finish(Some(declaration))
    }

    /// Each method's messages include the expected text.
    fn assert_mistakes(cases: Vec<(TraitItemFn, &str)>) {
        for (method, expected) in cases {
            let found = messages(method);
            assert!(
                found.iter().any(|m| m.contains(expected)),
                "{expected:?} not in {found:?}"
            );
        }
    }

    fn messages(method: TraitItemFn) -> Vec<String> {
        match checked(&method) {
            Ok(_) => Vec::new(),
            Err(error) => error.into_iter().map(|e| e.to_string()).collect(),
        }
    }

    fn shape_of(method: TraitItemFn) -> Shape {
        checked(&method).unwrap().returns.unwrap().shape
    }

    #[test]
    fn async_and_impl_future_forms() {
        let a: TraitItemFn = parse_quote!(
            async fn get(&self, id: &str) -> Result<Info, Error>;
        );
        let b: TraitItemFn = parse_quote!(
            fn get(
                &self,
                id: &str,
            ) -> impl core::future::Future<Output = Result<Info, Error>> + Send;
        );
        for method in [a, b] {
            let declaration = checked(&method).unwrap();
            assert_eq!(declaration.arguments.len(), 1);
            assert_eq!(declaration.arguments[0].name, "id");
            assert!(matches!(declaration.returns.unwrap().shape, Shape::Json(_)));
        }
    }

    #[test]
    fn success_shapes() {
        let optional = parse_quote!(
            async fn f(&self) -> Result<Option<X>, E>;
        );
        assert!(matches!(shape_of(optional), Shape::Optional(_)));
        let unit = parse_quote!(
            async fn f(&self) -> Result<(), E>;
        );
        assert!(matches!(shape_of(unit), Shape::Unit));
        let json = parse_quote!(
            async fn f(&self) -> Result<Vec<X>, E>;
        );
        assert!(matches!(shape_of(json), Shape::Json(_)));
        let meta = parse_quote!(
            async fn f(&self) -> Result<Response<Option<X>>, E>;
        );
        let Shape::WithResponse(inner) = shape_of(meta) else {
            panic!("not a response")
        };
        assert!(matches!(*inner, Shape::Optional(_)));
    }

    #[test]
    fn signature_mistakes() {
        let cases: Vec<(TraitItemFn, &str)> = vec![
            (
                parse_quote!(
                    async fn f(&self) -> Result<X, E> {
                        todo!()
                    }
                ),
                "has no body",
            ),
            (
                parse_quote!(
                    async fn f(id: &str) -> Result<X, E>;
                ),
                "`&self` as its first",
            ),
            (
                parse_quote!(
                    async fn f() -> Result<X, E>;
                ),
                "`&self` as its first",
            ),
            (
                parse_quote!(
                    async fn f(&mut self) -> Result<X, E>;
                ),
                "not `&mut self`",
            ),
            (
                parse_quote!(
                    async fn f(self) -> Result<X, E>;
                ),
                "not consumed",
            ),
            (
                parse_quote!(
                    async fn f(&self, (a, b): (u8, u8)) -> Result<X, E>;
                ),
                "plain name",
            ),
            (
                parse_quote!(
                    async fn f(&self, _: u8) -> Result<X, E>;
                ),
                "plain name",
            ),
            (
                parse_quote!(
                    async fn f(&self);
                ),
                "add `-> Result",
            ),
            (
                parse_quote!(
                    async fn f(&self) -> Option<X>;
                ),
                "returns `Result<T",
            ),
            (
                parse_quote!(
                    fn f(&self) -> Result<X, E>;
                ),
                "is `async fn` or returns",
            ),
            (
                parse_quote!(
                    fn f(&self) -> impl Future<Output = Result<X, E>>;
                ),
                "add `+ Send`",
            ),
            (
                parse_quote!(
                    fn f(&self) -> impl Send;
                ),
                "expected `impl Future",
            ),
        ];
        assert_mistakes(cases);
    }

    #[test]
    fn argument_roles() {
        let method: TraitItemFn = parse_quote!(
            async fn f(
                &self,
                id: &str,
                #[query] page: u32,
                #[query("page_size")] size: u32,
                #[header("X-Trace")] trace: &str,
                #[body] body: &B,
                #[allow(unused)] r#type: u8,
            ) -> Result<X, E>;
        );
        let declaration = checked(&method).unwrap();
        let roles: Vec<String> = declaration
            .arguments
            .iter()
            .map(|arg| match &arg.role {
                Role::Path => format!("path {}", arg.text()),
                Role::Query { name, .. } => {
                    format!("query {}", name.as_ref().map_or(arg.text(), LitStr::value))
                }
                Role::Header { name, .. } => {
                    format!(
                        "header {}",
                        name.as_ref().map_or(String::new(), LitStr::value)
                    )
                }
                Role::Body { .. } => format!("body {}", arg.text()),
            })
            .collect();
        assert_eq!(
            roles,
            [
                "path id",
                "query page",
                "query page_size",
                "header X-Trace",
                "body body",
                "path type"
            ]
        );
        let stripped = declaration
            .item
            .sig
            .inputs
            .iter()
            .filter_map(|input| match input {
                FnArg::Typed(typed) => Some(typed.attrs.len()),
                FnArg::Receiver(_) => None,
            });
        assert_eq!(
            stripped.collect::<Vec<_>>(),
            [0, 0, 0, 0, 0, 1],
            "roles are stripped"
        );
    }

    #[test]
    fn malformed_roles() {
        let cases: Vec<(TraitItemFn, &str)> = vec![
            (
                parse_quote!(
                    async fn f(&self, #[query(5)] a: u8) -> Result<X, E>;
                ),
                "`#[query(\"name\")]`",
            ),
            (
                parse_quote!(
                    async fn f(&self, #[header] a: u8) -> Result<X, E>;
                ),
                "expected a header name",
            ),
            (
                parse_quote!(
                    async fn f(&self, #[body(x)] a: u8) -> Result<X, E>;
                ),
                "expected `#[body]` (JSON), `#[body(form)]`, `#[body(multipart)]` or `#[body(raw = \"media/type\")]` (text or bytes as they are)",
            ),
            (
                parse_quote!(
                    async fn f(
                        &self,
                        #[query]
                        #[body]
                        a: u8,
                    ) -> Result<X, E>;
                ),
                "two roles",
            ),
        ];
        assert_mistakes(cases);
    }

    #[test]
    fn arguments_without_self_are_still_read() {
        let method: TraitItemFn = parse_quote!(
            async fn f(id: &str) -> Result<X, E>;
        );
        let mut errors = Errors::default();
        let declaration = parse(&method, &mut errors);
        assert_eq!(declaration.arguments.len(), 1);
        assert!(errors.finish(Some(())).is_err());
    }

    #[test]
    fn reports_all_signature_problems_together() {
        let method: TraitItemFn = parse_quote!(
            async fn f(&mut self, _: u8) -> u8 {
                1
            }
        );
        assert_eq!(messages(method).len(), 4);
    }
}
