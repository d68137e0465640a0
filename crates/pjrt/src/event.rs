//! Completion events of asynchronous PJRT work.

use crate::error::Result;
use crate::ffi;
use crate::plugin::{Api, Args, pjrt_call};

/// Becomes ready when the work it stands for (an execution, a transfer) is
/// done, successfully or not.
pub struct Event {
    api: Api,
    raw: *mut ffi::PJRT_Event,
}

// SAFETY: a PJRT_Event wraps a thread-safe future: it may be awaited, polled
// and destroyed from any thread, and it is not shared (we own it).
unsafe impl Send for Event {}
unsafe impl Sync for Event {}

impl Event {
    /// Takes ownership of `raw` (which may be null: the plugin returns no event
    /// for work already done).
    pub(crate) fn from_raw(api: Api, raw: *mut ffi::PJRT_Event) -> Event {
        Event { api, raw }
    }

    /// True once the work is done.
    pub fn is_ready(&self) -> Result<bool> {
        if self.raw.is_null() {
            return Ok(true);
        }
        let mut args = ffi::PJRT_Event_IsReady_Args::new();
        args.event = self.raw;
        pjrt_call!(self.api, PJRT_Event_IsReady, &mut args)?;
        Ok(args.is_ready)
    }

    /// Blocks until the work is done; returns its error, if it failed.
    pub fn wait(&self) -> Result<()> {
        if self.raw.is_null() {
            return Ok(());
        }
        let mut args = ffi::PJRT_Event_Await_Args::new();
        args.event = self.raw;
        pjrt_call!(self.api, PJRT_Event_Await, &mut args)
    }
}

impl Drop for Event {
    fn drop(&mut self) {
        if self.raw.is_null() {
            return;
        }
        let mut args = ffi::PJRT_Event_Destroy_Args::new();
        args.event = self.raw;
        let _ = pjrt_call!(self.api, PJRT_Event_Destroy, &mut args);
    }
}
