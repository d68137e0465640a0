//! The typed entry point of a program: what `main` takes and returns.
//!
//! The PJRT C API cannot tell a caller the parameter types of a compiled
//! executable, and the plugin does not always check them before running, so
//! Hark keeps the signature next to the executable and checks every call
//! against it. Programs made by Hark's graph builder come with their
//! signature; for StableHLO text from elsewhere (JAX, tests) it is read off
//! the `main` function's header.

use crate::{DType, Error, Result, TensorType};

/// One parameter of `main`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Param {
    /// The SSA name in the text (`%state` gives `state`), for error messages.
    pub name: String,
    pub ty: TensorType,
    /// The result this parameter's buffer is donated to (`tf.aliasing_output`
    /// or `jax.buffer_donor`), so a step can update it in place.
    pub donated_to: Option<usize>,
}

/// Parameter and result types of a program's `main`.
#[derive(Clone, Debug, PartialEq, Eq, Default)]
pub struct Signature {
    pub params: Vec<Param>,
    pub results: Vec<TensorType>,
}

impl Signature {
    /// Reads the signature of `func.func ... @main(...) -> ...` in StableHLO
    /// text. Only ranked, static tensor types are accepted: Hark compiles
    /// fixed shapes.
    pub fn parse_mlir(program: &str, text: &str) -> Result<Signature> {
        let err = |message: String| Error::Signature { program: program.to_string(), message };
        let start = text.find("@main(").ok_or_else(|| err("no `@main(` function in the module".into()))?;
        let rest = &text[start + "@main".len()..];
        let (params_text, after) = balanced(rest).ok_or_else(|| err("unbalanced `(` in the header of @main".into()))?;
        let mut params = Vec::new();
        for (index, segment) in split_top_level(params_text).into_iter().enumerate() {
            let segment = segment.trim();
            if segment.is_empty() {
                continue;
            }
            let (name, ty_text) = segment
                .split_once(':')
                .ok_or_else(|| err(format!("parameter {index}: expected `%name: type`, found `{segment}`")))?;
            let ty = parse_tensor_type(ty_text).map_err(|m| err(format!("parameter {index}: {m}")))?;
            let name = name.trim().trim_start_matches('%').to_string();
            let donated_to = attribute_int(segment, "tf.aliasing_output");
            params.push(Param { name, ty, donated_to });
        }

        let after = after.trim_start();
        let results = if let Some(after) = after.strip_prefix("->") {
            let after = after.trim_start();
            let result_text = if after.starts_with('(') {
                balanced(after).map(|(inside, _)| inside).ok_or_else(|| err("unbalanced result list".into()))?
            } else {
                // A single result ends where the body's `{` begins.
                let end = after.find('{').unwrap_or(after.len());
                &after[..end]
            };
            split_top_level(result_text)
                .into_iter()
                .filter(|s| !s.trim().is_empty())
                .enumerate()
                .map(|(i, s)| parse_tensor_type(s).map_err(|m| err(format!("result {i}: {m}"))))
                .collect::<Result<Vec<_>>>()?
        } else {
            Vec::new()
        };

        // `jax.buffer_donor = true` donates without naming the output: XLA
        // pairs it with the first result of the same type not yet taken.
        let mut taken: Vec<bool> = vec![false; results.len()];
        for p in &params {
            if let Some(r) = p.donated_to {
                if r >= results.len() {
                    return Err(err(format!("parameter `{}` is aliased to result {r}, which does not exist", p.name)));
                }
                if results[r] != p.ty {
                    return Err(err(format!(
                        "parameter `{}` of type {} is aliased to result {r} of type {}",
                        p.name, p.ty, results[r]
                    )));
                }
                taken[r] = true;
            }
        }
        for (index, segment) in split_top_level(params_text).into_iter().filter(|s| !s.trim().is_empty()).enumerate() {
            if segment.contains("jax.buffer_donor = true") && params[index].donated_to.is_none() {
                let slot = (0..results.len()).find(|&r| !taken[r] && results[r] == params[index].ty);
                if let Some(r) = slot {
                    taken[r] = true;
                    params[index].donated_to = Some(r);
                }
            }
        }
        Ok(Signature { params, results })
    }
}

/// Given text starting with `(`, returns what is inside the matching `)` and
/// what follows it.
fn balanced(text: &str) -> Option<(&str, &str)> {
    if !text.starts_with('(') {
        return None;
    }
    let mut depth = 0i32;
    let mut in_string = false;
    let mut prev = '\0';
    for (i, c) in text.char_indices() {
        if in_string {
            if c == '"' && prev != '\\' {
                in_string = false;
            }
        } else {
            match c {
                '"' => in_string = true,
                '(' | '<' | '{' | '[' => depth += 1,
                ')' | '>' | '}' | ']' => {
                    // `->` is an arrow, not a closing bracket.
                    if !(c == '>' && prev == '-') {
                        depth -= 1;
                    }
                    if depth == 0 {
                        return Some((&text[1..i], &text[i + 1..]));
                    }
                }
                _ => {}
            }
        }
        prev = c;
    }
    None
}

