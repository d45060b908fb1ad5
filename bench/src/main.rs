//! The benchmark of BENCHMARKS.md: phala-api's `KmsApi::get_kms_info` against the same call
//! hand-written with reqwest, and raw hyper as the floor, on one loopback server.
//!
//! ```text
//! cargo run --release -p phala-api-bench                 # the table (a few minutes)
//! cargo run --release -p phala-api-bench -- --quick      # a smoke run
//! cargo run --release -p phala-api-bench -- serve 8090   # the server alone, for callgrind
//! cargo run --release -p phala-api-bench -- client ours 2000 http://127.0.0.1:8090
//! cargo run --release -p phala-api-bench -- compile-cost # build times (see BENCHMARKS.md)
//! cargo run --release -p phala-api-bench -- schema-cost api.github.com.json 400 969
//! ```

mod alloc;
mod clients;
mod compile_cost;
mod schema_cost;
mod server;
mod sse_parsers;

use std::process::ExitCode;
use std::time::{Duration, Instant};

use clients::Kind;

#[global_allocator]
static ALLOCATOR: alloc::Counting = alloc::Counting;

/// One measured run of one client.
#[derive(Clone, Copy, Default)]
struct Sample {
    requests_per_second: f64,
    p50: Duration,
    p99: Duration,
    allocations: f64,
    bytes: f64,
}

/// The sizes of a run.
struct Plan {
    rounds: usize,
    sequential: usize,
    concurrent: usize,
    tasks: usize,
    warm_up: usize,
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    match args[..] {
        [] => run(&Plan {
            rounds: 5,
            sequential: 20_000,
            concurrent: 50_000,
            tasks: 64,
            warm_up: 2_000,
        }),
        ["--quick"] => run(&Plan {
            rounds: 1,
            sequential: 500,
            concurrent: 1_000,
            tasks: 64,
            warm_up: 100,
        }),
        ["serve", port] => match port.parse() {
            Ok(port) => server::serve_forever(port),
            Err(_) => usage(),
        },
        ["client", kind, count, url] => match (Kind::parse(kind), count.parse()) {
            (Some(kind), Ok(count)) => {
                // `PHALA_BENCH_SUBSCRIBER=1`: a tracing subscriber at INFO that formats every
                // span and event it is given (and throws the text away), to price the spans.
                if std::env::var_os("PHALA_BENCH_SUBSCRIBER").is_some() {
                    tracing_subscriber::fmt()
                        .with_max_level(tracing::Level::INFO)
                        .with_writer(std::io::sink)
                        .init();
                }
                clients::run_alone(kind, count, url)
            }
            _ => usage(),
        },
        ["compile-cost"] => compile_cost::run(),
        ["sse-parsers"] => sse_parsers::run(),
        ["schema-cost", document, ref counts @ ..] => {
            let counts: Option<Vec<usize>> = counts.iter().map(|c| c.parse().ok()).collect();
            match counts {
                Some(counts) if !counts.is_empty() => {
                    match schema_cost::run(std::path::Path::new(document), &counts) {
                        Ok(()) => ExitCode::SUCCESS,
                        Err(error) => {
                            eprintln!("error: {error}");
                            ExitCode::FAILURE
                        }
                    }
                }
                _ => usage(),
            }
        }
        _ => usage(),
    }
}

fn usage() -> ExitCode {
    eprintln!(
        "usage: phala-api-bench [--quick]\n       phala-api-bench serve <port>\n       \
         phala-api-bench client <ours|reqwest|hyper> <requests> <url>\n       \
         phala-api-bench compile-cost\n       phala-api-bench sse-parsers\n       \
         phala-api-bench schema-cost <openapi.json> <types>...  (e.g. GitHub's, 400 969)"
    );
    ExitCode::from(2)
}

fn run(plan: &Plan) -> ExitCode {
    let server = server::start();
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
    };
    println!(
        "loopback HTTP/1.1, {} rounds interleaved ours/reqwest/hyper; client on one thread, \
         server on another\n",
        plan.rounds
    );
    for (name, total, tasks) in [
        ("sequential, one connection", plan.sequential, 1),
        ("concurrent, 64 tasks", plan.concurrent, plan.tasks),
    ] {
        let mut samples: [Vec<Sample>; 3] = Default::default();
        let result = runtime.block_on(async {
            let clients = clients::Clients::new(&server.url, tasks).await?;
            for kind in Kind::ALL {
                clients.measure(kind, plan.warm_up, tasks).await?;
            }
            for _ in 0..plan.rounds {
                for (index, kind) in Kind::ALL.into_iter().enumerate() {
                    samples[index].push(clients.measure(kind, total, tasks).await?);
                }
            }
            Ok::<_, clients::BenchError>(())
        });
        if let Err(error) = result {
            eprintln!("error: {error}");
            return ExitCode::FAILURE;
        }
        print_table(name, total, &samples);
    }
    ExitCode::SUCCESS
}

