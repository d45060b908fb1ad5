//! [`Client`] and its [`ClientBuilder`].

use std::fmt;
use std::sync::Arc;
use std::time::Duration;

use phala_api_rules::API_KEY_HEADER;
use reqwest::Url;
use reqwest::header::{ACCEPT, HeaderMap, HeaderName, HeaderValue, USER_AGENT};

use crate::Error;
use crate::retry::{RetryBudget, RetryPolicy, RetrySleep, SleepFn};

/// Phala Cloud's API origin, the default base URL.
pub const DEFAULT_BASE_URL: &str = "https://cloud-api.phala.com";
/// Default total deadline of one call: connecting, sending and reading the whole body.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
/// Default limit on establishing a connection (TCP and TLS).
pub const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Default cap on a response body: 4 MiB. A larger body is [`Error::BodyTooLarge`].
pub const DEFAULT_MAX_RESPONSE_BYTES: usize = 4 * 1024 * 1024;
/// The environment variable with the API key, as in Phala's SDKs.
pub const ENV_API_KEY: &str = "PHALA_CLOUD_API_KEY";
/// The environment variable with the API prefix, as in Phala's SDKs (e.g. `https://host/api/v1`).
pub const ENV_API_PREFIX: &str = "PHALA_CLOUD_API_PREFIX";

/// Default headers that carry credentials: marked sensitive, never printed.
const SENSITIVE_HEADERS: [&str; 3] = ["authorization", "cookie", "proxy-authorization"];
const DEFAULT_USER_AGENT: &str = concat!("phala-api/", env!("CARGO_PKG_VERSION"));

/// A configured connection to an API; cheap to clone (clones share one connection pool).
///
/// Every endpoint trait with `phala_api::Api` as supertrait is implemented for `Client` with one
/// line, `impl MyApi for Client {}`.
#[derive(Clone)]
pub struct Client {
    inner: Arc<Inner>,
}

struct Inner {
    http: reqwest::Client,
    /// Origin and path prefix, validated once, without a trailing `/`
    /// (`https://host` or `https://host/prefix`).
    base: String,
    /// The same, parsed once: each request clones it and sets only its path and query, so
    /// the host is never parsed again.
    base_url: Url,
    /// The path prefix of `base` (`""` or `/prefix`).
    prefix: String,
    max_response_bytes: usize,
    /// Kept only to redact it from body excerpts, should a server echo it.
    api_key: Option<Arc<str>>,
    /// A searcher for the key, built once: every body is scanned for an echo of it.
    key_finder: Option<memchr::memmem::Finder<'static>>,
    timeout: Duration,
    connect_timeout: Duration,
    retry: RetryPolicy,
    budget: RetryBudget,
    retry_sleep: RetrySleep,
}

impl Client {
    /// A builder with the [`defaults`](crate::defaults): the base URL, no API key, the
    /// total deadline, the connect timeout and the response size cap.
    pub fn builder() -> ClientBuilder {
        ClientBuilder::default()
    }

    /// A client configured from `PHALA_CLOUD_API_KEY` and `PHALA_CLOUD_API_PREFIX`; see
    /// [`ClientBuilder::read_env`].
    pub fn from_env() -> Result<Client, Error> {
        Client::builder().read_env().build()
    }

    /// The base URL calls are sent to, without a trailing `/`.
    pub fn base_url(&self) -> &str {
        &self.inner.base
    }

    pub(crate) fn http(&self) -> &reqwest::Client {
        &self.inner.http
    }

    /// The URL for `path` (encoded, from `/`) and a form-encoded `query` (or empty).
    pub(crate) fn url(&self, path: &str, query: &str) -> Url {
        let mut url = self.inner.base_url.clone();
        if self.inner.prefix.is_empty() {
            url.set_path(path);
        } else {
            url.set_path(&format!("{}{path}", self.inner.prefix));
        }
        if !query.is_empty() {
            url.set_query(Some(query));
        }
        url
    }

