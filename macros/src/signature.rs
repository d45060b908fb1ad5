//! The trait method -> typed IR: its named arguments and the shape of its result.
//!
//! Only what the signature says on its own is judged here; how it fits the template is `check.rs`.

use syn::spanned::Spanned;
use syn::{
    Attribute, FnArg, GenericArgument, Ident, LitStr, Pat, PathArguments, ReceiverKind, ReturnType,
    TraitItemFn, Type, TypeParamBound,
};

use crate::errors::Errors;

/// The attributes that give an argument a role; stripped from the expanded method.
pub(crate) const ROLE_ATTRIBUTES: [&str; 3] = ["query", "header", "body"];

/// A named argument after `&self`.
pub(crate) struct Arg {
    pub(crate) name: Ident,
    pub(crate) ty: Type,
    pub(crate) role: Role,
}

impl Arg {
    /// The name without a raw-identifier `r#`, as requests and messages spell it.
    pub(crate) fn text(&self) -> String {
        let name = self.name.to_string();
        name.strip_prefix("r#").map(str::to_owned).unwrap_or(name)
    }
}

/// What an argument fills in the request.
pub(crate) enum Role {
    /// No attribute: a `<placeholder>` of the same name.
    Path,
    /// `#[query]` or `#[query("name")]`; `name` is `None` for the argument's own name.
    Query {
        name: Option<LitStr>,
        attr: Attribute,
    },
    /// `#[header("Name")]`.
    Header { name: LitStr },
    /// `#[body]`: the JSON body.
    Body { attr: Attribute },
}

/// What `Ok` holds, which decides how the response is read.
pub(crate) enum Success {
    /// `T: DeserializeOwned`, decoded from a JSON body.
    Json(Box<Type>),
    /// `()`: an empty (or ignored JSON) body.
    Unit,
    /// `Option<…>`: a 404 is `Ok(None)`.
    Optional(Box<Success>),
    /// `Response<…>`: the value with the status and headers.
    Response(Box<Success>),
}

/// The method as the expansion needs it.
pub(crate) struct Signature {
    /// The arguments after `&self` that are plain names (others are reported).
    pub(crate) args: Vec<Arg>,
    /// `None` when the return type was reported as wrong.
    pub(crate) output: Option<Output>,
}

/// What the method returns.
pub(crate) struct Output {
    pub(crate) success: Success,
    /// The `E` of `Result<T, E>`, as written.
    pub(crate) error: Type,
    /// The `Result<T, E>` as written; the future's `Output`.
    pub(crate) result: Type,
}

const RETURNS: &str = "`Result<T, phala_api::Error>`";

/// Reads `method`, recording every problem of the signature itself in `errors`.
pub(crate) fn parse(method: &TraitItemFn, errors: &mut Errors) -> Signature {
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

    let mut args = Vec::new();
    let skip = usize::from(matches!(sig.inputs.first(), Some(FnArg::Receiver(_))));
    for input in sig.inputs.iter().skip(skip) {
        match plain_name(input, errors) {
            Some(arg) => args.push(arg),
            None => errors.push(
                input.span(),
                "an endpoint argument is a plain name (`kms_id: &str`): the name binds it to \
                 the request",
            ),
        }
    }

    let output = output(sig.asyncness.is_some(), &sig.output, &sig.ident)
        .and_then(|result| {
            let (success, error) = result_shape(&result)?;
            Ok(Output {
                success,
                error,
                result,
            })
        })
        .map_err(|error| errors.combine(error))
        .ok();
    Signature { args, output }
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
fn plain_name(input: &FnArg, errors: &mut Errors) -> Option<Arg> {
    let FnArg::Typed(typed) = input else {
        return None;
    };
    let Pat::Ident(pat) = &*typed.pat else {
        return None;
    };
    let plain = pat.by_ref.is_none() && pat.subpat.is_none() && pat.ident != "_";
    plain.then(|| Arg {
        name: pat.ident.clone(),
        ty: (*typed.ty).clone(),
        role: role(&pat.ident, &typed.attrs, errors),
    })
}

/// The role the argument's attributes give it; at most one.
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
        if !matches!(attr.meta, syn::Meta::Path(_)) {
            errors.push_spanned(&attr, "`#[body]` takes no arguments");
        }
        return Role::Body { attr };
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
    let name = attr.parse_args::<LitStr>().unwrap_or_else(|_| {
        errors.push_spanned(&attr, "expected a header name: `#[header(\"X-Name\")]`");
        LitStr::new("x-invalid", attr.span())
    });
    Role::Header { name }
}
/// Splits `Result<T, E>` into the success shape and `E`.
fn result_shape(ty: &Type) -> syn::Result<(Success, Type)> {
    let not_result = || {
        syn::Error::new(
            ty.span(),
            format!("an endpoint method returns {RETURNS}, where `T` is the decoded body"),
        )
    };
    let [ok, error] = generic_types(ty, "Result").ok_or_else(not_result)?;
    Ok((success(ok), error))
}

