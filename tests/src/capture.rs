//! A `Write` that keeps what a `tracing` subscriber writes, for tests that read the log back.

use std::io::Write;
use std::sync::{Arc, Mutex, PoisonError};

/// Everything written to any clone of it.
#[derive(Clone, Default)]
pub struct Captured(Arc<Mutex<Vec<u8>>>);

impl Captured {
    /// Installs a `tracing` subscriber at TRACE (and a bridge for `log` records) writing here,
    /// as the test binary's global one, and returns what it writes to.
    pub fn install() -> Captured {
        let captured = Captured::default();
        let writer = captured.clone();
        tracing_subscriber::fmt()
            .with_max_level(tracing::Level::TRACE)
            .with_writer(move || writer.clone())
            .with_ansi(false)
            .try_init()
            .unwrap_or_else(|error| panic!("one subscriber per test binary: {error}"));
        captured
    }

    /// What was written, as text.
    pub fn text(&self) -> String {
        let bytes = self.0.lock().unwrap_or_else(PoisonError::into_inner);
        String::from_utf8_lossy(&bytes).into_owned()
    }
}

impl Write for Captured {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        self.0
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}
