//! Server-Sent Events as a success type: [`EventStream<T>`], each event's data decoded from
//! JSON into `T`. The event format is parsed by `sse-stream` (chosen by measurement over
//! `eventsource-stream`: 4–6× the throughput, `BENCHMARKS.md`); what this module adds is what a
//! client of a cloud API needs around it: typed data, the call's deadline over the whole
//! connection, a cap on the size of one event, and errors that keep the status and attempts.

use std::fmt;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll, ready};
use std::time::Duration;

use bytes::Bytes;
use reqwest::StatusCode;
use sse_stream::SseByteStream;

use crate::reply::decode_piece;
use crate::{ByteStream, Error};

/// One event of an [`EventStream`].
#[derive(Debug, Clone, PartialEq)]
pub struct Event<T> {
    /// The event's type (`event:`), `message` when the server names none.
    pub event: String,
    /// The event's id (`id:`), if it has one.
    pub id: Option<String>,
    /// The reconnection delay the server asks for (`retry:`), if it sends one.
    pub retry: Option<Duration>,
    /// The event's data (its `data:` lines joined), decoded from JSON.
    pub data: T,
}

/// A `text/event-stream` answer, read event by event as it arrives. Declare it as a method's
/// success type: `async fn state(&self, id: &str) -> Result<EventStream<CvmState>, Error>;`.
///
/// The call's total deadline covers the whole connection, not each event: a stream still open
/// when it expires ends with [`Error::Timeout`] (set a method's `timeout = "…"` for a long
/// watch). One event may be at most the client's `max_response_bytes`; a larger one ends the
/// stream with [`Error::BodyTooLarge`]. Blocks without data (comments, keep-alives, a lone
/// `retry:`) are skipped; a final event the server cut off before its blank line is dropped, as
/// the format says, and a connection cut inside a chunk is [`Error::Transport`]. An error ends
/// the stream after it is yielded. Dropping the stream closes the connection.
///
/// Read it with [`next_event`](Self::next_event), or as a `futures_core::Stream` of
/// `Result<Event<T>, Error>`.
pub struct EventStream<T> {
    events: SseByteStream<PerEvent>,
    decode: fn(&[u8]) -> Result<T, serde_json::Error>,
    status: StatusCode,
    attempts: u32,
    api_key: Option<Arc<str>>,
    ended: bool,
}

impl<T> fmt::Debug for EventStream<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EventStream")
            .field("status", &self.status)
            .field("ended", &self.ended)
            .finish_non_exhaustive()
    }
}

impl<T> EventStream<T> {
    pub(crate) fn new(
        body: ByteStream,
        limit: usize,
        decode: fn(&[u8]) -> Result<T, serde_json::Error>,
        api_key: Option<Arc<str>>,
    ) -> Self {
        let (status, attempts) = (body.status(), body.attempts());
        EventStream {
            events: SseByteStream::new(PerEvent::new(body, limit)),
            decode,
            status,
            attempts,
            api_key,
            ended: false,
        }
    }

    /// The status of the response.
    pub fn status(&self) -> StatusCode {
        self.status
    }

    /// The next event as it arrives; `None` once the stream has ended.
    pub async fn next_event(&mut self) -> Option<Result<Event<T>, Error>> {
        std::future::poll_fn(|cx| self.poll_event(cx)).await
    }

    fn poll_event(&mut self, cx: &mut Context<'_>) -> Poll<Option<Result<Event<T>, Error>>> {
        loop {
            if self.ended {
                return Poll::Ready(None);
            }
            let block = match ready!(futures_core::Stream::poll_next(
                Pin::new(&mut self.events),
                cx
            )) {
                None => {
                    self.ended = true;
                    return Poll::Ready(None);
                }
                Some(Ok(block)) => block,
                Some(Err(error)) => {
                    self.ended = true;
                    return Poll::Ready(Some(Err(self.error(error))));
                }
            };
            // Comments, keep-alives and a lone `retry:` carry nothing to decode.
            let Some(data) = block.data else { continue };
            let decoded = decode_piece(
                data.as_bytes(),
                self.decode,
                self.status,
                self.attempts,
                self.api_key.as_deref(),
            );
            return Poll::Ready(Some(match decoded {
                Ok(data) => Ok(Event {
                    event: block.event.unwrap_or_else(|| "message".to_owned()),
                    id: block.id,
                    retry: block.retry.map(Duration::from_millis),
                    data,
                }),
                Err(error) => {
                    self.ended = true;
                    Err(error)
                }
            }));
        }
    }

