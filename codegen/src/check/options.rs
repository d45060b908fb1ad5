//! The options of either attribute: fixed headers, `timeout`, `retry`; each set at most once.

use std::collections::HashSet;

use phala_api_rules::{header_key, header_name_problem, header_value_problem, reserved_header};

use crate::attr::Opt;
use crate::errors::Errors;
use crate::ir::{Header, Options};

/// The longest timeout accepted: a day. Longer is a typo, not a deadline.
const MAX_TIMEOUT_MS: u64 = 24 * 60 * 60 * 1000;

/// Which attribute the options are of.
#[derive(Clone, Copy, PartialEq)]
pub(crate) enum Level {
    /// `#[phala_api::api(…)]`, where `spec` goes too.
    Trait,
    /// `#[api_endpoint(…)]`.
    Method,
}

/// Checks one attribute's options, recording every problem.
pub(crate) fn check(options: &[Opt], level: Level, errors: &mut Errors) -> Options {
    let mut checked = Options::default();
    let mut seen = HashSet::new();
    for option in options {
        match option {
            Opt::Header { name, value } => {
                let (name_text, value_text) = (name.value(), value.value());
                let key = header_key(&name_text);
                if let Some(problem) = header_problem(&name_text) {
                    errors.push(name.span(), problem);
                } else if !seen.insert(key.clone()) {
                    errors.push(name.span(), format!("header `{name_text}` is set twice"));
                }
                if let Some(problem) = header_value_problem(&value_text) {
                    errors.push(value.span(), problem);
                }
                checked.headers.push(Header {
                    key,
                    value: value_text,
                });
            }
            Opt::Timeout(literal) => match parse_duration_ms(&literal.value()) {
                _ if checked.timeout_ms.is_some() => {
                    errors.push(literal.span(), "`timeout` is set twice");
                }
                Some(ms) if ms > 0 && ms <= MAX_TIMEOUT_MS => checked.timeout_ms = Some(ms),
                Some(_) => errors.push(
                    literal.span(),
                    "a timeout is more than zero and at most a day (`24h` is written `1440m`)",
                ),
                None => errors.push(
                    literal.span(),
                    format!(
                        "invalid timeout {:?}: write a whole number with `ms`, `s` or `m`, e.g. \
                         `timeout = \"5s\"`",
                        literal.value()
                    ),
                ),
            },
            Opt::Retry(literal) => {
                if checked.retry.replace(literal.value).is_some() {
                    errors.push(literal.span(), "`retry` is set twice");
                }
            }
            Opt::RetryOn(statuses) => {
                if checked.retry_on.is_some() {
                    errors.push_spanned(&statuses[0], "`retry(…)` is set twice");
                }
                let mut kept: Vec<syn::LitInt> = Vec::new();
                for status in statuses {
                    match status.base10_parse::<u16>() {
                        Ok(400..=599) if kept.iter().any(|k| k.base10_digits() == status.base10_digits()) => {
                            errors.push(status.span(), format!("status {status} is listed twice"));
                        }
                        Ok(400..=599) => kept.push(status.clone()),
                        _ => errors.push(
                            status.span(),
                            format!(
                                "`{status}` is not an error status: `retry(…)` lists statuses from \
                                 400 to 599 that the operation documents as transient, e.g. \
                                 `retry(409)`"
                            ),
                        ),
                    }
                }
                checked.retry_on = Some(kept);
            }
            Opt::Unknown(name) if name == "spec" && level == Level::Method => errors.push(
                name.span(),
                "`spec` goes on the trait: `#[phala_api::api(spec = \"openapi.json\")]` checks \
                 every method of it",
            ),
            Opt::Unknown(name) => errors.push(
                name.span(),
                match level {
                    Level::Method => format!(
                        "unknown option `{name}`: expected `header(\"Name\" = \"value\")`, \
                         `timeout = \"5s\"`, `retry = true` or `retry(409)`"
                    ),
                    Level::Trait => format!(
                        "unknown option `{name}`: expected `header(\"Name\" = \"value\")`, \
                         `timeout = \"5s\"`, `retry = true`, `retry(409)` or `spec = \"openapi.json\"`"
                    ),
                },
            ),
        }
    }
    checked
}

