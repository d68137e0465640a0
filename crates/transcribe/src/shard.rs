//! Many hosts, one job: each host (a shard) takes the inputs whose stable
//! path hash falls to it, writes its own output directory, and
//! [`merge`] checks that every input was done exactly once and writes the
//! combined outputs.
//!
//! The hash is of the path as given (FNV-1a, 64-bit), so adding files to
//! the job does not move finished ones to another shard. When no shard is
//! given, the environment the common launchers set names it (see
//! [`from_environment`]).

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::output::{Format, LOG_NAME, Outcome, Sink, Transcript};

/// This host's part of the job: shard `index` of `count`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Shard {
    pub index: u32,
    pub count: u32,
}

/// The most shards a job may have.
pub const MAX_SHARDS: u32 = 65_536;

/// The file a shard's directory lists its inputs in (`INDEX<TAB>PATH`,
/// INDEX the input's place in the whole job's list).
pub const INPUTS_NAME: &str = "inputs.tsv";

impl Shard {
    /// `INDEX/COUNT`, 0-based: `3/8` is the fourth of eight.
    pub fn parse(text: &str) -> std::result::Result<Shard, String> {
        let (i, n) = text.split_once('/').ok_or_else(|| format!("{text}: expected INDEX/COUNT, e.g. 0/4"))?;
        let index: u32 = i.trim().parse().map_err(|_| format!("{text}: the index is not a whole number"))?;
        let count: u32 = n.trim().parse().map_err(|_| format!("{text}: the count is not a whole number"))?;
        Shard::new(index, count).map_err(|e| format!("{text}: {e}"))
    }

    pub fn new(index: u32, count: u32) -> std::result::Result<Shard, String> {
        if count == 0 || count > MAX_SHARDS {
            return Err(format!("the shard count must be 1 to {MAX_SHARDS}, not {count}"));
        }
        if index >= count {
            return Err(format!("shard index {index} is not below the count {count} (indices start at 0)"));
        }
        Ok(Shard { index, count })
    }

    /// Whether `path` (as given) belongs to this shard.
    pub fn owns(&self, path: &Path) -> bool {
        fnv1a(path.as_os_str().as_encoded_bytes()) % self.count as u64 == self.index as u64
    }

    /// This shard's directory under a job's output directory.
    pub fn dir(&self, out: &Path) -> PathBuf {
        out.join(format!("shard-{:05}-of-{:05}", self.index, self.count))
    }
}

impl std::fmt::Display for Shard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}/{}", self.index, self.count)
    }
}

fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| (h ^ b as u64).wrapping_mul(0x0100_0000_01b3))
}

/// The shard the launcher's environment names, and which variables said
/// so; `None` when none is set. In order: `HARK_SHARD` (`INDEX/COUNT`);
/// torchrun-style `RANK` and `WORLD_SIZE`; SLURM arrays
/// (`SLURM_ARRAY_TASK_ID` from `SLURM_ARRAY_TASK_MIN`, of
/// `SLURM_ARRAY_TASK_COUNT`); Kubernetes indexed Jobs
/// (`JOB_COMPLETION_INDEX`, with the count from `HARK_SHARD_COUNT`, which
/// the Job's spec sets to its `completions`); Cloud TPU VMs
/// (`TPU_WORKER_ID`, of the hosts in `TPU_WORKER_HOSTNAMES`). An index
/// without its count is not a shard.
pub fn from_environment(
    var: impl Fn(&str) -> Option<String>,
) -> std::result::Result<Option<(Shard, &'static str)>, String> {
    let num = |name: &str| -> std::result::Result<Option<u32>, String> {
        match var(name).filter(|v| !v.trim().is_empty()) {
            None => Ok(None),
            Some(v) => v.trim().parse().map(Some).map_err(|_| format!("{name}={v} is not a whole number")),
        }
    };
    if let Some(text) = var("HARK_SHARD").filter(|v| !v.is_empty()) {
        return Shard::parse(&text).map(|s| Some((s, "HARK_SHARD"))).map_err(|e| format!("HARK_SHARD: {e}"));
    }
    let pair = |index: Option<u32>, count: Option<u32>, what: &'static str| match (index, count) {
        (Some(i), Some(n)) => Shard::new(i, n).map(|s| Some((s, what))).map_err(|e| format!("{what}: {e}")),
        // An index alone (an indexed Job's pod, a lone TPU VM, a process
        // with a RANK of its own) says nothing of a sharded job: the whole
        // list is taken.
        _ => Ok(None),
    };
    if let Some(found) = pair(num("RANK")?, num("WORLD_SIZE")?, "RANK/WORLD_SIZE")? {
        return Ok(Some(found));
    }
    if let Some(id) = num("SLURM_ARRAY_TASK_ID")? {
        let min = num("SLURM_ARRAY_TASK_MIN")?.unwrap_or(0);
        let index = id.checked_sub(min).ok_or("SLURM_ARRAY_TASK_ID is below SLURM_ARRAY_TASK_MIN")?;
        return pair(Some(index), num("SLURM_ARRAY_TASK_COUNT")?, "SLURM_ARRAY_TASK_ID/COUNT");
    }
    if let Some(found) =
        pair(num("JOB_COMPLETION_INDEX")?, num("HARK_SHARD_COUNT")?, "JOB_COMPLETION_INDEX/HARK_SHARD_COUNT")?
    {
        return Ok(Some(found));
    }
    if let Some(id) = num("TPU_WORKER_ID")? {
        let hosts = var("TPU_WORKER_HOSTNAMES").map(|h| h.split(',').filter(|s| !s.is_empty()).count() as u32);
        return pair(Some(id), hosts.filter(|&n| n > 1), "TPU_WORKER_ID/TPU_WORKER_HOSTNAMES");
    }
    Ok(None)
}

