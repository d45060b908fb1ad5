//! The path template parser: `/api/v1/kms/<kms_id>` -> literal and placeholder segments.
//!
//! Hand-written and index-free: it walks `str::split` and `char`s, so no input can make it panic.
//! It reports every problem it finds, not only the first.

/// One `/`-separated piece of a template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Segment {
    /// Sent as written (already valid in a URL path).
    Literal(String),
    /// `<name>`: the argument called `name`, encoded as one segment.
    Param(String),
    /// Literal text and placeholders in one segment, as a document may write it
    /// (`<base>...<head>`, `<name>.json`): each value encoded as one segment piece, with
    /// literal text between any two.
    Mixed(Vec<Part>),
}

/// A piece of a `Segment::Mixed`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Part {
    Text(String),
    Param(String),
}

/// A parsed template: `segments` follow the leading `/`; an empty last literal is a trailing `/`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Template {
    pub(crate) segments: Vec<Segment>,
}

impl Template {
    /// The placeholder names in order.
    pub(crate) fn params(&self) -> impl Iterator<Item = &str> {
        self.segments
            .iter()
            .flat_map(|segment| -> Box<dyn Iterator<Item = &str> + '_> {
                match segment {
                    Segment::Param(name) => Box::new(std::iter::once(name.as_str())),
                    Segment::Literal(_) => Box::new(std::iter::empty()),
                    Segment::Mixed(parts) => Box::new(parts.iter().filter_map(|part| match part {
                        Part::Param(name) => Some(name.as_str()),
                        Part::Text(_) => None,
                    })),
                }
            })
    }

    /// The path as an OpenAPI document (and a span's `url.template`) writes it:
    /// `/api/v1/kms/{kms_id}`.
    pub(crate) fn document_path(&self) -> String {
        let mut path = String::new();
        for segment in &self.segments {
            path.push('/');
            let parts = match segment {
                Segment::Literal(text) => vec![Part::Text(text.clone())],
                Segment::Param(name) => vec![Part::Param(name.clone())],
                Segment::Mixed(parts) => parts.clone(),
            };
            for part in parts {
                match part {
                    Part::Text(text) => path.push_str(&text),
                    Part::Param(name) => {
                        path.push('{');
                        path.push_str(&name);
                        path.push('}');
                    }
                }
            }
        }
        if path.is_empty() {
            path.push('/');
        }
        path
    }
}

const EXAMPLE: &str = "e.g. `\"/api/v1/kms/<kms_id>\"`";

/// Parses `text`; on failure returns every problem found, each a complete message.
pub(crate) fn parse(text: &str) -> Result<Template, Vec<String>> {
    if text.is_empty() {
        return Err(vec![format!(
            "the path is empty: write an absolute path, {EXAMPLE}"
        )]);
    }
    let Some(rest) = text.strip_prefix('/') else {
        return Err(vec![format!(
            "the path must be absolute (start with `/`), {EXAMPLE}"
        )]);
    };

    let mut errors = Vec::new();
    if text.contains('?') {
        errors.push(
            "the path must not contain `?`: a query string is not part of the path template"
                .to_owned(),
        );
    }
    if text.contains('#') {
        errors
            .push("the path must not contain `#`: a fragment is never sent to a server".to_owned());
    }
    // Segments are judged without the query or fragment, which were reported above.
    let rest = rest.split(['?', '#']).next().unwrap_or_default();
    if rest.is_empty() {
        return finish(Vec::new(), errors);
    }

    let pieces: Vec<&str> = rest.split('/').collect();
    let last = pieces.len() - 1;
    let mut segments = Vec::with_capacity(pieces.len());
    for (index, piece) in pieces.into_iter().enumerate() {
        match segment(piece, index == last) {
            Ok(segment) => segments.push(segment),
            Err(message) => errors.push(message),
        }
    }
    finish(segments, errors)
}

fn finish(segments: Vec<Segment>, errors: Vec<String>) -> Result<Template, Vec<String>> {
    if errors.is_empty() {
        Ok(Template { segments })
    } else {
        Err(errors)
    }
}