fn median(samples: &[Sample], field: impl Fn(&Sample) -> f64) -> f64 {
    let mut values: Vec<f64> = samples.iter().map(field).collect();
    values.sort_by(f64::total_cmp);
    values.get(values.len() / 2).copied().unwrap_or(0.0)
}

fn print_table(name: &str, total: usize, samples: &[Vec<Sample>; 3]) {
    println!("{name}: {total} requests per client per round, medians");
    println!(
        "{:<10} {:>12} {:>10} {:>10} {:>12} {:>12}",
        "client", "requests/s", "p50 µs", "p99 µs", "allocs/req", "bytes/req"
    );
    let medians: Vec<[f64; 5]> = samples
        .iter()
        .map(|runs| {
            [
                median(runs, |s| s.requests_per_second),
                median(runs, |s| s.p50.as_secs_f64() * 1e6),
                median(runs, |s| s.p99.as_secs_f64() * 1e6),
                median(runs, |s| s.allocations),
                median(runs, |s| s.bytes),
            ]
        })
        .collect();
    for (kind, m) in Kind::ALL.iter().zip(&medians) {
        println!(
            "{:<10} {:>12.0} {:>10.1} {:>10.1} {:>12.1} {:>12.0}",
            kind.name(),
            m[0],
            m[1],
            m[2],
            m[3],
            m[4]
        );
    }
    let (ours, reqwest, hyper) = (&medians[0], &medians[1], &medians[2]);
    println!(
        "ours/reqwest: requests/s {:.2}, allocs {:.2}; ours/hyper: requests/s {:.2}, allocs {:.2}\n",
        ours[0] / reqwest[0],
        ours[3] / reqwest[3],
        ours[0] / hyper[0],
        ours[3] / hyper[3]
    );
}

/// Latency percentile of sorted durations.
fn percentile(sorted: &[Duration], fraction: f64) -> Duration {
    let index = ((sorted.len() as f64 - 1.0) * fraction).round() as usize;
    sorted.get(index).copied().unwrap_or_default()
}

/// Builds a sample from a run's latencies, wall time and allocation counts.
fn sample(mut latencies: Vec<Duration>, elapsed: Duration, allocs: (u64, u64)) -> Sample {
    latencies.sort_unstable();
    let n = latencies.len().max(1) as f64;
    Sample {
        requests_per_second: n / elapsed.as_secs_f64(),
        p50: percentile(&latencies, 0.50),
        p99: percentile(&latencies, 0.99),
        allocations: allocs.0 as f64 / n,
        bytes: allocs.1 as f64 / n,
    }
}

/// Times `n` awaits of `call` split over `tasks` tasks spawned on this (current-thread)
/// runtime, so the allocation counters see every client-side allocation.
async fn timed<F, Fut>(n: usize, tasks: usize, call: F) -> Result<Sample, clients::BenchError>
where
    F: Fn(usize) -> Fut + Clone + Send + 'static,
    Fut: std::future::Future<Output = Result<(), clients::BenchError>> + Send + 'static,
{
    let per_task = n / tasks;
    let before = alloc::snapshot();
    let started = Instant::now();
    let mut set = tokio::task::JoinSet::new();
    for task in 0..tasks {
        let call = call.clone();
        set.spawn(async move {
            let mut latencies = Vec::with_capacity(per_task);
            for _ in 0..per_task {
                let start = Instant::now();
                call(task).await?;
                latencies.push(start.elapsed());
            }
            Ok::<_, clients::BenchError>(latencies)
        });
    }
    let mut latencies = Vec::with_capacity(n);
    while let Some(result) = set.join_next().await {
        latencies.extend(result.map_err(|e| clients::BenchError(e.to_string()))??);
    }
    let elapsed = started.elapsed();
    let after = alloc::snapshot();
    // The task and latency bookkeeping is a few allocations per task, not per request.
    Ok(sample(
        latencies,
        elapsed,
        (after.0 - before.0, after.1 - before.1),
    ))
}