    pub(crate) fn max_response_bytes(&self) -> usize {
        self.inner.max_response_bytes
    }

    pub(crate) fn api_key(&self) -> Option<&Arc<str>> {
        self.inner.api_key.as_ref()
    }

    pub(crate) fn key_finder(&self) -> Option<&memchr::memmem::Finder<'static>> {
        self.inner.key_finder.as_ref()
    }

    pub(crate) fn timeout(&self) -> Duration {
        self.inner.timeout
    }

    pub(crate) fn retry_policy(&self) -> &RetryPolicy {
        &self.inner.retry
    }

    pub(crate) fn retry_budget(&self) -> &RetryBudget {
        &self.inner.budget
    }

    pub(crate) fn retry_sleep(&self) -> &RetrySleep {
        &self.inner.retry_sleep
    }

    /// The configured origin's host and port, as a call's span reports them.
    pub(crate) fn server(&self) -> (&str, Option<u16>) {
        let url = &self.inner.base_url;
        (
            url.host_str().unwrap_or_default(),
            url.port_or_known_default(),
        )
    }
}

impl fmt::Debug for Client {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Client")
            .field("base_url", &self.base_url())
            .field(
                "api_key",
                &self.inner.api_key.as_ref().map(|_| "<redacted>"),
            )
            .field("timeout", &self.inner.timeout)
            .field("connect_timeout", &self.inner.connect_timeout)
            .field("max_response_bytes", &self.inner.max_response_bytes)
            .field("retry", &self.inner.retry)
            .finish_non_exhaustive()
    }
}

type Configure = Box<dyn FnOnce(reqwest::ClientBuilder) -> reqwest::ClientBuilder + Send>;

/// Configures a [`Client`]. Problems are reported by [`build`](ClientBuilder::build).
pub struct ClientBuilder {
    base_url: String,
    api_key: Option<String>,
    headers: Vec<(String, String)>,
    user_agent: String,
    timeout: Duration,
    connect_timeout: Duration,
    max_response_bytes: usize,
    configure: Option<Configure>,
    retry: RetryPolicy,
    retry_sleep: RetrySleep,
    /// A problem found by a setter that cannot fail (e.g. a non-UTF-8 environment variable).
    deferred: Option<String>,
}

impl Default for ClientBuilder {
    fn default() -> Self {
        ClientBuilder {
            base_url: DEFAULT_BASE_URL.to_owned(),
            api_key: None,
            headers: Vec::new(),
            user_agent: DEFAULT_USER_AGENT.to_owned(),
            timeout: DEFAULT_TIMEOUT,
            connect_timeout: DEFAULT_CONNECT_TIMEOUT,
            max_response_bytes: DEFAULT_MAX_RESPONSE_BYTES,
            configure: None,
            retry: RetryPolicy::default(),
            retry_sleep: RetrySleep::tokio(),
            deferred: None,
        }
    }
}

impl ClientBuilder {
    /// Where calls go: an `http` or `https` origin, optionally with a path prefix
    /// (`https://host/prefix`); a trailing `/` does not matter. Templates are appended as
    /// written, so with templates starting `/api/v1` the base must not end in `/api/v1` (see
    /// [`api_prefix`](Self::api_prefix) for that form).
    pub fn base_url(mut self, url: impl Into<String>) -> Self {
        self.base_url = url.into();
        self
    }

    /// The Phala SDKs' form of the base URL, ending in `/api/v1`
    /// (`https://cloud-api.phala.com/api/v1`). The trailing `/api/v1` is dropped, since
    /// templates carry it, so both forms reach the same URLs.
    pub fn api_prefix(self, prefix: impl Into<String>) -> Self {
        let prefix = prefix.into();
        let trimmed = prefix.trim().trim_end_matches('/');
        let base = trimmed.strip_suffix("/api/v1").unwrap_or(trimmed);
        self.base_url(base)
    }

