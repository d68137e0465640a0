//! Checkpoints are checked against what the model declares, and every
//! problem names the tensor; presets and configs validate.

use hark_model::{ModelConfig, PRESETS, Weights, preset, weight_specs};

#[test]
fn every_preset_is_valid_and_round_trips_through_json() {
    for name in PRESETS {
        let cfg = preset(name).unwrap();
        let back = ModelConfig::from_json(&cfg.to_json()).unwrap();
        assert_eq!(back, cfg, "{name}");
    }
    assert!(preset("nope").unwrap_err().to_string().contains("unknown preset `nope`"));
}

#[test]
fn invalid_configs_name_the_field() {
    let mut cfg = preset("practical").unwrap();
    cfg.encoder.stages[1].attention = Some(hark_model::config::AttentionConfig::Full { heads: 4 });
    let e = cfg.validate().unwrap_err().to_string();
    assert!(e.contains("encoder.stages[1]") && e.contains("non-causal"), "{e}");
    let e = ModelConfig::from_json(r#"{"name": "x"}"#).unwrap_err().to_string();
    assert!(e.contains("missing field"), "{e}");
    let mut cfg = preset("amortized").unwrap();
    cfg.arbitrator = None;
    assert!(cfg.validate().unwrap_err().to_string().contains("no arbitrator"));
}

fn checkpoint() -> (Vec<hark_model::params::WeightSpec>, Weights) {
    let cfg = preset("practical-cascade").unwrap();
    let specs = weight_specs(&cfg).unwrap();
    let w = Weights::random(&specs, 1);
    (specs, w)
}

#[test]
fn a_complete_checkpoint_passes_and_survives_a_round_trip() {
    let (specs, w) = checkpoint();
    w.check(&specs).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("model.safetensors");
    w.save(&path).unwrap();
    assert_eq!(Weights::load(&path).unwrap(), w);
    assert!(specs.iter().any(|s| s.name == "encoder.block2.attention.features"), "the random projection is a weight");
    assert!(specs.iter().any(|s| s.name.starts_with("second_pass.block0.")));
}

#[test]
fn missing_extra_and_misshaped_tensors_are_named() {
    let (specs, w) = checkpoint();
    let mut missing = w.clone();
    missing.tensors.remove("decoder.joint.out.w");
    let e = missing.check(&specs).unwrap_err().to_string();
    assert!(e.contains("missing tensor `decoder.joint.out.w`"), "{e}");

    let mut extra = w.clone();
    extra.tensors.insert("encoder.block99.ffn1.in.w".into(), hark_model::HostTensor::new(vec![1], vec![0.0]));
    let e = extra.check(&specs).unwrap_err().to_string();
    assert!(e.contains("unused tensor `encoder.block99.ffn1.in.w`"), "{e}");

    let mut wrong = w.clone();
    wrong.tensors.insert("frontend.proj.w".into(), hark_model::HostTensor::new(vec![2, 2], vec![0.0; 4]));
    let e = wrong.check(&specs).unwrap_err().to_string();
    assert!(e.contains("`frontend.proj.w`") && e.contains("[2, 2]") && e.contains("[320, 144]"), "{e}");
}

#[test]
fn non_f32_and_corrupt_files_are_errors() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("bad.safetensors");
    std::fs::write(&path, b"definitely not safetensors").unwrap();
    let e = Weights::load(&path).unwrap_err().to_string();
    assert!(e.contains("bad.safetensors") && e.contains("not a safetensors file"), "{e}");
    let f64s = safetensors::serialize(
        [("w".to_string(), safetensors::tensor::TensorView::new(safetensors::Dtype::F64, vec![1], &[0u8; 8]).unwrap())],
        None,
    )
    .unwrap();
    let e = Weights::from_bytes(&f64s).unwrap_err().to_string();
    assert!(e.contains("tensor `w` is F64"), "{e}");
}

#[test]
fn random_weights_are_reproducible_and_orthogonal_where_they_should_be() {
    let (specs, w) = checkpoint();
    assert_eq!(Weights::random(&specs, 1), w);
    assert_ne!(Weights::random(&specs, 2), w);
    let f = &w.tensors["encoder.block2.attention.features"];
    let (m, d) = (f.shape[0] as usize, f.shape[1] as usize);
    // Rows within a block of d are orthogonal.
    for i in 0..m.min(d) {
        for j in 0..i {
            let dot: f32 = (0..d).map(|k| f.data[i * d + k] * f.data[j * d + k]).sum();
            assert!(dot.abs() < 1e-3, "rows {i} and {j}: {dot}");
        }
    }
}

#[test]
fn a_warm_start_copies_the_tensors_that_fit_and_initializes_the_rest() {
    let (_, donor) = checkpoint();
    let mut cfg = preset("practical-cascade").unwrap();
    cfg.decoder.vocab_size = 29;
    let specs = weight_specs(&cfg).unwrap();
    let (w, copied) = Weights::warm_start(&specs, 7, &donor);
    w.check(&specs).unwrap();
    let fresh = Weights::random(&specs, 7);
    for s in &specs {
        let fits = donor.tensors.get(&s.name).is_some_and(|d| d.shape == s.shape);
        assert_eq!(copied.contains(&s.name), fits, "{}", s.name);
        let expected = if fits { &donor.tensors[&s.name] } else { &fresh.tensors[&s.name] };
        assert_eq!(&w.tensors[&s.name], expected, "{}", s.name);
    }
    // The encoder carries over; what depends on the vocabulary does not.
    assert!(copied.iter().any(|n| n.starts_with("encoder.")));
    assert!(copied.len() < specs.len());
}