/// `()`, `Option<…>`, `Response<…>` or a decoded type, recursively.
fn success(ty: Type) -> Success {
    if matches!(&ty, Type::Tuple(tuple) if tuple.elems.is_empty()) {
        return Success::Unit;
    }
    if let Some([inner]) = generic_types(&ty, "Option") {
        return Success::Optional(Box::new(success(inner)));
    }
    if let Some([inner]) = generic_types(&ty, "Response") {
        return Success::Response(Box::new(success(inner)));
    }
    Success::Json(Box::new(ty))
}

/// The type arguments of a path type whose last segment is `name`, if there are exactly `N`.
fn generic_types<const N: usize>(ty: &Type, name: &str) -> Option<[Type; N]> {
    let Type::Path(path) = ty else { return None };
    if path.qself.is_some() {
        return None;
    }
    let last = path.path.segments.last()?;
    if last.ident != name {
        return None;
    }
    let PathArguments::AngleBracketed(arguments) = &last.arguments else {
        return None;
    };
    let types: Vec<Type> = arguments
        .args
        .iter()
        .filter_map(|arg| match arg {
            GenericArgument::Type(ty) => Some(ty.clone()),
            _ => None,
        })
        .collect();
    if types.len() != arguments.args.len() {
        return None;
    }
    types.try_into().ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use syn::parse_quote;

    fn checked(method: &TraitItemFn) -> syn::Result<Signature> {
        let mut errors = Errors::default();
        let signature = parse(method, &mut errors);
        errors.finish(Some(signature))
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

    fn success_of(method: TraitItemFn) -> Success {
        checked(&method).unwrap().output.unwrap().success
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
            let sig = checked(&method).unwrap();
            assert_eq!(sig.args.len(), 1);
            assert_eq!(sig.args[0].name, "id");
            assert!(matches!(sig.output.unwrap().success, Success::Json(_)));
        }
    }

    #[test]
    fn success_shapes() {
        let optional = parse_quote!(
            async fn f(&self) -> Result<Option<X>, E>;
        );
        assert!(matches!(success_of(optional), Success::Optional(_)));
        let unit = parse_quote!(
            async fn f(&self) -> Result<(), E>;
        );
        assert!(matches!(success_of(unit), Success::Unit));
        let json = parse_quote!(
            async fn f(&self) -> Result<Vec<X>, E>;
        );
        assert!(matches!(success_of(json), Success::Json(_)));
        let meta = parse_quote!(
            async fn f(&self) -> Result<Response<Option<X>>, E>;
        );
        let Success::Response(inner) = success_of(meta) else {
            panic!("not a response")
        };
        assert!(matches!(*inner, Success::Optional(_)));
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
        let sig = checked(&method).unwrap();
        let roles: Vec<String> = sig
            .args
            .iter()
            .map(|arg| match &arg.role {
                Role::Path => format!("path {}", arg.text()),
                Role::Query { name, .. } => {
                    format!("query {}", name.as_ref().map_or(arg.text(), LitStr::value))
                }
                Role::Header { name } => format!("header {}", name.value()),
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
                "takes no arguments",
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
        let signature = parse(&method, &mut errors);
        assert_eq!(signature.args.len(), 1);
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