/// A header name that is not a valid token, or one the client owns.
pub(crate) fn header_problem(name: &str) -> Option<String> {
    header_name_problem(name).or_else(|| {
        reserved_header(name)
            .map(|why| format!("header `{name}` cannot be set by an endpoint: {why}"))
    })
}

fn parse_duration_ms(text: &str) -> Option<u64> {
    let split = text.find(|c: char| !c.is_ascii_digit())?;
    let (digits, unit) = text.split_at(split);
    let value: u64 = digits.parse().ok()?;
    let scale = match unit {
        "ms" => 1,
        "s" => 1000,
        "m" => 60_000,
        _ => return None,
    };
    value.checked_mul(scale)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::attr::ApiAttr;
    use quote::quote;

    fn checked(tokens: proc_macro2::TokenStream) -> Result<Options, Vec<String>> {
        let attr: ApiAttr = syn::parse2(tokens).unwrap();
        let mut errors = Errors::default();
        let options = check(&attr.options, Level::Trait, &mut errors);
        errors
            .finish(Some(options))
            .map_err(|error| error.into_iter().map(|e| e.to_string()).collect())
    }

    #[test]
    fn durations() {
        assert_eq!(parse_duration_ms("250ms"), Some(250));
        assert_eq!(parse_duration_ms("5s"), Some(5000));
        assert_eq!(parse_duration_ms("2m"), Some(120_000));
        for bad in ["", "5", "s", "5 s", "5h", "-5s", "5.5s"] {
            assert_eq!(parse_duration_ms(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn valid_options_are_resolved() {
        let options = checked(quote!(header("X-V" = "1"), timeout = "2s", retry = false)).unwrap();
        assert_eq!(options.headers[0].key, "x-v");
        assert_eq!(options.timeout_ms, Some(2000));
        assert_eq!(options.retry, Some(false));
    }

    #[test]
    fn mistakes() {
        let cases = [
            (quote!(header("" = "1")), "cannot be empty"),
            (quote!(header("X Y" = "1")), "invalid header name"),
            (quote!(header("X" = "a\nb")), "invalid header value"),
            (quote!(header("X" = " a")), "white space"),
            (quote!(header("X-Api-Key" = "k")), "never in source code"),
            (quote!(header("X" = "1"), header("x" = "2")), "set twice"),
            (quote!(retries = 3), "unknown option `retries`"),
            (quote!(retry = true, retry = false), "`retry` is set twice"),
            (
                quote!(timeout = "1s", timeout = "2s"),
                "`timeout` is set twice",
            ),
            (quote!(timeout = "0s"), "more than zero"),
            (quote!(timeout = "5h"), "invalid timeout"),
        ];
        for (tokens, expected) in cases {
            let found = checked(tokens).err().unwrap_or_default();
            assert!(
                found.iter().any(|m| m.contains(expected)),
                "{expected:?} not in {found:?}"
            );
        }
    }

    #[test]
    fn a_method_option_replaces_the_trait_one() {
        let outer = checked(quote!(
            header("X-V" = "1"),
            header("X-T" = "t"),
            retry = false
        ))
        .unwrap();
        let own = checked(quote!(header("x-v" = "2"), timeout = "1s")).unwrap();
        let merged = own.over(&outer);
        let headers: Vec<_> = merged
            .headers
            .iter()
            .map(|h| (h.key.as_str(), h.value.as_str()))
            .collect();
        assert_eq!(headers, [("x-t", "t"), ("x-v", "2")]);
        assert_eq!((merged.timeout_ms, merged.retry), (Some(1000), Some(false)));
    }
}