    /// The API key, sent as `X-API-Key` (marked sensitive). Surrounding white space is trimmed;
    /// an empty key means no key.
    pub fn api_key(mut self, key: impl Into<String>) -> Self {
        let key = key.into();
        let key = key.trim();
        self.api_key = (!key.is_empty()).then(|| key.to_owned());
        self
    }

    /// Reads `PHALA_CLOUD_API_KEY` (the API key; unset, empty or white space means none) and
    /// `PHALA_CLOUD_API_PREFIX` (the SDKs' prefix, ending in `/api/v1` or not; unset or empty
    /// keeps the current base URL).
    pub fn read_env(self) -> Self {
        self.read_vars(|name| std::env::var(name))
    }

    /// [`read_env`](Self::read_env) over any source of variables, so it is testable without
    /// touching the process environment.
    fn read_vars(mut self, lookup: impl Fn(&str) -> Result<String, std::env::VarError>) -> Self {
        let mut read = |name: &str| match lookup(name) {
            Ok(value) => Some(value),
            Err(std::env::VarError::NotPresent) => None,
            Err(std::env::VarError::NotUnicode(_)) => {
                let problem = format!("the environment variable `{name}` is not UTF-8");
                self.deferred.get_or_insert(problem);
                None
            }
        };
        let key = read(ENV_API_KEY);
        let prefix = read(ENV_API_PREFIX);
        if let Some(key) = key {
            self = self.api_key(key);
        }
        match prefix {
            Some(prefix) if !prefix.trim().is_empty() => self.api_prefix(prefix),
            _ => self,
        }
    }

    /// A header sent on every call (for example a tenant or tracing header), unless the
    /// endpoint sets the same header. Setting a name again replaces its value (names are
    /// compared without regard to case). The rules are those of an endpoint's fixed headers:
    /// a token name that the client does not own (`Host`, `Content-Length`,
    /// `Transfer-Encoding`, `Connection`, `X-API-Key`), a visible-ASCII value; a broken one
    /// makes [`build`](Self::build) fail with [`Error::Config`].
    pub fn default_header(mut self, name: impl Into<String>, value: impl Into<String>) -> Self {
        let (name, value) = (name.into(), value.into());
        let key = phala_api_rules::header_key(&name);
        self.headers
            .retain(|(set, _)| phala_api_rules::header_key(set) != key);
        self.headers.push((name, value));
        self
    }

    /// The `User-Agent`; the default is `phala-api/<version>`.
    pub fn user_agent(mut self, user_agent: impl Into<String>) -> Self {
        self.user_agent = user_agent.into();
        self
    }

