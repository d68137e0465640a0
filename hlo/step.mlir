module @practical_cascade_step {
  func.func public @main(%features: tensor<8x32x80xf32>, %reset: tensor<8xi1>, %valid_frames: tensor<8xi32>, %frontend.norm.mean: tensor<80xf32>, %frontend.norm.inv_std: tensor<80xf32>, %frontend.proj.w: tensor<320x144xf32>, %frontend.proj.b: tensor<144xf32>, %encoder.block0.ffn1.norm.gamma: tensor<144xf32>, %encoder.block0.ffn1.norm.beta: tensor<144xf32>, %encoder.block0.ffn1.in.w: tensor<144x288xf32>, %encoder.block0.ffn1.in.b: tensor<288xf32>, %encoder.block0.ffn1.out.w: tensor<288x144xf32>, %encoder.block0.ffn1.out.b: tensor<144xf32>, %state.block0.conv: tensor<8x14x144xf32> {tf.aliasing_output = 0 : i32}, %encoder.block0.conv.norm.gamma: tensor<144xf32>, %encoder.block0.conv.norm.beta: tensor<144xf32>, %encoder.block0.conv.pointwise_in.w: tensor<144x288xf32>, %encoder.block0.conv.pointwise_in.b: tensor<288xf32>, %encoder.block0.conv.depthwise.w: tensor<15x1x144xf32>, %encoder.block0.conv.depthwise.b: tensor<144xf32>, %encoder.block0.conv.depthwise_norm.gamma: tensor<144xf32>, %encoder.block0.conv.depthwise_norm.beta: tensor<144xf32>, %encoder.block0.conv.pointwise_out.w: tensor<144x144xf32>, %encoder.block0.conv.pointwise_out.b: tensor<144xf32>, %encoder.block0.ffn2.norm.gamma: tensor<144xf32>, %encoder.block0.ffn2.norm.beta: tensor<144xf32>, %encoder.block0.ffn2.in.w: tensor<144x288xf32>, %encoder.block0.ffn2.in.b: tensor<288xf32>, %encoder.block0.ffn2.out.w: tensor<288x144xf32>, %encoder.block0.ffn2.out.b: tensor<144xf32>, %encoder.block0.final_norm.gamma: tensor<144xf32>, %encoder.block0.final_norm.beta: tensor<144xf32>, %encoder.block1.ffn1.norm.gamma: tensor<144xf32>, %encoder.block1.ffn1.norm.beta: tensor<144xf32>, %encoder.block1.ffn1.in.w: tensor<144x288xf32>, %encoder.block1.ffn1.in.b: tensor<288xf32>, %encoder.block1.ffn1.out.w: tensor<288x144xf32>, %encoder.block1.ffn1.out.b: tensor<144xf32>, %state.block1.conv: tensor<8x14x144xf32> {tf.aliasing_output = 1 : i32}, %encoder.block1.conv.norm.gamma: tensor<144xf32>, %encoder.block1.conv.norm.beta: tensor<144xf32>, %encoder.block1.conv.pointwise_in.w: tensor<144x288xf32>, %encoder.block1.conv.pointwise_in.b: tensor<288xf32>, %encoder.block1.conv.depthwise.w: tensor<15x1x144xf32>, %encoder.block1.conv.depthwise.b: tensor<144xf32>, %encoder.block1.conv.depthwise_norm.gamma: tensor<144xf32>, %encoder.block1.conv.depthwise_norm.beta: tensor<144xf32>, %encoder.block1.conv.pointwise_out.w: tensor<144x144xf32>, %encoder.block1.conv.pointwise_out.b: tensor<144xf32>, %encoder.block1.ffn2.norm.gamma: tensor<144xf32>, %encoder.block1.ffn2.norm.beta: tensor<144xf32>, %encoder.block1.ffn2.in.w: tensor<144x288xf32>, %encoder.block1.ffn2.in.b: tensor<288xf32>, %encoder.block1.ffn2.out.w: tensor<288x144xf32>, %encoder.block1.ffn2.out.b: tensor<144xf32>, %encoder.block1.final_norm.gamma: tensor<144xf32>, %encoder.block1.final_norm.beta: tensor<144xf32>, %encoder.block2.ffn1.norm.gamma: tensor<144xf32>, %encoder.block2.ffn1.norm.beta: tensor<144xf32>, %encoder.block2.ffn1.in.w: tensor<144x576xf32>, %encoder.block2.ffn1.in.b: tensor<576xf32>, %encoder.block2.ffn1.out.w: tensor<576x144xf32>, %encoder.block2.ffn1.out.b: tensor<144xf32>, %encoder.block2.attention.norm.gamma: tensor<144xf32>, %encoder.block2.attention.norm.beta: tensor<144xf32>, %encoder.block2.attention.qkv.w: tensor<144x432xf32>, %encoder.block2.attention.qkv.b: tensor<432xf32>, %encoder.block2.attention.features: tensor<32x36xf32>, %state.block2.attention.s: tensor<8x4x32x36xf32> {tf.aliasing_output = 2 : i32}, %state.block2.attention.z: tensor<8x4x32xf32> {tf.aliasing_output = 3 : i32}, %encoder.block2.attention.out.w: tensor<144x144xf32>, %encoder.block2.attention.out.b: tensor<144xf32>, %state.block2.conv: tensor<8x14x144xf32> {tf.aliasing_output = 4 : i32}, %encoder.block2.conv.norm.gamma: tensor<144xf32>, %encoder.block2.conv.norm.beta: tensor<144xf32>, %encoder.block2.conv.pointwise_in.w: tensor<144x288xf32>, %encoder.block2.conv.pointwise_in.b: tensor<288xf32>, %encoder.block2.conv.depthwise.w: tensor<15x1x144xf32>, %encoder.block2.conv.depthwise.b: tensor<144xf32>, %encoder.block2.conv.depthwise_norm.gamma: tensor<144xf32>, %encoder.block2.conv.depthwise_norm.beta: tensor<144xf32>, %encoder.block2.conv.pointwise_out.w: tensor<144x144xf32>, %encoder.block2.conv.pointwise_out.b: tensor<144xf32>, %encoder.block2.ffn2.norm.gamma: tensor<144xf32>, %encoder.block2.ffn2.norm.beta: tensor<144xf32>, %encoder.block2.ffn2.in.w: tensor<144x576xf32>, %encoder.block2.ffn2.in.b: tensor<576xf32>, %encoder.block2.ffn2.out.w: tensor<576x144xf32>, %encoder.block2.ffn2.out.b: tensor<144xf32>, %encoder.block2.final_norm.gamma: tensor<144xf32>, %encoder.block2.final_norm.beta: tensor<144xf32>, %encoder.block3.ffn1.norm.gamma: tensor<144xf32>, %encoder.block3.ffn1.norm.beta: tensor<144xf32>, %encoder.block3.ffn1.in.w: tensor<144x576xf32>, %encoder.block3.ffn1.in.b: tensor<576xf32>, %encoder.block3.ffn1.out.w: tensor<576x144xf32>, %encoder.block3.ffn1.out.b: tensor<144xf32>, %encoder.block3.attention.norm.gamma: tensor<144xf32>, %encoder.block3.attention.norm.beta: tensor<144xf32>, %encoder.block3.attention.qkv.w: tensor<144x432xf32>, %encoder.block3.attention.qkv.b: tensor<432xf32>, %encoder.block3.attention.features: tensor<32x36xf32>, %state.block3.attention.s: tensor<8x4x32x36xf32> {tf.aliasing_output = 5 : i32}, %state.block3.attention.z: tensor<8x4x32xf32> {tf.aliasing_output = 6 : i32}, %encoder.block3.attention.out.w: tensor<144x144xf32>, %encoder.block3.attention.out.b: tensor<144xf32>, %state.block3.conv: tensor<8x14x144xf32> {tf.aliasing_output = 7 : i32}, %encoder.block3.conv.norm.gamma: tensor<144xf32>, %encoder.block3.conv.norm.beta: tensor<144xf32>, %encoder.block3.conv.pointwise_in.w: tensor<144x288xf32>, %encoder.block3.conv.pointwise_in.b: tensor<288xf32>, %encoder.block3.conv.depthwise.w: tensor<15x1x144xf32>, %encoder.block3.conv.depthwise.b: tensor<144xf32>, %encoder.block3.conv.depthwise_norm.gamma: tensor<144xf32>, %encoder.block3.conv.depthwise_norm.beta: tensor<144xf32>, %encoder.block3.conv.pointwise_out.w: tensor<144x144xf32>, %encoder.block3.conv.pointwise_out.b: tensor<144xf32>, %encoder.block3.ffn2.norm.gamma: tensor<144xf32>, %encoder.block3.ffn2.norm.beta: tensor<144xf32>, %encoder.block3.ffn2.in.w: tensor<144x576xf32>, %encoder.block3.ffn2.in.b: tensor<576xf32>, %encoder.block3.ffn2.out.w: tensor<576x144xf32>, %encoder.block3.ffn2.out.b: tensor<144xf32>, %encoder.block3.final_norm.gamma: tensor<144xf32>, %encoder.block3.final_norm.beta: tensor<144xf32>, %encoder.block4.ffn1.norm.gamma: tensor<144xf32>, %encoder.block4.ffn1.norm.beta: tensor<144xf32>, %encoder.block4.ffn1.in.w: tensor<144x576xf32>, %encoder.block4.ffn1.in.b: tensor<576xf32>, %encoder.block4.ffn1.out.w: tensor<576x144xf32>, %encoder.block4.ffn1.out.b: tensor<144xf32>, %encoder.block4.attention.norm.gamma: tensor<144xf32>, %encoder.block4.attention.norm.beta: tensor<144xf32>, %encoder.block4.attention.qkv.w: tensor<144x432xf32>, %encoder.block4.attention.qkv.b: tensor<432xf32>, %encoder.block4.attention.features: tensor<32x36xf32>, %state.block4.attention.s: tensor<8x4x32x36xf32> {tf.aliasing_output = 8 : i32}, %state.block4.attention.z: tensor<8x4x32xf32> {tf.aliasing_output = 9 : i32}, %encoder.block4.attention.out.w: tensor<144x144xf32>, %encoder.block4.attention.out.b: tensor<144xf32>, %state.block4.conv: tensor<8x14x144xf32> {tf.aliasing_output = 10 : i32}, %encoder.block4.conv.norm.gamma: tensor<144xf32>, %encoder.block4.conv.norm.beta: tensor<144xf32>, %encoder.block4.conv.pointwise_in.w: tensor<144x288xf32>, %encoder.block4.conv.pointwise_in.b: tensor<288xf32>, %encoder.block4.conv.depthwise.w: tensor<15x1x144xf32>, %encoder.block4.conv.depthwise.b: tensor<144xf32>, %encoder.block4.conv.depthwise_norm.gamma: tensor<144xf32>, %encoder.block4.conv.depthwise_norm.beta: tensor<144xf32>, %encoder.block4.conv.pointwise_out.w: tensor<144x144xf32>, %encoder.block4.conv.pointwise_out.b: tensor<144xf32>, %encoder.block4.ffn2.norm.gamma: tensor<144xf32>, %encoder.block4.ffn2.norm.beta: tensor<144xf32>, %encoder.block4.ffn2.in.w: tensor<144x576xf32>, %encoder.block4.ffn2.in.b: tensor<576xf32>, %encoder.block4.ffn2.out.w: tensor<576x144xf32>, %encoder.block4.ffn2.out.b: tensor<144xf32>, %encoder.block4.final_norm.gamma: tensor<144xf32>, %encoder.block4.final_norm.beta: tensor<144xf32>, %encoder.block5.ffn1.norm.gamma: tensor<144xf32>, %encoder.block5.ffn1.norm.beta: tensor<144xf32>, %encoder.block5.ffn1.in.w: tensor<144x576xf32>, %encoder.block5.ffn1.in.b: tensor<576xf32>, %encoder.block5.ffn1.out.w: tensor<576x144xf32>, %encoder.block5.ffn1.out.b: tensor<144xf32>, %encoder.block5.attention.norm.gamma: tensor<144xf32>, %encoder.block5.attention.norm.beta: tensor<144xf32>, %encoder.block5.attention.qkv.w: tensor<144x432xf32>, %encoder.block5.attention.qkv.b: tensor<432xf32>, %encoder.block5.attention.features: tensor<32x36xf32>, %state.block5.attention.s: tensor<8x4x32x36xf32> {tf.aliasing_output = 11 : i32}, %state.block5.attention.z: tensor<8x4x32xf32> {tf.aliasing_output = 12 : i32}, %encoder.block5.attention.out.w: tensor<144x144xf32>, %encoder.block5.attention.out.b: tensor<144xf32>, %state.block5.conv: tensor<8x14x144xf32> {tf.aliasing_output = 13 : i32}, %encoder.block5.conv.norm.gamma: tensor<144xf32>, %encoder.block5.conv.norm.beta: tensor<144xf32>, %encoder.block5.conv.pointwise_in.w: tensor<144x288xf32>, %encoder.block5.conv.pointwise_in.b: tensor<288xf32>, %encoder.block5.conv.depthwise.w: tensor<15x1x144xf32>, %encoder.block5.conv.depthwise.b: tensor<144xf32>, %encoder.block5.conv.depthwise_norm.gamma: tensor<144xf32>, %encoder.block5.conv.depthwise_norm.beta: tensor<144xf32>, %encoder.block5.conv.pointwise_out.w: tensor<144x144xf32>, %encoder.block5.conv.pointwise_out.b: tensor<144xf32>, %encoder.block5.ffn2.norm.gamma: tensor<144xf32>, %encoder.block5.ffn2.norm.beta: tensor<144xf32>, %encoder.block5.ffn2.in.w: tensor<144x576xf32>, %encoder.block5.ffn2.in.b: tensor<576xf32>, %encoder.block5.ffn2.out.w: tensor<576x144xf32>, %encoder.block5.ffn2.out.b: tensor<144xf32>, %encoder.block5.final_norm.gamma: tensor<144xf32>, %encoder.block5.final_norm.beta: tensor<144xf32>, %encoder.block6.ffn1.norm.gamma: tensor<144xf32>, %encoder.block6.ffn1.norm.beta: tensor<144xf32>, %encoder.block6.ffn1.in.w: tensor<144x576xf32>, %encoder.block6.ffn1.in.b: tensor<576xf32>, %encoder.block6.ffn1.out.w: tensor<576x144xf32>, %encoder.block6.ffn1.out.b: tensor<144xf32>, %encoder.block6.attention.norm.gamma: tensor<144xf32>, %encoder.block6.attention.norm.beta: tensor<144xf32>, %encoder.block6.attention.qkv.w: tensor<144x432xf32>, %encoder.block6.attention.qkv.b: tensor<432xf32>, %encoder.block6.attention.features: tensor<32x36xf32>, %state.block6.attention.s: tensor<8x4x32x36xf32> {tf.aliasing_output = 14 : i32}, %state.block6.attention.z: tensor<8x4x32xf32> {tf.aliasing_output = 15 : i32}, %encoder.block6.attention.out.w: tensor<144x144xf32>, %encoder.block6.attention.out.b: tensor<144xf32>, %state.block6.conv: tensor<8x14x144xf32> {tf.aliasing_output = 16 : i32}, %encoder.block6.conv.norm.gamma: tensor<144xf32>, %encoder.block6.conv.norm.beta: tensor<144xf32>, %encoder.block6.conv.pointwise_in.w: tensor<144x288xf32>, %encoder.block6.conv.pointwise_in.b: tensor<288xf32>, %encoder.block6.conv.depthwise.w: tensor<15x1x144xf32>, %encoder.block6.conv.depthwise.b: tensor<144xf32>, %encoder.block6.conv.depthwise_norm.gamma: tensor<144xf32>, %encoder.block6.conv.depthwise_norm.beta: tensor<144xf32>, %encoder.block6.conv.pointwise_out.w: tensor<144x144xf32>, %encoder.block6.conv.pointwise_out.b: tensor<144xf32>, %encoder.block6.ffn2.norm.gamma: tensor<144xf32>, %encoder.block6.ffn2.norm.beta: tensor<144xf32>, %encoder.block6.ffn2.in.w: tensor<144x576xf32>, %encoder.block6.ffn2.in.b: tensor<576xf32>, %encoder.block6.ffn2.out.w: tensor<576x144xf32>, %encoder.block6.ffn2.out.b: tensor<144xf32>, %encoder.block6.final_norm.gamma: tensor<144xf32>, %encoder.block6.final_norm.beta: tensor<144xf32>, %encoder.block7.ffn1.norm.gamma: tensor<144xf32>, %encoder.block7.ffn1.norm.beta: tensor<144xf32>, %encoder.block7.ffn1.in.w: tensor<144x576xf32>, %encoder.block7.ffn1.in.b: tensor<576xf32>, %encoder.block7.ffn1.out.w: tensor<576x144xf32>, %encoder.block7.ffn1.out.b: tensor<144xf32>, %encoder.block7.attention.norm.gamma: tensor<144xf32>, %encoder.block7.attention.norm.beta: tensor<144xf32>, %encoder.block7.attention.qkv.w: tensor<144x432xf32>, %encoder.block7.attention.qkv.b: tensor<432xf32>, %encoder.block7.attention.features: tensor<32x36xf32>, %state.block7.attention.s: tensor<8x4x32x36xf32> {tf.aliasing_output = 17 : i32}, %state.block7.attention.z: tensor<8x4x32xf32> {tf.aliasing_output = 18 : i32}, %encoder.block7.attention.out.w: tensor<144x144xf32>, %encoder.block7.attention.out.b: tensor<144xf32>, %state.block7.conv: tensor<8x14x144xf32> {tf.aliasing_output = 19 : i32}, %encoder.block7.conv.norm.gamma: tensor<144xf32>, %encoder.block7.conv.norm.beta: tensor<144xf32>, %encoder.block7.conv.pointwise_in.w: tensor<144x288xf32>, %encoder.block7.conv.pointwise_in.b: tensor<288xf32>, %encoder.block7.conv.depthwise.w: tensor<15x1x144xf32>, %encoder.block7.conv.depthwise.b: tensor<144xf32>, %encoder.block7.conv.depthwise_norm.gamma: tensor<144xf32>, %encoder.block7.conv.depthwise_norm.beta: tensor<144xf32>, %encoder.block7.conv.pointwise_out.w: tensor<144x144xf32>, %encoder.block7.conv.pointwise_out.b: tensor<144xf32>, %encoder.block7.ffn2.norm.gamma: tensor<144xf32>, %encoder.block7.ffn2.norm.beta: tensor<144xf32>, %encoder.block7.ffn2.in.w: tensor<144x576xf32>, %encoder.block7.ffn2.in.b: tensor<576xf32>, %encoder.block7.ffn2.out.w: tensor<576x144xf32>, %encoder.block7.ffn2.out.b: tensor<144xf32>, %encoder.block7.final_norm.gamma: tensor<144xf32>, %encoder.block7.final_norm.beta: tensor<144xf32>, %state.decoder.context: tensor<8x2xi32> {tf.aliasing_output = 20 : i32}, %decoder.joint.encoder.w: tensor<144x320xf32>, %decoder.joint.encoder.b: tensor<320xf32>, %decoder.prediction.embed0: tensor<257x160xf32>, %decoder.prediction.embed1: tensor<257x160xf32>, %decoder.joint.prediction.w: tensor<320x320xf32>, %decoder.joint.prediction.b: tensor<320xf32>, %decoder.joint.out.w: tensor<320x257xf32>, %decoder.joint.out.b: tensor<257xf32>) -> (tensor<8x14x144xf32>, tensor<8x14x144xf32>, tensor<8x4x32x36xf32>, tensor<8x4x32xf32>, tensor<8x14x144xf32>, tensor<8x4x32x36xf32>, tensor<8x4x32xf32>, tensor<8x14x144xf32>, tensor<8x4x32x36xf32>, tensor<8x4x32xf32>, tensor<8x14x144xf32>, tensor<8x4x32x36xf32>, tensor<8x4x32xf32>, tensor<8x14x144xf32>, tensor<8x4x32x36xf32>, tensor<8x4x32xf32>, tensor<8x14x144xf32>, tensor<8x4x32x36xf32>, tensor<8x4x32xf32>, tensor<8x14x144xf32>, tensor<8x2xi32>, tensor<8x8x4xi32>, tensor<8x8x144xf32>) {
    %5 = "stablehlo.broadcast_in_dim"(%frontend.norm.mean) <{broadcast_dimensions = array<i64: 2>}> : (tensor<80xf32>) -> tensor<8x32x80xf32>
    %6 = "stablehlo.subtract"(%features, %5) : (tensor<8x32x80xf32>, tensor<8x32x80xf32>) -> tensor<8x32x80xf32>
    %7 = "stablehlo.broadcast_in_dim"(%frontend.norm.inv_std) <{broadcast_dimensions = array<i64: 2>}> : (tensor<80xf32>) -> tensor<8x32x80xf32>
    %8 = "stablehlo.multiply"(%6, %7) : (tensor<8x32x80xf32>, tensor<8x32x80xf32>) -> tensor<8x32x80xf32>
    %9 = "stablehlo.reshape"(%8) : (tensor<8x32x80xf32>) -> tensor<8x8x320xf32>
    %12 = "stablehlo.dot_general"(%9, %frontend.proj.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x320xf32>, tensor<320x144xf32>) -> tensor<8x8x144xf32>
    %13 = "stablehlo.broadcast_in_dim"(%frontend.proj.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %14 = "stablehlo.add"(%12, %13) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init1 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %21 = "stablehlo.reduce"(%14, %init1) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs3: tensor<f32>, %rhs4: tensor<f32>):
      %combined2 = "stablehlo.add"(%lhs3, %rhs4) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined2) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %22 = "stablehlo.reshape"(%21) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %23 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %24 = "stablehlo.broadcast_in_dim"(%23) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %25 = "stablehlo.multiply"(%22, %24) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %26 = "stablehlo.broadcast_in_dim"(%25) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %27 = "stablehlo.subtract"(%14, %26) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %28 = "stablehlo.multiply"(%27, %27) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init5 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %29 = "stablehlo.reduce"(%28, %init5) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs7: tensor<f32>, %rhs8: tensor<f32>):
      %combined6 = "stablehlo.add"(%lhs7, %rhs8) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined6) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %30 = "stablehlo.reshape"(%29) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %31 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %32 = "stablehlo.broadcast_in_dim"(%31) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %33 = "stablehlo.multiply"(%30, %32) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %34 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %35 = "stablehlo.broadcast_in_dim"(%34) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %36 = "stablehlo.add"(%33, %35) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %37 = "stablehlo.rsqrt"(%36) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %38 = "stablehlo.broadcast_in_dim"(%37) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %39 = "stablehlo.multiply"(%27, %38) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %40 = "stablehlo.broadcast_in_dim"(%encoder.block0.ffn1.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %41 = "stablehlo.multiply"(%39, %40) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %42 = "stablehlo.broadcast_in_dim"(%encoder.block0.ffn1.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %43 = "stablehlo.add"(%41, %42) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %46 = "stablehlo.dot_general"(%43, %encoder.block0.ffn1.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x288xf32>) -> tensor<8x8x288xf32>
    %47 = "stablehlo.broadcast_in_dim"(%encoder.block0.ffn1.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x8x288xf32>
    %48 = "stablehlo.add"(%46, %47) : (tensor<8x8x288xf32>, tensor<8x8x288xf32>) -> tensor<8x8x288xf32>
    %49 = "stablehlo.logistic"(%48) : (tensor<8x8x288xf32>) -> tensor<8x8x288xf32>
    %50 = "stablehlo.multiply"(%48, %49) : (tensor<8x8x288xf32>, tensor<8x8x288xf32>) -> tensor<8x8x288xf32>
    %53 = "stablehlo.dot_general"(%50, %encoder.block0.ffn1.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x288xf32>, tensor<288x144xf32>) -> tensor<8x8x144xf32>
    %54 = "stablehlo.broadcast_in_dim"(%encoder.block0.ffn1.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %55 = "stablehlo.add"(%53, %54) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %56 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %57 = "stablehlo.broadcast_in_dim"(%56) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x144xf32>
    %58 = "stablehlo.multiply"(%55, %57) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %59 = "stablehlo.add"(%14, %58) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %61 = "stablehlo.reshape"(%reset) : (tensor<8xi1>) -> tensor<8x1x1xi1>
    %62 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %63 = "stablehlo.broadcast_in_dim"(%62) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x14x144xf32>
    %64 = "stablehlo.broadcast_in_dim"(%61) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi1>) -> tensor<8x14x144xi1>
    %65 = "stablehlo.select"(%64, %63, %state.block0.conv) : (tensor<8x14x144xi1>, tensor<8x14x144xf32>, tensor<8x14x144xf32>) -> tensor<8x14x144xf32>
    %init9 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %68 = "stablehlo.reduce"(%59, %init9) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs11: tensor<f32>, %rhs12: tensor<f32>):
      %combined10 = "stablehlo.add"(%lhs11, %rhs12) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined10) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %69 = "stablehlo.reshape"(%68) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %70 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %71 = "stablehlo.broadcast_in_dim"(%70) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %72 = "stablehlo.multiply"(%69, %71) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %73 = "stablehlo.broadcast_in_dim"(%72) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %74 = "stablehlo.subtract"(%59, %73) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %75 = "stablehlo.multiply"(%74, %74) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init13 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %76 = "stablehlo.reduce"(%75, %init13) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs15: tensor<f32>, %rhs16: tensor<f32>):
      %combined14 = "stablehlo.add"(%lhs15, %rhs16) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined14) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %77 = "stablehlo.reshape"(%76) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %78 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %79 = "stablehlo.broadcast_in_dim"(%78) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %80 = "stablehlo.multiply"(%77, %79) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %81 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %82 = "stablehlo.broadcast_in_dim"(%81) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %83 = "stablehlo.add"(%80, %82) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %84 = "stablehlo.rsqrt"(%83) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %85 = "stablehlo.broadcast_in_dim"(%84) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %86 = "stablehlo.multiply"(%74, %85) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %87 = "stablehlo.broadcast_in_dim"(%encoder.block0.conv.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %88 = "stablehlo.multiply"(%86, %87) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %89 = "stablehlo.broadcast_in_dim"(%encoder.block0.conv.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %90 = "stablehlo.add"(%88, %89) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %93 = "stablehlo.dot_general"(%90, %encoder.block0.conv.pointwise_in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x288xf32>) -> tensor<8x8x288xf32>
    %94 = "stablehlo.broadcast_in_dim"(%encoder.block0.conv.pointwise_in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x8x288xf32>
    %95 = "stablehlo.add"(%93, %94) : (tensor<8x8x288xf32>, tensor<8x8x288xf32>) -> tensor<8x8x288xf32>
    %96 = "stablehlo.slice"(%95) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 8, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x8x288xf32>) -> tensor<8x8x144xf32>
    %97 = "stablehlo.slice"(%95) <{start_indices = array<i64: 0, 0, 144>, limit_indices = array<i64: 8, 8, 288>, strides = array<i64: 1, 1, 1>}> : (tensor<8x8x288xf32>) -> tensor<8x8x144xf32>
    %98 = "stablehlo.logistic"(%97) : (tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %99 = "stablehlo.multiply"(%96, %98) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %100 = "stablehlo.concatenate"(%65, %99) <{dimension = 1 : i64}> : (tensor<8x14x144xf32>, tensor<8x8x144xf32>) -> tensor<8x22x144xf32>
    %101 = "stablehlo.slice"(%100) <{start_indices = array<i64: 0, 8, 0>, limit_indices = array<i64: 8, 22, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x14x144xf32>
    %104 = "stablehlo.convolution"(%100, %encoder.block0.conv.depthwise.w) <{batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, f]x[0, i, o]->[b, 0, f]>, feature_group_count = 144 : i64, lhs_dilation = array<i64: 1>, padding = dense<[[0, 0]]> : tensor<1x2xi64>, rhs_dilation = array<i64: 1>, window_strides = array<i64: 1>}> : (tensor<8x22x144xf32>, tensor<15x1x144xf32>) -> tensor<8x8x144xf32>
    %105 = "stablehlo.broadcast_in_dim"(%encoder.block0.conv.depthwise.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %106 = "stablehlo.add"(%104, %105) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init17 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %109 = "stablehlo.reduce"(%106, %init17) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs19: tensor<f32>, %rhs20: tensor<f32>):
      %combined18 = "stablehlo.add"(%lhs19, %rhs20) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined18) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %110 = "stablehlo.reshape"(%109) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %111 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %112 = "stablehlo.broadcast_in_dim"(%111) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %113 = "stablehlo.multiply"(%110, %112) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %114 = "stablehlo.broadcast_in_dim"(%113) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %115 = "stablehlo.subtract"(%106, %114) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %116 = "stablehlo.multiply"(%115, %115) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init21 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %117 = "stablehlo.reduce"(%116, %init21) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs23: tensor<f32>, %rhs24: tensor<f32>):
      %combined22 = "stablehlo.add"(%lhs23, %rhs24) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined22) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %118 = "stablehlo.reshape"(%117) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %119 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %120 = "stablehlo.broadcast_in_dim"(%119) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %121 = "stablehlo.multiply"(%118, %120) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %122 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %123 = "stablehlo.broadcast_in_dim"(%122) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %124 = "stablehlo.add"(%121, %123) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %125 = "stablehlo.rsqrt"(%124) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %126 = "stablehlo.broadcast_in_dim"(%125) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %127 = "stablehlo.multiply"(%115, %126) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %128 = "stablehlo.broadcast_in_dim"(%encoder.block0.conv.depthwise_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %129 = "stablehlo.multiply"(%127, %128) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %130 = "stablehlo.broadcast_in_dim"(%encoder.block0.conv.depthwise_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %131 = "stablehlo.add"(%129, %130) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %132 = "stablehlo.logistic"(%131) : (tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %133 = "stablehlo.multiply"(%131, %132) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %136 = "stablehlo.dot_general"(%133, %encoder.block0.conv.pointwise_out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x144xf32>) -> tensor<8x8x144xf32>
    %137 = "stablehlo.broadcast_in_dim"(%encoder.block0.conv.pointwise_out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %138 = "stablehlo.add"(%136, %137) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %139 = "stablehlo.add"(%59, %138) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init25 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %142 = "stablehlo.reduce"(%139, %init25) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs27: tensor<f32>, %rhs28: tensor<f32>):
      %combined26 = "stablehlo.add"(%lhs27, %rhs28) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined26) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %143 = "stablehlo.reshape"(%142) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %144 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %145 = "stablehlo.broadcast_in_dim"(%144) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %146 = "stablehlo.multiply"(%143, %145) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %147 = "stablehlo.broadcast_in_dim"(%146) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %148 = "stablehlo.subtract"(%139, %147) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %149 = "stablehlo.multiply"(%148, %148) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init29 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %150 = "stablehlo.reduce"(%149, %init29) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs31: tensor<f32>, %rhs32: tensor<f32>):
      %combined30 = "stablehlo.add"(%lhs31, %rhs32) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined30) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %151 = "stablehlo.reshape"(%150) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %152 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %153 = "stablehlo.broadcast_in_dim"(%152) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %154 = "stablehlo.multiply"(%151, %153) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %155 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %156 = "stablehlo.broadcast_in_dim"(%155) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %157 = "stablehlo.add"(%154, %156) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %158 = "stablehlo.rsqrt"(%157) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %159 = "stablehlo.broadcast_in_dim"(%158) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %160 = "stablehlo.multiply"(%148, %159) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %161 = "stablehlo.broadcast_in_dim"(%encoder.block0.ffn2.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %162 = "stablehlo.multiply"(%160, %161) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %163 = "stablehlo.broadcast_in_dim"(%encoder.block0.ffn2.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %164 = "stablehlo.add"(%162, %163) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %167 = "stablehlo.dot_general"(%164, %encoder.block0.ffn2.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x288xf32>) -> tensor<8x8x288xf32>
    %168 = "stablehlo.broadcast_in_dim"(%encoder.block0.ffn2.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x8x288xf32>
    %169 = "stablehlo.add"(%167, %168) : (tensor<8x8x288xf32>, tensor<8x8x288xf32>) -> tensor<8x8x288xf32>
    %170 = "stablehlo.logistic"(%169) : (tensor<8x8x288xf32>) -> tensor<8x8x288xf32>
    %171 = "stablehlo.multiply"(%169, %170) : (tensor<8x8x288xf32>, tensor<8x8x288xf32>) -> tensor<8x8x288xf32>
    %174 = "stablehlo.dot_general"(%171, %encoder.block0.ffn2.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x288xf32>, tensor<288x144xf32>) -> tensor<8x8x144xf32>
    %175 = "stablehlo.broadcast_in_dim"(%encoder.block0.ffn2.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %176 = "stablehlo.add"(%174, %175) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %177 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %178 = "stablehlo.broadcast_in_dim"(%177) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x144xf32>
    %179 = "stablehlo.multiply"(%176, %178) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %180 = "stablehlo.add"(%139, %179) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init33 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %183 = "stablehlo.reduce"(%180, %init33) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs35: tensor<f32>, %rhs36: tensor<f32>):
      %combined34 = "stablehlo.add"(%lhs35, %rhs36) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined34) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %184 = "stablehlo.reshape"(%183) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %185 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %186 = "stablehlo.broadcast_in_dim"(%185) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %187 = "stablehlo.multiply"(%184, %186) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %188 = "stablehlo.broadcast_in_dim"(%187) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %189 = "stablehlo.subtract"(%180, %188) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %190 = "stablehlo.multiply"(%189, %189) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init37 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %191 = "stablehlo.reduce"(%190, %init37) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs39: tensor<f32>, %rhs40: tensor<f32>):
      %combined38 = "stablehlo.add"(%lhs39, %rhs40) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined38) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %192 = "stablehlo.reshape"(%191) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %193 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %194 = "stablehlo.broadcast_in_dim"(%193) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %195 = "stablehlo.multiply"(%192, %194) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %196 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %197 = "stablehlo.broadcast_in_dim"(%196) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %198 = "stablehlo.add"(%195, %197) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %199 = "stablehlo.rsqrt"(%198) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %200 = "stablehlo.broadcast_in_dim"(%199) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %201 = "stablehlo.multiply"(%189, %200) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %202 = "stablehlo.broadcast_in_dim"(%encoder.block0.final_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %203 = "stablehlo.multiply"(%201, %202) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %204 = "stablehlo.broadcast_in_dim"(%encoder.block0.final_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %205 = "stablehlo.add"(%203, %204) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init41 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %208 = "stablehlo.reduce"(%205, %init41) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs43: tensor<f32>, %rhs44: tensor<f32>):
      %combined42 = "stablehlo.add"(%lhs43, %rhs44) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined42) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %209 = "stablehlo.reshape"(%208) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %210 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %211 = "stablehlo.broadcast_in_dim"(%210) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %212 = "stablehlo.multiply"(%209, %211) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %213 = "stablehlo.broadcast_in_dim"(%212) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %214 = "stablehlo.subtract"(%205, %213) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %215 = "stablehlo.multiply"(%214, %214) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init45 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %216 = "stablehlo.reduce"(%215, %init45) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs47: tensor<f32>, %rhs48: tensor<f32>):
      %combined46 = "stablehlo.add"(%lhs47, %rhs48) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined46) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %217 = "stablehlo.reshape"(%216) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %218 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %219 = "stablehlo.broadcast_in_dim"(%218) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %220 = "stablehlo.multiply"(%217, %219) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %221 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %222 = "stablehlo.broadcast_in_dim"(%221) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %223 = "stablehlo.add"(%220, %222) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %224 = "stablehlo.rsqrt"(%223) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %225 = "stablehlo.broadcast_in_dim"(%224) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %226 = "stablehlo.multiply"(%214, %225) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %227 = "stablehlo.broadcast_in_dim"(%encoder.block1.ffn1.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %228 = "stablehlo.multiply"(%226, %227) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %229 = "stablehlo.broadcast_in_dim"(%encoder.block1.ffn1.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %230 = "stablehlo.add"(%228, %229) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %233 = "stablehlo.dot_general"(%230, %encoder.block1.ffn1.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x288xf32>) -> tensor<8x8x288xf32>
    %234 = "stablehlo.broadcast_in_dim"(%encoder.block1.ffn1.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x8x288xf32>
    %235 = "stablehlo.add"(%233, %234) : (tensor<8x8x288xf32>, tensor<8x8x288xf32>) -> tensor<8x8x288xf32>
    %236 = "stablehlo.logistic"(%235) : (tensor<8x8x288xf32>) -> tensor<8x8x288xf32>
    %237 = "stablehlo.multiply"(%235, %236) : (tensor<8x8x288xf32>, tensor<8x8x288xf32>) -> tensor<8x8x288xf32>
    %240 = "stablehlo.dot_general"(%237, %encoder.block1.ffn1.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x288xf32>, tensor<288x144xf32>) -> tensor<8x8x144xf32>
    %241 = "stablehlo.broadcast_in_dim"(%encoder.block1.ffn1.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %242 = "stablehlo.add"(%240, %241) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %243 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %244 = "stablehlo.broadcast_in_dim"(%243) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x144xf32>
    %245 = "stablehlo.multiply"(%242, %244) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %246 = "stablehlo.add"(%205, %245) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %248 = "stablehlo.reshape"(%reset) : (tensor<8xi1>) -> tensor<8x1x1xi1>
    %249 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %250 = "stablehlo.broadcast_in_dim"(%249) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x14x144xf32>
    %251 = "stablehlo.broadcast_in_dim"(%248) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi1>) -> tensor<8x14x144xi1>
    %252 = "stablehlo.select"(%251, %250, %state.block1.conv) : (tensor<8x14x144xi1>, tensor<8x14x144xf32>, tensor<8x14x144xf32>) -> tensor<8x14x144xf32>
    %init49 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %255 = "stablehlo.reduce"(%246, %init49) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs51: tensor<f32>, %rhs52: tensor<f32>):
      %combined50 = "stablehlo.add"(%lhs51, %rhs52) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined50) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %256 = "stablehlo.reshape"(%255) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %257 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %258 = "stablehlo.broadcast_in_dim"(%257) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %259 = "stablehlo.multiply"(%256, %258) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %260 = "stablehlo.broadcast_in_dim"(%259) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %261 = "stablehlo.subtract"(%246, %260) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %262 = "stablehlo.multiply"(%261, %261) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init53 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %263 = "stablehlo.reduce"(%262, %init53) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs55: tensor<f32>, %rhs56: tensor<f32>):
      %combined54 = "stablehlo.add"(%lhs55, %rhs56) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined54) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %264 = "stablehlo.reshape"(%263) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %265 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %266 = "stablehlo.broadcast_in_dim"(%265) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %267 = "stablehlo.multiply"(%264, %266) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %268 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %269 = "stablehlo.broadcast_in_dim"(%268) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %270 = "stablehlo.add"(%267, %269) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %271 = "stablehlo.rsqrt"(%270) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %272 = "stablehlo.broadcast_in_dim"(%271) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %273 = "stablehlo.multiply"(%261, %272) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %274 = "stablehlo.broadcast_in_dim"(%encoder.block1.conv.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %275 = "stablehlo.multiply"(%273, %274) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %276 = "stablehlo.broadcast_in_dim"(%encoder.block1.conv.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %277 = "stablehlo.add"(%275, %276) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %280 = "stablehlo.dot_general"(%277, %encoder.block1.conv.pointwise_in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x288xf32>) -> tensor<8x8x288xf32>
    %281 = "stablehlo.broadcast_in_dim"(%encoder.block1.conv.pointwise_in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x8x288xf32>
    %282 = "stablehlo.add"(%280, %281) : (tensor<8x8x288xf32>, tensor<8x8x288xf32>) -> tensor<8x8x288xf32>
    %283 = "stablehlo.slice"(%282) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 8, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x8x288xf32>) -> tensor<8x8x144xf32>
    %284 = "stablehlo.slice"(%282) <{start_indices = array<i64: 0, 0, 144>, limit_indices = array<i64: 8, 8, 288>, strides = array<i64: 1, 1, 1>}> : (tensor<8x8x288xf32>) -> tensor<8x8x144xf32>
    %285 = "stablehlo.logistic"(%284) : (tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %286 = "stablehlo.multiply"(%283, %285) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %287 = "stablehlo.concatenate"(%252, %286) <{dimension = 1 : i64}> : (tensor<8x14x144xf32>, tensor<8x8x144xf32>) -> tensor<8x22x144xf32>
    %288 = "stablehlo.slice"(%287) <{start_indices = array<i64: 0, 8, 0>, limit_indices = array<i64: 8, 22, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x14x144xf32>
    %291 = "stablehlo.convolution"(%287, %encoder.block1.conv.depthwise.w) <{batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, f]x[0, i, o]->[b, 0, f]>, feature_group_count = 144 : i64, lhs_dilation = array<i64: 1>, padding = dense<[[0, 0]]> : tensor<1x2xi64>, rhs_dilation = array<i64: 1>, window_strides = array<i64: 1>}> : (tensor<8x22x144xf32>, tensor<15x1x144xf32>) -> tensor<8x8x144xf32>
    %292 = "stablehlo.broadcast_in_dim"(%encoder.block1.conv.depthwise.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %293 = "stablehlo.add"(%291, %292) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init57 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %296 = "stablehlo.reduce"(%293, %init57) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs59: tensor<f32>, %rhs60: tensor<f32>):
      %combined58 = "stablehlo.add"(%lhs59, %rhs60) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined58) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %297 = "stablehlo.reshape"(%296) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %298 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %299 = "stablehlo.broadcast_in_dim"(%298) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %300 = "stablehlo.multiply"(%297, %299) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %301 = "stablehlo.broadcast_in_dim"(%300) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %302 = "stablehlo.subtract"(%293, %301) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %303 = "stablehlo.multiply"(%302, %302) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init61 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %304 = "stablehlo.reduce"(%303, %init61) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs63: tensor<f32>, %rhs64: tensor<f32>):
      %combined62 = "stablehlo.add"(%lhs63, %rhs64) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined62) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %305 = "stablehlo.reshape"(%304) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %306 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %307 = "stablehlo.broadcast_in_dim"(%306) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %308 = "stablehlo.multiply"(%305, %307) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %309 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %310 = "stablehlo.broadcast_in_dim"(%309) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %311 = "stablehlo.add"(%308, %310) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %312 = "stablehlo.rsqrt"(%311) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %313 = "stablehlo.broadcast_in_dim"(%312) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %314 = "stablehlo.multiply"(%302, %313) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %315 = "stablehlo.broadcast_in_dim"(%encoder.block1.conv.depthwise_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %316 = "stablehlo.multiply"(%314, %315) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %317 = "stablehlo.broadcast_in_dim"(%encoder.block1.conv.depthwise_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %318 = "stablehlo.add"(%316, %317) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %319 = "stablehlo.logistic"(%318) : (tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %320 = "stablehlo.multiply"(%318, %319) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %323 = "stablehlo.dot_general"(%320, %encoder.block1.conv.pointwise_out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x144xf32>) -> tensor<8x8x144xf32>
    %324 = "stablehlo.broadcast_in_dim"(%encoder.block1.conv.pointwise_out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %325 = "stablehlo.add"(%323, %324) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %326 = "stablehlo.add"(%246, %325) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init65 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %329 = "stablehlo.reduce"(%326, %init65) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs67: tensor<f32>, %rhs68: tensor<f32>):
      %combined66 = "stablehlo.add"(%lhs67, %rhs68) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined66) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %330 = "stablehlo.reshape"(%329) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %331 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %332 = "stablehlo.broadcast_in_dim"(%331) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %333 = "stablehlo.multiply"(%330, %332) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %334 = "stablehlo.broadcast_in_dim"(%333) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %335 = "stablehlo.subtract"(%326, %334) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %336 = "stablehlo.multiply"(%335, %335) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init69 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %337 = "stablehlo.reduce"(%336, %init69) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs71: tensor<f32>, %rhs72: tensor<f32>):
      %combined70 = "stablehlo.add"(%lhs71, %rhs72) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined70) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %338 = "stablehlo.reshape"(%337) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %339 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %340 = "stablehlo.broadcast_in_dim"(%339) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %341 = "stablehlo.multiply"(%338, %340) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %342 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %343 = "stablehlo.broadcast_in_dim"(%342) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %344 = "stablehlo.add"(%341, %343) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %345 = "stablehlo.rsqrt"(%344) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %346 = "stablehlo.broadcast_in_dim"(%345) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %347 = "stablehlo.multiply"(%335, %346) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %348 = "stablehlo.broadcast_in_dim"(%encoder.block1.ffn2.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %349 = "stablehlo.multiply"(%347, %348) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %350 = "stablehlo.broadcast_in_dim"(%encoder.block1.ffn2.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %351 = "stablehlo.add"(%349, %350) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %354 = "stablehlo.dot_general"(%351, %encoder.block1.ffn2.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x288xf32>) -> tensor<8x8x288xf32>
    %355 = "stablehlo.broadcast_in_dim"(%encoder.block1.ffn2.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x8x288xf32>
    %356 = "stablehlo.add"(%354, %355) : (tensor<8x8x288xf32>, tensor<8x8x288xf32>) -> tensor<8x8x288xf32>
    %357 = "stablehlo.logistic"(%356) : (tensor<8x8x288xf32>) -> tensor<8x8x288xf32>
    %358 = "stablehlo.multiply"(%356, %357) : (tensor<8x8x288xf32>, tensor<8x8x288xf32>) -> tensor<8x8x288xf32>
    %361 = "stablehlo.dot_general"(%358, %encoder.block1.ffn2.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x288xf32>, tensor<288x144xf32>) -> tensor<8x8x144xf32>
    %362 = "stablehlo.broadcast_in_dim"(%encoder.block1.ffn2.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %363 = "stablehlo.add"(%361, %362) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %364 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %365 = "stablehlo.broadcast_in_dim"(%364) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x144xf32>
    %366 = "stablehlo.multiply"(%363, %365) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %367 = "stablehlo.add"(%326, %366) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init73 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %370 = "stablehlo.reduce"(%367, %init73) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs75: tensor<f32>, %rhs76: tensor<f32>):
      %combined74 = "stablehlo.add"(%lhs75, %rhs76) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined74) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %371 = "stablehlo.reshape"(%370) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %372 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %373 = "stablehlo.broadcast_in_dim"(%372) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %374 = "stablehlo.multiply"(%371, %373) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %375 = "stablehlo.broadcast_in_dim"(%374) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %376 = "stablehlo.subtract"(%367, %375) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %377 = "stablehlo.multiply"(%376, %376) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init77 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %378 = "stablehlo.reduce"(%377, %init77) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs79: tensor<f32>, %rhs80: tensor<f32>):
      %combined78 = "stablehlo.add"(%lhs79, %rhs80) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined78) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %379 = "stablehlo.reshape"(%378) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %380 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %381 = "stablehlo.broadcast_in_dim"(%380) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %382 = "stablehlo.multiply"(%379, %381) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %383 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %384 = "stablehlo.broadcast_in_dim"(%383) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %385 = "stablehlo.add"(%382, %384) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %386 = "stablehlo.rsqrt"(%385) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %387 = "stablehlo.broadcast_in_dim"(%386) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %388 = "stablehlo.multiply"(%376, %387) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %389 = "stablehlo.broadcast_in_dim"(%encoder.block1.final_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %390 = "stablehlo.multiply"(%388, %389) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %391 = "stablehlo.broadcast_in_dim"(%encoder.block1.final_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %392 = "stablehlo.add"(%390, %391) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init81 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %395 = "stablehlo.reduce"(%392, %init81) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs83: tensor<f32>, %rhs84: tensor<f32>):
      %combined82 = "stablehlo.add"(%lhs83, %rhs84) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined82) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %396 = "stablehlo.reshape"(%395) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %397 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %398 = "stablehlo.broadcast_in_dim"(%397) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %399 = "stablehlo.multiply"(%396, %398) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %400 = "stablehlo.broadcast_in_dim"(%399) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %401 = "stablehlo.subtract"(%392, %400) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %402 = "stablehlo.multiply"(%401, %401) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init85 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %403 = "stablehlo.reduce"(%402, %init85) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs87: tensor<f32>, %rhs88: tensor<f32>):
      %combined86 = "stablehlo.add"(%lhs87, %rhs88) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined86) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %404 = "stablehlo.reshape"(%403) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %405 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %406 = "stablehlo.broadcast_in_dim"(%405) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %407 = "stablehlo.multiply"(%404, %406) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %408 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %409 = "stablehlo.broadcast_in_dim"(%408) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %410 = "stablehlo.add"(%407, %409) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %411 = "stablehlo.rsqrt"(%410) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %412 = "stablehlo.broadcast_in_dim"(%411) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %413 = "stablehlo.multiply"(%401, %412) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %414 = "stablehlo.broadcast_in_dim"(%encoder.block2.ffn1.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %415 = "stablehlo.multiply"(%413, %414) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %416 = "stablehlo.broadcast_in_dim"(%encoder.block2.ffn1.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %417 = "stablehlo.add"(%415, %416) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %420 = "stablehlo.dot_general"(%417, %encoder.block2.ffn1.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x576xf32>) -> tensor<8x8x576xf32>
    %421 = "stablehlo.broadcast_in_dim"(%encoder.block2.ffn1.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x8x576xf32>
    %422 = "stablehlo.add"(%420, %421) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %423 = "stablehlo.logistic"(%422) : (tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %424 = "stablehlo.multiply"(%422, %423) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %427 = "stablehlo.dot_general"(%424, %encoder.block2.ffn1.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x576xf32>, tensor<576x144xf32>) -> tensor<8x8x144xf32>
    %428 = "stablehlo.broadcast_in_dim"(%encoder.block2.ffn1.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %429 = "stablehlo.add"(%427, %428) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %430 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %431 = "stablehlo.broadcast_in_dim"(%430) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x144xf32>
    %432 = "stablehlo.multiply"(%429, %431) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %433 = "stablehlo.add"(%392, %432) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init89 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %436 = "stablehlo.reduce"(%433, %init89) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs91: tensor<f32>, %rhs92: tensor<f32>):
      %combined90 = "stablehlo.add"(%lhs91, %rhs92) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined90) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %437 = "stablehlo.reshape"(%436) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %438 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %439 = "stablehlo.broadcast_in_dim"(%438) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %440 = "stablehlo.multiply"(%437, %439) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %441 = "stablehlo.broadcast_in_dim"(%440) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %442 = "stablehlo.subtract"(%433, %441) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %443 = "stablehlo.multiply"(%442, %442) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init93 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %444 = "stablehlo.reduce"(%443, %init93) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs95: tensor<f32>, %rhs96: tensor<f32>):
      %combined94 = "stablehlo.add"(%lhs95, %rhs96) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined94) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %445 = "stablehlo.reshape"(%444) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %446 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %447 = "stablehlo.broadcast_in_dim"(%446) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %448 = "stablehlo.multiply"(%445, %447) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %449 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %450 = "stablehlo.broadcast_in_dim"(%449) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %451 = "stablehlo.add"(%448, %450) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %452 = "stablehlo.rsqrt"(%451) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %453 = "stablehlo.broadcast_in_dim"(%452) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %454 = "stablehlo.multiply"(%442, %453) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %455 = "stablehlo.broadcast_in_dim"(%encoder.block2.attention.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %456 = "stablehlo.multiply"(%454, %455) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %457 = "stablehlo.broadcast_in_dim"(%encoder.block2.attention.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %458 = "stablehlo.add"(%456, %457) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %461 = "stablehlo.dot_general"(%458, %encoder.block2.attention.qkv.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x432xf32>) -> tensor<8x8x432xf32>
    %462 = "stablehlo.broadcast_in_dim"(%encoder.block2.attention.qkv.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<432xf32>) -> tensor<8x8x432xf32>
    %463 = "stablehlo.add"(%461, %462) : (tensor<8x8x432xf32>, tensor<8x8x432xf32>) -> tensor<8x8x432xf32>
    %464 = "stablehlo.reshape"(%463) : (tensor<8x8x432xf32>) -> tensor<8x8x3x4x36xf32>
    %465 = "stablehlo.transpose"(%464) <{permutation = array<i64: 2, 0, 3, 1, 4>}> : (tensor<8x8x3x4x36xf32>) -> tensor<3x8x4x8x36xf32>
    %466 = "stablehlo.slice"(%465) <{start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 4, 8, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x8x36xf32>) -> tensor<1x8x4x8x36xf32>
    %467 = "stablehlo.reshape"(%466) : (tensor<1x8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %468 = "stablehlo.slice"(%465) <{start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 8, 4, 8, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x8x36xf32>) -> tensor<1x8x4x8x36xf32>
    %469 = "stablehlo.reshape"(%468) : (tensor<1x8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %470 = "stablehlo.slice"(%465) <{start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 8, 4, 8, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x8x36xf32>) -> tensor<1x8x4x8x36xf32>
    %471 = "stablehlo.reshape"(%470) : (tensor<1x8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %473 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %474 = "stablehlo.broadcast_in_dim"(%473) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x36xf32>
    %475 = "stablehlo.multiply"(%467, %474) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %476 = "stablehlo.dot_general"(%475, %encoder.block2.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x8x36xf32>, tensor<32x36xf32>) -> tensor<8x4x8x32xf32>
    %477 = "stablehlo.multiply"(%475, %475) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %init97 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %478 = "stablehlo.reduce"(%477, %init97) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs99: tensor<f32>, %rhs100: tensor<f32>):
      %combined98 = "stablehlo.add"(%lhs99, %rhs100) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined98) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x36xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %479 = "stablehlo.reshape"(%478) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %480 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %481 = "stablehlo.broadcast_in_dim"(%480) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x1xf32>
    %482 = "stablehlo.multiply"(%479, %481) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %483 = "stablehlo.broadcast_in_dim"(%482) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x32xf32>
    %484 = "stablehlo.add"(%476, %483) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %init101 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %485 = "stablehlo.reduce"(%484, %init101) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs103: tensor<f32>, %rhs104: tensor<f32>):
      %combined102 = "stablehlo.maximum"(%lhs103, %rhs104) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined102) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x32xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %486 = "stablehlo.reshape"(%485) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %487 = "stablehlo.broadcast_in_dim"(%486) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x32xf32>
    %488 = "stablehlo.subtract"(%484, %487) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %489 = "stablehlo.exponential"(%488) : (tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %490 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %491 = "stablehlo.broadcast_in_dim"(%490) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x32xf32>
    %492 = "stablehlo.multiply"(%489, %491) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %493 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %494 = "stablehlo.broadcast_in_dim"(%493) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x36xf32>
    %495 = "stablehlo.multiply"(%469, %494) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %496 = "stablehlo.dot_general"(%495, %encoder.block2.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x8x36xf32>, tensor<32x36xf32>) -> tensor<8x4x8x32xf32>
    %497 = "stablehlo.multiply"(%495, %495) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %init105 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %498 = "stablehlo.reduce"(%497, %init105) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs107: tensor<f32>, %rhs108: tensor<f32>):
      %combined106 = "stablehlo.add"(%lhs107, %rhs108) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined106) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x36xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %499 = "stablehlo.reshape"(%498) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %500 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %501 = "stablehlo.broadcast_in_dim"(%500) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x1xf32>
    %502 = "stablehlo.multiply"(%499, %501) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %503 = "stablehlo.broadcast_in_dim"(%502) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x32xf32>
    %504 = "stablehlo.add"(%496, %503) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %505 = "stablehlo.constant"() <{value = dense<30.0> : tensor<f32>}> : () -> tensor<f32>
    %506 = "stablehlo.broadcast_in_dim"(%505) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x32xf32>
    %507 = "stablehlo.minimum"(%504, %506) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %508 = "stablehlo.exponential"(%507) : (tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %509 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %510 = "stablehlo.broadcast_in_dim"(%509) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x32xf32>
    %511 = "stablehlo.multiply"(%508, %510) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %513 = "stablehlo.reshape"(%reset) : (tensor<8xi1>) -> tensor<8x1x1x1xi1>
    %514 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %515 = "stablehlo.broadcast_in_dim"(%514) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x32x36xf32>
    %516 = "stablehlo.broadcast_in_dim"(%513) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x1x1x1xi1>) -> tensor<8x4x32x36xi1>
    %517 = "stablehlo.select"(%516, %515, %state.block2.attention.s) : (tensor<8x4x32x36xi1>, tensor<8x4x32x36xf32>, tensor<8x4x32x36xf32>) -> tensor<8x4x32x36xf32>
    %519 = "stablehlo.reshape"(%reset) : (tensor<8xi1>) -> tensor<8x1x1xi1>
    %520 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %521 = "stablehlo.broadcast_in_dim"(%520) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x32xf32>
    %522 = "stablehlo.broadcast_in_dim"(%519) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi1>) -> tensor<8x4x32xi1>
    %523 = "stablehlo.select"(%522, %521, %state.block2.attention.z) : (tensor<8x4x32xi1>, tensor<8x4x32xf32>, tensor<8x4x32xf32>) -> tensor<8x4x32xf32>
    %524 = "stablehlo.dot_general"(%492, %511) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x8xf32>
    %525 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<8x8xi32>
    %526 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8x8xi32>
    %527 = "stablehlo.compare"(%525, %526) <{comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi1>
    %528 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %529 = "stablehlo.broadcast_in_dim"(%528) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x8xf32>
    %530 = "stablehlo.broadcast_in_dim"(%527) <{broadcast_dimensions = array<i64: 2, 3>}> : (tensor<8x8xi1>) -> tensor<8x4x8x8xi1>
    %531 = "stablehlo.select"(%530, %524, %529) : (tensor<8x4x8x8xi1>, tensor<8x4x8x8xf32>, tensor<8x4x8x8xf32>) -> tensor<8x4x8x8xf32>
    %532 = "stablehlo.dot_general"(%531, %471) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x8xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %533 = "stablehlo.dot_general"(%492, %517) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x32x36xf32>) -> tensor<8x4x8x36xf32>
    %534 = "stablehlo.add"(%532, %533) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %535 = "stablehlo.reshape"(%523) : (tensor<8x4x32xf32>) -> tensor<8x4x32x1xf32>
    %536 = "stablehlo.dot_general"(%492, %535) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x32x1xf32>) -> tensor<8x4x8x1xf32>
    %init109 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %537 = "stablehlo.reduce"(%531, %init109) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs111: tensor<f32>, %rhs112: tensor<f32>):
      %combined110 = "stablehlo.add"(%lhs111, %rhs112) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined110) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x8xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %538 = "stablehlo.reshape"(%537) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %539 = "stablehlo.add"(%538, %536) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %540 = "stablehlo.constant"() <{value = dense<1.0e-6> : tensor<f32>}> : () -> tensor<f32>
    %541 = "stablehlo.broadcast_in_dim"(%540) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x1xf32>
    %542 = "stablehlo.add"(%539, %541) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %543 = "stablehlo.broadcast_in_dim"(%542) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x36xf32>
    %544 = "stablehlo.divide"(%534, %543) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %545 = "stablehlo.dot_general"(%511, %471) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x32x36xf32>
    %546 = "stablehlo.add"(%517, %545) : (tensor<8x4x32x36xf32>, tensor<8x4x32x36xf32>) -> tensor<8x4x32x36xf32>
    %init113 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %547 = "stablehlo.reduce"(%511, %init113) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs115: tensor<f32>, %rhs116: tensor<f32>):
      %combined114 = "stablehlo.add"(%lhs115, %rhs116) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined114) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x32xf32>, tensor<f32>) -> tensor<8x4x32xf32>
    %548 = "stablehlo.add"(%523, %547) : (tensor<8x4x32xf32>, tensor<8x4x32xf32>) -> tensor<8x4x32xf32>
    %549 = "stablehlo.transpose"(%544) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x4x8x36xf32>) -> tensor<8x8x4x36xf32>
    %550 = "stablehlo.reshape"(%549) : (tensor<8x8x4x36xf32>) -> tensor<8x8x144xf32>
    %553 = "stablehlo.dot_general"(%550, %encoder.block2.attention.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x144xf32>) -> tensor<8x8x144xf32>
    %554 = "stablehlo.broadcast_in_dim"(%encoder.block2.attention.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %555 = "stablehlo.add"(%553, %554) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %556 = "stablehlo.add"(%433, %555) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %558 = "stablehlo.reshape"(%reset) : (tensor<8xi1>) -> tensor<8x1x1xi1>
    %559 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %560 = "stablehlo.broadcast_in_dim"(%559) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x14x144xf32>
    %561 = "stablehlo.broadcast_in_dim"(%558) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi1>) -> tensor<8x14x144xi1>
    %562 = "stablehlo.select"(%561, %560, %state.block2.conv) : (tensor<8x14x144xi1>, tensor<8x14x144xf32>, tensor<8x14x144xf32>) -> tensor<8x14x144xf32>
    %init117 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %565 = "stablehlo.reduce"(%556, %init117) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs119: tensor<f32>, %rhs120: tensor<f32>):
      %combined118 = "stablehlo.add"(%lhs119, %rhs120) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined118) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %566 = "stablehlo.reshape"(%565) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %567 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %568 = "stablehlo.broadcast_in_dim"(%567) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %569 = "stablehlo.multiply"(%566, %568) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %570 = "stablehlo.broadcast_in_dim"(%569) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %571 = "stablehlo.subtract"(%556, %570) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %572 = "stablehlo.multiply"(%571, %571) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init121 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %573 = "stablehlo.reduce"(%572, %init121) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs123: tensor<f32>, %rhs124: tensor<f32>):
      %combined122 = "stablehlo.add"(%lhs123, %rhs124) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined122) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %574 = "stablehlo.reshape"(%573) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %575 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %576 = "stablehlo.broadcast_in_dim"(%575) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %577 = "stablehlo.multiply"(%574, %576) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %578 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %579 = "stablehlo.broadcast_in_dim"(%578) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %580 = "stablehlo.add"(%577, %579) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %581 = "stablehlo.rsqrt"(%580) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %582 = "stablehlo.broadcast_in_dim"(%581) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %583 = "stablehlo.multiply"(%571, %582) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %584 = "stablehlo.broadcast_in_dim"(%encoder.block2.conv.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %585 = "stablehlo.multiply"(%583, %584) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %586 = "stablehlo.broadcast_in_dim"(%encoder.block2.conv.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %587 = "stablehlo.add"(%585, %586) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %590 = "stablehlo.dot_general"(%587, %encoder.block2.conv.pointwise_in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x288xf32>) -> tensor<8x8x288xf32>
    %591 = "stablehlo.broadcast_in_dim"(%encoder.block2.conv.pointwise_in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x8x288xf32>
    %592 = "stablehlo.add"(%590, %591) : (tensor<8x8x288xf32>, tensor<8x8x288xf32>) -> tensor<8x8x288xf32>
    %593 = "stablehlo.slice"(%592) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 8, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x8x288xf32>) -> tensor<8x8x144xf32>
    %594 = "stablehlo.slice"(%592) <{start_indices = array<i64: 0, 0, 144>, limit_indices = array<i64: 8, 8, 288>, strides = array<i64: 1, 1, 1>}> : (tensor<8x8x288xf32>) -> tensor<8x8x144xf32>
    %595 = "stablehlo.logistic"(%594) : (tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %596 = "stablehlo.multiply"(%593, %595) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %597 = "stablehlo.concatenate"(%562, %596) <{dimension = 1 : i64}> : (tensor<8x14x144xf32>, tensor<8x8x144xf32>) -> tensor<8x22x144xf32>
    %598 = "stablehlo.slice"(%597) <{start_indices = array<i64: 0, 8, 0>, limit_indices = array<i64: 8, 22, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x14x144xf32>
    %601 = "stablehlo.convolution"(%597, %encoder.block2.conv.depthwise.w) <{batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, f]x[0, i, o]->[b, 0, f]>, feature_group_count = 144 : i64, lhs_dilation = array<i64: 1>, padding = dense<[[0, 0]]> : tensor<1x2xi64>, rhs_dilation = array<i64: 1>, window_strides = array<i64: 1>}> : (tensor<8x22x144xf32>, tensor<15x1x144xf32>) -> tensor<8x8x144xf32>
    %602 = "stablehlo.broadcast_in_dim"(%encoder.block2.conv.depthwise.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %603 = "stablehlo.add"(%601, %602) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init125 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %606 = "stablehlo.reduce"(%603, %init125) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs127: tensor<f32>, %rhs128: tensor<f32>):
      %combined126 = "stablehlo.add"(%lhs127, %rhs128) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined126) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %607 = "stablehlo.reshape"(%606) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %608 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %609 = "stablehlo.broadcast_in_dim"(%608) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %610 = "stablehlo.multiply"(%607, %609) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %611 = "stablehlo.broadcast_in_dim"(%610) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %612 = "stablehlo.subtract"(%603, %611) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %613 = "stablehlo.multiply"(%612, %612) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init129 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %614 = "stablehlo.reduce"(%613, %init129) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs131: tensor<f32>, %rhs132: tensor<f32>):
      %combined130 = "stablehlo.add"(%lhs131, %rhs132) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined130) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %615 = "stablehlo.reshape"(%614) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %616 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %617 = "stablehlo.broadcast_in_dim"(%616) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %618 = "stablehlo.multiply"(%615, %617) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %619 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %620 = "stablehlo.broadcast_in_dim"(%619) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %621 = "stablehlo.add"(%618, %620) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %622 = "stablehlo.rsqrt"(%621) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %623 = "stablehlo.broadcast_in_dim"(%622) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %624 = "stablehlo.multiply"(%612, %623) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %625 = "stablehlo.broadcast_in_dim"(%encoder.block2.conv.depthwise_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %626 = "stablehlo.multiply"(%624, %625) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %627 = "stablehlo.broadcast_in_dim"(%encoder.block2.conv.depthwise_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %628 = "stablehlo.add"(%626, %627) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %629 = "stablehlo.logistic"(%628) : (tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %630 = "stablehlo.multiply"(%628, %629) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %633 = "stablehlo.dot_general"(%630, %encoder.block2.conv.pointwise_out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x144xf32>) -> tensor<8x8x144xf32>
    %634 = "stablehlo.broadcast_in_dim"(%encoder.block2.conv.pointwise_out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %635 = "stablehlo.add"(%633, %634) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %636 = "stablehlo.add"(%556, %635) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init133 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %639 = "stablehlo.reduce"(%636, %init133) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs135: tensor<f32>, %rhs136: tensor<f32>):
      %combined134 = "stablehlo.add"(%lhs135, %rhs136) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined134) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %640 = "stablehlo.reshape"(%639) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %641 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %642 = "stablehlo.broadcast_in_dim"(%641) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %643 = "stablehlo.multiply"(%640, %642) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %644 = "stablehlo.broadcast_in_dim"(%643) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %645 = "stablehlo.subtract"(%636, %644) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %646 = "stablehlo.multiply"(%645, %645) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init137 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %647 = "stablehlo.reduce"(%646, %init137) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs139: tensor<f32>, %rhs140: tensor<f32>):
      %combined138 = "stablehlo.add"(%lhs139, %rhs140) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined138) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %648 = "stablehlo.reshape"(%647) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %649 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %650 = "stablehlo.broadcast_in_dim"(%649) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %651 = "stablehlo.multiply"(%648, %650) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %652 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %653 = "stablehlo.broadcast_in_dim"(%652) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %654 = "stablehlo.add"(%651, %653) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %655 = "stablehlo.rsqrt"(%654) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %656 = "stablehlo.broadcast_in_dim"(%655) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %657 = "stablehlo.multiply"(%645, %656) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %658 = "stablehlo.broadcast_in_dim"(%encoder.block2.ffn2.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %659 = "stablehlo.multiply"(%657, %658) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %660 = "stablehlo.broadcast_in_dim"(%encoder.block2.ffn2.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %661 = "stablehlo.add"(%659, %660) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %664 = "stablehlo.dot_general"(%661, %encoder.block2.ffn2.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x576xf32>) -> tensor<8x8x576xf32>
    %665 = "stablehlo.broadcast_in_dim"(%encoder.block2.ffn2.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x8x576xf32>
    %666 = "stablehlo.add"(%664, %665) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %667 = "stablehlo.logistic"(%666) : (tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %668 = "stablehlo.multiply"(%666, %667) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %671 = "stablehlo.dot_general"(%668, %encoder.block2.ffn2.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x576xf32>, tensor<576x144xf32>) -> tensor<8x8x144xf32>
    %672 = "stablehlo.broadcast_in_dim"(%encoder.block2.ffn2.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %673 = "stablehlo.add"(%671, %672) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %674 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %675 = "stablehlo.broadcast_in_dim"(%674) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x144xf32>
    %676 = "stablehlo.multiply"(%673, %675) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %677 = "stablehlo.add"(%636, %676) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init141 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %680 = "stablehlo.reduce"(%677, %init141) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs143: tensor<f32>, %rhs144: tensor<f32>):
      %combined142 = "stablehlo.add"(%lhs143, %rhs144) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined142) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %681 = "stablehlo.reshape"(%680) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %682 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %683 = "stablehlo.broadcast_in_dim"(%682) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %684 = "stablehlo.multiply"(%681, %683) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %685 = "stablehlo.broadcast_in_dim"(%684) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %686 = "stablehlo.subtract"(%677, %685) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %687 = "stablehlo.multiply"(%686, %686) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init145 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %688 = "stablehlo.reduce"(%687, %init145) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs147: tensor<f32>, %rhs148: tensor<f32>):
      %combined146 = "stablehlo.add"(%lhs147, %rhs148) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined146) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %689 = "stablehlo.reshape"(%688) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %690 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %691 = "stablehlo.broadcast_in_dim"(%690) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %692 = "stablehlo.multiply"(%689, %691) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %693 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %694 = "stablehlo.broadcast_in_dim"(%693) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %695 = "stablehlo.add"(%692, %694) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %696 = "stablehlo.rsqrt"(%695) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %697 = "stablehlo.broadcast_in_dim"(%696) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %698 = "stablehlo.multiply"(%686, %697) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %699 = "stablehlo.broadcast_in_dim"(%encoder.block2.final_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %700 = "stablehlo.multiply"(%698, %699) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %701 = "stablehlo.broadcast_in_dim"(%encoder.block2.final_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %702 = "stablehlo.add"(%700, %701) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init149 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %705 = "stablehlo.reduce"(%702, %init149) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs151: tensor<f32>, %rhs152: tensor<f32>):
      %combined150 = "stablehlo.add"(%lhs151, %rhs152) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined150) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %706 = "stablehlo.reshape"(%705) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %707 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %708 = "stablehlo.broadcast_in_dim"(%707) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %709 = "stablehlo.multiply"(%706, %708) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %710 = "stablehlo.broadcast_in_dim"(%709) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %711 = "stablehlo.subtract"(%702, %710) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %712 = "stablehlo.multiply"(%711, %711) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init153 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %713 = "stablehlo.reduce"(%712, %init153) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs155: tensor<f32>, %rhs156: tensor<f32>):
      %combined154 = "stablehlo.add"(%lhs155, %rhs156) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined154) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %714 = "stablehlo.reshape"(%713) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %715 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %716 = "stablehlo.broadcast_in_dim"(%715) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %717 = "stablehlo.multiply"(%714, %716) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %718 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %719 = "stablehlo.broadcast_in_dim"(%718) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %720 = "stablehlo.add"(%717, %719) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %721 = "stablehlo.rsqrt"(%720) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %722 = "stablehlo.broadcast_in_dim"(%721) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %723 = "stablehlo.multiply"(%711, %722) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %724 = "stablehlo.broadcast_in_dim"(%encoder.block3.ffn1.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %725 = "stablehlo.multiply"(%723, %724) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %726 = "stablehlo.broadcast_in_dim"(%encoder.block3.ffn1.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %727 = "stablehlo.add"(%725, %726) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %730 = "stablehlo.dot_general"(%727, %encoder.block3.ffn1.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x576xf32>) -> tensor<8x8x576xf32>
    %731 = "stablehlo.broadcast_in_dim"(%encoder.block3.ffn1.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x8x576xf32>
    %732 = "stablehlo.add"(%730, %731) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %733 = "stablehlo.logistic"(%732) : (tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %734 = "stablehlo.multiply"(%732, %733) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %737 = "stablehlo.dot_general"(%734, %encoder.block3.ffn1.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x576xf32>, tensor<576x144xf32>) -> tensor<8x8x144xf32>
    %738 = "stablehlo.broadcast_in_dim"(%encoder.block3.ffn1.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %739 = "stablehlo.add"(%737, %738) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %740 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %741 = "stablehlo.broadcast_in_dim"(%740) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x144xf32>
    %742 = "stablehlo.multiply"(%739, %741) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %743 = "stablehlo.add"(%702, %742) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init157 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %746 = "stablehlo.reduce"(%743, %init157) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs159: tensor<f32>, %rhs160: tensor<f32>):
      %combined158 = "stablehlo.add"(%lhs159, %rhs160) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined158) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %747 = "stablehlo.reshape"(%746) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %748 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %749 = "stablehlo.broadcast_in_dim"(%748) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %750 = "stablehlo.multiply"(%747, %749) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %751 = "stablehlo.broadcast_in_dim"(%750) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %752 = "stablehlo.subtract"(%743, %751) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %753 = "stablehlo.multiply"(%752, %752) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init161 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %754 = "stablehlo.reduce"(%753, %init161) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs163: tensor<f32>, %rhs164: tensor<f32>):
      %combined162 = "stablehlo.add"(%lhs163, %rhs164) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined162) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %755 = "stablehlo.reshape"(%754) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %756 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %757 = "stablehlo.broadcast_in_dim"(%756) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %758 = "stablehlo.multiply"(%755, %757) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %759 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %760 = "stablehlo.broadcast_in_dim"(%759) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %761 = "stablehlo.add"(%758, %760) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %762 = "stablehlo.rsqrt"(%761) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %763 = "stablehlo.broadcast_in_dim"(%762) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %764 = "stablehlo.multiply"(%752, %763) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %765 = "stablehlo.broadcast_in_dim"(%encoder.block3.attention.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %766 = "stablehlo.multiply"(%764, %765) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %767 = "stablehlo.broadcast_in_dim"(%encoder.block3.attention.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %768 = "stablehlo.add"(%766, %767) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %771 = "stablehlo.dot_general"(%768, %encoder.block3.attention.qkv.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x432xf32>) -> tensor<8x8x432xf32>
    %772 = "stablehlo.broadcast_in_dim"(%encoder.block3.attention.qkv.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<432xf32>) -> tensor<8x8x432xf32>
    %773 = "stablehlo.add"(%771, %772) : (tensor<8x8x432xf32>, tensor<8x8x432xf32>) -> tensor<8x8x432xf32>
    %774 = "stablehlo.reshape"(%773) : (tensor<8x8x432xf32>) -> tensor<8x8x3x4x36xf32>
    %775 = "stablehlo.transpose"(%774) <{permutation = array<i64: 2, 0, 3, 1, 4>}> : (tensor<8x8x3x4x36xf32>) -> tensor<3x8x4x8x36xf32>
    %776 = "stablehlo.slice"(%775) <{start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 4, 8, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x8x36xf32>) -> tensor<1x8x4x8x36xf32>
    %777 = "stablehlo.reshape"(%776) : (tensor<1x8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %778 = "stablehlo.slice"(%775) <{start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 8, 4, 8, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x8x36xf32>) -> tensor<1x8x4x8x36xf32>
    %779 = "stablehlo.reshape"(%778) : (tensor<1x8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %780 = "stablehlo.slice"(%775) <{start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 8, 4, 8, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x8x36xf32>) -> tensor<1x8x4x8x36xf32>
    %781 = "stablehlo.reshape"(%780) : (tensor<1x8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %783 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %784 = "stablehlo.broadcast_in_dim"(%783) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x36xf32>
    %785 = "stablehlo.multiply"(%777, %784) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %786 = "stablehlo.dot_general"(%785, %encoder.block3.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x8x36xf32>, tensor<32x36xf32>) -> tensor<8x4x8x32xf32>
    %787 = "stablehlo.multiply"(%785, %785) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %init165 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %788 = "stablehlo.reduce"(%787, %init165) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs167: tensor<f32>, %rhs168: tensor<f32>):
      %combined166 = "stablehlo.add"(%lhs167, %rhs168) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined166) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x36xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %789 = "stablehlo.reshape"(%788) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %790 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %791 = "stablehlo.broadcast_in_dim"(%790) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x1xf32>
    %792 = "stablehlo.multiply"(%789, %791) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %793 = "stablehlo.broadcast_in_dim"(%792) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x32xf32>
    %794 = "stablehlo.add"(%786, %793) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %init169 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %795 = "stablehlo.reduce"(%794, %init169) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs171: tensor<f32>, %rhs172: tensor<f32>):
      %combined170 = "stablehlo.maximum"(%lhs171, %rhs172) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined170) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x32xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %796 = "stablehlo.reshape"(%795) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %797 = "stablehlo.broadcast_in_dim"(%796) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x32xf32>
    %798 = "stablehlo.subtract"(%794, %797) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %799 = "stablehlo.exponential"(%798) : (tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %800 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %801 = "stablehlo.broadcast_in_dim"(%800) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x32xf32>
    %802 = "stablehlo.multiply"(%799, %801) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %803 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %804 = "stablehlo.broadcast_in_dim"(%803) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x36xf32>
    %805 = "stablehlo.multiply"(%779, %804) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %806 = "stablehlo.dot_general"(%805, %encoder.block3.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x8x36xf32>, tensor<32x36xf32>) -> tensor<8x4x8x32xf32>
    %807 = "stablehlo.multiply"(%805, %805) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %init173 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %808 = "stablehlo.reduce"(%807, %init173) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs175: tensor<f32>, %rhs176: tensor<f32>):
      %combined174 = "stablehlo.add"(%lhs175, %rhs176) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined174) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x36xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %809 = "stablehlo.reshape"(%808) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %810 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %811 = "stablehlo.broadcast_in_dim"(%810) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x1xf32>
    %812 = "stablehlo.multiply"(%809, %811) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %813 = "stablehlo.broadcast_in_dim"(%812) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x32xf32>
    %814 = "stablehlo.add"(%806, %813) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %815 = "stablehlo.constant"() <{value = dense<30.0> : tensor<f32>}> : () -> tensor<f32>
    %816 = "stablehlo.broadcast_in_dim"(%815) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x32xf32>
    %817 = "stablehlo.minimum"(%814, %816) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %818 = "stablehlo.exponential"(%817) : (tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %819 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %820 = "stablehlo.broadcast_in_dim"(%819) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x32xf32>
    %821 = "stablehlo.multiply"(%818, %820) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %823 = "stablehlo.reshape"(%reset) : (tensor<8xi1>) -> tensor<8x1x1x1xi1>
    %824 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %825 = "stablehlo.broadcast_in_dim"(%824) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x32x36xf32>
    %826 = "stablehlo.broadcast_in_dim"(%823) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x1x1x1xi1>) -> tensor<8x4x32x36xi1>
    %827 = "stablehlo.select"(%826, %825, %state.block3.attention.s) : (tensor<8x4x32x36xi1>, tensor<8x4x32x36xf32>, tensor<8x4x32x36xf32>) -> tensor<8x4x32x36xf32>
    %829 = "stablehlo.reshape"(%reset) : (tensor<8xi1>) -> tensor<8x1x1xi1>
    %830 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %831 = "stablehlo.broadcast_in_dim"(%830) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x32xf32>
    %832 = "stablehlo.broadcast_in_dim"(%829) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi1>) -> tensor<8x4x32xi1>
    %833 = "stablehlo.select"(%832, %831, %state.block3.attention.z) : (tensor<8x4x32xi1>, tensor<8x4x32xf32>, tensor<8x4x32xf32>) -> tensor<8x4x32xf32>
    %834 = "stablehlo.dot_general"(%802, %821) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x8xf32>
    %835 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<8x8xi32>
    %836 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8x8xi32>
    %837 = "stablehlo.compare"(%835, %836) <{comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi1>
    %838 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %839 = "stablehlo.broadcast_in_dim"(%838) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x8xf32>
    %840 = "stablehlo.broadcast_in_dim"(%837) <{broadcast_dimensions = array<i64: 2, 3>}> : (tensor<8x8xi1>) -> tensor<8x4x8x8xi1>
    %841 = "stablehlo.select"(%840, %834, %839) : (tensor<8x4x8x8xi1>, tensor<8x4x8x8xf32>, tensor<8x4x8x8xf32>) -> tensor<8x4x8x8xf32>
    %842 = "stablehlo.dot_general"(%841, %781) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x8xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %843 = "stablehlo.dot_general"(%802, %827) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x32x36xf32>) -> tensor<8x4x8x36xf32>
    %844 = "stablehlo.add"(%842, %843) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %845 = "stablehlo.reshape"(%833) : (tensor<8x4x32xf32>) -> tensor<8x4x32x1xf32>
    %846 = "stablehlo.dot_general"(%802, %845) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x32x1xf32>) -> tensor<8x4x8x1xf32>
    %init177 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %847 = "stablehlo.reduce"(%841, %init177) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs179: tensor<f32>, %rhs180: tensor<f32>):
      %combined178 = "stablehlo.add"(%lhs179, %rhs180) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined178) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x8xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %848 = "stablehlo.reshape"(%847) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %849 = "stablehlo.add"(%848, %846) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %850 = "stablehlo.constant"() <{value = dense<1.0e-6> : tensor<f32>}> : () -> tensor<f32>
    %851 = "stablehlo.broadcast_in_dim"(%850) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x1xf32>
    %852 = "stablehlo.add"(%849, %851) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %853 = "stablehlo.broadcast_in_dim"(%852) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x36xf32>
    %854 = "stablehlo.divide"(%844, %853) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %855 = "stablehlo.dot_general"(%821, %781) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x32x36xf32>
    %856 = "stablehlo.add"(%827, %855) : (tensor<8x4x32x36xf32>, tensor<8x4x32x36xf32>) -> tensor<8x4x32x36xf32>
    %init181 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %857 = "stablehlo.reduce"(%821, %init181) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs183: tensor<f32>, %rhs184: tensor<f32>):
      %combined182 = "stablehlo.add"(%lhs183, %rhs184) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined182) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x32xf32>, tensor<f32>) -> tensor<8x4x32xf32>
    %858 = "stablehlo.add"(%833, %857) : (tensor<8x4x32xf32>, tensor<8x4x32xf32>) -> tensor<8x4x32xf32>
    %859 = "stablehlo.transpose"(%854) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x4x8x36xf32>) -> tensor<8x8x4x36xf32>
    %860 = "stablehlo.reshape"(%859) : (tensor<8x8x4x36xf32>) -> tensor<8x8x144xf32>
    %863 = "stablehlo.dot_general"(%860, %encoder.block3.attention.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x144xf32>) -> tensor<8x8x144xf32>
    %864 = "stablehlo.broadcast_in_dim"(%encoder.block3.attention.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %865 = "stablehlo.add"(%863, %864) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %866 = "stablehlo.add"(%743, %865) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %868 = "stablehlo.reshape"(%reset) : (tensor<8xi1>) -> tensor<8x1x1xi1>
    %869 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %870 = "stablehlo.broadcast_in_dim"(%869) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x14x144xf32>
    %871 = "stablehlo.broadcast_in_dim"(%868) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi1>) -> tensor<8x14x144xi1>
    %872 = "stablehlo.select"(%871, %870, %state.block3.conv) : (tensor<8x14x144xi1>, tensor<8x14x144xf32>, tensor<8x14x144xf32>) -> tensor<8x14x144xf32>
    %init185 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %875 = "stablehlo.reduce"(%866, %init185) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs187: tensor<f32>, %rhs188: tensor<f32>):
      %combined186 = "stablehlo.add"(%lhs187, %rhs188) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined186) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %876 = "stablehlo.reshape"(%875) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %877 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %878 = "stablehlo.broadcast_in_dim"(%877) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %879 = "stablehlo.multiply"(%876, %878) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %880 = "stablehlo.broadcast_in_dim"(%879) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %881 = "stablehlo.subtract"(%866, %880) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %882 = "stablehlo.multiply"(%881, %881) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init189 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %883 = "stablehlo.reduce"(%882, %init189) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs191: tensor<f32>, %rhs192: tensor<f32>):
      %combined190 = "stablehlo.add"(%lhs191, %rhs192) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined190) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %884 = "stablehlo.reshape"(%883) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %885 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %886 = "stablehlo.broadcast_in_dim"(%885) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %887 = "stablehlo.multiply"(%884, %886) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %888 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %889 = "stablehlo.broadcast_in_dim"(%888) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %890 = "stablehlo.add"(%887, %889) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %891 = "stablehlo.rsqrt"(%890) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %892 = "stablehlo.broadcast_in_dim"(%891) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %893 = "stablehlo.multiply"(%881, %892) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %894 = "stablehlo.broadcast_in_dim"(%encoder.block3.conv.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %895 = "stablehlo.multiply"(%893, %894) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %896 = "stablehlo.broadcast_in_dim"(%encoder.block3.conv.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %897 = "stablehlo.add"(%895, %896) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %900 = "stablehlo.dot_general"(%897, %encoder.block3.conv.pointwise_in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x288xf32>) -> tensor<8x8x288xf32>
    %901 = "stablehlo.broadcast_in_dim"(%encoder.block3.conv.pointwise_in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x8x288xf32>
    %902 = "stablehlo.add"(%900, %901) : (tensor<8x8x288xf32>, tensor<8x8x288xf32>) -> tensor<8x8x288xf32>
    %903 = "stablehlo.slice"(%902) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 8, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x8x288xf32>) -> tensor<8x8x144xf32>
    %904 = "stablehlo.slice"(%902) <{start_indices = array<i64: 0, 0, 144>, limit_indices = array<i64: 8, 8, 288>, strides = array<i64: 1, 1, 1>}> : (tensor<8x8x288xf32>) -> tensor<8x8x144xf32>
    %905 = "stablehlo.logistic"(%904) : (tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %906 = "stablehlo.multiply"(%903, %905) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %907 = "stablehlo.concatenate"(%872, %906) <{dimension = 1 : i64}> : (tensor<8x14x144xf32>, tensor<8x8x144xf32>) -> tensor<8x22x144xf32>
    %908 = "stablehlo.slice"(%907) <{start_indices = array<i64: 0, 8, 0>, limit_indices = array<i64: 8, 22, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x14x144xf32>
    %911 = "stablehlo.convolution"(%907, %encoder.block3.conv.depthwise.w) <{batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, f]x[0, i, o]->[b, 0, f]>, feature_group_count = 144 : i64, lhs_dilation = array<i64: 1>, padding = dense<[[0, 0]]> : tensor<1x2xi64>, rhs_dilation = array<i64: 1>, window_strides = array<i64: 1>}> : (tensor<8x22x144xf32>, tensor<15x1x144xf32>) -> tensor<8x8x144xf32>
    %912 = "stablehlo.broadcast_in_dim"(%encoder.block3.conv.depthwise.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %913 = "stablehlo.add"(%911, %912) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init193 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %916 = "stablehlo.reduce"(%913, %init193) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs195: tensor<f32>, %rhs196: tensor<f32>):
      %combined194 = "stablehlo.add"(%lhs195, %rhs196) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined194) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %917 = "stablehlo.reshape"(%916) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %918 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %919 = "stablehlo.broadcast_in_dim"(%918) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %920 = "stablehlo.multiply"(%917, %919) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %921 = "stablehlo.broadcast_in_dim"(%920) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %922 = "stablehlo.subtract"(%913, %921) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %923 = "stablehlo.multiply"(%922, %922) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init197 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %924 = "stablehlo.reduce"(%923, %init197) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs199: tensor<f32>, %rhs200: tensor<f32>):
      %combined198 = "stablehlo.add"(%lhs199, %rhs200) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined198) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %925 = "stablehlo.reshape"(%924) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %926 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %927 = "stablehlo.broadcast_in_dim"(%926) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %928 = "stablehlo.multiply"(%925, %927) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %929 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %930 = "stablehlo.broadcast_in_dim"(%929) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %931 = "stablehlo.add"(%928, %930) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %932 = "stablehlo.rsqrt"(%931) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %933 = "stablehlo.broadcast_in_dim"(%932) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %934 = "stablehlo.multiply"(%922, %933) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %935 = "stablehlo.broadcast_in_dim"(%encoder.block3.conv.depthwise_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %936 = "stablehlo.multiply"(%934, %935) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %937 = "stablehlo.broadcast_in_dim"(%encoder.block3.conv.depthwise_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %938 = "stablehlo.add"(%936, %937) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %939 = "stablehlo.logistic"(%938) : (tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %940 = "stablehlo.multiply"(%938, %939) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %943 = "stablehlo.dot_general"(%940, %encoder.block3.conv.pointwise_out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x144xf32>) -> tensor<8x8x144xf32>
    %944 = "stablehlo.broadcast_in_dim"(%encoder.block3.conv.pointwise_out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %945 = "stablehlo.add"(%943, %944) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %946 = "stablehlo.add"(%866, %945) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init201 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %949 = "stablehlo.reduce"(%946, %init201) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs203: tensor<f32>, %rhs204: tensor<f32>):
      %combined202 = "stablehlo.add"(%lhs203, %rhs204) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined202) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %950 = "stablehlo.reshape"(%949) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %951 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %952 = "stablehlo.broadcast_in_dim"(%951) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %953 = "stablehlo.multiply"(%950, %952) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %954 = "stablehlo.broadcast_in_dim"(%953) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %955 = "stablehlo.subtract"(%946, %954) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %956 = "stablehlo.multiply"(%955, %955) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init205 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %957 = "stablehlo.reduce"(%956, %init205) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs207: tensor<f32>, %rhs208: tensor<f32>):
      %combined206 = "stablehlo.add"(%lhs207, %rhs208) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined206) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %958 = "stablehlo.reshape"(%957) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %959 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %960 = "stablehlo.broadcast_in_dim"(%959) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %961 = "stablehlo.multiply"(%958, %960) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %962 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %963 = "stablehlo.broadcast_in_dim"(%962) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %964 = "stablehlo.add"(%961, %963) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %965 = "stablehlo.rsqrt"(%964) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %966 = "stablehlo.broadcast_in_dim"(%965) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %967 = "stablehlo.multiply"(%955, %966) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %968 = "stablehlo.broadcast_in_dim"(%encoder.block3.ffn2.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %969 = "stablehlo.multiply"(%967, %968) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %970 = "stablehlo.broadcast_in_dim"(%encoder.block3.ffn2.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %971 = "stablehlo.add"(%969, %970) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %974 = "stablehlo.dot_general"(%971, %encoder.block3.ffn2.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x576xf32>) -> tensor<8x8x576xf32>
    %975 = "stablehlo.broadcast_in_dim"(%encoder.block3.ffn2.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x8x576xf32>
    %976 = "stablehlo.add"(%974, %975) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %977 = "stablehlo.logistic"(%976) : (tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %978 = "stablehlo.multiply"(%976, %977) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %981 = "stablehlo.dot_general"(%978, %encoder.block3.ffn2.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x576xf32>, tensor<576x144xf32>) -> tensor<8x8x144xf32>
    %982 = "stablehlo.broadcast_in_dim"(%encoder.block3.ffn2.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %983 = "stablehlo.add"(%981, %982) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %984 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %985 = "stablehlo.broadcast_in_dim"(%984) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x144xf32>
    %986 = "stablehlo.multiply"(%983, %985) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %987 = "stablehlo.add"(%946, %986) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init209 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %990 = "stablehlo.reduce"(%987, %init209) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs211: tensor<f32>, %rhs212: tensor<f32>):
      %combined210 = "stablehlo.add"(%lhs211, %rhs212) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined210) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %991 = "stablehlo.reshape"(%990) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %992 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %993 = "stablehlo.broadcast_in_dim"(%992) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %994 = "stablehlo.multiply"(%991, %993) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %995 = "stablehlo.broadcast_in_dim"(%994) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %996 = "stablehlo.subtract"(%987, %995) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %997 = "stablehlo.multiply"(%996, %996) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init213 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %998 = "stablehlo.reduce"(%997, %init213) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs215: tensor<f32>, %rhs216: tensor<f32>):
      %combined214 = "stablehlo.add"(%lhs215, %rhs216) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined214) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %999 = "stablehlo.reshape"(%998) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1000 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1001 = "stablehlo.broadcast_in_dim"(%1000) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1002 = "stablehlo.multiply"(%999, %1001) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1003 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1004 = "stablehlo.broadcast_in_dim"(%1003) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1005 = "stablehlo.add"(%1002, %1004) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1006 = "stablehlo.rsqrt"(%1005) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1007 = "stablehlo.broadcast_in_dim"(%1006) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1008 = "stablehlo.multiply"(%996, %1007) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1009 = "stablehlo.broadcast_in_dim"(%encoder.block3.final_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1010 = "stablehlo.multiply"(%1008, %1009) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1011 = "stablehlo.broadcast_in_dim"(%encoder.block3.final_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1012 = "stablehlo.add"(%1010, %1011) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init217 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1015 = "stablehlo.reduce"(%1012, %init217) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs219: tensor<f32>, %rhs220: tensor<f32>):
      %combined218 = "stablehlo.add"(%lhs219, %rhs220) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined218) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1016 = "stablehlo.reshape"(%1015) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1017 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1018 = "stablehlo.broadcast_in_dim"(%1017) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1019 = "stablehlo.multiply"(%1016, %1018) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1020 = "stablehlo.broadcast_in_dim"(%1019) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1021 = "stablehlo.subtract"(%1012, %1020) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1022 = "stablehlo.multiply"(%1021, %1021) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init221 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1023 = "stablehlo.reduce"(%1022, %init221) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs223: tensor<f32>, %rhs224: tensor<f32>):
      %combined222 = "stablehlo.add"(%lhs223, %rhs224) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined222) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1024 = "stablehlo.reshape"(%1023) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1025 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1026 = "stablehlo.broadcast_in_dim"(%1025) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1027 = "stablehlo.multiply"(%1024, %1026) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1028 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1029 = "stablehlo.broadcast_in_dim"(%1028) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1030 = "stablehlo.add"(%1027, %1029) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1031 = "stablehlo.rsqrt"(%1030) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1032 = "stablehlo.broadcast_in_dim"(%1031) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1033 = "stablehlo.multiply"(%1021, %1032) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1034 = "stablehlo.broadcast_in_dim"(%encoder.block4.ffn1.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1035 = "stablehlo.multiply"(%1033, %1034) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1036 = "stablehlo.broadcast_in_dim"(%encoder.block4.ffn1.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1037 = "stablehlo.add"(%1035, %1036) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1040 = "stablehlo.dot_general"(%1037, %encoder.block4.ffn1.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x576xf32>) -> tensor<8x8x576xf32>
    %1041 = "stablehlo.broadcast_in_dim"(%encoder.block4.ffn1.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x8x576xf32>
    %1042 = "stablehlo.add"(%1040, %1041) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %1043 = "stablehlo.logistic"(%1042) : (tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %1044 = "stablehlo.multiply"(%1042, %1043) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %1047 = "stablehlo.dot_general"(%1044, %encoder.block4.ffn1.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x576xf32>, tensor<576x144xf32>) -> tensor<8x8x144xf32>
    %1048 = "stablehlo.broadcast_in_dim"(%encoder.block4.ffn1.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1049 = "stablehlo.add"(%1047, %1048) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1050 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %1051 = "stablehlo.broadcast_in_dim"(%1050) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x144xf32>
    %1052 = "stablehlo.multiply"(%1049, %1051) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1053 = "stablehlo.add"(%1012, %1052) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init225 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1056 = "stablehlo.reduce"(%1053, %init225) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs227: tensor<f32>, %rhs228: tensor<f32>):
      %combined226 = "stablehlo.add"(%lhs227, %rhs228) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined226) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1057 = "stablehlo.reshape"(%1056) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1058 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1059 = "stablehlo.broadcast_in_dim"(%1058) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1060 = "stablehlo.multiply"(%1057, %1059) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1061 = "stablehlo.broadcast_in_dim"(%1060) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1062 = "stablehlo.subtract"(%1053, %1061) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1063 = "stablehlo.multiply"(%1062, %1062) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init229 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1064 = "stablehlo.reduce"(%1063, %init229) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs231: tensor<f32>, %rhs232: tensor<f32>):
      %combined230 = "stablehlo.add"(%lhs231, %rhs232) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined230) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1065 = "stablehlo.reshape"(%1064) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1066 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1067 = "stablehlo.broadcast_in_dim"(%1066) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1068 = "stablehlo.multiply"(%1065, %1067) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1069 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1070 = "stablehlo.broadcast_in_dim"(%1069) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1071 = "stablehlo.add"(%1068, %1070) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1072 = "stablehlo.rsqrt"(%1071) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1073 = "stablehlo.broadcast_in_dim"(%1072) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1074 = "stablehlo.multiply"(%1062, %1073) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1075 = "stablehlo.broadcast_in_dim"(%encoder.block4.attention.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1076 = "stablehlo.multiply"(%1074, %1075) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1077 = "stablehlo.broadcast_in_dim"(%encoder.block4.attention.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1078 = "stablehlo.add"(%1076, %1077) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1081 = "stablehlo.dot_general"(%1078, %encoder.block4.attention.qkv.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x432xf32>) -> tensor<8x8x432xf32>
    %1082 = "stablehlo.broadcast_in_dim"(%encoder.block4.attention.qkv.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<432xf32>) -> tensor<8x8x432xf32>
    %1083 = "stablehlo.add"(%1081, %1082) : (tensor<8x8x432xf32>, tensor<8x8x432xf32>) -> tensor<8x8x432xf32>
    %1084 = "stablehlo.reshape"(%1083) : (tensor<8x8x432xf32>) -> tensor<8x8x3x4x36xf32>
    %1085 = "stablehlo.transpose"(%1084) <{permutation = array<i64: 2, 0, 3, 1, 4>}> : (tensor<8x8x3x4x36xf32>) -> tensor<3x8x4x8x36xf32>
    %1086 = "stablehlo.slice"(%1085) <{start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 4, 8, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x8x36xf32>) -> tensor<1x8x4x8x36xf32>
    %1087 = "stablehlo.reshape"(%1086) : (tensor<1x8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1088 = "stablehlo.slice"(%1085) <{start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 8, 4, 8, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x8x36xf32>) -> tensor<1x8x4x8x36xf32>
    %1089 = "stablehlo.reshape"(%1088) : (tensor<1x8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1090 = "stablehlo.slice"(%1085) <{start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 8, 4, 8, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x8x36xf32>) -> tensor<1x8x4x8x36xf32>
    %1091 = "stablehlo.reshape"(%1090) : (tensor<1x8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1093 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %1094 = "stablehlo.broadcast_in_dim"(%1093) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x36xf32>
    %1095 = "stablehlo.multiply"(%1087, %1094) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1096 = "stablehlo.dot_general"(%1095, %encoder.block4.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x8x36xf32>, tensor<32x36xf32>) -> tensor<8x4x8x32xf32>
    %1097 = "stablehlo.multiply"(%1095, %1095) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %init233 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1098 = "stablehlo.reduce"(%1097, %init233) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs235: tensor<f32>, %rhs236: tensor<f32>):
      %combined234 = "stablehlo.add"(%lhs235, %rhs236) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined234) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x36xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %1099 = "stablehlo.reshape"(%1098) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %1100 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %1101 = "stablehlo.broadcast_in_dim"(%1100) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x1xf32>
    %1102 = "stablehlo.multiply"(%1099, %1101) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %1103 = "stablehlo.broadcast_in_dim"(%1102) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x32xf32>
    %1104 = "stablehlo.add"(%1096, %1103) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %init237 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1105 = "stablehlo.reduce"(%1104, %init237) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs239: tensor<f32>, %rhs240: tensor<f32>):
      %combined238 = "stablehlo.maximum"(%lhs239, %rhs240) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined238) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x32xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %1106 = "stablehlo.reshape"(%1105) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %1107 = "stablehlo.broadcast_in_dim"(%1106) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x32xf32>
    %1108 = "stablehlo.subtract"(%1104, %1107) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %1109 = "stablehlo.exponential"(%1108) : (tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %1110 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %1111 = "stablehlo.broadcast_in_dim"(%1110) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x32xf32>
    %1112 = "stablehlo.multiply"(%1109, %1111) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %1113 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %1114 = "stablehlo.broadcast_in_dim"(%1113) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x36xf32>
    %1115 = "stablehlo.multiply"(%1089, %1114) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1116 = "stablehlo.dot_general"(%1115, %encoder.block4.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x8x36xf32>, tensor<32x36xf32>) -> tensor<8x4x8x32xf32>
    %1117 = "stablehlo.multiply"(%1115, %1115) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %init241 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1118 = "stablehlo.reduce"(%1117, %init241) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs243: tensor<f32>, %rhs244: tensor<f32>):
      %combined242 = "stablehlo.add"(%lhs243, %rhs244) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined242) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x36xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %1119 = "stablehlo.reshape"(%1118) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %1120 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %1121 = "stablehlo.broadcast_in_dim"(%1120) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x1xf32>
    %1122 = "stablehlo.multiply"(%1119, %1121) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %1123 = "stablehlo.broadcast_in_dim"(%1122) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x32xf32>
    %1124 = "stablehlo.add"(%1116, %1123) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %1125 = "stablehlo.constant"() <{value = dense<30.0> : tensor<f32>}> : () -> tensor<f32>
    %1126 = "stablehlo.broadcast_in_dim"(%1125) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x32xf32>
    %1127 = "stablehlo.minimum"(%1124, %1126) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %1128 = "stablehlo.exponential"(%1127) : (tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %1129 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %1130 = "stablehlo.broadcast_in_dim"(%1129) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x32xf32>
    %1131 = "stablehlo.multiply"(%1128, %1130) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %1133 = "stablehlo.reshape"(%reset) : (tensor<8xi1>) -> tensor<8x1x1x1xi1>
    %1134 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1135 = "stablehlo.broadcast_in_dim"(%1134) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x32x36xf32>
    %1136 = "stablehlo.broadcast_in_dim"(%1133) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x1x1x1xi1>) -> tensor<8x4x32x36xi1>
    %1137 = "stablehlo.select"(%1136, %1135, %state.block4.attention.s) : (tensor<8x4x32x36xi1>, tensor<8x4x32x36xf32>, tensor<8x4x32x36xf32>) -> tensor<8x4x32x36xf32>
    %1139 = "stablehlo.reshape"(%reset) : (tensor<8xi1>) -> tensor<8x1x1xi1>
    %1140 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1141 = "stablehlo.broadcast_in_dim"(%1140) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x32xf32>
    %1142 = "stablehlo.broadcast_in_dim"(%1139) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi1>) -> tensor<8x4x32xi1>
    %1143 = "stablehlo.select"(%1142, %1141, %state.block4.attention.z) : (tensor<8x4x32xi1>, tensor<8x4x32xf32>, tensor<8x4x32xf32>) -> tensor<8x4x32xf32>
    %1144 = "stablehlo.dot_general"(%1112, %1131) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x8xf32>
    %1145 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<8x8xi32>
    %1146 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8x8xi32>
    %1147 = "stablehlo.compare"(%1145, %1146) <{comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi1>
    %1148 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1149 = "stablehlo.broadcast_in_dim"(%1148) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x8xf32>
    %1150 = "stablehlo.broadcast_in_dim"(%1147) <{broadcast_dimensions = array<i64: 2, 3>}> : (tensor<8x8xi1>) -> tensor<8x4x8x8xi1>
    %1151 = "stablehlo.select"(%1150, %1144, %1149) : (tensor<8x4x8x8xi1>, tensor<8x4x8x8xf32>, tensor<8x4x8x8xf32>) -> tensor<8x4x8x8xf32>
    %1152 = "stablehlo.dot_general"(%1151, %1091) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x8xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1153 = "stablehlo.dot_general"(%1112, %1137) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x32x36xf32>) -> tensor<8x4x8x36xf32>
    %1154 = "stablehlo.add"(%1152, %1153) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1155 = "stablehlo.reshape"(%1143) : (tensor<8x4x32xf32>) -> tensor<8x4x32x1xf32>
    %1156 = "stablehlo.dot_general"(%1112, %1155) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x32x1xf32>) -> tensor<8x4x8x1xf32>
    %init245 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1157 = "stablehlo.reduce"(%1151, %init245) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs247: tensor<f32>, %rhs248: tensor<f32>):
      %combined246 = "stablehlo.add"(%lhs247, %rhs248) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined246) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x8xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %1158 = "stablehlo.reshape"(%1157) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %1159 = "stablehlo.add"(%1158, %1156) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %1160 = "stablehlo.constant"() <{value = dense<1.0e-6> : tensor<f32>}> : () -> tensor<f32>
    %1161 = "stablehlo.broadcast_in_dim"(%1160) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x1xf32>
    %1162 = "stablehlo.add"(%1159, %1161) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %1163 = "stablehlo.broadcast_in_dim"(%1162) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x36xf32>
    %1164 = "stablehlo.divide"(%1154, %1163) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1165 = "stablehlo.dot_general"(%1131, %1091) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x32x36xf32>
    %1166 = "stablehlo.add"(%1137, %1165) : (tensor<8x4x32x36xf32>, tensor<8x4x32x36xf32>) -> tensor<8x4x32x36xf32>
    %init249 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1167 = "stablehlo.reduce"(%1131, %init249) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs251: tensor<f32>, %rhs252: tensor<f32>):
      %combined250 = "stablehlo.add"(%lhs251, %rhs252) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined250) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x32xf32>, tensor<f32>) -> tensor<8x4x32xf32>
    %1168 = "stablehlo.add"(%1143, %1167) : (tensor<8x4x32xf32>, tensor<8x4x32xf32>) -> tensor<8x4x32xf32>
    %1169 = "stablehlo.transpose"(%1164) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x4x8x36xf32>) -> tensor<8x8x4x36xf32>
    %1170 = "stablehlo.reshape"(%1169) : (tensor<8x8x4x36xf32>) -> tensor<8x8x144xf32>
    %1173 = "stablehlo.dot_general"(%1170, %encoder.block4.attention.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x144xf32>) -> tensor<8x8x144xf32>
    %1174 = "stablehlo.broadcast_in_dim"(%encoder.block4.attention.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1175 = "stablehlo.add"(%1173, %1174) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1176 = "stablehlo.add"(%1053, %1175) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1178 = "stablehlo.reshape"(%reset) : (tensor<8xi1>) -> tensor<8x1x1xi1>
    %1179 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1180 = "stablehlo.broadcast_in_dim"(%1179) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x14x144xf32>
    %1181 = "stablehlo.broadcast_in_dim"(%1178) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi1>) -> tensor<8x14x144xi1>
    %1182 = "stablehlo.select"(%1181, %1180, %state.block4.conv) : (tensor<8x14x144xi1>, tensor<8x14x144xf32>, tensor<8x14x144xf32>) -> tensor<8x14x144xf32>
    %init253 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1185 = "stablehlo.reduce"(%1176, %init253) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs255: tensor<f32>, %rhs256: tensor<f32>):
      %combined254 = "stablehlo.add"(%lhs255, %rhs256) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined254) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1186 = "stablehlo.reshape"(%1185) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1187 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1188 = "stablehlo.broadcast_in_dim"(%1187) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1189 = "stablehlo.multiply"(%1186, %1188) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1190 = "stablehlo.broadcast_in_dim"(%1189) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1191 = "stablehlo.subtract"(%1176, %1190) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1192 = "stablehlo.multiply"(%1191, %1191) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init257 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1193 = "stablehlo.reduce"(%1192, %init257) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs259: tensor<f32>, %rhs260: tensor<f32>):
      %combined258 = "stablehlo.add"(%lhs259, %rhs260) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined258) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1194 = "stablehlo.reshape"(%1193) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1195 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1196 = "stablehlo.broadcast_in_dim"(%1195) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1197 = "stablehlo.multiply"(%1194, %1196) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1198 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1199 = "stablehlo.broadcast_in_dim"(%1198) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1200 = "stablehlo.add"(%1197, %1199) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1201 = "stablehlo.rsqrt"(%1200) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1202 = "stablehlo.broadcast_in_dim"(%1201) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1203 = "stablehlo.multiply"(%1191, %1202) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1204 = "stablehlo.broadcast_in_dim"(%encoder.block4.conv.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1205 = "stablehlo.multiply"(%1203, %1204) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1206 = "stablehlo.broadcast_in_dim"(%encoder.block4.conv.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1207 = "stablehlo.add"(%1205, %1206) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1210 = "stablehlo.dot_general"(%1207, %encoder.block4.conv.pointwise_in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x288xf32>) -> tensor<8x8x288xf32>
    %1211 = "stablehlo.broadcast_in_dim"(%encoder.block4.conv.pointwise_in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x8x288xf32>
    %1212 = "stablehlo.add"(%1210, %1211) : (tensor<8x8x288xf32>, tensor<8x8x288xf32>) -> tensor<8x8x288xf32>
    %1213 = "stablehlo.slice"(%1212) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 8, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x8x288xf32>) -> tensor<8x8x144xf32>
    %1214 = "stablehlo.slice"(%1212) <{start_indices = array<i64: 0, 0, 144>, limit_indices = array<i64: 8, 8, 288>, strides = array<i64: 1, 1, 1>}> : (tensor<8x8x288xf32>) -> tensor<8x8x144xf32>
    %1215 = "stablehlo.logistic"(%1214) : (tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1216 = "stablehlo.multiply"(%1213, %1215) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1217 = "stablehlo.concatenate"(%1182, %1216) <{dimension = 1 : i64}> : (tensor<8x14x144xf32>, tensor<8x8x144xf32>) -> tensor<8x22x144xf32>
    %1218 = "stablehlo.slice"(%1217) <{start_indices = array<i64: 0, 8, 0>, limit_indices = array<i64: 8, 22, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x14x144xf32>
    %1221 = "stablehlo.convolution"(%1217, %encoder.block4.conv.depthwise.w) <{batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, f]x[0, i, o]->[b, 0, f]>, feature_group_count = 144 : i64, lhs_dilation = array<i64: 1>, padding = dense<[[0, 0]]> : tensor<1x2xi64>, rhs_dilation = array<i64: 1>, window_strides = array<i64: 1>}> : (tensor<8x22x144xf32>, tensor<15x1x144xf32>) -> tensor<8x8x144xf32>
    %1222 = "stablehlo.broadcast_in_dim"(%encoder.block4.conv.depthwise.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1223 = "stablehlo.add"(%1221, %1222) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init261 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1226 = "stablehlo.reduce"(%1223, %init261) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs263: tensor<f32>, %rhs264: tensor<f32>):
      %combined262 = "stablehlo.add"(%lhs263, %rhs264) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined262) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1227 = "stablehlo.reshape"(%1226) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1228 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1229 = "stablehlo.broadcast_in_dim"(%1228) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1230 = "stablehlo.multiply"(%1227, %1229) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1231 = "stablehlo.broadcast_in_dim"(%1230) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1232 = "stablehlo.subtract"(%1223, %1231) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1233 = "stablehlo.multiply"(%1232, %1232) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init265 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1234 = "stablehlo.reduce"(%1233, %init265) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs267: tensor<f32>, %rhs268: tensor<f32>):
      %combined266 = "stablehlo.add"(%lhs267, %rhs268) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined266) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1235 = "stablehlo.reshape"(%1234) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1236 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1237 = "stablehlo.broadcast_in_dim"(%1236) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1238 = "stablehlo.multiply"(%1235, %1237) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1239 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1240 = "stablehlo.broadcast_in_dim"(%1239) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1241 = "stablehlo.add"(%1238, %1240) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1242 = "stablehlo.rsqrt"(%1241) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1243 = "stablehlo.broadcast_in_dim"(%1242) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1244 = "stablehlo.multiply"(%1232, %1243) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1245 = "stablehlo.broadcast_in_dim"(%encoder.block4.conv.depthwise_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1246 = "stablehlo.multiply"(%1244, %1245) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1247 = "stablehlo.broadcast_in_dim"(%encoder.block4.conv.depthwise_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1248 = "stablehlo.add"(%1246, %1247) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1249 = "stablehlo.logistic"(%1248) : (tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1250 = "stablehlo.multiply"(%1248, %1249) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1253 = "stablehlo.dot_general"(%1250, %encoder.block4.conv.pointwise_out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x144xf32>) -> tensor<8x8x144xf32>
    %1254 = "stablehlo.broadcast_in_dim"(%encoder.block4.conv.pointwise_out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1255 = "stablehlo.add"(%1253, %1254) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1256 = "stablehlo.add"(%1176, %1255) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init269 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1259 = "stablehlo.reduce"(%1256, %init269) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs271: tensor<f32>, %rhs272: tensor<f32>):
      %combined270 = "stablehlo.add"(%lhs271, %rhs272) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined270) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1260 = "stablehlo.reshape"(%1259) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1261 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1262 = "stablehlo.broadcast_in_dim"(%1261) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1263 = "stablehlo.multiply"(%1260, %1262) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1264 = "stablehlo.broadcast_in_dim"(%1263) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1265 = "stablehlo.subtract"(%1256, %1264) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1266 = "stablehlo.multiply"(%1265, %1265) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init273 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1267 = "stablehlo.reduce"(%1266, %init273) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs275: tensor<f32>, %rhs276: tensor<f32>):
      %combined274 = "stablehlo.add"(%lhs275, %rhs276) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined274) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1268 = "stablehlo.reshape"(%1267) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1269 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1270 = "stablehlo.broadcast_in_dim"(%1269) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1271 = "stablehlo.multiply"(%1268, %1270) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1272 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1273 = "stablehlo.broadcast_in_dim"(%1272) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1274 = "stablehlo.add"(%1271, %1273) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1275 = "stablehlo.rsqrt"(%1274) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1276 = "stablehlo.broadcast_in_dim"(%1275) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1277 = "stablehlo.multiply"(%1265, %1276) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1278 = "stablehlo.broadcast_in_dim"(%encoder.block4.ffn2.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1279 = "stablehlo.multiply"(%1277, %1278) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1280 = "stablehlo.broadcast_in_dim"(%encoder.block4.ffn2.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1281 = "stablehlo.add"(%1279, %1280) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1284 = "stablehlo.dot_general"(%1281, %encoder.block4.ffn2.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x576xf32>) -> tensor<8x8x576xf32>
    %1285 = "stablehlo.broadcast_in_dim"(%encoder.block4.ffn2.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x8x576xf32>
    %1286 = "stablehlo.add"(%1284, %1285) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %1287 = "stablehlo.logistic"(%1286) : (tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %1288 = "stablehlo.multiply"(%1286, %1287) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %1291 = "stablehlo.dot_general"(%1288, %encoder.block4.ffn2.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x576xf32>, tensor<576x144xf32>) -> tensor<8x8x144xf32>
    %1292 = "stablehlo.broadcast_in_dim"(%encoder.block4.ffn2.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1293 = "stablehlo.add"(%1291, %1292) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1294 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %1295 = "stablehlo.broadcast_in_dim"(%1294) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x144xf32>
    %1296 = "stablehlo.multiply"(%1293, %1295) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1297 = "stablehlo.add"(%1256, %1296) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init277 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1300 = "stablehlo.reduce"(%1297, %init277) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs279: tensor<f32>, %rhs280: tensor<f32>):
      %combined278 = "stablehlo.add"(%lhs279, %rhs280) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined278) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1301 = "stablehlo.reshape"(%1300) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1302 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1303 = "stablehlo.broadcast_in_dim"(%1302) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1304 = "stablehlo.multiply"(%1301, %1303) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1305 = "stablehlo.broadcast_in_dim"(%1304) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1306 = "stablehlo.subtract"(%1297, %1305) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1307 = "stablehlo.multiply"(%1306, %1306) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init281 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1308 = "stablehlo.reduce"(%1307, %init281) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs283: tensor<f32>, %rhs284: tensor<f32>):
      %combined282 = "stablehlo.add"(%lhs283, %rhs284) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined282) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1309 = "stablehlo.reshape"(%1308) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1310 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1311 = "stablehlo.broadcast_in_dim"(%1310) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1312 = "stablehlo.multiply"(%1309, %1311) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1313 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1314 = "stablehlo.broadcast_in_dim"(%1313) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1315 = "stablehlo.add"(%1312, %1314) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1316 = "stablehlo.rsqrt"(%1315) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1317 = "stablehlo.broadcast_in_dim"(%1316) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1318 = "stablehlo.multiply"(%1306, %1317) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1319 = "stablehlo.broadcast_in_dim"(%encoder.block4.final_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1320 = "stablehlo.multiply"(%1318, %1319) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1321 = "stablehlo.broadcast_in_dim"(%encoder.block4.final_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1322 = "stablehlo.add"(%1320, %1321) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init285 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1325 = "stablehlo.reduce"(%1322, %init285) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs287: tensor<f32>, %rhs288: tensor<f32>):
      %combined286 = "stablehlo.add"(%lhs287, %rhs288) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined286) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1326 = "stablehlo.reshape"(%1325) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1327 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1328 = "stablehlo.broadcast_in_dim"(%1327) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1329 = "stablehlo.multiply"(%1326, %1328) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1330 = "stablehlo.broadcast_in_dim"(%1329) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1331 = "stablehlo.subtract"(%1322, %1330) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1332 = "stablehlo.multiply"(%1331, %1331) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init289 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1333 = "stablehlo.reduce"(%1332, %init289) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs291: tensor<f32>, %rhs292: tensor<f32>):
      %combined290 = "stablehlo.add"(%lhs291, %rhs292) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined290) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1334 = "stablehlo.reshape"(%1333) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1335 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1336 = "stablehlo.broadcast_in_dim"(%1335) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1337 = "stablehlo.multiply"(%1334, %1336) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1338 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1339 = "stablehlo.broadcast_in_dim"(%1338) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1340 = "stablehlo.add"(%1337, %1339) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1341 = "stablehlo.rsqrt"(%1340) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1342 = "stablehlo.broadcast_in_dim"(%1341) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1343 = "stablehlo.multiply"(%1331, %1342) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1344 = "stablehlo.broadcast_in_dim"(%encoder.block5.ffn1.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1345 = "stablehlo.multiply"(%1343, %1344) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1346 = "stablehlo.broadcast_in_dim"(%encoder.block5.ffn1.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1347 = "stablehlo.add"(%1345, %1346) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1350 = "stablehlo.dot_general"(%1347, %encoder.block5.ffn1.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x576xf32>) -> tensor<8x8x576xf32>
    %1351 = "stablehlo.broadcast_in_dim"(%encoder.block5.ffn1.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x8x576xf32>
    %1352 = "stablehlo.add"(%1350, %1351) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %1353 = "stablehlo.logistic"(%1352) : (tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %1354 = "stablehlo.multiply"(%1352, %1353) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %1357 = "stablehlo.dot_general"(%1354, %encoder.block5.ffn1.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x576xf32>, tensor<576x144xf32>) -> tensor<8x8x144xf32>
    %1358 = "stablehlo.broadcast_in_dim"(%encoder.block5.ffn1.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1359 = "stablehlo.add"(%1357, %1358) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1360 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %1361 = "stablehlo.broadcast_in_dim"(%1360) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x144xf32>
    %1362 = "stablehlo.multiply"(%1359, %1361) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1363 = "stablehlo.add"(%1322, %1362) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init293 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1366 = "stablehlo.reduce"(%1363, %init293) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs295: tensor<f32>, %rhs296: tensor<f32>):
      %combined294 = "stablehlo.add"(%lhs295, %rhs296) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined294) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1367 = "stablehlo.reshape"(%1366) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1368 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1369 = "stablehlo.broadcast_in_dim"(%1368) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1370 = "stablehlo.multiply"(%1367, %1369) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1371 = "stablehlo.broadcast_in_dim"(%1370) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1372 = "stablehlo.subtract"(%1363, %1371) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1373 = "stablehlo.multiply"(%1372, %1372) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init297 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1374 = "stablehlo.reduce"(%1373, %init297) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs299: tensor<f32>, %rhs300: tensor<f32>):
      %combined298 = "stablehlo.add"(%lhs299, %rhs300) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined298) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1375 = "stablehlo.reshape"(%1374) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1376 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1377 = "stablehlo.broadcast_in_dim"(%1376) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1378 = "stablehlo.multiply"(%1375, %1377) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1379 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1380 = "stablehlo.broadcast_in_dim"(%1379) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1381 = "stablehlo.add"(%1378, %1380) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1382 = "stablehlo.rsqrt"(%1381) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1383 = "stablehlo.broadcast_in_dim"(%1382) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1384 = "stablehlo.multiply"(%1372, %1383) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1385 = "stablehlo.broadcast_in_dim"(%encoder.block5.attention.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1386 = "stablehlo.multiply"(%1384, %1385) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1387 = "stablehlo.broadcast_in_dim"(%encoder.block5.attention.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1388 = "stablehlo.add"(%1386, %1387) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1391 = "stablehlo.dot_general"(%1388, %encoder.block5.attention.qkv.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x432xf32>) -> tensor<8x8x432xf32>
    %1392 = "stablehlo.broadcast_in_dim"(%encoder.block5.attention.qkv.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<432xf32>) -> tensor<8x8x432xf32>
    %1393 = "stablehlo.add"(%1391, %1392) : (tensor<8x8x432xf32>, tensor<8x8x432xf32>) -> tensor<8x8x432xf32>
    %1394 = "stablehlo.reshape"(%1393) : (tensor<8x8x432xf32>) -> tensor<8x8x3x4x36xf32>
    %1395 = "stablehlo.transpose"(%1394) <{permutation = array<i64: 2, 0, 3, 1, 4>}> : (tensor<8x8x3x4x36xf32>) -> tensor<3x8x4x8x36xf32>
    %1396 = "stablehlo.slice"(%1395) <{start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 4, 8, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x8x36xf32>) -> tensor<1x8x4x8x36xf32>
    %1397 = "stablehlo.reshape"(%1396) : (tensor<1x8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1398 = "stablehlo.slice"(%1395) <{start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 8, 4, 8, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x8x36xf32>) -> tensor<1x8x4x8x36xf32>
    %1399 = "stablehlo.reshape"(%1398) : (tensor<1x8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1400 = "stablehlo.slice"(%1395) <{start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 8, 4, 8, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x8x36xf32>) -> tensor<1x8x4x8x36xf32>
    %1401 = "stablehlo.reshape"(%1400) : (tensor<1x8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1403 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %1404 = "stablehlo.broadcast_in_dim"(%1403) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x36xf32>
    %1405 = "stablehlo.multiply"(%1397, %1404) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1406 = "stablehlo.dot_general"(%1405, %encoder.block5.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x8x36xf32>, tensor<32x36xf32>) -> tensor<8x4x8x32xf32>
    %1407 = "stablehlo.multiply"(%1405, %1405) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %init301 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1408 = "stablehlo.reduce"(%1407, %init301) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs303: tensor<f32>, %rhs304: tensor<f32>):
      %combined302 = "stablehlo.add"(%lhs303, %rhs304) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined302) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x36xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %1409 = "stablehlo.reshape"(%1408) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %1410 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %1411 = "stablehlo.broadcast_in_dim"(%1410) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x1xf32>
    %1412 = "stablehlo.multiply"(%1409, %1411) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %1413 = "stablehlo.broadcast_in_dim"(%1412) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x32xf32>
    %1414 = "stablehlo.add"(%1406, %1413) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %init305 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1415 = "stablehlo.reduce"(%1414, %init305) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs307: tensor<f32>, %rhs308: tensor<f32>):
      %combined306 = "stablehlo.maximum"(%lhs307, %rhs308) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined306) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x32xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %1416 = "stablehlo.reshape"(%1415) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %1417 = "stablehlo.broadcast_in_dim"(%1416) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x32xf32>
    %1418 = "stablehlo.subtract"(%1414, %1417) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %1419 = "stablehlo.exponential"(%1418) : (tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %1420 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %1421 = "stablehlo.broadcast_in_dim"(%1420) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x32xf32>
    %1422 = "stablehlo.multiply"(%1419, %1421) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %1423 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %1424 = "stablehlo.broadcast_in_dim"(%1423) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x36xf32>
    %1425 = "stablehlo.multiply"(%1399, %1424) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1426 = "stablehlo.dot_general"(%1425, %encoder.block5.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x8x36xf32>, tensor<32x36xf32>) -> tensor<8x4x8x32xf32>
    %1427 = "stablehlo.multiply"(%1425, %1425) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %init309 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1428 = "stablehlo.reduce"(%1427, %init309) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs311: tensor<f32>, %rhs312: tensor<f32>):
      %combined310 = "stablehlo.add"(%lhs311, %rhs312) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined310) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x36xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %1429 = "stablehlo.reshape"(%1428) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %1430 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %1431 = "stablehlo.broadcast_in_dim"(%1430) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x1xf32>
    %1432 = "stablehlo.multiply"(%1429, %1431) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %1433 = "stablehlo.broadcast_in_dim"(%1432) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x32xf32>
    %1434 = "stablehlo.add"(%1426, %1433) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %1435 = "stablehlo.constant"() <{value = dense<30.0> : tensor<f32>}> : () -> tensor<f32>
    %1436 = "stablehlo.broadcast_in_dim"(%1435) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x32xf32>
    %1437 = "stablehlo.minimum"(%1434, %1436) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %1438 = "stablehlo.exponential"(%1437) : (tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %1439 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %1440 = "stablehlo.broadcast_in_dim"(%1439) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x32xf32>
    %1441 = "stablehlo.multiply"(%1438, %1440) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %1443 = "stablehlo.reshape"(%reset) : (tensor<8xi1>) -> tensor<8x1x1x1xi1>
    %1444 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1445 = "stablehlo.broadcast_in_dim"(%1444) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x32x36xf32>
    %1446 = "stablehlo.broadcast_in_dim"(%1443) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x1x1x1xi1>) -> tensor<8x4x32x36xi1>
    %1447 = "stablehlo.select"(%1446, %1445, %state.block5.attention.s) : (tensor<8x4x32x36xi1>, tensor<8x4x32x36xf32>, tensor<8x4x32x36xf32>) -> tensor<8x4x32x36xf32>
    %1449 = "stablehlo.reshape"(%reset) : (tensor<8xi1>) -> tensor<8x1x1xi1>
    %1450 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1451 = "stablehlo.broadcast_in_dim"(%1450) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x32xf32>
    %1452 = "stablehlo.broadcast_in_dim"(%1449) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi1>) -> tensor<8x4x32xi1>
    %1453 = "stablehlo.select"(%1452, %1451, %state.block5.attention.z) : (tensor<8x4x32xi1>, tensor<8x4x32xf32>, tensor<8x4x32xf32>) -> tensor<8x4x32xf32>
    %1454 = "stablehlo.dot_general"(%1422, %1441) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x8xf32>
    %1455 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<8x8xi32>
    %1456 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8x8xi32>
    %1457 = "stablehlo.compare"(%1455, %1456) <{comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi1>
    %1458 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1459 = "stablehlo.broadcast_in_dim"(%1458) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x8xf32>
    %1460 = "stablehlo.broadcast_in_dim"(%1457) <{broadcast_dimensions = array<i64: 2, 3>}> : (tensor<8x8xi1>) -> tensor<8x4x8x8xi1>
    %1461 = "stablehlo.select"(%1460, %1454, %1459) : (tensor<8x4x8x8xi1>, tensor<8x4x8x8xf32>, tensor<8x4x8x8xf32>) -> tensor<8x4x8x8xf32>
    %1462 = "stablehlo.dot_general"(%1461, %1401) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x8xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1463 = "stablehlo.dot_general"(%1422, %1447) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x32x36xf32>) -> tensor<8x4x8x36xf32>
    %1464 = "stablehlo.add"(%1462, %1463) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1465 = "stablehlo.reshape"(%1453) : (tensor<8x4x32xf32>) -> tensor<8x4x32x1xf32>
    %1466 = "stablehlo.dot_general"(%1422, %1465) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x32x1xf32>) -> tensor<8x4x8x1xf32>
    %init313 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1467 = "stablehlo.reduce"(%1461, %init313) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs315: tensor<f32>, %rhs316: tensor<f32>):
      %combined314 = "stablehlo.add"(%lhs315, %rhs316) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined314) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x8xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %1468 = "stablehlo.reshape"(%1467) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %1469 = "stablehlo.add"(%1468, %1466) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %1470 = "stablehlo.constant"() <{value = dense<1.0e-6> : tensor<f32>}> : () -> tensor<f32>
    %1471 = "stablehlo.broadcast_in_dim"(%1470) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x1xf32>
    %1472 = "stablehlo.add"(%1469, %1471) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %1473 = "stablehlo.broadcast_in_dim"(%1472) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x36xf32>
    %1474 = "stablehlo.divide"(%1464, %1473) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1475 = "stablehlo.dot_general"(%1441, %1401) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x32x36xf32>
    %1476 = "stablehlo.add"(%1447, %1475) : (tensor<8x4x32x36xf32>, tensor<8x4x32x36xf32>) -> tensor<8x4x32x36xf32>
    %init317 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1477 = "stablehlo.reduce"(%1441, %init317) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs319: tensor<f32>, %rhs320: tensor<f32>):
      %combined318 = "stablehlo.add"(%lhs319, %rhs320) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined318) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x32xf32>, tensor<f32>) -> tensor<8x4x32xf32>
    %1478 = "stablehlo.add"(%1453, %1477) : (tensor<8x4x32xf32>, tensor<8x4x32xf32>) -> tensor<8x4x32xf32>
    %1479 = "stablehlo.transpose"(%1474) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x4x8x36xf32>) -> tensor<8x8x4x36xf32>
    %1480 = "stablehlo.reshape"(%1479) : (tensor<8x8x4x36xf32>) -> tensor<8x8x144xf32>
    %1483 = "stablehlo.dot_general"(%1480, %encoder.block5.attention.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x144xf32>) -> tensor<8x8x144xf32>
    %1484 = "stablehlo.broadcast_in_dim"(%encoder.block5.attention.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1485 = "stablehlo.add"(%1483, %1484) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1486 = "stablehlo.add"(%1363, %1485) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1488 = "stablehlo.reshape"(%reset) : (tensor<8xi1>) -> tensor<8x1x1xi1>
    %1489 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1490 = "stablehlo.broadcast_in_dim"(%1489) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x14x144xf32>
    %1491 = "stablehlo.broadcast_in_dim"(%1488) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi1>) -> tensor<8x14x144xi1>
    %1492 = "stablehlo.select"(%1491, %1490, %state.block5.conv) : (tensor<8x14x144xi1>, tensor<8x14x144xf32>, tensor<8x14x144xf32>) -> tensor<8x14x144xf32>
    %init321 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1495 = "stablehlo.reduce"(%1486, %init321) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs323: tensor<f32>, %rhs324: tensor<f32>):
      %combined322 = "stablehlo.add"(%lhs323, %rhs324) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined322) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1496 = "stablehlo.reshape"(%1495) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1497 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1498 = "stablehlo.broadcast_in_dim"(%1497) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1499 = "stablehlo.multiply"(%1496, %1498) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1500 = "stablehlo.broadcast_in_dim"(%1499) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1501 = "stablehlo.subtract"(%1486, %1500) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1502 = "stablehlo.multiply"(%1501, %1501) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init325 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1503 = "stablehlo.reduce"(%1502, %init325) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs327: tensor<f32>, %rhs328: tensor<f32>):
      %combined326 = "stablehlo.add"(%lhs327, %rhs328) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined326) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1504 = "stablehlo.reshape"(%1503) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1505 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1506 = "stablehlo.broadcast_in_dim"(%1505) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1507 = "stablehlo.multiply"(%1504, %1506) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1508 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1509 = "stablehlo.broadcast_in_dim"(%1508) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1510 = "stablehlo.add"(%1507, %1509) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1511 = "stablehlo.rsqrt"(%1510) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1512 = "stablehlo.broadcast_in_dim"(%1511) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1513 = "stablehlo.multiply"(%1501, %1512) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1514 = "stablehlo.broadcast_in_dim"(%encoder.block5.conv.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1515 = "stablehlo.multiply"(%1513, %1514) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1516 = "stablehlo.broadcast_in_dim"(%encoder.block5.conv.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1517 = "stablehlo.add"(%1515, %1516) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1520 = "stablehlo.dot_general"(%1517, %encoder.block5.conv.pointwise_in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x288xf32>) -> tensor<8x8x288xf32>
    %1521 = "stablehlo.broadcast_in_dim"(%encoder.block5.conv.pointwise_in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x8x288xf32>
    %1522 = "stablehlo.add"(%1520, %1521) : (tensor<8x8x288xf32>, tensor<8x8x288xf32>) -> tensor<8x8x288xf32>
    %1523 = "stablehlo.slice"(%1522) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 8, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x8x288xf32>) -> tensor<8x8x144xf32>
    %1524 = "stablehlo.slice"(%1522) <{start_indices = array<i64: 0, 0, 144>, limit_indices = array<i64: 8, 8, 288>, strides = array<i64: 1, 1, 1>}> : (tensor<8x8x288xf32>) -> tensor<8x8x144xf32>
    %1525 = "stablehlo.logistic"(%1524) : (tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1526 = "stablehlo.multiply"(%1523, %1525) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1527 = "stablehlo.concatenate"(%1492, %1526) <{dimension = 1 : i64}> : (tensor<8x14x144xf32>, tensor<8x8x144xf32>) -> tensor<8x22x144xf32>
    %1528 = "stablehlo.slice"(%1527) <{start_indices = array<i64: 0, 8, 0>, limit_indices = array<i64: 8, 22, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x14x144xf32>
    %1531 = "stablehlo.convolution"(%1527, %encoder.block5.conv.depthwise.w) <{batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, f]x[0, i, o]->[b, 0, f]>, feature_group_count = 144 : i64, lhs_dilation = array<i64: 1>, padding = dense<[[0, 0]]> : tensor<1x2xi64>, rhs_dilation = array<i64: 1>, window_strides = array<i64: 1>}> : (tensor<8x22x144xf32>, tensor<15x1x144xf32>) -> tensor<8x8x144xf32>
    %1532 = "stablehlo.broadcast_in_dim"(%encoder.block5.conv.depthwise.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1533 = "stablehlo.add"(%1531, %1532) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init329 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1536 = "stablehlo.reduce"(%1533, %init329) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs331: tensor<f32>, %rhs332: tensor<f32>):
      %combined330 = "stablehlo.add"(%lhs331, %rhs332) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined330) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1537 = "stablehlo.reshape"(%1536) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1538 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1539 = "stablehlo.broadcast_in_dim"(%1538) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1540 = "stablehlo.multiply"(%1537, %1539) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1541 = "stablehlo.broadcast_in_dim"(%1540) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1542 = "stablehlo.subtract"(%1533, %1541) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1543 = "stablehlo.multiply"(%1542, %1542) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init333 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1544 = "stablehlo.reduce"(%1543, %init333) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs335: tensor<f32>, %rhs336: tensor<f32>):
      %combined334 = "stablehlo.add"(%lhs335, %rhs336) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined334) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1545 = "stablehlo.reshape"(%1544) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1546 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1547 = "stablehlo.broadcast_in_dim"(%1546) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1548 = "stablehlo.multiply"(%1545, %1547) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1549 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1550 = "stablehlo.broadcast_in_dim"(%1549) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1551 = "stablehlo.add"(%1548, %1550) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1552 = "stablehlo.rsqrt"(%1551) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1553 = "stablehlo.broadcast_in_dim"(%1552) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1554 = "stablehlo.multiply"(%1542, %1553) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1555 = "stablehlo.broadcast_in_dim"(%encoder.block5.conv.depthwise_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1556 = "stablehlo.multiply"(%1554, %1555) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1557 = "stablehlo.broadcast_in_dim"(%encoder.block5.conv.depthwise_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1558 = "stablehlo.add"(%1556, %1557) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1559 = "stablehlo.logistic"(%1558) : (tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1560 = "stablehlo.multiply"(%1558, %1559) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1563 = "stablehlo.dot_general"(%1560, %encoder.block5.conv.pointwise_out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x144xf32>) -> tensor<8x8x144xf32>
    %1564 = "stablehlo.broadcast_in_dim"(%encoder.block5.conv.pointwise_out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1565 = "stablehlo.add"(%1563, %1564) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1566 = "stablehlo.add"(%1486, %1565) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init337 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1569 = "stablehlo.reduce"(%1566, %init337) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs339: tensor<f32>, %rhs340: tensor<f32>):
      %combined338 = "stablehlo.add"(%lhs339, %rhs340) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined338) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1570 = "stablehlo.reshape"(%1569) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1571 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1572 = "stablehlo.broadcast_in_dim"(%1571) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1573 = "stablehlo.multiply"(%1570, %1572) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1574 = "stablehlo.broadcast_in_dim"(%1573) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1575 = "stablehlo.subtract"(%1566, %1574) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1576 = "stablehlo.multiply"(%1575, %1575) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init341 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1577 = "stablehlo.reduce"(%1576, %init341) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs343: tensor<f32>, %rhs344: tensor<f32>):
      %combined342 = "stablehlo.add"(%lhs343, %rhs344) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined342) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1578 = "stablehlo.reshape"(%1577) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1579 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1580 = "stablehlo.broadcast_in_dim"(%1579) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1581 = "stablehlo.multiply"(%1578, %1580) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1582 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1583 = "stablehlo.broadcast_in_dim"(%1582) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1584 = "stablehlo.add"(%1581, %1583) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1585 = "stablehlo.rsqrt"(%1584) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1586 = "stablehlo.broadcast_in_dim"(%1585) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1587 = "stablehlo.multiply"(%1575, %1586) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1588 = "stablehlo.broadcast_in_dim"(%encoder.block5.ffn2.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1589 = "stablehlo.multiply"(%1587, %1588) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1590 = "stablehlo.broadcast_in_dim"(%encoder.block5.ffn2.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1591 = "stablehlo.add"(%1589, %1590) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1594 = "stablehlo.dot_general"(%1591, %encoder.block5.ffn2.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x576xf32>) -> tensor<8x8x576xf32>
    %1595 = "stablehlo.broadcast_in_dim"(%encoder.block5.ffn2.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x8x576xf32>
    %1596 = "stablehlo.add"(%1594, %1595) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %1597 = "stablehlo.logistic"(%1596) : (tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %1598 = "stablehlo.multiply"(%1596, %1597) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %1601 = "stablehlo.dot_general"(%1598, %encoder.block5.ffn2.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x576xf32>, tensor<576x144xf32>) -> tensor<8x8x144xf32>
    %1602 = "stablehlo.broadcast_in_dim"(%encoder.block5.ffn2.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1603 = "stablehlo.add"(%1601, %1602) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1604 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %1605 = "stablehlo.broadcast_in_dim"(%1604) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x144xf32>
    %1606 = "stablehlo.multiply"(%1603, %1605) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1607 = "stablehlo.add"(%1566, %1606) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init345 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1610 = "stablehlo.reduce"(%1607, %init345) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs347: tensor<f32>, %rhs348: tensor<f32>):
      %combined346 = "stablehlo.add"(%lhs347, %rhs348) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined346) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1611 = "stablehlo.reshape"(%1610) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1612 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1613 = "stablehlo.broadcast_in_dim"(%1612) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1614 = "stablehlo.multiply"(%1611, %1613) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1615 = "stablehlo.broadcast_in_dim"(%1614) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1616 = "stablehlo.subtract"(%1607, %1615) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1617 = "stablehlo.multiply"(%1616, %1616) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init349 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1618 = "stablehlo.reduce"(%1617, %init349) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs351: tensor<f32>, %rhs352: tensor<f32>):
      %combined350 = "stablehlo.add"(%lhs351, %rhs352) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined350) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1619 = "stablehlo.reshape"(%1618) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1620 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1621 = "stablehlo.broadcast_in_dim"(%1620) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1622 = "stablehlo.multiply"(%1619, %1621) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1623 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1624 = "stablehlo.broadcast_in_dim"(%1623) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1625 = "stablehlo.add"(%1622, %1624) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1626 = "stablehlo.rsqrt"(%1625) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1627 = "stablehlo.broadcast_in_dim"(%1626) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1628 = "stablehlo.multiply"(%1616, %1627) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1629 = "stablehlo.broadcast_in_dim"(%encoder.block5.final_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1630 = "stablehlo.multiply"(%1628, %1629) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1631 = "stablehlo.broadcast_in_dim"(%encoder.block5.final_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1632 = "stablehlo.add"(%1630, %1631) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init353 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1635 = "stablehlo.reduce"(%1632, %init353) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs355: tensor<f32>, %rhs356: tensor<f32>):
      %combined354 = "stablehlo.add"(%lhs355, %rhs356) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined354) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1636 = "stablehlo.reshape"(%1635) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1637 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1638 = "stablehlo.broadcast_in_dim"(%1637) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1639 = "stablehlo.multiply"(%1636, %1638) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1640 = "stablehlo.broadcast_in_dim"(%1639) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1641 = "stablehlo.subtract"(%1632, %1640) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1642 = "stablehlo.multiply"(%1641, %1641) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init357 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1643 = "stablehlo.reduce"(%1642, %init357) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs359: tensor<f32>, %rhs360: tensor<f32>):
      %combined358 = "stablehlo.add"(%lhs359, %rhs360) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined358) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1644 = "stablehlo.reshape"(%1643) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1645 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1646 = "stablehlo.broadcast_in_dim"(%1645) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1647 = "stablehlo.multiply"(%1644, %1646) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1648 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1649 = "stablehlo.broadcast_in_dim"(%1648) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1650 = "stablehlo.add"(%1647, %1649) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1651 = "stablehlo.rsqrt"(%1650) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1652 = "stablehlo.broadcast_in_dim"(%1651) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1653 = "stablehlo.multiply"(%1641, %1652) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1654 = "stablehlo.broadcast_in_dim"(%encoder.block6.ffn1.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1655 = "stablehlo.multiply"(%1653, %1654) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1656 = "stablehlo.broadcast_in_dim"(%encoder.block6.ffn1.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1657 = "stablehlo.add"(%1655, %1656) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1660 = "stablehlo.dot_general"(%1657, %encoder.block6.ffn1.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x576xf32>) -> tensor<8x8x576xf32>
    %1661 = "stablehlo.broadcast_in_dim"(%encoder.block6.ffn1.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x8x576xf32>
    %1662 = "stablehlo.add"(%1660, %1661) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %1663 = "stablehlo.logistic"(%1662) : (tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %1664 = "stablehlo.multiply"(%1662, %1663) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %1667 = "stablehlo.dot_general"(%1664, %encoder.block6.ffn1.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x576xf32>, tensor<576x144xf32>) -> tensor<8x8x144xf32>
    %1668 = "stablehlo.broadcast_in_dim"(%encoder.block6.ffn1.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1669 = "stablehlo.add"(%1667, %1668) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1670 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %1671 = "stablehlo.broadcast_in_dim"(%1670) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x144xf32>
    %1672 = "stablehlo.multiply"(%1669, %1671) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1673 = "stablehlo.add"(%1632, %1672) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init361 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1676 = "stablehlo.reduce"(%1673, %init361) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs363: tensor<f32>, %rhs364: tensor<f32>):
      %combined362 = "stablehlo.add"(%lhs363, %rhs364) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined362) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1677 = "stablehlo.reshape"(%1676) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1678 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1679 = "stablehlo.broadcast_in_dim"(%1678) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1680 = "stablehlo.multiply"(%1677, %1679) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1681 = "stablehlo.broadcast_in_dim"(%1680) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1682 = "stablehlo.subtract"(%1673, %1681) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1683 = "stablehlo.multiply"(%1682, %1682) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init365 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1684 = "stablehlo.reduce"(%1683, %init365) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs367: tensor<f32>, %rhs368: tensor<f32>):
      %combined366 = "stablehlo.add"(%lhs367, %rhs368) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined366) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1685 = "stablehlo.reshape"(%1684) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1686 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1687 = "stablehlo.broadcast_in_dim"(%1686) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1688 = "stablehlo.multiply"(%1685, %1687) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1689 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1690 = "stablehlo.broadcast_in_dim"(%1689) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1691 = "stablehlo.add"(%1688, %1690) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1692 = "stablehlo.rsqrt"(%1691) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1693 = "stablehlo.broadcast_in_dim"(%1692) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1694 = "stablehlo.multiply"(%1682, %1693) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1695 = "stablehlo.broadcast_in_dim"(%encoder.block6.attention.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1696 = "stablehlo.multiply"(%1694, %1695) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1697 = "stablehlo.broadcast_in_dim"(%encoder.block6.attention.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1698 = "stablehlo.add"(%1696, %1697) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1701 = "stablehlo.dot_general"(%1698, %encoder.block6.attention.qkv.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x432xf32>) -> tensor<8x8x432xf32>
    %1702 = "stablehlo.broadcast_in_dim"(%encoder.block6.attention.qkv.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<432xf32>) -> tensor<8x8x432xf32>
    %1703 = "stablehlo.add"(%1701, %1702) : (tensor<8x8x432xf32>, tensor<8x8x432xf32>) -> tensor<8x8x432xf32>
    %1704 = "stablehlo.reshape"(%1703) : (tensor<8x8x432xf32>) -> tensor<8x8x3x4x36xf32>
    %1705 = "stablehlo.transpose"(%1704) <{permutation = array<i64: 2, 0, 3, 1, 4>}> : (tensor<8x8x3x4x36xf32>) -> tensor<3x8x4x8x36xf32>
    %1706 = "stablehlo.slice"(%1705) <{start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 4, 8, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x8x36xf32>) -> tensor<1x8x4x8x36xf32>
    %1707 = "stablehlo.reshape"(%1706) : (tensor<1x8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1708 = "stablehlo.slice"(%1705) <{start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 8, 4, 8, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x8x36xf32>) -> tensor<1x8x4x8x36xf32>
    %1709 = "stablehlo.reshape"(%1708) : (tensor<1x8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1710 = "stablehlo.slice"(%1705) <{start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 8, 4, 8, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x8x36xf32>) -> tensor<1x8x4x8x36xf32>
    %1711 = "stablehlo.reshape"(%1710) : (tensor<1x8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1713 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %1714 = "stablehlo.broadcast_in_dim"(%1713) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x36xf32>
    %1715 = "stablehlo.multiply"(%1707, %1714) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1716 = "stablehlo.dot_general"(%1715, %encoder.block6.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x8x36xf32>, tensor<32x36xf32>) -> tensor<8x4x8x32xf32>
    %1717 = "stablehlo.multiply"(%1715, %1715) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %init369 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1718 = "stablehlo.reduce"(%1717, %init369) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs371: tensor<f32>, %rhs372: tensor<f32>):
      %combined370 = "stablehlo.add"(%lhs371, %rhs372) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined370) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x36xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %1719 = "stablehlo.reshape"(%1718) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %1720 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %1721 = "stablehlo.broadcast_in_dim"(%1720) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x1xf32>
    %1722 = "stablehlo.multiply"(%1719, %1721) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %1723 = "stablehlo.broadcast_in_dim"(%1722) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x32xf32>
    %1724 = "stablehlo.add"(%1716, %1723) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %init373 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1725 = "stablehlo.reduce"(%1724, %init373) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs375: tensor<f32>, %rhs376: tensor<f32>):
      %combined374 = "stablehlo.maximum"(%lhs375, %rhs376) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined374) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x32xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %1726 = "stablehlo.reshape"(%1725) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %1727 = "stablehlo.broadcast_in_dim"(%1726) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x32xf32>
    %1728 = "stablehlo.subtract"(%1724, %1727) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %1729 = "stablehlo.exponential"(%1728) : (tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %1730 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %1731 = "stablehlo.broadcast_in_dim"(%1730) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x32xf32>
    %1732 = "stablehlo.multiply"(%1729, %1731) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %1733 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %1734 = "stablehlo.broadcast_in_dim"(%1733) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x36xf32>
    %1735 = "stablehlo.multiply"(%1709, %1734) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1736 = "stablehlo.dot_general"(%1735, %encoder.block6.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x8x36xf32>, tensor<32x36xf32>) -> tensor<8x4x8x32xf32>
    %1737 = "stablehlo.multiply"(%1735, %1735) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %init377 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1738 = "stablehlo.reduce"(%1737, %init377) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs379: tensor<f32>, %rhs380: tensor<f32>):
      %combined378 = "stablehlo.add"(%lhs379, %rhs380) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined378) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x36xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %1739 = "stablehlo.reshape"(%1738) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %1740 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %1741 = "stablehlo.broadcast_in_dim"(%1740) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x1xf32>
    %1742 = "stablehlo.multiply"(%1739, %1741) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %1743 = "stablehlo.broadcast_in_dim"(%1742) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x32xf32>
    %1744 = "stablehlo.add"(%1736, %1743) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %1745 = "stablehlo.constant"() <{value = dense<30.0> : tensor<f32>}> : () -> tensor<f32>
    %1746 = "stablehlo.broadcast_in_dim"(%1745) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x32xf32>
    %1747 = "stablehlo.minimum"(%1744, %1746) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %1748 = "stablehlo.exponential"(%1747) : (tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %1749 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %1750 = "stablehlo.broadcast_in_dim"(%1749) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x32xf32>
    %1751 = "stablehlo.multiply"(%1748, %1750) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %1753 = "stablehlo.reshape"(%reset) : (tensor<8xi1>) -> tensor<8x1x1x1xi1>
    %1754 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1755 = "stablehlo.broadcast_in_dim"(%1754) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x32x36xf32>
    %1756 = "stablehlo.broadcast_in_dim"(%1753) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x1x1x1xi1>) -> tensor<8x4x32x36xi1>
    %1757 = "stablehlo.select"(%1756, %1755, %state.block6.attention.s) : (tensor<8x4x32x36xi1>, tensor<8x4x32x36xf32>, tensor<8x4x32x36xf32>) -> tensor<8x4x32x36xf32>
    %1759 = "stablehlo.reshape"(%reset) : (tensor<8xi1>) -> tensor<8x1x1xi1>
    %1760 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1761 = "stablehlo.broadcast_in_dim"(%1760) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x32xf32>
    %1762 = "stablehlo.broadcast_in_dim"(%1759) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi1>) -> tensor<8x4x32xi1>
    %1763 = "stablehlo.select"(%1762, %1761, %state.block6.attention.z) : (tensor<8x4x32xi1>, tensor<8x4x32xf32>, tensor<8x4x32xf32>) -> tensor<8x4x32xf32>
    %1764 = "stablehlo.dot_general"(%1732, %1751) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x8xf32>
    %1765 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<8x8xi32>
    %1766 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8x8xi32>
    %1767 = "stablehlo.compare"(%1765, %1766) <{comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi1>
    %1768 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1769 = "stablehlo.broadcast_in_dim"(%1768) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x8xf32>
    %1770 = "stablehlo.broadcast_in_dim"(%1767) <{broadcast_dimensions = array<i64: 2, 3>}> : (tensor<8x8xi1>) -> tensor<8x4x8x8xi1>
    %1771 = "stablehlo.select"(%1770, %1764, %1769) : (tensor<8x4x8x8xi1>, tensor<8x4x8x8xf32>, tensor<8x4x8x8xf32>) -> tensor<8x4x8x8xf32>
    %1772 = "stablehlo.dot_general"(%1771, %1711) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x8xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1773 = "stablehlo.dot_general"(%1732, %1757) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x32x36xf32>) -> tensor<8x4x8x36xf32>
    %1774 = "stablehlo.add"(%1772, %1773) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1775 = "stablehlo.reshape"(%1763) : (tensor<8x4x32xf32>) -> tensor<8x4x32x1xf32>
    %1776 = "stablehlo.dot_general"(%1732, %1775) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x32x1xf32>) -> tensor<8x4x8x1xf32>
    %init381 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1777 = "stablehlo.reduce"(%1771, %init381) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs383: tensor<f32>, %rhs384: tensor<f32>):
      %combined382 = "stablehlo.add"(%lhs383, %rhs384) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined382) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x8xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %1778 = "stablehlo.reshape"(%1777) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %1779 = "stablehlo.add"(%1778, %1776) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %1780 = "stablehlo.constant"() <{value = dense<1.0e-6> : tensor<f32>}> : () -> tensor<f32>
    %1781 = "stablehlo.broadcast_in_dim"(%1780) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x1xf32>
    %1782 = "stablehlo.add"(%1779, %1781) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %1783 = "stablehlo.broadcast_in_dim"(%1782) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x36xf32>
    %1784 = "stablehlo.divide"(%1774, %1783) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1785 = "stablehlo.dot_general"(%1751, %1711) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x32x36xf32>
    %1786 = "stablehlo.add"(%1757, %1785) : (tensor<8x4x32x36xf32>, tensor<8x4x32x36xf32>) -> tensor<8x4x32x36xf32>
    %init385 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1787 = "stablehlo.reduce"(%1751, %init385) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs387: tensor<f32>, %rhs388: tensor<f32>):
      %combined386 = "stablehlo.add"(%lhs387, %rhs388) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined386) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x32xf32>, tensor<f32>) -> tensor<8x4x32xf32>
    %1788 = "stablehlo.add"(%1763, %1787) : (tensor<8x4x32xf32>, tensor<8x4x32xf32>) -> tensor<8x4x32xf32>
    %1789 = "stablehlo.transpose"(%1784) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x4x8x36xf32>) -> tensor<8x8x4x36xf32>
    %1790 = "stablehlo.reshape"(%1789) : (tensor<8x8x4x36xf32>) -> tensor<8x8x144xf32>
    %1793 = "stablehlo.dot_general"(%1790, %encoder.block6.attention.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x144xf32>) -> tensor<8x8x144xf32>
    %1794 = "stablehlo.broadcast_in_dim"(%encoder.block6.attention.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1795 = "stablehlo.add"(%1793, %1794) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1796 = "stablehlo.add"(%1673, %1795) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1798 = "stablehlo.reshape"(%reset) : (tensor<8xi1>) -> tensor<8x1x1xi1>
    %1799 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1800 = "stablehlo.broadcast_in_dim"(%1799) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x14x144xf32>
    %1801 = "stablehlo.broadcast_in_dim"(%1798) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi1>) -> tensor<8x14x144xi1>
    %1802 = "stablehlo.select"(%1801, %1800, %state.block6.conv) : (tensor<8x14x144xi1>, tensor<8x14x144xf32>, tensor<8x14x144xf32>) -> tensor<8x14x144xf32>
    %init389 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1805 = "stablehlo.reduce"(%1796, %init389) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs391: tensor<f32>, %rhs392: tensor<f32>):
      %combined390 = "stablehlo.add"(%lhs391, %rhs392) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined390) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1806 = "stablehlo.reshape"(%1805) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1807 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1808 = "stablehlo.broadcast_in_dim"(%1807) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1809 = "stablehlo.multiply"(%1806, %1808) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1810 = "stablehlo.broadcast_in_dim"(%1809) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1811 = "stablehlo.subtract"(%1796, %1810) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1812 = "stablehlo.multiply"(%1811, %1811) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init393 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1813 = "stablehlo.reduce"(%1812, %init393) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs395: tensor<f32>, %rhs396: tensor<f32>):
      %combined394 = "stablehlo.add"(%lhs395, %rhs396) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined394) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1814 = "stablehlo.reshape"(%1813) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1815 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1816 = "stablehlo.broadcast_in_dim"(%1815) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1817 = "stablehlo.multiply"(%1814, %1816) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1818 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1819 = "stablehlo.broadcast_in_dim"(%1818) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1820 = "stablehlo.add"(%1817, %1819) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1821 = "stablehlo.rsqrt"(%1820) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1822 = "stablehlo.broadcast_in_dim"(%1821) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1823 = "stablehlo.multiply"(%1811, %1822) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1824 = "stablehlo.broadcast_in_dim"(%encoder.block6.conv.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1825 = "stablehlo.multiply"(%1823, %1824) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1826 = "stablehlo.broadcast_in_dim"(%encoder.block6.conv.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1827 = "stablehlo.add"(%1825, %1826) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1830 = "stablehlo.dot_general"(%1827, %encoder.block6.conv.pointwise_in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x288xf32>) -> tensor<8x8x288xf32>
    %1831 = "stablehlo.broadcast_in_dim"(%encoder.block6.conv.pointwise_in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x8x288xf32>
    %1832 = "stablehlo.add"(%1830, %1831) : (tensor<8x8x288xf32>, tensor<8x8x288xf32>) -> tensor<8x8x288xf32>
    %1833 = "stablehlo.slice"(%1832) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 8, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x8x288xf32>) -> tensor<8x8x144xf32>
    %1834 = "stablehlo.slice"(%1832) <{start_indices = array<i64: 0, 0, 144>, limit_indices = array<i64: 8, 8, 288>, strides = array<i64: 1, 1, 1>}> : (tensor<8x8x288xf32>) -> tensor<8x8x144xf32>
    %1835 = "stablehlo.logistic"(%1834) : (tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1836 = "stablehlo.multiply"(%1833, %1835) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1837 = "stablehlo.concatenate"(%1802, %1836) <{dimension = 1 : i64}> : (tensor<8x14x144xf32>, tensor<8x8x144xf32>) -> tensor<8x22x144xf32>
    %1838 = "stablehlo.slice"(%1837) <{start_indices = array<i64: 0, 8, 0>, limit_indices = array<i64: 8, 22, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x14x144xf32>
    %1841 = "stablehlo.convolution"(%1837, %encoder.block6.conv.depthwise.w) <{batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, f]x[0, i, o]->[b, 0, f]>, feature_group_count = 144 : i64, lhs_dilation = array<i64: 1>, padding = dense<[[0, 0]]> : tensor<1x2xi64>, rhs_dilation = array<i64: 1>, window_strides = array<i64: 1>}> : (tensor<8x22x144xf32>, tensor<15x1x144xf32>) -> tensor<8x8x144xf32>
    %1842 = "stablehlo.broadcast_in_dim"(%encoder.block6.conv.depthwise.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1843 = "stablehlo.add"(%1841, %1842) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init397 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1846 = "stablehlo.reduce"(%1843, %init397) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs399: tensor<f32>, %rhs400: tensor<f32>):
      %combined398 = "stablehlo.add"(%lhs399, %rhs400) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined398) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1847 = "stablehlo.reshape"(%1846) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1848 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1849 = "stablehlo.broadcast_in_dim"(%1848) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1850 = "stablehlo.multiply"(%1847, %1849) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1851 = "stablehlo.broadcast_in_dim"(%1850) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1852 = "stablehlo.subtract"(%1843, %1851) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1853 = "stablehlo.multiply"(%1852, %1852) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init401 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1854 = "stablehlo.reduce"(%1853, %init401) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs403: tensor<f32>, %rhs404: tensor<f32>):
      %combined402 = "stablehlo.add"(%lhs403, %rhs404) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined402) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1855 = "stablehlo.reshape"(%1854) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1856 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1857 = "stablehlo.broadcast_in_dim"(%1856) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1858 = "stablehlo.multiply"(%1855, %1857) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1859 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1860 = "stablehlo.broadcast_in_dim"(%1859) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1861 = "stablehlo.add"(%1858, %1860) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1862 = "stablehlo.rsqrt"(%1861) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1863 = "stablehlo.broadcast_in_dim"(%1862) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1864 = "stablehlo.multiply"(%1852, %1863) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1865 = "stablehlo.broadcast_in_dim"(%encoder.block6.conv.depthwise_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1866 = "stablehlo.multiply"(%1864, %1865) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1867 = "stablehlo.broadcast_in_dim"(%encoder.block6.conv.depthwise_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1868 = "stablehlo.add"(%1866, %1867) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1869 = "stablehlo.logistic"(%1868) : (tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1870 = "stablehlo.multiply"(%1868, %1869) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1873 = "stablehlo.dot_general"(%1870, %encoder.block6.conv.pointwise_out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x144xf32>) -> tensor<8x8x144xf32>
    %1874 = "stablehlo.broadcast_in_dim"(%encoder.block6.conv.pointwise_out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1875 = "stablehlo.add"(%1873, %1874) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1876 = "stablehlo.add"(%1796, %1875) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init405 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1879 = "stablehlo.reduce"(%1876, %init405) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs407: tensor<f32>, %rhs408: tensor<f32>):
      %combined406 = "stablehlo.add"(%lhs407, %rhs408) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined406) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1880 = "stablehlo.reshape"(%1879) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1881 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1882 = "stablehlo.broadcast_in_dim"(%1881) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1883 = "stablehlo.multiply"(%1880, %1882) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1884 = "stablehlo.broadcast_in_dim"(%1883) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1885 = "stablehlo.subtract"(%1876, %1884) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1886 = "stablehlo.multiply"(%1885, %1885) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init409 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1887 = "stablehlo.reduce"(%1886, %init409) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs411: tensor<f32>, %rhs412: tensor<f32>):
      %combined410 = "stablehlo.add"(%lhs411, %rhs412) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined410) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1888 = "stablehlo.reshape"(%1887) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1889 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1890 = "stablehlo.broadcast_in_dim"(%1889) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1891 = "stablehlo.multiply"(%1888, %1890) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1892 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1893 = "stablehlo.broadcast_in_dim"(%1892) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1894 = "stablehlo.add"(%1891, %1893) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1895 = "stablehlo.rsqrt"(%1894) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1896 = "stablehlo.broadcast_in_dim"(%1895) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1897 = "stablehlo.multiply"(%1885, %1896) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1898 = "stablehlo.broadcast_in_dim"(%encoder.block6.ffn2.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1899 = "stablehlo.multiply"(%1897, %1898) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1900 = "stablehlo.broadcast_in_dim"(%encoder.block6.ffn2.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1901 = "stablehlo.add"(%1899, %1900) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1904 = "stablehlo.dot_general"(%1901, %encoder.block6.ffn2.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x576xf32>) -> tensor<8x8x576xf32>
    %1905 = "stablehlo.broadcast_in_dim"(%encoder.block6.ffn2.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x8x576xf32>
    %1906 = "stablehlo.add"(%1904, %1905) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %1907 = "stablehlo.logistic"(%1906) : (tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %1908 = "stablehlo.multiply"(%1906, %1907) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %1911 = "stablehlo.dot_general"(%1908, %encoder.block6.ffn2.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x576xf32>, tensor<576x144xf32>) -> tensor<8x8x144xf32>
    %1912 = "stablehlo.broadcast_in_dim"(%encoder.block6.ffn2.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1913 = "stablehlo.add"(%1911, %1912) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1914 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %1915 = "stablehlo.broadcast_in_dim"(%1914) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x144xf32>
    %1916 = "stablehlo.multiply"(%1913, %1915) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1917 = "stablehlo.add"(%1876, %1916) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init413 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1920 = "stablehlo.reduce"(%1917, %init413) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs415: tensor<f32>, %rhs416: tensor<f32>):
      %combined414 = "stablehlo.add"(%lhs415, %rhs416) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined414) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1921 = "stablehlo.reshape"(%1920) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1922 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1923 = "stablehlo.broadcast_in_dim"(%1922) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1924 = "stablehlo.multiply"(%1921, %1923) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1925 = "stablehlo.broadcast_in_dim"(%1924) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1926 = "stablehlo.subtract"(%1917, %1925) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1927 = "stablehlo.multiply"(%1926, %1926) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init417 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1928 = "stablehlo.reduce"(%1927, %init417) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs419: tensor<f32>, %rhs420: tensor<f32>):
      %combined418 = "stablehlo.add"(%lhs419, %rhs420) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined418) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1929 = "stablehlo.reshape"(%1928) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1930 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1931 = "stablehlo.broadcast_in_dim"(%1930) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1932 = "stablehlo.multiply"(%1929, %1931) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1933 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1934 = "stablehlo.broadcast_in_dim"(%1933) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1935 = "stablehlo.add"(%1932, %1934) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1936 = "stablehlo.rsqrt"(%1935) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1937 = "stablehlo.broadcast_in_dim"(%1936) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1938 = "stablehlo.multiply"(%1926, %1937) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1939 = "stablehlo.broadcast_in_dim"(%encoder.block6.final_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1940 = "stablehlo.multiply"(%1938, %1939) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1941 = "stablehlo.broadcast_in_dim"(%encoder.block6.final_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1942 = "stablehlo.add"(%1940, %1941) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init421 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1945 = "stablehlo.reduce"(%1942, %init421) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs423: tensor<f32>, %rhs424: tensor<f32>):
      %combined422 = "stablehlo.add"(%lhs423, %rhs424) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined422) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1946 = "stablehlo.reshape"(%1945) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1947 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1948 = "stablehlo.broadcast_in_dim"(%1947) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1949 = "stablehlo.multiply"(%1946, %1948) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1950 = "stablehlo.broadcast_in_dim"(%1949) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1951 = "stablehlo.subtract"(%1942, %1950) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1952 = "stablehlo.multiply"(%1951, %1951) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init425 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1953 = "stablehlo.reduce"(%1952, %init425) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs427: tensor<f32>, %rhs428: tensor<f32>):
      %combined426 = "stablehlo.add"(%lhs427, %rhs428) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined426) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1954 = "stablehlo.reshape"(%1953) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1955 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1956 = "stablehlo.broadcast_in_dim"(%1955) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1957 = "stablehlo.multiply"(%1954, %1956) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1958 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1959 = "stablehlo.broadcast_in_dim"(%1958) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1960 = "stablehlo.add"(%1957, %1959) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1961 = "stablehlo.rsqrt"(%1960) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1962 = "stablehlo.broadcast_in_dim"(%1961) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1963 = "stablehlo.multiply"(%1951, %1962) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1964 = "stablehlo.broadcast_in_dim"(%encoder.block7.ffn1.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1965 = "stablehlo.multiply"(%1963, %1964) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1966 = "stablehlo.broadcast_in_dim"(%encoder.block7.ffn1.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1967 = "stablehlo.add"(%1965, %1966) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1970 = "stablehlo.dot_general"(%1967, %encoder.block7.ffn1.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x576xf32>) -> tensor<8x8x576xf32>
    %1971 = "stablehlo.broadcast_in_dim"(%encoder.block7.ffn1.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x8x576xf32>
    %1972 = "stablehlo.add"(%1970, %1971) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %1973 = "stablehlo.logistic"(%1972) : (tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %1974 = "stablehlo.multiply"(%1972, %1973) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %1977 = "stablehlo.dot_general"(%1974, %encoder.block7.ffn1.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x576xf32>, tensor<576x144xf32>) -> tensor<8x8x144xf32>
    %1978 = "stablehlo.broadcast_in_dim"(%encoder.block7.ffn1.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1979 = "stablehlo.add"(%1977, %1978) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1980 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %1981 = "stablehlo.broadcast_in_dim"(%1980) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x144xf32>
    %1982 = "stablehlo.multiply"(%1979, %1981) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1983 = "stablehlo.add"(%1942, %1982) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init429 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1986 = "stablehlo.reduce"(%1983, %init429) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs431: tensor<f32>, %rhs432: tensor<f32>):
      %combined430 = "stablehlo.add"(%lhs431, %rhs432) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined430) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1987 = "stablehlo.reshape"(%1986) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1988 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1989 = "stablehlo.broadcast_in_dim"(%1988) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1990 = "stablehlo.multiply"(%1987, %1989) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1991 = "stablehlo.broadcast_in_dim"(%1990) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1992 = "stablehlo.subtract"(%1983, %1991) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1993 = "stablehlo.multiply"(%1992, %1992) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init433 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1994 = "stablehlo.reduce"(%1993, %init433) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs435: tensor<f32>, %rhs436: tensor<f32>):
      %combined434 = "stablehlo.add"(%lhs435, %rhs436) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined434) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1995 = "stablehlo.reshape"(%1994) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1996 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1997 = "stablehlo.broadcast_in_dim"(%1996) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1998 = "stablehlo.multiply"(%1995, %1997) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1999 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %2000 = "stablehlo.broadcast_in_dim"(%1999) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2001 = "stablehlo.add"(%1998, %2000) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2002 = "stablehlo.rsqrt"(%2001) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2003 = "stablehlo.broadcast_in_dim"(%2002) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %2004 = "stablehlo.multiply"(%1992, %2003) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2005 = "stablehlo.broadcast_in_dim"(%encoder.block7.attention.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2006 = "stablehlo.multiply"(%2004, %2005) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2007 = "stablehlo.broadcast_in_dim"(%encoder.block7.attention.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2008 = "stablehlo.add"(%2006, %2007) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2011 = "stablehlo.dot_general"(%2008, %encoder.block7.attention.qkv.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x432xf32>) -> tensor<8x8x432xf32>
    %2012 = "stablehlo.broadcast_in_dim"(%encoder.block7.attention.qkv.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<432xf32>) -> tensor<8x8x432xf32>
    %2013 = "stablehlo.add"(%2011, %2012) : (tensor<8x8x432xf32>, tensor<8x8x432xf32>) -> tensor<8x8x432xf32>
    %2014 = "stablehlo.reshape"(%2013) : (tensor<8x8x432xf32>) -> tensor<8x8x3x4x36xf32>
    %2015 = "stablehlo.transpose"(%2014) <{permutation = array<i64: 2, 0, 3, 1, 4>}> : (tensor<8x8x3x4x36xf32>) -> tensor<3x8x4x8x36xf32>
    %2016 = "stablehlo.slice"(%2015) <{start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 4, 8, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x8x36xf32>) -> tensor<1x8x4x8x36xf32>
    %2017 = "stablehlo.reshape"(%2016) : (tensor<1x8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %2018 = "stablehlo.slice"(%2015) <{start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 8, 4, 8, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x8x36xf32>) -> tensor<1x8x4x8x36xf32>
    %2019 = "stablehlo.reshape"(%2018) : (tensor<1x8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %2020 = "stablehlo.slice"(%2015) <{start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 8, 4, 8, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x8x36xf32>) -> tensor<1x8x4x8x36xf32>
    %2021 = "stablehlo.reshape"(%2020) : (tensor<1x8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %2023 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %2024 = "stablehlo.broadcast_in_dim"(%2023) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x36xf32>
    %2025 = "stablehlo.multiply"(%2017, %2024) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %2026 = "stablehlo.dot_general"(%2025, %encoder.block7.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x8x36xf32>, tensor<32x36xf32>) -> tensor<8x4x8x32xf32>
    %2027 = "stablehlo.multiply"(%2025, %2025) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %init437 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2028 = "stablehlo.reduce"(%2027, %init437) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs439: tensor<f32>, %rhs440: tensor<f32>):
      %combined438 = "stablehlo.add"(%lhs439, %rhs440) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined438) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x36xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %2029 = "stablehlo.reshape"(%2028) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %2030 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %2031 = "stablehlo.broadcast_in_dim"(%2030) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x1xf32>
    %2032 = "stablehlo.multiply"(%2029, %2031) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %2033 = "stablehlo.broadcast_in_dim"(%2032) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x32xf32>
    %2034 = "stablehlo.add"(%2026, %2033) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %init441 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %2035 = "stablehlo.reduce"(%2034, %init441) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs443: tensor<f32>, %rhs444: tensor<f32>):
      %combined442 = "stablehlo.maximum"(%lhs443, %rhs444) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined442) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x32xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %2036 = "stablehlo.reshape"(%2035) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %2037 = "stablehlo.broadcast_in_dim"(%2036) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x32xf32>
    %2038 = "stablehlo.subtract"(%2034, %2037) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %2039 = "stablehlo.exponential"(%2038) : (tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %2040 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %2041 = "stablehlo.broadcast_in_dim"(%2040) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x32xf32>
    %2042 = "stablehlo.multiply"(%2039, %2041) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %2043 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %2044 = "stablehlo.broadcast_in_dim"(%2043) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x36xf32>
    %2045 = "stablehlo.multiply"(%2019, %2044) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %2046 = "stablehlo.dot_general"(%2045, %encoder.block7.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x8x36xf32>, tensor<32x36xf32>) -> tensor<8x4x8x32xf32>
    %2047 = "stablehlo.multiply"(%2045, %2045) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %init445 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2048 = "stablehlo.reduce"(%2047, %init445) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs447: tensor<f32>, %rhs448: tensor<f32>):
      %combined446 = "stablehlo.add"(%lhs447, %rhs448) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined446) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x36xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %2049 = "stablehlo.reshape"(%2048) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %2050 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %2051 = "stablehlo.broadcast_in_dim"(%2050) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x1xf32>
    %2052 = "stablehlo.multiply"(%2049, %2051) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %2053 = "stablehlo.broadcast_in_dim"(%2052) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x32xf32>
    %2054 = "stablehlo.add"(%2046, %2053) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %2055 = "stablehlo.constant"() <{value = dense<30.0> : tensor<f32>}> : () -> tensor<f32>
    %2056 = "stablehlo.broadcast_in_dim"(%2055) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x32xf32>
    %2057 = "stablehlo.minimum"(%2054, %2056) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %2058 = "stablehlo.exponential"(%2057) : (tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %2059 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %2060 = "stablehlo.broadcast_in_dim"(%2059) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x32xf32>
    %2061 = "stablehlo.multiply"(%2058, %2060) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %2063 = "stablehlo.reshape"(%reset) : (tensor<8xi1>) -> tensor<8x1x1x1xi1>
    %2064 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2065 = "stablehlo.broadcast_in_dim"(%2064) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x32x36xf32>
    %2066 = "stablehlo.broadcast_in_dim"(%2063) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x1x1x1xi1>) -> tensor<8x4x32x36xi1>
    %2067 = "stablehlo.select"(%2066, %2065, %state.block7.attention.s) : (tensor<8x4x32x36xi1>, tensor<8x4x32x36xf32>, tensor<8x4x32x36xf32>) -> tensor<8x4x32x36xf32>
    %2069 = "stablehlo.reshape"(%reset) : (tensor<8xi1>) -> tensor<8x1x1xi1>
    %2070 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2071 = "stablehlo.broadcast_in_dim"(%2070) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x32xf32>
    %2072 = "stablehlo.broadcast_in_dim"(%2069) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi1>) -> tensor<8x4x32xi1>
    %2073 = "stablehlo.select"(%2072, %2071, %state.block7.attention.z) : (tensor<8x4x32xi1>, tensor<8x4x32xf32>, tensor<8x4x32xf32>) -> tensor<8x4x32xf32>
    %2074 = "stablehlo.dot_general"(%2042, %2061) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x8xf32>
    %2075 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<8x8xi32>
    %2076 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8x8xi32>
    %2077 = "stablehlo.compare"(%2075, %2076) <{comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi1>
    %2078 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2079 = "stablehlo.broadcast_in_dim"(%2078) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x8xf32>
    %2080 = "stablehlo.broadcast_in_dim"(%2077) <{broadcast_dimensions = array<i64: 2, 3>}> : (tensor<8x8xi1>) -> tensor<8x4x8x8xi1>
    %2081 = "stablehlo.select"(%2080, %2074, %2079) : (tensor<8x4x8x8xi1>, tensor<8x4x8x8xf32>, tensor<8x4x8x8xf32>) -> tensor<8x4x8x8xf32>
    %2082 = "stablehlo.dot_general"(%2081, %2021) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x8xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %2083 = "stablehlo.dot_general"(%2042, %2067) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x32x36xf32>) -> tensor<8x4x8x36xf32>
    %2084 = "stablehlo.add"(%2082, %2083) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %2085 = "stablehlo.reshape"(%2073) : (tensor<8x4x32xf32>) -> tensor<8x4x32x1xf32>
    %2086 = "stablehlo.dot_general"(%2042, %2085) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x32x1xf32>) -> tensor<8x4x8x1xf32>
    %init449 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2087 = "stablehlo.reduce"(%2081, %init449) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs451: tensor<f32>, %rhs452: tensor<f32>):
      %combined450 = "stablehlo.add"(%lhs451, %rhs452) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined450) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x8xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %2088 = "stablehlo.reshape"(%2087) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %2089 = "stablehlo.add"(%2088, %2086) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %2090 = "stablehlo.constant"() <{value = dense<1.0e-6> : tensor<f32>}> : () -> tensor<f32>
    %2091 = "stablehlo.broadcast_in_dim"(%2090) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x1xf32>
    %2092 = "stablehlo.add"(%2089, %2091) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %2093 = "stablehlo.broadcast_in_dim"(%2092) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x36xf32>
    %2094 = "stablehlo.divide"(%2084, %2093) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %2095 = "stablehlo.dot_general"(%2061, %2021) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x32x36xf32>
    %2096 = "stablehlo.add"(%2067, %2095) : (tensor<8x4x32x36xf32>, tensor<8x4x32x36xf32>) -> tensor<8x4x32x36xf32>
    %init453 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2097 = "stablehlo.reduce"(%2061, %init453) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs455: tensor<f32>, %rhs456: tensor<f32>):
      %combined454 = "stablehlo.add"(%lhs455, %rhs456) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined454) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x32xf32>, tensor<f32>) -> tensor<8x4x32xf32>
    %2098 = "stablehlo.add"(%2073, %2097) : (tensor<8x4x32xf32>, tensor<8x4x32xf32>) -> tensor<8x4x32xf32>
    %2099 = "stablehlo.transpose"(%2094) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x4x8x36xf32>) -> tensor<8x8x4x36xf32>
    %2100 = "stablehlo.reshape"(%2099) : (tensor<8x8x4x36xf32>) -> tensor<8x8x144xf32>
    %2103 = "stablehlo.dot_general"(%2100, %encoder.block7.attention.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x144xf32>) -> tensor<8x8x144xf32>
    %2104 = "stablehlo.broadcast_in_dim"(%encoder.block7.attention.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2105 = "stablehlo.add"(%2103, %2104) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2106 = "stablehlo.add"(%1983, %2105) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2108 = "stablehlo.reshape"(%reset) : (tensor<8xi1>) -> tensor<8x1x1xi1>
    %2109 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2110 = "stablehlo.broadcast_in_dim"(%2109) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x14x144xf32>
    %2111 = "stablehlo.broadcast_in_dim"(%2108) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi1>) -> tensor<8x14x144xi1>
    %2112 = "stablehlo.select"(%2111, %2110, %state.block7.conv) : (tensor<8x14x144xi1>, tensor<8x14x144xf32>, tensor<8x14x144xf32>) -> tensor<8x14x144xf32>
    %init457 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2115 = "stablehlo.reduce"(%2106, %init457) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs459: tensor<f32>, %rhs460: tensor<f32>):
      %combined458 = "stablehlo.add"(%lhs459, %rhs460) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined458) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %2116 = "stablehlo.reshape"(%2115) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %2117 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2118 = "stablehlo.broadcast_in_dim"(%2117) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2119 = "stablehlo.multiply"(%2116, %2118) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2120 = "stablehlo.broadcast_in_dim"(%2119) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %2121 = "stablehlo.subtract"(%2106, %2120) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2122 = "stablehlo.multiply"(%2121, %2121) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init461 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2123 = "stablehlo.reduce"(%2122, %init461) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs463: tensor<f32>, %rhs464: tensor<f32>):
      %combined462 = "stablehlo.add"(%lhs463, %rhs464) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined462) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %2124 = "stablehlo.reshape"(%2123) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %2125 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2126 = "stablehlo.broadcast_in_dim"(%2125) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2127 = "stablehlo.multiply"(%2124, %2126) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2128 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %2129 = "stablehlo.broadcast_in_dim"(%2128) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2130 = "stablehlo.add"(%2127, %2129) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2131 = "stablehlo.rsqrt"(%2130) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2132 = "stablehlo.broadcast_in_dim"(%2131) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %2133 = "stablehlo.multiply"(%2121, %2132) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2134 = "stablehlo.broadcast_in_dim"(%encoder.block7.conv.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2135 = "stablehlo.multiply"(%2133, %2134) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2136 = "stablehlo.broadcast_in_dim"(%encoder.block7.conv.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2137 = "stablehlo.add"(%2135, %2136) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2140 = "stablehlo.dot_general"(%2137, %encoder.block7.conv.pointwise_in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x288xf32>) -> tensor<8x8x288xf32>
    %2141 = "stablehlo.broadcast_in_dim"(%encoder.block7.conv.pointwise_in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x8x288xf32>
    %2142 = "stablehlo.add"(%2140, %2141) : (tensor<8x8x288xf32>, tensor<8x8x288xf32>) -> tensor<8x8x288xf32>
    %2143 = "stablehlo.slice"(%2142) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 8, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x8x288xf32>) -> tensor<8x8x144xf32>
    %2144 = "stablehlo.slice"(%2142) <{start_indices = array<i64: 0, 0, 144>, limit_indices = array<i64: 8, 8, 288>, strides = array<i64: 1, 1, 1>}> : (tensor<8x8x288xf32>) -> tensor<8x8x144xf32>
    %2145 = "stablehlo.logistic"(%2144) : (tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2146 = "stablehlo.multiply"(%2143, %2145) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2147 = "stablehlo.concatenate"(%2112, %2146) <{dimension = 1 : i64}> : (tensor<8x14x144xf32>, tensor<8x8x144xf32>) -> tensor<8x22x144xf32>
    %2148 = "stablehlo.slice"(%2147) <{start_indices = array<i64: 0, 8, 0>, limit_indices = array<i64: 8, 22, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x14x144xf32>
    %2151 = "stablehlo.convolution"(%2147, %encoder.block7.conv.depthwise.w) <{batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, f]x[0, i, o]->[b, 0, f]>, feature_group_count = 144 : i64, lhs_dilation = array<i64: 1>, padding = dense<[[0, 0]]> : tensor<1x2xi64>, rhs_dilation = array<i64: 1>, window_strides = array<i64: 1>}> : (tensor<8x22x144xf32>, tensor<15x1x144xf32>) -> tensor<8x8x144xf32>
    %2152 = "stablehlo.broadcast_in_dim"(%encoder.block7.conv.depthwise.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2153 = "stablehlo.add"(%2151, %2152) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init465 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2156 = "stablehlo.reduce"(%2153, %init465) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs467: tensor<f32>, %rhs468: tensor<f32>):
      %combined466 = "stablehlo.add"(%lhs467, %rhs468) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined466) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %2157 = "stablehlo.reshape"(%2156) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %2158 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2159 = "stablehlo.broadcast_in_dim"(%2158) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2160 = "stablehlo.multiply"(%2157, %2159) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2161 = "stablehlo.broadcast_in_dim"(%2160) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %2162 = "stablehlo.subtract"(%2153, %2161) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2163 = "stablehlo.multiply"(%2162, %2162) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init469 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2164 = "stablehlo.reduce"(%2163, %init469) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs471: tensor<f32>, %rhs472: tensor<f32>):
      %combined470 = "stablehlo.add"(%lhs471, %rhs472) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined470) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %2165 = "stablehlo.reshape"(%2164) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %2166 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2167 = "stablehlo.broadcast_in_dim"(%2166) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2168 = "stablehlo.multiply"(%2165, %2167) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2169 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %2170 = "stablehlo.broadcast_in_dim"(%2169) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2171 = "stablehlo.add"(%2168, %2170) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2172 = "stablehlo.rsqrt"(%2171) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2173 = "stablehlo.broadcast_in_dim"(%2172) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %2174 = "stablehlo.multiply"(%2162, %2173) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2175 = "stablehlo.broadcast_in_dim"(%encoder.block7.conv.depthwise_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2176 = "stablehlo.multiply"(%2174, %2175) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2177 = "stablehlo.broadcast_in_dim"(%encoder.block7.conv.depthwise_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2178 = "stablehlo.add"(%2176, %2177) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2179 = "stablehlo.logistic"(%2178) : (tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2180 = "stablehlo.multiply"(%2178, %2179) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2183 = "stablehlo.dot_general"(%2180, %encoder.block7.conv.pointwise_out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x144xf32>) -> tensor<8x8x144xf32>
    %2184 = "stablehlo.broadcast_in_dim"(%encoder.block7.conv.pointwise_out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2185 = "stablehlo.add"(%2183, %2184) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2186 = "stablehlo.add"(%2106, %2185) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init473 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2189 = "stablehlo.reduce"(%2186, %init473) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs475: tensor<f32>, %rhs476: tensor<f32>):
      %combined474 = "stablehlo.add"(%lhs475, %rhs476) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined474) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %2190 = "stablehlo.reshape"(%2189) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %2191 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2192 = "stablehlo.broadcast_in_dim"(%2191) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2193 = "stablehlo.multiply"(%2190, %2192) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2194 = "stablehlo.broadcast_in_dim"(%2193) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %2195 = "stablehlo.subtract"(%2186, %2194) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2196 = "stablehlo.multiply"(%2195, %2195) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init477 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2197 = "stablehlo.reduce"(%2196, %init477) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs479: tensor<f32>, %rhs480: tensor<f32>):
      %combined478 = "stablehlo.add"(%lhs479, %rhs480) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined478) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %2198 = "stablehlo.reshape"(%2197) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %2199 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2200 = "stablehlo.broadcast_in_dim"(%2199) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2201 = "stablehlo.multiply"(%2198, %2200) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2202 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %2203 = "stablehlo.broadcast_in_dim"(%2202) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2204 = "stablehlo.add"(%2201, %2203) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2205 = "stablehlo.rsqrt"(%2204) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2206 = "stablehlo.broadcast_in_dim"(%2205) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %2207 = "stablehlo.multiply"(%2195, %2206) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2208 = "stablehlo.broadcast_in_dim"(%encoder.block7.ffn2.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2209 = "stablehlo.multiply"(%2207, %2208) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2210 = "stablehlo.broadcast_in_dim"(%encoder.block7.ffn2.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2211 = "stablehlo.add"(%2209, %2210) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2214 = "stablehlo.dot_general"(%2211, %encoder.block7.ffn2.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x576xf32>) -> tensor<8x8x576xf32>
    %2215 = "stablehlo.broadcast_in_dim"(%encoder.block7.ffn2.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x8x576xf32>
    %2216 = "stablehlo.add"(%2214, %2215) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %2217 = "stablehlo.logistic"(%2216) : (tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %2218 = "stablehlo.multiply"(%2216, %2217) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %2221 = "stablehlo.dot_general"(%2218, %encoder.block7.ffn2.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x576xf32>, tensor<576x144xf32>) -> tensor<8x8x144xf32>
    %2222 = "stablehlo.broadcast_in_dim"(%encoder.block7.ffn2.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2223 = "stablehlo.add"(%2221, %2222) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2224 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %2225 = "stablehlo.broadcast_in_dim"(%2224) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x144xf32>
    %2226 = "stablehlo.multiply"(%2223, %2225) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2227 = "stablehlo.add"(%2186, %2226) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init481 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2230 = "stablehlo.reduce"(%2227, %init481) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs483: tensor<f32>, %rhs484: tensor<f32>):
      %combined482 = "stablehlo.add"(%lhs483, %rhs484) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined482) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %2231 = "stablehlo.reshape"(%2230) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %2232 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2233 = "stablehlo.broadcast_in_dim"(%2232) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2234 = "stablehlo.multiply"(%2231, %2233) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2235 = "stablehlo.broadcast_in_dim"(%2234) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %2236 = "stablehlo.subtract"(%2227, %2235) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2237 = "stablehlo.multiply"(%2236, %2236) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init485 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2238 = "stablehlo.reduce"(%2237, %init485) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs487: tensor<f32>, %rhs488: tensor<f32>):
      %combined486 = "stablehlo.add"(%lhs487, %rhs488) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined486) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %2239 = "stablehlo.reshape"(%2238) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %2240 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2241 = "stablehlo.broadcast_in_dim"(%2240) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2242 = "stablehlo.multiply"(%2239, %2241) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2243 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %2244 = "stablehlo.broadcast_in_dim"(%2243) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2245 = "stablehlo.add"(%2242, %2244) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2246 = "stablehlo.rsqrt"(%2245) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2247 = "stablehlo.broadcast_in_dim"(%2246) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %2248 = "stablehlo.multiply"(%2236, %2247) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2249 = "stablehlo.broadcast_in_dim"(%encoder.block7.final_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2250 = "stablehlo.multiply"(%2248, %2249) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2251 = "stablehlo.broadcast_in_dim"(%encoder.block7.final_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2252 = "stablehlo.add"(%2250, %2251) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2254 = "stablehlo.reshape"(%reset) : (tensor<8xi1>) -> tensor<8x1xi1>
    %2255 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2256 = "stablehlo.broadcast_in_dim"(%2255) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8x2xi32>
    %2257 = "stablehlo.broadcast_in_dim"(%2254) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x1xi1>) -> tensor<8x2xi1>
    %2258 = "stablehlo.select"(%2257, %2256, %state.decoder.context) : (tensor<8x2xi1>, tensor<8x2xi32>, tensor<8x2xi32>) -> tensor<8x2xi32>
    %2261 = "stablehlo.dot_general"(%2252, %decoder.joint.encoder.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x320xf32>) -> tensor<8x8x320xf32>
    %2262 = "stablehlo.broadcast_in_dim"(%decoder.joint.encoder.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<320xf32>) -> tensor<8x8x320xf32>
    %2263 = "stablehlo.add"(%2261, %2262) : (tensor<8x8x320xf32>, tensor<8x8x320xf32>) -> tensor<8x8x320xf32>
    %2264 = "stablehlo.constant"() <{value = dense<0> : tensor<8xi32>}> : () -> tensor<8xi32>
    %2265 = "stablehlo.constant"() <{value = dense<-1> : tensor<8x8x4xi32>}> : () -> tensor<8x8x4xi32>
    %2353:4 = "stablehlo.while"(%2264, %2264, %2258, %2265) ({
    ^bb0(%2266: tensor<8xi32>, %2267: tensor<8xi32>, %2268: tensor<8x2xi32>, %2269: tensor<8x8x4xi32>):
      %2270 = "stablehlo.compare"(%2266, %valid_frames) <{comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
      %init489 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
      %2271 = "stablehlo.reduce"(%2270, %init489) <{dimensions = array<i64: 0>}> ({
      ^bb0(%lhs491: tensor<i1>, %rhs492: tensor<i1>):
        %combined490 = "stablehlo.or"(%lhs491, %rhs492) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        "stablehlo.return"(%combined490) : (tensor<i1>) -> ()
      }) : (tensor<8xi1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%2271) : (tensor<i1>) -> ()
    }, {
    ^bb0(%2272: tensor<8xi32>, %2273: tensor<8xi32>, %2274: tensor<8x2xi32>, %2275: tensor<8x8x4xi32>):
      %2276 = "stablehlo.compare"(%2272, %valid_frames) <{comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
      %2277 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<8x8xi32>
      %2278 = "stablehlo.reshape"(%2272) : (tensor<8xi32>) -> tensor<8x1xi32>
      %2279 = "stablehlo.broadcast_in_dim"(%2278) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x1xi32>) -> tensor<8x8xi32>
      %2280 = "stablehlo.compare"(%2277, %2279) <{comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi1>
      %2281 = "stablehlo.convert"(%2280) : (tensor<8x8xi1>) -> tensor<8x8xf32>
      %2282 = "stablehlo.dot_general"(%2281, %2263) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>}> : (tensor<8x8xf32>, tensor<8x8x320xf32>) -> tensor<8x320xf32>
      %2284 = "stablehlo.slice"(%2274) <{start_indices = array<i64: 0, 0>, limit_indices = array<i64: 8, 1>, strides = array<i64: 1, 1>}> : (tensor<8x2xi32>) -> tensor<8x1xi32>
      %2285 = "stablehlo.reshape"(%2284) : (tensor<8x1xi32>) -> tensor<8xi32>
      %2286 = "stablehlo.gather"(%decoder.prediction.embed0, %2285) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 160>}> : (tensor<257x160xf32>, tensor<8xi32>) -> tensor<8x160xf32>
      %2288 = "stablehlo.slice"(%2274) <{start_indices = array<i64: 0, 1>, limit_indices = array<i64: 8, 2>, strides = array<i64: 1, 1>}> : (tensor<8x2xi32>) -> tensor<8x1xi32>
      %2289 = "stablehlo.reshape"(%2288) : (tensor<8x1xi32>) -> tensor<8xi32>
      %2290 = "stablehlo.gather"(%decoder.prediction.embed1, %2289) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 160>}> : (tensor<257x160xf32>, tensor<8xi32>) -> tensor<8x160xf32>
      %2291 = "stablehlo.concatenate"(%2286, %2290) <{dimension = 1 : i64}> : (tensor<8x160xf32>, tensor<8x160xf32>) -> tensor<8x320xf32>
      %2294 = "stablehlo.dot_general"(%2291, %decoder.joint.prediction.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>}> : (tensor<8x320xf32>, tensor<320x320xf32>) -> tensor<8x320xf32>
      %2295 = "stablehlo.broadcast_in_dim"(%decoder.joint.prediction.b) <{broadcast_dimensions = array<i64: 1>}> : (tensor<320xf32>) -> tensor<8x320xf32>
      %2296 = "stablehlo.add"(%2294, %2295) : (tensor<8x320xf32>, tensor<8x320xf32>) -> tensor<8x320xf32>
      %2297 = "stablehlo.add"(%2282, %2296) : (tensor<8x320xf32>, tensor<8x320xf32>) -> tensor<8x320xf32>
      %2298 = "stablehlo.tanh"(%2297) : (tensor<8x320xf32>) -> tensor<8x320xf32>
      %2301 = "stablehlo.dot_general"(%2298, %decoder.joint.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>}> : (tensor<8x320xf32>, tensor<320x257xf32>) -> tensor<8x257xf32>
      %2302 = "stablehlo.broadcast_in_dim"(%decoder.joint.out.b) <{broadcast_dimensions = array<i64: 1>}> : (tensor<257xf32>) -> tensor<8x257xf32>
      %2303 = "stablehlo.add"(%2301, %2302) : (tensor<8x257xf32>, tensor<8x257xf32>) -> tensor<8x257xf32>
      %init493 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
      %2304 = "stablehlo.reduce"(%2303, %init493) <{dimensions = array<i64: 1>}> ({
      ^bb0(%lhs495: tensor<f32>, %rhs496: tensor<f32>):
        %combined494 = "stablehlo.maximum"(%lhs495, %rhs496) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%combined494) : (tensor<f32>) -> ()
      }) : (tensor<8x257xf32>, tensor<f32>) -> tensor<8xf32>
      %2305 = "stablehlo.reshape"(%2304) : (tensor<8xf32>) -> tensor<8x1xf32>
      %2306 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<8x257xi32>
      %2307 = "stablehlo.constant"() <{value = dense<257> : tensor<i32>}> : () -> tensor<i32>
      %2308 = "stablehlo.broadcast_in_dim"(%2305) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x1xf32>) -> tensor<8x257xf32>
      %2309 = "stablehlo.compare"(%2303, %2308) <{comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>}> : (tensor<8x257xf32>, tensor<8x257xf32>) -> tensor<8x257xi1>
      %2310 = "stablehlo.broadcast_in_dim"(%2307) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8x257xi32>
      %2311 = "stablehlo.select"(%2309, %2306, %2310) : (tensor<8x257xi1>, tensor<8x257xi32>, tensor<8x257xi32>) -> tensor<8x257xi32>
      %init497 = "stablehlo.constant"() <{value = dense<2147483647> : tensor<i32>}> : () -> tensor<i32>
      %2312 = "stablehlo.reduce"(%2311, %init497) <{dimensions = array<i64: 1>}> ({
      ^bb0(%lhs499: tensor<i32>, %rhs500: tensor<i32>):
        %combined498 = "stablehlo.minimum"(%lhs499, %rhs500) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%combined498) : (tensor<i32>) -> ()
      }) : (tensor<8x257xi32>, tensor<i32>) -> tensor<8xi32>
      %2313 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
      %2314 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2315 = "stablehlo.broadcast_in_dim"(%2314) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
      %2316 = "stablehlo.compare"(%2312, %2315) <{comparison_direction = #stablehlo<comparison_direction NE>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
      %2317 = "stablehlo.and"(%2276, %2316) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
      %2318 = "stablehlo.broadcast_in_dim"(%2313) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
      %2319 = "stablehlo.compare"(%2273, %2318) <{comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
      %2320 = "stablehlo.and"(%2317, %2319) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
      %2321 = "stablehlo.not"(%2320) : (tensor<8xi1>) -> tensor<8xi1>
      %2322 = "stablehlo.and"(%2276, %2321) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
      %2323 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<8x8x4xi32>
      %2324 = "stablehlo.reshape"(%2272) : (tensor<8xi32>) -> tensor<8x1x1xi32>
      %2325 = "stablehlo.broadcast_in_dim"(%2324) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi32>) -> tensor<8x8x4xi32>
      %2326 = "stablehlo.compare"(%2323, %2325) <{comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<8x8x4xi32>, tensor<8x8x4xi32>) -> tensor<8x8x4xi1>
      %2327 = "stablehlo.iota"() <{iota_dimension = 2 : i64}> : () -> tensor<8x8x4xi32>
      %2328 = "stablehlo.reshape"(%2273) : (tensor<8xi32>) -> tensor<8x1x1xi32>
      %2329 = "stablehlo.broadcast_in_dim"(%2328) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi32>) -> tensor<8x8x4xi32>
      %2330 = "stablehlo.compare"(%2327, %2329) <{comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<8x8x4xi32>, tensor<8x8x4xi32>) -> tensor<8x8x4xi1>
      %2331 = "stablehlo.and"(%2326, %2330) : (tensor<8x8x4xi1>, tensor<8x8x4xi1>) -> tensor<8x8x4xi1>
      %2332 = "stablehlo.reshape"(%2320) : (tensor<8xi1>) -> tensor<8x1x1xi1>
      %2333 = "stablehlo.broadcast_in_dim"(%2332) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi1>) -> tensor<8x8x4xi1>
      %2334 = "stablehlo.and"(%2331, %2333) : (tensor<8x8x4xi1>, tensor<8x8x4xi1>) -> tensor<8x8x4xi1>
      %2335 = "stablehlo.reshape"(%2312) : (tensor<8xi32>) -> tensor<8x1x1xi32>
      %2336 = "stablehlo.broadcast_in_dim"(%2335) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi32>) -> tensor<8x8x4xi32>
      %2337 = "stablehlo.select"(%2334, %2336, %2275) : (tensor<8x8x4xi1>, tensor<8x8x4xi32>, tensor<8x8x4xi32>) -> tensor<8x8x4xi32>
      %2338 = "stablehlo.reshape"(%2312) : (tensor<8xi32>) -> tensor<8x1xi32>
      %2339 = "stablehlo.slice"(%2274) <{start_indices = array<i64: 0, 0>, limit_indices = array<i64: 8, 1>, strides = array<i64: 1, 1>}> : (tensor<8x2xi32>) -> tensor<8x1xi32>
      %2340 = "stablehlo.concatenate"(%2338, %2339) <{dimension = 1 : i64}> : (tensor<8x1xi32>, tensor<8x1xi32>) -> tensor<8x2xi32>
      %2341 = "stablehlo.reshape"(%2320) : (tensor<8xi1>) -> tensor<8x1xi1>
      %2342 = "stablehlo.broadcast_in_dim"(%2341) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x1xi1>) -> tensor<8x2xi1>
      %2343 = "stablehlo.select"(%2342, %2340, %2274) : (tensor<8x2xi1>, tensor<8x2xi32>, tensor<8x2xi32>) -> tensor<8x2xi32>
      %2344 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %2345 = "stablehlo.broadcast_in_dim"(%2344) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
      %2346 = "stablehlo.add"(%2273, %2345) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
      %2347 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2348 = "stablehlo.broadcast_in_dim"(%2347) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
      %2349 = "stablehlo.select"(%2320, %2346, %2348) : (tensor<8xi1>, tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
      %2350 = "stablehlo.broadcast_in_dim"(%2344) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
      %2351 = "stablehlo.add"(%2272, %2350) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
      %2352 = "stablehlo.select"(%2322, %2351, %2272) : (tensor<8xi1>, tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
      "stablehlo.return"(%2352, %2349, %2343, %2337) : (tensor<8xi32>, tensor<8xi32>, tensor<8x2xi32>, tensor<8x8x4xi32>) -> ()
    }) : (tensor<8xi32>, tensor<8xi32>, tensor<8x2xi32>, tensor<8x8x4xi32>) -> (tensor<8xi32>, tensor<8xi32>, tensor<8x2xi32>, tensor<8x8x4xi32>)
    "func.return"(%101, %288, %546, %548, %598, %856, %858, %908, %1166, %1168, %1218, %1476, %1478, %1528, %1786, %1788, %1838, %2096, %2098, %2148, %2353#2, %2353#3, %2252) : (tensor<8x14x144xf32>, tensor<8x14x144xf32>, tensor<8x4x32x36xf32>, tensor<8x4x32xf32>, tensor<8x14x144xf32>, tensor<8x4x32x36xf32>, tensor<8x4x32xf32>, tensor<8x14x144xf32>, tensor<8x4x32x36xf32>, tensor<8x4x32xf32>, tensor<8x14x144xf32>, tensor<8x4x32x36xf32>, tensor<8x4x32xf32>, tensor<8x14x144xf32>, tensor<8x4x32x36xf32>, tensor<8x4x32xf32>, tensor<8x14x144xf32>, tensor<8x4x32x36xf32>, tensor<8x4x32xf32>, tensor<8x14x144xf32>, tensor<8x2xi32>, tensor<8x8x4xi32>, tensor<8x8x144xf32>) -> ()
  }
}
