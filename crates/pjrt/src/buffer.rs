//! Device buffers.

use crate::client::Client;
use crate::error::Result;
use crate::plugin::{Args, pjrt_call};
use crate::{DType, Error, Event, NativeType, TensorType, ffi};

/// An array on a device. Its type is fixed at creation; its contents stay on
/// the device until read back with [`Buffer::to_host`].
pub struct Buffer {
    client: Client,
    pub(crate) raw: *mut ffi::PJRT_Buffer,
    ty: TensorType,
}

// SAFETY: PJRT buffers (xla::PjRtBuffer) are thread-safe; the handle is owned
// by this value and destroyed once, in Drop.
unsafe impl Send for Buffer {}
unsafe impl Sync for Buffer {}

impl std::fmt::Debug for Buffer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Buffer({})", self.ty)
    }
}

impl Buffer {
    pub(crate) fn from_raw(client: Client, raw: *mut ffi::PJRT_Buffer, ty: TensorType) -> Buffer {
        Buffer { client, raw, ty }
    }

    pub fn ty(&self) -> &TensorType {
        &self.ty
    }

    pub fn element_type(&self) -> DType {
        self.ty.dtype
    }

    pub fn dims(&self) -> &[i64] {
        &self.ty.shape
    }

    /// Asks the plugin (not the cached type) for the element type and shape:
    /// for tests that check what the device really holds.
    pub fn device_type(&self) -> Result<TensorType> {
        let api = self.client.inner.api;
        let mut et = ffi::PJRT_Buffer_Query_Args::<u32>::new();
        et.buffer = self.raw;
        pjrt_call!(api, PJRT_Buffer_ElementType, &mut et)?;
        let element = crate::types::dtype_of_raw(et.out).ok_or(Error::UnsupportedElementType { raw: et.out })?;
        let mut d = ffi::PJRT_Buffer_Dimensions_Args::new();
        d.buffer = self.raw;
        pjrt_call!(api, PJRT_Buffer_Dimensions, &mut d)?;
        // SAFETY: the plugin returned `num_dims` dimensions owned by the buffer.
        let dims = if d.num_dims == 0 {
            Vec::new()
        } else {
            unsafe { std::slice::from_raw_parts(d.dims, d.num_dims) }.to_vec()
        };
        Ok(TensorType::new(element, dims))
    }

    /// Bytes the buffer occupies on the device (may exceed the dense size).
    pub fn on_device_size_in_bytes(&self) -> Result<usize> {
        let mut args = ffi::PJRT_Buffer_Query_Args::<usize>::new();
        args.buffer = self.raw;
        pjrt_call!(self.client.inner.api, PJRT_Buffer_OnDeviceSizeInBytes, &mut args)?;
        Ok(args.out)
    }

    /// True once the buffer's memory was given away (donated to an execution)
    /// or freed.
    pub fn is_deleted(&self) -> Result<bool> {
        let mut args = ffi::PJRT_Buffer_Query_Args::<bool>::new();
        args.buffer = self.raw;
        pjrt_call!(self.client.inner.api, PJRT_Buffer_IsDeleted, &mut args)?;
        Ok(args.out)
    }

    /// The device address of the buffer's memory. Only for diagnostics: two
    /// buffers with the same address share memory, which is how a test sees
    /// that a donated state was updated in place.
    pub fn device_address(&self) -> Result<usize> {
        let mut args = ffi::PJRT_Buffer_Query_Args::<usize>::new();
        args.buffer = self.raw;
        pjrt_call!(self.client.inner.api, PJRT_Buffer_UnsafePointer, &mut args)?;
        Ok(args.out)
    }

    /// An event that is ready when the buffer's contents have been computed.
    pub fn ready_event(&self) -> Result<Event> {
        let api = self.client.inner.api;
        let mut args = ffi::PJRT_Buffer_Query_Args::<*mut ffi::PJRT_Event>::new();
        args.buffer = self.raw;
        pjrt_call!(api, PJRT_Buffer_ReadyEvent, &mut args)?;
        Ok(Event::from_raw(api, args.out))
    }

    /// Copies the contents to a host vector of the buffer's element type.
    pub fn to_host<T: NativeType>(&self) -> Result<Vec<T>> {
        if T::ELEMENT_TYPE != self.ty.dtype {
            return Err(Error::HostElementType { buffer: self.ty.clone(), requested: T::ELEMENT_TYPE });
        }
        let n = self.ty.element_count() as usize;
        let mut out: Vec<T> = Vec::with_capacity(n);
        // SAFETY: the plugin writes exactly n * size_of::<T>() bytes, dense and
        // row-major, and T is valid for any bytes of its element type.
        unsafe {
            self.copy_to_host_raw(out.as_mut_ptr() as *mut u8, n * size_of::<T>())?;
            out.set_len(n);
        }
        Ok(out)
    }

    /// Copies the contents into `dst`, which must hold exactly the buffer's
    /// elements. Reusing one host array avoids a fresh allocation (and its
    /// page faults) per read, which dominates reads of a megabyte or more.
    pub fn copy_to_host<T: NativeType>(&self, dst: &mut [T]) -> Result<()> {
        if T::ELEMENT_TYPE != self.ty.dtype {
            return Err(Error::HostElementType { buffer: self.ty.clone(), requested: T::ELEMENT_TYPE });
        }
        if dst.len() as u64 != self.ty.element_count() {
            return Err(Error::HostDataSize {
                ty: self.ty.clone(),
                expected: self.ty.element_count() as usize,
                got: dst.len(),
            });
        }
        // SAFETY: `dst` is exactly the buffer's dense size.
        unsafe { self.copy_to_host_raw(dst.as_mut_ptr() as *mut u8, size_of_val(dst)) }
    }

    /// Copies the contents to host bytes (little-endian, dense, row-major).
    pub fn to_host_bytes(&self) -> Result<Vec<u8>> {
        let mut out = vec![0u8; self.ty.size_in_bytes() as usize];
        // SAFETY: `out` has exactly the buffer's dense size.
        unsafe { self.copy_to_host_raw(out.as_mut_ptr(), out.len())? };
        Ok(out)
    }

    /// # Safety
    /// `dst` must be writable for `len` bytes, and `len` the buffer's dense size.
    unsafe fn copy_to_host_raw(&self, dst: *mut u8, len: usize) -> Result<()> {
        if len == 0 {
            return Ok(());
        }
        let api = self.client.inner.api;
        let mut args = ffi::PJRT_Buffer_ToHostBuffer_Args::new();
        args.src = self.raw;
        args.dst = dst as *mut _;
        args.dst_size = len;
        pjrt_call!(api, PJRT_Buffer_ToHostBuffer, &mut args)?;
        Event::from_raw(api, args.event).wait()
    }
}

impl Drop for Buffer {
    fn drop(&mut self) {
        let mut args = ffi::PJRT_Buffer_Destroy_Args::new();
        args.buffer = self.raw;
        let _ = pjrt_call!(self.client.inner.api, PJRT_Buffer_Destroy, &mut args);
    }
}