fn segment(piece: &str, is_last: bool) -> Result<Segment, String> {
    match piece {
        // A trailing `/` is meaningful to some servers; an empty segment elsewhere is a typo.
        "" if is_last => Ok(Segment::Literal(String::new())),
        "" => Err("the path has an empty segment (`//`)".to_owned()),
        // `%2e` spellings too: the URL parser decodes them and removes the segment all the same.
        _ if phala_api_rules::is_dot_segment(piece) => Err(format!(
            "the path has a `{piece}` segment: dot segments are removed by URL normalisation"
        )),
        _ if piece.starts_with('<') && piece.ends_with('>') && piece.matches('<').count() == 1 => {
            placeholder(piece).map(Segment::Param)
        }
        _ if piece.contains(['<', '>']) => mixed(piece),
        _ => literal(piece).map(|()| Segment::Literal(piece.to_owned())),
    }
}

/// `<name>`, a whole placeholder (the caller found its `<` and `>`).
fn placeholder(piece: &str) -> Result<String, String> {
    let inner = piece.strip_prefix('<').and_then(|p| p.strip_suffix('>'));
    match inner {
        Some("") => Err("empty placeholder `<>`: name an argument, e.g. `<kms_id>`".to_owned()),
        Some(name) if is_identifier(name) => Ok(name.to_owned()),
        Some(name) if !name.contains(['<', '>']) => Err(format!(
            "placeholder `<{name}>` must name an argument (a Rust identifier){}",
            identifier_hint(name)
        )),
        _ => Err(format!(
            "`{piece}` is not a placeholder: write `<name>`, a Rust identifier between `<` and `>`"
        )),
    }
}

/// A segment of literal text and placeholders: `<base>...<head>`, `v<id>`, `<name>.json`.
fn mixed(piece: &str) -> Result<Segment, String> {
    let mut parts = Vec::new();
    let mut rest = piece;
    while !rest.is_empty() {
        let Some(open) = rest.find(['<', '>']) else {
            literal(rest)?;
            parts.push(Part::Text(rest.to_owned()));
            break;
        };
        if open > 0 {
            literal(&rest[..open])?;
            parts.push(Part::Text(rest[..open].to_owned()));
        }
        let after = &rest[open..];
        let Some(close) = after.find('>').filter(|_| after.starts_with('<')) else {
            return Err(if after.starts_with('>') {
                format!("a `>` in segment `{piece}` closes no placeholder")
            } else {
                format!("unclosed placeholder in segment `{piece}`: add `>`")
            });
        };
        let name = placeholder(&after[..=close])?;
        if matches!(parts.last(), Some(Part::Param(_))) {
            return Err(format!(
                "two placeholders meet in segment `{piece}`: put literal text between them, or \
                 write each as its own segment, so a value's end can be found"
            ));
        }
        parts.push(Part::Param(name));
        rest = &after[close + 1..];
    }
    Ok(Segment::Mixed(parts))
}

fn identifier_hint(name: &str) -> String {
    let fixed: String = name
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    if is_identifier(&fixed) {
        format!(": did you mean `<{fixed}>`?")
    } else {
        String::new()
    }
}

/// `[A-Za-z_][A-Za-z0-9_]*`, and not `_` alone (it cannot name an argument).
pub(crate) fn is_identifier(name: &str) -> bool {
    let mut chars = name.chars();
    let first_ok = matches!(chars.next(), Some(c) if c.is_ascii_alphabetic() || c == '_');
    first_ok && name != "_" && chars.all(|c| c.is_ascii_alphanumeric() || c == '_')
}

/// RFC 3986 `pchar`: unreserved, sub-delims, `:`, `@`, and complete `%XX` escapes.
fn literal(piece: &str) -> Result<(), String> {
    let mut chars = piece.chars();
    while let Some(c) = chars.next() {
        let ok = match c {
            'A'..='Z' | 'a'..='z' | '0'..='9' | '-' | '.' | '_' | '~' => true,
            '!' | '$' | '&' | '\'' | '(' | ')' | '*' | '+' | ',' | ';' | '=' | ':' | '@' => true,
            '%' => {
                chars.next().is_some_and(|h| h.is_ascii_hexdigit())
                    && chars.next().is_some_and(|h| h.is_ascii_hexdigit())
            }
            _ => false,
        };
        if !ok {
            return Err(if c == '%' {
                format!("segment `{piece}` has a `%` that does not start a `%XX` escape")
            } else {
                format!(
                    "segment `{piece}` has {}, which is not allowed in a URL path: \
                     percent-encode it",
                    describe(c)
                )
            });
        }
    }
    Ok(())
}

