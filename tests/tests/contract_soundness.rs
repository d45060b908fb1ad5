//! Faithful bindings the contract check once refused, each written as the document says
//! (`tests/openapi/soundness-3.0.json`, shaped after GitHub's REST description): that this file
//! compiles is the check accepting them; the calls show what goes on the wire.
//!
//! - a string enum query argument, bare, as `Option`, and under `#[query("name")]`;
//! - a `QueryParams` struct passed as `Option<&T>`;
//! - an array answer read as `Vec<serde_json::Value>`;
//! - a nullable property held by `serde_json::Value`, which holds `null` itself;
//! - a `DELETE` whose operation requires a JSON body, and a `GET` whose operation documents one
//!   (as search APIs do);
//! - a placeholder no Rust identifier can spell (`{enterprise-team}`), bound as
//!   `<enterprise_team>`;
//! - placeholders inside one segment (`{base}...{head}`);
//! - documented header parameters, the required one sent as a fixed header;
//! - a newtype of an alias component (`user-login` is `simple-user`);
//! - an inline answer, an inline JSON body and an inline form body, each bound by a type named
//!   after where its schema is (a JSON pointer), checked field by field;
//! - a union answer (`oneOf` of a string and a component) read by an untagged enum whose
//!   variants are checked against the alternatives;
//! - a property whose schema is a nullable copy of a component (`nullable-simple-user`, as
//!   GitHub's 3.0 document writes a nullable reference), held as `Option` of the original's type.

use phala_api::{Api, Error, QueryParams, Schema, api_endpoint};
use phala_api_tests::{Reply, TestServer};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum IssueState {
    Open,
    Closed,
    All,
}

#[derive(Debug, Default, Serialize, QueryParams)]
pub struct ListIssues {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<IssueState>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub per_page: Option<u32>,
}

#[derive(Debug, PartialEq, Deserialize, Schema)]
#[schema("simple-user", spec = "openapi/soundness-3.0.json")]
pub struct SimpleUser {
    pub login: String,
    pub id: i64,
}

#[derive(Debug, PartialEq, Deserialize, Schema)]
#[serde(transparent)]
#[schema("user-login", spec = "openapi/soundness-3.0.json")]
pub struct UserLogin(pub SimpleUser);

#[derive(Debug, PartialEq, Deserialize, Schema)]
#[schema("issue", spec = "openapi/soundness-3.0.json", partial)]
pub struct Issue {
    pub number: i64,
    pub title: String,
    pub user: SimpleUser,
    #[serde(default)]
    pub assignee: Option<SimpleUser>,
    /// `type: object, nullable: true`: a `Value` holds the object or `null`.
    #[serde(default)]
    pub reactions: serde_json::Value,
}

#[derive(Debug, Serialize, Schema)]
#[schema("deletion", spec = "openapi/soundness-3.0.json")]
pub struct Deletion {
    pub message: String,
    pub sha: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub branch: Option<String>,
}

/// `GET /user` answers an inline object: the type names it by its pointer.
#[derive(Debug, PartialEq, Deserialize, Schema)]
#[schema(
    "#/paths/~1user/get/responses/200/content/application~1json/schema",
    spec = "openapi/soundness-3.0.json"
)]
pub struct Me {
    pub login: String,
    pub id: i64,
    #[serde(default)]
    pub plan: Option<String>,
}

/// `POST /user/keys` takes an inline object.
#[derive(Debug, Serialize, Schema)]
#[schema(
    "#/paths/~1user~1keys/post/requestBody/content/application~1json/schema",
    spec = "openapi/soundness-3.0.json"
)]
pub struct NewKey {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    pub key: String,
}

/// `POST /login/oauth/access_token` takes an inline form.
#[derive(Debug, Serialize, Schema)]
#[schema(
    "#/paths/~1login~1oauth~1access_token/post/requestBody/content/application~1x-www-form-urlencoded/schema",
    spec = "openapi/soundness-3.0.json"
)]
pub struct TokenRequest {
    pub client_id: String,
    pub code: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub redirect_uri: Option<String>,
}

#[derive(Debug, PartialEq, Deserialize, Schema)]
#[schema("label", spec = "openapi/soundness-3.0.json")]
pub struct Label {
    pub name: String,
    pub color: String,
}

