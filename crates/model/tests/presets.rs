//! The ablation presets add the Practical Conformer's optimizations one at a
//! time: each must change what it claims to and nothing else.

use hark_model::config::BlockKind;
use hark_model::describe::{DescribeShape, describe};
use hark_model::preset;

fn sizes(name: &str) -> (u64, u64, f64) {
    let d = describe(&preset(name).unwrap(), DescribeShape { batch: 1, chunk: 8, utterance: 100 }).unwrap();
    (d.params, d.state_bytes_per_stream, d.flops_per_audio_second["step"])
}

#[test]
fn each_ablation_step_changes_what_it_names() {
    for suffix in ["", "-large"] {
        let (base_params, base_state, base_flops) = sizes(&format!("baseline{suffix}"));
        // Conv-only lower blocks: no attention there, so less state, fewer
        // parameters and FLOPs.
        let (conv_params, conv_state, conv_flops) = sizes(&format!("ablation-conv-only{suffix}"));
        assert!(conv_params < base_params && conv_state < base_state && conv_flops < base_flops, "{suffix}");
        // Downsizing those blocks' FFNs: fewer parameters, same state.
        let (down_params, down_state, down_flops) = sizes(&format!("ablation-downsized{suffix}"));
        assert!(down_params < conv_params && down_flops < conv_flops, "{suffix}");
        assert_eq!(down_state, conv_state, "{suffix}");
        // Performer alone: fixed-size state instead of the key/value cache.
        let (_, perf_state, _) = sizes(&format!("ablation-performer{suffix}"));
        assert!(perf_state < base_state, "{suffix}");
        // All together is `practical`: the downsized model with Performer
        // attention in its upper blocks.
        let mut all = preset(&format!("ablation-downsized{suffix}")).unwrap();
        let performer = preset(&format!("ablation-performer{suffix}")).unwrap();
        all.encoder.stages[1].attention = performer.encoder.stages[0].attention.clone();
        let practical = preset(&format!("practical{suffix}")).unwrap();
        assert_eq!(all.encoder, practical.encoder, "{suffix}");
        let (_, all_state, _) = sizes(&format!("practical{suffix}"));
        assert!(all_state < down_state && all_state < perf_state, "{suffix}");
    }
    let cfg = preset("ablation-downsized").unwrap();
    assert_eq!(cfg.encoder.stages[0].kind, BlockKind::ConvOnly);
    assert_eq!(
        cfg.encoder.stages.iter().map(|s| s.blocks).sum::<usize>(),
        preset("baseline").unwrap().encoder.stages[0].blocks
    );
}