    /// The parser's error as the call's: the body's own error as it came (a timeout, a cut
    /// connection, an event over the cap), anything else a decode error.
    fn error(&self, error: sse_stream::Error) -> Error {
        match error {
            sse_stream::Error::Body(source) => match source.downcast::<Error>() {
                Ok(error) => *error,
                Err(other) => Error::Decode {
                    status: self.status,
                    source: serde::de::Error::custom(format!("the event stream failed: {other}")),
                    excerpt: String::new(),
                    attempts: self.attempts,
                },
            },
            other => Error::Decode {
                status: self.status,
                source: serde::de::Error::custom(format!("the event stream is malformed: {other}")),
                excerpt: String::new(),
                attempts: self.attempts,
            },
        }
    }
}

impl<T> futures_core::Stream for EventStream<T> {
    type Item = Result<Event<T>, Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        self.get_mut().poll_event(cx)
    }
}

/// The body, with the size of one event bounded: the bytes since the last blank line (where
/// an event ends) are counted, and more than `limit` of them end the stream with
/// `BodyTooLarge`, before the parser has buffered them all.
struct PerEvent {
    body: ByteStream,
    limit: usize,
    /// Bytes since the last blank line.
    run: usize,
    /// The last byte was a line end (`\n`, or a `\r` not yet known to start `\r\n`).
    line_end: bool,
    /// The last byte was `\r`: a `\n` right after it ends the same line.
    after_cr: bool,
    failed: bool,
}

impl PerEvent {
    fn new(body: ByteStream, limit: usize) -> Self {
        PerEvent {
            body,
            limit,
            run: 0,
            line_end: false,
            after_cr: false,
            failed: false,
        }
    }

    /// Counts `chunk`; whether an event in it has grown past the limit.
    fn over_limit(&mut self, chunk: &[u8]) -> bool {
        for &byte in chunk {
            match byte {
                b'\n' if self.after_cr => self.after_cr = false,
                b'\n' | b'\r' => {
                    if self.line_end {
                        self.run = 0; // a blank line: the event ended
                    }
                    self.line_end = true;
                    self.after_cr = byte == b'\r';
                }
                _ => {
                    self.line_end = false;
                    self.after_cr = false;
                    self.run += 1;
                }
            }
            if self.run > self.limit {
                return true;
            }
        }
        false
    }
}

impl futures_core::Stream for PerEvent {
    type Item = Result<Bytes, Error>;

    fn poll_next(self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = self.get_mut();
        if this.failed {
            return Poll::Ready(None);
        }
        let chunk = match ready!(Pin::new(&mut this.body).poll_next(cx)) {
            Some(Ok(chunk)) => chunk,
            other => return Poll::Ready(other),
        };
        if this.over_limit(&chunk) {
            this.failed = true;
            return Poll::Ready(Some(Err(Error::BodyTooLarge {
                status: this.body.status(),
                limit: this.limit,
                attempts: this.body.attempts(),
            })));
        }
        Poll::Ready(Some(Ok(chunk)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counter(limit: usize) -> PerEvent {
        let body = ByteStream::read(StatusCode::OK, Default::default(), Bytes::new(), 1);
        PerEvent::new(body, limit)
    }

    #[test]
    fn an_event_is_counted_from_the_last_blank_line() {
        for ending in ["\n\n", "\r\n\r\n", "\r\r"] {
            let mut per = counter(10);
            let event = format!("data: 1234{ending}");
            for _ in 0..100 {
                assert!(!per.over_limit(event.as_bytes()), "{ending:?}");
            }
            assert!(per.over_limit(b"data: 12345"), "{ending:?}");
        }
        // A single line end is no blank line, across chunks too.
        let mut per = counter(14);
        assert!(!per.over_limit(b"data: 12\r"));
        assert!(!per.over_limit(b"\ndata"));
        assert!(per.over_limit(b": 1"));
    }
}