    /// The total deadline of one call, from connecting to the end of the body.
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = timeout;
        self
    }

    /// The limit on establishing a connection.
    pub fn connect_timeout(mut self, timeout: Duration) -> Self {
        self.connect_timeout = timeout;
        self
    }

    /// The largest response body read, in bytes.
    pub fn max_response_bytes(mut self, limit: usize) -> Self {
        self.max_response_bytes = limit;
        self
    }

    /// The retry policy; [`RetryPolicy::none`] turns retries off.
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.retry = policy;
        self
    }

    /// Replaces how the client waits between attempts (by default `tokio::time::sleep`), for
    /// tests that record the waits instead of spending them. The total deadline is still
    /// measured in real time.
    pub fn retry_sleep(
        mut self,
        sleep: impl Fn(Duration) -> std::pin::Pin<Box<dyn std::future::Future<Output = ()> + Send>>
        + Send
        + Sync
        + 'static,
    ) -> Self {
        let sleep: std::sync::Arc<SleepFn> = std::sync::Arc::new(sleep);
        self.retry_sleep = RetrySleep(sleep);
        self
    }

    /// Customises the underlying `reqwest::ClientBuilder` (proxy, root certificates, pool
    /// settings, HTTP/2…). Applied first: redirects and reqwest's own retries stay off, and the
    /// timeouts and headers of this builder are applied after it, so the closure cannot turn
    /// them back.
    ///
    /// A prebuilt `reqwest::Client` is not accepted, since it may follow redirects and would
    /// then forward `X-API-Key` to another origin.
    pub fn configure_reqwest(
        mut self,
        configure: impl FnOnce(reqwest::ClientBuilder) -> reqwest::ClientBuilder + Send + 'static,
    ) -> Self {
        self.configure = Some(Box::new(configure));
        self
    }

    /// Builds the client; each problem is an [`Error::Config`] that never repeats the key.
    pub fn build(self) -> Result<Client, Error> {
        let config = |reason: String| Error::Config { reason };
        if let Some(reason) = self.deferred {
            return Err(config(reason));
        }
        let base = parse_base_url(&self.base_url).map_err(config)?;
        let base_url = Url::parse(&base).map_err(|error| config(error.to_string()))?;
        let prefix = base_url.path().trim_end_matches('/').to_owned();
        let headers = self.header_map().map_err(config)?;

        install_crypto_provider();
        let mut http = reqwest::Client::builder();
        if let Some(configure) = self.configure {
            http = configure(http);
        }
        // Retries are this crate's alone (see `RetryPolicy`), so none happen behind its back;
        // verbose connection logging would write the raw request, key included, at TRACE.
        let http = http
            .connection_verbose(false)
            .redirect(reqwest::redirect::Policy::none())
            .retry(reqwest::retry::never())
            .timeout(self.timeout)
            .connect_timeout(self.connect_timeout)
            .default_headers(headers)
            .build()
            .map_err(|error| config(format!("the HTTP client could not be built: {error}")))?;

        Ok(Client {
            inner: Arc::new(Inner {
                http,
                base,
                base_url,
                prefix,
                max_response_bytes: self.max_response_bytes,
                key_finder: self
                    .api_key
                    .as_deref()
                    .filter(|key| !key.is_empty())
                    .map(|key| memchr::memmem::Finder::new(key.as_bytes()).into_owned()),
                api_key: self.api_key.map(Arc::from),
                timeout: self.timeout,
                connect_timeout: self.connect_timeout,
                retry: self.retry,
                budget: RetryBudget::new(),
                retry_sleep: self.retry_sleep,
            }),
        })
    }

    /// Headers prepared once per client: `Accept`, `User-Agent`, the defaults and the key.
    fn header_map(&self) -> Result<HeaderMap, String> {
        let mut headers = HeaderMap::new();
        headers.insert(ACCEPT, HeaderValue::from_static("application/json"));
        let user_agent = HeaderValue::from_str(&self.user_agent)
            .map_err(|_| "the user agent is not a valid header value".to_owned())?;
        headers.insert(USER_AGENT, user_agent);
        for (name, value) in &self.headers {
            if let Some(problem) = phala_api_rules::header_name_problem(name) {
                return Err(format!("default header: {problem}"));
            }
            if let Some(why) = phala_api_rules::reserved_header(name) {
                return Err(format!("header `{name}` cannot be a default header: {why}"));
            }
            if let Some(problem) = phala_api_rules::header_value_problem(value) {
                return Err(format!("default header `{name}`: {problem}"));
            }
            let invalid = || format!("default header `{name}` is not valid");
            let header = HeaderName::from_bytes(name.as_bytes()).map_err(|_| invalid())?;
            let mut value = HeaderValue::from_str(value).map_err(|_| invalid())?;
            // Credentials a user passes as default headers get the key's treatment.
            value.set_sensitive(SENSITIVE_HEADERS.contains(&header.as_str()));
            headers.insert(header, value);
        }
        if let Some(key) = &self.api_key {
            // Keys are visible ASCII; anything else is a corrupted variable, never sent.
            let invalid = "the API key is not a valid header value (it has a control, space or \
                           non-ASCII character)";
            if !key.bytes().all(|b| b.is_ascii_graphic()) {
                return Err(invalid.to_owned());
            }
            let mut value = HeaderValue::from_str(key).map_err(|_| invalid.to_owned())?;
            value.set_sensitive(true);
            headers.insert(API_KEY_HEADER, value);
        }
        Ok(headers)
    }
}