/// An item of `GET /repos/{owner}/{repo}/labels`: a name, or a whole label.
#[derive(Debug, PartialEq, Deserialize, Schema)]
#[serde(untagged)]
#[schema(
    "#/paths/~1repos~1{owner}~1{repo}~1labels/get/responses/200/content/application~1json/schema/items",
    spec = "openapi/soundness-3.0.json"
)]
pub enum LabelOrName {
    Name(String),
    Label(Label),
}

#[phala_api::api(
    spec = "openapi/soundness-3.0.json",
    header("X-GitHub-Api-Version" = "2022-11-28")
)]
trait Repos: Api {
    #[api_endpoint(GET "/repos/<owner>/<repo>/issues")]
    async fn issues(
        &self,
        owner: &str,
        repo: &str,
        #[query] state: Option<IssueState>,
        #[query] per_page: Option<u32>,
        #[header("If-None-Match")] etag: Option<&str>,
    ) -> Result<Vec<Issue>, Error>;

    #[api_endpoint(GET "/repos/<owner>/<repo>/issues")]
    async fn issues_in(
        &self,
        owner: &str,
        repo: &str,
        #[query("state")] which: IssueState,
    ) -> Result<Vec<serde_json::Value>, Error>;

    #[api_endpoint(GET "/repos/<owner>/<repo>/issues")]
    async fn issues_paged(
        &self,
        owner: &str,
        repo: &str,
        #[query] paging: Option<&ListIssues>,
    ) -> Result<Vec<Issue>, Error>;

    #[api_endpoint(DELETE "/repos/<owner>/<repo>/contents/<path>")]
    async fn delete_file(
        &self,
        owner: &str,
        repo: &str,
        path: &str,
        #[body] deletion: &Deletion,
    ) -> Result<serde_json::Value, Error>;

    #[api_endpoint(GET "/repos/<owner>/<repo>/compare/<base>...<head>")]
    async fn compare(
        &self,
        owner: &str,
        repo: &str,
        base: &str,
        head: &str,
    ) -> Result<serde_json::Value, Error>;

    #[api_endpoint(GET "/user")]
    async fn me(&self) -> Result<Me, Error>;

