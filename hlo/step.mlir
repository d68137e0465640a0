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
    %104 = "stablehlo.reshape"(%encoder.block0.conv.depthwise.w) : (tensor<15x1x144xf32>) -> tensor<15x144xf32>
    %105 = "stablehlo.slice"(%100) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 8, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %106 = "stablehlo.slice"(%104) <{start_indices = array<i64: 0, 0>, limit_indices = array<i64: 1, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %107 = "stablehlo.broadcast_in_dim"(%106) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %108 = "stablehlo.multiply"(%105, %107) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %109 = "stablehlo.slice"(%100) <{start_indices = array<i64: 0, 1, 0>, limit_indices = array<i64: 8, 9, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %110 = "stablehlo.slice"(%104) <{start_indices = array<i64: 1, 0>, limit_indices = array<i64: 2, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %111 = "stablehlo.broadcast_in_dim"(%110) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %112 = "stablehlo.multiply"(%109, %111) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %113 = "stablehlo.add"(%108, %112) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %114 = "stablehlo.slice"(%100) <{start_indices = array<i64: 0, 2, 0>, limit_indices = array<i64: 8, 10, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %115 = "stablehlo.slice"(%104) <{start_indices = array<i64: 2, 0>, limit_indices = array<i64: 3, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %116 = "stablehlo.broadcast_in_dim"(%115) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %117 = "stablehlo.multiply"(%114, %116) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %118 = "stablehlo.add"(%113, %117) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %119 = "stablehlo.slice"(%100) <{start_indices = array<i64: 0, 3, 0>, limit_indices = array<i64: 8, 11, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %120 = "stablehlo.slice"(%104) <{start_indices = array<i64: 3, 0>, limit_indices = array<i64: 4, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %121 = "stablehlo.broadcast_in_dim"(%120) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %122 = "stablehlo.multiply"(%119, %121) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %123 = "stablehlo.add"(%118, %122) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %124 = "stablehlo.slice"(%100) <{start_indices = array<i64: 0, 4, 0>, limit_indices = array<i64: 8, 12, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %125 = "stablehlo.slice"(%104) <{start_indices = array<i64: 4, 0>, limit_indices = array<i64: 5, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %126 = "stablehlo.broadcast_in_dim"(%125) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %127 = "stablehlo.multiply"(%124, %126) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %128 = "stablehlo.add"(%123, %127) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %129 = "stablehlo.slice"(%100) <{start_indices = array<i64: 0, 5, 0>, limit_indices = array<i64: 8, 13, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %130 = "stablehlo.slice"(%104) <{start_indices = array<i64: 5, 0>, limit_indices = array<i64: 6, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %131 = "stablehlo.broadcast_in_dim"(%130) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %132 = "stablehlo.multiply"(%129, %131) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %133 = "stablehlo.add"(%128, %132) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %134 = "stablehlo.slice"(%100) <{start_indices = array<i64: 0, 6, 0>, limit_indices = array<i64: 8, 14, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %135 = "stablehlo.slice"(%104) <{start_indices = array<i64: 6, 0>, limit_indices = array<i64: 7, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %136 = "stablehlo.broadcast_in_dim"(%135) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %137 = "stablehlo.multiply"(%134, %136) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %138 = "stablehlo.add"(%133, %137) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %139 = "stablehlo.slice"(%100) <{start_indices = array<i64: 0, 7, 0>, limit_indices = array<i64: 8, 15, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %140 = "stablehlo.slice"(%104) <{start_indices = array<i64: 7, 0>, limit_indices = array<i64: 8, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %141 = "stablehlo.broadcast_in_dim"(%140) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %142 = "stablehlo.multiply"(%139, %141) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %143 = "stablehlo.add"(%138, %142) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %144 = "stablehlo.slice"(%100) <{start_indices = array<i64: 0, 8, 0>, limit_indices = array<i64: 8, 16, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %145 = "stablehlo.slice"(%104) <{start_indices = array<i64: 8, 0>, limit_indices = array<i64: 9, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %146 = "stablehlo.broadcast_in_dim"(%145) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %147 = "stablehlo.multiply"(%144, %146) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %148 = "stablehlo.add"(%143, %147) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %149 = "stablehlo.slice"(%100) <{start_indices = array<i64: 0, 9, 0>, limit_indices = array<i64: 8, 17, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %150 = "stablehlo.slice"(%104) <{start_indices = array<i64: 9, 0>, limit_indices = array<i64: 10, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %151 = "stablehlo.broadcast_in_dim"(%150) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %152 = "stablehlo.multiply"(%149, %151) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %153 = "stablehlo.add"(%148, %152) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %154 = "stablehlo.slice"(%100) <{start_indices = array<i64: 0, 10, 0>, limit_indices = array<i64: 8, 18, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %155 = "stablehlo.slice"(%104) <{start_indices = array<i64: 10, 0>, limit_indices = array<i64: 11, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %156 = "stablehlo.broadcast_in_dim"(%155) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %157 = "stablehlo.multiply"(%154, %156) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %158 = "stablehlo.add"(%153, %157) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %159 = "stablehlo.slice"(%100) <{start_indices = array<i64: 0, 11, 0>, limit_indices = array<i64: 8, 19, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %160 = "stablehlo.slice"(%104) <{start_indices = array<i64: 11, 0>, limit_indices = array<i64: 12, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %161 = "stablehlo.broadcast_in_dim"(%160) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %162 = "stablehlo.multiply"(%159, %161) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %163 = "stablehlo.add"(%158, %162) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %164 = "stablehlo.slice"(%100) <{start_indices = array<i64: 0, 12, 0>, limit_indices = array<i64: 8, 20, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %165 = "stablehlo.slice"(%104) <{start_indices = array<i64: 12, 0>, limit_indices = array<i64: 13, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %166 = "stablehlo.broadcast_in_dim"(%165) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %167 = "stablehlo.multiply"(%164, %166) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %168 = "stablehlo.add"(%163, %167) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %169 = "stablehlo.slice"(%100) <{start_indices = array<i64: 0, 13, 0>, limit_indices = array<i64: 8, 21, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %170 = "stablehlo.slice"(%104) <{start_indices = array<i64: 13, 0>, limit_indices = array<i64: 14, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %171 = "stablehlo.broadcast_in_dim"(%170) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %172 = "stablehlo.multiply"(%169, %171) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %173 = "stablehlo.add"(%168, %172) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %174 = "stablehlo.slice"(%100) <{start_indices = array<i64: 0, 14, 0>, limit_indices = array<i64: 8, 22, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %175 = "stablehlo.slice"(%104) <{start_indices = array<i64: 14, 0>, limit_indices = array<i64: 15, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %176 = "stablehlo.broadcast_in_dim"(%175) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %177 = "stablehlo.multiply"(%174, %176) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %178 = "stablehlo.add"(%173, %177) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %179 = "stablehlo.broadcast_in_dim"(%encoder.block0.conv.depthwise.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %180 = "stablehlo.add"(%178, %179) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init17 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %183 = "stablehlo.reduce"(%180, %init17) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs19: tensor<f32>, %rhs20: tensor<f32>):
      %combined18 = "stablehlo.add"(%lhs19, %rhs20) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined18) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %184 = "stablehlo.reshape"(%183) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %185 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %186 = "stablehlo.broadcast_in_dim"(%185) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %187 = "stablehlo.multiply"(%184, %186) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %188 = "stablehlo.broadcast_in_dim"(%187) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %189 = "stablehlo.subtract"(%180, %188) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %190 = "stablehlo.multiply"(%189, %189) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init21 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %191 = "stablehlo.reduce"(%190, %init21) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs23: tensor<f32>, %rhs24: tensor<f32>):
      %combined22 = "stablehlo.add"(%lhs23, %rhs24) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined22) : (tensor<f32>) -> ()
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
    %202 = "stablehlo.broadcast_in_dim"(%encoder.block0.conv.depthwise_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %203 = "stablehlo.multiply"(%201, %202) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %204 = "stablehlo.broadcast_in_dim"(%encoder.block0.conv.depthwise_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %205 = "stablehlo.add"(%203, %204) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %206 = "stablehlo.logistic"(%205) : (tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %207 = "stablehlo.multiply"(%205, %206) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %210 = "stablehlo.dot_general"(%207, %encoder.block0.conv.pointwise_out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x144xf32>) -> tensor<8x8x144xf32>
    %211 = "stablehlo.broadcast_in_dim"(%encoder.block0.conv.pointwise_out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %212 = "stablehlo.add"(%210, %211) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %213 = "stablehlo.add"(%59, %212) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init25 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %216 = "stablehlo.reduce"(%213, %init25) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs27: tensor<f32>, %rhs28: tensor<f32>):
      %combined26 = "stablehlo.add"(%lhs27, %rhs28) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined26) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %217 = "stablehlo.reshape"(%216) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %218 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %219 = "stablehlo.broadcast_in_dim"(%218) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %220 = "stablehlo.multiply"(%217, %219) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %221 = "stablehlo.broadcast_in_dim"(%220) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %222 = "stablehlo.subtract"(%213, %221) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %223 = "stablehlo.multiply"(%222, %222) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init29 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %224 = "stablehlo.reduce"(%223, %init29) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs31: tensor<f32>, %rhs32: tensor<f32>):
      %combined30 = "stablehlo.add"(%lhs31, %rhs32) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined30) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %225 = "stablehlo.reshape"(%224) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %226 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %227 = "stablehlo.broadcast_in_dim"(%226) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %228 = "stablehlo.multiply"(%225, %227) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %229 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %230 = "stablehlo.broadcast_in_dim"(%229) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %231 = "stablehlo.add"(%228, %230) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %232 = "stablehlo.rsqrt"(%231) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %233 = "stablehlo.broadcast_in_dim"(%232) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %234 = "stablehlo.multiply"(%222, %233) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %235 = "stablehlo.broadcast_in_dim"(%encoder.block0.ffn2.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %236 = "stablehlo.multiply"(%234, %235) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %237 = "stablehlo.broadcast_in_dim"(%encoder.block0.ffn2.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %238 = "stablehlo.add"(%236, %237) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %241 = "stablehlo.dot_general"(%238, %encoder.block0.ffn2.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x288xf32>) -> tensor<8x8x288xf32>
    %242 = "stablehlo.broadcast_in_dim"(%encoder.block0.ffn2.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x8x288xf32>
    %243 = "stablehlo.add"(%241, %242) : (tensor<8x8x288xf32>, tensor<8x8x288xf32>) -> tensor<8x8x288xf32>
    %244 = "stablehlo.logistic"(%243) : (tensor<8x8x288xf32>) -> tensor<8x8x288xf32>
    %245 = "stablehlo.multiply"(%243, %244) : (tensor<8x8x288xf32>, tensor<8x8x288xf32>) -> tensor<8x8x288xf32>
    %248 = "stablehlo.dot_general"(%245, %encoder.block0.ffn2.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x288xf32>, tensor<288x144xf32>) -> tensor<8x8x144xf32>
    %249 = "stablehlo.broadcast_in_dim"(%encoder.block0.ffn2.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %250 = "stablehlo.add"(%248, %249) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %251 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %252 = "stablehlo.broadcast_in_dim"(%251) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x144xf32>
    %253 = "stablehlo.multiply"(%250, %252) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %254 = "stablehlo.add"(%213, %253) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init33 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %257 = "stablehlo.reduce"(%254, %init33) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs35: tensor<f32>, %rhs36: tensor<f32>):
      %combined34 = "stablehlo.add"(%lhs35, %rhs36) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined34) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %258 = "stablehlo.reshape"(%257) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %259 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %260 = "stablehlo.broadcast_in_dim"(%259) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %261 = "stablehlo.multiply"(%258, %260) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %262 = "stablehlo.broadcast_in_dim"(%261) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %263 = "stablehlo.subtract"(%254, %262) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %264 = "stablehlo.multiply"(%263, %263) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init37 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %265 = "stablehlo.reduce"(%264, %init37) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs39: tensor<f32>, %rhs40: tensor<f32>):
      %combined38 = "stablehlo.add"(%lhs39, %rhs40) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined38) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %266 = "stablehlo.reshape"(%265) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %267 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %268 = "stablehlo.broadcast_in_dim"(%267) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %269 = "stablehlo.multiply"(%266, %268) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %270 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %271 = "stablehlo.broadcast_in_dim"(%270) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %272 = "stablehlo.add"(%269, %271) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %273 = "stablehlo.rsqrt"(%272) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %274 = "stablehlo.broadcast_in_dim"(%273) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %275 = "stablehlo.multiply"(%263, %274) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %276 = "stablehlo.broadcast_in_dim"(%encoder.block0.final_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %277 = "stablehlo.multiply"(%275, %276) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %278 = "stablehlo.broadcast_in_dim"(%encoder.block0.final_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %279 = "stablehlo.add"(%277, %278) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init41 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %282 = "stablehlo.reduce"(%279, %init41) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs43: tensor<f32>, %rhs44: tensor<f32>):
      %combined42 = "stablehlo.add"(%lhs43, %rhs44) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined42) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %283 = "stablehlo.reshape"(%282) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %284 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %285 = "stablehlo.broadcast_in_dim"(%284) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %286 = "stablehlo.multiply"(%283, %285) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %287 = "stablehlo.broadcast_in_dim"(%286) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %288 = "stablehlo.subtract"(%279, %287) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %289 = "stablehlo.multiply"(%288, %288) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init45 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %290 = "stablehlo.reduce"(%289, %init45) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs47: tensor<f32>, %rhs48: tensor<f32>):
      %combined46 = "stablehlo.add"(%lhs47, %rhs48) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined46) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %291 = "stablehlo.reshape"(%290) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %292 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %293 = "stablehlo.broadcast_in_dim"(%292) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %294 = "stablehlo.multiply"(%291, %293) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %295 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %296 = "stablehlo.broadcast_in_dim"(%295) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %297 = "stablehlo.add"(%294, %296) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %298 = "stablehlo.rsqrt"(%297) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %299 = "stablehlo.broadcast_in_dim"(%298) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %300 = "stablehlo.multiply"(%288, %299) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %301 = "stablehlo.broadcast_in_dim"(%encoder.block1.ffn1.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %302 = "stablehlo.multiply"(%300, %301) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %303 = "stablehlo.broadcast_in_dim"(%encoder.block1.ffn1.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %304 = "stablehlo.add"(%302, %303) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %307 = "stablehlo.dot_general"(%304, %encoder.block1.ffn1.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x288xf32>) -> tensor<8x8x288xf32>
    %308 = "stablehlo.broadcast_in_dim"(%encoder.block1.ffn1.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x8x288xf32>
    %309 = "stablehlo.add"(%307, %308) : (tensor<8x8x288xf32>, tensor<8x8x288xf32>) -> tensor<8x8x288xf32>
    %310 = "stablehlo.logistic"(%309) : (tensor<8x8x288xf32>) -> tensor<8x8x288xf32>
    %311 = "stablehlo.multiply"(%309, %310) : (tensor<8x8x288xf32>, tensor<8x8x288xf32>) -> tensor<8x8x288xf32>
    %314 = "stablehlo.dot_general"(%311, %encoder.block1.ffn1.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x288xf32>, tensor<288x144xf32>) -> tensor<8x8x144xf32>
    %315 = "stablehlo.broadcast_in_dim"(%encoder.block1.ffn1.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %316 = "stablehlo.add"(%314, %315) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %317 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %318 = "stablehlo.broadcast_in_dim"(%317) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x144xf32>
    %319 = "stablehlo.multiply"(%316, %318) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %320 = "stablehlo.add"(%279, %319) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %322 = "stablehlo.reshape"(%reset) : (tensor<8xi1>) -> tensor<8x1x1xi1>
    %323 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %324 = "stablehlo.broadcast_in_dim"(%323) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x14x144xf32>
    %325 = "stablehlo.broadcast_in_dim"(%322) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi1>) -> tensor<8x14x144xi1>
    %326 = "stablehlo.select"(%325, %324, %state.block1.conv) : (tensor<8x14x144xi1>, tensor<8x14x144xf32>, tensor<8x14x144xf32>) -> tensor<8x14x144xf32>
    %init49 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %329 = "stablehlo.reduce"(%320, %init49) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs51: tensor<f32>, %rhs52: tensor<f32>):
      %combined50 = "stablehlo.add"(%lhs51, %rhs52) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined50) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %330 = "stablehlo.reshape"(%329) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %331 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %332 = "stablehlo.broadcast_in_dim"(%331) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %333 = "stablehlo.multiply"(%330, %332) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %334 = "stablehlo.broadcast_in_dim"(%333) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %335 = "stablehlo.subtract"(%320, %334) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %336 = "stablehlo.multiply"(%335, %335) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init53 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %337 = "stablehlo.reduce"(%336, %init53) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs55: tensor<f32>, %rhs56: tensor<f32>):
      %combined54 = "stablehlo.add"(%lhs55, %rhs56) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined54) : (tensor<f32>) -> ()
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
    %348 = "stablehlo.broadcast_in_dim"(%encoder.block1.conv.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %349 = "stablehlo.multiply"(%347, %348) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %350 = "stablehlo.broadcast_in_dim"(%encoder.block1.conv.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %351 = "stablehlo.add"(%349, %350) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %354 = "stablehlo.dot_general"(%351, %encoder.block1.conv.pointwise_in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x288xf32>) -> tensor<8x8x288xf32>
    %355 = "stablehlo.broadcast_in_dim"(%encoder.block1.conv.pointwise_in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x8x288xf32>
    %356 = "stablehlo.add"(%354, %355) : (tensor<8x8x288xf32>, tensor<8x8x288xf32>) -> tensor<8x8x288xf32>
    %357 = "stablehlo.slice"(%356) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 8, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x8x288xf32>) -> tensor<8x8x144xf32>
    %358 = "stablehlo.slice"(%356) <{start_indices = array<i64: 0, 0, 144>, limit_indices = array<i64: 8, 8, 288>, strides = array<i64: 1, 1, 1>}> : (tensor<8x8x288xf32>) -> tensor<8x8x144xf32>
    %359 = "stablehlo.logistic"(%358) : (tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %360 = "stablehlo.multiply"(%357, %359) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %361 = "stablehlo.concatenate"(%326, %360) <{dimension = 1 : i64}> : (tensor<8x14x144xf32>, tensor<8x8x144xf32>) -> tensor<8x22x144xf32>
    %362 = "stablehlo.slice"(%361) <{start_indices = array<i64: 0, 8, 0>, limit_indices = array<i64: 8, 22, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x14x144xf32>
    %365 = "stablehlo.reshape"(%encoder.block1.conv.depthwise.w) : (tensor<15x1x144xf32>) -> tensor<15x144xf32>
    %366 = "stablehlo.slice"(%361) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 8, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %367 = "stablehlo.slice"(%365) <{start_indices = array<i64: 0, 0>, limit_indices = array<i64: 1, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %368 = "stablehlo.broadcast_in_dim"(%367) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %369 = "stablehlo.multiply"(%366, %368) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %370 = "stablehlo.slice"(%361) <{start_indices = array<i64: 0, 1, 0>, limit_indices = array<i64: 8, 9, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %371 = "stablehlo.slice"(%365) <{start_indices = array<i64: 1, 0>, limit_indices = array<i64: 2, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %372 = "stablehlo.broadcast_in_dim"(%371) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %373 = "stablehlo.multiply"(%370, %372) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %374 = "stablehlo.add"(%369, %373) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %375 = "stablehlo.slice"(%361) <{start_indices = array<i64: 0, 2, 0>, limit_indices = array<i64: 8, 10, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %376 = "stablehlo.slice"(%365) <{start_indices = array<i64: 2, 0>, limit_indices = array<i64: 3, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %377 = "stablehlo.broadcast_in_dim"(%376) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %378 = "stablehlo.multiply"(%375, %377) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %379 = "stablehlo.add"(%374, %378) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %380 = "stablehlo.slice"(%361) <{start_indices = array<i64: 0, 3, 0>, limit_indices = array<i64: 8, 11, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %381 = "stablehlo.slice"(%365) <{start_indices = array<i64: 3, 0>, limit_indices = array<i64: 4, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %382 = "stablehlo.broadcast_in_dim"(%381) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %383 = "stablehlo.multiply"(%380, %382) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %384 = "stablehlo.add"(%379, %383) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %385 = "stablehlo.slice"(%361) <{start_indices = array<i64: 0, 4, 0>, limit_indices = array<i64: 8, 12, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %386 = "stablehlo.slice"(%365) <{start_indices = array<i64: 4, 0>, limit_indices = array<i64: 5, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %387 = "stablehlo.broadcast_in_dim"(%386) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %388 = "stablehlo.multiply"(%385, %387) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %389 = "stablehlo.add"(%384, %388) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %390 = "stablehlo.slice"(%361) <{start_indices = array<i64: 0, 5, 0>, limit_indices = array<i64: 8, 13, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %391 = "stablehlo.slice"(%365) <{start_indices = array<i64: 5, 0>, limit_indices = array<i64: 6, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %392 = "stablehlo.broadcast_in_dim"(%391) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %393 = "stablehlo.multiply"(%390, %392) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %394 = "stablehlo.add"(%389, %393) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %395 = "stablehlo.slice"(%361) <{start_indices = array<i64: 0, 6, 0>, limit_indices = array<i64: 8, 14, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %396 = "stablehlo.slice"(%365) <{start_indices = array<i64: 6, 0>, limit_indices = array<i64: 7, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %397 = "stablehlo.broadcast_in_dim"(%396) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %398 = "stablehlo.multiply"(%395, %397) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %399 = "stablehlo.add"(%394, %398) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %400 = "stablehlo.slice"(%361) <{start_indices = array<i64: 0, 7, 0>, limit_indices = array<i64: 8, 15, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %401 = "stablehlo.slice"(%365) <{start_indices = array<i64: 7, 0>, limit_indices = array<i64: 8, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %402 = "stablehlo.broadcast_in_dim"(%401) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %403 = "stablehlo.multiply"(%400, %402) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %404 = "stablehlo.add"(%399, %403) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %405 = "stablehlo.slice"(%361) <{start_indices = array<i64: 0, 8, 0>, limit_indices = array<i64: 8, 16, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %406 = "stablehlo.slice"(%365) <{start_indices = array<i64: 8, 0>, limit_indices = array<i64: 9, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %407 = "stablehlo.broadcast_in_dim"(%406) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %408 = "stablehlo.multiply"(%405, %407) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %409 = "stablehlo.add"(%404, %408) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %410 = "stablehlo.slice"(%361) <{start_indices = array<i64: 0, 9, 0>, limit_indices = array<i64: 8, 17, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %411 = "stablehlo.slice"(%365) <{start_indices = array<i64: 9, 0>, limit_indices = array<i64: 10, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %412 = "stablehlo.broadcast_in_dim"(%411) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %413 = "stablehlo.multiply"(%410, %412) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %414 = "stablehlo.add"(%409, %413) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %415 = "stablehlo.slice"(%361) <{start_indices = array<i64: 0, 10, 0>, limit_indices = array<i64: 8, 18, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %416 = "stablehlo.slice"(%365) <{start_indices = array<i64: 10, 0>, limit_indices = array<i64: 11, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %417 = "stablehlo.broadcast_in_dim"(%416) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %418 = "stablehlo.multiply"(%415, %417) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %419 = "stablehlo.add"(%414, %418) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %420 = "stablehlo.slice"(%361) <{start_indices = array<i64: 0, 11, 0>, limit_indices = array<i64: 8, 19, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %421 = "stablehlo.slice"(%365) <{start_indices = array<i64: 11, 0>, limit_indices = array<i64: 12, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %422 = "stablehlo.broadcast_in_dim"(%421) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %423 = "stablehlo.multiply"(%420, %422) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %424 = "stablehlo.add"(%419, %423) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %425 = "stablehlo.slice"(%361) <{start_indices = array<i64: 0, 12, 0>, limit_indices = array<i64: 8, 20, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %426 = "stablehlo.slice"(%365) <{start_indices = array<i64: 12, 0>, limit_indices = array<i64: 13, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %427 = "stablehlo.broadcast_in_dim"(%426) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %428 = "stablehlo.multiply"(%425, %427) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %429 = "stablehlo.add"(%424, %428) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %430 = "stablehlo.slice"(%361) <{start_indices = array<i64: 0, 13, 0>, limit_indices = array<i64: 8, 21, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %431 = "stablehlo.slice"(%365) <{start_indices = array<i64: 13, 0>, limit_indices = array<i64: 14, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %432 = "stablehlo.broadcast_in_dim"(%431) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %433 = "stablehlo.multiply"(%430, %432) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %434 = "stablehlo.add"(%429, %433) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %435 = "stablehlo.slice"(%361) <{start_indices = array<i64: 0, 14, 0>, limit_indices = array<i64: 8, 22, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %436 = "stablehlo.slice"(%365) <{start_indices = array<i64: 14, 0>, limit_indices = array<i64: 15, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %437 = "stablehlo.broadcast_in_dim"(%436) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %438 = "stablehlo.multiply"(%435, %437) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %439 = "stablehlo.add"(%434, %438) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %440 = "stablehlo.broadcast_in_dim"(%encoder.block1.conv.depthwise.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %441 = "stablehlo.add"(%439, %440) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init57 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %444 = "stablehlo.reduce"(%441, %init57) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs59: tensor<f32>, %rhs60: tensor<f32>):
      %combined58 = "stablehlo.add"(%lhs59, %rhs60) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined58) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %445 = "stablehlo.reshape"(%444) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %446 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %447 = "stablehlo.broadcast_in_dim"(%446) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %448 = "stablehlo.multiply"(%445, %447) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %449 = "stablehlo.broadcast_in_dim"(%448) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %450 = "stablehlo.subtract"(%441, %449) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %451 = "stablehlo.multiply"(%450, %450) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init61 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %452 = "stablehlo.reduce"(%451, %init61) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs63: tensor<f32>, %rhs64: tensor<f32>):
      %combined62 = "stablehlo.add"(%lhs63, %rhs64) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined62) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %453 = "stablehlo.reshape"(%452) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %454 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %455 = "stablehlo.broadcast_in_dim"(%454) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %456 = "stablehlo.multiply"(%453, %455) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %457 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %458 = "stablehlo.broadcast_in_dim"(%457) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %459 = "stablehlo.add"(%456, %458) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %460 = "stablehlo.rsqrt"(%459) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %461 = "stablehlo.broadcast_in_dim"(%460) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %462 = "stablehlo.multiply"(%450, %461) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %463 = "stablehlo.broadcast_in_dim"(%encoder.block1.conv.depthwise_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %464 = "stablehlo.multiply"(%462, %463) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %465 = "stablehlo.broadcast_in_dim"(%encoder.block1.conv.depthwise_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %466 = "stablehlo.add"(%464, %465) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %467 = "stablehlo.logistic"(%466) : (tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %468 = "stablehlo.multiply"(%466, %467) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %471 = "stablehlo.dot_general"(%468, %encoder.block1.conv.pointwise_out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x144xf32>) -> tensor<8x8x144xf32>
    %472 = "stablehlo.broadcast_in_dim"(%encoder.block1.conv.pointwise_out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %473 = "stablehlo.add"(%471, %472) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %474 = "stablehlo.add"(%320, %473) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init65 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %477 = "stablehlo.reduce"(%474, %init65) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs67: tensor<f32>, %rhs68: tensor<f32>):
      %combined66 = "stablehlo.add"(%lhs67, %rhs68) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined66) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %478 = "stablehlo.reshape"(%477) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %479 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %480 = "stablehlo.broadcast_in_dim"(%479) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %481 = "stablehlo.multiply"(%478, %480) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %482 = "stablehlo.broadcast_in_dim"(%481) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %483 = "stablehlo.subtract"(%474, %482) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %484 = "stablehlo.multiply"(%483, %483) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init69 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %485 = "stablehlo.reduce"(%484, %init69) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs71: tensor<f32>, %rhs72: tensor<f32>):
      %combined70 = "stablehlo.add"(%lhs71, %rhs72) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined70) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %486 = "stablehlo.reshape"(%485) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %487 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %488 = "stablehlo.broadcast_in_dim"(%487) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %489 = "stablehlo.multiply"(%486, %488) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %490 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %491 = "stablehlo.broadcast_in_dim"(%490) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %492 = "stablehlo.add"(%489, %491) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %493 = "stablehlo.rsqrt"(%492) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %494 = "stablehlo.broadcast_in_dim"(%493) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %495 = "stablehlo.multiply"(%483, %494) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %496 = "stablehlo.broadcast_in_dim"(%encoder.block1.ffn2.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %497 = "stablehlo.multiply"(%495, %496) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %498 = "stablehlo.broadcast_in_dim"(%encoder.block1.ffn2.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %499 = "stablehlo.add"(%497, %498) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %502 = "stablehlo.dot_general"(%499, %encoder.block1.ffn2.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x288xf32>) -> tensor<8x8x288xf32>
    %503 = "stablehlo.broadcast_in_dim"(%encoder.block1.ffn2.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x8x288xf32>
    %504 = "stablehlo.add"(%502, %503) : (tensor<8x8x288xf32>, tensor<8x8x288xf32>) -> tensor<8x8x288xf32>
    %505 = "stablehlo.logistic"(%504) : (tensor<8x8x288xf32>) -> tensor<8x8x288xf32>
    %506 = "stablehlo.multiply"(%504, %505) : (tensor<8x8x288xf32>, tensor<8x8x288xf32>) -> tensor<8x8x288xf32>
    %509 = "stablehlo.dot_general"(%506, %encoder.block1.ffn2.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x288xf32>, tensor<288x144xf32>) -> tensor<8x8x144xf32>
    %510 = "stablehlo.broadcast_in_dim"(%encoder.block1.ffn2.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %511 = "stablehlo.add"(%509, %510) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %512 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %513 = "stablehlo.broadcast_in_dim"(%512) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x144xf32>
    %514 = "stablehlo.multiply"(%511, %513) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %515 = "stablehlo.add"(%474, %514) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init73 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %518 = "stablehlo.reduce"(%515, %init73) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs75: tensor<f32>, %rhs76: tensor<f32>):
      %combined74 = "stablehlo.add"(%lhs75, %rhs76) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined74) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %519 = "stablehlo.reshape"(%518) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %520 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %521 = "stablehlo.broadcast_in_dim"(%520) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %522 = "stablehlo.multiply"(%519, %521) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %523 = "stablehlo.broadcast_in_dim"(%522) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %524 = "stablehlo.subtract"(%515, %523) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %525 = "stablehlo.multiply"(%524, %524) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init77 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %526 = "stablehlo.reduce"(%525, %init77) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs79: tensor<f32>, %rhs80: tensor<f32>):
      %combined78 = "stablehlo.add"(%lhs79, %rhs80) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined78) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %527 = "stablehlo.reshape"(%526) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %528 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %529 = "stablehlo.broadcast_in_dim"(%528) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %530 = "stablehlo.multiply"(%527, %529) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %531 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %532 = "stablehlo.broadcast_in_dim"(%531) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %533 = "stablehlo.add"(%530, %532) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %534 = "stablehlo.rsqrt"(%533) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %535 = "stablehlo.broadcast_in_dim"(%534) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %536 = "stablehlo.multiply"(%524, %535) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %537 = "stablehlo.broadcast_in_dim"(%encoder.block1.final_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %538 = "stablehlo.multiply"(%536, %537) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %539 = "stablehlo.broadcast_in_dim"(%encoder.block1.final_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %540 = "stablehlo.add"(%538, %539) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init81 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %543 = "stablehlo.reduce"(%540, %init81) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs83: tensor<f32>, %rhs84: tensor<f32>):
      %combined82 = "stablehlo.add"(%lhs83, %rhs84) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined82) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %544 = "stablehlo.reshape"(%543) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %545 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %546 = "stablehlo.broadcast_in_dim"(%545) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %547 = "stablehlo.multiply"(%544, %546) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %548 = "stablehlo.broadcast_in_dim"(%547) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %549 = "stablehlo.subtract"(%540, %548) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %550 = "stablehlo.multiply"(%549, %549) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init85 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %551 = "stablehlo.reduce"(%550, %init85) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs87: tensor<f32>, %rhs88: tensor<f32>):
      %combined86 = "stablehlo.add"(%lhs87, %rhs88) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined86) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %552 = "stablehlo.reshape"(%551) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %553 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %554 = "stablehlo.broadcast_in_dim"(%553) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %555 = "stablehlo.multiply"(%552, %554) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %556 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %557 = "stablehlo.broadcast_in_dim"(%556) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %558 = "stablehlo.add"(%555, %557) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %559 = "stablehlo.rsqrt"(%558) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %560 = "stablehlo.broadcast_in_dim"(%559) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %561 = "stablehlo.multiply"(%549, %560) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %562 = "stablehlo.broadcast_in_dim"(%encoder.block2.ffn1.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %563 = "stablehlo.multiply"(%561, %562) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %564 = "stablehlo.broadcast_in_dim"(%encoder.block2.ffn1.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %565 = "stablehlo.add"(%563, %564) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %568 = "stablehlo.dot_general"(%565, %encoder.block2.ffn1.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x576xf32>) -> tensor<8x8x576xf32>
    %569 = "stablehlo.broadcast_in_dim"(%encoder.block2.ffn1.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x8x576xf32>
    %570 = "stablehlo.add"(%568, %569) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %571 = "stablehlo.logistic"(%570) : (tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %572 = "stablehlo.multiply"(%570, %571) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %575 = "stablehlo.dot_general"(%572, %encoder.block2.ffn1.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x576xf32>, tensor<576x144xf32>) -> tensor<8x8x144xf32>
    %576 = "stablehlo.broadcast_in_dim"(%encoder.block2.ffn1.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %577 = "stablehlo.add"(%575, %576) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %578 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %579 = "stablehlo.broadcast_in_dim"(%578) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x144xf32>
    %580 = "stablehlo.multiply"(%577, %579) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %581 = "stablehlo.add"(%540, %580) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init89 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %584 = "stablehlo.reduce"(%581, %init89) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs91: tensor<f32>, %rhs92: tensor<f32>):
      %combined90 = "stablehlo.add"(%lhs91, %rhs92) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined90) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %585 = "stablehlo.reshape"(%584) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %586 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %587 = "stablehlo.broadcast_in_dim"(%586) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %588 = "stablehlo.multiply"(%585, %587) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %589 = "stablehlo.broadcast_in_dim"(%588) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %590 = "stablehlo.subtract"(%581, %589) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %591 = "stablehlo.multiply"(%590, %590) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init93 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %592 = "stablehlo.reduce"(%591, %init93) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs95: tensor<f32>, %rhs96: tensor<f32>):
      %combined94 = "stablehlo.add"(%lhs95, %rhs96) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined94) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %593 = "stablehlo.reshape"(%592) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %594 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %595 = "stablehlo.broadcast_in_dim"(%594) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %596 = "stablehlo.multiply"(%593, %595) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %597 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %598 = "stablehlo.broadcast_in_dim"(%597) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %599 = "stablehlo.add"(%596, %598) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %600 = "stablehlo.rsqrt"(%599) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %601 = "stablehlo.broadcast_in_dim"(%600) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %602 = "stablehlo.multiply"(%590, %601) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %603 = "stablehlo.broadcast_in_dim"(%encoder.block2.attention.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %604 = "stablehlo.multiply"(%602, %603) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %605 = "stablehlo.broadcast_in_dim"(%encoder.block2.attention.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %606 = "stablehlo.add"(%604, %605) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %609 = "stablehlo.dot_general"(%606, %encoder.block2.attention.qkv.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x432xf32>) -> tensor<8x8x432xf32>
    %610 = "stablehlo.broadcast_in_dim"(%encoder.block2.attention.qkv.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<432xf32>) -> tensor<8x8x432xf32>
    %611 = "stablehlo.add"(%609, %610) : (tensor<8x8x432xf32>, tensor<8x8x432xf32>) -> tensor<8x8x432xf32>
    %612 = "stablehlo.reshape"(%611) : (tensor<8x8x432xf32>) -> tensor<8x8x3x4x36xf32>
    %613 = "stablehlo.transpose"(%612) <{permutation = array<i64: 2, 0, 3, 1, 4>}> : (tensor<8x8x3x4x36xf32>) -> tensor<3x8x4x8x36xf32>
    %614 = "stablehlo.slice"(%613) <{start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 4, 8, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x8x36xf32>) -> tensor<1x8x4x8x36xf32>
    %615 = "stablehlo.reshape"(%614) : (tensor<1x8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %616 = "stablehlo.slice"(%613) <{start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 8, 4, 8, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x8x36xf32>) -> tensor<1x8x4x8x36xf32>
    %617 = "stablehlo.reshape"(%616) : (tensor<1x8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %618 = "stablehlo.slice"(%613) <{start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 8, 4, 8, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x8x36xf32>) -> tensor<1x8x4x8x36xf32>
    %619 = "stablehlo.reshape"(%618) : (tensor<1x8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %621 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %622 = "stablehlo.broadcast_in_dim"(%621) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x36xf32>
    %623 = "stablehlo.multiply"(%615, %622) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %624 = "stablehlo.dot_general"(%623, %encoder.block2.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x8x36xf32>, tensor<32x36xf32>) -> tensor<8x4x8x32xf32>
    %625 = "stablehlo.multiply"(%623, %623) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %init97 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %626 = "stablehlo.reduce"(%625, %init97) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs99: tensor<f32>, %rhs100: tensor<f32>):
      %combined98 = "stablehlo.add"(%lhs99, %rhs100) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined98) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x36xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %627 = "stablehlo.reshape"(%626) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %628 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %629 = "stablehlo.broadcast_in_dim"(%628) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x1xf32>
    %630 = "stablehlo.multiply"(%627, %629) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %631 = "stablehlo.broadcast_in_dim"(%630) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x32xf32>
    %632 = "stablehlo.add"(%624, %631) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %init101 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %633 = "stablehlo.reduce"(%632, %init101) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs103: tensor<f32>, %rhs104: tensor<f32>):
      %combined102 = "stablehlo.maximum"(%lhs103, %rhs104) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined102) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x32xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %634 = "stablehlo.reshape"(%633) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %635 = "stablehlo.broadcast_in_dim"(%634) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x32xf32>
    %636 = "stablehlo.subtract"(%632, %635) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %637 = "stablehlo.exponential"(%636) : (tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %638 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %639 = "stablehlo.broadcast_in_dim"(%638) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x32xf32>
    %640 = "stablehlo.multiply"(%637, %639) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %641 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %642 = "stablehlo.broadcast_in_dim"(%641) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x36xf32>
    %643 = "stablehlo.multiply"(%617, %642) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %644 = "stablehlo.dot_general"(%643, %encoder.block2.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x8x36xf32>, tensor<32x36xf32>) -> tensor<8x4x8x32xf32>
    %645 = "stablehlo.multiply"(%643, %643) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %init105 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %646 = "stablehlo.reduce"(%645, %init105) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs107: tensor<f32>, %rhs108: tensor<f32>):
      %combined106 = "stablehlo.add"(%lhs107, %rhs108) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined106) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x36xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %647 = "stablehlo.reshape"(%646) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %648 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %649 = "stablehlo.broadcast_in_dim"(%648) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x1xf32>
    %650 = "stablehlo.multiply"(%647, %649) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %651 = "stablehlo.broadcast_in_dim"(%650) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x32xf32>
    %652 = "stablehlo.add"(%644, %651) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %653 = "stablehlo.constant"() <{value = dense<30.0> : tensor<f32>}> : () -> tensor<f32>
    %654 = "stablehlo.broadcast_in_dim"(%653) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x32xf32>
    %655 = "stablehlo.minimum"(%652, %654) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %656 = "stablehlo.exponential"(%655) : (tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %657 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %658 = "stablehlo.broadcast_in_dim"(%657) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x32xf32>
    %659 = "stablehlo.multiply"(%656, %658) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %661 = "stablehlo.reshape"(%reset) : (tensor<8xi1>) -> tensor<8x1x1x1xi1>
    %662 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %663 = "stablehlo.broadcast_in_dim"(%662) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x32x36xf32>
    %664 = "stablehlo.broadcast_in_dim"(%661) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x1x1x1xi1>) -> tensor<8x4x32x36xi1>
    %665 = "stablehlo.select"(%664, %663, %state.block2.attention.s) : (tensor<8x4x32x36xi1>, tensor<8x4x32x36xf32>, tensor<8x4x32x36xf32>) -> tensor<8x4x32x36xf32>
    %667 = "stablehlo.reshape"(%reset) : (tensor<8xi1>) -> tensor<8x1x1xi1>
    %668 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %669 = "stablehlo.broadcast_in_dim"(%668) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x32xf32>
    %670 = "stablehlo.broadcast_in_dim"(%667) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi1>) -> tensor<8x4x32xi1>
    %671 = "stablehlo.select"(%670, %669, %state.block2.attention.z) : (tensor<8x4x32xi1>, tensor<8x4x32xf32>, tensor<8x4x32xf32>) -> tensor<8x4x32xf32>
    %672 = "stablehlo.dot_general"(%640, %659) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x8xf32>
    %673 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<8x8xi32>
    %674 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8x8xi32>
    %675 = "stablehlo.compare"(%673, %674) <{comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi1>
    %676 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %677 = "stablehlo.broadcast_in_dim"(%676) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x8xf32>
    %678 = "stablehlo.broadcast_in_dim"(%675) <{broadcast_dimensions = array<i64: 2, 3>}> : (tensor<8x8xi1>) -> tensor<8x4x8x8xi1>
    %679 = "stablehlo.select"(%678, %672, %677) : (tensor<8x4x8x8xi1>, tensor<8x4x8x8xf32>, tensor<8x4x8x8xf32>) -> tensor<8x4x8x8xf32>
    %680 = "stablehlo.dot_general"(%679, %619) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x8xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %681 = "stablehlo.dot_general"(%640, %665) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x32x36xf32>) -> tensor<8x4x8x36xf32>
    %682 = "stablehlo.add"(%680, %681) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %683 = "stablehlo.reshape"(%671) : (tensor<8x4x32xf32>) -> tensor<8x4x32x1xf32>
    %684 = "stablehlo.dot_general"(%640, %683) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x32x1xf32>) -> tensor<8x4x8x1xf32>
    %init109 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %685 = "stablehlo.reduce"(%679, %init109) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs111: tensor<f32>, %rhs112: tensor<f32>):
      %combined110 = "stablehlo.add"(%lhs111, %rhs112) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined110) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x8xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %686 = "stablehlo.reshape"(%685) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %687 = "stablehlo.add"(%686, %684) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %688 = "stablehlo.constant"() <{value = dense<1.0e-6> : tensor<f32>}> : () -> tensor<f32>
    %689 = "stablehlo.broadcast_in_dim"(%688) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x1xf32>
    %690 = "stablehlo.add"(%687, %689) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %691 = "stablehlo.broadcast_in_dim"(%690) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x36xf32>
    %692 = "stablehlo.divide"(%682, %691) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %693 = "stablehlo.dot_general"(%659, %619) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x32x36xf32>
    %694 = "stablehlo.add"(%665, %693) : (tensor<8x4x32x36xf32>, tensor<8x4x32x36xf32>) -> tensor<8x4x32x36xf32>
    %init113 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %695 = "stablehlo.reduce"(%659, %init113) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs115: tensor<f32>, %rhs116: tensor<f32>):
      %combined114 = "stablehlo.add"(%lhs115, %rhs116) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined114) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x32xf32>, tensor<f32>) -> tensor<8x4x32xf32>
    %696 = "stablehlo.add"(%671, %695) : (tensor<8x4x32xf32>, tensor<8x4x32xf32>) -> tensor<8x4x32xf32>
    %697 = "stablehlo.transpose"(%692) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x4x8x36xf32>) -> tensor<8x8x4x36xf32>
    %698 = "stablehlo.reshape"(%697) : (tensor<8x8x4x36xf32>) -> tensor<8x8x144xf32>
    %701 = "stablehlo.dot_general"(%698, %encoder.block2.attention.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x144xf32>) -> tensor<8x8x144xf32>
    %702 = "stablehlo.broadcast_in_dim"(%encoder.block2.attention.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %703 = "stablehlo.add"(%701, %702) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %704 = "stablehlo.add"(%581, %703) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %706 = "stablehlo.reshape"(%reset) : (tensor<8xi1>) -> tensor<8x1x1xi1>
    %707 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %708 = "stablehlo.broadcast_in_dim"(%707) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x14x144xf32>
    %709 = "stablehlo.broadcast_in_dim"(%706) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi1>) -> tensor<8x14x144xi1>
    %710 = "stablehlo.select"(%709, %708, %state.block2.conv) : (tensor<8x14x144xi1>, tensor<8x14x144xf32>, tensor<8x14x144xf32>) -> tensor<8x14x144xf32>
    %init117 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %713 = "stablehlo.reduce"(%704, %init117) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs119: tensor<f32>, %rhs120: tensor<f32>):
      %combined118 = "stablehlo.add"(%lhs119, %rhs120) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined118) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %714 = "stablehlo.reshape"(%713) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %715 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %716 = "stablehlo.broadcast_in_dim"(%715) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %717 = "stablehlo.multiply"(%714, %716) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %718 = "stablehlo.broadcast_in_dim"(%717) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %719 = "stablehlo.subtract"(%704, %718) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %720 = "stablehlo.multiply"(%719, %719) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init121 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %721 = "stablehlo.reduce"(%720, %init121) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs123: tensor<f32>, %rhs124: tensor<f32>):
      %combined122 = "stablehlo.add"(%lhs123, %rhs124) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined122) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %722 = "stablehlo.reshape"(%721) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %723 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %724 = "stablehlo.broadcast_in_dim"(%723) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %725 = "stablehlo.multiply"(%722, %724) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %726 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %727 = "stablehlo.broadcast_in_dim"(%726) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %728 = "stablehlo.add"(%725, %727) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %729 = "stablehlo.rsqrt"(%728) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %730 = "stablehlo.broadcast_in_dim"(%729) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %731 = "stablehlo.multiply"(%719, %730) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %732 = "stablehlo.broadcast_in_dim"(%encoder.block2.conv.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %733 = "stablehlo.multiply"(%731, %732) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %734 = "stablehlo.broadcast_in_dim"(%encoder.block2.conv.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %735 = "stablehlo.add"(%733, %734) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %738 = "stablehlo.dot_general"(%735, %encoder.block2.conv.pointwise_in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x288xf32>) -> tensor<8x8x288xf32>
    %739 = "stablehlo.broadcast_in_dim"(%encoder.block2.conv.pointwise_in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x8x288xf32>
    %740 = "stablehlo.add"(%738, %739) : (tensor<8x8x288xf32>, tensor<8x8x288xf32>) -> tensor<8x8x288xf32>
    %741 = "stablehlo.slice"(%740) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 8, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x8x288xf32>) -> tensor<8x8x144xf32>
    %742 = "stablehlo.slice"(%740) <{start_indices = array<i64: 0, 0, 144>, limit_indices = array<i64: 8, 8, 288>, strides = array<i64: 1, 1, 1>}> : (tensor<8x8x288xf32>) -> tensor<8x8x144xf32>
    %743 = "stablehlo.logistic"(%742) : (tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %744 = "stablehlo.multiply"(%741, %743) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %745 = "stablehlo.concatenate"(%710, %744) <{dimension = 1 : i64}> : (tensor<8x14x144xf32>, tensor<8x8x144xf32>) -> tensor<8x22x144xf32>
    %746 = "stablehlo.slice"(%745) <{start_indices = array<i64: 0, 8, 0>, limit_indices = array<i64: 8, 22, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x14x144xf32>
    %749 = "stablehlo.reshape"(%encoder.block2.conv.depthwise.w) : (tensor<15x1x144xf32>) -> tensor<15x144xf32>
    %750 = "stablehlo.slice"(%745) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 8, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %751 = "stablehlo.slice"(%749) <{start_indices = array<i64: 0, 0>, limit_indices = array<i64: 1, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %752 = "stablehlo.broadcast_in_dim"(%751) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %753 = "stablehlo.multiply"(%750, %752) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %754 = "stablehlo.slice"(%745) <{start_indices = array<i64: 0, 1, 0>, limit_indices = array<i64: 8, 9, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %755 = "stablehlo.slice"(%749) <{start_indices = array<i64: 1, 0>, limit_indices = array<i64: 2, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %756 = "stablehlo.broadcast_in_dim"(%755) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %757 = "stablehlo.multiply"(%754, %756) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %758 = "stablehlo.add"(%753, %757) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %759 = "stablehlo.slice"(%745) <{start_indices = array<i64: 0, 2, 0>, limit_indices = array<i64: 8, 10, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %760 = "stablehlo.slice"(%749) <{start_indices = array<i64: 2, 0>, limit_indices = array<i64: 3, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %761 = "stablehlo.broadcast_in_dim"(%760) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %762 = "stablehlo.multiply"(%759, %761) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %763 = "stablehlo.add"(%758, %762) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %764 = "stablehlo.slice"(%745) <{start_indices = array<i64: 0, 3, 0>, limit_indices = array<i64: 8, 11, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %765 = "stablehlo.slice"(%749) <{start_indices = array<i64: 3, 0>, limit_indices = array<i64: 4, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %766 = "stablehlo.broadcast_in_dim"(%765) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %767 = "stablehlo.multiply"(%764, %766) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %768 = "stablehlo.add"(%763, %767) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %769 = "stablehlo.slice"(%745) <{start_indices = array<i64: 0, 4, 0>, limit_indices = array<i64: 8, 12, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %770 = "stablehlo.slice"(%749) <{start_indices = array<i64: 4, 0>, limit_indices = array<i64: 5, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %771 = "stablehlo.broadcast_in_dim"(%770) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %772 = "stablehlo.multiply"(%769, %771) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %773 = "stablehlo.add"(%768, %772) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %774 = "stablehlo.slice"(%745) <{start_indices = array<i64: 0, 5, 0>, limit_indices = array<i64: 8, 13, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %775 = "stablehlo.slice"(%749) <{start_indices = array<i64: 5, 0>, limit_indices = array<i64: 6, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %776 = "stablehlo.broadcast_in_dim"(%775) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %777 = "stablehlo.multiply"(%774, %776) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %778 = "stablehlo.add"(%773, %777) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %779 = "stablehlo.slice"(%745) <{start_indices = array<i64: 0, 6, 0>, limit_indices = array<i64: 8, 14, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %780 = "stablehlo.slice"(%749) <{start_indices = array<i64: 6, 0>, limit_indices = array<i64: 7, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %781 = "stablehlo.broadcast_in_dim"(%780) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %782 = "stablehlo.multiply"(%779, %781) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %783 = "stablehlo.add"(%778, %782) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %784 = "stablehlo.slice"(%745) <{start_indices = array<i64: 0, 7, 0>, limit_indices = array<i64: 8, 15, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %785 = "stablehlo.slice"(%749) <{start_indices = array<i64: 7, 0>, limit_indices = array<i64: 8, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %786 = "stablehlo.broadcast_in_dim"(%785) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %787 = "stablehlo.multiply"(%784, %786) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %788 = "stablehlo.add"(%783, %787) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %789 = "stablehlo.slice"(%745) <{start_indices = array<i64: 0, 8, 0>, limit_indices = array<i64: 8, 16, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %790 = "stablehlo.slice"(%749) <{start_indices = array<i64: 8, 0>, limit_indices = array<i64: 9, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %791 = "stablehlo.broadcast_in_dim"(%790) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %792 = "stablehlo.multiply"(%789, %791) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %793 = "stablehlo.add"(%788, %792) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %794 = "stablehlo.slice"(%745) <{start_indices = array<i64: 0, 9, 0>, limit_indices = array<i64: 8, 17, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %795 = "stablehlo.slice"(%749) <{start_indices = array<i64: 9, 0>, limit_indices = array<i64: 10, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %796 = "stablehlo.broadcast_in_dim"(%795) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %797 = "stablehlo.multiply"(%794, %796) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %798 = "stablehlo.add"(%793, %797) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %799 = "stablehlo.slice"(%745) <{start_indices = array<i64: 0, 10, 0>, limit_indices = array<i64: 8, 18, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %800 = "stablehlo.slice"(%749) <{start_indices = array<i64: 10, 0>, limit_indices = array<i64: 11, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %801 = "stablehlo.broadcast_in_dim"(%800) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %802 = "stablehlo.multiply"(%799, %801) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %803 = "stablehlo.add"(%798, %802) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %804 = "stablehlo.slice"(%745) <{start_indices = array<i64: 0, 11, 0>, limit_indices = array<i64: 8, 19, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %805 = "stablehlo.slice"(%749) <{start_indices = array<i64: 11, 0>, limit_indices = array<i64: 12, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %806 = "stablehlo.broadcast_in_dim"(%805) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %807 = "stablehlo.multiply"(%804, %806) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %808 = "stablehlo.add"(%803, %807) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %809 = "stablehlo.slice"(%745) <{start_indices = array<i64: 0, 12, 0>, limit_indices = array<i64: 8, 20, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %810 = "stablehlo.slice"(%749) <{start_indices = array<i64: 12, 0>, limit_indices = array<i64: 13, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %811 = "stablehlo.broadcast_in_dim"(%810) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %812 = "stablehlo.multiply"(%809, %811) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %813 = "stablehlo.add"(%808, %812) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %814 = "stablehlo.slice"(%745) <{start_indices = array<i64: 0, 13, 0>, limit_indices = array<i64: 8, 21, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %815 = "stablehlo.slice"(%749) <{start_indices = array<i64: 13, 0>, limit_indices = array<i64: 14, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %816 = "stablehlo.broadcast_in_dim"(%815) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %817 = "stablehlo.multiply"(%814, %816) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %818 = "stablehlo.add"(%813, %817) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %819 = "stablehlo.slice"(%745) <{start_indices = array<i64: 0, 14, 0>, limit_indices = array<i64: 8, 22, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %820 = "stablehlo.slice"(%749) <{start_indices = array<i64: 14, 0>, limit_indices = array<i64: 15, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %821 = "stablehlo.broadcast_in_dim"(%820) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %822 = "stablehlo.multiply"(%819, %821) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %823 = "stablehlo.add"(%818, %822) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %824 = "stablehlo.broadcast_in_dim"(%encoder.block2.conv.depthwise.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %825 = "stablehlo.add"(%823, %824) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init125 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %828 = "stablehlo.reduce"(%825, %init125) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs127: tensor<f32>, %rhs128: tensor<f32>):
      %combined126 = "stablehlo.add"(%lhs127, %rhs128) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined126) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %829 = "stablehlo.reshape"(%828) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %830 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %831 = "stablehlo.broadcast_in_dim"(%830) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %832 = "stablehlo.multiply"(%829, %831) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %833 = "stablehlo.broadcast_in_dim"(%832) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %834 = "stablehlo.subtract"(%825, %833) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %835 = "stablehlo.multiply"(%834, %834) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init129 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %836 = "stablehlo.reduce"(%835, %init129) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs131: tensor<f32>, %rhs132: tensor<f32>):
      %combined130 = "stablehlo.add"(%lhs131, %rhs132) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined130) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %837 = "stablehlo.reshape"(%836) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %838 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %839 = "stablehlo.broadcast_in_dim"(%838) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %840 = "stablehlo.multiply"(%837, %839) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %841 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %842 = "stablehlo.broadcast_in_dim"(%841) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %843 = "stablehlo.add"(%840, %842) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %844 = "stablehlo.rsqrt"(%843) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %845 = "stablehlo.broadcast_in_dim"(%844) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %846 = "stablehlo.multiply"(%834, %845) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %847 = "stablehlo.broadcast_in_dim"(%encoder.block2.conv.depthwise_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %848 = "stablehlo.multiply"(%846, %847) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %849 = "stablehlo.broadcast_in_dim"(%encoder.block2.conv.depthwise_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %850 = "stablehlo.add"(%848, %849) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %851 = "stablehlo.logistic"(%850) : (tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %852 = "stablehlo.multiply"(%850, %851) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %855 = "stablehlo.dot_general"(%852, %encoder.block2.conv.pointwise_out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x144xf32>) -> tensor<8x8x144xf32>
    %856 = "stablehlo.broadcast_in_dim"(%encoder.block2.conv.pointwise_out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %857 = "stablehlo.add"(%855, %856) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %858 = "stablehlo.add"(%704, %857) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init133 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %861 = "stablehlo.reduce"(%858, %init133) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs135: tensor<f32>, %rhs136: tensor<f32>):
      %combined134 = "stablehlo.add"(%lhs135, %rhs136) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined134) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %862 = "stablehlo.reshape"(%861) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %863 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %864 = "stablehlo.broadcast_in_dim"(%863) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %865 = "stablehlo.multiply"(%862, %864) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %866 = "stablehlo.broadcast_in_dim"(%865) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %867 = "stablehlo.subtract"(%858, %866) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %868 = "stablehlo.multiply"(%867, %867) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init137 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %869 = "stablehlo.reduce"(%868, %init137) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs139: tensor<f32>, %rhs140: tensor<f32>):
      %combined138 = "stablehlo.add"(%lhs139, %rhs140) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined138) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %870 = "stablehlo.reshape"(%869) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %871 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %872 = "stablehlo.broadcast_in_dim"(%871) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %873 = "stablehlo.multiply"(%870, %872) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %874 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %875 = "stablehlo.broadcast_in_dim"(%874) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %876 = "stablehlo.add"(%873, %875) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %877 = "stablehlo.rsqrt"(%876) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %878 = "stablehlo.broadcast_in_dim"(%877) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %879 = "stablehlo.multiply"(%867, %878) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %880 = "stablehlo.broadcast_in_dim"(%encoder.block2.ffn2.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %881 = "stablehlo.multiply"(%879, %880) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %882 = "stablehlo.broadcast_in_dim"(%encoder.block2.ffn2.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %883 = "stablehlo.add"(%881, %882) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %886 = "stablehlo.dot_general"(%883, %encoder.block2.ffn2.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x576xf32>) -> tensor<8x8x576xf32>
    %887 = "stablehlo.broadcast_in_dim"(%encoder.block2.ffn2.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x8x576xf32>
    %888 = "stablehlo.add"(%886, %887) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %889 = "stablehlo.logistic"(%888) : (tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %890 = "stablehlo.multiply"(%888, %889) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %893 = "stablehlo.dot_general"(%890, %encoder.block2.ffn2.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x576xf32>, tensor<576x144xf32>) -> tensor<8x8x144xf32>
    %894 = "stablehlo.broadcast_in_dim"(%encoder.block2.ffn2.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %895 = "stablehlo.add"(%893, %894) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %896 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %897 = "stablehlo.broadcast_in_dim"(%896) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x144xf32>
    %898 = "stablehlo.multiply"(%895, %897) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %899 = "stablehlo.add"(%858, %898) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init141 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %902 = "stablehlo.reduce"(%899, %init141) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs143: tensor<f32>, %rhs144: tensor<f32>):
      %combined142 = "stablehlo.add"(%lhs143, %rhs144) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined142) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %903 = "stablehlo.reshape"(%902) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %904 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %905 = "stablehlo.broadcast_in_dim"(%904) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %906 = "stablehlo.multiply"(%903, %905) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %907 = "stablehlo.broadcast_in_dim"(%906) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %908 = "stablehlo.subtract"(%899, %907) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %909 = "stablehlo.multiply"(%908, %908) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init145 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %910 = "stablehlo.reduce"(%909, %init145) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs147: tensor<f32>, %rhs148: tensor<f32>):
      %combined146 = "stablehlo.add"(%lhs147, %rhs148) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined146) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %911 = "stablehlo.reshape"(%910) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %912 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %913 = "stablehlo.broadcast_in_dim"(%912) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %914 = "stablehlo.multiply"(%911, %913) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %915 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %916 = "stablehlo.broadcast_in_dim"(%915) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %917 = "stablehlo.add"(%914, %916) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %918 = "stablehlo.rsqrt"(%917) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %919 = "stablehlo.broadcast_in_dim"(%918) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %920 = "stablehlo.multiply"(%908, %919) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %921 = "stablehlo.broadcast_in_dim"(%encoder.block2.final_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %922 = "stablehlo.multiply"(%920, %921) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %923 = "stablehlo.broadcast_in_dim"(%encoder.block2.final_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %924 = "stablehlo.add"(%922, %923) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init149 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %927 = "stablehlo.reduce"(%924, %init149) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs151: tensor<f32>, %rhs152: tensor<f32>):
      %combined150 = "stablehlo.add"(%lhs151, %rhs152) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined150) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %928 = "stablehlo.reshape"(%927) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %929 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %930 = "stablehlo.broadcast_in_dim"(%929) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %931 = "stablehlo.multiply"(%928, %930) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %932 = "stablehlo.broadcast_in_dim"(%931) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %933 = "stablehlo.subtract"(%924, %932) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %934 = "stablehlo.multiply"(%933, %933) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init153 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %935 = "stablehlo.reduce"(%934, %init153) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs155: tensor<f32>, %rhs156: tensor<f32>):
      %combined154 = "stablehlo.add"(%lhs155, %rhs156) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined154) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %936 = "stablehlo.reshape"(%935) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %937 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %938 = "stablehlo.broadcast_in_dim"(%937) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %939 = "stablehlo.multiply"(%936, %938) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %940 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %941 = "stablehlo.broadcast_in_dim"(%940) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %942 = "stablehlo.add"(%939, %941) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %943 = "stablehlo.rsqrt"(%942) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %944 = "stablehlo.broadcast_in_dim"(%943) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %945 = "stablehlo.multiply"(%933, %944) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %946 = "stablehlo.broadcast_in_dim"(%encoder.block3.ffn1.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %947 = "stablehlo.multiply"(%945, %946) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %948 = "stablehlo.broadcast_in_dim"(%encoder.block3.ffn1.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %949 = "stablehlo.add"(%947, %948) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %952 = "stablehlo.dot_general"(%949, %encoder.block3.ffn1.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x576xf32>) -> tensor<8x8x576xf32>
    %953 = "stablehlo.broadcast_in_dim"(%encoder.block3.ffn1.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x8x576xf32>
    %954 = "stablehlo.add"(%952, %953) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %955 = "stablehlo.logistic"(%954) : (tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %956 = "stablehlo.multiply"(%954, %955) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %959 = "stablehlo.dot_general"(%956, %encoder.block3.ffn1.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x576xf32>, tensor<576x144xf32>) -> tensor<8x8x144xf32>
    %960 = "stablehlo.broadcast_in_dim"(%encoder.block3.ffn1.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %961 = "stablehlo.add"(%959, %960) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %962 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %963 = "stablehlo.broadcast_in_dim"(%962) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x144xf32>
    %964 = "stablehlo.multiply"(%961, %963) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %965 = "stablehlo.add"(%924, %964) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init157 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %968 = "stablehlo.reduce"(%965, %init157) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs159: tensor<f32>, %rhs160: tensor<f32>):
      %combined158 = "stablehlo.add"(%lhs159, %rhs160) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined158) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %969 = "stablehlo.reshape"(%968) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %970 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %971 = "stablehlo.broadcast_in_dim"(%970) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %972 = "stablehlo.multiply"(%969, %971) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %973 = "stablehlo.broadcast_in_dim"(%972) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %974 = "stablehlo.subtract"(%965, %973) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %975 = "stablehlo.multiply"(%974, %974) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init161 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %976 = "stablehlo.reduce"(%975, %init161) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs163: tensor<f32>, %rhs164: tensor<f32>):
      %combined162 = "stablehlo.add"(%lhs163, %rhs164) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined162) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %977 = "stablehlo.reshape"(%976) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %978 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %979 = "stablehlo.broadcast_in_dim"(%978) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %980 = "stablehlo.multiply"(%977, %979) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %981 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %982 = "stablehlo.broadcast_in_dim"(%981) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %983 = "stablehlo.add"(%980, %982) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %984 = "stablehlo.rsqrt"(%983) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %985 = "stablehlo.broadcast_in_dim"(%984) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %986 = "stablehlo.multiply"(%974, %985) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %987 = "stablehlo.broadcast_in_dim"(%encoder.block3.attention.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %988 = "stablehlo.multiply"(%986, %987) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %989 = "stablehlo.broadcast_in_dim"(%encoder.block3.attention.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %990 = "stablehlo.add"(%988, %989) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %993 = "stablehlo.dot_general"(%990, %encoder.block3.attention.qkv.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x432xf32>) -> tensor<8x8x432xf32>
    %994 = "stablehlo.broadcast_in_dim"(%encoder.block3.attention.qkv.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<432xf32>) -> tensor<8x8x432xf32>
    %995 = "stablehlo.add"(%993, %994) : (tensor<8x8x432xf32>, tensor<8x8x432xf32>) -> tensor<8x8x432xf32>
    %996 = "stablehlo.reshape"(%995) : (tensor<8x8x432xf32>) -> tensor<8x8x3x4x36xf32>
    %997 = "stablehlo.transpose"(%996) <{permutation = array<i64: 2, 0, 3, 1, 4>}> : (tensor<8x8x3x4x36xf32>) -> tensor<3x8x4x8x36xf32>
    %998 = "stablehlo.slice"(%997) <{start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 4, 8, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x8x36xf32>) -> tensor<1x8x4x8x36xf32>
    %999 = "stablehlo.reshape"(%998) : (tensor<1x8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1000 = "stablehlo.slice"(%997) <{start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 8, 4, 8, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x8x36xf32>) -> tensor<1x8x4x8x36xf32>
    %1001 = "stablehlo.reshape"(%1000) : (tensor<1x8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1002 = "stablehlo.slice"(%997) <{start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 8, 4, 8, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x8x36xf32>) -> tensor<1x8x4x8x36xf32>
    %1003 = "stablehlo.reshape"(%1002) : (tensor<1x8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1005 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %1006 = "stablehlo.broadcast_in_dim"(%1005) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x36xf32>
    %1007 = "stablehlo.multiply"(%999, %1006) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1008 = "stablehlo.dot_general"(%1007, %encoder.block3.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x8x36xf32>, tensor<32x36xf32>) -> tensor<8x4x8x32xf32>
    %1009 = "stablehlo.multiply"(%1007, %1007) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %init165 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1010 = "stablehlo.reduce"(%1009, %init165) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs167: tensor<f32>, %rhs168: tensor<f32>):
      %combined166 = "stablehlo.add"(%lhs167, %rhs168) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined166) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x36xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %1011 = "stablehlo.reshape"(%1010) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %1012 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %1013 = "stablehlo.broadcast_in_dim"(%1012) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x1xf32>
    %1014 = "stablehlo.multiply"(%1011, %1013) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %1015 = "stablehlo.broadcast_in_dim"(%1014) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x32xf32>
    %1016 = "stablehlo.add"(%1008, %1015) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %init169 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1017 = "stablehlo.reduce"(%1016, %init169) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs171: tensor<f32>, %rhs172: tensor<f32>):
      %combined170 = "stablehlo.maximum"(%lhs171, %rhs172) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined170) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x32xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %1018 = "stablehlo.reshape"(%1017) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %1019 = "stablehlo.broadcast_in_dim"(%1018) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x32xf32>
    %1020 = "stablehlo.subtract"(%1016, %1019) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %1021 = "stablehlo.exponential"(%1020) : (tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %1022 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %1023 = "stablehlo.broadcast_in_dim"(%1022) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x32xf32>
    %1024 = "stablehlo.multiply"(%1021, %1023) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %1025 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %1026 = "stablehlo.broadcast_in_dim"(%1025) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x36xf32>
    %1027 = "stablehlo.multiply"(%1001, %1026) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1028 = "stablehlo.dot_general"(%1027, %encoder.block3.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x8x36xf32>, tensor<32x36xf32>) -> tensor<8x4x8x32xf32>
    %1029 = "stablehlo.multiply"(%1027, %1027) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %init173 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1030 = "stablehlo.reduce"(%1029, %init173) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs175: tensor<f32>, %rhs176: tensor<f32>):
      %combined174 = "stablehlo.add"(%lhs175, %rhs176) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined174) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x36xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %1031 = "stablehlo.reshape"(%1030) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %1032 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %1033 = "stablehlo.broadcast_in_dim"(%1032) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x1xf32>
    %1034 = "stablehlo.multiply"(%1031, %1033) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %1035 = "stablehlo.broadcast_in_dim"(%1034) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x32xf32>
    %1036 = "stablehlo.add"(%1028, %1035) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %1037 = "stablehlo.constant"() <{value = dense<30.0> : tensor<f32>}> : () -> tensor<f32>
    %1038 = "stablehlo.broadcast_in_dim"(%1037) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x32xf32>
    %1039 = "stablehlo.minimum"(%1036, %1038) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %1040 = "stablehlo.exponential"(%1039) : (tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %1041 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %1042 = "stablehlo.broadcast_in_dim"(%1041) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x32xf32>
    %1043 = "stablehlo.multiply"(%1040, %1042) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %1045 = "stablehlo.reshape"(%reset) : (tensor<8xi1>) -> tensor<8x1x1x1xi1>
    %1046 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1047 = "stablehlo.broadcast_in_dim"(%1046) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x32x36xf32>
    %1048 = "stablehlo.broadcast_in_dim"(%1045) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x1x1x1xi1>) -> tensor<8x4x32x36xi1>
    %1049 = "stablehlo.select"(%1048, %1047, %state.block3.attention.s) : (tensor<8x4x32x36xi1>, tensor<8x4x32x36xf32>, tensor<8x4x32x36xf32>) -> tensor<8x4x32x36xf32>
    %1051 = "stablehlo.reshape"(%reset) : (tensor<8xi1>) -> tensor<8x1x1xi1>
    %1052 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1053 = "stablehlo.broadcast_in_dim"(%1052) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x32xf32>
    %1054 = "stablehlo.broadcast_in_dim"(%1051) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi1>) -> tensor<8x4x32xi1>
    %1055 = "stablehlo.select"(%1054, %1053, %state.block3.attention.z) : (tensor<8x4x32xi1>, tensor<8x4x32xf32>, tensor<8x4x32xf32>) -> tensor<8x4x32xf32>
    %1056 = "stablehlo.dot_general"(%1024, %1043) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x8xf32>
    %1057 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<8x8xi32>
    %1058 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8x8xi32>
    %1059 = "stablehlo.compare"(%1057, %1058) <{comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi1>
    %1060 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1061 = "stablehlo.broadcast_in_dim"(%1060) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x8xf32>
    %1062 = "stablehlo.broadcast_in_dim"(%1059) <{broadcast_dimensions = array<i64: 2, 3>}> : (tensor<8x8xi1>) -> tensor<8x4x8x8xi1>
    %1063 = "stablehlo.select"(%1062, %1056, %1061) : (tensor<8x4x8x8xi1>, tensor<8x4x8x8xf32>, tensor<8x4x8x8xf32>) -> tensor<8x4x8x8xf32>
    %1064 = "stablehlo.dot_general"(%1063, %1003) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x8xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1065 = "stablehlo.dot_general"(%1024, %1049) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x32x36xf32>) -> tensor<8x4x8x36xf32>
    %1066 = "stablehlo.add"(%1064, %1065) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1067 = "stablehlo.reshape"(%1055) : (tensor<8x4x32xf32>) -> tensor<8x4x32x1xf32>
    %1068 = "stablehlo.dot_general"(%1024, %1067) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x32x1xf32>) -> tensor<8x4x8x1xf32>
    %init177 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1069 = "stablehlo.reduce"(%1063, %init177) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs179: tensor<f32>, %rhs180: tensor<f32>):
      %combined178 = "stablehlo.add"(%lhs179, %rhs180) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined178) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x8xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %1070 = "stablehlo.reshape"(%1069) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %1071 = "stablehlo.add"(%1070, %1068) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %1072 = "stablehlo.constant"() <{value = dense<1.0e-6> : tensor<f32>}> : () -> tensor<f32>
    %1073 = "stablehlo.broadcast_in_dim"(%1072) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x1xf32>
    %1074 = "stablehlo.add"(%1071, %1073) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %1075 = "stablehlo.broadcast_in_dim"(%1074) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x36xf32>
    %1076 = "stablehlo.divide"(%1066, %1075) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1077 = "stablehlo.dot_general"(%1043, %1003) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x32x36xf32>
    %1078 = "stablehlo.add"(%1049, %1077) : (tensor<8x4x32x36xf32>, tensor<8x4x32x36xf32>) -> tensor<8x4x32x36xf32>
    %init181 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1079 = "stablehlo.reduce"(%1043, %init181) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs183: tensor<f32>, %rhs184: tensor<f32>):
      %combined182 = "stablehlo.add"(%lhs183, %rhs184) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined182) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x32xf32>, tensor<f32>) -> tensor<8x4x32xf32>
    %1080 = "stablehlo.add"(%1055, %1079) : (tensor<8x4x32xf32>, tensor<8x4x32xf32>) -> tensor<8x4x32xf32>
    %1081 = "stablehlo.transpose"(%1076) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x4x8x36xf32>) -> tensor<8x8x4x36xf32>
    %1082 = "stablehlo.reshape"(%1081) : (tensor<8x8x4x36xf32>) -> tensor<8x8x144xf32>
    %1085 = "stablehlo.dot_general"(%1082, %encoder.block3.attention.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x144xf32>) -> tensor<8x8x144xf32>
    %1086 = "stablehlo.broadcast_in_dim"(%encoder.block3.attention.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1087 = "stablehlo.add"(%1085, %1086) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1088 = "stablehlo.add"(%965, %1087) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1090 = "stablehlo.reshape"(%reset) : (tensor<8xi1>) -> tensor<8x1x1xi1>
    %1091 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1092 = "stablehlo.broadcast_in_dim"(%1091) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x14x144xf32>
    %1093 = "stablehlo.broadcast_in_dim"(%1090) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi1>) -> tensor<8x14x144xi1>
    %1094 = "stablehlo.select"(%1093, %1092, %state.block3.conv) : (tensor<8x14x144xi1>, tensor<8x14x144xf32>, tensor<8x14x144xf32>) -> tensor<8x14x144xf32>
    %init185 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1097 = "stablehlo.reduce"(%1088, %init185) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs187: tensor<f32>, %rhs188: tensor<f32>):
      %combined186 = "stablehlo.add"(%lhs187, %rhs188) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined186) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1098 = "stablehlo.reshape"(%1097) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1099 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1100 = "stablehlo.broadcast_in_dim"(%1099) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1101 = "stablehlo.multiply"(%1098, %1100) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1102 = "stablehlo.broadcast_in_dim"(%1101) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1103 = "stablehlo.subtract"(%1088, %1102) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1104 = "stablehlo.multiply"(%1103, %1103) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init189 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1105 = "stablehlo.reduce"(%1104, %init189) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs191: tensor<f32>, %rhs192: tensor<f32>):
      %combined190 = "stablehlo.add"(%lhs191, %rhs192) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined190) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1106 = "stablehlo.reshape"(%1105) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1107 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1108 = "stablehlo.broadcast_in_dim"(%1107) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1109 = "stablehlo.multiply"(%1106, %1108) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1110 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1111 = "stablehlo.broadcast_in_dim"(%1110) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1112 = "stablehlo.add"(%1109, %1111) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1113 = "stablehlo.rsqrt"(%1112) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1114 = "stablehlo.broadcast_in_dim"(%1113) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1115 = "stablehlo.multiply"(%1103, %1114) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1116 = "stablehlo.broadcast_in_dim"(%encoder.block3.conv.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1117 = "stablehlo.multiply"(%1115, %1116) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1118 = "stablehlo.broadcast_in_dim"(%encoder.block3.conv.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1119 = "stablehlo.add"(%1117, %1118) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1122 = "stablehlo.dot_general"(%1119, %encoder.block3.conv.pointwise_in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x288xf32>) -> tensor<8x8x288xf32>
    %1123 = "stablehlo.broadcast_in_dim"(%encoder.block3.conv.pointwise_in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x8x288xf32>
    %1124 = "stablehlo.add"(%1122, %1123) : (tensor<8x8x288xf32>, tensor<8x8x288xf32>) -> tensor<8x8x288xf32>
    %1125 = "stablehlo.slice"(%1124) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 8, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x8x288xf32>) -> tensor<8x8x144xf32>
    %1126 = "stablehlo.slice"(%1124) <{start_indices = array<i64: 0, 0, 144>, limit_indices = array<i64: 8, 8, 288>, strides = array<i64: 1, 1, 1>}> : (tensor<8x8x288xf32>) -> tensor<8x8x144xf32>
    %1127 = "stablehlo.logistic"(%1126) : (tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1128 = "stablehlo.multiply"(%1125, %1127) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1129 = "stablehlo.concatenate"(%1094, %1128) <{dimension = 1 : i64}> : (tensor<8x14x144xf32>, tensor<8x8x144xf32>) -> tensor<8x22x144xf32>
    %1130 = "stablehlo.slice"(%1129) <{start_indices = array<i64: 0, 8, 0>, limit_indices = array<i64: 8, 22, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x14x144xf32>
    %1133 = "stablehlo.reshape"(%encoder.block3.conv.depthwise.w) : (tensor<15x1x144xf32>) -> tensor<15x144xf32>
    %1134 = "stablehlo.slice"(%1129) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 8, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %1135 = "stablehlo.slice"(%1133) <{start_indices = array<i64: 0, 0>, limit_indices = array<i64: 1, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1136 = "stablehlo.broadcast_in_dim"(%1135) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %1137 = "stablehlo.multiply"(%1134, %1136) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1138 = "stablehlo.slice"(%1129) <{start_indices = array<i64: 0, 1, 0>, limit_indices = array<i64: 8, 9, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %1139 = "stablehlo.slice"(%1133) <{start_indices = array<i64: 1, 0>, limit_indices = array<i64: 2, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1140 = "stablehlo.broadcast_in_dim"(%1139) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %1141 = "stablehlo.multiply"(%1138, %1140) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1142 = "stablehlo.add"(%1137, %1141) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1143 = "stablehlo.slice"(%1129) <{start_indices = array<i64: 0, 2, 0>, limit_indices = array<i64: 8, 10, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %1144 = "stablehlo.slice"(%1133) <{start_indices = array<i64: 2, 0>, limit_indices = array<i64: 3, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1145 = "stablehlo.broadcast_in_dim"(%1144) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %1146 = "stablehlo.multiply"(%1143, %1145) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1147 = "stablehlo.add"(%1142, %1146) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1148 = "stablehlo.slice"(%1129) <{start_indices = array<i64: 0, 3, 0>, limit_indices = array<i64: 8, 11, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %1149 = "stablehlo.slice"(%1133) <{start_indices = array<i64: 3, 0>, limit_indices = array<i64: 4, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1150 = "stablehlo.broadcast_in_dim"(%1149) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %1151 = "stablehlo.multiply"(%1148, %1150) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1152 = "stablehlo.add"(%1147, %1151) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1153 = "stablehlo.slice"(%1129) <{start_indices = array<i64: 0, 4, 0>, limit_indices = array<i64: 8, 12, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %1154 = "stablehlo.slice"(%1133) <{start_indices = array<i64: 4, 0>, limit_indices = array<i64: 5, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1155 = "stablehlo.broadcast_in_dim"(%1154) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %1156 = "stablehlo.multiply"(%1153, %1155) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1157 = "stablehlo.add"(%1152, %1156) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1158 = "stablehlo.slice"(%1129) <{start_indices = array<i64: 0, 5, 0>, limit_indices = array<i64: 8, 13, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %1159 = "stablehlo.slice"(%1133) <{start_indices = array<i64: 5, 0>, limit_indices = array<i64: 6, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1160 = "stablehlo.broadcast_in_dim"(%1159) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %1161 = "stablehlo.multiply"(%1158, %1160) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1162 = "stablehlo.add"(%1157, %1161) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1163 = "stablehlo.slice"(%1129) <{start_indices = array<i64: 0, 6, 0>, limit_indices = array<i64: 8, 14, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %1164 = "stablehlo.slice"(%1133) <{start_indices = array<i64: 6, 0>, limit_indices = array<i64: 7, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1165 = "stablehlo.broadcast_in_dim"(%1164) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %1166 = "stablehlo.multiply"(%1163, %1165) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1167 = "stablehlo.add"(%1162, %1166) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1168 = "stablehlo.slice"(%1129) <{start_indices = array<i64: 0, 7, 0>, limit_indices = array<i64: 8, 15, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %1169 = "stablehlo.slice"(%1133) <{start_indices = array<i64: 7, 0>, limit_indices = array<i64: 8, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1170 = "stablehlo.broadcast_in_dim"(%1169) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %1171 = "stablehlo.multiply"(%1168, %1170) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1172 = "stablehlo.add"(%1167, %1171) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1173 = "stablehlo.slice"(%1129) <{start_indices = array<i64: 0, 8, 0>, limit_indices = array<i64: 8, 16, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %1174 = "stablehlo.slice"(%1133) <{start_indices = array<i64: 8, 0>, limit_indices = array<i64: 9, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1175 = "stablehlo.broadcast_in_dim"(%1174) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %1176 = "stablehlo.multiply"(%1173, %1175) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1177 = "stablehlo.add"(%1172, %1176) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1178 = "stablehlo.slice"(%1129) <{start_indices = array<i64: 0, 9, 0>, limit_indices = array<i64: 8, 17, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %1179 = "stablehlo.slice"(%1133) <{start_indices = array<i64: 9, 0>, limit_indices = array<i64: 10, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1180 = "stablehlo.broadcast_in_dim"(%1179) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %1181 = "stablehlo.multiply"(%1178, %1180) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1182 = "stablehlo.add"(%1177, %1181) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1183 = "stablehlo.slice"(%1129) <{start_indices = array<i64: 0, 10, 0>, limit_indices = array<i64: 8, 18, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %1184 = "stablehlo.slice"(%1133) <{start_indices = array<i64: 10, 0>, limit_indices = array<i64: 11, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1185 = "stablehlo.broadcast_in_dim"(%1184) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %1186 = "stablehlo.multiply"(%1183, %1185) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1187 = "stablehlo.add"(%1182, %1186) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1188 = "stablehlo.slice"(%1129) <{start_indices = array<i64: 0, 11, 0>, limit_indices = array<i64: 8, 19, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %1189 = "stablehlo.slice"(%1133) <{start_indices = array<i64: 11, 0>, limit_indices = array<i64: 12, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1190 = "stablehlo.broadcast_in_dim"(%1189) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %1191 = "stablehlo.multiply"(%1188, %1190) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1192 = "stablehlo.add"(%1187, %1191) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1193 = "stablehlo.slice"(%1129) <{start_indices = array<i64: 0, 12, 0>, limit_indices = array<i64: 8, 20, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %1194 = "stablehlo.slice"(%1133) <{start_indices = array<i64: 12, 0>, limit_indices = array<i64: 13, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1195 = "stablehlo.broadcast_in_dim"(%1194) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %1196 = "stablehlo.multiply"(%1193, %1195) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1197 = "stablehlo.add"(%1192, %1196) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1198 = "stablehlo.slice"(%1129) <{start_indices = array<i64: 0, 13, 0>, limit_indices = array<i64: 8, 21, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %1199 = "stablehlo.slice"(%1133) <{start_indices = array<i64: 13, 0>, limit_indices = array<i64: 14, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1200 = "stablehlo.broadcast_in_dim"(%1199) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %1201 = "stablehlo.multiply"(%1198, %1200) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1202 = "stablehlo.add"(%1197, %1201) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1203 = "stablehlo.slice"(%1129) <{start_indices = array<i64: 0, 14, 0>, limit_indices = array<i64: 8, 22, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %1204 = "stablehlo.slice"(%1133) <{start_indices = array<i64: 14, 0>, limit_indices = array<i64: 15, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1205 = "stablehlo.broadcast_in_dim"(%1204) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %1206 = "stablehlo.multiply"(%1203, %1205) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1207 = "stablehlo.add"(%1202, %1206) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1208 = "stablehlo.broadcast_in_dim"(%encoder.block3.conv.depthwise.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1209 = "stablehlo.add"(%1207, %1208) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init193 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1212 = "stablehlo.reduce"(%1209, %init193) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs195: tensor<f32>, %rhs196: tensor<f32>):
      %combined194 = "stablehlo.add"(%lhs195, %rhs196) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined194) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1213 = "stablehlo.reshape"(%1212) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1214 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1215 = "stablehlo.broadcast_in_dim"(%1214) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1216 = "stablehlo.multiply"(%1213, %1215) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1217 = "stablehlo.broadcast_in_dim"(%1216) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1218 = "stablehlo.subtract"(%1209, %1217) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1219 = "stablehlo.multiply"(%1218, %1218) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init197 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1220 = "stablehlo.reduce"(%1219, %init197) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs199: tensor<f32>, %rhs200: tensor<f32>):
      %combined198 = "stablehlo.add"(%lhs199, %rhs200) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined198) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1221 = "stablehlo.reshape"(%1220) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1222 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1223 = "stablehlo.broadcast_in_dim"(%1222) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1224 = "stablehlo.multiply"(%1221, %1223) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1225 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1226 = "stablehlo.broadcast_in_dim"(%1225) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1227 = "stablehlo.add"(%1224, %1226) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1228 = "stablehlo.rsqrt"(%1227) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1229 = "stablehlo.broadcast_in_dim"(%1228) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1230 = "stablehlo.multiply"(%1218, %1229) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1231 = "stablehlo.broadcast_in_dim"(%encoder.block3.conv.depthwise_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1232 = "stablehlo.multiply"(%1230, %1231) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1233 = "stablehlo.broadcast_in_dim"(%encoder.block3.conv.depthwise_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1234 = "stablehlo.add"(%1232, %1233) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1235 = "stablehlo.logistic"(%1234) : (tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1236 = "stablehlo.multiply"(%1234, %1235) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1239 = "stablehlo.dot_general"(%1236, %encoder.block3.conv.pointwise_out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x144xf32>) -> tensor<8x8x144xf32>
    %1240 = "stablehlo.broadcast_in_dim"(%encoder.block3.conv.pointwise_out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1241 = "stablehlo.add"(%1239, %1240) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1242 = "stablehlo.add"(%1088, %1241) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init201 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1245 = "stablehlo.reduce"(%1242, %init201) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs203: tensor<f32>, %rhs204: tensor<f32>):
      %combined202 = "stablehlo.add"(%lhs203, %rhs204) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined202) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1246 = "stablehlo.reshape"(%1245) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1247 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1248 = "stablehlo.broadcast_in_dim"(%1247) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1249 = "stablehlo.multiply"(%1246, %1248) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1250 = "stablehlo.broadcast_in_dim"(%1249) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1251 = "stablehlo.subtract"(%1242, %1250) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1252 = "stablehlo.multiply"(%1251, %1251) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init205 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1253 = "stablehlo.reduce"(%1252, %init205) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs207: tensor<f32>, %rhs208: tensor<f32>):
      %combined206 = "stablehlo.add"(%lhs207, %rhs208) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined206) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1254 = "stablehlo.reshape"(%1253) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1255 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1256 = "stablehlo.broadcast_in_dim"(%1255) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1257 = "stablehlo.multiply"(%1254, %1256) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1258 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1259 = "stablehlo.broadcast_in_dim"(%1258) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1260 = "stablehlo.add"(%1257, %1259) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1261 = "stablehlo.rsqrt"(%1260) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1262 = "stablehlo.broadcast_in_dim"(%1261) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1263 = "stablehlo.multiply"(%1251, %1262) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1264 = "stablehlo.broadcast_in_dim"(%encoder.block3.ffn2.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1265 = "stablehlo.multiply"(%1263, %1264) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1266 = "stablehlo.broadcast_in_dim"(%encoder.block3.ffn2.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1267 = "stablehlo.add"(%1265, %1266) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1270 = "stablehlo.dot_general"(%1267, %encoder.block3.ffn2.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x576xf32>) -> tensor<8x8x576xf32>
    %1271 = "stablehlo.broadcast_in_dim"(%encoder.block3.ffn2.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x8x576xf32>
    %1272 = "stablehlo.add"(%1270, %1271) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %1273 = "stablehlo.logistic"(%1272) : (tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %1274 = "stablehlo.multiply"(%1272, %1273) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %1277 = "stablehlo.dot_general"(%1274, %encoder.block3.ffn2.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x576xf32>, tensor<576x144xf32>) -> tensor<8x8x144xf32>
    %1278 = "stablehlo.broadcast_in_dim"(%encoder.block3.ffn2.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1279 = "stablehlo.add"(%1277, %1278) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1280 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %1281 = "stablehlo.broadcast_in_dim"(%1280) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x144xf32>
    %1282 = "stablehlo.multiply"(%1279, %1281) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1283 = "stablehlo.add"(%1242, %1282) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init209 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1286 = "stablehlo.reduce"(%1283, %init209) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs211: tensor<f32>, %rhs212: tensor<f32>):
      %combined210 = "stablehlo.add"(%lhs211, %rhs212) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined210) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1287 = "stablehlo.reshape"(%1286) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1288 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1289 = "stablehlo.broadcast_in_dim"(%1288) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1290 = "stablehlo.multiply"(%1287, %1289) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1291 = "stablehlo.broadcast_in_dim"(%1290) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1292 = "stablehlo.subtract"(%1283, %1291) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1293 = "stablehlo.multiply"(%1292, %1292) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init213 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1294 = "stablehlo.reduce"(%1293, %init213) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs215: tensor<f32>, %rhs216: tensor<f32>):
      %combined214 = "stablehlo.add"(%lhs215, %rhs216) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined214) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1295 = "stablehlo.reshape"(%1294) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1296 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1297 = "stablehlo.broadcast_in_dim"(%1296) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1298 = "stablehlo.multiply"(%1295, %1297) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1299 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1300 = "stablehlo.broadcast_in_dim"(%1299) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1301 = "stablehlo.add"(%1298, %1300) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1302 = "stablehlo.rsqrt"(%1301) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1303 = "stablehlo.broadcast_in_dim"(%1302) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1304 = "stablehlo.multiply"(%1292, %1303) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1305 = "stablehlo.broadcast_in_dim"(%encoder.block3.final_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1306 = "stablehlo.multiply"(%1304, %1305) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1307 = "stablehlo.broadcast_in_dim"(%encoder.block3.final_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1308 = "stablehlo.add"(%1306, %1307) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init217 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1311 = "stablehlo.reduce"(%1308, %init217) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs219: tensor<f32>, %rhs220: tensor<f32>):
      %combined218 = "stablehlo.add"(%lhs219, %rhs220) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined218) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1312 = "stablehlo.reshape"(%1311) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1313 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1314 = "stablehlo.broadcast_in_dim"(%1313) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1315 = "stablehlo.multiply"(%1312, %1314) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1316 = "stablehlo.broadcast_in_dim"(%1315) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1317 = "stablehlo.subtract"(%1308, %1316) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1318 = "stablehlo.multiply"(%1317, %1317) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init221 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1319 = "stablehlo.reduce"(%1318, %init221) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs223: tensor<f32>, %rhs224: tensor<f32>):
      %combined222 = "stablehlo.add"(%lhs223, %rhs224) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined222) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1320 = "stablehlo.reshape"(%1319) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1321 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1322 = "stablehlo.broadcast_in_dim"(%1321) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1323 = "stablehlo.multiply"(%1320, %1322) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1324 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1325 = "stablehlo.broadcast_in_dim"(%1324) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1326 = "stablehlo.add"(%1323, %1325) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1327 = "stablehlo.rsqrt"(%1326) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1328 = "stablehlo.broadcast_in_dim"(%1327) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1329 = "stablehlo.multiply"(%1317, %1328) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1330 = "stablehlo.broadcast_in_dim"(%encoder.block4.ffn1.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1331 = "stablehlo.multiply"(%1329, %1330) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1332 = "stablehlo.broadcast_in_dim"(%encoder.block4.ffn1.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1333 = "stablehlo.add"(%1331, %1332) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1336 = "stablehlo.dot_general"(%1333, %encoder.block4.ffn1.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x576xf32>) -> tensor<8x8x576xf32>
    %1337 = "stablehlo.broadcast_in_dim"(%encoder.block4.ffn1.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x8x576xf32>
    %1338 = "stablehlo.add"(%1336, %1337) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %1339 = "stablehlo.logistic"(%1338) : (tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %1340 = "stablehlo.multiply"(%1338, %1339) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %1343 = "stablehlo.dot_general"(%1340, %encoder.block4.ffn1.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x576xf32>, tensor<576x144xf32>) -> tensor<8x8x144xf32>
    %1344 = "stablehlo.broadcast_in_dim"(%encoder.block4.ffn1.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1345 = "stablehlo.add"(%1343, %1344) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1346 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %1347 = "stablehlo.broadcast_in_dim"(%1346) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x144xf32>
    %1348 = "stablehlo.multiply"(%1345, %1347) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1349 = "stablehlo.add"(%1308, %1348) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init225 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1352 = "stablehlo.reduce"(%1349, %init225) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs227: tensor<f32>, %rhs228: tensor<f32>):
      %combined226 = "stablehlo.add"(%lhs227, %rhs228) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined226) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1353 = "stablehlo.reshape"(%1352) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1354 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1355 = "stablehlo.broadcast_in_dim"(%1354) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1356 = "stablehlo.multiply"(%1353, %1355) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1357 = "stablehlo.broadcast_in_dim"(%1356) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1358 = "stablehlo.subtract"(%1349, %1357) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1359 = "stablehlo.multiply"(%1358, %1358) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init229 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1360 = "stablehlo.reduce"(%1359, %init229) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs231: tensor<f32>, %rhs232: tensor<f32>):
      %combined230 = "stablehlo.add"(%lhs231, %rhs232) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined230) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1361 = "stablehlo.reshape"(%1360) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1362 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1363 = "stablehlo.broadcast_in_dim"(%1362) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1364 = "stablehlo.multiply"(%1361, %1363) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1365 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1366 = "stablehlo.broadcast_in_dim"(%1365) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1367 = "stablehlo.add"(%1364, %1366) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1368 = "stablehlo.rsqrt"(%1367) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1369 = "stablehlo.broadcast_in_dim"(%1368) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1370 = "stablehlo.multiply"(%1358, %1369) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1371 = "stablehlo.broadcast_in_dim"(%encoder.block4.attention.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1372 = "stablehlo.multiply"(%1370, %1371) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1373 = "stablehlo.broadcast_in_dim"(%encoder.block4.attention.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1374 = "stablehlo.add"(%1372, %1373) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1377 = "stablehlo.dot_general"(%1374, %encoder.block4.attention.qkv.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x432xf32>) -> tensor<8x8x432xf32>
    %1378 = "stablehlo.broadcast_in_dim"(%encoder.block4.attention.qkv.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<432xf32>) -> tensor<8x8x432xf32>
    %1379 = "stablehlo.add"(%1377, %1378) : (tensor<8x8x432xf32>, tensor<8x8x432xf32>) -> tensor<8x8x432xf32>
    %1380 = "stablehlo.reshape"(%1379) : (tensor<8x8x432xf32>) -> tensor<8x8x3x4x36xf32>
    %1381 = "stablehlo.transpose"(%1380) <{permutation = array<i64: 2, 0, 3, 1, 4>}> : (tensor<8x8x3x4x36xf32>) -> tensor<3x8x4x8x36xf32>
    %1382 = "stablehlo.slice"(%1381) <{start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 4, 8, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x8x36xf32>) -> tensor<1x8x4x8x36xf32>
    %1383 = "stablehlo.reshape"(%1382) : (tensor<1x8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1384 = "stablehlo.slice"(%1381) <{start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 8, 4, 8, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x8x36xf32>) -> tensor<1x8x4x8x36xf32>
    %1385 = "stablehlo.reshape"(%1384) : (tensor<1x8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1386 = "stablehlo.slice"(%1381) <{start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 8, 4, 8, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x8x36xf32>) -> tensor<1x8x4x8x36xf32>
    %1387 = "stablehlo.reshape"(%1386) : (tensor<1x8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1389 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %1390 = "stablehlo.broadcast_in_dim"(%1389) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x36xf32>
    %1391 = "stablehlo.multiply"(%1383, %1390) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1392 = "stablehlo.dot_general"(%1391, %encoder.block4.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x8x36xf32>, tensor<32x36xf32>) -> tensor<8x4x8x32xf32>
    %1393 = "stablehlo.multiply"(%1391, %1391) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %init233 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1394 = "stablehlo.reduce"(%1393, %init233) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs235: tensor<f32>, %rhs236: tensor<f32>):
      %combined234 = "stablehlo.add"(%lhs235, %rhs236) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined234) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x36xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %1395 = "stablehlo.reshape"(%1394) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %1396 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %1397 = "stablehlo.broadcast_in_dim"(%1396) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x1xf32>
    %1398 = "stablehlo.multiply"(%1395, %1397) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %1399 = "stablehlo.broadcast_in_dim"(%1398) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x32xf32>
    %1400 = "stablehlo.add"(%1392, %1399) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %init237 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1401 = "stablehlo.reduce"(%1400, %init237) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs239: tensor<f32>, %rhs240: tensor<f32>):
      %combined238 = "stablehlo.maximum"(%lhs239, %rhs240) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined238) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x32xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %1402 = "stablehlo.reshape"(%1401) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %1403 = "stablehlo.broadcast_in_dim"(%1402) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x32xf32>
    %1404 = "stablehlo.subtract"(%1400, %1403) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %1405 = "stablehlo.exponential"(%1404) : (tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %1406 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %1407 = "stablehlo.broadcast_in_dim"(%1406) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x32xf32>
    %1408 = "stablehlo.multiply"(%1405, %1407) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %1409 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %1410 = "stablehlo.broadcast_in_dim"(%1409) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x36xf32>
    %1411 = "stablehlo.multiply"(%1385, %1410) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1412 = "stablehlo.dot_general"(%1411, %encoder.block4.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x8x36xf32>, tensor<32x36xf32>) -> tensor<8x4x8x32xf32>
    %1413 = "stablehlo.multiply"(%1411, %1411) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %init241 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1414 = "stablehlo.reduce"(%1413, %init241) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs243: tensor<f32>, %rhs244: tensor<f32>):
      %combined242 = "stablehlo.add"(%lhs243, %rhs244) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined242) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x36xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %1415 = "stablehlo.reshape"(%1414) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %1416 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %1417 = "stablehlo.broadcast_in_dim"(%1416) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x1xf32>
    %1418 = "stablehlo.multiply"(%1415, %1417) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %1419 = "stablehlo.broadcast_in_dim"(%1418) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x32xf32>
    %1420 = "stablehlo.add"(%1412, %1419) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %1421 = "stablehlo.constant"() <{value = dense<30.0> : tensor<f32>}> : () -> tensor<f32>
    %1422 = "stablehlo.broadcast_in_dim"(%1421) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x32xf32>
    %1423 = "stablehlo.minimum"(%1420, %1422) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %1424 = "stablehlo.exponential"(%1423) : (tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %1425 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %1426 = "stablehlo.broadcast_in_dim"(%1425) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x32xf32>
    %1427 = "stablehlo.multiply"(%1424, %1426) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %1429 = "stablehlo.reshape"(%reset) : (tensor<8xi1>) -> tensor<8x1x1x1xi1>
    %1430 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1431 = "stablehlo.broadcast_in_dim"(%1430) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x32x36xf32>
    %1432 = "stablehlo.broadcast_in_dim"(%1429) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x1x1x1xi1>) -> tensor<8x4x32x36xi1>
    %1433 = "stablehlo.select"(%1432, %1431, %state.block4.attention.s) : (tensor<8x4x32x36xi1>, tensor<8x4x32x36xf32>, tensor<8x4x32x36xf32>) -> tensor<8x4x32x36xf32>
    %1435 = "stablehlo.reshape"(%reset) : (tensor<8xi1>) -> tensor<8x1x1xi1>
    %1436 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1437 = "stablehlo.broadcast_in_dim"(%1436) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x32xf32>
    %1438 = "stablehlo.broadcast_in_dim"(%1435) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi1>) -> tensor<8x4x32xi1>
    %1439 = "stablehlo.select"(%1438, %1437, %state.block4.attention.z) : (tensor<8x4x32xi1>, tensor<8x4x32xf32>, tensor<8x4x32xf32>) -> tensor<8x4x32xf32>
    %1440 = "stablehlo.dot_general"(%1408, %1427) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x8xf32>
    %1441 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<8x8xi32>
    %1442 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8x8xi32>
    %1443 = "stablehlo.compare"(%1441, %1442) <{comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi1>
    %1444 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1445 = "stablehlo.broadcast_in_dim"(%1444) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x8xf32>
    %1446 = "stablehlo.broadcast_in_dim"(%1443) <{broadcast_dimensions = array<i64: 2, 3>}> : (tensor<8x8xi1>) -> tensor<8x4x8x8xi1>
    %1447 = "stablehlo.select"(%1446, %1440, %1445) : (tensor<8x4x8x8xi1>, tensor<8x4x8x8xf32>, tensor<8x4x8x8xf32>) -> tensor<8x4x8x8xf32>
    %1448 = "stablehlo.dot_general"(%1447, %1387) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x8xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1449 = "stablehlo.dot_general"(%1408, %1433) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x32x36xf32>) -> tensor<8x4x8x36xf32>
    %1450 = "stablehlo.add"(%1448, %1449) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1451 = "stablehlo.reshape"(%1439) : (tensor<8x4x32xf32>) -> tensor<8x4x32x1xf32>
    %1452 = "stablehlo.dot_general"(%1408, %1451) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x32x1xf32>) -> tensor<8x4x8x1xf32>
    %init245 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1453 = "stablehlo.reduce"(%1447, %init245) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs247: tensor<f32>, %rhs248: tensor<f32>):
      %combined246 = "stablehlo.add"(%lhs247, %rhs248) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined246) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x8xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %1454 = "stablehlo.reshape"(%1453) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %1455 = "stablehlo.add"(%1454, %1452) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %1456 = "stablehlo.constant"() <{value = dense<1.0e-6> : tensor<f32>}> : () -> tensor<f32>
    %1457 = "stablehlo.broadcast_in_dim"(%1456) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x1xf32>
    %1458 = "stablehlo.add"(%1455, %1457) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %1459 = "stablehlo.broadcast_in_dim"(%1458) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x36xf32>
    %1460 = "stablehlo.divide"(%1450, %1459) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1461 = "stablehlo.dot_general"(%1427, %1387) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x32x36xf32>
    %1462 = "stablehlo.add"(%1433, %1461) : (tensor<8x4x32x36xf32>, tensor<8x4x32x36xf32>) -> tensor<8x4x32x36xf32>
    %init249 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1463 = "stablehlo.reduce"(%1427, %init249) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs251: tensor<f32>, %rhs252: tensor<f32>):
      %combined250 = "stablehlo.add"(%lhs251, %rhs252) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined250) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x32xf32>, tensor<f32>) -> tensor<8x4x32xf32>
    %1464 = "stablehlo.add"(%1439, %1463) : (tensor<8x4x32xf32>, tensor<8x4x32xf32>) -> tensor<8x4x32xf32>
    %1465 = "stablehlo.transpose"(%1460) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x4x8x36xf32>) -> tensor<8x8x4x36xf32>
    %1466 = "stablehlo.reshape"(%1465) : (tensor<8x8x4x36xf32>) -> tensor<8x8x144xf32>
    %1469 = "stablehlo.dot_general"(%1466, %encoder.block4.attention.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x144xf32>) -> tensor<8x8x144xf32>
    %1470 = "stablehlo.broadcast_in_dim"(%encoder.block4.attention.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1471 = "stablehlo.add"(%1469, %1470) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1472 = "stablehlo.add"(%1349, %1471) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1474 = "stablehlo.reshape"(%reset) : (tensor<8xi1>) -> tensor<8x1x1xi1>
    %1475 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1476 = "stablehlo.broadcast_in_dim"(%1475) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x14x144xf32>
    %1477 = "stablehlo.broadcast_in_dim"(%1474) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi1>) -> tensor<8x14x144xi1>
    %1478 = "stablehlo.select"(%1477, %1476, %state.block4.conv) : (tensor<8x14x144xi1>, tensor<8x14x144xf32>, tensor<8x14x144xf32>) -> tensor<8x14x144xf32>
    %init253 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1481 = "stablehlo.reduce"(%1472, %init253) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs255: tensor<f32>, %rhs256: tensor<f32>):
      %combined254 = "stablehlo.add"(%lhs255, %rhs256) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined254) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1482 = "stablehlo.reshape"(%1481) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1483 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1484 = "stablehlo.broadcast_in_dim"(%1483) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1485 = "stablehlo.multiply"(%1482, %1484) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1486 = "stablehlo.broadcast_in_dim"(%1485) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1487 = "stablehlo.subtract"(%1472, %1486) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1488 = "stablehlo.multiply"(%1487, %1487) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init257 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1489 = "stablehlo.reduce"(%1488, %init257) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs259: tensor<f32>, %rhs260: tensor<f32>):
      %combined258 = "stablehlo.add"(%lhs259, %rhs260) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined258) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1490 = "stablehlo.reshape"(%1489) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1491 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1492 = "stablehlo.broadcast_in_dim"(%1491) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1493 = "stablehlo.multiply"(%1490, %1492) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1494 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1495 = "stablehlo.broadcast_in_dim"(%1494) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1496 = "stablehlo.add"(%1493, %1495) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1497 = "stablehlo.rsqrt"(%1496) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1498 = "stablehlo.broadcast_in_dim"(%1497) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1499 = "stablehlo.multiply"(%1487, %1498) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1500 = "stablehlo.broadcast_in_dim"(%encoder.block4.conv.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1501 = "stablehlo.multiply"(%1499, %1500) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1502 = "stablehlo.broadcast_in_dim"(%encoder.block4.conv.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1503 = "stablehlo.add"(%1501, %1502) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1506 = "stablehlo.dot_general"(%1503, %encoder.block4.conv.pointwise_in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x288xf32>) -> tensor<8x8x288xf32>
    %1507 = "stablehlo.broadcast_in_dim"(%encoder.block4.conv.pointwise_in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x8x288xf32>
    %1508 = "stablehlo.add"(%1506, %1507) : (tensor<8x8x288xf32>, tensor<8x8x288xf32>) -> tensor<8x8x288xf32>
    %1509 = "stablehlo.slice"(%1508) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 8, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x8x288xf32>) -> tensor<8x8x144xf32>
    %1510 = "stablehlo.slice"(%1508) <{start_indices = array<i64: 0, 0, 144>, limit_indices = array<i64: 8, 8, 288>, strides = array<i64: 1, 1, 1>}> : (tensor<8x8x288xf32>) -> tensor<8x8x144xf32>
    %1511 = "stablehlo.logistic"(%1510) : (tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1512 = "stablehlo.multiply"(%1509, %1511) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1513 = "stablehlo.concatenate"(%1478, %1512) <{dimension = 1 : i64}> : (tensor<8x14x144xf32>, tensor<8x8x144xf32>) -> tensor<8x22x144xf32>
    %1514 = "stablehlo.slice"(%1513) <{start_indices = array<i64: 0, 8, 0>, limit_indices = array<i64: 8, 22, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x14x144xf32>
    %1517 = "stablehlo.reshape"(%encoder.block4.conv.depthwise.w) : (tensor<15x1x144xf32>) -> tensor<15x144xf32>
    %1518 = "stablehlo.slice"(%1513) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 8, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %1519 = "stablehlo.slice"(%1517) <{start_indices = array<i64: 0, 0>, limit_indices = array<i64: 1, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1520 = "stablehlo.broadcast_in_dim"(%1519) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %1521 = "stablehlo.multiply"(%1518, %1520) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1522 = "stablehlo.slice"(%1513) <{start_indices = array<i64: 0, 1, 0>, limit_indices = array<i64: 8, 9, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %1523 = "stablehlo.slice"(%1517) <{start_indices = array<i64: 1, 0>, limit_indices = array<i64: 2, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1524 = "stablehlo.broadcast_in_dim"(%1523) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %1525 = "stablehlo.multiply"(%1522, %1524) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1526 = "stablehlo.add"(%1521, %1525) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1527 = "stablehlo.slice"(%1513) <{start_indices = array<i64: 0, 2, 0>, limit_indices = array<i64: 8, 10, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %1528 = "stablehlo.slice"(%1517) <{start_indices = array<i64: 2, 0>, limit_indices = array<i64: 3, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1529 = "stablehlo.broadcast_in_dim"(%1528) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %1530 = "stablehlo.multiply"(%1527, %1529) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1531 = "stablehlo.add"(%1526, %1530) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1532 = "stablehlo.slice"(%1513) <{start_indices = array<i64: 0, 3, 0>, limit_indices = array<i64: 8, 11, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %1533 = "stablehlo.slice"(%1517) <{start_indices = array<i64: 3, 0>, limit_indices = array<i64: 4, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1534 = "stablehlo.broadcast_in_dim"(%1533) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %1535 = "stablehlo.multiply"(%1532, %1534) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1536 = "stablehlo.add"(%1531, %1535) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1537 = "stablehlo.slice"(%1513) <{start_indices = array<i64: 0, 4, 0>, limit_indices = array<i64: 8, 12, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %1538 = "stablehlo.slice"(%1517) <{start_indices = array<i64: 4, 0>, limit_indices = array<i64: 5, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1539 = "stablehlo.broadcast_in_dim"(%1538) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %1540 = "stablehlo.multiply"(%1537, %1539) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1541 = "stablehlo.add"(%1536, %1540) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1542 = "stablehlo.slice"(%1513) <{start_indices = array<i64: 0, 5, 0>, limit_indices = array<i64: 8, 13, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %1543 = "stablehlo.slice"(%1517) <{start_indices = array<i64: 5, 0>, limit_indices = array<i64: 6, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1544 = "stablehlo.broadcast_in_dim"(%1543) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %1545 = "stablehlo.multiply"(%1542, %1544) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1546 = "stablehlo.add"(%1541, %1545) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1547 = "stablehlo.slice"(%1513) <{start_indices = array<i64: 0, 6, 0>, limit_indices = array<i64: 8, 14, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %1548 = "stablehlo.slice"(%1517) <{start_indices = array<i64: 6, 0>, limit_indices = array<i64: 7, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1549 = "stablehlo.broadcast_in_dim"(%1548) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %1550 = "stablehlo.multiply"(%1547, %1549) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1551 = "stablehlo.add"(%1546, %1550) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1552 = "stablehlo.slice"(%1513) <{start_indices = array<i64: 0, 7, 0>, limit_indices = array<i64: 8, 15, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %1553 = "stablehlo.slice"(%1517) <{start_indices = array<i64: 7, 0>, limit_indices = array<i64: 8, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1554 = "stablehlo.broadcast_in_dim"(%1553) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %1555 = "stablehlo.multiply"(%1552, %1554) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1556 = "stablehlo.add"(%1551, %1555) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1557 = "stablehlo.slice"(%1513) <{start_indices = array<i64: 0, 8, 0>, limit_indices = array<i64: 8, 16, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %1558 = "stablehlo.slice"(%1517) <{start_indices = array<i64: 8, 0>, limit_indices = array<i64: 9, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1559 = "stablehlo.broadcast_in_dim"(%1558) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %1560 = "stablehlo.multiply"(%1557, %1559) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1561 = "stablehlo.add"(%1556, %1560) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1562 = "stablehlo.slice"(%1513) <{start_indices = array<i64: 0, 9, 0>, limit_indices = array<i64: 8, 17, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %1563 = "stablehlo.slice"(%1517) <{start_indices = array<i64: 9, 0>, limit_indices = array<i64: 10, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1564 = "stablehlo.broadcast_in_dim"(%1563) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %1565 = "stablehlo.multiply"(%1562, %1564) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1566 = "stablehlo.add"(%1561, %1565) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1567 = "stablehlo.slice"(%1513) <{start_indices = array<i64: 0, 10, 0>, limit_indices = array<i64: 8, 18, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %1568 = "stablehlo.slice"(%1517) <{start_indices = array<i64: 10, 0>, limit_indices = array<i64: 11, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1569 = "stablehlo.broadcast_in_dim"(%1568) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %1570 = "stablehlo.multiply"(%1567, %1569) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1571 = "stablehlo.add"(%1566, %1570) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1572 = "stablehlo.slice"(%1513) <{start_indices = array<i64: 0, 11, 0>, limit_indices = array<i64: 8, 19, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %1573 = "stablehlo.slice"(%1517) <{start_indices = array<i64: 11, 0>, limit_indices = array<i64: 12, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1574 = "stablehlo.broadcast_in_dim"(%1573) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %1575 = "stablehlo.multiply"(%1572, %1574) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1576 = "stablehlo.add"(%1571, %1575) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1577 = "stablehlo.slice"(%1513) <{start_indices = array<i64: 0, 12, 0>, limit_indices = array<i64: 8, 20, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %1578 = "stablehlo.slice"(%1517) <{start_indices = array<i64: 12, 0>, limit_indices = array<i64: 13, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1579 = "stablehlo.broadcast_in_dim"(%1578) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %1580 = "stablehlo.multiply"(%1577, %1579) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1581 = "stablehlo.add"(%1576, %1580) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1582 = "stablehlo.slice"(%1513) <{start_indices = array<i64: 0, 13, 0>, limit_indices = array<i64: 8, 21, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %1583 = "stablehlo.slice"(%1517) <{start_indices = array<i64: 13, 0>, limit_indices = array<i64: 14, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1584 = "stablehlo.broadcast_in_dim"(%1583) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %1585 = "stablehlo.multiply"(%1582, %1584) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1586 = "stablehlo.add"(%1581, %1585) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1587 = "stablehlo.slice"(%1513) <{start_indices = array<i64: 0, 14, 0>, limit_indices = array<i64: 8, 22, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %1588 = "stablehlo.slice"(%1517) <{start_indices = array<i64: 14, 0>, limit_indices = array<i64: 15, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1589 = "stablehlo.broadcast_in_dim"(%1588) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %1590 = "stablehlo.multiply"(%1587, %1589) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1591 = "stablehlo.add"(%1586, %1590) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1592 = "stablehlo.broadcast_in_dim"(%encoder.block4.conv.depthwise.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1593 = "stablehlo.add"(%1591, %1592) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init261 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1596 = "stablehlo.reduce"(%1593, %init261) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs263: tensor<f32>, %rhs264: tensor<f32>):
      %combined262 = "stablehlo.add"(%lhs263, %rhs264) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined262) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1597 = "stablehlo.reshape"(%1596) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1598 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1599 = "stablehlo.broadcast_in_dim"(%1598) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1600 = "stablehlo.multiply"(%1597, %1599) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1601 = "stablehlo.broadcast_in_dim"(%1600) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1602 = "stablehlo.subtract"(%1593, %1601) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1603 = "stablehlo.multiply"(%1602, %1602) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init265 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1604 = "stablehlo.reduce"(%1603, %init265) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs267: tensor<f32>, %rhs268: tensor<f32>):
      %combined266 = "stablehlo.add"(%lhs267, %rhs268) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined266) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1605 = "stablehlo.reshape"(%1604) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1606 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1607 = "stablehlo.broadcast_in_dim"(%1606) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1608 = "stablehlo.multiply"(%1605, %1607) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1609 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1610 = "stablehlo.broadcast_in_dim"(%1609) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1611 = "stablehlo.add"(%1608, %1610) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1612 = "stablehlo.rsqrt"(%1611) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1613 = "stablehlo.broadcast_in_dim"(%1612) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1614 = "stablehlo.multiply"(%1602, %1613) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1615 = "stablehlo.broadcast_in_dim"(%encoder.block4.conv.depthwise_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1616 = "stablehlo.multiply"(%1614, %1615) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1617 = "stablehlo.broadcast_in_dim"(%encoder.block4.conv.depthwise_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1618 = "stablehlo.add"(%1616, %1617) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1619 = "stablehlo.logistic"(%1618) : (tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1620 = "stablehlo.multiply"(%1618, %1619) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1623 = "stablehlo.dot_general"(%1620, %encoder.block4.conv.pointwise_out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x144xf32>) -> tensor<8x8x144xf32>
    %1624 = "stablehlo.broadcast_in_dim"(%encoder.block4.conv.pointwise_out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1625 = "stablehlo.add"(%1623, %1624) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1626 = "stablehlo.add"(%1472, %1625) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init269 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1629 = "stablehlo.reduce"(%1626, %init269) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs271: tensor<f32>, %rhs272: tensor<f32>):
      %combined270 = "stablehlo.add"(%lhs271, %rhs272) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined270) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1630 = "stablehlo.reshape"(%1629) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1631 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1632 = "stablehlo.broadcast_in_dim"(%1631) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1633 = "stablehlo.multiply"(%1630, %1632) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1634 = "stablehlo.broadcast_in_dim"(%1633) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1635 = "stablehlo.subtract"(%1626, %1634) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1636 = "stablehlo.multiply"(%1635, %1635) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init273 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1637 = "stablehlo.reduce"(%1636, %init273) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs275: tensor<f32>, %rhs276: tensor<f32>):
      %combined274 = "stablehlo.add"(%lhs275, %rhs276) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined274) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1638 = "stablehlo.reshape"(%1637) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1639 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1640 = "stablehlo.broadcast_in_dim"(%1639) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1641 = "stablehlo.multiply"(%1638, %1640) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1642 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1643 = "stablehlo.broadcast_in_dim"(%1642) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1644 = "stablehlo.add"(%1641, %1643) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1645 = "stablehlo.rsqrt"(%1644) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1646 = "stablehlo.broadcast_in_dim"(%1645) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1647 = "stablehlo.multiply"(%1635, %1646) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1648 = "stablehlo.broadcast_in_dim"(%encoder.block4.ffn2.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1649 = "stablehlo.multiply"(%1647, %1648) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1650 = "stablehlo.broadcast_in_dim"(%encoder.block4.ffn2.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1651 = "stablehlo.add"(%1649, %1650) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1654 = "stablehlo.dot_general"(%1651, %encoder.block4.ffn2.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x576xf32>) -> tensor<8x8x576xf32>
    %1655 = "stablehlo.broadcast_in_dim"(%encoder.block4.ffn2.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x8x576xf32>
    %1656 = "stablehlo.add"(%1654, %1655) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %1657 = "stablehlo.logistic"(%1656) : (tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %1658 = "stablehlo.multiply"(%1656, %1657) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %1661 = "stablehlo.dot_general"(%1658, %encoder.block4.ffn2.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x576xf32>, tensor<576x144xf32>) -> tensor<8x8x144xf32>
    %1662 = "stablehlo.broadcast_in_dim"(%encoder.block4.ffn2.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1663 = "stablehlo.add"(%1661, %1662) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1664 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %1665 = "stablehlo.broadcast_in_dim"(%1664) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x144xf32>
    %1666 = "stablehlo.multiply"(%1663, %1665) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1667 = "stablehlo.add"(%1626, %1666) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init277 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1670 = "stablehlo.reduce"(%1667, %init277) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs279: tensor<f32>, %rhs280: tensor<f32>):
      %combined278 = "stablehlo.add"(%lhs279, %rhs280) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined278) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1671 = "stablehlo.reshape"(%1670) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1672 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1673 = "stablehlo.broadcast_in_dim"(%1672) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1674 = "stablehlo.multiply"(%1671, %1673) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1675 = "stablehlo.broadcast_in_dim"(%1674) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1676 = "stablehlo.subtract"(%1667, %1675) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1677 = "stablehlo.multiply"(%1676, %1676) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init281 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1678 = "stablehlo.reduce"(%1677, %init281) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs283: tensor<f32>, %rhs284: tensor<f32>):
      %combined282 = "stablehlo.add"(%lhs283, %rhs284) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined282) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1679 = "stablehlo.reshape"(%1678) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1680 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1681 = "stablehlo.broadcast_in_dim"(%1680) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1682 = "stablehlo.multiply"(%1679, %1681) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1683 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1684 = "stablehlo.broadcast_in_dim"(%1683) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1685 = "stablehlo.add"(%1682, %1684) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1686 = "stablehlo.rsqrt"(%1685) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1687 = "stablehlo.broadcast_in_dim"(%1686) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1688 = "stablehlo.multiply"(%1676, %1687) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1689 = "stablehlo.broadcast_in_dim"(%encoder.block4.final_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1690 = "stablehlo.multiply"(%1688, %1689) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1691 = "stablehlo.broadcast_in_dim"(%encoder.block4.final_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1692 = "stablehlo.add"(%1690, %1691) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init285 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1695 = "stablehlo.reduce"(%1692, %init285) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs287: tensor<f32>, %rhs288: tensor<f32>):
      %combined286 = "stablehlo.add"(%lhs287, %rhs288) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined286) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1696 = "stablehlo.reshape"(%1695) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1697 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1698 = "stablehlo.broadcast_in_dim"(%1697) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1699 = "stablehlo.multiply"(%1696, %1698) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1700 = "stablehlo.broadcast_in_dim"(%1699) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1701 = "stablehlo.subtract"(%1692, %1700) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1702 = "stablehlo.multiply"(%1701, %1701) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init289 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1703 = "stablehlo.reduce"(%1702, %init289) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs291: tensor<f32>, %rhs292: tensor<f32>):
      %combined290 = "stablehlo.add"(%lhs291, %rhs292) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined290) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1704 = "stablehlo.reshape"(%1703) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1705 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1706 = "stablehlo.broadcast_in_dim"(%1705) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1707 = "stablehlo.multiply"(%1704, %1706) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1708 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1709 = "stablehlo.broadcast_in_dim"(%1708) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1710 = "stablehlo.add"(%1707, %1709) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1711 = "stablehlo.rsqrt"(%1710) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1712 = "stablehlo.broadcast_in_dim"(%1711) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1713 = "stablehlo.multiply"(%1701, %1712) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1714 = "stablehlo.broadcast_in_dim"(%encoder.block5.ffn1.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1715 = "stablehlo.multiply"(%1713, %1714) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1716 = "stablehlo.broadcast_in_dim"(%encoder.block5.ffn1.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1717 = "stablehlo.add"(%1715, %1716) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1720 = "stablehlo.dot_general"(%1717, %encoder.block5.ffn1.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x576xf32>) -> tensor<8x8x576xf32>
    %1721 = "stablehlo.broadcast_in_dim"(%encoder.block5.ffn1.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x8x576xf32>
    %1722 = "stablehlo.add"(%1720, %1721) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %1723 = "stablehlo.logistic"(%1722) : (tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %1724 = "stablehlo.multiply"(%1722, %1723) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %1727 = "stablehlo.dot_general"(%1724, %encoder.block5.ffn1.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x576xf32>, tensor<576x144xf32>) -> tensor<8x8x144xf32>
    %1728 = "stablehlo.broadcast_in_dim"(%encoder.block5.ffn1.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1729 = "stablehlo.add"(%1727, %1728) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1730 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %1731 = "stablehlo.broadcast_in_dim"(%1730) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x144xf32>
    %1732 = "stablehlo.multiply"(%1729, %1731) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1733 = "stablehlo.add"(%1692, %1732) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init293 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1736 = "stablehlo.reduce"(%1733, %init293) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs295: tensor<f32>, %rhs296: tensor<f32>):
      %combined294 = "stablehlo.add"(%lhs295, %rhs296) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined294) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1737 = "stablehlo.reshape"(%1736) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1738 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1739 = "stablehlo.broadcast_in_dim"(%1738) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1740 = "stablehlo.multiply"(%1737, %1739) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1741 = "stablehlo.broadcast_in_dim"(%1740) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1742 = "stablehlo.subtract"(%1733, %1741) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1743 = "stablehlo.multiply"(%1742, %1742) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init297 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1744 = "stablehlo.reduce"(%1743, %init297) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs299: tensor<f32>, %rhs300: tensor<f32>):
      %combined298 = "stablehlo.add"(%lhs299, %rhs300) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined298) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1745 = "stablehlo.reshape"(%1744) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1746 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1747 = "stablehlo.broadcast_in_dim"(%1746) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1748 = "stablehlo.multiply"(%1745, %1747) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1749 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1750 = "stablehlo.broadcast_in_dim"(%1749) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1751 = "stablehlo.add"(%1748, %1750) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1752 = "stablehlo.rsqrt"(%1751) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1753 = "stablehlo.broadcast_in_dim"(%1752) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1754 = "stablehlo.multiply"(%1742, %1753) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1755 = "stablehlo.broadcast_in_dim"(%encoder.block5.attention.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1756 = "stablehlo.multiply"(%1754, %1755) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1757 = "stablehlo.broadcast_in_dim"(%encoder.block5.attention.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1758 = "stablehlo.add"(%1756, %1757) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1761 = "stablehlo.dot_general"(%1758, %encoder.block5.attention.qkv.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x432xf32>) -> tensor<8x8x432xf32>
    %1762 = "stablehlo.broadcast_in_dim"(%encoder.block5.attention.qkv.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<432xf32>) -> tensor<8x8x432xf32>
    %1763 = "stablehlo.add"(%1761, %1762) : (tensor<8x8x432xf32>, tensor<8x8x432xf32>) -> tensor<8x8x432xf32>
    %1764 = "stablehlo.reshape"(%1763) : (tensor<8x8x432xf32>) -> tensor<8x8x3x4x36xf32>
    %1765 = "stablehlo.transpose"(%1764) <{permutation = array<i64: 2, 0, 3, 1, 4>}> : (tensor<8x8x3x4x36xf32>) -> tensor<3x8x4x8x36xf32>
    %1766 = "stablehlo.slice"(%1765) <{start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 4, 8, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x8x36xf32>) -> tensor<1x8x4x8x36xf32>
    %1767 = "stablehlo.reshape"(%1766) : (tensor<1x8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1768 = "stablehlo.slice"(%1765) <{start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 8, 4, 8, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x8x36xf32>) -> tensor<1x8x4x8x36xf32>
    %1769 = "stablehlo.reshape"(%1768) : (tensor<1x8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1770 = "stablehlo.slice"(%1765) <{start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 8, 4, 8, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x8x36xf32>) -> tensor<1x8x4x8x36xf32>
    %1771 = "stablehlo.reshape"(%1770) : (tensor<1x8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1773 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %1774 = "stablehlo.broadcast_in_dim"(%1773) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x36xf32>
    %1775 = "stablehlo.multiply"(%1767, %1774) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1776 = "stablehlo.dot_general"(%1775, %encoder.block5.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x8x36xf32>, tensor<32x36xf32>) -> tensor<8x4x8x32xf32>
    %1777 = "stablehlo.multiply"(%1775, %1775) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %init301 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1778 = "stablehlo.reduce"(%1777, %init301) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs303: tensor<f32>, %rhs304: tensor<f32>):
      %combined302 = "stablehlo.add"(%lhs303, %rhs304) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined302) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x36xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %1779 = "stablehlo.reshape"(%1778) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %1780 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %1781 = "stablehlo.broadcast_in_dim"(%1780) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x1xf32>
    %1782 = "stablehlo.multiply"(%1779, %1781) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %1783 = "stablehlo.broadcast_in_dim"(%1782) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x32xf32>
    %1784 = "stablehlo.add"(%1776, %1783) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %init305 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1785 = "stablehlo.reduce"(%1784, %init305) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs307: tensor<f32>, %rhs308: tensor<f32>):
      %combined306 = "stablehlo.maximum"(%lhs307, %rhs308) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined306) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x32xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %1786 = "stablehlo.reshape"(%1785) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %1787 = "stablehlo.broadcast_in_dim"(%1786) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x32xf32>
    %1788 = "stablehlo.subtract"(%1784, %1787) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %1789 = "stablehlo.exponential"(%1788) : (tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %1790 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %1791 = "stablehlo.broadcast_in_dim"(%1790) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x32xf32>
    %1792 = "stablehlo.multiply"(%1789, %1791) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %1793 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %1794 = "stablehlo.broadcast_in_dim"(%1793) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x36xf32>
    %1795 = "stablehlo.multiply"(%1769, %1794) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1796 = "stablehlo.dot_general"(%1795, %encoder.block5.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x8x36xf32>, tensor<32x36xf32>) -> tensor<8x4x8x32xf32>
    %1797 = "stablehlo.multiply"(%1795, %1795) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %init309 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1798 = "stablehlo.reduce"(%1797, %init309) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs311: tensor<f32>, %rhs312: tensor<f32>):
      %combined310 = "stablehlo.add"(%lhs311, %rhs312) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined310) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x36xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %1799 = "stablehlo.reshape"(%1798) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %1800 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %1801 = "stablehlo.broadcast_in_dim"(%1800) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x1xf32>
    %1802 = "stablehlo.multiply"(%1799, %1801) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %1803 = "stablehlo.broadcast_in_dim"(%1802) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x32xf32>
    %1804 = "stablehlo.add"(%1796, %1803) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %1805 = "stablehlo.constant"() <{value = dense<30.0> : tensor<f32>}> : () -> tensor<f32>
    %1806 = "stablehlo.broadcast_in_dim"(%1805) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x32xf32>
    %1807 = "stablehlo.minimum"(%1804, %1806) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %1808 = "stablehlo.exponential"(%1807) : (tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %1809 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %1810 = "stablehlo.broadcast_in_dim"(%1809) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x32xf32>
    %1811 = "stablehlo.multiply"(%1808, %1810) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %1813 = "stablehlo.reshape"(%reset) : (tensor<8xi1>) -> tensor<8x1x1x1xi1>
    %1814 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1815 = "stablehlo.broadcast_in_dim"(%1814) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x32x36xf32>
    %1816 = "stablehlo.broadcast_in_dim"(%1813) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x1x1x1xi1>) -> tensor<8x4x32x36xi1>
    %1817 = "stablehlo.select"(%1816, %1815, %state.block5.attention.s) : (tensor<8x4x32x36xi1>, tensor<8x4x32x36xf32>, tensor<8x4x32x36xf32>) -> tensor<8x4x32x36xf32>
    %1819 = "stablehlo.reshape"(%reset) : (tensor<8xi1>) -> tensor<8x1x1xi1>
    %1820 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1821 = "stablehlo.broadcast_in_dim"(%1820) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x32xf32>
    %1822 = "stablehlo.broadcast_in_dim"(%1819) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi1>) -> tensor<8x4x32xi1>
    %1823 = "stablehlo.select"(%1822, %1821, %state.block5.attention.z) : (tensor<8x4x32xi1>, tensor<8x4x32xf32>, tensor<8x4x32xf32>) -> tensor<8x4x32xf32>
    %1824 = "stablehlo.dot_general"(%1792, %1811) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x8xf32>
    %1825 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<8x8xi32>
    %1826 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8x8xi32>
    %1827 = "stablehlo.compare"(%1825, %1826) <{comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi1>
    %1828 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1829 = "stablehlo.broadcast_in_dim"(%1828) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x8xf32>
    %1830 = "stablehlo.broadcast_in_dim"(%1827) <{broadcast_dimensions = array<i64: 2, 3>}> : (tensor<8x8xi1>) -> tensor<8x4x8x8xi1>
    %1831 = "stablehlo.select"(%1830, %1824, %1829) : (tensor<8x4x8x8xi1>, tensor<8x4x8x8xf32>, tensor<8x4x8x8xf32>) -> tensor<8x4x8x8xf32>
    %1832 = "stablehlo.dot_general"(%1831, %1771) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x8xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1833 = "stablehlo.dot_general"(%1792, %1817) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x32x36xf32>) -> tensor<8x4x8x36xf32>
    %1834 = "stablehlo.add"(%1832, %1833) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1835 = "stablehlo.reshape"(%1823) : (tensor<8x4x32xf32>) -> tensor<8x4x32x1xf32>
    %1836 = "stablehlo.dot_general"(%1792, %1835) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x32x1xf32>) -> tensor<8x4x8x1xf32>
    %init313 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1837 = "stablehlo.reduce"(%1831, %init313) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs315: tensor<f32>, %rhs316: tensor<f32>):
      %combined314 = "stablehlo.add"(%lhs315, %rhs316) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined314) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x8xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %1838 = "stablehlo.reshape"(%1837) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %1839 = "stablehlo.add"(%1838, %1836) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %1840 = "stablehlo.constant"() <{value = dense<1.0e-6> : tensor<f32>}> : () -> tensor<f32>
    %1841 = "stablehlo.broadcast_in_dim"(%1840) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x1xf32>
    %1842 = "stablehlo.add"(%1839, %1841) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %1843 = "stablehlo.broadcast_in_dim"(%1842) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x36xf32>
    %1844 = "stablehlo.divide"(%1834, %1843) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %1845 = "stablehlo.dot_general"(%1811, %1771) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x32x36xf32>
    %1846 = "stablehlo.add"(%1817, %1845) : (tensor<8x4x32x36xf32>, tensor<8x4x32x36xf32>) -> tensor<8x4x32x36xf32>
    %init317 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1847 = "stablehlo.reduce"(%1811, %init317) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs319: tensor<f32>, %rhs320: tensor<f32>):
      %combined318 = "stablehlo.add"(%lhs319, %rhs320) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined318) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x32xf32>, tensor<f32>) -> tensor<8x4x32xf32>
    %1848 = "stablehlo.add"(%1823, %1847) : (tensor<8x4x32xf32>, tensor<8x4x32xf32>) -> tensor<8x4x32xf32>
    %1849 = "stablehlo.transpose"(%1844) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x4x8x36xf32>) -> tensor<8x8x4x36xf32>
    %1850 = "stablehlo.reshape"(%1849) : (tensor<8x8x4x36xf32>) -> tensor<8x8x144xf32>
    %1853 = "stablehlo.dot_general"(%1850, %encoder.block5.attention.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x144xf32>) -> tensor<8x8x144xf32>
    %1854 = "stablehlo.broadcast_in_dim"(%encoder.block5.attention.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1855 = "stablehlo.add"(%1853, %1854) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1856 = "stablehlo.add"(%1733, %1855) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1858 = "stablehlo.reshape"(%reset) : (tensor<8xi1>) -> tensor<8x1x1xi1>
    %1859 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1860 = "stablehlo.broadcast_in_dim"(%1859) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x14x144xf32>
    %1861 = "stablehlo.broadcast_in_dim"(%1858) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi1>) -> tensor<8x14x144xi1>
    %1862 = "stablehlo.select"(%1861, %1860, %state.block5.conv) : (tensor<8x14x144xi1>, tensor<8x14x144xf32>, tensor<8x14x144xf32>) -> tensor<8x14x144xf32>
    %init321 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1865 = "stablehlo.reduce"(%1856, %init321) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs323: tensor<f32>, %rhs324: tensor<f32>):
      %combined322 = "stablehlo.add"(%lhs323, %rhs324) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined322) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1866 = "stablehlo.reshape"(%1865) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1867 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1868 = "stablehlo.broadcast_in_dim"(%1867) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1869 = "stablehlo.multiply"(%1866, %1868) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1870 = "stablehlo.broadcast_in_dim"(%1869) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1871 = "stablehlo.subtract"(%1856, %1870) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1872 = "stablehlo.multiply"(%1871, %1871) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init325 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1873 = "stablehlo.reduce"(%1872, %init325) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs327: tensor<f32>, %rhs328: tensor<f32>):
      %combined326 = "stablehlo.add"(%lhs327, %rhs328) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined326) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1874 = "stablehlo.reshape"(%1873) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1875 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1876 = "stablehlo.broadcast_in_dim"(%1875) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1877 = "stablehlo.multiply"(%1874, %1876) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1878 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1879 = "stablehlo.broadcast_in_dim"(%1878) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1880 = "stablehlo.add"(%1877, %1879) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1881 = "stablehlo.rsqrt"(%1880) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1882 = "stablehlo.broadcast_in_dim"(%1881) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1883 = "stablehlo.multiply"(%1871, %1882) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1884 = "stablehlo.broadcast_in_dim"(%encoder.block5.conv.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1885 = "stablehlo.multiply"(%1883, %1884) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1886 = "stablehlo.broadcast_in_dim"(%encoder.block5.conv.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1887 = "stablehlo.add"(%1885, %1886) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1890 = "stablehlo.dot_general"(%1887, %encoder.block5.conv.pointwise_in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x288xf32>) -> tensor<8x8x288xf32>
    %1891 = "stablehlo.broadcast_in_dim"(%encoder.block5.conv.pointwise_in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x8x288xf32>
    %1892 = "stablehlo.add"(%1890, %1891) : (tensor<8x8x288xf32>, tensor<8x8x288xf32>) -> tensor<8x8x288xf32>
    %1893 = "stablehlo.slice"(%1892) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 8, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x8x288xf32>) -> tensor<8x8x144xf32>
    %1894 = "stablehlo.slice"(%1892) <{start_indices = array<i64: 0, 0, 144>, limit_indices = array<i64: 8, 8, 288>, strides = array<i64: 1, 1, 1>}> : (tensor<8x8x288xf32>) -> tensor<8x8x144xf32>
    %1895 = "stablehlo.logistic"(%1894) : (tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1896 = "stablehlo.multiply"(%1893, %1895) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1897 = "stablehlo.concatenate"(%1862, %1896) <{dimension = 1 : i64}> : (tensor<8x14x144xf32>, tensor<8x8x144xf32>) -> tensor<8x22x144xf32>
    %1898 = "stablehlo.slice"(%1897) <{start_indices = array<i64: 0, 8, 0>, limit_indices = array<i64: 8, 22, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x14x144xf32>
    %1901 = "stablehlo.reshape"(%encoder.block5.conv.depthwise.w) : (tensor<15x1x144xf32>) -> tensor<15x144xf32>
    %1902 = "stablehlo.slice"(%1897) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 8, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %1903 = "stablehlo.slice"(%1901) <{start_indices = array<i64: 0, 0>, limit_indices = array<i64: 1, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1904 = "stablehlo.broadcast_in_dim"(%1903) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %1905 = "stablehlo.multiply"(%1902, %1904) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1906 = "stablehlo.slice"(%1897) <{start_indices = array<i64: 0, 1, 0>, limit_indices = array<i64: 8, 9, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %1907 = "stablehlo.slice"(%1901) <{start_indices = array<i64: 1, 0>, limit_indices = array<i64: 2, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1908 = "stablehlo.broadcast_in_dim"(%1907) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %1909 = "stablehlo.multiply"(%1906, %1908) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1910 = "stablehlo.add"(%1905, %1909) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1911 = "stablehlo.slice"(%1897) <{start_indices = array<i64: 0, 2, 0>, limit_indices = array<i64: 8, 10, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %1912 = "stablehlo.slice"(%1901) <{start_indices = array<i64: 2, 0>, limit_indices = array<i64: 3, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1913 = "stablehlo.broadcast_in_dim"(%1912) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %1914 = "stablehlo.multiply"(%1911, %1913) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1915 = "stablehlo.add"(%1910, %1914) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1916 = "stablehlo.slice"(%1897) <{start_indices = array<i64: 0, 3, 0>, limit_indices = array<i64: 8, 11, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %1917 = "stablehlo.slice"(%1901) <{start_indices = array<i64: 3, 0>, limit_indices = array<i64: 4, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1918 = "stablehlo.broadcast_in_dim"(%1917) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %1919 = "stablehlo.multiply"(%1916, %1918) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1920 = "stablehlo.add"(%1915, %1919) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1921 = "stablehlo.slice"(%1897) <{start_indices = array<i64: 0, 4, 0>, limit_indices = array<i64: 8, 12, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %1922 = "stablehlo.slice"(%1901) <{start_indices = array<i64: 4, 0>, limit_indices = array<i64: 5, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1923 = "stablehlo.broadcast_in_dim"(%1922) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %1924 = "stablehlo.multiply"(%1921, %1923) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1925 = "stablehlo.add"(%1920, %1924) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1926 = "stablehlo.slice"(%1897) <{start_indices = array<i64: 0, 5, 0>, limit_indices = array<i64: 8, 13, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %1927 = "stablehlo.slice"(%1901) <{start_indices = array<i64: 5, 0>, limit_indices = array<i64: 6, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1928 = "stablehlo.broadcast_in_dim"(%1927) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %1929 = "stablehlo.multiply"(%1926, %1928) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1930 = "stablehlo.add"(%1925, %1929) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1931 = "stablehlo.slice"(%1897) <{start_indices = array<i64: 0, 6, 0>, limit_indices = array<i64: 8, 14, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %1932 = "stablehlo.slice"(%1901) <{start_indices = array<i64: 6, 0>, limit_indices = array<i64: 7, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1933 = "stablehlo.broadcast_in_dim"(%1932) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %1934 = "stablehlo.multiply"(%1931, %1933) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1935 = "stablehlo.add"(%1930, %1934) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1936 = "stablehlo.slice"(%1897) <{start_indices = array<i64: 0, 7, 0>, limit_indices = array<i64: 8, 15, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %1937 = "stablehlo.slice"(%1901) <{start_indices = array<i64: 7, 0>, limit_indices = array<i64: 8, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1938 = "stablehlo.broadcast_in_dim"(%1937) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %1939 = "stablehlo.multiply"(%1936, %1938) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1940 = "stablehlo.add"(%1935, %1939) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1941 = "stablehlo.slice"(%1897) <{start_indices = array<i64: 0, 8, 0>, limit_indices = array<i64: 8, 16, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %1942 = "stablehlo.slice"(%1901) <{start_indices = array<i64: 8, 0>, limit_indices = array<i64: 9, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1943 = "stablehlo.broadcast_in_dim"(%1942) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %1944 = "stablehlo.multiply"(%1941, %1943) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1945 = "stablehlo.add"(%1940, %1944) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1946 = "stablehlo.slice"(%1897) <{start_indices = array<i64: 0, 9, 0>, limit_indices = array<i64: 8, 17, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %1947 = "stablehlo.slice"(%1901) <{start_indices = array<i64: 9, 0>, limit_indices = array<i64: 10, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1948 = "stablehlo.broadcast_in_dim"(%1947) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %1949 = "stablehlo.multiply"(%1946, %1948) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1950 = "stablehlo.add"(%1945, %1949) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1951 = "stablehlo.slice"(%1897) <{start_indices = array<i64: 0, 10, 0>, limit_indices = array<i64: 8, 18, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %1952 = "stablehlo.slice"(%1901) <{start_indices = array<i64: 10, 0>, limit_indices = array<i64: 11, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1953 = "stablehlo.broadcast_in_dim"(%1952) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %1954 = "stablehlo.multiply"(%1951, %1953) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1955 = "stablehlo.add"(%1950, %1954) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1956 = "stablehlo.slice"(%1897) <{start_indices = array<i64: 0, 11, 0>, limit_indices = array<i64: 8, 19, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %1957 = "stablehlo.slice"(%1901) <{start_indices = array<i64: 11, 0>, limit_indices = array<i64: 12, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1958 = "stablehlo.broadcast_in_dim"(%1957) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %1959 = "stablehlo.multiply"(%1956, %1958) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1960 = "stablehlo.add"(%1955, %1959) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1961 = "stablehlo.slice"(%1897) <{start_indices = array<i64: 0, 12, 0>, limit_indices = array<i64: 8, 20, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %1962 = "stablehlo.slice"(%1901) <{start_indices = array<i64: 12, 0>, limit_indices = array<i64: 13, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1963 = "stablehlo.broadcast_in_dim"(%1962) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %1964 = "stablehlo.multiply"(%1961, %1963) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1965 = "stablehlo.add"(%1960, %1964) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1966 = "stablehlo.slice"(%1897) <{start_indices = array<i64: 0, 13, 0>, limit_indices = array<i64: 8, 21, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %1967 = "stablehlo.slice"(%1901) <{start_indices = array<i64: 13, 0>, limit_indices = array<i64: 14, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1968 = "stablehlo.broadcast_in_dim"(%1967) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %1969 = "stablehlo.multiply"(%1966, %1968) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1970 = "stablehlo.add"(%1965, %1969) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1971 = "stablehlo.slice"(%1897) <{start_indices = array<i64: 0, 14, 0>, limit_indices = array<i64: 8, 22, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %1972 = "stablehlo.slice"(%1901) <{start_indices = array<i64: 14, 0>, limit_indices = array<i64: 15, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1973 = "stablehlo.broadcast_in_dim"(%1972) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %1974 = "stablehlo.multiply"(%1971, %1973) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1975 = "stablehlo.add"(%1970, %1974) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1976 = "stablehlo.broadcast_in_dim"(%encoder.block5.conv.depthwise.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %1977 = "stablehlo.add"(%1975, %1976) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init329 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1980 = "stablehlo.reduce"(%1977, %init329) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs331: tensor<f32>, %rhs332: tensor<f32>):
      %combined330 = "stablehlo.add"(%lhs331, %rhs332) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined330) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1981 = "stablehlo.reshape"(%1980) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1982 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1983 = "stablehlo.broadcast_in_dim"(%1982) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1984 = "stablehlo.multiply"(%1981, %1983) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1985 = "stablehlo.broadcast_in_dim"(%1984) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1986 = "stablehlo.subtract"(%1977, %1985) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1987 = "stablehlo.multiply"(%1986, %1986) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init333 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1988 = "stablehlo.reduce"(%1987, %init333) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs335: tensor<f32>, %rhs336: tensor<f32>):
      %combined334 = "stablehlo.add"(%lhs335, %rhs336) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined334) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %1989 = "stablehlo.reshape"(%1988) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %1990 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1991 = "stablehlo.broadcast_in_dim"(%1990) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1992 = "stablehlo.multiply"(%1989, %1991) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1993 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1994 = "stablehlo.broadcast_in_dim"(%1993) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %1995 = "stablehlo.add"(%1992, %1994) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1996 = "stablehlo.rsqrt"(%1995) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %1997 = "stablehlo.broadcast_in_dim"(%1996) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %1998 = "stablehlo.multiply"(%1986, %1997) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %1999 = "stablehlo.broadcast_in_dim"(%encoder.block5.conv.depthwise_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2000 = "stablehlo.multiply"(%1998, %1999) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2001 = "stablehlo.broadcast_in_dim"(%encoder.block5.conv.depthwise_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2002 = "stablehlo.add"(%2000, %2001) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2003 = "stablehlo.logistic"(%2002) : (tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2004 = "stablehlo.multiply"(%2002, %2003) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2007 = "stablehlo.dot_general"(%2004, %encoder.block5.conv.pointwise_out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x144xf32>) -> tensor<8x8x144xf32>
    %2008 = "stablehlo.broadcast_in_dim"(%encoder.block5.conv.pointwise_out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2009 = "stablehlo.add"(%2007, %2008) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2010 = "stablehlo.add"(%1856, %2009) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init337 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2013 = "stablehlo.reduce"(%2010, %init337) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs339: tensor<f32>, %rhs340: tensor<f32>):
      %combined338 = "stablehlo.add"(%lhs339, %rhs340) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined338) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %2014 = "stablehlo.reshape"(%2013) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %2015 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2016 = "stablehlo.broadcast_in_dim"(%2015) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2017 = "stablehlo.multiply"(%2014, %2016) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2018 = "stablehlo.broadcast_in_dim"(%2017) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %2019 = "stablehlo.subtract"(%2010, %2018) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2020 = "stablehlo.multiply"(%2019, %2019) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init341 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2021 = "stablehlo.reduce"(%2020, %init341) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs343: tensor<f32>, %rhs344: tensor<f32>):
      %combined342 = "stablehlo.add"(%lhs343, %rhs344) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined342) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %2022 = "stablehlo.reshape"(%2021) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %2023 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2024 = "stablehlo.broadcast_in_dim"(%2023) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2025 = "stablehlo.multiply"(%2022, %2024) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2026 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %2027 = "stablehlo.broadcast_in_dim"(%2026) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2028 = "stablehlo.add"(%2025, %2027) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2029 = "stablehlo.rsqrt"(%2028) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2030 = "stablehlo.broadcast_in_dim"(%2029) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %2031 = "stablehlo.multiply"(%2019, %2030) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2032 = "stablehlo.broadcast_in_dim"(%encoder.block5.ffn2.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2033 = "stablehlo.multiply"(%2031, %2032) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2034 = "stablehlo.broadcast_in_dim"(%encoder.block5.ffn2.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2035 = "stablehlo.add"(%2033, %2034) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2038 = "stablehlo.dot_general"(%2035, %encoder.block5.ffn2.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x576xf32>) -> tensor<8x8x576xf32>
    %2039 = "stablehlo.broadcast_in_dim"(%encoder.block5.ffn2.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x8x576xf32>
    %2040 = "stablehlo.add"(%2038, %2039) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %2041 = "stablehlo.logistic"(%2040) : (tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %2042 = "stablehlo.multiply"(%2040, %2041) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %2045 = "stablehlo.dot_general"(%2042, %encoder.block5.ffn2.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x576xf32>, tensor<576x144xf32>) -> tensor<8x8x144xf32>
    %2046 = "stablehlo.broadcast_in_dim"(%encoder.block5.ffn2.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2047 = "stablehlo.add"(%2045, %2046) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2048 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %2049 = "stablehlo.broadcast_in_dim"(%2048) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x144xf32>
    %2050 = "stablehlo.multiply"(%2047, %2049) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2051 = "stablehlo.add"(%2010, %2050) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init345 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2054 = "stablehlo.reduce"(%2051, %init345) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs347: tensor<f32>, %rhs348: tensor<f32>):
      %combined346 = "stablehlo.add"(%lhs347, %rhs348) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined346) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %2055 = "stablehlo.reshape"(%2054) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %2056 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2057 = "stablehlo.broadcast_in_dim"(%2056) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2058 = "stablehlo.multiply"(%2055, %2057) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2059 = "stablehlo.broadcast_in_dim"(%2058) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %2060 = "stablehlo.subtract"(%2051, %2059) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2061 = "stablehlo.multiply"(%2060, %2060) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init349 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2062 = "stablehlo.reduce"(%2061, %init349) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs351: tensor<f32>, %rhs352: tensor<f32>):
      %combined350 = "stablehlo.add"(%lhs351, %rhs352) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined350) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %2063 = "stablehlo.reshape"(%2062) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %2064 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2065 = "stablehlo.broadcast_in_dim"(%2064) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2066 = "stablehlo.multiply"(%2063, %2065) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2067 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %2068 = "stablehlo.broadcast_in_dim"(%2067) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2069 = "stablehlo.add"(%2066, %2068) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2070 = "stablehlo.rsqrt"(%2069) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2071 = "stablehlo.broadcast_in_dim"(%2070) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %2072 = "stablehlo.multiply"(%2060, %2071) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2073 = "stablehlo.broadcast_in_dim"(%encoder.block5.final_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2074 = "stablehlo.multiply"(%2072, %2073) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2075 = "stablehlo.broadcast_in_dim"(%encoder.block5.final_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2076 = "stablehlo.add"(%2074, %2075) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init353 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2079 = "stablehlo.reduce"(%2076, %init353) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs355: tensor<f32>, %rhs356: tensor<f32>):
      %combined354 = "stablehlo.add"(%lhs355, %rhs356) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined354) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %2080 = "stablehlo.reshape"(%2079) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %2081 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2082 = "stablehlo.broadcast_in_dim"(%2081) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2083 = "stablehlo.multiply"(%2080, %2082) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2084 = "stablehlo.broadcast_in_dim"(%2083) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %2085 = "stablehlo.subtract"(%2076, %2084) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2086 = "stablehlo.multiply"(%2085, %2085) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init357 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2087 = "stablehlo.reduce"(%2086, %init357) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs359: tensor<f32>, %rhs360: tensor<f32>):
      %combined358 = "stablehlo.add"(%lhs359, %rhs360) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined358) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %2088 = "stablehlo.reshape"(%2087) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %2089 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2090 = "stablehlo.broadcast_in_dim"(%2089) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2091 = "stablehlo.multiply"(%2088, %2090) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2092 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %2093 = "stablehlo.broadcast_in_dim"(%2092) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2094 = "stablehlo.add"(%2091, %2093) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2095 = "stablehlo.rsqrt"(%2094) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2096 = "stablehlo.broadcast_in_dim"(%2095) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %2097 = "stablehlo.multiply"(%2085, %2096) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2098 = "stablehlo.broadcast_in_dim"(%encoder.block6.ffn1.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2099 = "stablehlo.multiply"(%2097, %2098) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2100 = "stablehlo.broadcast_in_dim"(%encoder.block6.ffn1.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2101 = "stablehlo.add"(%2099, %2100) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2104 = "stablehlo.dot_general"(%2101, %encoder.block6.ffn1.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x576xf32>) -> tensor<8x8x576xf32>
    %2105 = "stablehlo.broadcast_in_dim"(%encoder.block6.ffn1.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x8x576xf32>
    %2106 = "stablehlo.add"(%2104, %2105) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %2107 = "stablehlo.logistic"(%2106) : (tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %2108 = "stablehlo.multiply"(%2106, %2107) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %2111 = "stablehlo.dot_general"(%2108, %encoder.block6.ffn1.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x576xf32>, tensor<576x144xf32>) -> tensor<8x8x144xf32>
    %2112 = "stablehlo.broadcast_in_dim"(%encoder.block6.ffn1.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2113 = "stablehlo.add"(%2111, %2112) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2114 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %2115 = "stablehlo.broadcast_in_dim"(%2114) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x144xf32>
    %2116 = "stablehlo.multiply"(%2113, %2115) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2117 = "stablehlo.add"(%2076, %2116) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init361 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2120 = "stablehlo.reduce"(%2117, %init361) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs363: tensor<f32>, %rhs364: tensor<f32>):
      %combined362 = "stablehlo.add"(%lhs363, %rhs364) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined362) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %2121 = "stablehlo.reshape"(%2120) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %2122 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2123 = "stablehlo.broadcast_in_dim"(%2122) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2124 = "stablehlo.multiply"(%2121, %2123) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2125 = "stablehlo.broadcast_in_dim"(%2124) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %2126 = "stablehlo.subtract"(%2117, %2125) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2127 = "stablehlo.multiply"(%2126, %2126) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init365 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2128 = "stablehlo.reduce"(%2127, %init365) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs367: tensor<f32>, %rhs368: tensor<f32>):
      %combined366 = "stablehlo.add"(%lhs367, %rhs368) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined366) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %2129 = "stablehlo.reshape"(%2128) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %2130 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2131 = "stablehlo.broadcast_in_dim"(%2130) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2132 = "stablehlo.multiply"(%2129, %2131) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2133 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %2134 = "stablehlo.broadcast_in_dim"(%2133) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2135 = "stablehlo.add"(%2132, %2134) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2136 = "stablehlo.rsqrt"(%2135) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2137 = "stablehlo.broadcast_in_dim"(%2136) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %2138 = "stablehlo.multiply"(%2126, %2137) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2139 = "stablehlo.broadcast_in_dim"(%encoder.block6.attention.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2140 = "stablehlo.multiply"(%2138, %2139) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2141 = "stablehlo.broadcast_in_dim"(%encoder.block6.attention.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2142 = "stablehlo.add"(%2140, %2141) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2145 = "stablehlo.dot_general"(%2142, %encoder.block6.attention.qkv.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x432xf32>) -> tensor<8x8x432xf32>
    %2146 = "stablehlo.broadcast_in_dim"(%encoder.block6.attention.qkv.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<432xf32>) -> tensor<8x8x432xf32>
    %2147 = "stablehlo.add"(%2145, %2146) : (tensor<8x8x432xf32>, tensor<8x8x432xf32>) -> tensor<8x8x432xf32>
    %2148 = "stablehlo.reshape"(%2147) : (tensor<8x8x432xf32>) -> tensor<8x8x3x4x36xf32>
    %2149 = "stablehlo.transpose"(%2148) <{permutation = array<i64: 2, 0, 3, 1, 4>}> : (tensor<8x8x3x4x36xf32>) -> tensor<3x8x4x8x36xf32>
    %2150 = "stablehlo.slice"(%2149) <{start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 4, 8, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x8x36xf32>) -> tensor<1x8x4x8x36xf32>
    %2151 = "stablehlo.reshape"(%2150) : (tensor<1x8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %2152 = "stablehlo.slice"(%2149) <{start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 8, 4, 8, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x8x36xf32>) -> tensor<1x8x4x8x36xf32>
    %2153 = "stablehlo.reshape"(%2152) : (tensor<1x8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %2154 = "stablehlo.slice"(%2149) <{start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 8, 4, 8, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x8x36xf32>) -> tensor<1x8x4x8x36xf32>
    %2155 = "stablehlo.reshape"(%2154) : (tensor<1x8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %2157 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %2158 = "stablehlo.broadcast_in_dim"(%2157) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x36xf32>
    %2159 = "stablehlo.multiply"(%2151, %2158) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %2160 = "stablehlo.dot_general"(%2159, %encoder.block6.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x8x36xf32>, tensor<32x36xf32>) -> tensor<8x4x8x32xf32>
    %2161 = "stablehlo.multiply"(%2159, %2159) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %init369 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2162 = "stablehlo.reduce"(%2161, %init369) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs371: tensor<f32>, %rhs372: tensor<f32>):
      %combined370 = "stablehlo.add"(%lhs371, %rhs372) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined370) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x36xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %2163 = "stablehlo.reshape"(%2162) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %2164 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %2165 = "stablehlo.broadcast_in_dim"(%2164) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x1xf32>
    %2166 = "stablehlo.multiply"(%2163, %2165) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %2167 = "stablehlo.broadcast_in_dim"(%2166) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x32xf32>
    %2168 = "stablehlo.add"(%2160, %2167) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %init373 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %2169 = "stablehlo.reduce"(%2168, %init373) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs375: tensor<f32>, %rhs376: tensor<f32>):
      %combined374 = "stablehlo.maximum"(%lhs375, %rhs376) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined374) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x32xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %2170 = "stablehlo.reshape"(%2169) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %2171 = "stablehlo.broadcast_in_dim"(%2170) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x32xf32>
    %2172 = "stablehlo.subtract"(%2168, %2171) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %2173 = "stablehlo.exponential"(%2172) : (tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %2174 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %2175 = "stablehlo.broadcast_in_dim"(%2174) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x32xf32>
    %2176 = "stablehlo.multiply"(%2173, %2175) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %2177 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %2178 = "stablehlo.broadcast_in_dim"(%2177) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x36xf32>
    %2179 = "stablehlo.multiply"(%2153, %2178) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %2180 = "stablehlo.dot_general"(%2179, %encoder.block6.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x8x36xf32>, tensor<32x36xf32>) -> tensor<8x4x8x32xf32>
    %2181 = "stablehlo.multiply"(%2179, %2179) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %init377 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2182 = "stablehlo.reduce"(%2181, %init377) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs379: tensor<f32>, %rhs380: tensor<f32>):
      %combined378 = "stablehlo.add"(%lhs379, %rhs380) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined378) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x36xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %2183 = "stablehlo.reshape"(%2182) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %2184 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %2185 = "stablehlo.broadcast_in_dim"(%2184) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x1xf32>
    %2186 = "stablehlo.multiply"(%2183, %2185) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %2187 = "stablehlo.broadcast_in_dim"(%2186) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x32xf32>
    %2188 = "stablehlo.add"(%2180, %2187) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %2189 = "stablehlo.constant"() <{value = dense<30.0> : tensor<f32>}> : () -> tensor<f32>
    %2190 = "stablehlo.broadcast_in_dim"(%2189) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x32xf32>
    %2191 = "stablehlo.minimum"(%2188, %2190) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %2192 = "stablehlo.exponential"(%2191) : (tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %2193 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %2194 = "stablehlo.broadcast_in_dim"(%2193) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x32xf32>
    %2195 = "stablehlo.multiply"(%2192, %2194) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %2197 = "stablehlo.reshape"(%reset) : (tensor<8xi1>) -> tensor<8x1x1x1xi1>
    %2198 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2199 = "stablehlo.broadcast_in_dim"(%2198) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x32x36xf32>
    %2200 = "stablehlo.broadcast_in_dim"(%2197) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x1x1x1xi1>) -> tensor<8x4x32x36xi1>
    %2201 = "stablehlo.select"(%2200, %2199, %state.block6.attention.s) : (tensor<8x4x32x36xi1>, tensor<8x4x32x36xf32>, tensor<8x4x32x36xf32>) -> tensor<8x4x32x36xf32>
    %2203 = "stablehlo.reshape"(%reset) : (tensor<8xi1>) -> tensor<8x1x1xi1>
    %2204 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2205 = "stablehlo.broadcast_in_dim"(%2204) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x32xf32>
    %2206 = "stablehlo.broadcast_in_dim"(%2203) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi1>) -> tensor<8x4x32xi1>
    %2207 = "stablehlo.select"(%2206, %2205, %state.block6.attention.z) : (tensor<8x4x32xi1>, tensor<8x4x32xf32>, tensor<8x4x32xf32>) -> tensor<8x4x32xf32>
    %2208 = "stablehlo.dot_general"(%2176, %2195) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x8xf32>
    %2209 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<8x8xi32>
    %2210 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8x8xi32>
    %2211 = "stablehlo.compare"(%2209, %2210) <{comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi1>
    %2212 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2213 = "stablehlo.broadcast_in_dim"(%2212) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x8xf32>
    %2214 = "stablehlo.broadcast_in_dim"(%2211) <{broadcast_dimensions = array<i64: 2, 3>}> : (tensor<8x8xi1>) -> tensor<8x4x8x8xi1>
    %2215 = "stablehlo.select"(%2214, %2208, %2213) : (tensor<8x4x8x8xi1>, tensor<8x4x8x8xf32>, tensor<8x4x8x8xf32>) -> tensor<8x4x8x8xf32>
    %2216 = "stablehlo.dot_general"(%2215, %2155) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x8xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %2217 = "stablehlo.dot_general"(%2176, %2201) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x32x36xf32>) -> tensor<8x4x8x36xf32>
    %2218 = "stablehlo.add"(%2216, %2217) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %2219 = "stablehlo.reshape"(%2207) : (tensor<8x4x32xf32>) -> tensor<8x4x32x1xf32>
    %2220 = "stablehlo.dot_general"(%2176, %2219) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x32x1xf32>) -> tensor<8x4x8x1xf32>
    %init381 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2221 = "stablehlo.reduce"(%2215, %init381) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs383: tensor<f32>, %rhs384: tensor<f32>):
      %combined382 = "stablehlo.add"(%lhs383, %rhs384) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined382) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x8xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %2222 = "stablehlo.reshape"(%2221) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %2223 = "stablehlo.add"(%2222, %2220) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %2224 = "stablehlo.constant"() <{value = dense<1.0e-6> : tensor<f32>}> : () -> tensor<f32>
    %2225 = "stablehlo.broadcast_in_dim"(%2224) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x1xf32>
    %2226 = "stablehlo.add"(%2223, %2225) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %2227 = "stablehlo.broadcast_in_dim"(%2226) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x36xf32>
    %2228 = "stablehlo.divide"(%2218, %2227) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %2229 = "stablehlo.dot_general"(%2195, %2155) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x32x36xf32>
    %2230 = "stablehlo.add"(%2201, %2229) : (tensor<8x4x32x36xf32>, tensor<8x4x32x36xf32>) -> tensor<8x4x32x36xf32>
    %init385 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2231 = "stablehlo.reduce"(%2195, %init385) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs387: tensor<f32>, %rhs388: tensor<f32>):
      %combined386 = "stablehlo.add"(%lhs387, %rhs388) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined386) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x32xf32>, tensor<f32>) -> tensor<8x4x32xf32>
    %2232 = "stablehlo.add"(%2207, %2231) : (tensor<8x4x32xf32>, tensor<8x4x32xf32>) -> tensor<8x4x32xf32>
    %2233 = "stablehlo.transpose"(%2228) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x4x8x36xf32>) -> tensor<8x8x4x36xf32>
    %2234 = "stablehlo.reshape"(%2233) : (tensor<8x8x4x36xf32>) -> tensor<8x8x144xf32>
    %2237 = "stablehlo.dot_general"(%2234, %encoder.block6.attention.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x144xf32>) -> tensor<8x8x144xf32>
    %2238 = "stablehlo.broadcast_in_dim"(%encoder.block6.attention.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2239 = "stablehlo.add"(%2237, %2238) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2240 = "stablehlo.add"(%2117, %2239) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2242 = "stablehlo.reshape"(%reset) : (tensor<8xi1>) -> tensor<8x1x1xi1>
    %2243 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2244 = "stablehlo.broadcast_in_dim"(%2243) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x14x144xf32>
    %2245 = "stablehlo.broadcast_in_dim"(%2242) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi1>) -> tensor<8x14x144xi1>
    %2246 = "stablehlo.select"(%2245, %2244, %state.block6.conv) : (tensor<8x14x144xi1>, tensor<8x14x144xf32>, tensor<8x14x144xf32>) -> tensor<8x14x144xf32>
    %init389 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2249 = "stablehlo.reduce"(%2240, %init389) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs391: tensor<f32>, %rhs392: tensor<f32>):
      %combined390 = "stablehlo.add"(%lhs391, %rhs392) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined390) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %2250 = "stablehlo.reshape"(%2249) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %2251 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2252 = "stablehlo.broadcast_in_dim"(%2251) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2253 = "stablehlo.multiply"(%2250, %2252) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2254 = "stablehlo.broadcast_in_dim"(%2253) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %2255 = "stablehlo.subtract"(%2240, %2254) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2256 = "stablehlo.multiply"(%2255, %2255) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init393 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2257 = "stablehlo.reduce"(%2256, %init393) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs395: tensor<f32>, %rhs396: tensor<f32>):
      %combined394 = "stablehlo.add"(%lhs395, %rhs396) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined394) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %2258 = "stablehlo.reshape"(%2257) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %2259 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2260 = "stablehlo.broadcast_in_dim"(%2259) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2261 = "stablehlo.multiply"(%2258, %2260) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2262 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %2263 = "stablehlo.broadcast_in_dim"(%2262) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2264 = "stablehlo.add"(%2261, %2263) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2265 = "stablehlo.rsqrt"(%2264) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2266 = "stablehlo.broadcast_in_dim"(%2265) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %2267 = "stablehlo.multiply"(%2255, %2266) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2268 = "stablehlo.broadcast_in_dim"(%encoder.block6.conv.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2269 = "stablehlo.multiply"(%2267, %2268) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2270 = "stablehlo.broadcast_in_dim"(%encoder.block6.conv.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2271 = "stablehlo.add"(%2269, %2270) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2274 = "stablehlo.dot_general"(%2271, %encoder.block6.conv.pointwise_in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x288xf32>) -> tensor<8x8x288xf32>
    %2275 = "stablehlo.broadcast_in_dim"(%encoder.block6.conv.pointwise_in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x8x288xf32>
    %2276 = "stablehlo.add"(%2274, %2275) : (tensor<8x8x288xf32>, tensor<8x8x288xf32>) -> tensor<8x8x288xf32>
    %2277 = "stablehlo.slice"(%2276) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 8, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x8x288xf32>) -> tensor<8x8x144xf32>
    %2278 = "stablehlo.slice"(%2276) <{start_indices = array<i64: 0, 0, 144>, limit_indices = array<i64: 8, 8, 288>, strides = array<i64: 1, 1, 1>}> : (tensor<8x8x288xf32>) -> tensor<8x8x144xf32>
    %2279 = "stablehlo.logistic"(%2278) : (tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2280 = "stablehlo.multiply"(%2277, %2279) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2281 = "stablehlo.concatenate"(%2246, %2280) <{dimension = 1 : i64}> : (tensor<8x14x144xf32>, tensor<8x8x144xf32>) -> tensor<8x22x144xf32>
    %2282 = "stablehlo.slice"(%2281) <{start_indices = array<i64: 0, 8, 0>, limit_indices = array<i64: 8, 22, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x14x144xf32>
    %2285 = "stablehlo.reshape"(%encoder.block6.conv.depthwise.w) : (tensor<15x1x144xf32>) -> tensor<15x144xf32>
    %2286 = "stablehlo.slice"(%2281) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 8, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %2287 = "stablehlo.slice"(%2285) <{start_indices = array<i64: 0, 0>, limit_indices = array<i64: 1, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2288 = "stablehlo.broadcast_in_dim"(%2287) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %2289 = "stablehlo.multiply"(%2286, %2288) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2290 = "stablehlo.slice"(%2281) <{start_indices = array<i64: 0, 1, 0>, limit_indices = array<i64: 8, 9, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %2291 = "stablehlo.slice"(%2285) <{start_indices = array<i64: 1, 0>, limit_indices = array<i64: 2, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2292 = "stablehlo.broadcast_in_dim"(%2291) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %2293 = "stablehlo.multiply"(%2290, %2292) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2294 = "stablehlo.add"(%2289, %2293) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2295 = "stablehlo.slice"(%2281) <{start_indices = array<i64: 0, 2, 0>, limit_indices = array<i64: 8, 10, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %2296 = "stablehlo.slice"(%2285) <{start_indices = array<i64: 2, 0>, limit_indices = array<i64: 3, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2297 = "stablehlo.broadcast_in_dim"(%2296) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %2298 = "stablehlo.multiply"(%2295, %2297) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2299 = "stablehlo.add"(%2294, %2298) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2300 = "stablehlo.slice"(%2281) <{start_indices = array<i64: 0, 3, 0>, limit_indices = array<i64: 8, 11, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %2301 = "stablehlo.slice"(%2285) <{start_indices = array<i64: 3, 0>, limit_indices = array<i64: 4, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2302 = "stablehlo.broadcast_in_dim"(%2301) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %2303 = "stablehlo.multiply"(%2300, %2302) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2304 = "stablehlo.add"(%2299, %2303) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2305 = "stablehlo.slice"(%2281) <{start_indices = array<i64: 0, 4, 0>, limit_indices = array<i64: 8, 12, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %2306 = "stablehlo.slice"(%2285) <{start_indices = array<i64: 4, 0>, limit_indices = array<i64: 5, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2307 = "stablehlo.broadcast_in_dim"(%2306) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %2308 = "stablehlo.multiply"(%2305, %2307) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2309 = "stablehlo.add"(%2304, %2308) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2310 = "stablehlo.slice"(%2281) <{start_indices = array<i64: 0, 5, 0>, limit_indices = array<i64: 8, 13, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %2311 = "stablehlo.slice"(%2285) <{start_indices = array<i64: 5, 0>, limit_indices = array<i64: 6, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2312 = "stablehlo.broadcast_in_dim"(%2311) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %2313 = "stablehlo.multiply"(%2310, %2312) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2314 = "stablehlo.add"(%2309, %2313) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2315 = "stablehlo.slice"(%2281) <{start_indices = array<i64: 0, 6, 0>, limit_indices = array<i64: 8, 14, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %2316 = "stablehlo.slice"(%2285) <{start_indices = array<i64: 6, 0>, limit_indices = array<i64: 7, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2317 = "stablehlo.broadcast_in_dim"(%2316) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %2318 = "stablehlo.multiply"(%2315, %2317) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2319 = "stablehlo.add"(%2314, %2318) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2320 = "stablehlo.slice"(%2281) <{start_indices = array<i64: 0, 7, 0>, limit_indices = array<i64: 8, 15, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %2321 = "stablehlo.slice"(%2285) <{start_indices = array<i64: 7, 0>, limit_indices = array<i64: 8, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2322 = "stablehlo.broadcast_in_dim"(%2321) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %2323 = "stablehlo.multiply"(%2320, %2322) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2324 = "stablehlo.add"(%2319, %2323) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2325 = "stablehlo.slice"(%2281) <{start_indices = array<i64: 0, 8, 0>, limit_indices = array<i64: 8, 16, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %2326 = "stablehlo.slice"(%2285) <{start_indices = array<i64: 8, 0>, limit_indices = array<i64: 9, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2327 = "stablehlo.broadcast_in_dim"(%2326) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %2328 = "stablehlo.multiply"(%2325, %2327) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2329 = "stablehlo.add"(%2324, %2328) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2330 = "stablehlo.slice"(%2281) <{start_indices = array<i64: 0, 9, 0>, limit_indices = array<i64: 8, 17, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %2331 = "stablehlo.slice"(%2285) <{start_indices = array<i64: 9, 0>, limit_indices = array<i64: 10, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2332 = "stablehlo.broadcast_in_dim"(%2331) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %2333 = "stablehlo.multiply"(%2330, %2332) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2334 = "stablehlo.add"(%2329, %2333) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2335 = "stablehlo.slice"(%2281) <{start_indices = array<i64: 0, 10, 0>, limit_indices = array<i64: 8, 18, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %2336 = "stablehlo.slice"(%2285) <{start_indices = array<i64: 10, 0>, limit_indices = array<i64: 11, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2337 = "stablehlo.broadcast_in_dim"(%2336) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %2338 = "stablehlo.multiply"(%2335, %2337) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2339 = "stablehlo.add"(%2334, %2338) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2340 = "stablehlo.slice"(%2281) <{start_indices = array<i64: 0, 11, 0>, limit_indices = array<i64: 8, 19, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %2341 = "stablehlo.slice"(%2285) <{start_indices = array<i64: 11, 0>, limit_indices = array<i64: 12, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2342 = "stablehlo.broadcast_in_dim"(%2341) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %2343 = "stablehlo.multiply"(%2340, %2342) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2344 = "stablehlo.add"(%2339, %2343) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2345 = "stablehlo.slice"(%2281) <{start_indices = array<i64: 0, 12, 0>, limit_indices = array<i64: 8, 20, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %2346 = "stablehlo.slice"(%2285) <{start_indices = array<i64: 12, 0>, limit_indices = array<i64: 13, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2347 = "stablehlo.broadcast_in_dim"(%2346) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %2348 = "stablehlo.multiply"(%2345, %2347) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2349 = "stablehlo.add"(%2344, %2348) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2350 = "stablehlo.slice"(%2281) <{start_indices = array<i64: 0, 13, 0>, limit_indices = array<i64: 8, 21, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %2351 = "stablehlo.slice"(%2285) <{start_indices = array<i64: 13, 0>, limit_indices = array<i64: 14, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2352 = "stablehlo.broadcast_in_dim"(%2351) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %2353 = "stablehlo.multiply"(%2350, %2352) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2354 = "stablehlo.add"(%2349, %2353) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2355 = "stablehlo.slice"(%2281) <{start_indices = array<i64: 0, 14, 0>, limit_indices = array<i64: 8, 22, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %2356 = "stablehlo.slice"(%2285) <{start_indices = array<i64: 14, 0>, limit_indices = array<i64: 15, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2357 = "stablehlo.broadcast_in_dim"(%2356) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %2358 = "stablehlo.multiply"(%2355, %2357) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2359 = "stablehlo.add"(%2354, %2358) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2360 = "stablehlo.broadcast_in_dim"(%encoder.block6.conv.depthwise.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2361 = "stablehlo.add"(%2359, %2360) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init397 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2364 = "stablehlo.reduce"(%2361, %init397) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs399: tensor<f32>, %rhs400: tensor<f32>):
      %combined398 = "stablehlo.add"(%lhs399, %rhs400) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined398) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %2365 = "stablehlo.reshape"(%2364) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %2366 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2367 = "stablehlo.broadcast_in_dim"(%2366) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2368 = "stablehlo.multiply"(%2365, %2367) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2369 = "stablehlo.broadcast_in_dim"(%2368) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %2370 = "stablehlo.subtract"(%2361, %2369) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2371 = "stablehlo.multiply"(%2370, %2370) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init401 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2372 = "stablehlo.reduce"(%2371, %init401) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs403: tensor<f32>, %rhs404: tensor<f32>):
      %combined402 = "stablehlo.add"(%lhs403, %rhs404) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined402) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %2373 = "stablehlo.reshape"(%2372) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %2374 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2375 = "stablehlo.broadcast_in_dim"(%2374) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2376 = "stablehlo.multiply"(%2373, %2375) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2377 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %2378 = "stablehlo.broadcast_in_dim"(%2377) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2379 = "stablehlo.add"(%2376, %2378) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2380 = "stablehlo.rsqrt"(%2379) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2381 = "stablehlo.broadcast_in_dim"(%2380) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %2382 = "stablehlo.multiply"(%2370, %2381) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2383 = "stablehlo.broadcast_in_dim"(%encoder.block6.conv.depthwise_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2384 = "stablehlo.multiply"(%2382, %2383) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2385 = "stablehlo.broadcast_in_dim"(%encoder.block6.conv.depthwise_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2386 = "stablehlo.add"(%2384, %2385) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2387 = "stablehlo.logistic"(%2386) : (tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2388 = "stablehlo.multiply"(%2386, %2387) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2391 = "stablehlo.dot_general"(%2388, %encoder.block6.conv.pointwise_out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x144xf32>) -> tensor<8x8x144xf32>
    %2392 = "stablehlo.broadcast_in_dim"(%encoder.block6.conv.pointwise_out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2393 = "stablehlo.add"(%2391, %2392) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2394 = "stablehlo.add"(%2240, %2393) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init405 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2397 = "stablehlo.reduce"(%2394, %init405) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs407: tensor<f32>, %rhs408: tensor<f32>):
      %combined406 = "stablehlo.add"(%lhs407, %rhs408) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined406) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %2398 = "stablehlo.reshape"(%2397) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %2399 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2400 = "stablehlo.broadcast_in_dim"(%2399) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2401 = "stablehlo.multiply"(%2398, %2400) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2402 = "stablehlo.broadcast_in_dim"(%2401) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %2403 = "stablehlo.subtract"(%2394, %2402) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2404 = "stablehlo.multiply"(%2403, %2403) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init409 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2405 = "stablehlo.reduce"(%2404, %init409) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs411: tensor<f32>, %rhs412: tensor<f32>):
      %combined410 = "stablehlo.add"(%lhs411, %rhs412) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined410) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %2406 = "stablehlo.reshape"(%2405) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %2407 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2408 = "stablehlo.broadcast_in_dim"(%2407) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2409 = "stablehlo.multiply"(%2406, %2408) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2410 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %2411 = "stablehlo.broadcast_in_dim"(%2410) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2412 = "stablehlo.add"(%2409, %2411) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2413 = "stablehlo.rsqrt"(%2412) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2414 = "stablehlo.broadcast_in_dim"(%2413) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %2415 = "stablehlo.multiply"(%2403, %2414) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2416 = "stablehlo.broadcast_in_dim"(%encoder.block6.ffn2.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2417 = "stablehlo.multiply"(%2415, %2416) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2418 = "stablehlo.broadcast_in_dim"(%encoder.block6.ffn2.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2419 = "stablehlo.add"(%2417, %2418) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2422 = "stablehlo.dot_general"(%2419, %encoder.block6.ffn2.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x576xf32>) -> tensor<8x8x576xf32>
    %2423 = "stablehlo.broadcast_in_dim"(%encoder.block6.ffn2.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x8x576xf32>
    %2424 = "stablehlo.add"(%2422, %2423) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %2425 = "stablehlo.logistic"(%2424) : (tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %2426 = "stablehlo.multiply"(%2424, %2425) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %2429 = "stablehlo.dot_general"(%2426, %encoder.block6.ffn2.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x576xf32>, tensor<576x144xf32>) -> tensor<8x8x144xf32>
    %2430 = "stablehlo.broadcast_in_dim"(%encoder.block6.ffn2.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2431 = "stablehlo.add"(%2429, %2430) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2432 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %2433 = "stablehlo.broadcast_in_dim"(%2432) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x144xf32>
    %2434 = "stablehlo.multiply"(%2431, %2433) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2435 = "stablehlo.add"(%2394, %2434) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init413 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2438 = "stablehlo.reduce"(%2435, %init413) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs415: tensor<f32>, %rhs416: tensor<f32>):
      %combined414 = "stablehlo.add"(%lhs415, %rhs416) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined414) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %2439 = "stablehlo.reshape"(%2438) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %2440 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2441 = "stablehlo.broadcast_in_dim"(%2440) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2442 = "stablehlo.multiply"(%2439, %2441) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2443 = "stablehlo.broadcast_in_dim"(%2442) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %2444 = "stablehlo.subtract"(%2435, %2443) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2445 = "stablehlo.multiply"(%2444, %2444) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init417 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2446 = "stablehlo.reduce"(%2445, %init417) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs419: tensor<f32>, %rhs420: tensor<f32>):
      %combined418 = "stablehlo.add"(%lhs419, %rhs420) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined418) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %2447 = "stablehlo.reshape"(%2446) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %2448 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2449 = "stablehlo.broadcast_in_dim"(%2448) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2450 = "stablehlo.multiply"(%2447, %2449) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2451 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %2452 = "stablehlo.broadcast_in_dim"(%2451) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2453 = "stablehlo.add"(%2450, %2452) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2454 = "stablehlo.rsqrt"(%2453) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2455 = "stablehlo.broadcast_in_dim"(%2454) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %2456 = "stablehlo.multiply"(%2444, %2455) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2457 = "stablehlo.broadcast_in_dim"(%encoder.block6.final_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2458 = "stablehlo.multiply"(%2456, %2457) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2459 = "stablehlo.broadcast_in_dim"(%encoder.block6.final_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2460 = "stablehlo.add"(%2458, %2459) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init421 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2463 = "stablehlo.reduce"(%2460, %init421) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs423: tensor<f32>, %rhs424: tensor<f32>):
      %combined422 = "stablehlo.add"(%lhs423, %rhs424) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined422) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %2464 = "stablehlo.reshape"(%2463) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %2465 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2466 = "stablehlo.broadcast_in_dim"(%2465) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2467 = "stablehlo.multiply"(%2464, %2466) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2468 = "stablehlo.broadcast_in_dim"(%2467) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %2469 = "stablehlo.subtract"(%2460, %2468) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2470 = "stablehlo.multiply"(%2469, %2469) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init425 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2471 = "stablehlo.reduce"(%2470, %init425) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs427: tensor<f32>, %rhs428: tensor<f32>):
      %combined426 = "stablehlo.add"(%lhs427, %rhs428) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined426) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %2472 = "stablehlo.reshape"(%2471) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %2473 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2474 = "stablehlo.broadcast_in_dim"(%2473) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2475 = "stablehlo.multiply"(%2472, %2474) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2476 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %2477 = "stablehlo.broadcast_in_dim"(%2476) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2478 = "stablehlo.add"(%2475, %2477) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2479 = "stablehlo.rsqrt"(%2478) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2480 = "stablehlo.broadcast_in_dim"(%2479) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %2481 = "stablehlo.multiply"(%2469, %2480) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2482 = "stablehlo.broadcast_in_dim"(%encoder.block7.ffn1.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2483 = "stablehlo.multiply"(%2481, %2482) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2484 = "stablehlo.broadcast_in_dim"(%encoder.block7.ffn1.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2485 = "stablehlo.add"(%2483, %2484) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2488 = "stablehlo.dot_general"(%2485, %encoder.block7.ffn1.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x576xf32>) -> tensor<8x8x576xf32>
    %2489 = "stablehlo.broadcast_in_dim"(%encoder.block7.ffn1.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x8x576xf32>
    %2490 = "stablehlo.add"(%2488, %2489) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %2491 = "stablehlo.logistic"(%2490) : (tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %2492 = "stablehlo.multiply"(%2490, %2491) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %2495 = "stablehlo.dot_general"(%2492, %encoder.block7.ffn1.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x576xf32>, tensor<576x144xf32>) -> tensor<8x8x144xf32>
    %2496 = "stablehlo.broadcast_in_dim"(%encoder.block7.ffn1.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2497 = "stablehlo.add"(%2495, %2496) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2498 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %2499 = "stablehlo.broadcast_in_dim"(%2498) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x144xf32>
    %2500 = "stablehlo.multiply"(%2497, %2499) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2501 = "stablehlo.add"(%2460, %2500) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init429 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2504 = "stablehlo.reduce"(%2501, %init429) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs431: tensor<f32>, %rhs432: tensor<f32>):
      %combined430 = "stablehlo.add"(%lhs431, %rhs432) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined430) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %2505 = "stablehlo.reshape"(%2504) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %2506 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2507 = "stablehlo.broadcast_in_dim"(%2506) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2508 = "stablehlo.multiply"(%2505, %2507) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2509 = "stablehlo.broadcast_in_dim"(%2508) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %2510 = "stablehlo.subtract"(%2501, %2509) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2511 = "stablehlo.multiply"(%2510, %2510) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init433 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2512 = "stablehlo.reduce"(%2511, %init433) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs435: tensor<f32>, %rhs436: tensor<f32>):
      %combined434 = "stablehlo.add"(%lhs435, %rhs436) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined434) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %2513 = "stablehlo.reshape"(%2512) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %2514 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2515 = "stablehlo.broadcast_in_dim"(%2514) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2516 = "stablehlo.multiply"(%2513, %2515) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2517 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %2518 = "stablehlo.broadcast_in_dim"(%2517) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2519 = "stablehlo.add"(%2516, %2518) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2520 = "stablehlo.rsqrt"(%2519) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2521 = "stablehlo.broadcast_in_dim"(%2520) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %2522 = "stablehlo.multiply"(%2510, %2521) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2523 = "stablehlo.broadcast_in_dim"(%encoder.block7.attention.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2524 = "stablehlo.multiply"(%2522, %2523) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2525 = "stablehlo.broadcast_in_dim"(%encoder.block7.attention.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2526 = "stablehlo.add"(%2524, %2525) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2529 = "stablehlo.dot_general"(%2526, %encoder.block7.attention.qkv.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x432xf32>) -> tensor<8x8x432xf32>
    %2530 = "stablehlo.broadcast_in_dim"(%encoder.block7.attention.qkv.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<432xf32>) -> tensor<8x8x432xf32>
    %2531 = "stablehlo.add"(%2529, %2530) : (tensor<8x8x432xf32>, tensor<8x8x432xf32>) -> tensor<8x8x432xf32>
    %2532 = "stablehlo.reshape"(%2531) : (tensor<8x8x432xf32>) -> tensor<8x8x3x4x36xf32>
    %2533 = "stablehlo.transpose"(%2532) <{permutation = array<i64: 2, 0, 3, 1, 4>}> : (tensor<8x8x3x4x36xf32>) -> tensor<3x8x4x8x36xf32>
    %2534 = "stablehlo.slice"(%2533) <{start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 4, 8, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x8x36xf32>) -> tensor<1x8x4x8x36xf32>
    %2535 = "stablehlo.reshape"(%2534) : (tensor<1x8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %2536 = "stablehlo.slice"(%2533) <{start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 8, 4, 8, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x8x36xf32>) -> tensor<1x8x4x8x36xf32>
    %2537 = "stablehlo.reshape"(%2536) : (tensor<1x8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %2538 = "stablehlo.slice"(%2533) <{start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 8, 4, 8, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x8x36xf32>) -> tensor<1x8x4x8x36xf32>
    %2539 = "stablehlo.reshape"(%2538) : (tensor<1x8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %2541 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %2542 = "stablehlo.broadcast_in_dim"(%2541) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x36xf32>
    %2543 = "stablehlo.multiply"(%2535, %2542) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %2544 = "stablehlo.dot_general"(%2543, %encoder.block7.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x8x36xf32>, tensor<32x36xf32>) -> tensor<8x4x8x32xf32>
    %2545 = "stablehlo.multiply"(%2543, %2543) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %init437 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2546 = "stablehlo.reduce"(%2545, %init437) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs439: tensor<f32>, %rhs440: tensor<f32>):
      %combined438 = "stablehlo.add"(%lhs439, %rhs440) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined438) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x36xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %2547 = "stablehlo.reshape"(%2546) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %2548 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %2549 = "stablehlo.broadcast_in_dim"(%2548) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x1xf32>
    %2550 = "stablehlo.multiply"(%2547, %2549) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %2551 = "stablehlo.broadcast_in_dim"(%2550) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x32xf32>
    %2552 = "stablehlo.add"(%2544, %2551) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %init441 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %2553 = "stablehlo.reduce"(%2552, %init441) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs443: tensor<f32>, %rhs444: tensor<f32>):
      %combined442 = "stablehlo.maximum"(%lhs443, %rhs444) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined442) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x32xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %2554 = "stablehlo.reshape"(%2553) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %2555 = "stablehlo.broadcast_in_dim"(%2554) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x32xf32>
    %2556 = "stablehlo.subtract"(%2552, %2555) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %2557 = "stablehlo.exponential"(%2556) : (tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %2558 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %2559 = "stablehlo.broadcast_in_dim"(%2558) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x32xf32>
    %2560 = "stablehlo.multiply"(%2557, %2559) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %2561 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %2562 = "stablehlo.broadcast_in_dim"(%2561) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x36xf32>
    %2563 = "stablehlo.multiply"(%2537, %2562) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %2564 = "stablehlo.dot_general"(%2563, %encoder.block7.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x8x36xf32>, tensor<32x36xf32>) -> tensor<8x4x8x32xf32>
    %2565 = "stablehlo.multiply"(%2563, %2563) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %init445 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2566 = "stablehlo.reduce"(%2565, %init445) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs447: tensor<f32>, %rhs448: tensor<f32>):
      %combined446 = "stablehlo.add"(%lhs447, %rhs448) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined446) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x36xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %2567 = "stablehlo.reshape"(%2566) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %2568 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %2569 = "stablehlo.broadcast_in_dim"(%2568) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x1xf32>
    %2570 = "stablehlo.multiply"(%2567, %2569) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %2571 = "stablehlo.broadcast_in_dim"(%2570) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x32xf32>
    %2572 = "stablehlo.add"(%2564, %2571) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %2573 = "stablehlo.constant"() <{value = dense<30.0> : tensor<f32>}> : () -> tensor<f32>
    %2574 = "stablehlo.broadcast_in_dim"(%2573) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x32xf32>
    %2575 = "stablehlo.minimum"(%2572, %2574) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %2576 = "stablehlo.exponential"(%2575) : (tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %2577 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %2578 = "stablehlo.broadcast_in_dim"(%2577) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x32xf32>
    %2579 = "stablehlo.multiply"(%2576, %2578) : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x32xf32>
    %2581 = "stablehlo.reshape"(%reset) : (tensor<8xi1>) -> tensor<8x1x1x1xi1>
    %2582 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2583 = "stablehlo.broadcast_in_dim"(%2582) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x32x36xf32>
    %2584 = "stablehlo.broadcast_in_dim"(%2581) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x1x1x1xi1>) -> tensor<8x4x32x36xi1>
    %2585 = "stablehlo.select"(%2584, %2583, %state.block7.attention.s) : (tensor<8x4x32x36xi1>, tensor<8x4x32x36xf32>, tensor<8x4x32x36xf32>) -> tensor<8x4x32x36xf32>
    %2587 = "stablehlo.reshape"(%reset) : (tensor<8xi1>) -> tensor<8x1x1xi1>
    %2588 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2589 = "stablehlo.broadcast_in_dim"(%2588) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x32xf32>
    %2590 = "stablehlo.broadcast_in_dim"(%2587) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi1>) -> tensor<8x4x32xi1>
    %2591 = "stablehlo.select"(%2590, %2589, %state.block7.attention.z) : (tensor<8x4x32xi1>, tensor<8x4x32xf32>, tensor<8x4x32xf32>) -> tensor<8x4x32xf32>
    %2592 = "stablehlo.dot_general"(%2560, %2579) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x8x32xf32>) -> tensor<8x4x8x8xf32>
    %2593 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<8x8xi32>
    %2594 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8x8xi32>
    %2595 = "stablehlo.compare"(%2593, %2594) <{comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<8x8xi32>, tensor<8x8xi32>) -> tensor<8x8xi1>
    %2596 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2597 = "stablehlo.broadcast_in_dim"(%2596) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x8xf32>
    %2598 = "stablehlo.broadcast_in_dim"(%2595) <{broadcast_dimensions = array<i64: 2, 3>}> : (tensor<8x8xi1>) -> tensor<8x4x8x8xi1>
    %2599 = "stablehlo.select"(%2598, %2592, %2597) : (tensor<8x4x8x8xi1>, tensor<8x4x8x8xf32>, tensor<8x4x8x8xf32>) -> tensor<8x4x8x8xf32>
    %2600 = "stablehlo.dot_general"(%2599, %2539) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x8xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %2601 = "stablehlo.dot_general"(%2560, %2585) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x32x36xf32>) -> tensor<8x4x8x36xf32>
    %2602 = "stablehlo.add"(%2600, %2601) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %2603 = "stablehlo.reshape"(%2591) : (tensor<8x4x32xf32>) -> tensor<8x4x32x1xf32>
    %2604 = "stablehlo.dot_general"(%2560, %2603) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x32x1xf32>) -> tensor<8x4x8x1xf32>
    %init449 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2605 = "stablehlo.reduce"(%2599, %init449) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs451: tensor<f32>, %rhs452: tensor<f32>):
      %combined450 = "stablehlo.add"(%lhs451, %rhs452) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined450) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x8xf32>, tensor<f32>) -> tensor<8x4x8xf32>
    %2606 = "stablehlo.reshape"(%2605) : (tensor<8x4x8xf32>) -> tensor<8x4x8x1xf32>
    %2607 = "stablehlo.add"(%2606, %2604) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %2608 = "stablehlo.constant"() <{value = dense<1.0e-6> : tensor<f32>}> : () -> tensor<f32>
    %2609 = "stablehlo.broadcast_in_dim"(%2608) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x8x1xf32>
    %2610 = "stablehlo.add"(%2607, %2609) : (tensor<8x4x8x1xf32>, tensor<8x4x8x1xf32>) -> tensor<8x4x8x1xf32>
    %2611 = "stablehlo.broadcast_in_dim"(%2610) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x8x1xf32>) -> tensor<8x4x8x36xf32>
    %2612 = "stablehlo.divide"(%2602, %2611) : (tensor<8x4x8x36xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x8x36xf32>
    %2613 = "stablehlo.dot_general"(%2579, %2539) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x8x32xf32>, tensor<8x4x8x36xf32>) -> tensor<8x4x32x36xf32>
    %2614 = "stablehlo.add"(%2585, %2613) : (tensor<8x4x32x36xf32>, tensor<8x4x32x36xf32>) -> tensor<8x4x32x36xf32>
    %init453 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2615 = "stablehlo.reduce"(%2579, %init453) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs455: tensor<f32>, %rhs456: tensor<f32>):
      %combined454 = "stablehlo.add"(%lhs455, %rhs456) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined454) : (tensor<f32>) -> ()
    }) : (tensor<8x4x8x32xf32>, tensor<f32>) -> tensor<8x4x32xf32>
    %2616 = "stablehlo.add"(%2591, %2615) : (tensor<8x4x32xf32>, tensor<8x4x32xf32>) -> tensor<8x4x32xf32>
    %2617 = "stablehlo.transpose"(%2612) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x4x8x36xf32>) -> tensor<8x8x4x36xf32>
    %2618 = "stablehlo.reshape"(%2617) : (tensor<8x8x4x36xf32>) -> tensor<8x8x144xf32>
    %2621 = "stablehlo.dot_general"(%2618, %encoder.block7.attention.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x144xf32>) -> tensor<8x8x144xf32>
    %2622 = "stablehlo.broadcast_in_dim"(%encoder.block7.attention.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2623 = "stablehlo.add"(%2621, %2622) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2624 = "stablehlo.add"(%2501, %2623) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2626 = "stablehlo.reshape"(%reset) : (tensor<8xi1>) -> tensor<8x1x1xi1>
    %2627 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2628 = "stablehlo.broadcast_in_dim"(%2627) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x14x144xf32>
    %2629 = "stablehlo.broadcast_in_dim"(%2626) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi1>) -> tensor<8x14x144xi1>
    %2630 = "stablehlo.select"(%2629, %2628, %state.block7.conv) : (tensor<8x14x144xi1>, tensor<8x14x144xf32>, tensor<8x14x144xf32>) -> tensor<8x14x144xf32>
    %init457 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2633 = "stablehlo.reduce"(%2624, %init457) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs459: tensor<f32>, %rhs460: tensor<f32>):
      %combined458 = "stablehlo.add"(%lhs459, %rhs460) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined458) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %2634 = "stablehlo.reshape"(%2633) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %2635 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2636 = "stablehlo.broadcast_in_dim"(%2635) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2637 = "stablehlo.multiply"(%2634, %2636) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2638 = "stablehlo.broadcast_in_dim"(%2637) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %2639 = "stablehlo.subtract"(%2624, %2638) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2640 = "stablehlo.multiply"(%2639, %2639) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init461 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2641 = "stablehlo.reduce"(%2640, %init461) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs463: tensor<f32>, %rhs464: tensor<f32>):
      %combined462 = "stablehlo.add"(%lhs463, %rhs464) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined462) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %2642 = "stablehlo.reshape"(%2641) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %2643 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2644 = "stablehlo.broadcast_in_dim"(%2643) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2645 = "stablehlo.multiply"(%2642, %2644) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2646 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %2647 = "stablehlo.broadcast_in_dim"(%2646) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2648 = "stablehlo.add"(%2645, %2647) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2649 = "stablehlo.rsqrt"(%2648) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2650 = "stablehlo.broadcast_in_dim"(%2649) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %2651 = "stablehlo.multiply"(%2639, %2650) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2652 = "stablehlo.broadcast_in_dim"(%encoder.block7.conv.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2653 = "stablehlo.multiply"(%2651, %2652) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2654 = "stablehlo.broadcast_in_dim"(%encoder.block7.conv.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2655 = "stablehlo.add"(%2653, %2654) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2658 = "stablehlo.dot_general"(%2655, %encoder.block7.conv.pointwise_in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x288xf32>) -> tensor<8x8x288xf32>
    %2659 = "stablehlo.broadcast_in_dim"(%encoder.block7.conv.pointwise_in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x8x288xf32>
    %2660 = "stablehlo.add"(%2658, %2659) : (tensor<8x8x288xf32>, tensor<8x8x288xf32>) -> tensor<8x8x288xf32>
    %2661 = "stablehlo.slice"(%2660) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 8, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x8x288xf32>) -> tensor<8x8x144xf32>
    %2662 = "stablehlo.slice"(%2660) <{start_indices = array<i64: 0, 0, 144>, limit_indices = array<i64: 8, 8, 288>, strides = array<i64: 1, 1, 1>}> : (tensor<8x8x288xf32>) -> tensor<8x8x144xf32>
    %2663 = "stablehlo.logistic"(%2662) : (tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2664 = "stablehlo.multiply"(%2661, %2663) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2665 = "stablehlo.concatenate"(%2630, %2664) <{dimension = 1 : i64}> : (tensor<8x14x144xf32>, tensor<8x8x144xf32>) -> tensor<8x22x144xf32>
    %2666 = "stablehlo.slice"(%2665) <{start_indices = array<i64: 0, 8, 0>, limit_indices = array<i64: 8, 22, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x14x144xf32>
    %2669 = "stablehlo.reshape"(%encoder.block7.conv.depthwise.w) : (tensor<15x1x144xf32>) -> tensor<15x144xf32>
    %2670 = "stablehlo.slice"(%2665) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 8, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %2671 = "stablehlo.slice"(%2669) <{start_indices = array<i64: 0, 0>, limit_indices = array<i64: 1, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2672 = "stablehlo.broadcast_in_dim"(%2671) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %2673 = "stablehlo.multiply"(%2670, %2672) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2674 = "stablehlo.slice"(%2665) <{start_indices = array<i64: 0, 1, 0>, limit_indices = array<i64: 8, 9, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %2675 = "stablehlo.slice"(%2669) <{start_indices = array<i64: 1, 0>, limit_indices = array<i64: 2, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2676 = "stablehlo.broadcast_in_dim"(%2675) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %2677 = "stablehlo.multiply"(%2674, %2676) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2678 = "stablehlo.add"(%2673, %2677) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2679 = "stablehlo.slice"(%2665) <{start_indices = array<i64: 0, 2, 0>, limit_indices = array<i64: 8, 10, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %2680 = "stablehlo.slice"(%2669) <{start_indices = array<i64: 2, 0>, limit_indices = array<i64: 3, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2681 = "stablehlo.broadcast_in_dim"(%2680) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %2682 = "stablehlo.multiply"(%2679, %2681) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2683 = "stablehlo.add"(%2678, %2682) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2684 = "stablehlo.slice"(%2665) <{start_indices = array<i64: 0, 3, 0>, limit_indices = array<i64: 8, 11, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %2685 = "stablehlo.slice"(%2669) <{start_indices = array<i64: 3, 0>, limit_indices = array<i64: 4, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2686 = "stablehlo.broadcast_in_dim"(%2685) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %2687 = "stablehlo.multiply"(%2684, %2686) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2688 = "stablehlo.add"(%2683, %2687) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2689 = "stablehlo.slice"(%2665) <{start_indices = array<i64: 0, 4, 0>, limit_indices = array<i64: 8, 12, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %2690 = "stablehlo.slice"(%2669) <{start_indices = array<i64: 4, 0>, limit_indices = array<i64: 5, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2691 = "stablehlo.broadcast_in_dim"(%2690) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %2692 = "stablehlo.multiply"(%2689, %2691) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2693 = "stablehlo.add"(%2688, %2692) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2694 = "stablehlo.slice"(%2665) <{start_indices = array<i64: 0, 5, 0>, limit_indices = array<i64: 8, 13, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %2695 = "stablehlo.slice"(%2669) <{start_indices = array<i64: 5, 0>, limit_indices = array<i64: 6, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2696 = "stablehlo.broadcast_in_dim"(%2695) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %2697 = "stablehlo.multiply"(%2694, %2696) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2698 = "stablehlo.add"(%2693, %2697) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2699 = "stablehlo.slice"(%2665) <{start_indices = array<i64: 0, 6, 0>, limit_indices = array<i64: 8, 14, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %2700 = "stablehlo.slice"(%2669) <{start_indices = array<i64: 6, 0>, limit_indices = array<i64: 7, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2701 = "stablehlo.broadcast_in_dim"(%2700) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %2702 = "stablehlo.multiply"(%2699, %2701) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2703 = "stablehlo.add"(%2698, %2702) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2704 = "stablehlo.slice"(%2665) <{start_indices = array<i64: 0, 7, 0>, limit_indices = array<i64: 8, 15, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %2705 = "stablehlo.slice"(%2669) <{start_indices = array<i64: 7, 0>, limit_indices = array<i64: 8, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2706 = "stablehlo.broadcast_in_dim"(%2705) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %2707 = "stablehlo.multiply"(%2704, %2706) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2708 = "stablehlo.add"(%2703, %2707) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2709 = "stablehlo.slice"(%2665) <{start_indices = array<i64: 0, 8, 0>, limit_indices = array<i64: 8, 16, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %2710 = "stablehlo.slice"(%2669) <{start_indices = array<i64: 8, 0>, limit_indices = array<i64: 9, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2711 = "stablehlo.broadcast_in_dim"(%2710) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %2712 = "stablehlo.multiply"(%2709, %2711) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2713 = "stablehlo.add"(%2708, %2712) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2714 = "stablehlo.slice"(%2665) <{start_indices = array<i64: 0, 9, 0>, limit_indices = array<i64: 8, 17, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %2715 = "stablehlo.slice"(%2669) <{start_indices = array<i64: 9, 0>, limit_indices = array<i64: 10, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2716 = "stablehlo.broadcast_in_dim"(%2715) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %2717 = "stablehlo.multiply"(%2714, %2716) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2718 = "stablehlo.add"(%2713, %2717) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2719 = "stablehlo.slice"(%2665) <{start_indices = array<i64: 0, 10, 0>, limit_indices = array<i64: 8, 18, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %2720 = "stablehlo.slice"(%2669) <{start_indices = array<i64: 10, 0>, limit_indices = array<i64: 11, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2721 = "stablehlo.broadcast_in_dim"(%2720) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %2722 = "stablehlo.multiply"(%2719, %2721) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2723 = "stablehlo.add"(%2718, %2722) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2724 = "stablehlo.slice"(%2665) <{start_indices = array<i64: 0, 11, 0>, limit_indices = array<i64: 8, 19, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %2725 = "stablehlo.slice"(%2669) <{start_indices = array<i64: 11, 0>, limit_indices = array<i64: 12, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2726 = "stablehlo.broadcast_in_dim"(%2725) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %2727 = "stablehlo.multiply"(%2724, %2726) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2728 = "stablehlo.add"(%2723, %2727) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2729 = "stablehlo.slice"(%2665) <{start_indices = array<i64: 0, 12, 0>, limit_indices = array<i64: 8, 20, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %2730 = "stablehlo.slice"(%2669) <{start_indices = array<i64: 12, 0>, limit_indices = array<i64: 13, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2731 = "stablehlo.broadcast_in_dim"(%2730) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %2732 = "stablehlo.multiply"(%2729, %2731) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2733 = "stablehlo.add"(%2728, %2732) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2734 = "stablehlo.slice"(%2665) <{start_indices = array<i64: 0, 13, 0>, limit_indices = array<i64: 8, 21, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %2735 = "stablehlo.slice"(%2669) <{start_indices = array<i64: 13, 0>, limit_indices = array<i64: 14, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2736 = "stablehlo.broadcast_in_dim"(%2735) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %2737 = "stablehlo.multiply"(%2734, %2736) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2738 = "stablehlo.add"(%2733, %2737) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2739 = "stablehlo.slice"(%2665) <{start_indices = array<i64: 0, 14, 0>, limit_indices = array<i64: 8, 22, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x22x144xf32>) -> tensor<8x8x144xf32>
    %2740 = "stablehlo.slice"(%2669) <{start_indices = array<i64: 14, 0>, limit_indices = array<i64: 15, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2741 = "stablehlo.broadcast_in_dim"(%2740) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x8x144xf32>
    %2742 = "stablehlo.multiply"(%2739, %2741) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2743 = "stablehlo.add"(%2738, %2742) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2744 = "stablehlo.broadcast_in_dim"(%encoder.block7.conv.depthwise.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2745 = "stablehlo.add"(%2743, %2744) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init465 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2748 = "stablehlo.reduce"(%2745, %init465) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs467: tensor<f32>, %rhs468: tensor<f32>):
      %combined466 = "stablehlo.add"(%lhs467, %rhs468) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined466) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %2749 = "stablehlo.reshape"(%2748) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %2750 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2751 = "stablehlo.broadcast_in_dim"(%2750) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2752 = "stablehlo.multiply"(%2749, %2751) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2753 = "stablehlo.broadcast_in_dim"(%2752) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %2754 = "stablehlo.subtract"(%2745, %2753) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2755 = "stablehlo.multiply"(%2754, %2754) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init469 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2756 = "stablehlo.reduce"(%2755, %init469) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs471: tensor<f32>, %rhs472: tensor<f32>):
      %combined470 = "stablehlo.add"(%lhs471, %rhs472) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined470) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %2757 = "stablehlo.reshape"(%2756) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %2758 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2759 = "stablehlo.broadcast_in_dim"(%2758) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2760 = "stablehlo.multiply"(%2757, %2759) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2761 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %2762 = "stablehlo.broadcast_in_dim"(%2761) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2763 = "stablehlo.add"(%2760, %2762) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2764 = "stablehlo.rsqrt"(%2763) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2765 = "stablehlo.broadcast_in_dim"(%2764) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %2766 = "stablehlo.multiply"(%2754, %2765) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2767 = "stablehlo.broadcast_in_dim"(%encoder.block7.conv.depthwise_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2768 = "stablehlo.multiply"(%2766, %2767) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2769 = "stablehlo.broadcast_in_dim"(%encoder.block7.conv.depthwise_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2770 = "stablehlo.add"(%2768, %2769) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2771 = "stablehlo.logistic"(%2770) : (tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2772 = "stablehlo.multiply"(%2770, %2771) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2775 = "stablehlo.dot_general"(%2772, %encoder.block7.conv.pointwise_out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x144xf32>) -> tensor<8x8x144xf32>
    %2776 = "stablehlo.broadcast_in_dim"(%encoder.block7.conv.pointwise_out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2777 = "stablehlo.add"(%2775, %2776) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2778 = "stablehlo.add"(%2624, %2777) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init473 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2781 = "stablehlo.reduce"(%2778, %init473) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs475: tensor<f32>, %rhs476: tensor<f32>):
      %combined474 = "stablehlo.add"(%lhs475, %rhs476) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined474) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %2782 = "stablehlo.reshape"(%2781) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %2783 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2784 = "stablehlo.broadcast_in_dim"(%2783) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2785 = "stablehlo.multiply"(%2782, %2784) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2786 = "stablehlo.broadcast_in_dim"(%2785) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %2787 = "stablehlo.subtract"(%2778, %2786) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2788 = "stablehlo.multiply"(%2787, %2787) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init477 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2789 = "stablehlo.reduce"(%2788, %init477) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs479: tensor<f32>, %rhs480: tensor<f32>):
      %combined478 = "stablehlo.add"(%lhs479, %rhs480) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined478) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %2790 = "stablehlo.reshape"(%2789) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %2791 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2792 = "stablehlo.broadcast_in_dim"(%2791) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2793 = "stablehlo.multiply"(%2790, %2792) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2794 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %2795 = "stablehlo.broadcast_in_dim"(%2794) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2796 = "stablehlo.add"(%2793, %2795) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2797 = "stablehlo.rsqrt"(%2796) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2798 = "stablehlo.broadcast_in_dim"(%2797) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %2799 = "stablehlo.multiply"(%2787, %2798) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2800 = "stablehlo.broadcast_in_dim"(%encoder.block7.ffn2.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2801 = "stablehlo.multiply"(%2799, %2800) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2802 = "stablehlo.broadcast_in_dim"(%encoder.block7.ffn2.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2803 = "stablehlo.add"(%2801, %2802) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2806 = "stablehlo.dot_general"(%2803, %encoder.block7.ffn2.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x576xf32>) -> tensor<8x8x576xf32>
    %2807 = "stablehlo.broadcast_in_dim"(%encoder.block7.ffn2.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x8x576xf32>
    %2808 = "stablehlo.add"(%2806, %2807) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %2809 = "stablehlo.logistic"(%2808) : (tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %2810 = "stablehlo.multiply"(%2808, %2809) : (tensor<8x8x576xf32>, tensor<8x8x576xf32>) -> tensor<8x8x576xf32>
    %2813 = "stablehlo.dot_general"(%2810, %encoder.block7.ffn2.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x576xf32>, tensor<576x144xf32>) -> tensor<8x8x144xf32>
    %2814 = "stablehlo.broadcast_in_dim"(%encoder.block7.ffn2.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2815 = "stablehlo.add"(%2813, %2814) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2816 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %2817 = "stablehlo.broadcast_in_dim"(%2816) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x144xf32>
    %2818 = "stablehlo.multiply"(%2815, %2817) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2819 = "stablehlo.add"(%2778, %2818) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init481 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2822 = "stablehlo.reduce"(%2819, %init481) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs483: tensor<f32>, %rhs484: tensor<f32>):
      %combined482 = "stablehlo.add"(%lhs483, %rhs484) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined482) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %2823 = "stablehlo.reshape"(%2822) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %2824 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2825 = "stablehlo.broadcast_in_dim"(%2824) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2826 = "stablehlo.multiply"(%2823, %2825) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2827 = "stablehlo.broadcast_in_dim"(%2826) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %2828 = "stablehlo.subtract"(%2819, %2827) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2829 = "stablehlo.multiply"(%2828, %2828) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %init485 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2830 = "stablehlo.reduce"(%2829, %init485) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs487: tensor<f32>, %rhs488: tensor<f32>):
      %combined486 = "stablehlo.add"(%lhs487, %rhs488) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined486) : (tensor<f32>) -> ()
    }) : (tensor<8x8x144xf32>, tensor<f32>) -> tensor<8x8xf32>
    %2831 = "stablehlo.reshape"(%2830) : (tensor<8x8xf32>) -> tensor<8x8x1xf32>
    %2832 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2833 = "stablehlo.broadcast_in_dim"(%2832) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2834 = "stablehlo.multiply"(%2831, %2833) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2835 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %2836 = "stablehlo.broadcast_in_dim"(%2835) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x8x1xf32>
    %2837 = "stablehlo.add"(%2834, %2836) : (tensor<8x8x1xf32>, tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2838 = "stablehlo.rsqrt"(%2837) : (tensor<8x8x1xf32>) -> tensor<8x8x1xf32>
    %2839 = "stablehlo.broadcast_in_dim"(%2838) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x8x1xf32>) -> tensor<8x8x144xf32>
    %2840 = "stablehlo.multiply"(%2828, %2839) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2841 = "stablehlo.broadcast_in_dim"(%encoder.block7.final_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2842 = "stablehlo.multiply"(%2840, %2841) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2843 = "stablehlo.broadcast_in_dim"(%encoder.block7.final_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x8x144xf32>
    %2844 = "stablehlo.add"(%2842, %2843) : (tensor<8x8x144xf32>, tensor<8x8x144xf32>) -> tensor<8x8x144xf32>
    %2846 = "stablehlo.reshape"(%reset) : (tensor<8xi1>) -> tensor<8x1xi1>
    %2847 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
    %2848 = "stablehlo.broadcast_in_dim"(%2847) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8x2xi32>
    %2849 = "stablehlo.broadcast_in_dim"(%2846) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x1xi1>) -> tensor<8x2xi1>
    %2850 = "stablehlo.select"(%2849, %2848, %state.decoder.context) : (tensor<8x2xi1>, tensor<8x2xi32>, tensor<8x2xi32>) -> tensor<8x2xi32>
    %2853 = "stablehlo.dot_general"(%2844, %decoder.joint.encoder.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x8x144xf32>, tensor<144x320xf32>) -> tensor<8x8x320xf32>
    %2854 = "stablehlo.broadcast_in_dim"(%decoder.joint.encoder.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<320xf32>) -> tensor<8x8x320xf32>
    %2855 = "stablehlo.add"(%2853, %2854) : (tensor<8x8x320xf32>, tensor<8x8x320xf32>) -> tensor<8x8x320xf32>
    %2856 = "stablehlo.constant"() <{value = dense<0> : tensor<8xi32>}> : () -> tensor<8xi32>
    %2857 = "stablehlo.constant"() <{value = dense<-1> : tensor<8x8x4xi32>}> : () -> tensor<8x8x4xi32>
    %2937:4 = "stablehlo.while"(%2856, %2856, %2850, %2857) ({
    ^bb0(%2858: tensor<8xi32>, %2859: tensor<8xi32>, %2860: tensor<8x2xi32>, %2861: tensor<8x8x4xi32>):
      %2862 = "stablehlo.compare"(%2858, %valid_frames) <{comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
      %init489 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
      %2863 = "stablehlo.reduce"(%2862, %init489) <{dimensions = array<i64: 0>}> ({
      ^bb0(%lhs491: tensor<i1>, %rhs492: tensor<i1>):
        %combined490 = "stablehlo.or"(%lhs491, %rhs492) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        "stablehlo.return"(%combined490) : (tensor<i1>) -> ()
      }) : (tensor<8xi1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%2863) : (tensor<i1>) -> ()
    }, {
    ^bb0(%2864: tensor<8xi32>, %2865: tensor<8xi32>, %2866: tensor<8x2xi32>, %2867: tensor<8x8x4xi32>):
      %2868 = "stablehlo.compare"(%2864, %valid_frames) <{comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
      %2869 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8x1xi32>
      %2870 = "stablehlo.reshape"(%2864) : (tensor<8xi32>) -> tensor<8x1xi32>
      %2871 = "stablehlo.concatenate"(%2869, %2870) <{dimension = 1 : i64}> : (tensor<8x1xi32>, tensor<8x1xi32>) -> tensor<8x2xi32>
      %2872 = "stablehlo.gather"(%2855, %2871) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0, 1], start_index_map = [0, 1], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 320>}> : (tensor<8x8x320xf32>, tensor<8x2xi32>) -> tensor<8x320xf32>
      %2874 = "stablehlo.slice"(%2866) <{start_indices = array<i64: 0, 0>, limit_indices = array<i64: 8, 1>, strides = array<i64: 1, 1>}> : (tensor<8x2xi32>) -> tensor<8x1xi32>
      %2875 = "stablehlo.reshape"(%2874) : (tensor<8x1xi32>) -> tensor<8xi32>
      %2876 = "stablehlo.gather"(%decoder.prediction.embed0, %2875) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 160>}> : (tensor<257x160xf32>, tensor<8xi32>) -> tensor<8x160xf32>
      %2878 = "stablehlo.slice"(%2866) <{start_indices = array<i64: 0, 1>, limit_indices = array<i64: 8, 2>, strides = array<i64: 1, 1>}> : (tensor<8x2xi32>) -> tensor<8x1xi32>
      %2879 = "stablehlo.reshape"(%2878) : (tensor<8x1xi32>) -> tensor<8xi32>
      %2880 = "stablehlo.gather"(%decoder.prediction.embed1, %2879) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 160>}> : (tensor<257x160xf32>, tensor<8xi32>) -> tensor<8x160xf32>
      %2881 = "stablehlo.concatenate"(%2876, %2880) <{dimension = 1 : i64}> : (tensor<8x160xf32>, tensor<8x160xf32>) -> tensor<8x320xf32>
      %2884 = "stablehlo.dot_general"(%2881, %decoder.joint.prediction.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>}> : (tensor<8x320xf32>, tensor<320x320xf32>) -> tensor<8x320xf32>
      %2885 = "stablehlo.broadcast_in_dim"(%decoder.joint.prediction.b) <{broadcast_dimensions = array<i64: 1>}> : (tensor<320xf32>) -> tensor<8x320xf32>
      %2886 = "stablehlo.add"(%2884, %2885) : (tensor<8x320xf32>, tensor<8x320xf32>) -> tensor<8x320xf32>
      %2887 = "stablehlo.add"(%2872, %2886) : (tensor<8x320xf32>, tensor<8x320xf32>) -> tensor<8x320xf32>
      %2888 = "stablehlo.tanh"(%2887) : (tensor<8x320xf32>) -> tensor<8x320xf32>
      %2891 = "stablehlo.dot_general"(%2888, %decoder.joint.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>}> : (tensor<8x320xf32>, tensor<320x257xf32>) -> tensor<8x257xf32>
      %2892 = "stablehlo.broadcast_in_dim"(%decoder.joint.out.b) <{broadcast_dimensions = array<i64: 1>}> : (tensor<257xf32>) -> tensor<8x257xf32>
      %2893 = "stablehlo.add"(%2891, %2892) : (tensor<8x257xf32>, tensor<8x257xf32>) -> tensor<8x257xf32>
      %2894 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<8x257xi32>
      %init493 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
      %init494 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2895:2 = "stablehlo.reduce"(%2893, %2894, %init493, %init494) <{dimensions = array<i64: 1>}> ({
      ^bb0(%acc495: tensor<f32>, %acc496: tensor<i32>, %op497: tensor<f32>, %op498: tensor<i32>):
        %t499 = "stablehlo.compare"(%op497, %acc495) <{comparison_direction = #stablehlo<comparison_direction GT>, compare_type = #stablehlo<comparison_type FLOAT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %t500 = "stablehlo.compare"(%op497, %op497) <{comparison_direction = #stablehlo<comparison_direction NE>, compare_type = #stablehlo<comparison_type FLOAT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %t501 = "stablehlo.or"(%t499, %t500) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %t502 = "stablehlo.compare"(%op497, %acc495) <{comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %t503 = "stablehlo.compare"(%op498, %acc496) <{comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %t504 = "stablehlo.and"(%t502, %t503) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %t505 = "stablehlo.or"(%t501, %t504) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %t506 = "stablehlo.select"(%t501, %op497, %acc495) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
        %t507 = "stablehlo.select"(%t505, %op498, %acc496) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%t506, %t507) : (tensor<f32>, tensor<i32>) -> ()
      }) : (tensor<8x257xf32>, tensor<8x257xi32>, tensor<f32>, tensor<i32>) -> (tensor<8xf32>, tensor<8xi32>)
      %2897 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
      %2898 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2899 = "stablehlo.broadcast_in_dim"(%2898) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
      %2900 = "stablehlo.compare"(%2895#1, %2899) <{comparison_direction = #stablehlo<comparison_direction NE>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
      %2901 = "stablehlo.and"(%2868, %2900) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
      %2902 = "stablehlo.broadcast_in_dim"(%2897) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
      %2903 = "stablehlo.compare"(%2865, %2902) <{comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
      %2904 = "stablehlo.and"(%2901, %2903) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
      %2905 = "stablehlo.not"(%2904) : (tensor<8xi1>) -> tensor<8xi1>
      %2906 = "stablehlo.and"(%2868, %2905) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
      %2907 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<8x8x4xi32>
      %2908 = "stablehlo.reshape"(%2864) : (tensor<8xi32>) -> tensor<8x1x1xi32>
      %2909 = "stablehlo.broadcast_in_dim"(%2908) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi32>) -> tensor<8x8x4xi32>
      %2910 = "stablehlo.compare"(%2907, %2909) <{comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<8x8x4xi32>, tensor<8x8x4xi32>) -> tensor<8x8x4xi1>
      %2911 = "stablehlo.iota"() <{iota_dimension = 2 : i64}> : () -> tensor<8x8x4xi32>
      %2912 = "stablehlo.reshape"(%2865) : (tensor<8xi32>) -> tensor<8x1x1xi32>
      %2913 = "stablehlo.broadcast_in_dim"(%2912) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi32>) -> tensor<8x8x4xi32>
      %2914 = "stablehlo.compare"(%2911, %2913) <{comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<8x8x4xi32>, tensor<8x8x4xi32>) -> tensor<8x8x4xi1>
      %2915 = "stablehlo.and"(%2910, %2914) : (tensor<8x8x4xi1>, tensor<8x8x4xi1>) -> tensor<8x8x4xi1>
      %2916 = "stablehlo.reshape"(%2904) : (tensor<8xi1>) -> tensor<8x1x1xi1>
      %2917 = "stablehlo.broadcast_in_dim"(%2916) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi1>) -> tensor<8x8x4xi1>
      %2918 = "stablehlo.and"(%2915, %2917) : (tensor<8x8x4xi1>, tensor<8x8x4xi1>) -> tensor<8x8x4xi1>
      %2919 = "stablehlo.reshape"(%2895#1) : (tensor<8xi32>) -> tensor<8x1x1xi32>
      %2920 = "stablehlo.broadcast_in_dim"(%2919) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi32>) -> tensor<8x8x4xi32>
      %2921 = "stablehlo.select"(%2918, %2920, %2867) : (tensor<8x8x4xi1>, tensor<8x8x4xi32>, tensor<8x8x4xi32>) -> tensor<8x8x4xi32>
      %2922 = "stablehlo.reshape"(%2895#1) : (tensor<8xi32>) -> tensor<8x1xi32>
      %2923 = "stablehlo.slice"(%2866) <{start_indices = array<i64: 0, 0>, limit_indices = array<i64: 8, 1>, strides = array<i64: 1, 1>}> : (tensor<8x2xi32>) -> tensor<8x1xi32>
      %2924 = "stablehlo.concatenate"(%2922, %2923) <{dimension = 1 : i64}> : (tensor<8x1xi32>, tensor<8x1xi32>) -> tensor<8x2xi32>
      %2925 = "stablehlo.reshape"(%2904) : (tensor<8xi1>) -> tensor<8x1xi1>
      %2926 = "stablehlo.broadcast_in_dim"(%2925) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x1xi1>) -> tensor<8x2xi1>
      %2927 = "stablehlo.select"(%2926, %2924, %2866) : (tensor<8x2xi1>, tensor<8x2xi32>, tensor<8x2xi32>) -> tensor<8x2xi32>
      %2928 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %2929 = "stablehlo.broadcast_in_dim"(%2928) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
      %2930 = "stablehlo.add"(%2865, %2929) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
      %2931 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %2932 = "stablehlo.broadcast_in_dim"(%2931) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
      %2933 = "stablehlo.select"(%2904, %2930, %2932) : (tensor<8xi1>, tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
      %2934 = "stablehlo.broadcast_in_dim"(%2928) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
      %2935 = "stablehlo.add"(%2864, %2934) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
      %2936 = "stablehlo.select"(%2906, %2935, %2864) : (tensor<8xi1>, tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
      "stablehlo.return"(%2936, %2933, %2927, %2921) : (tensor<8xi32>, tensor<8xi32>, tensor<8x2xi32>, tensor<8x8x4xi32>) -> ()
    }) : (tensor<8xi32>, tensor<8xi32>, tensor<8x2xi32>, tensor<8x8x4xi32>) -> (tensor<8xi32>, tensor<8xi32>, tensor<8x2xi32>, tensor<8x8x4xi32>)
    %2941 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
    %2942 = "stablehlo.broadcast_in_dim"(%2941) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
    %2943 = "stablehlo.compare"(%valid_frames, %2942) <{comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
    %2944 = "stablehlo.reshape"(%2943) : (tensor<8xi1>) -> tensor<8x1x1xi1>
    %2945 = "stablehlo.broadcast_in_dim"(%2944) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi1>) -> tensor<8x14x144xi1>
    %2946 = "stablehlo.select"(%2945, %65, %101) : (tensor<8x14x144xi1>, tensor<8x14x144xf32>, tensor<8x14x144xf32>) -> tensor<8x14x144xf32>
    %2947 = "stablehlo.reshape"(%2943) : (tensor<8xi1>) -> tensor<8x1x1xi1>
    %2948 = "stablehlo.broadcast_in_dim"(%2947) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi1>) -> tensor<8x14x144xi1>
    %2949 = "stablehlo.select"(%2948, %326, %362) : (tensor<8x14x144xi1>, tensor<8x14x144xf32>, tensor<8x14x144xf32>) -> tensor<8x14x144xf32>
    %2950 = "stablehlo.reshape"(%2943) : (tensor<8xi1>) -> tensor<8x1x1x1xi1>
    %2951 = "stablehlo.broadcast_in_dim"(%2950) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x1x1x1xi1>) -> tensor<8x4x32x36xi1>
    %2952 = "stablehlo.select"(%2951, %665, %694) : (tensor<8x4x32x36xi1>, tensor<8x4x32x36xf32>, tensor<8x4x32x36xf32>) -> tensor<8x4x32x36xf32>
    %2953 = "stablehlo.reshape"(%2943) : (tensor<8xi1>) -> tensor<8x1x1xi1>
    %2954 = "stablehlo.broadcast_in_dim"(%2953) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi1>) -> tensor<8x4x32xi1>
    %2955 = "stablehlo.select"(%2954, %671, %696) : (tensor<8x4x32xi1>, tensor<8x4x32xf32>, tensor<8x4x32xf32>) -> tensor<8x4x32xf32>
    %2956 = "stablehlo.reshape"(%2943) : (tensor<8xi1>) -> tensor<8x1x1xi1>
    %2957 = "stablehlo.broadcast_in_dim"(%2956) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi1>) -> tensor<8x14x144xi1>
    %2958 = "stablehlo.select"(%2957, %710, %746) : (tensor<8x14x144xi1>, tensor<8x14x144xf32>, tensor<8x14x144xf32>) -> tensor<8x14x144xf32>
    %2959 = "stablehlo.reshape"(%2943) : (tensor<8xi1>) -> tensor<8x1x1x1xi1>
    %2960 = "stablehlo.broadcast_in_dim"(%2959) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x1x1x1xi1>) -> tensor<8x4x32x36xi1>
    %2961 = "stablehlo.select"(%2960, %1049, %1078) : (tensor<8x4x32x36xi1>, tensor<8x4x32x36xf32>, tensor<8x4x32x36xf32>) -> tensor<8x4x32x36xf32>
    %2962 = "stablehlo.reshape"(%2943) : (tensor<8xi1>) -> tensor<8x1x1xi1>
    %2963 = "stablehlo.broadcast_in_dim"(%2962) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi1>) -> tensor<8x4x32xi1>
    %2964 = "stablehlo.select"(%2963, %1055, %1080) : (tensor<8x4x32xi1>, tensor<8x4x32xf32>, tensor<8x4x32xf32>) -> tensor<8x4x32xf32>
    %2965 = "stablehlo.reshape"(%2943) : (tensor<8xi1>) -> tensor<8x1x1xi1>
    %2966 = "stablehlo.broadcast_in_dim"(%2965) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi1>) -> tensor<8x14x144xi1>
    %2967 = "stablehlo.select"(%2966, %1094, %1130) : (tensor<8x14x144xi1>, tensor<8x14x144xf32>, tensor<8x14x144xf32>) -> tensor<8x14x144xf32>
    %2968 = "stablehlo.reshape"(%2943) : (tensor<8xi1>) -> tensor<8x1x1x1xi1>
    %2969 = "stablehlo.broadcast_in_dim"(%2968) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x1x1x1xi1>) -> tensor<8x4x32x36xi1>
    %2970 = "stablehlo.select"(%2969, %1433, %1462) : (tensor<8x4x32x36xi1>, tensor<8x4x32x36xf32>, tensor<8x4x32x36xf32>) -> tensor<8x4x32x36xf32>
    %2971 = "stablehlo.reshape"(%2943) : (tensor<8xi1>) -> tensor<8x1x1xi1>
    %2972 = "stablehlo.broadcast_in_dim"(%2971) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi1>) -> tensor<8x4x32xi1>
    %2973 = "stablehlo.select"(%2972, %1439, %1464) : (tensor<8x4x32xi1>, tensor<8x4x32xf32>, tensor<8x4x32xf32>) -> tensor<8x4x32xf32>
    %2974 = "stablehlo.reshape"(%2943) : (tensor<8xi1>) -> tensor<8x1x1xi1>
    %2975 = "stablehlo.broadcast_in_dim"(%2974) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi1>) -> tensor<8x14x144xi1>
    %2976 = "stablehlo.select"(%2975, %1478, %1514) : (tensor<8x14x144xi1>, tensor<8x14x144xf32>, tensor<8x14x144xf32>) -> tensor<8x14x144xf32>
    %2977 = "stablehlo.reshape"(%2943) : (tensor<8xi1>) -> tensor<8x1x1x1xi1>
    %2978 = "stablehlo.broadcast_in_dim"(%2977) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x1x1x1xi1>) -> tensor<8x4x32x36xi1>
    %2979 = "stablehlo.select"(%2978, %1817, %1846) : (tensor<8x4x32x36xi1>, tensor<8x4x32x36xf32>, tensor<8x4x32x36xf32>) -> tensor<8x4x32x36xf32>
    %2980 = "stablehlo.reshape"(%2943) : (tensor<8xi1>) -> tensor<8x1x1xi1>
    %2981 = "stablehlo.broadcast_in_dim"(%2980) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi1>) -> tensor<8x4x32xi1>
    %2982 = "stablehlo.select"(%2981, %1823, %1848) : (tensor<8x4x32xi1>, tensor<8x4x32xf32>, tensor<8x4x32xf32>) -> tensor<8x4x32xf32>
    %2983 = "stablehlo.reshape"(%2943) : (tensor<8xi1>) -> tensor<8x1x1xi1>
    %2984 = "stablehlo.broadcast_in_dim"(%2983) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi1>) -> tensor<8x14x144xi1>
    %2985 = "stablehlo.select"(%2984, %1862, %1898) : (tensor<8x14x144xi1>, tensor<8x14x144xf32>, tensor<8x14x144xf32>) -> tensor<8x14x144xf32>
    %2986 = "stablehlo.reshape"(%2943) : (tensor<8xi1>) -> tensor<8x1x1x1xi1>
    %2987 = "stablehlo.broadcast_in_dim"(%2986) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x1x1x1xi1>) -> tensor<8x4x32x36xi1>
    %2988 = "stablehlo.select"(%2987, %2201, %2230) : (tensor<8x4x32x36xi1>, tensor<8x4x32x36xf32>, tensor<8x4x32x36xf32>) -> tensor<8x4x32x36xf32>
    %2989 = "stablehlo.reshape"(%2943) : (tensor<8xi1>) -> tensor<8x1x1xi1>
    %2990 = "stablehlo.broadcast_in_dim"(%2989) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi1>) -> tensor<8x4x32xi1>
    %2991 = "stablehlo.select"(%2990, %2207, %2232) : (tensor<8x4x32xi1>, tensor<8x4x32xf32>, tensor<8x4x32xf32>) -> tensor<8x4x32xf32>
    %2992 = "stablehlo.reshape"(%2943) : (tensor<8xi1>) -> tensor<8x1x1xi1>
    %2993 = "stablehlo.broadcast_in_dim"(%2992) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi1>) -> tensor<8x14x144xi1>
    %2994 = "stablehlo.select"(%2993, %2246, %2282) : (tensor<8x14x144xi1>, tensor<8x14x144xf32>, tensor<8x14x144xf32>) -> tensor<8x14x144xf32>
    %2995 = "stablehlo.reshape"(%2943) : (tensor<8xi1>) -> tensor<8x1x1x1xi1>
    %2996 = "stablehlo.broadcast_in_dim"(%2995) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x1x1x1xi1>) -> tensor<8x4x32x36xi1>
    %2997 = "stablehlo.select"(%2996, %2585, %2614) : (tensor<8x4x32x36xi1>, tensor<8x4x32x36xf32>, tensor<8x4x32x36xf32>) -> tensor<8x4x32x36xf32>
    %2998 = "stablehlo.reshape"(%2943) : (tensor<8xi1>) -> tensor<8x1x1xi1>
    %2999 = "stablehlo.broadcast_in_dim"(%2998) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi1>) -> tensor<8x4x32xi1>
    %3000 = "stablehlo.select"(%2999, %2591, %2616) : (tensor<8x4x32xi1>, tensor<8x4x32xf32>, tensor<8x4x32xf32>) -> tensor<8x4x32xf32>
    %3001 = "stablehlo.reshape"(%2943) : (tensor<8xi1>) -> tensor<8x1x1xi1>
    %3002 = "stablehlo.broadcast_in_dim"(%3001) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi1>) -> tensor<8x14x144xi1>
    %3003 = "stablehlo.select"(%3002, %2630, %2666) : (tensor<8x14x144xi1>, tensor<8x14x144xf32>, tensor<8x14x144xf32>) -> tensor<8x14x144xf32>
    %3004 = "stablehlo.reshape"(%2943) : (tensor<8xi1>) -> tensor<8x1xi1>
    %3005 = "stablehlo.broadcast_in_dim"(%3004) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x1xi1>) -> tensor<8x2xi1>
    %3006 = "stablehlo.select"(%3005, %2850, %2937#2) : (tensor<8x2xi1>, tensor<8x2xi32>, tensor<8x2xi32>) -> tensor<8x2xi32>
    "func.return"(%2946, %2949, %2952, %2955, %2958, %2961, %2964, %2967, %2970, %2973, %2976, %2979, %2982, %2985, %2988, %2991, %2994, %2997, %3000, %3003, %3006, %2937#3, %2844) : (tensor<8x14x144xf32>, tensor<8x14x144xf32>, tensor<8x4x32x36xf32>, tensor<8x4x32xf32>, tensor<8x14x144xf32>, tensor<8x4x32x36xf32>, tensor<8x4x32xf32>, tensor<8x14x144xf32>, tensor<8x4x32x36xf32>, tensor<8x4x32xf32>, tensor<8x14x144xf32>, tensor<8x4x32x36xf32>, tensor<8x4x32xf32>, tensor<8x14x144xf32>, tensor<8x4x32x36xf32>, tensor<8x4x32xf32>, tensor<8x14x144xf32>, tensor<8x4x32x36xf32>, tensor<8x4x32xf32>, tensor<8x14x144xf32>, tensor<8x2xi32>, tensor<8x8x4xi32>, tensor<8x8x144xf32>) -> ()
  }
}
