//! The CTC loss and its gradient against an f64 host implementation of the
//! forward recursion (checked itself against a brute-force sum over every
//! frame labelling that collapses to the target), whose gradient is taken
//! by central differences. Tolerances: loss 2e-5 relative (f32 on the
//! device vs f64 here); gradient 1e-4 absolute (entries are occupancies in
//! [-1, 0]).

mod common;
use common::{Case, check_against_brute_force, check_gradient, random_log_probs, rng, run_loss};
use hark_train::ctc::ctc_loss;

fn case(t: usize, u: usize, v: usize, targets: Vec<i32>, frames: Vec<i32>, labels: Vec<i32>, seed: u64) -> Case {
    let b = frames.len();
    let lp = random_log_probs(b * t, v, &mut rng(seed));
    assert_eq!(targets.len(), b * u);
    Case { b, t, u, v, lp, targets, frames, labels }
}

fn logsumexp(terms: &[f64]) -> f64 {
    let m = terms.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
    if m == f64::NEG_INFINITY { m } else { m + terms.iter().map(|x| (x - m).exp()).sum::<f64>().ln() }
}

impl Case {
    fn at(&self, lp: &[f64], b: usize, t: usize, k: usize) -> f64 {
        lp[(b * self.t + t) * self.v + k]
    }

    fn target(&self, b: usize) -> Vec<usize> {
        (0..self.labels[b] as usize).map(|i| self.targets[b * self.u + i] as usize).collect()
    }

    /// -log P(y|x) by the forward recursion, in f64 (infinite if no
    /// alignment fits).
    fn loss_dp(&self, lp: &[f64], b: usize) -> f64 {
        let y = self.target(b);
        let ext: Vec<usize> = std::iter::once(0).chain(y.iter().flat_map(|&k| [k, 0])).collect();
        let s = ext.len();
        let tb = self.frames[b] as usize;
        let mut alpha = vec![f64::NEG_INFINITY; s];
        alpha[0] = self.at(lp, b, 0, ext[0]);
        if s > 1 {
            alpha[1] = self.at(lp, b, 0, ext[1]);
        }
        for t in 1..tb {
            let prev = alpha.clone();
            for i in 0..s {
                let mut terms = vec![prev[i]];
                if i >= 1 {
                    terms.push(prev[i - 1]);
                }
                if i >= 2 && ext[i] != 0 && ext[i] != ext[i - 2] {
                    terms.push(prev[i - 2]);
                }
                alpha[i] = logsumexp(&terms) + self.at(lp, b, t, ext[i]);
            }
        }
        let ends: Vec<f64> = if s > 1 { vec![alpha[s - 1], alpha[s - 2]] } else { vec![alpha[0]] };
        -logsumexp(&ends)
    }

    /// -log P(y|x) by summing over every labelling of the frames that
    /// collapses (merge repeats, drop blanks) to the target.
    fn loss_brute(&self, b: usize) -> f64 {
        let tb = self.frames[b] as usize;
        let y = self.target(b);
        let mut total = Vec::new();
        let mut path = vec![0usize; tb];
        loop {
            let mut collapsed = Vec::new();
            let mut last = 0;
            for &k in &path {
                if k != 0 && k != last {
                    collapsed.push(k);
                }
                last = k;
            }
            if collapsed == y {
                total.push((0..tb).map(|t| self.at(&self.lp, b, t, path[t])).sum::<f64>());
            }
            // Next path, as a base-v counter.
            let mut i = 0;
            while i < tb && path[i] == self.v - 1 {
                path[i] = 0;
                i += 1;
            }
            if i == tb {
                break;
            }
            path[i] += 1;
        }
        -logsumexp(&total)
    }

    /// (loss per utterance, gradient) from the graph op on the CPU plugin.
    fn device(&self) -> (Vec<f32>, Vec<f32>) {
        run_loss("ctc", ctc_loss, self, &[self.b as i64, self.t as i64, self.v as i64])
    }
}

#[test]
fn loss_equals_the_sum_over_every_labelling() {
    // V = 3, T <= 5: 243 labellings each. Utterance 1 repeats a label (a
    // blank must separate the two), utterance 3 has none.
    let c = case(5, 3, 3, vec![1, 2, 1, 2, 2, 0, 1, 0, 0, 0, 0, 0], vec![5, 5, 3, 4], vec![3, 2, 1, 0], 1);
    let (loss, _) = c.device();
    assert_eq!(loss.len(), c.b);
    check_against_brute_force(&loss, |b| c.loss_brute(b), |b| c.loss_dp(&c.lp, b));
}

#[test]
fn loss_and_gradient_match_the_f64_reference() {
    let targets = vec![3, 1, 1, 4, 2, 2, 0, 0, 1, 0, 0, 0];
    let c = case(8, 4, 5, targets, vec![8, 6, 3], vec![4, 2, 1], 2);
    let (loss, grad) = c.device();
    for b in 0..c.b {
        let want = c.loss_dp(&c.lp, b);
        assert!((loss[b] as f64 - want).abs() / want.abs() < 2e-5, "utterance {b}: {} vs {want}", loss[b]);
    }
    let worst = check_gradient(&c.lp, &grad, c.t * c.v, |lp, b| c.loss_dp(lp, b));
    eprintln!("gradient: max abs error {worst:.2e}");
    // One state per frame on every path: the occupancies of a frame sum to -1.
    for b in 0..c.b {
        for t in 0..c.t {
            let row: f64 = grad[(b * c.t + t) * c.v..][..c.v].iter().map(|&x| x as f64).sum();
            let want = if (t as i32) < c.frames[b] { -1.0 } else { 0.0 };
            assert!((row - want).abs() < 1e-4, "utterance {b} frame {t}: {row}");
        }
    }
}

#[test]
fn an_utterance_no_alignment_fits_costs_nothing() {
    // Three labels (two of them a repeat, which needs a blank between) in
    // three frames: no alignment. The other utterance is unaffected.
    let c = case(4, 3, 4, vec![1, 2, 2, 3, 1, 0], vec![3, 4], vec![3, 2], 3);
    let (loss, grad) = c.device();
    assert!(c.loss_dp(&c.lp, 0).is_infinite());
    assert_eq!(loss[0], 0.0);
    assert!(grad[..c.t * c.v].iter().all(|&x| x == 0.0));
    let want = c.loss_dp(&c.lp, 1);
    assert!((loss[1] as f64 - want).abs() / want < 2e-5, "{} vs {want}", loss[1]);
}