/// Writes the shard's list of inputs (their places in the whole list, and
/// paths) into its directory, so that [`merge`] can check every one.
pub fn write_inputs(dir: &Path, inputs: &[(usize, PathBuf)]) -> Result<()> {
    std::fs::create_dir_all(dir).map_err(|e| Error::Output { path: dir.into(), message: e.to_string() })?;
    let path = dir.join(INPUTS_NAME);
    let mut text = String::new();
    for (i, p) in inputs {
        text.push_str(&format!("{i}\t{}\n", p.display()));
    }
    // Beside, then renamed: a killed start leaves no half list.
    let tmp = dir.join(format!("{INPUTS_NAME}.tmp"));
    File::create(&tmp)
        .and_then(|mut f| f.write_all(text.as_bytes()))
        .and_then(|_| std::fs::rename(&tmp, &path))
        .map_err(|e| Error::Output { path, message: e.to_string() })
}

/// What [`merge`] found.
#[derive(Debug, Default)]
pub struct Merged {
    pub shards: usize,
    pub done: usize,
    pub failed: Vec<String>,
}

/// Merges the shard directories `dirs` of one job into `out`: every shard
/// of the job must be there, each input listed by a shard must have exactly
/// one record (a transcript or a failure) and no input may be in two
/// shards; then the transcripts are written to `out` in `formats`, with one
/// log, in the job's input order.
pub fn merge(dirs: &[PathBuf], out: &Path, formats: Vec<Format>) -> Result<Merged> {
    let bad = |path: &Path, message: String| Error::Input { path: path.into(), message };
    let mut count = None;
    let mut seen_shards = BTreeMap::new();
    // input place -> (path, shard dir)
    let mut inputs: BTreeMap<usize, (String, PathBuf)> = BTreeMap::new();
    let mut records: BTreeMap<String, Vec<serde_json::Value>> = BTreeMap::new();
    for dir in dirs {
        let name = dir.file_name().and_then(|n| n.to_str()).unwrap_or_default();
        let shard = parse_dir_name(name).ok_or_else(|| {
            bad(dir, "not a shard directory (shard-IIIII-of-NNNNN, made by `hark transcribe --shard`)".into())
        })?;
        match count {
            None => count = Some(shard.count),
            Some(n) if n != shard.count => {
                return Err(bad(dir, format!("is of a job of {} shards, the others of {n}", shard.count)));
            }
            _ => {}
        }
        if let Some(other) = seen_shards.insert(shard.index, dir.clone()) {
            return Err(bad(dir, format!("shard {shard} is also {}", other.display())));
        }
        let list = dir.join(INPUTS_NAME);
        let file = File::open(&list).map_err(|e| bad(&list, e.to_string()))?;
        for line in BufReader::new(file).lines() {
            let line = line.map_err(|e| bad(&list, e.to_string()))?;
            let (i, p) = line.split_once('\t').ok_or_else(|| bad(&list, format!("not INDEX<TAB>PATH: {line}")))?;
            let i: usize = i.parse().map_err(|_| bad(&list, format!("not INDEX<TAB>PATH: {line}")))?;
            if let Some((_, other)) = inputs.insert(i, (p.to_string(), dir.clone())) {
                return Err(bad(&list, format!("input {i} ({p}) is also in {}", other.display())));
            }
        }
        let log = dir.join(LOG_NAME);
        if let Ok(file) = File::open(&log) {
            for line in BufReader::new(file).lines().map_while(|l| l.ok()) {
                if let Ok(record) = serde_json::from_str::<serde_json::Value>(&line)
                    && let Some(f) = record.get("file").and_then(|f| f.as_str())
                {
                    records.entry(f.to_string()).or_default().push(record);
                }
            }
        }
    }
    let count = count.ok_or_else(|| Error::Options("no shard directories given".into()))?;
    let missing: Vec<String> = (0..count).filter(|i| !seen_shards.contains_key(i)).map(|i| i.to_string()).collect();
    if !missing.is_empty() {
        return Err(Error::Options(format!("shards {} of {count} are missing", missing.join(", "))));
    }
    // A resumed shard tries its failed inputs again, so an input may have
    // failures before its last record; two transcripts mean two runs wrote
    // one directory.
    let mut not_done = Vec::new();
    for (path, dir) in inputs.values() {
        match records.get(path) {
            None => not_done.push(format!("{path} ({})", dir.display())),
            Some(r) => {
                let transcripts = r.iter().filter(|x| x.get("error").is_none()).count();
                if transcripts > 1 {
                    return Err(bad(
                        dir,
                        format!("{path} has {transcripts} transcripts: two runs into one directory?"),
                    ));
                }
            }
        }
    }
    if !not_done.is_empty() {
        let shown: Vec<&str> = not_done.iter().take(5).map(String::as_str).collect();
        return Err(Error::Options(format!(
            "{} inputs are not done yet (resume their shards): {}{}",
            not_done.len(),
            shown.join(", "),
            if not_done.len() > 5 { ", ..." } else { "" }
        )));
    }
    let (mut sink, _) = Sink::directory(out, formats)?;
    let mut merged = Merged { shards: count as usize, ..Merged::default() };
    for (path, _) in inputs.values() {
        let record = records[path].last().expect("checked above").clone();
        let outcome = match record.get("error").and_then(|e| e.as_str()) {
            Some(error) => {
                merged.failed.push(path.clone());
                Outcome::Failed { file: path.clone(), error: error.to_string() }
            }
            None => {
                merged.done += 1;
                let t: Transcript = serde_json::from_value(record)
                    .map_err(|e| Error::Options(format!("{path}: a damaged record: {e}")))?;
                Outcome::Done(t)
            }
        };
        sink.write(&outcome)?;
    }
    Ok(merged)
}