impl fmt::Debug for ClientBuilder {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ClientBuilder")
            .field("base_url", &self.base_url)
            .field("api_key", &self.api_key.as_ref().map(|_| "<redacted>"))
            // Names only: a default header's value may be a credential.
            .field(
                "headers",
                &self
                    .headers
                    .iter()
                    .map(|(name, _)| name)
                    .collect::<Vec<_>>(),
            )
            .field("user_agent", &self.user_agent)
            .field("timeout", &self.timeout)
            .field("connect_timeout", &self.connect_timeout)
            .field("max_response_bytes", &self.max_response_bytes)
            .field("configure_reqwest", &self.configure.is_some())
            .field("retry", &self.retry)
            .finish_non_exhaustive()
    }
}

/// Checks a base URL and returns it without a trailing `/`. Messages show it without any user
/// info (`user:password@`), which is a credential.
fn parse_base_url(text: &str) -> Result<String, String> {
    let shown = without_user_info(text);
    let text = text.trim();
    let url = Url::parse(text).map_err(|error| format!("base URL {shown:?}: {error}"))?;
    if !url.username().is_empty() || url.password().is_some() {
        // Never echo it: the user info is a credential.
        return Err("the base URL must not contain user info; use `api_key`".to_owned());
    }
    if !matches!(url.scheme(), "http" | "https") {
        return Err(format!(
            "base URL {shown:?}: the scheme must be `http` or `https`"
        ));
    }
    if url.host_str().is_none() {
        return Err(format!("base URL {shown:?} has no host"));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(format!(
            "base URL {shown:?} must not have a query or fragment"
        ));
    }
    Ok(url.as_str().trim_end_matches('/').to_owned())
}

/// `text` with whatever stands between `://` and the last `@` of the authority replaced, so a
/// URL that does not even parse is never echoed with its credentials.
fn without_user_info(text: &str) -> String {
    let (scheme, rest) = match text.split_once("://") {
        Some((scheme, rest)) => (format!("{scheme}://"), rest),
        None => (String::new(), text),
    };
    let authority_end = rest.find(['/', '?', '#']).unwrap_or(rest.len());
    match rest[..authority_end].rfind('@') {
        Some(at) => format!("{scheme}<redacted>@{}", &rest[at + 1..]),
        None => text.to_owned(),
    }
}

