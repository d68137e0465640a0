//! The serialized `xla.CompileOptionsProto` handed to `PJRT_Client_Compile`.
//!
//! The plugin aborts the whole process on empty compile options
//! (`Check failed: replica_count > 0`), so Hark always sends a real message.
//! It is three fields deep, so it is written by hand here rather than pulling
//! in a protobuf toolchain and XLA's .proto files.

/// Options for compiling one program.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileOptions {
    /// Replicas for data parallelism; Hark runs one program per device: 1.
    pub num_replicas: u32,
    /// Partitions for model parallelism: 1.
    pub num_partitions: u32,
    /// The device the executable runs on by default (-1 lets the plugin choose).
    pub device_ordinal: i64,
    /// Pins the executable to this device (its id, as `PJRT_Device`s
    /// report it): a static device assignment of one replica. Without it
    /// the plugin assigns the first device, whatever `device_ordinal` says.
    pub device_id: Option<i64>,
}

impl Default for CompileOptions {
    fn default() -> Self {
        Self { num_replicas: 1, num_partitions: 1, device_ordinal: -1, device_id: None }
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
        if let Some(id) = self.device_id {
            let mut computation = Vec::new();
            put_varint_field(&mut computation, COMPUTATION_DEVICE_REPLICA_IDS, id as u64);
            let mut assignment = Vec::new();
            put_varint_field(&mut assignment, ASSIGNMENT_REPLICA_COUNT, 1);
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
    fn negative_ordinal_is_ten_byte_varint() {
        let bytes = CompileOptions::default().to_proto_bytes();
        assert_eq!(bytes[1] as usize, bytes.len() - 2);
        assert_eq!(&bytes[2..13], &[0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01]);
    }
}