/// Splits on commas outside brackets and strings.
fn split_top_level(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut depth = 0i32;
    let mut in_string = false;
    let mut prev = '\0';
    let mut start = 0;
    for (i, c) in text.char_indices() {
        if in_string {
            if c == '"' && prev != '\\' {
                in_string = false;
            }
        } else {
            match c {
                '"' => in_string = true,
                '(' | '<' | '{' | '[' => depth += 1,
                ')' | '}' | ']' => depth -= 1,
                '>' if prev != '-' => depth -= 1,
                ',' if depth == 0 => {
                    parts.push(&text[start..i]);
                    start = i + 1;
                }
                _ => {}
            }
        }
        prev = c;
    }
    parts.push(&text[start..]);
    parts
}

/// Parses the first `tensor<...>` in `text`.
fn parse_tensor_type(text: &str) -> std::result::Result<TensorType, String> {
    let text = text.trim();
    let start = text.find("tensor<").ok_or_else(|| format!("expected a tensor type, found `{text}`"))?;
    let body_start = start + "tensor<".len();
    let end = text[body_start..].find('>').ok_or_else(|| format!("unterminated tensor type `{text}`"))?;
    let body = &text[body_start..body_start + end];
    if body.contains(',') {
        return Err(format!("tensor types with an encoding are not supported: `tensor<{body}>`"));
    }
    let mut parts: Vec<&str> = body.split('x').collect();
    let element_name = parts.pop().unwrap_or_default();
    let element = DType::from_mlir(element_name)
        .ok_or_else(|| format!("unsupported element type `{element_name}` in `tensor<{body}>`"))?;
    let dims = parts
        .iter()
        .map(|d| {
            d.parse::<i64>()
                .ok()
                .filter(|&n| n >= 0)
                .ok_or_else(|| format!("dimension `{d}` of `tensor<{body}>` is not a static size"))
        })
        .collect::<std::result::Result<Vec<_>, _>>()?;
    Ok(TensorType::new(element, dims))
}

/// The integer value of `key = N` inside an attribute dictionary.
fn attribute_int(text: &str, key: &str) -> Option<usize> {
    let at = text.find(key)? + key.len();
    let value = text[at..].trim_start().strip_prefix('=')?.trim_start();
    let digits: String = value.chars().take_while(|c| c.is_ascii_digit()).collect();
    digits.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_jax_style_header() {
        let text = r#"module @jit_f attributes {mhlo.num_partitions = 1 : i32} {
  func.func public @main(%arg0: tensor<2x3xf32> {jax.buffer_donor = true}, %arg1: tensor<i32> loc("x")) -> (tensor<2x3xf32> {jax.result_info = "[0]"}, tensor<3xi1>) {
    return %arg0, %c : tensor<2x3xf32>, tensor<3xi1>
  }
}"#;
        let sig = Signature::parse_mlir("f", text).unwrap();
        assert_eq!(sig.params.len(), 2);
        assert_eq!(sig.params[0].ty, TensorType::new(DType::F32, [2, 3]));
        assert_eq!(sig.params[0].donated_to, Some(0));
        assert_eq!(sig.params[1].ty, TensorType::new(DType::I32, []));
        assert_eq!(sig.params[1].donated_to, None);
        assert_eq!(sig.results, vec![TensorType::new(DType::F32, [2, 3]), TensorType::new(DType::Bool, [3])]);
    }

    #[test]
    fn parses_named_args_aliasing_and_single_result() {
        let text = "func.func @main(%state: tensor<4xbf16> {tf.aliasing_output = 0 : i32}, %x: tensor<0x4xui8>) -> tensor<4xbf16> {\n}";
        let sig = Signature::parse_mlir("step", text).unwrap();
        assert_eq!(sig.params[0].name, "state");
        assert_eq!(sig.params[0].donated_to, Some(0));
        assert_eq!(sig.params[1].ty, TensorType::new(DType::U8, [0, 4]));
        assert_eq!(sig.results, vec![TensorType::new(DType::BF16, [4])]);
    }

    #[test]
    fn rejects_dynamic_and_bad_aliasing() {
        let dynamic = "func.func @main(%a: tensor<?x4xf32>) -> tensor<4xf32> {}";
        let e = Signature::parse_mlir("p", dynamic).unwrap_err().to_string();
        assert!(e.contains("not a static size"), "{e}");
        let bad_alias = "func.func @main(%a: tensor<4xf32> {tf.aliasing_output = 0 : i32}) -> tensor<5xf32> {}";
        let e = Signature::parse_mlir("p", bad_alias).unwrap_err().to_string();
        assert!(e.contains("aliased to result 0"), "{e}");
        let e = Signature::parse_mlir("p", "module {}").unwrap_err().to_string();
        assert!(e.contains("no `@main(`"), "{e}");
    }

    #[test]
    fn tensor_type_display_is_mlir() {
        assert_eq!(TensorType::new(DType::F32, [2, 3]).to_string(), "tensor<2x3xf32>");
        assert_eq!(TensorType::new(DType::Bool, []).to_string(), "tensor<i1>");
    }
}
