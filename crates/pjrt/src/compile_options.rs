//! The serialized `xla.CompileOptionsProto` handed to `PJRT_Client_Compile`.
//!
//! The plugin aborts the whole process on empty compile options
//! (`Check failed: replica_count > 0`), so Hark always sends a real message.
//! It is three fields deep, so it is written by hand here rather than pulling
//! in a protobuf toolchain and XLA's .proto files.

/// Options for compiling one program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileOptions {
    /// Replicas for data parallelism: 1 for a program of one device; a
    /// replicated training step runs one replica per device (see
    /// [`CompileOptions::replicated`]).
    pub num_replicas: u32,
    /// Partitions for model parallelism: 1.
    pub num_partitions: u32,
    /// The device the executable runs on by default (-1 lets the plugin choose).
    pub device_ordinal: i64,
    /// Pins replica `i` to the device with id `device_ids[i]` (ids as
    /// `PJRT_Device`s report them): a static device assignment of one
    /// computation. Empty: the plugin assigns the first devices, whatever
    /// `device_ordinal` says.
    pub device_ids: Vec<i64>,
}

impl Default for CompileOptions {
    fn default() -> Self {
        Self { num_replicas: 1, num_partitions: 1, device_ordinal: -1, device_ids: Vec::new() }
    }
}

impl CompileOptions {
    /// One replica, pinned to the device with this id.
    pub fn on_device(ordinal: usize, id: i64) -> CompileOptions {
        CompileOptions { device_ordinal: ordinal as i64, device_ids: vec![id], ..Default::default() }
    }

    /// One replica on each of the devices with these ids, in replica order
    /// (replica `i` runs on `ids[i]`), for data-parallel programs.
    pub fn replicated(ids: &[i64]) -> CompileOptions {
        CompileOptions { num_replicas: ids.len() as u32, device_ids: ids.to_vec(), ..Default::default() }
    }
}

// Field numbers from xla/pjrt/proto/compile_options.proto.
const COMPILE_OPTIONS_EXECUTABLE_BUILD_OPTIONS: u32 = 3;
const BUILD_OPTIONS_DEVICE_ORDINAL: u32 = 1;
const BUILD_OPTIONS_NUM_REPLICAS: u32 = 4;
const BUILD_OPTIONS_NUM_PARTITIONS: u32 = 5;
const BUILD_OPTIONS_DEVICE_ASSIGNMENT: u32 = 9;
// xla.DeviceAssignmentProto (xla/xla_data.proto).
const ASSIGNMENT_REPLICA_COUNT: u32 = 1;
const ASSIGNMENT_COMPUTATION_COUNT: u32 = 2;
const ASSIGNMENT_COMPUTATION_DEVICES: u32 = 3;
const COMPUTATION_DEVICE_REPLICA_IDS: u32 = 1;

const WIRE_VARINT: u32 = 0;
const WIRE_LEN: u32 = 2;

impl CompileOptions {
    /// Encodes the options as a `CompileOptionsProto`.
    pub fn to_proto_bytes(&self) -> Vec<u8> {
        let mut build = Vec::new();
        put_varint_field(&mut build, BUILD_OPTIONS_DEVICE_ORDINAL, self.device_ordinal as u64);
        put_varint_field(&mut build, BUILD_OPTIONS_NUM_REPLICAS, self.num_replicas as u64);
        put_varint_field(&mut build, BUILD_OPTIONS_NUM_PARTITIONS, self.num_partitions as u64);
        if !self.device_ids.is_empty() {
            // Unpacked repeated int64: one field per replica's device.
            let mut computation = Vec::new();
            for &id in &self.device_ids {
                put_varint_field(&mut computation, COMPUTATION_DEVICE_REPLICA_IDS, id as u64);
            }
            let mut assignment = Vec::new();
            put_varint_field(&mut assignment, ASSIGNMENT_REPLICA_COUNT, self.device_ids.len() as u64);
            put_varint_field(&mut assignment, ASSIGNMENT_COMPUTATION_COUNT, 1);
            put_len_field(&mut assignment, ASSIGNMENT_COMPUTATION_DEVICES, &computation);
            put_len_field(&mut build, BUILD_OPTIONS_DEVICE_ASSIGNMENT, &assignment);
        }
        let mut out = Vec::new();
        put_varint(&mut out, ((COMPILE_OPTIONS_EXECUTABLE_BUILD_OPTIONS << 3) | WIRE_LEN) as u64);
        put_varint(&mut out, build.len() as u64);
        out.extend_from_slice(&build);
        out
    }
}

fn put_len_field(out: &mut Vec<u8>, field: u32, bytes: &[u8]) {
    put_varint(out, ((field << 3) | WIRE_LEN) as u64);
    put_varint(out, bytes.len() as u64);
    out.extend_from_slice(bytes);
}

fn put_varint_field(out: &mut Vec<u8>, field: u32, value: u64) {
    put_varint(out, ((field << 3) | WIRE_VARINT) as u64);
    put_varint(out, value);
}

/// Protobuf base-128 varint; negative int64s are their two's complement (10 bytes).
fn put_varint(out: &mut Vec<u8>, mut value: u64) {
    while value >= 0x80 {
        out.push((value as u8) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_replicas_and_partitions() {
        let opts = CompileOptions { device_ordinal: 0, ..Default::default() };
        // executable_build_options { device_ordinal: 0 num_replicas: 1 num_partitions: 1 }
        assert_eq!(opts.to_proto_bytes(), vec![0x1a, 0x06, 0x08, 0x00, 0x20, 0x01, 0x28, 0x01]);
    }

    #[test]
    fn replicated_assignment_lists_each_replica_device() {
        let bytes = CompileOptions::replicated(&[0, 1]).to_proto_bytes();
        // ... num_replicas: 2 ... device_assignment { replica_count: 2
        // computation_count: 1 computation_devices { replica_device_ids: 0
        // replica_device_ids: 1 } }
        let tail = [0x4a, 0x0a, 0x08, 0x02, 0x10, 0x01, 0x1a, 0x04, 0x08, 0x00, 0x08, 0x01];
        assert!(bytes.ends_with(&tail), "{bytes:02x?}");
        assert!(bytes.windows(2).any(|w| w == [0x20, 0x02]), "num_replicas 2 in {bytes:02x?}");
    }

    #[test]
    fn one_device_keeps_its_encoding() {
        // The compile cache keys on these bytes: a pinned device must encode
        // as it did when `device_id` was a single field.
        let bytes = CompileOptions::on_device(1, 1).to_proto_bytes();
        assert!(bytes.ends_with(&[0x4a, 0x08, 0x08, 0x01, 0x10, 0x01, 0x1a, 0x02, 0x08, 0x01]), "{bytes:02x?}");
    }

    #[test]
    fn negative_ordinal_is_ten_byte_varint() {
        let bytes = CompileOptions::default().to_proto_bytes();
        assert_eq!(bytes[1] as usize, bytes.len() - 2);
        assert_eq!(&bytes[2..13], &[0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]);
    }
}
