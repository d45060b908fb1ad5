//! Every item of a paged list operation as one stream, for the paging styles cloud APIs use
//! (Phala Cloud's document uses all four): `page`/`page_size` ([`Paging::Pages`]),
//! `cursor`/`limit` with a `next_cursor` in the answer ([`Paging::Cursor`]), and
//! `limit`/`offset` or `skip`/`limit` ([`Paging::Offset`]: one style under two spellings).
//!
//! The method stays an ordinary `#[api_endpoint]` method taking the position as its query
//! arguments; [`items`] calls it page after page:
//!
//! ```no_run
//! # use phala_api::{api_endpoint, Api, Client, Error};
//! # use phala_api::paging::{items, Page, Paging, Position};
//! #[derive(serde::Deserialize)]
//! struct Cvms { items: Vec<serde_json::Value>, total: u64 }
//!
//! impl Page for Cvms {
//!     type Item = serde_json::Value;
//!     fn into_items(self) -> Vec<serde_json::Value> { self.items }
//!     fn total(&self) -> Option<u64> { Some(self.total) }
//! }
//!
//! trait CvmApi: Api {
//!     #[api_endpoint(GET "/api/v1/cvms")]
//!     async fn list_cvms(&self, #[query] page: u64, #[query] page_size: u64) -> Result<Cvms, Error>;
//! }
//! impl CvmApi for Client {}
//!
//! # async fn all(client: Client) {
//! let every_cvm = items(Paging::Pages { size: 50 }, |position| {
//!     let client = client.clone();
//!     async move {
//!         let Position::Page { page, size } = position else { unreachable!() };
//!         client.list_cvms(page, size).await
//!     }
//! });
//! # }
//! ```
//!
//! The stream ends after the last page: a short or empty one, the `total` reached, or no next
//! cursor. A server that misbehaves cannot make it endless: a cursor seen before, or more than
//! [`MAX_PAGES`] pages, ends it with [`Error::Paging`]; a page size of zero is refused before
//! any request. An error ends the stream after it is yielded.

use std::collections::{HashSet, VecDeque};
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, ready};

use crate::{ApiError, Error};

/// The most pages one stream fetches: a server that always answers a full page (ignoring the
/// position it was asked for) ends the stream with an error here, not never.
pub const MAX_PAGES: u64 = 10_000;

/// How an operation pages.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paging {
    /// `page` (from 1) and `page_size`.
    Pages {
        /// Items per page.
        size: u64,
    },
    /// An opaque `cursor` (none for the first page) and a `limit`; the answer says the next
    /// cursor ([`Page::next_cursor`]).
    Cursor {
        /// Items per page.
        limit: u64,
    },
    /// `offset` (or `skip`) and `limit`.
    Offset {
        /// Items per page.
        limit: u64,
    },
}

/// Where the page to fetch starts, in the style of its [`Paging`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Position {
    /// Page `page` (from 1) of `size` items.
    Page {
        /// The page number, from 1.
        page: u64,
        /// Items per page.
        size: u64,
    },
    /// The page after `cursor` (`None`: the first).
    Cursor {
        /// The cursor the previous page answered.
        cursor: Option<String>,
        /// Items per page.
        limit: u64,
    },
    /// `limit` items from `offset` on.
    Offset {
        /// Items before this page (`skip`).
        offset: u64,
        /// Items per page.
        limit: u64,
    },
}

/// An answer of a paged operation: its items, and what it says of the pages after it.
pub trait Page {
    /// One item.
    type Item;
    /// The page's items, in order.
    fn into_items(self) -> Vec<Self::Item>;
    /// The cursor of the next page, for [`Paging::Cursor`]; `None` (or empty) on the last.
    fn next_cursor(&self) -> Option<&str> {
        None
    }
    /// The number of items in all pages, when the answer says.
    fn total(&self) -> Option<u64> {
        None
    }
}

/// A plain list is a page of its items.
impl<T> Page for Vec<T> {
    type Item = T;
    fn into_items(self) -> Vec<T> {
        self
    }
}

/// Every item of every page, fetched by `fetch` (one call of a list method per page) as the
/// stream is read; see the [module documentation](self).
pub fn items<P, E, F, Fut>(paging: Paging, fetch: F) -> Items<P, E, F>
where
    P: Page,
    E: ApiError,
    F: FnMut(Position) -> Fut,
    Fut: Future<Output = Result<P, Error<E>>> + Send + 'static,
{
    Items {
        paging,
        fetch,
        next: Some(first(paging)),
        pending: None,
        buffered: VecDeque::new(),
        seen: 0,
        fetched: 0,
        cursors: HashSet::new(),
        error: None,
    }
}