fn parse_dir_name(name: &str) -> Option<Shard> {
    let rest = name.strip_prefix("shard-")?;
    let (i, n) = rest.split_once("-of-")?;
    Shard::new(i.parse().ok()?, n.parse().ok()?).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_path_has_one_shard_and_adding_paths_moves_none() {
        let paths: Vec<PathBuf> = (0..500).map(|i| PathBuf::from(format!("audio/{i}.wav"))).collect();
        let owner = |p: &Path, n: u32| (0..n).filter(|&i| Shard::new(i, n).unwrap().owns(p)).collect::<Vec<_>>();
        let mut per = [0usize; 4];
        for p in &paths {
            let o = owner(p, 4);
            assert_eq!(o.len(), 1, "{}", p.display());
            per[o[0] as usize] += 1;
        }
        // Spread roughly evenly.
        assert!(per.iter().all(|&n| (90..=160).contains(&n)), "{per:?}");
        // A path's shard depends on the path alone.
        assert_eq!(owner(Path::new("audio/7.wav"), 4), owner(Path::new("audio/7.wav"), 4));
    }

    #[test]
    fn shards_parse_and_bad_ones_are_refused() {
        assert_eq!(Shard::parse("3/8").unwrap(), Shard { index: 3, count: 8 });
        for bad in ["3/2", "2/2", "0/0", "x/2", "1", "-1/2"] {
            assert!(Shard::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn launchers_environments_name_the_shard() {
        let env = |pairs: &[(&str, &str)]| {
            let map: std::collections::HashMap<String, String> =
                pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
            from_environment(move |k| map.get(k).cloned())
        };
        assert_eq!(env(&[]).unwrap(), None);
        assert_eq!(env(&[("RANK", "2"), ("WORLD_SIZE", "4")]).unwrap().unwrap().0, Shard { index: 2, count: 4 });
        let slurm =
            env(&[("SLURM_ARRAY_TASK_ID", "11"), ("SLURM_ARRAY_TASK_MIN", "10"), ("SLURM_ARRAY_TASK_COUNT", "3")]);
        assert_eq!(slurm.unwrap().unwrap().0, Shard { index: 1, count: 3 });
        let k8s = env(&[("JOB_COMPLETION_INDEX", "5"), ("HARK_SHARD_COUNT", "6")]).unwrap().unwrap();
        assert_eq!(k8s.0, Shard { index: 5, count: 6 });
        let tpu = env(&[("TPU_WORKER_ID", "1"), ("TPU_WORKER_HOSTNAMES", "h0,h1,h2,h3")]).unwrap().unwrap();
        assert_eq!(tpu.0, Shard { index: 1, count: 4 });
        assert_eq!(env(&[("JOB_COMPLETION_INDEX", "5")]).unwrap(), None, "an index without a count: no shard");
        assert_eq!(env(&[("TPU_WORKER_ID", "0"), ("TPU_WORKER_HOSTNAMES", "h0")]).unwrap(), None, "one host");
        assert!(env(&[("RANK", "4"), ("WORLD_SIZE", "4")]).is_err());
        assert_eq!(env(&[("HARK_SHARD", "0/2"), ("RANK", "1"), ("WORLD_SIZE", "2")]).unwrap().unwrap().1, "HARK_SHARD");
    }
}
