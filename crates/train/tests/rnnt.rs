//! The RNN-T loss and its gradient against a brute-force sum over every
//! alignment (tiny lattices) and against an f64 host implementation of the
//! forward recursion, whose gradient is taken by central differences.
//! Tolerances: loss 2e-5 relative (f32 on the device vs f64 here);
//! gradient 1e-4 absolute (entries are occupancies in [-1, 0]).

mod common;
use common::{Case, check_against_brute_force, check_gradient, random_log_probs, rng, run_loss};
use hark_train::rnnt::rnnt_loss;

fn case(b: usize, t: usize, u: usize, v: usize, frames: Vec<i32>, labels: Vec<i32>, seed: u64) -> Case {
    let mut r = rng(seed);
    let lp = random_log_probs(b * t * (u + 1), v, &mut r);
    let targets = (0..b * u).map(|_| 1 + (r() * (v - 1) as f64) as i32).collect();
    Case { b, t, u, v, lp, targets, frames, labels }
}

impl Case {
    fn at(&self, lp: &[f64], b: usize, t: usize, u: usize, k: usize) -> f64 {
        lp[((b * self.t + t) * (self.u + 1) + u) * self.v + k]
    }

    /// -log P(y|x) by the forward recursion, in f64.
    fn loss_dp(&self, lp: &[f64], b: usize) -> f64 {
        let (tb, ub) = (self.frames[b] as usize, self.labels[b] as usize);
        let y = |u: usize| self.targets[b * self.u + u] as usize;
        let mut alpha = vec![vec![f64::NEG_INFINITY; ub + 1]; tb];
        for t in 0..tb {
            for u in 0..=ub {
                let mut terms = Vec::new();
                if t == 0 && u == 0 {
                    terms.push(0.0);
                }
                if t > 0 {
                    terms.push(alpha[t - 1][u] + self.at(lp, b, t - 1, u, 0));
                }
                if u > 0 {
                    terms.push(alpha[t][u - 1] + self.at(lp, b, t, u - 1, y(u - 1)));
                }
                let m = terms.iter().cloned().fold(f64::NEG_INFINITY, f64::max);
                alpha[t][u] = m + terms.iter().map(|x| (x - m).exp()).sum::<f64>().ln();
            }
        }
        -(alpha[tb - 1][ub] + self.at(lp, b, tb - 1, ub, 0))
    }

    /// -log P(y|x) by summing every alignment's probability.
    fn loss_brute(&self, b: usize) -> f64 {
        let (tb, ub) = (self.frames[b] as usize, self.labels[b] as usize);
        let y = |u: usize| self.targets[b * self.u + u] as usize;
        // Paths from (0,0): at each step emit a label (u += 1) or a blank
        // (t += 1); the path ends with the blank from (tb-1, ub).
        fn walk(
            c: &Case,
            b: usize,
            t: usize,
            u: usize,
            tb: usize,
            ub: usize,
            y: &dyn Fn(usize) -> usize,
            acc: f64,
            out: &mut Vec<f64>,
        ) {
            if t == tb - 1 && u == ub {
                out.push(acc + c.at(&c.lp, b, t, u, 0));
                return;
            }
            if u < ub {
                walk(c, b, t, u + 1, tb, ub, y, acc + c.at(&c.lp, b, t, u, y(u)), out);
            }
            if t < tb - 1 {
                walk(c, b, t + 1, u, tb, ub, y, acc + c.at(&c.lp, b, t, u, 0), out);
            }
        }
        let mut paths = Vec::new();
        walk(self, b, 0, 0, tb, ub, &y, 0.0, &mut paths);
        -paths.iter().map(|p| p.exp()).sum::<f64>().ln()
    }

    /// (loss per utterance, gradient) from the graph op on the CPU plugin.
    fn device(&self) -> (Vec<f32>, Vec<f32>) {
        let dims = [self.b as i64, self.t as i64, self.u as i64 + 1, self.v as i64];
        run_loss("rnnt", rnnt_loss, self, &dims)
    }
}

#[test]
fn loss_equals_the_sum_over_every_alignment() {
    // T = 3..4, U = 0..3: up to C(6, 3) = 20 alignments each.
    let c = case(4, 4, 3, 4, vec![3, 4, 1, 4], vec![2, 3, 1, 0], 1);
    let (loss, _) = c.device();
    assert_eq!(loss.len(), c.b);
    check_against_brute_force(&loss, |b| c.loss_brute(b), |b| c.loss_dp(&c.lp, b));
}

#[test]
fn loss_and_gradient_match_the_f64_reference_on_random_lattices() {
    let c = case(3, 7, 4, 5, vec![7, 5, 2], vec![4, 2, 0], 2);
    let (loss, grad) = c.device();
    for b in 0..c.b {
        let want = c.loss_dp(&c.lp, b);
        assert!((loss[b] as f64 - want).abs() / want.abs() < 2e-5, "utterance {b}: {} vs {want}", loss[b]);
    }
    let worst = check_gradient(&c.lp, &grad, c.t * (c.u + 1) * c.v, |lp, b| c.loss_dp(lp, b));
    eprintln!("gradient: max abs error {worst:.2e}");
    // Each frame's blank/label occupancies of a path sum to -1 per step; in
    // total, -(T_b + U_b) per utterance.
    for b in 0..c.b {
        let n = c.t * (c.u + 1) * c.v;
        let total: f64 = grad[b * n..(b + 1) * n].iter().map(|&x| x as f64).sum();
        let steps = (c.frames[b] + c.labels[b]) as f64;
        assert!((total + steps).abs() < 1e-3, "utterance {b}: occupancies sum to {total}, expected {}", -steps);
    }
}
