//! Every item of a paged list as one stream (`phala_api::paging`), for the four paging styles
//! of Phala Cloud's document, over loopback: the exact pages requested and the items yielded,
//! and servers that misbehave (a cursor answered twice, pages that never end, a failing page)
//! never make it endless.

use std::future::poll_fn;
use std::pin::Pin;

use futures_core::Stream;
use phala_api::paging::{Page, Paging, Position, items};
use phala_api::{Api, Client, Error, api_endpoint};
use phala_api_tests::{Recorded, Reply, TestServer};
use serde::Deserialize;

#[derive(Debug, Deserialize)]
struct Numbers {
    items: Vec<u32>,
    #[serde(default)]
    total: Option<u64>,
    #[serde(default)]
    next_cursor: Option<String>,
}

impl Page for Numbers {
    type Item = u32;
    fn into_items(self) -> Vec<u32> {
        self.items
    }
    fn next_cursor(&self) -> Option<&str> {
        self.next_cursor.as_deref()
    }
    fn total(&self) -> Option<u64> {
        self.total
    }
}

trait Lists: Api {
    #[api_endpoint(GET "/by-page")]
    async fn by_page(&self, #[query] page: u64, #[query] page_size: u64) -> Result<Numbers, Error>;

    #[api_endpoint(GET "/by-cursor")]
    async fn by_cursor(
        &self,
        #[query] cursor: Option<&str>,
        #[query] limit: u64,
    ) -> Result<Numbers, Error>;

    #[api_endpoint(GET "/by-offset")]
    async fn by_offset(&self, #[query] limit: u64, #[query] offset: u64)
    -> Result<Vec<u32>, Error>;

    #[api_endpoint(GET "/by-skip")]
    async fn by_skip(&self, #[query] skip: u64, #[query] limit: u64) -> Result<Vec<u32>, Error>;
}

impl Lists for Client {}

/// Every item of `/by-page`, `size` a page.
fn pages(client: &Client, size: u64) -> impl Stream<Item = Result<u32, Error>> + Unpin {
    let client = client.clone();
    items(Paging::Pages { size }, move |position| {
        let client = client.clone();
        async move {
            let Position::Page { page, size } = position else {
                unreachable!("a page-numbered position")
            };
            client.by_page(page, size).await
        }
    })
}

/// Every item of `/by-cursor`, `limit` a page.
fn cursors(client: &Client, limit: u64) -> impl Stream<Item = Result<u32, Error>> + Unpin {
    let client = client.clone();
    items(Paging::Cursor { limit }, move |position| {
        let client = client.clone();
        async move {
            let Position::Cursor { cursor, limit } = position else {
                unreachable!("a cursor position")
            };
            client.by_cursor(cursor.as_deref(), limit).await
        }
    })
}

/// Every item of `/by-offset` (or `/by-skip`), `limit` a page.
fn offsets(
    client: &Client,
    limit: u64,
    skip: bool,
) -> impl Stream<Item = Result<u32, Error>> + Unpin {
    let client = client.clone();
    items(Paging::Offset { limit }, move |position| {
        let client = client.clone();
        async move {
            let Position::Offset { offset, limit } = position else {
                unreachable!("an offset position")
            };
            if skip {
                client.by_skip(offset, limit).await
            } else {
                client.by_offset(limit, offset).await
            }
        }
    })
}

async fn collect<S: Stream + Unpin>(mut stream: S) -> Vec<S::Item> {
    let mut out = Vec::new();
    while let Some(item) = poll_fn(|cx| Pin::new(&mut stream).poll_next(cx)).await {
        out.push(item);
    }
    out
}

/// The query of each request, in order.
fn queries(server: &TestServer) -> Vec<String> {
    server
        .requests()
        .iter()
        .map(|r: &Recorded| r.target.split_once('?').map_or("", |(_, q)| q).to_owned())
        .collect()
}

/// A query parameter's value.
fn parameter(request: &Recorded, name: &str) -> Option<u64> {
    let query = request.target.split_once('?')?.1;
    query
        .split('&')
        .find_map(|pair| pair.strip_prefix(&format!("{name}=")))
        .and_then(|value| value.parse().ok())
}

fn numbers(from: u64, to: u64) -> String {
    let items: Vec<String> = (from..to).map(|n| n.to_string()).collect();
    items.join(",")
}

#[tokio::test]
async fn pages_by_number_until_a_short_page() {
    // Seven items, three a page: pages of 3, 3 and 1.
    let server = TestServer::start(|request| {
        let (page, size) = (
            parameter(request, "page").unwrap(),
            parameter(request, "page_size").unwrap(),
        );
        let from = (page - 1) * size;
        Reply::json(
            200,
            &format!(r#"{{"items":[{}]}}"#, numbers(from, (from + size).min(7))),
        )
    })
    .await;
    let client = server.client();
    let stream = pages(&client, 3);
    let got: Vec<u32> = collect(stream)
        .await
        .into_iter()
        .map(Result::unwrap)
        .collect();
    assert_eq!(got, [0, 1, 2, 3, 4, 5, 6]);
    assert_eq!(
        queries(&server),
        [
            "page=1&page_size=3",
            "page=2&page_size=3",
            "page=3&page_size=3"
        ]
    );
}

#[tokio::test]
async fn a_total_ends_the_pages_without_asking_for_an_empty_one() {
    let server = TestServer::start(|request| {
        let page = parameter(request, "page").unwrap();
        let from = (page - 1) * 3;
        Reply::json(
            200,
            &format!(r#"{{"items":[{}],"total":6}}"#, numbers(from, from + 3)),
        )
    })
    .await;
    let client = server.client();
    let stream = pages(&client, 3);
    assert_eq!(collect(stream).await.len(), 6);
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn pages_by_cursor_until_none_is_answered() {
    let server = TestServer::start(|request| {
        let body = match request.target.as_str() {
            "/by-cursor?limit=2" => r#"{"items":[1,2],"next_cursor":"c1"}"#,
            "/by-cursor?cursor=c1&limit=2" => r#"{"items":[3],"next_cursor":"c2"}"#,
            "/by-cursor?cursor=c2&limit=2" => r#"{"items":[4,5],"next_cursor":null}"#,
            other => panic!("unexpected {other}"),
        };
        Reply::json(200, body)
    })
    .await;
    let client = server.client();
    let stream = cursors(&client, 2);
    let got: Vec<u32> = collect(stream)
        .await
        .into_iter()
        .map(Result::unwrap)
        .collect();
    // A short page is not the last when a cursor says there are more.
    assert_eq!(got, [1, 2, 3, 4, 5]);
    assert_eq!(server.requests().len(), 3);
}

#[tokio::test]
async fn pages_by_offset_and_by_skip() {
    let server = TestServer::start(|request| {
        let limit = parameter(request, "limit").unwrap();
        let from = parameter(request, "offset")
            .or_else(|| parameter(request, "skip"))
            .unwrap();
        Reply::json(200, &format!("[{}]", numbers(from, (from + limit).min(5))))
    })
    .await;
    let client = server.client();
    for skip in [false, true] {
        let stream = offsets(&client, 2, skip);
        let got: Vec<u32> = collect(stream)
            .await
            .into_iter()
            .map(Result::unwrap)
            .collect();
        assert_eq!(got, [0, 1, 2, 3, 4]);
    }
    assert_eq!(
        queries(&server),
        [
            "limit=2&offset=0",
            "limit=2&offset=2",
            "limit=2&offset=4",
            "skip=0&limit=2",
            "skip=2&limit=2",
            "skip=4&limit=2"
        ]
    );
}

#[tokio::test]
async fn a_cursor_answered_twice_ends_the_stream_instead_of_looping() {
    let server =
        TestServer::replying(Reply::json(200, r#"{"items":[7],"next_cursor":"same"}"#)).await;
    let client = server.client();
    let stream = cursors(&client, 1);
    let got = collect(stream).await;
    // Both pages' items, then the error; two requests only.
    assert_eq!(got.len(), 3);
    assert_eq!(
        (got[0].as_ref().ok(), got[1].as_ref().ok()),
        (Some(&7), Some(&7))
    );
    let error = got[2].as_ref().unwrap_err();
    assert!(matches!(error, Error::Paging { .. }), "{error:?}");
    assert!(
        error.to_string().contains("\"same\" a second time"),
        "{error}"
    );
    assert_eq!(server.requests().len(), 2);
}

#[tokio::test]
async fn a_page_size_of_zero_is_refused_before_any_request() {
    let server = TestServer::replying(Reply::json(200, "[]")).await;
    let client = server.client();
    let stream = offsets(&client, 0, false);
    let got = collect(stream).await;
    assert_eq!(got.len(), 1);
    assert!(
        matches!(got[0], Err(Error::InvalidArgument { param: "size", .. })),
        "{:?}",
        got[0]
    );
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn pages_that_never_end_stop_at_the_bound() {
    // A server that ignores the position and always answers a full page.
    let server = TestServer::replying(Reply::json(200, "[1]")).await;
    let client = server.client();
    let stream = offsets(&client, 1, false);
    let got = collect(stream).await;
    let max = phala_api::paging::MAX_PAGES as usize;
    assert_eq!(got.len(), max + 1);
    assert!(
        matches!(got[max], Err(Error::Paging { .. })),
        "{:?}",
        got[max]
    );
    assert_eq!(server.requests().len(), max);
}

#[tokio::test]
async fn a_failing_page_ends_the_stream_after_the_items_before_it() {
    let server = TestServer::start(|request| match parameter(request, "page") {
        Some(1) => Reply::json(200, r#"{"items":[1,2]}"#),
        _ => Reply::json(500, r#"{"detail":"boom"}"#),
    })
    .await;
    let client = server
        .client_builder()
        .retry(phala_api::RetryPolicy::none())
        .build()
        .unwrap();
    let stream = pages(&client, 2);
    let got = collect(stream).await;
    assert_eq!(got.len(), 3);
    assert!(
        matches!(&got[2], Err(e) if e.status().map(|s| s.as_u16()) == Some(500)),
        "{:?}",
        got[2]
    );
    assert_eq!(server.requests().len(), 2);
}