    #[api_endpoint(POST "/login/oauth/access_token")]
    async fn token(&self, #[body(form)] request: &TokenRequest)
    -> Result<serde_json::Value, Error>;

    #[api_endpoint(GET "/search/query")]
    async fn search(&self, #[body] query: &serde_json::Value) -> Result<serde_json::Value, Error>;

    #[api_endpoint(POST "/user/keys")]
    async fn add_key(&self, #[body] key: &NewKey) -> Result<(), Error>;

    #[api_endpoint(GET "/repos/<owner>/<repo>/labels")]
    async fn labels(&self, owner: &str, repo: &str) -> Result<Vec<LabelOrName>, Error>;

    #[api_endpoint(GET "/enterprises/<enterprise>/teams/<enterprise_team>")]
    async fn team(&self, enterprise: &str, enterprise_team: &str) -> Result<UserLogin, Error>;
}

impl Repos for phala_api::Client {}

const ISSUE: &str = r#"{"number":7,"title":"t","user":{"login":"octo","id":1},"assignee":{"login":"cat","id":2},"labels":[],"body":null,"reactions":null}"#;

#[tokio::test]
async fn enum_and_optional_queries_headers_and_value_items() {
    let server = TestServer::replying(Reply::json(200, &format!("[{ISSUE}]"))).await;
    let client = server.client();
    let issues = client
        .issues(
            "octo",
            "hello",
            Some(IssueState::Closed),
            Some(5),
            Some("\"abc\""),
        )
        .await
        .unwrap();
    assert_eq!(
        issues,
        [Issue {
            number: 7,
            title: "t".into(),
            user: SimpleUser {
                login: "octo".into(),
                id: 1
            },
            assignee: Some(SimpleUser {
                login: "cat".into(),
                id: 2
            }),
            reactions: serde_json::Value::Null,
        }]
    );
    let raw = client
        .issues_in("octo", "hello", IssueState::All)
        .await
        .unwrap();
    assert_eq!(
        raw,
        [serde_json::from_str::<serde_json::Value>(ISSUE).unwrap()]
    );
    let paging = ListIssues {
        state: Some(IssueState::Open),
        per_page: None,
    };
    client
        .issues_paged("octo", "hello", Some(&paging))
        .await
        .unwrap();
    client.issues_paged("octo", "hello", None).await.unwrap();
    let requests = server.requests();
    let lines: Vec<String> = requests.iter().map(|r| r.request_line()).collect();
    assert_eq!(
        lines,
        [
            "GET /repos/octo/hello/issues?state=closed&per_page=5 HTTP/1.1",
            "GET /repos/octo/hello/issues?state=all HTTP/1.1",
            "GET /repos/octo/hello/issues?state=open HTTP/1.1",
            "GET /repos/octo/hello/issues HTTP/1.1",
        ]
    );
    assert_eq!(requests[0].header("if-none-match"), Some("\"abc\""));
    assert_eq!(requests[1].header("if-none-match"), None);
    for request in &requests {
        assert_eq!(request.header("x-github-api-version"), Some("2022-11-28"));
    }
}

#[tokio::test]
async fn a_delete_sends_its_documented_body() {
    let server = TestServer::replying(Reply::json(200, r#"{"commit":{"sha":"f00"}}"#)).await;
    let deletion = Deletion {
        message: "remove".into(),
        sha: "abc123".into(),
        branch: None,
    };
    let answer = server
        .client()
        .delete_file("octo", "hello", "docs/a b.md", &deletion)
        .await
        .unwrap();
    assert_eq!(answer, serde_json::json!({"commit": {"sha": "f00"}}));
    let request = server.only_request();
    assert_eq!(
        request.request_line(),
        "DELETE /repos/octo/hello/contents/docs%2Fa%20b.md HTTP/1.1"
    );
    assert_eq!(request.header("content-type"), Some("application/json"));
    assert_eq!(request.body, br#"{"message":"remove","sha":"abc123"}"#);
}

#[tokio::test]
async fn placeholders_inside_one_segment() {
    let server = TestServer::replying(Reply::json(200, r#"{"ahead_by":1}"#)).await;
    let answer = server
        .client()
        .compare("octo", "hello", "main", "octo:topic/a")
        .await
        .unwrap();
    assert_eq!(answer, serde_json::json!({"ahead_by": 1}));
    assert_eq!(
        server.only_request().request_line(),
        "GET /repos/octo/hello/compare/main...octo%3Atopic%2Fa HTTP/1.1"
    );
}

#[tokio::test]
async fn a_placeholder_no_identifier_spells() {
    let server = TestServer::replying(Reply::json(200, r#"{"login":"team","id":9}"#)).await;
    let team = server.client().team("acme", "core-team").await.unwrap();
    assert_eq!(
        team,
        UserLogin(SimpleUser {
            login: "team".into(),
            id: 9
        })
    );
    assert_eq!(
        server.only_request().request_line(),
        "GET /enterprises/acme/teams/core-team HTTP/1.1"
    );
}

#[tokio::test]
async fn inline_schemas_and_a_union_by_their_pointers() {
    let server = TestServer::start(|request| match request.target.as_str() {
        "/user" => Reply::json(200, r#"{"login":"octo","id":1,"plan":null}"#),
        "/user/keys" => Reply::status(201),
        "/search/query" | "/login/oauth/access_token" => Reply::json(200, "{}"),
        _ => Reply::json(200, r#"["bug",{"name":"doc","color":"00f"}]"#),
    })
    .await;
    let client = server.client();
    let me = client.me().await.unwrap();
    assert_eq!(
        me,
        Me {
            login: "octo".into(),
            id: 1,
            plan: None
        }
    );
    let key = NewKey {
        title: None,
        key: "ssh-ed25519 AAAA".into(),
    };
    client.add_key(&key).await.unwrap();
    client
        .search(&serde_json::json!({"q": "is:open"}))
        .await
        .unwrap();
    let labels = client.labels("octo", "hello").await.unwrap();
    let token = TokenRequest {
        client_id: "app".into(),
        code: "c/1".into(),
        redirect_uri: None,
    };
    client.token(&token).await.unwrap();
    assert_eq!(
        labels,
        [
            LabelOrName::Name("bug".into()),
            LabelOrName::Label(Label {
                name: "doc".into(),
                color: "00f".into()
            })
        ]
    );
    let requests = server.requests();
    assert_eq!(requests[1].request_line(), "POST /user/keys HTTP/1.1");
    assert_eq!(requests[1].body, br#"{"key":"ssh-ed25519 AAAA"}"#);
    assert_eq!(requests[2].request_line(), "GET /search/query HTTP/1.1");
    assert_eq!(requests[2].body, br#"{"q":"is:open"}"#);
    assert_eq!(
        requests[4].request_line(),
        "POST /login/oauth/access_token HTTP/1.1"
    );
    assert_eq!(requests[4].body, b"client_id=app&code=c%2F1");
}
