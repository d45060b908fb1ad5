//! [`ByteStream`]: a success body read chunk by chunk as it arrives, for downloads too large to
//! hold. The call's deadline still applies to every chunk; a cap is optional.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll, ready};

use bytes::Bytes;
use reqwest::StatusCode;
use reqwest::header::HeaderMap;

use crate::Error;

/// A read of the next chunk, owning the response while it runs and handing it back after.
type Read =
    Pin<Box<dyn Future<Output = (reqwest::Response, reqwest::Result<Option<Bytes>>)> + Send>>;

/// A response body read as it arrives. Declare it as a method's success type:
/// `async fn download(&self, checksum: &str) -> Result<ByteStream, Error>;`.
///
/// The call's total deadline covers reading the whole body: a chunk that has not arrived by
/// then is an [`Error::Timeout`]. The client's `max_response_bytes` does not apply (a stream is
/// for bodies larger than that); [`limit`](Self::limit) sets a cap of its own. Dropping the
/// stream before its end closes the connection, which is not reused.
///
/// Read it with [`next_chunk`](Self::next_chunk), or as a `futures_core::Stream` of
/// `Result<Bytes, Error>` (with `futures`' `StreamExt`, say).
pub struct ByteStream {
    source: Source,
    status: StatusCode,
    headers: HeaderMap,
    limit: Option<u64>,
    read: u64,
    attempts: u32,
    /// The length announced when the answer came: kept, since the response it was read from
    /// is gone once the body has been read.
    announced: Option<u64>,
}

enum Source {
    /// The body as it arrives: the response between reads, or the read under way.
    Live(Option<reqwest::Response>, Option<Read>),
    /// A body read already, handed out as one chunk.
    Read(Option<Bytes>),
}

impl fmt::Debug for ByteStream {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("ByteStream")
            .field("status", &self.status)
            .field("read", &self.read)
            .field("limit", &self.limit)
            .finish_non_exhaustive()
    }
}

impl ByteStream {
    pub(crate) fn new(response: reqwest::Response, attempts: u32) -> Self {
        ByteStream {
            status: response.status(),
            headers: response.headers().clone(),
            announced: response.content_length(),
            source: Source::Live(Some(response), None),
            limit: None,
            read: 0,
            attempts,
        }
    }

    pub(crate) fn read(status: StatusCode, headers: HeaderMap, body: Bytes, attempts: u32) -> Self {
        ByteStream {
            announced: Some(body.len() as u64),
            source: Source::Read(Some(body)),
            status,
            headers,
            limit: None,
            read: 0,
            attempts,
        }
    }

    /// Fails the stream with [`Error::BodyTooLarge`] once more than `bytes` have arrived.
    pub fn limit(mut self, bytes: u64) -> Self {
        self.limit = Some(bytes);
        self
    }

    /// The status of the response.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// Attempts the call made.
    pub(crate) fn attempts(&self) -> u32 {
        self.attempts
    }

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The announced length of the body, if the server sent one.
    pub fn content_length(&self) -> Option<u64> {
        self.announced
    }

    /// The next chunk as it arrives; `None` at the end of the body.
    pub async fn next_chunk(&mut self) -> Option<Result<Bytes, Error>> {
        std::future::poll_fn(|cx| self.poll_chunk(cx)).await
    }

    fn poll_chunk(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<Bytes, Error>>> {
        let chunk = match &mut self.source {
            Source::Live(response, read) => {
                let pending = match read {
                    Some(pending) => pending,
                    None => {
                        let Some(mut body) = response.take() else {
                            return Poll::Ready(None); // ended, or failed
                        };
                        read.insert(Box::pin(async move {
                            let chunk = body.chunk().await;
                            (body, chunk)
                        }))
                    }
                };
                let (body, chunk) = ready!(pending.as_mut().poll(cx));
                *read = None;
                match chunk {
                    Ok(Some(chunk)) => {
                        *response = Some(body);
                        chunk
                    }
                    Ok(None) => return Poll::Ready(None),
                    Err(error) => {
                        let error = Error::transport(error, self.attempts);
                        return Poll::Ready(Some(Err(error)));
                    }
                }
            }
            Source::Read(body) => match body.take() {
                Some(body) => body,
                None => return Poll::Ready(None),
            },
        };
        self.read += chunk.len() as u64;
        if let Some(limit) = self.limit.filter(|limit| self.read > *limit) {
            self.source = Source::Read(None);
            return Poll::Ready(Some(Err(Error::BodyTooLarge {
                status: self.status,
                limit: usize::try_from(limit).unwrap_or(usize::MAX),
                attempts: self.attempts,
            })));
        }
        Poll::Ready(Some(Ok(chunk)))
    }

    /// Reads the rest of the body into memory (within the stream's limit, if it has one).
    pub async fn collect(mut self) -> Result<Vec<u8>, Error> {
        let mut body = Vec::new();
        while let Some(chunk) = self.next_chunk().await {
            body.extend_from_slice(&chunk?);
        }
        Ok(body)
    }
}

impl futures_core::Stream for ByteStream {
    type Item = Result<Bytes, Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.get_mut().poll_chunk(cx)
    }
}