fn first(paging: Paging) -> Position {
    match paging {
        Paging::Pages { size } => Position::Page { page: 1, size },
        Paging::Cursor { limit } => Position::Cursor {
            cursor: None,
            limit,
        },
        Paging::Offset { limit } => Position::Offset { offset: 0, limit },
    }
}

/// The stream [`items`] returns: a `futures_core::Stream` of `Result<Item, Error<E>>`.
pub struct Items<P: Page, E, F> {
    paging: Paging,
    fetch: F,
    /// The position of the next page to fetch; `None` once the last was fetched.
    next: Option<Position>,
    pending: Option<PageFuture<P, E>>,
    buffered: VecDeque<P::Item>,
    /// Items yielded or buffered so far.
    seen: u64,
    fetched: u64,
    /// Every cursor answered so far: one answered twice would loop.
    cursors: HashSet<String>,
    /// What ends the stream once the buffered items are yielded.
    error: Option<Error<E>>,
}

type PageFuture<P, E> = Pin<Box<dyn Future<Output = Result<P, Error<E>>> + Send>>;

impl<P: Page, E: ApiError, F> Items<P, E, F> {
    /// After a page: where the next one starts, or `None` after the last.
    fn after(
        &mut self,
        count: u64,
        next_cursor: Option<String>,
        total: Option<u64>,
    ) -> Result<Option<Position>, Error<E>> {
        let size = match self.paging {
            Paging::Pages { size } => size,
            Paging::Cursor { limit } | Paging::Offset { limit } => limit,
        };
        let done = total.is_some_and(|total| self.seen >= total);
        let position = match (self.next.take(), self.paging) {
            (Some(Position::Cursor { limit, .. }), Paging::Cursor { .. }) => {
                let Some(cursor) = next_cursor.filter(|c| !c.is_empty()) else {
                    return Ok(None);
                };
                if !self.cursors.insert(cursor.clone()) {
                    return Err(paging_error(format!(
                        "the server answered the cursor {cursor:?} a second time: the pages would \
                         never end"
                    )));
                }
                // A cursor style pages by its cursor: a short page is not the last.
                return Ok((!done).then_some(Position::Cursor {
                    cursor: Some(cursor),
                    limit,
                }));
            }
            _ if count < size || done => return Ok(None),
            (Some(Position::Page { page, size }), _) => Position::Page {
                page: page + 1,
                size,
            },
            (Some(Position::Offset { offset, limit }), _) => Position::Offset {
                offset: offset + count,
                limit,
            },
            _ => return Ok(None),
        };
        Ok(Some(position))
    }
}

fn paging_error<E>(reason: String) -> Error<E> {
    Error::Paging {
        reason: reason.into(),
    }
}

impl<P, E, F, Fut> futures_core::Stream for Items<P, E, F>
where
    P: Page + Unpin,
    P::Item: Unpin,
    E: ApiError + Unpin,
    F: FnMut(Position) -> Fut + Unpin,
    Fut: Future<Output = Result<P, Error<E>>> + Send + 'static,
{
    type Item = Result<P::Item, Error<E>>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        loop {
            if let Some(item) = this.buffered.pop_front() {
                return Poll::Ready(Some(Ok(item)));
            }
            if let Some(error) = this.error.take() {
                return Poll::Ready(Some(Err(error)));
            }
            if let Some(pending) = &mut this.pending {
                let page = ready!(pending.as_mut().poll(cx));
                this.pending = None;
                let page = match page {
                    Ok(page) => page,
                    Err(error) => {
                        this.next = None;
                        return Poll::Ready(Some(Err(error)));
                    }
                };
                let next_cursor = page.next_cursor().map(str::to_owned);
                let total = page.total();
                let items = page.into_items();
                let count = items.len() as u64;
                this.seen += count;
                this.buffered.extend(items);
                // An empty page is the last, whatever it says of more.
                let next = if count == 0 {
                    Ok(None)
                } else {
                    this.after(count, next_cursor, total)
                };
                match next {
                    Ok(next) => this.next = next,
                    // The items of this page first, then the error.
                    Err(error) => this.error = Some(error),
                }
                continue;
            }
            let Some(position) = this.next.clone() else {
                return Poll::Ready(None);
            };
            let size = match position {
                Position::Page { size, .. } => size,
                Position::Cursor { limit, .. } | Position::Offset { limit, .. } => limit,
            };
            if size == 0 {
                this.next = None;
                return Poll::Ready(Some(Err(Error::InvalidArgument {
                    param: "size",
                    reason: "a page size of zero would page forever; no request was sent".into(),
                })));
            }
            if this.fetched >= MAX_PAGES {
                this.next = None;
                return Poll::Ready(Some(Err(paging_error(format!(
                    "more than {MAX_PAGES} pages: the server keeps answering full pages"
                )))));
            }
            this.fetched += 1;
            this.pending = Some(Box::pin((this.fetch)(position)));
        }
    }
}
