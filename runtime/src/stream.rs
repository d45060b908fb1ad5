//! [`ByteStream`]: a success body read chunk by chunk as it arrives, for downloads too large to
//! hold. The call's deadline still applies to every chunk; a cap is optional.

use bytes::Bytes;
use reqwest::StatusCode;
use reqwest::header::HeaderMap;

use crate::Error;

/// A response body read as it arrives. Declare it as a method's success type:
/// `async fn download(&self, checksum: &str) -> Result<ByteStream, Error>;`.
///
/// The call's total deadline covers reading the whole body: a chunk that has not arrived by
/// then is an [`Error::Timeout`]. The client's `max_response_bytes` does not apply (a stream is
/// for bodies larger than that); [`limit`](Self::limit) sets a cap of its own. Dropping the
/// stream before its end closes the connection, which is not reused.
#[derive(Debug)]
pub struct ByteStream {
    source: Source,
    status: StatusCode,
    headers: HeaderMap,
    limit: Option<u64>,
    read: u64,
    attempts: u32,
}

#[derive(Debug)]
enum Source {
    /// The body as it arrives.
    Live(reqwest::Response),
    /// A body read already, handed out as one chunk.
    Read(Option<Bytes>),
}

impl ByteStream {
    pub(crate) fn new(response: reqwest::Response, attempts: u32) -> Self {
        ByteStream {
            status: response.status(),
            headers: response.headers().clone(),
            source: Source::Live(response),
            limit: None,
            read: 0,
            attempts,
        }
    }

    pub(crate) fn read(status: StatusCode, headers: HeaderMap, body: Bytes, attempts: u32) -> Self {
        ByteStream {
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

    /// The response headers.
    pub fn headers(&self) -> &HeaderMap {
        &self.headers
    }

    /// The announced length of the body, if the server sent one.
    pub fn content_length(&self) -> Option<u64> {
        match &self.source {
            Source::Live(response) => response.content_length(),
            Source::Read(body) => body.as_ref().map(|b| b.len() as u64),
        }
    }

    /// The next chunk as it arrives; `None` at the end of the body.
    pub async fn next_chunk(&mut self) -> Option<Result<Bytes, Error>> {
        let chunk = match &mut self.source {
            Source::Live(response) => match response.chunk().await {
                Ok(chunk) => chunk?,
                Err(error) => {
                    return Some(Err(Error::transport(error).after_attempts(self.attempts)));
                }
            },
            Source::Read(body) => body.take()?,
        };
        self.read += chunk.len() as u64;
        if let Some(limit) = self.limit.filter(|limit| self.read > *limit) {
            return Some(Err(Error::BodyTooLarge {
                status: self.status,
                limit: usize::try_from(limit).unwrap_or(usize::MAX),
                attempts: self.attempts,
            }));
        }
        Some(Ok(chunk))
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
