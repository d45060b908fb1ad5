//! `phala-api-scaffold DOCUMENT [-o FILE]`: writes a module of phala-api bindings for an
//! OpenAPI document (see the crate docs).

use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;
use phala_api_scaffold::{Options, scaffold};

/// Write phala-api bindings (a checked trait per tag, a `Schema` type per component) for an
/// OpenAPI 3.0 or 3.1 document, JSON or YAML.
#[derive(Parser)]
#[command(name = "phala-api-scaffold", version)]
struct Arguments {
    /// The OpenAPI document.
    document: PathBuf,
    /// Where to write the module (replaced whole, never left half-written); standard output
    /// when not given.
    #[arg(short, long)]
    output: Option<PathBuf>,
    /// The document's path as the module's `spec = "…"` names it, relative to the crate's
    /// manifest directory [default: DOCUMENT as given].
    #[arg(long)]
    spec: Option<String>,
    /// Bind only the operations of this tag (repeatable).
    #[arg(long = "tag")]
    tags: Vec<String>,
    /// Bind only the operation with this `operationId` (repeatable).
    #[arg(long = "operation")]
    operations: Vec<String>,
    /// Leave out the operations of this tag, bound elsewhere (repeatable).
    #[arg(long = "skip-tag")]
    skip_tags: Vec<String>,
    /// A fixed header every trait sends, `Name=value` (repeatable), e.g. an API version pin.
    #[arg(long = "header", value_parser = header)]
    headers: Vec<(String, String)>,
    /// Return `Option<T>` (a 404 is `Ok(None)`) where an operation documents a 404.
    #[arg(long)]
    option_on_404: bool,
}

fn main() -> ExitCode {
    let arguments = Arguments::parse();
    match run(arguments) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("error: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(arguments: Arguments) -> Result<(), String> {
    let shown = arguments.document.display().to_string();
    let bytes =
        std::fs::read(&arguments.document).map_err(|e| format!("cannot read `{shown}`: {e}"))?;
    let options = Options {
        spec: arguments.spec.unwrap_or_else(|| shown.clone()),
        tags: arguments.tags,
        operations: arguments.operations,
        option_on_404: arguments.option_on_404,
        skip_tags: arguments.skip_tags,
        headers: arguments.headers,
    };
    let written = scaffold(&bytes, &options).map_err(|problem| format!("`{shown}`: {problem}"))?;
    match &arguments.output {
        Some(path) => replace(path, written.source.as_bytes())
            .map_err(|e| format!("cannot write `{}`: {e}", path.display()))?,
        None => std::io::stdout()
            .write_all(written.source.as_bytes())
            .map_err(|e| format!("cannot write the module: {e}"))?,
    }
    eprintln!(
        "{} operations bound, {} left out (each named in a comment), {} types",
        written.operations, written.left_out, written.types
    );
    Ok(())
}

/// `Name=value`, as `--header` takes it.
fn header(text: &str) -> Result<(String, String), String> {
    match text.split_once('=') {
        Some((name, value)) if !name.trim().is_empty() => {
            Ok((name.trim().to_owned(), value.trim().to_owned()))
        }
        _ => Err(format!(
            "expected `Name=value`, e.g. `X-Phala-Version=2026-06-23`, not `{text}`"
        )),
    }
}

/// Writes `bytes` beside `path`, then renames it into place: the old file stays whole until
/// the new one is.
fn replace(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temporary = path.with_file_name(format!(".{name}.{}.tmp", std::process::id()));
    let written = std::fs::File::create(&temporary).and_then(|mut file| {
        file.write_all(bytes)?;
        file.sync_all()
    });
    match written.and_then(|()| std::fs::rename(&temporary, path)) {
        Ok(()) => Ok(()),
        Err(error) => {
            let _ = std::fs::remove_file(&temporary);
            Err(error)
        }
    }
}