fn describe(c: char) -> String {
    if c.is_control() || c == ' ' {
        format!("the character {:?}", c)
    } else {
        format!("the character `{c}`")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lit(s: &str) -> Segment {
        Segment::Literal(s.to_owned())
    }
    fn param(s: &str) -> Segment {
        Segment::Param(s.to_owned())
    }
    fn error(text: &str) -> String {
        match parse(text) {
            Ok(t) => panic!("{text:?} parsed as {t:?}"),
            Err(errors) => errors.join("\n"),
        }
    }

    #[test]
    fn parses_literals_and_placeholders() {
        let t = parse("/api/v1/kms/<kms_id>/pubkey/<app_id>").unwrap();
        assert_eq!(
            t.segments,
            vec![
                lit("api"),
                lit("v1"),
                lit("kms"),
                param("kms_id"),
                lit("pubkey"),
                param("app_id")
            ]
        );
        assert_eq!(t.params().collect::<Vec<_>>(), ["kms_id", "app_id"]);
    }

    #[test]
    fn placeholders_inside_a_segment() {
        let t = parse("/compare/<base>...<head>/<name>.json/v<id>").unwrap();
        let text = |s: &str| Part::Text(s.to_owned());
        let param = |s: &str| Part::Param(s.to_owned());
        assert_eq!(
            t.segments,
            vec![
                lit("compare"),
                Segment::Mixed(vec![param("base"), text("..."), param("head")]),
                Segment::Mixed(vec![param("name"), text(".json")]),
                Segment::Mixed(vec![text("v"), param("id")]),
            ]
        );
        assert_eq!(
            t.params().collect::<Vec<_>>(),
            ["base", "head", "name", "id"]
        );
        assert_eq!(
            t.document_path(),
            "/compare/{base}...{head}/{name}.json/v{id}"
        );
    }

    #[test]
    fn root_and_trailing_slash() {
        assert_eq!(parse("/").unwrap().segments, vec![]);
        assert_eq!(parse("/a/").unwrap().segments, vec![lit("a"), lit("")]);
    }

    #[test]
    fn allows_pchar_and_escapes() {
        assert_eq!(
            parse("/a:b@c;d=e%2F").unwrap().segments,
            vec![lit("a:b@c;d=e%2F")]
        );
    }

    #[test]
    fn rejects_bad_shapes() {
        assert!(error("").contains("the path is empty"));
        assert!(error("api/v1").contains("must be absolute"));
        assert_eq!(
            parse("/<a>?b=1").unwrap_err(),
            ["the path must not contain `?`: a query string is not part of the path template"]
        );
        assert_eq!(parse("/<a>#b").unwrap_err().len(), 1);
        assert!(error("/a//b").contains("empty segment"));
        assert!(error("/a/./b").contains("`.` segment"));
        assert!(error("/a/../b").contains("`..` segment"));
        assert!(error("/api/%2e%2e/admin").contains("`%2e%2e` segment"));
        assert!(error("/a/%2E/b").contains("`%2E` segment"));
        assert!(error("/a b").contains("' '"));
        assert!(error("/a%zz").contains("`%XX`"));
        assert!(error("/ä").contains("`ä`"));
    }

    #[test]
    fn rejects_malformed_placeholders() {
        assert!(error("/<>").contains("empty placeholder"));
        assert!(error("/<id").contains("unclosed placeholder in segment `<id`"));
        assert!(error("/id>").contains("`>` in segment `id>` closes no placeholder"));
        assert!(error("/<a><b>").contains("two placeholders meet"));
        assert!(error("/v<id").contains("unclosed placeholder"));
        assert!(error("/v>id").contains("closes no placeholder"));
        assert!(error("/a<b c>").contains("Rust identifier"));
        assert!(error("/<a> b").contains("not allowed in a URL path"));
        assert!(error("/<kms-id>").contains("did you mean `<kms_id>`?"));
        assert!(error("/<_>").contains("Rust identifier"));
        assert!(error("/<1a>").contains("Rust identifier"));
    }

    #[test]
    fn reports_every_problem() {
        let errors = parse("/a//<>/<b/c d").unwrap_err();
        assert_eq!(errors.len(), 4, "{errors:?}");
    }
}
