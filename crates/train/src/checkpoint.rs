//! A training run's checkpoint directory: the trained weights, the
//! optimizer's moments and step, and the data loader's position, written
//! whole or not at all (to a sibling `.tmp` directory, then renamed), so a
//! run killed at any moment resumes from its last complete checkpoint.

use std::path::{Path, PathBuf};

use hark_model::Weights;

use crate::data::Cursor;
use crate::error::{Error, Result};

/// The weights, in the model directory's name for them.
pub const WEIGHTS_FILE: &str = "model.safetensors";
/// The optimizer's moments and step.
pub const OPTIMIZER_FILE: &str = "optimizer.safetensors";
/// The loader's position (epoch, utterance within it).
pub const CURSOR_FILE: &str = "data_cursor.json";

/// What a checkpoint holds.
pub struct Saved {
    pub weights: Weights,
    pub optimizer: Weights,
    /// Absent in checkpoints of versions that did not save it.
    pub cursor: Option<Cursor>,
}

/// The checkpoint directory of a run.
#[derive(Clone, Debug)]
pub struct Checkpoint {
    dir: PathBuf,
}

impl Checkpoint {
    /// The checkpoint of the run writing to `out` (`OUT/checkpoint`).
    pub fn of_run(out: &Path) -> Checkpoint {
        Checkpoint { dir: out.join("checkpoint") }
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// Whether a complete checkpoint is there.
    pub fn exists(&self) -> bool {
        self.dir.join(WEIGHTS_FILE).is_file()
    }

    /// Reads it, naming the file at fault.
    pub fn load(&self) -> Result<Saved> {
        if !self.exists() {
            return Err(Error::Data(format!("no checkpoint in {}", self.dir.display())));
        }
        let weights = Weights::load(&self.dir.join(WEIGHTS_FILE))?;
        let optimizer = Weights::load(&self.dir.join(OPTIMIZER_FILE))?;
        Ok(Saved { weights, optimizer, cursor: read_cursor(&self.dir)? })
    }

    /// Replaces it with `weights`, `optimizer` and `cursor`, only once the
    /// new one is complete.
    pub fn save(&self, weights: &Weights, optimizer: &Weights, cursor: Cursor) -> Result<()> {
        let io = |e: std::io::Error| Error::Data(format!("writing the checkpoint in {}: {e}", self.dir.display()));
        let tmp = self.dir.with_extension("tmp");
        std::fs::create_dir_all(&tmp).map_err(io)?;
        weights.save(&tmp.join(WEIGHTS_FILE))?;
        optimizer.save(&tmp.join(OPTIMIZER_FILE))?;
        let line = serde_json::json!({"epoch": cursor.epoch, "position": cursor.position});
        std::fs::write(tmp.join(CURSOR_FILE), format!("{line}\n")).map_err(io)?;
        let _ = std::fs::remove_dir_all(&self.dir);
        std::fs::rename(&tmp, &self.dir).map_err(io)?;
        Ok(())
    }
}

/// The data cursor saved in `dir`, if there is one.
fn read_cursor(dir: &Path) -> Result<Option<Cursor>> {
    let path = dir.join(CURSOR_FILE);
    if !path.exists() {
        return Ok(None);
    }
    let bad = |m: String| Error::Data(format!("{}: {m}", path.display()));
    let text = std::fs::read_to_string(&path).map_err(|e| bad(e.to_string()))?;
    let v: serde_json::Value = serde_json::from_str(&text).map_err(|e| bad(e.to_string()))?;
    match (v["epoch"].as_u64(), v["position"].as_u64()) {
        (Some(epoch), Some(position)) => Ok(Some(Cursor { epoch, position: position as usize })),
        _ => Err(bad("expected {\"epoch\": N, \"position\": N}".into())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use hark_model::HostTensor;

    #[test]
    fn a_saved_checkpoint_loads_back_and_replaces_the_old_one() {
        let dir = tempfile::tempdir().unwrap();
        let ckpt = Checkpoint::of_run(dir.path());
        assert!(!ckpt.exists());
        assert!(ckpt.load().is_err());
        let mut w = Weights::default();
        w.tensors.insert("a".into(), HostTensor::new(vec![2], vec![1.0, 2.0]));
        let mut o = Weights::default();
        o.tensors.insert("opt.step".into(), HostTensor::new(vec![], vec![7.0]));
        ckpt.save(&w, &o, Cursor { epoch: 3, position: 11 }).unwrap();
        w.tensors.get_mut("a").unwrap().data[0] = 5.0;
        ckpt.save(&w, &o, Cursor { epoch: 3, position: 12 }).unwrap();
        let saved = ckpt.load().unwrap();
        assert_eq!(saved.weights.tensors["a"].data, vec![5.0, 2.0]);
        assert_eq!(saved.optimizer.tensors["opt.step"].data, vec![7.0]);
        let cursor = saved.cursor.unwrap();
        assert_eq!((cursor.epoch, cursor.position), (3, 12));
        assert!(!dir.path().join("checkpoint.tmp").exists());
        std::fs::write(ckpt.dir().join(CURSOR_FILE), "{}").unwrap();
        assert!(ckpt.load().err().unwrap().to_string().contains(CURSOR_FILE));
    }
}
