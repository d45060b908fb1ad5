//! The choice of a Server-Sent Events parser, measured: `sse-stream` (what the runtime uses)
//! against `eventsource-stream`, on the same 200,000 events (13 MB, Phala Cloud's `state`
//! events with keep-alive comments) fed in chunks of 64 B, 1 KiB and 16 KiB. Both are asked to
//! yield every event's data; the best of three rounds is printed.

use std::time::{Duration, Instant};

use bytes::Bytes;
use futures_util::StreamExt;

type Chunk = Result<Bytes, std::io::Error>;

fn input(events: usize, chunk: usize) -> Vec<Bytes> {
    let mut text = String::new();
    for i in 0..events {
        text.push_str(&format!(
            "event: state\nid: {i}\ndata: {{\"status\":\"running\",\"progress\":{}}}\n\n",
            i % 100
        ));
        if i % 50 == 0 {
            text.push_str(": keep-alive\n\n");
        }
    }
    text.as_bytes()
        .chunks(chunk)
        .map(Bytes::copy_from_slice)
        .collect()
}

async fn eventsource_stream(chunks: &[Bytes]) -> (usize, Duration) {
    let source = futures_util::stream::iter(chunks.iter().cloned().map(Chunk::Ok));
    let started = Instant::now();
    let mut events = eventsource_stream::EventStream::new(source);
    let mut bytes = 0;
    while let Some(event) = events.next().await {
        bytes += event.map_or(0, |e| e.data.len());
    }
    (bytes, started.elapsed())
}

async fn sse_stream(chunks: &[Bytes]) -> (usize, Duration) {
    let source = futures_util::stream::iter(chunks.iter().cloned().map(Chunk::Ok));
    let started = Instant::now();
    let mut events = sse_stream::SseByteStream::new(source);
    let mut bytes = 0;
    while let Some(event) = events.next().await {
        bytes += event.map_or(0, |e| e.data.map_or(0, |d| d.len()));
    }
    (bytes, started.elapsed())
}

/// Prints the comparison.
pub(crate) fn run() -> std::process::ExitCode {
    let Ok(runtime) = tokio::runtime::Builder::new_current_thread().build() else {
        return std::process::ExitCode::FAILURE;
    };
    println!("chunk      MB   eventsource-stream MB/s   sse-stream MB/s");
    for chunk in [64, 1024, 16 * 1024] {
        let chunks = input(200_000, chunk);
        let megabytes = chunks.iter().map(Bytes::len).sum::<usize>() as f64 / 1e6;
        let best = |times: Vec<Duration>| times.into_iter().min().unwrap_or_default();
        let (mut a, mut b) = (Vec::new(), Vec::new());
        for _ in 0..3 {
            let (bytes_a, time_a) = runtime.block_on(eventsource_stream(&chunks));
            let (bytes_b, time_b) = runtime.block_on(sse_stream(&chunks));
            assert_eq!(bytes_a, bytes_b, "both parsers read the same data");
            a.push(time_a);
            b.push(time_b);
        }
        let rate = |time: Duration| megabytes / time.as_secs_f64();
        println!(
            "{chunk:>5} {megabytes:>7.1} {:>25.0} {:>17.0}",
            rate(best(a)),
            rate(best(b))
        );
    }
    std::process::ExitCode::SUCCESS
}
