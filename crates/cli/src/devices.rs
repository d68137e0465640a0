//! `--devices`: which of the plugin's devices a command runs on.

use anyhow::{Result, bail};

/// As given on the command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Devices {
    All,
    /// The first N.
    Count(usize),
    /// These ordinals.
    List(Vec<usize>),
}

impl Devices {
    pub fn parse(text: &str) -> std::result::Result<Devices, String> {
        let text = text.trim();
        if text == "all" {
            return Ok(Devices::All);
        }
        let bad = || format!("{text}: expected `all`, a count (e.g. 4) or ordinals (e.g. 0,2)");
        if text.contains(',') {
            let list: Vec<usize> =
                text.split(',').map(|p| p.trim().parse::<usize>()).collect::<Result<_, _>>().map_err(|_| bad())?;
            let mut sorted = list.clone();
            sorted.sort();
            sorted.dedup();
            if sorted.len() != list.len() {
                return Err(format!("{text}: a device is named twice"));
            }
            return Ok(Devices::List(list));
        }
        match text.parse::<usize>() {
            Ok(0) => Err(format!("{text}: at least one device")),
            Ok(n) => Ok(Devices::Count(n)),
            Err(_) => Err(bad()),
        }
    }

    /// The ordinals on a plugin with `available` devices, `all` meaning the
    /// first `all` of them, or why not.
    pub fn resolve(&self, available: usize, all: usize) -> Result<Vec<usize>> {
        let list = match self {
            Devices::All => (0..all.min(available)).collect(),
            Devices::Count(n) => (0..*n).collect(),
            Devices::List(l) => l.clone(),
        };
        if let Some(&bad) = list.iter().find(|&&d| d >= available) {
            bail!(
                "--devices: device {bad} does not exist: the plugin has {available} (ordinals 0 to {}; the CPU plugin takes --cpu-devices N)",
                available - 1
            );
        }
        Ok(list)
    }
}