/// reqwest is built without a default crypto provider under the `rustls-ring` feature; this
/// makes ring the process default unless the application installed one already.
fn install_crypto_provider() {
    #[cfg(feature = "rustls-ring")]
    {
        // `Err` means a provider is installed already, which is all we need.
        let _ = rustls::crypto::ring::default_provider().install_default();
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_builder_debug_shows_header_names_only_and_credentials_are_sensitive() {
        let builder = super::Client::builder()
            .default_header("Authorization", "Bearer sk-bearer-1")
            .default_header("Cookie", "session=sk-cookie-2")
            .default_header("X-Tenant", "acme");
        let debug = format!("{builder:?}");
        assert!(
            debug.contains("Authorization") && debug.contains("X-Tenant"),
            "{debug}"
        );
        for secret in ["sk-bearer", "sk-cookie", "acme"] {
            assert!(!debug.contains(secret), "{debug}");
        }
        let headers = builder.header_map().unwrap();
        assert!(headers["authorization"].is_sensitive());
        assert!(headers["cookie"].is_sensitive());
        assert!(!headers["x-tenant"].is_sensitive());
    }

    #[test]
    fn a_base_url_that_does_not_parse_is_never_echoed_with_its_user_info() {
        for url in [
            "https://user:sk-pass-3@exa mple.com/api",
            "https://sk-pass-3@host:99999",
            "http://user:sk-pass-3@[::1/x",
        ] {
            let error = super::Client::builder().base_url(url).build().unwrap_err();
            let text = format!("{error} {error:?}");
            assert!(
                !text.contains("sk-pass") && !text.contains("user:"),
                "{text}"
            );
        }
        assert_eq!(
            super::without_user_info("https://a:b@host/p@q"),
            "https://<redacted>@host/p@q"
        );
        assert_eq!(
            super::without_user_info("https://host/p@q"),
            "https://host/p@q"
        );
    }

    use super::*;

    #[test]
    fn base_url_forms() {
        assert_eq!(
            parse_base_url("https://host.example/").unwrap(),
            "https://host.example"
        );
        assert_eq!(
            parse_base_url("https://HOST.example").unwrap(),
            "https://host.example"
        );
        assert_eq!(
            parse_base_url("http://127.0.0.1:8080/prefix/").unwrap(),
            "http://127.0.0.1:8080/prefix"
        );
        for bad in [
            "",
            "host",
            "ftp://h",
            "https://u:p@h",
            "https://h/?q=1",
            "https://h/#f",
        ] {
            assert!(parse_base_url(bad).is_err(), "{bad:?}");
        }
        let secret = parse_base_url("https://user:hunter2@h").unwrap_err();
        assert!(!secret.contains("hunter2"));
    }

    #[test]
    fn api_prefix_accepts_both_forms() {
        for prefix in [
            "https://cloud-api.phala.com/api/v1",
            "https://cloud-api.phala.com/api/v1/",
            "https://cloud-api.phala.com",
            " https://cloud-api.phala.com/ ",
        ] {
            let client = Client::builder().api_prefix(prefix).build().unwrap();
            assert_eq!(
                client.base_url(),
                "https://cloud-api.phala.com",
                "{prefix:?}"
            );
        }
    }

    fn from_vars(vars: &[(&str, &str)]) -> ClientBuilder {
        let vars: Vec<(String, String)> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Client::builder().read_vars(move |name| {
            vars.iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
                .ok_or(std::env::VarError::NotPresent)
        })
    }

    #[test]
    fn environment_variables() {
        let none = from_vars(&[]);
        assert_eq!(
            (none.api_key, none.base_url.as_str()),
            (None, DEFAULT_BASE_URL)
        );
        let set = from_vars(&[
            (ENV_API_KEY, " sk-1 \n"),
            (ENV_API_PREFIX, "http://127.0.0.1:8000/api/v1"),
        ]);
        assert_eq!(set.api_key.as_deref(), Some("sk-1"));
        assert_eq!(set.base_url, "http://127.0.0.1:8000");
        let blank = from_vars(&[(ENV_API_KEY, "  "), (ENV_API_PREFIX, " ")]);
        assert_eq!(
            (blank.api_key, blank.base_url.as_str()),
            (None, DEFAULT_BASE_URL)
        );
        let binary = Client::builder().read_vars(|_| {
            Err(std::env::VarError::NotUnicode(std::ffi::OsString::from(
                "x",
            )))
        });
        let error = binary.build().unwrap_err().to_string();
        assert!(
            error.contains("`PHALA_CLOUD_API_KEY` is not UTF-8"),
            "{error}"
        );
    }

    #[test]
    fn keys_trimmed_and_empty_means_none() {
        assert_eq!(Client::builder().api_key("  ").api_key, None);
        assert_eq!(
            Client::builder().api_key(" k \n").api_key.as_deref(),
            Some("k")
        );
        let error = Client::builder()
            .api_key("sk-canary\u{1}x")
            .build()
            .unwrap_err();
        assert!(!error.to_string().contains("sk-canary"), "{error}");
        assert!(!format!("{error:?}").contains("sk-canary"));
    }
}
