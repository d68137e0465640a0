module @practical_cascade_encode {
  func.func public @main(%features: tensor<8x1000x80xf32>, %lengths: tensor<8xi32>, %frontend.norm.mean: tensor<80xf32>, %frontend.norm.inv_std: tensor<80xf32>, %frontend.proj.w: tensor<320x144xf32>, %frontend.proj.b: tensor<144xf32>, %encoder.block0.ffn1.norm.gamma: tensor<144xf32>, %encoder.block0.ffn1.norm.beta: tensor<144xf32>, %encoder.block0.ffn1.in.w: tensor<144x288xf32>, %encoder.block0.ffn1.in.b: tensor<288xf32>, %encoder.block0.ffn1.out.w: tensor<288x144xf32>, %encoder.block0.ffn1.out.b: tensor<144xf32>, %encoder.block0.conv.norm.gamma: tensor<144xf32>, %encoder.block0.conv.norm.beta: tensor<144xf32>, %encoder.block0.conv.pointwise_in.w: tensor<144x288xf32>, %encoder.block0.conv.pointwise_in.b: tensor<288xf32>, %encoder.block0.conv.depthwise.w: tensor<15x1x144xf32>, %encoder.block0.conv.depthwise.b: tensor<144xf32>, %encoder.block0.conv.depthwise_norm.gamma: tensor<144xf32>, %encoder.block0.conv.depthwise_norm.beta: tensor<144xf32>, %encoder.block0.conv.pointwise_out.w: tensor<144x144xf32>, %encoder.block0.conv.pointwise_out.b: tensor<144xf32>, %encoder.block0.ffn2.norm.gamma: tensor<144xf32>, %encoder.block0.ffn2.norm.beta: tensor<144xf32>, %encoder.block0.ffn2.in.w: tensor<144x288xf32>, %encoder.block0.ffn2.in.b: tensor<288xf32>, %encoder.block0.ffn2.out.w: tensor<288x144xf32>, %encoder.block0.ffn2.out.b: tensor<144xf32>, %encoder.block0.final_norm.gamma: tensor<144xf32>, %encoder.block0.final_norm.beta: tensor<144xf32>, %encoder.block1.ffn1.norm.gamma: tensor<144xf32>, %encoder.block1.ffn1.norm.beta: tensor<144xf32>, %encoder.block1.ffn1.in.w: tensor<144x288xf32>, %encoder.block1.ffn1.in.b: tensor<288xf32>, %encoder.block1.ffn1.out.w: tensor<288x144xf32>, %encoder.block1.ffn1.out.b: tensor<144xf32>, %encoder.block1.conv.norm.gamma: tensor<144xf32>, %encoder.block1.conv.norm.beta: tensor<144xf32>, %encoder.block1.conv.pointwise_in.w: tensor<144x288xf32>, %encoder.block1.conv.pointwise_in.b: tensor<288xf32>, %encoder.block1.conv.depthwise.w: tensor<15x1x144xf32>, %encoder.block1.conv.depthwise.b: tensor<144xf32>, %encoder.block1.conv.depthwise_norm.gamma: tensor<144xf32>, %encoder.block1.conv.depthwise_norm.beta: tensor<144xf32>, %encoder.block1.conv.pointwise_out.w: tensor<144x144xf32>, %encoder.block1.conv.pointwise_out.b: tensor<144xf32>, %encoder.block1.ffn2.norm.gamma: tensor<144xf32>, %encoder.block1.ffn2.norm.beta: tensor<144xf32>, %encoder.block1.ffn2.in.w: tensor<144x288xf32>, %encoder.block1.ffn2.in.b: tensor<288xf32>, %encoder.block1.ffn2.out.w: tensor<288x144xf32>, %encoder.block1.ffn2.out.b: tensor<144xf32>, %encoder.block1.final_norm.gamma: tensor<144xf32>, %encoder.block1.final_norm.beta: tensor<144xf32>, %encoder.block2.ffn1.norm.gamma: tensor<144xf32>, %encoder.block2.ffn1.norm.beta: tensor<144xf32>, %encoder.block2.ffn1.in.w: tensor<144x576xf32>, %encoder.block2.ffn1.in.b: tensor<576xf32>, %encoder.block2.ffn1.out.w: tensor<576x144xf32>, %encoder.block2.ffn1.out.b: tensor<144xf32>, %encoder.block2.attention.norm.gamma: tensor<144xf32>, %encoder.block2.attention.norm.beta: tensor<144xf32>, %encoder.block2.attention.qkv.w: tensor<144x432xf32>, %encoder.block2.attention.qkv.b: tensor<432xf32>, %encoder.block2.attention.features: tensor<32x36xf32>, %encoder.block2.attention.out.w: tensor<144x144xf32>, %encoder.block2.attention.out.b: tensor<144xf32>, %encoder.block2.conv.norm.gamma: tensor<144xf32>, %encoder.block2.conv.norm.beta: tensor<144xf32>, %encoder.block2.conv.pointwise_in.w: tensor<144x288xf32>, %encoder.block2.conv.pointwise_in.b: tensor<288xf32>, %encoder.block2.conv.depthwise.w: tensor<15x1x144xf32>, %encoder.block2.conv.depthwise.b: tensor<144xf32>, %encoder.block2.conv.depthwise_norm.gamma: tensor<144xf32>, %encoder.block2.conv.depthwise_norm.beta: tensor<144xf32>, %encoder.block2.conv.pointwise_out.w: tensor<144x144xf32>, %encoder.block2.conv.pointwise_out.b: tensor<144xf32>, %encoder.block2.ffn2.norm.gamma: tensor<144xf32>, %encoder.block2.ffn2.norm.beta: tensor<144xf32>, %encoder.block2.ffn2.in.w: tensor<144x576xf32>, %encoder.block2.ffn2.in.b: tensor<576xf32>, %encoder.block2.ffn2.out.w: tensor<576x144xf32>, %encoder.block2.ffn2.out.b: tensor<144xf32>, %encoder.block2.final_norm.gamma: tensor<144xf32>, %encoder.block2.final_norm.beta: tensor<144xf32>, %encoder.block3.ffn1.norm.gamma: tensor<144xf32>, %encoder.block3.ffn1.norm.beta: tensor<144xf32>, %encoder.block3.ffn1.in.w: tensor<144x576xf32>, %encoder.block3.ffn1.in.b: tensor<576xf32>, %encoder.block3.ffn1.out.w: tensor<576x144xf32>, %encoder.block3.ffn1.out.b: tensor<144xf32>, %encoder.block3.attention.norm.gamma: tensor<144xf32>, %encoder.block3.attention.norm.beta: tensor<144xf32>, %encoder.block3.attention.qkv.w: tensor<144x432xf32>, %encoder.block3.attention.qkv.b: tensor<432xf32>, %encoder.block3.attention.features: tensor<32x36xf32>, %encoder.block3.attention.out.w: tensor<144x144xf32>, %encoder.block3.attention.out.b: tensor<144xf32>, %encoder.block3.conv.norm.gamma: tensor<144xf32>, %encoder.block3.conv.norm.beta: tensor<144xf32>, %encoder.block3.conv.pointwise_in.w: tensor<144x288xf32>, %encoder.block3.conv.pointwise_in.b: tensor<288xf32>, %encoder.block3.conv.depthwise.w: tensor<15x1x144xf32>, %encoder.block3.conv.depthwise.b: tensor<144xf32>, %encoder.block3.conv.depthwise_norm.gamma: tensor<144xf32>, %encoder.block3.conv.depthwise_norm.beta: tensor<144xf32>, %encoder.block3.conv.pointwise_out.w: tensor<144x144xf32>, %encoder.block3.conv.pointwise_out.b: tensor<144xf32>, %encoder.block3.ffn2.norm.gamma: tensor<144xf32>, %encoder.block3.ffn2.norm.beta: tensor<144xf32>, %encoder.block3.ffn2.in.w: tensor<144x576xf32>, %encoder.block3.ffn2.in.b: tensor<576xf32>, %encoder.block3.ffn2.out.w: tensor<576x144xf32>, %encoder.block3.ffn2.out.b: tensor<144xf32>, %encoder.block3.final_norm.gamma: tensor<144xf32>, %encoder.block3.final_norm.beta: tensor<144xf32>, %encoder.block4.ffn1.norm.gamma: tensor<144xf32>, %encoder.block4.ffn1.norm.beta: tensor<144xf32>, %encoder.block4.ffn1.in.w: tensor<144x576xf32>, %encoder.block4.ffn1.in.b: tensor<576xf32>, %encoder.block4.ffn1.out.w: tensor<576x144xf32>, %encoder.block4.ffn1.out.b: tensor<144xf32>, %encoder.block4.attention.norm.gamma: tensor<144xf32>, %encoder.block4.attention.norm.beta: tensor<144xf32>, %encoder.block4.attention.qkv.w: tensor<144x432xf32>, %encoder.block4.attention.qkv.b: tensor<432xf32>, %encoder.block4.attention.features: tensor<32x36xf32>, %encoder.block4.attention.out.w: tensor<144x144xf32>, %encoder.block4.attention.out.b: tensor<144xf32>, %encoder.block4.conv.norm.gamma: tensor<144xf32>, %encoder.block4.conv.norm.beta: tensor<144xf32>, %encoder.block4.conv.pointwise_in.w: tensor<144x288xf32>, %encoder.block4.conv.pointwise_in.b: tensor<288xf32>, %encoder.block4.conv.depthwise.w: tensor<15x1x144xf32>, %encoder.block4.conv.depthwise.b: tensor<144xf32>, %encoder.block4.conv.depthwise_norm.gamma: tensor<144xf32>, %encoder.block4.conv.depthwise_norm.beta: tensor<144xf32>, %encoder.block4.conv.pointwise_out.w: tensor<144x144xf32>, %encoder.block4.conv.pointwise_out.b: tensor<144xf32>, %encoder.block4.ffn2.norm.gamma: tensor<144xf32>, %encoder.block4.ffn2.norm.beta: tensor<144xf32>, %encoder.block4.ffn2.in.w: tensor<144x576xf32>, %encoder.block4.ffn2.in.b: tensor<576xf32>, %encoder.block4.ffn2.out.w: tensor<576x144xf32>, %encoder.block4.ffn2.out.b: tensor<144xf32>, %encoder.block4.final_norm.gamma: tensor<144xf32>, %encoder.block4.final_norm.beta: tensor<144xf32>, %encoder.block5.ffn1.norm.gamma: tensor<144xf32>, %encoder.block5.ffn1.norm.beta: tensor<144xf32>, %encoder.block5.ffn1.in.w: tensor<144x576xf32>, %encoder.block5.ffn1.in.b: tensor<576xf32>, %encoder.block5.ffn1.out.w: tensor<576x144xf32>, %encoder.block5.ffn1.out.b: tensor<144xf32>, %encoder.block5.attention.norm.gamma: tensor<144xf32>, %encoder.block5.attention.norm.beta: tensor<144xf32>, %encoder.block5.attention.qkv.w: tensor<144x432xf32>, %encoder.block5.attention.qkv.b: tensor<432xf32>, %encoder.block5.attention.features: tensor<32x36xf32>, %encoder.block5.attention.out.w: tensor<144x144xf32>, %encoder.block5.attention.out.b: tensor<144xf32>, %encoder.block5.conv.norm.gamma: tensor<144xf32>, %encoder.block5.conv.norm.beta: tensor<144xf32>, %encoder.block5.conv.pointwise_in.w: tensor<144x288xf32>, %encoder.block5.conv.pointwise_in.b: tensor<288xf32>, %encoder.block5.conv.depthwise.w: tensor<15x1x144xf32>, %encoder.block5.conv.depthwise.b: tensor<144xf32>, %encoder.block5.conv.depthwise_norm.gamma: tensor<144xf32>, %encoder.block5.conv.depthwise_norm.beta: tensor<144xf32>, %encoder.block5.conv.pointwise_out.w: tensor<144x144xf32>, %encoder.block5.conv.pointwise_out.b: tensor<144xf32>, %encoder.block5.ffn2.norm.gamma: tensor<144xf32>, %encoder.block5.ffn2.norm.beta: tensor<144xf32>, %encoder.block5.ffn2.in.w: tensor<144x576xf32>, %encoder.block5.ffn2.in.b: tensor<576xf32>, %encoder.block5.ffn2.out.w: tensor<576x144xf32>, %encoder.block5.ffn2.out.b: tensor<144xf32>, %encoder.block5.final_norm.gamma: tensor<144xf32>, %encoder.block5.final_norm.beta: tensor<144xf32>, %encoder.block6.ffn1.norm.gamma: tensor<144xf32>, %encoder.block6.ffn1.norm.beta: tensor<144xf32>, %encoder.block6.ffn1.in.w: tensor<144x576xf32>, %encoder.block6.ffn1.in.b: tensor<576xf32>, %encoder.block6.ffn1.out.w: tensor<576x144xf32>, %encoder.block6.ffn1.out.b: tensor<144xf32>, %encoder.block6.attention.norm.gamma: tensor<144xf32>, %encoder.block6.attention.norm.beta: tensor<144xf32>, %encoder.block6.attention.qkv.w: tensor<144x432xf32>, %encoder.block6.attention.qkv.b: tensor<432xf32>, %encoder.block6.attention.features: tensor<32x36xf32>, %encoder.block6.attention.out.w: tensor<144x144xf32>, %encoder.block6.attention.out.b: tensor<144xf32>, %encoder.block6.conv.norm.gamma: tensor<144xf32>, %encoder.block6.conv.norm.beta: tensor<144xf32>, %encoder.block6.conv.pointwise_in.w: tensor<144x288xf32>, %encoder.block6.conv.pointwise_in.b: tensor<288xf32>, %encoder.block6.conv.depthwise.w: tensor<15x1x144xf32>, %encoder.block6.conv.depthwise.b: tensor<144xf32>, %encoder.block6.conv.depthwise_norm.gamma: tensor<144xf32>, %encoder.block6.conv.depthwise_norm.beta: tensor<144xf32>, %encoder.block6.conv.pointwise_out.w: tensor<144x144xf32>, %encoder.block6.conv.pointwise_out.b: tensor<144xf32>, %encoder.block6.ffn2.norm.gamma: tensor<144xf32>, %encoder.block6.ffn2.norm.beta: tensor<144xf32>, %encoder.block6.ffn2.in.w: tensor<144x576xf32>, %encoder.block6.ffn2.in.b: tensor<576xf32>, %encoder.block6.ffn2.out.w: tensor<576x144xf32>, %encoder.block6.ffn2.out.b: tensor<144xf32>, %encoder.block6.final_norm.gamma: tensor<144xf32>, %encoder.block6.final_norm.beta: tensor<144xf32>, %encoder.block7.ffn1.norm.gamma: tensor<144xf32>, %encoder.block7.ffn1.norm.beta: tensor<144xf32>, %encoder.block7.ffn1.in.w: tensor<144x576xf32>, %encoder.block7.ffn1.in.b: tensor<576xf32>, %encoder.block7.ffn1.out.w: tensor<576x144xf32>, %encoder.block7.ffn1.out.b: tensor<144xf32>, %encoder.block7.attention.norm.gamma: tensor<144xf32>, %encoder.block7.attention.norm.beta: tensor<144xf32>, %encoder.block7.attention.qkv.w: tensor<144x432xf32>, %encoder.block7.attention.qkv.b: tensor<432xf32>, %encoder.block7.attention.features: tensor<32x36xf32>, %encoder.block7.attention.out.w: tensor<144x144xf32>, %encoder.block7.attention.out.b: tensor<144xf32>, %encoder.block7.conv.norm.gamma: tensor<144xf32>, %encoder.block7.conv.norm.beta: tensor<144xf32>, %encoder.block7.conv.pointwise_in.w: tensor<144x288xf32>, %encoder.block7.conv.pointwise_in.b: tensor<288xf32>, %encoder.block7.conv.depthwise.w: tensor<15x1x144xf32>, %encoder.block7.conv.depthwise.b: tensor<144xf32>, %encoder.block7.conv.depthwise_norm.gamma: tensor<144xf32>, %encoder.block7.conv.depthwise_norm.beta: tensor<144xf32>, %encoder.block7.conv.pointwise_out.w: tensor<144x144xf32>, %encoder.block7.conv.pointwise_out.b: tensor<144xf32>, %encoder.block7.ffn2.norm.gamma: tensor<144xf32>, %encoder.block7.ffn2.norm.beta: tensor<144xf32>, %encoder.block7.ffn2.in.w: tensor<144x576xf32>, %encoder.block7.ffn2.in.b: tensor<576xf32>, %encoder.block7.ffn2.out.w: tensor<576x144xf32>, %encoder.block7.ffn2.out.b: tensor<144xf32>, %encoder.block7.final_norm.gamma: tensor<144xf32>, %encoder.block7.final_norm.beta: tensor<144xf32>) -> (tensor<8x250x144xf32>) {
    %4 = "stablehlo.broadcast_in_dim"(%frontend.norm.mean) <{broadcast_dimensions = array<i64: 2>}> : (tensor<80xf32>) -> tensor<8x1000x80xf32>
    %5 = "stablehlo.subtract"(%features, %4) : (tensor<8x1000x80xf32>, tensor<8x1000x80xf32>) -> tensor<8x1000x80xf32>
    %6 = "stablehlo.broadcast_in_dim"(%frontend.norm.inv_std) <{broadcast_dimensions = array<i64: 2>}> : (tensor<80xf32>) -> tensor<8x1000x80xf32>
    %7 = "stablehlo.multiply"(%5, %6) : (tensor<8x1000x80xf32>, tensor<8x1000x80xf32>) -> tensor<8x1000x80xf32>
    %8 = "stablehlo.reshape"(%7) : (tensor<8x1000x80xf32>) -> tensor<8x250x320xf32>
    %11 = "stablehlo.dot_general"(%8, %frontend.proj.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x320xf32>, tensor<320x144xf32>) -> tensor<8x250x144xf32>
    %12 = "stablehlo.broadcast_in_dim"(%frontend.proj.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %13 = "stablehlo.add"(%11, %12) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %14 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<8x250xi32>
    %15 = "stablehlo.reshape"(%lengths) : (tensor<8xi32>) -> tensor<8x1xi32>
    %16 = "stablehlo.broadcast_in_dim"(%15) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x1xi32>) -> tensor<8x250xi32>
    %17 = "stablehlo.compare"(%14, %16) <{comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<8x250xi32>, tensor<8x250xi32>) -> tensor<8x250xi1>
    %init1 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %20 = "stablehlo.reduce"(%13, %init1) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs3: tensor<f32>, %rhs4: tensor<f32>):
      %combined2 = "stablehlo.add"(%lhs3, %rhs4) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined2) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %21 = "stablehlo.reshape"(%20) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %22 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %23 = "stablehlo.broadcast_in_dim"(%22) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %24 = "stablehlo.multiply"(%21, %23) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %25 = "stablehlo.broadcast_in_dim"(%24) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %26 = "stablehlo.subtract"(%13, %25) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %27 = "stablehlo.multiply"(%26, %26) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init5 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %28 = "stablehlo.reduce"(%27, %init5) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs7: tensor<f32>, %rhs8: tensor<f32>):
      %combined6 = "stablehlo.add"(%lhs7, %rhs8) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined6) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %29 = "stablehlo.reshape"(%28) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %30 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %31 = "stablehlo.broadcast_in_dim"(%30) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %32 = "stablehlo.multiply"(%29, %31) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %33 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %34 = "stablehlo.broadcast_in_dim"(%33) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %35 = "stablehlo.add"(%32, %34) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %36 = "stablehlo.rsqrt"(%35) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %37 = "stablehlo.broadcast_in_dim"(%36) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %38 = "stablehlo.multiply"(%26, %37) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %39 = "stablehlo.broadcast_in_dim"(%encoder.block0.ffn1.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %40 = "stablehlo.multiply"(%38, %39) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %41 = "stablehlo.broadcast_in_dim"(%encoder.block0.ffn1.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %42 = "stablehlo.add"(%40, %41) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %45 = "stablehlo.dot_general"(%42, %encoder.block0.ffn1.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x288xf32>) -> tensor<8x250x288xf32>
    %46 = "stablehlo.broadcast_in_dim"(%encoder.block0.ffn1.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x250x288xf32>
    %47 = "stablehlo.add"(%45, %46) : (tensor<8x250x288xf32>, tensor<8x250x288xf32>) -> tensor<8x250x288xf32>
    %48 = "stablehlo.logistic"(%47) : (tensor<8x250x288xf32>) -> tensor<8x250x288xf32>
    %49 = "stablehlo.multiply"(%47, %48) : (tensor<8x250x288xf32>, tensor<8x250x288xf32>) -> tensor<8x250x288xf32>
    %52 = "stablehlo.dot_general"(%49, %encoder.block0.ffn1.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x288xf32>, tensor<288x144xf32>) -> tensor<8x250x144xf32>
    %53 = "stablehlo.broadcast_in_dim"(%encoder.block0.ffn1.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %54 = "stablehlo.add"(%52, %53) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %55 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %56 = "stablehlo.broadcast_in_dim"(%55) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x144xf32>
    %57 = "stablehlo.multiply"(%54, %56) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %58 = "stablehlo.add"(%13, %57) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init9 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %61 = "stablehlo.reduce"(%58, %init9) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs11: tensor<f32>, %rhs12: tensor<f32>):
      %combined10 = "stablehlo.add"(%lhs11, %rhs12) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined10) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %62 = "stablehlo.reshape"(%61) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %63 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %64 = "stablehlo.broadcast_in_dim"(%63) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %65 = "stablehlo.multiply"(%62, %64) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %66 = "stablehlo.broadcast_in_dim"(%65) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %67 = "stablehlo.subtract"(%58, %66) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %68 = "stablehlo.multiply"(%67, %67) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init13 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %69 = "stablehlo.reduce"(%68, %init13) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs15: tensor<f32>, %rhs16: tensor<f32>):
      %combined14 = "stablehlo.add"(%lhs15, %rhs16) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined14) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %70 = "stablehlo.reshape"(%69) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %71 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %72 = "stablehlo.broadcast_in_dim"(%71) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %73 = "stablehlo.multiply"(%70, %72) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %74 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %75 = "stablehlo.broadcast_in_dim"(%74) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %76 = "stablehlo.add"(%73, %75) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %77 = "stablehlo.rsqrt"(%76) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %78 = "stablehlo.broadcast_in_dim"(%77) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %79 = "stablehlo.multiply"(%67, %78) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %80 = "stablehlo.broadcast_in_dim"(%encoder.block0.conv.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %81 = "stablehlo.multiply"(%79, %80) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %82 = "stablehlo.broadcast_in_dim"(%encoder.block0.conv.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %83 = "stablehlo.add"(%81, %82) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %86 = "stablehlo.dot_general"(%83, %encoder.block0.conv.pointwise_in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x288xf32>) -> tensor<8x250x288xf32>
    %87 = "stablehlo.broadcast_in_dim"(%encoder.block0.conv.pointwise_in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x250x288xf32>
    %88 = "stablehlo.add"(%86, %87) : (tensor<8x250x288xf32>, tensor<8x250x288xf32>) -> tensor<8x250x288xf32>
    %89 = "stablehlo.slice"(%88) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 250, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x250x288xf32>) -> tensor<8x250x144xf32>
    %90 = "stablehlo.slice"(%88) <{start_indices = array<i64: 0, 0, 144>, limit_indices = array<i64: 8, 250, 288>, strides = array<i64: 1, 1, 1>}> : (tensor<8x250x288xf32>) -> tensor<8x250x144xf32>
    %91 = "stablehlo.logistic"(%90) : (tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %92 = "stablehlo.multiply"(%89, %91) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %93 = "stablehlo.convert"(%17) : (tensor<8x250xi1>) -> tensor<8x250xf32>
    %94 = "stablehlo.reshape"(%93) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %95 = "stablehlo.broadcast_in_dim"(%94) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %96 = "stablehlo.multiply"(%92, %95) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %99 = "stablehlo.convolution"(%96, %encoder.block0.conv.depthwise.w) <{batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, f]x[0, i, o]->[b, 0, f]>, feature_group_count = 144 : i64, lhs_dilation = array<i64: 1>, padding = dense<[[14, 0]]> : tensor<1x2xi64>, rhs_dilation = array<i64: 1>, window_strides = array<i64: 1>}> : (tensor<8x250x144xf32>, tensor<15x1x144xf32>) -> tensor<8x250x144xf32>
    %100 = "stablehlo.broadcast_in_dim"(%encoder.block0.conv.depthwise.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %101 = "stablehlo.add"(%99, %100) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init17 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %104 = "stablehlo.reduce"(%101, %init17) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs19: tensor<f32>, %rhs20: tensor<f32>):
      %combined18 = "stablehlo.add"(%lhs19, %rhs20) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined18) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %105 = "stablehlo.reshape"(%104) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %106 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %107 = "stablehlo.broadcast_in_dim"(%106) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %108 = "stablehlo.multiply"(%105, %107) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %109 = "stablehlo.broadcast_in_dim"(%108) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %110 = "stablehlo.subtract"(%101, %109) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %111 = "stablehlo.multiply"(%110, %110) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init21 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %112 = "stablehlo.reduce"(%111, %init21) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs23: tensor<f32>, %rhs24: tensor<f32>):
      %combined22 = "stablehlo.add"(%lhs23, %rhs24) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined22) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %113 = "stablehlo.reshape"(%112) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %114 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %115 = "stablehlo.broadcast_in_dim"(%114) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %116 = "stablehlo.multiply"(%113, %115) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %117 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %118 = "stablehlo.broadcast_in_dim"(%117) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %119 = "stablehlo.add"(%116, %118) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %120 = "stablehlo.rsqrt"(%119) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %121 = "stablehlo.broadcast_in_dim"(%120) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %122 = "stablehlo.multiply"(%110, %121) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %123 = "stablehlo.broadcast_in_dim"(%encoder.block0.conv.depthwise_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %124 = "stablehlo.multiply"(%122, %123) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %125 = "stablehlo.broadcast_in_dim"(%encoder.block0.conv.depthwise_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %126 = "stablehlo.add"(%124, %125) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %127 = "stablehlo.logistic"(%126) : (tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %128 = "stablehlo.multiply"(%126, %127) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %131 = "stablehlo.dot_general"(%128, %encoder.block0.conv.pointwise_out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x144xf32>) -> tensor<8x250x144xf32>
    %132 = "stablehlo.broadcast_in_dim"(%encoder.block0.conv.pointwise_out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %133 = "stablehlo.add"(%131, %132) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %134 = "stablehlo.add"(%58, %133) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init25 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %137 = "stablehlo.reduce"(%134, %init25) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs27: tensor<f32>, %rhs28: tensor<f32>):
      %combined26 = "stablehlo.add"(%lhs27, %rhs28) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined26) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %138 = "stablehlo.reshape"(%137) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %139 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %140 = "stablehlo.broadcast_in_dim"(%139) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %141 = "stablehlo.multiply"(%138, %140) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %142 = "stablehlo.broadcast_in_dim"(%141) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %143 = "stablehlo.subtract"(%134, %142) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %144 = "stablehlo.multiply"(%143, %143) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init29 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %145 = "stablehlo.reduce"(%144, %init29) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs31: tensor<f32>, %rhs32: tensor<f32>):
      %combined30 = "stablehlo.add"(%lhs31, %rhs32) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined30) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %146 = "stablehlo.reshape"(%145) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %147 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %148 = "stablehlo.broadcast_in_dim"(%147) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %149 = "stablehlo.multiply"(%146, %148) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %150 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %151 = "stablehlo.broadcast_in_dim"(%150) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %152 = "stablehlo.add"(%149, %151) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %153 = "stablehlo.rsqrt"(%152) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %154 = "stablehlo.broadcast_in_dim"(%153) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %155 = "stablehlo.multiply"(%143, %154) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %156 = "stablehlo.broadcast_in_dim"(%encoder.block0.ffn2.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %157 = "stablehlo.multiply"(%155, %156) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %158 = "stablehlo.broadcast_in_dim"(%encoder.block0.ffn2.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %159 = "stablehlo.add"(%157, %158) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %162 = "stablehlo.dot_general"(%159, %encoder.block0.ffn2.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x288xf32>) -> tensor<8x250x288xf32>
    %163 = "stablehlo.broadcast_in_dim"(%encoder.block0.ffn2.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x250x288xf32>
    %164 = "stablehlo.add"(%162, %163) : (tensor<8x250x288xf32>, tensor<8x250x288xf32>) -> tensor<8x250x288xf32>
    %165 = "stablehlo.logistic"(%164) : (tensor<8x250x288xf32>) -> tensor<8x250x288xf32>
    %166 = "stablehlo.multiply"(%164, %165) : (tensor<8x250x288xf32>, tensor<8x250x288xf32>) -> tensor<8x250x288xf32>
    %169 = "stablehlo.dot_general"(%166, %encoder.block0.ffn2.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x288xf32>, tensor<288x144xf32>) -> tensor<8x250x144xf32>
    %170 = "stablehlo.broadcast_in_dim"(%encoder.block0.ffn2.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %171 = "stablehlo.add"(%169, %170) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %172 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %173 = "stablehlo.broadcast_in_dim"(%172) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x144xf32>
    %174 = "stablehlo.multiply"(%171, %173) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %175 = "stablehlo.add"(%134, %174) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init33 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %178 = "stablehlo.reduce"(%175, %init33) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs35: tensor<f32>, %rhs36: tensor<f32>):
      %combined34 = "stablehlo.add"(%lhs35, %rhs36) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined34) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %179 = "stablehlo.reshape"(%178) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %180 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %181 = "stablehlo.broadcast_in_dim"(%180) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %182 = "stablehlo.multiply"(%179, %181) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %183 = "stablehlo.broadcast_in_dim"(%182) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %184 = "stablehlo.subtract"(%175, %183) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %185 = "stablehlo.multiply"(%184, %184) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init37 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %186 = "stablehlo.reduce"(%185, %init37) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs39: tensor<f32>, %rhs40: tensor<f32>):
      %combined38 = "stablehlo.add"(%lhs39, %rhs40) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined38) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %187 = "stablehlo.reshape"(%186) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %188 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %189 = "stablehlo.broadcast_in_dim"(%188) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %190 = "stablehlo.multiply"(%187, %189) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %191 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %192 = "stablehlo.broadcast_in_dim"(%191) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %193 = "stablehlo.add"(%190, %192) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %194 = "stablehlo.rsqrt"(%193) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %195 = "stablehlo.broadcast_in_dim"(%194) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %196 = "stablehlo.multiply"(%184, %195) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %197 = "stablehlo.broadcast_in_dim"(%encoder.block0.final_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %198 = "stablehlo.multiply"(%196, %197) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %199 = "stablehlo.broadcast_in_dim"(%encoder.block0.final_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %200 = "stablehlo.add"(%198, %199) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init41 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %203 = "stablehlo.reduce"(%200, %init41) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs43: tensor<f32>, %rhs44: tensor<f32>):
      %combined42 = "stablehlo.add"(%lhs43, %rhs44) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined42) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %204 = "stablehlo.reshape"(%203) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %205 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %206 = "stablehlo.broadcast_in_dim"(%205) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %207 = "stablehlo.multiply"(%204, %206) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %208 = "stablehlo.broadcast_in_dim"(%207) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %209 = "stablehlo.subtract"(%200, %208) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %210 = "stablehlo.multiply"(%209, %209) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init45 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %211 = "stablehlo.reduce"(%210, %init45) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs47: tensor<f32>, %rhs48: tensor<f32>):
      %combined46 = "stablehlo.add"(%lhs47, %rhs48) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined46) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %212 = "stablehlo.reshape"(%211) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %213 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %214 = "stablehlo.broadcast_in_dim"(%213) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %215 = "stablehlo.multiply"(%212, %214) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %216 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %217 = "stablehlo.broadcast_in_dim"(%216) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %218 = "stablehlo.add"(%215, %217) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %219 = "stablehlo.rsqrt"(%218) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %220 = "stablehlo.broadcast_in_dim"(%219) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %221 = "stablehlo.multiply"(%209, %220) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %222 = "stablehlo.broadcast_in_dim"(%encoder.block1.ffn1.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %223 = "stablehlo.multiply"(%221, %222) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %224 = "stablehlo.broadcast_in_dim"(%encoder.block1.ffn1.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %225 = "stablehlo.add"(%223, %224) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %228 = "stablehlo.dot_general"(%225, %encoder.block1.ffn1.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x288xf32>) -> tensor<8x250x288xf32>
    %229 = "stablehlo.broadcast_in_dim"(%encoder.block1.ffn1.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x250x288xf32>
    %230 = "stablehlo.add"(%228, %229) : (tensor<8x250x288xf32>, tensor<8x250x288xf32>) -> tensor<8x250x288xf32>
    %231 = "stablehlo.logistic"(%230) : (tensor<8x250x288xf32>) -> tensor<8x250x288xf32>
    %232 = "stablehlo.multiply"(%230, %231) : (tensor<8x250x288xf32>, tensor<8x250x288xf32>) -> tensor<8x250x288xf32>
    %235 = "stablehlo.dot_general"(%232, %encoder.block1.ffn1.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x288xf32>, tensor<288x144xf32>) -> tensor<8x250x144xf32>
    %236 = "stablehlo.broadcast_in_dim"(%encoder.block1.ffn1.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %237 = "stablehlo.add"(%235, %236) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %238 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %239 = "stablehlo.broadcast_in_dim"(%238) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x144xf32>
    %240 = "stablehlo.multiply"(%237, %239) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %241 = "stablehlo.add"(%200, %240) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init49 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %244 = "stablehlo.reduce"(%241, %init49) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs51: tensor<f32>, %rhs52: tensor<f32>):
      %combined50 = "stablehlo.add"(%lhs51, %rhs52) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined50) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %245 = "stablehlo.reshape"(%244) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %246 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %247 = "stablehlo.broadcast_in_dim"(%246) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %248 = "stablehlo.multiply"(%245, %247) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %249 = "stablehlo.broadcast_in_dim"(%248) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %250 = "stablehlo.subtract"(%241, %249) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %251 = "stablehlo.multiply"(%250, %250) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init53 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %252 = "stablehlo.reduce"(%251, %init53) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs55: tensor<f32>, %rhs56: tensor<f32>):
      %combined54 = "stablehlo.add"(%lhs55, %rhs56) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined54) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %253 = "stablehlo.reshape"(%252) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %254 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %255 = "stablehlo.broadcast_in_dim"(%254) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %256 = "stablehlo.multiply"(%253, %255) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %257 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %258 = "stablehlo.broadcast_in_dim"(%257) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %259 = "stablehlo.add"(%256, %258) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %260 = "stablehlo.rsqrt"(%259) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %261 = "stablehlo.broadcast_in_dim"(%260) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %262 = "stablehlo.multiply"(%250, %261) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %263 = "stablehlo.broadcast_in_dim"(%encoder.block1.conv.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %264 = "stablehlo.multiply"(%262, %263) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %265 = "stablehlo.broadcast_in_dim"(%encoder.block1.conv.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %266 = "stablehlo.add"(%264, %265) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %269 = "stablehlo.dot_general"(%266, %encoder.block1.conv.pointwise_in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x288xf32>) -> tensor<8x250x288xf32>
    %270 = "stablehlo.broadcast_in_dim"(%encoder.block1.conv.pointwise_in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x250x288xf32>
    %271 = "stablehlo.add"(%269, %270) : (tensor<8x250x288xf32>, tensor<8x250x288xf32>) -> tensor<8x250x288xf32>
    %272 = "stablehlo.slice"(%271) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 250, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x250x288xf32>) -> tensor<8x250x144xf32>
    %273 = "stablehlo.slice"(%271) <{start_indices = array<i64: 0, 0, 144>, limit_indices = array<i64: 8, 250, 288>, strides = array<i64: 1, 1, 1>}> : (tensor<8x250x288xf32>) -> tensor<8x250x144xf32>
    %274 = "stablehlo.logistic"(%273) : (tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %275 = "stablehlo.multiply"(%272, %274) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %276 = "stablehlo.convert"(%17) : (tensor<8x250xi1>) -> tensor<8x250xf32>
    %277 = "stablehlo.reshape"(%276) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %278 = "stablehlo.broadcast_in_dim"(%277) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %279 = "stablehlo.multiply"(%275, %278) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %282 = "stablehlo.convolution"(%279, %encoder.block1.conv.depthwise.w) <{batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, f]x[0, i, o]->[b, 0, f]>, feature_group_count = 144 : i64, lhs_dilation = array<i64: 1>, padding = dense<[[14, 0]]> : tensor<1x2xi64>, rhs_dilation = array<i64: 1>, window_strides = array<i64: 1>}> : (tensor<8x250x144xf32>, tensor<15x1x144xf32>) -> tensor<8x250x144xf32>
    %283 = "stablehlo.broadcast_in_dim"(%encoder.block1.conv.depthwise.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %284 = "stablehlo.add"(%282, %283) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init57 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %287 = "stablehlo.reduce"(%284, %init57) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs59: tensor<f32>, %rhs60: tensor<f32>):
      %combined58 = "stablehlo.add"(%lhs59, %rhs60) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined58) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %288 = "stablehlo.reshape"(%287) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %289 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %290 = "stablehlo.broadcast_in_dim"(%289) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %291 = "stablehlo.multiply"(%288, %290) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %292 = "stablehlo.broadcast_in_dim"(%291) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %293 = "stablehlo.subtract"(%284, %292) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %294 = "stablehlo.multiply"(%293, %293) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init61 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %295 = "stablehlo.reduce"(%294, %init61) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs63: tensor<f32>, %rhs64: tensor<f32>):
      %combined62 = "stablehlo.add"(%lhs63, %rhs64) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined62) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %296 = "stablehlo.reshape"(%295) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %297 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %298 = "stablehlo.broadcast_in_dim"(%297) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %299 = "stablehlo.multiply"(%296, %298) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %300 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %301 = "stablehlo.broadcast_in_dim"(%300) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %302 = "stablehlo.add"(%299, %301) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %303 = "stablehlo.rsqrt"(%302) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %304 = "stablehlo.broadcast_in_dim"(%303) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %305 = "stablehlo.multiply"(%293, %304) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %306 = "stablehlo.broadcast_in_dim"(%encoder.block1.conv.depthwise_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %307 = "stablehlo.multiply"(%305, %306) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %308 = "stablehlo.broadcast_in_dim"(%encoder.block1.conv.depthwise_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %309 = "stablehlo.add"(%307, %308) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %310 = "stablehlo.logistic"(%309) : (tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %311 = "stablehlo.multiply"(%309, %310) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %314 = "stablehlo.dot_general"(%311, %encoder.block1.conv.pointwise_out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x144xf32>) -> tensor<8x250x144xf32>
    %315 = "stablehlo.broadcast_in_dim"(%encoder.block1.conv.pointwise_out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %316 = "stablehlo.add"(%314, %315) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %317 = "stablehlo.add"(%241, %316) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init65 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %320 = "stablehlo.reduce"(%317, %init65) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs67: tensor<f32>, %rhs68: tensor<f32>):
      %combined66 = "stablehlo.add"(%lhs67, %rhs68) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined66) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %321 = "stablehlo.reshape"(%320) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %322 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %323 = "stablehlo.broadcast_in_dim"(%322) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %324 = "stablehlo.multiply"(%321, %323) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %325 = "stablehlo.broadcast_in_dim"(%324) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %326 = "stablehlo.subtract"(%317, %325) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %327 = "stablehlo.multiply"(%326, %326) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init69 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %328 = "stablehlo.reduce"(%327, %init69) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs71: tensor<f32>, %rhs72: tensor<f32>):
      %combined70 = "stablehlo.add"(%lhs71, %rhs72) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined70) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %329 = "stablehlo.reshape"(%328) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %330 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %331 = "stablehlo.broadcast_in_dim"(%330) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %332 = "stablehlo.multiply"(%329, %331) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %333 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %334 = "stablehlo.broadcast_in_dim"(%333) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %335 = "stablehlo.add"(%332, %334) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %336 = "stablehlo.rsqrt"(%335) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %337 = "stablehlo.broadcast_in_dim"(%336) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %338 = "stablehlo.multiply"(%326, %337) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %339 = "stablehlo.broadcast_in_dim"(%encoder.block1.ffn2.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %340 = "stablehlo.multiply"(%338, %339) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %341 = "stablehlo.broadcast_in_dim"(%encoder.block1.ffn2.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %342 = "stablehlo.add"(%340, %341) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %345 = "stablehlo.dot_general"(%342, %encoder.block1.ffn2.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x288xf32>) -> tensor<8x250x288xf32>
    %346 = "stablehlo.broadcast_in_dim"(%encoder.block1.ffn2.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x250x288xf32>
    %347 = "stablehlo.add"(%345, %346) : (tensor<8x250x288xf32>, tensor<8x250x288xf32>) -> tensor<8x250x288xf32>
    %348 = "stablehlo.logistic"(%347) : (tensor<8x250x288xf32>) -> tensor<8x250x288xf32>
    %349 = "stablehlo.multiply"(%347, %348) : (tensor<8x250x288xf32>, tensor<8x250x288xf32>) -> tensor<8x250x288xf32>
    %352 = "stablehlo.dot_general"(%349, %encoder.block1.ffn2.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x288xf32>, tensor<288x144xf32>) -> tensor<8x250x144xf32>
    %353 = "stablehlo.broadcast_in_dim"(%encoder.block1.ffn2.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %354 = "stablehlo.add"(%352, %353) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %355 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %356 = "stablehlo.broadcast_in_dim"(%355) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x144xf32>
    %357 = "stablehlo.multiply"(%354, %356) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %358 = "stablehlo.add"(%317, %357) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init73 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %361 = "stablehlo.reduce"(%358, %init73) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs75: tensor<f32>, %rhs76: tensor<f32>):
      %combined74 = "stablehlo.add"(%lhs75, %rhs76) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined74) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %362 = "stablehlo.reshape"(%361) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %363 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %364 = "stablehlo.broadcast_in_dim"(%363) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %365 = "stablehlo.multiply"(%362, %364) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %366 = "stablehlo.broadcast_in_dim"(%365) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %367 = "stablehlo.subtract"(%358, %366) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %368 = "stablehlo.multiply"(%367, %367) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init77 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %369 = "stablehlo.reduce"(%368, %init77) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs79: tensor<f32>, %rhs80: tensor<f32>):
      %combined78 = "stablehlo.add"(%lhs79, %rhs80) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined78) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %370 = "stablehlo.reshape"(%369) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %371 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %372 = "stablehlo.broadcast_in_dim"(%371) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %373 = "stablehlo.multiply"(%370, %372) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %374 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %375 = "stablehlo.broadcast_in_dim"(%374) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %376 = "stablehlo.add"(%373, %375) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %377 = "stablehlo.rsqrt"(%376) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %378 = "stablehlo.broadcast_in_dim"(%377) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %379 = "stablehlo.multiply"(%367, %378) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %380 = "stablehlo.broadcast_in_dim"(%encoder.block1.final_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %381 = "stablehlo.multiply"(%379, %380) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %382 = "stablehlo.broadcast_in_dim"(%encoder.block1.final_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %383 = "stablehlo.add"(%381, %382) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init81 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %386 = "stablehlo.reduce"(%383, %init81) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs83: tensor<f32>, %rhs84: tensor<f32>):
      %combined82 = "stablehlo.add"(%lhs83, %rhs84) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined82) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %387 = "stablehlo.reshape"(%386) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %388 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %389 = "stablehlo.broadcast_in_dim"(%388) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %390 = "stablehlo.multiply"(%387, %389) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %391 = "stablehlo.broadcast_in_dim"(%390) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %392 = "stablehlo.subtract"(%383, %391) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %393 = "stablehlo.multiply"(%392, %392) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init85 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %394 = "stablehlo.reduce"(%393, %init85) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs87: tensor<f32>, %rhs88: tensor<f32>):
      %combined86 = "stablehlo.add"(%lhs87, %rhs88) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined86) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %395 = "stablehlo.reshape"(%394) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %396 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %397 = "stablehlo.broadcast_in_dim"(%396) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %398 = "stablehlo.multiply"(%395, %397) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %399 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %400 = "stablehlo.broadcast_in_dim"(%399) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %401 = "stablehlo.add"(%398, %400) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %402 = "stablehlo.rsqrt"(%401) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %403 = "stablehlo.broadcast_in_dim"(%402) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %404 = "stablehlo.multiply"(%392, %403) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %405 = "stablehlo.broadcast_in_dim"(%encoder.block2.ffn1.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %406 = "stablehlo.multiply"(%404, %405) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %407 = "stablehlo.broadcast_in_dim"(%encoder.block2.ffn1.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %408 = "stablehlo.add"(%406, %407) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %411 = "stablehlo.dot_general"(%408, %encoder.block2.ffn1.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x576xf32>) -> tensor<8x250x576xf32>
    %412 = "stablehlo.broadcast_in_dim"(%encoder.block2.ffn1.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x250x576xf32>
    %413 = "stablehlo.add"(%411, %412) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %414 = "stablehlo.logistic"(%413) : (tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %415 = "stablehlo.multiply"(%413, %414) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %418 = "stablehlo.dot_general"(%415, %encoder.block2.ffn1.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x576xf32>, tensor<576x144xf32>) -> tensor<8x250x144xf32>
    %419 = "stablehlo.broadcast_in_dim"(%encoder.block2.ffn1.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %420 = "stablehlo.add"(%418, %419) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %421 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %422 = "stablehlo.broadcast_in_dim"(%421) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x144xf32>
    %423 = "stablehlo.multiply"(%420, %422) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %424 = "stablehlo.add"(%383, %423) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init89 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %427 = "stablehlo.reduce"(%424, %init89) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs91: tensor<f32>, %rhs92: tensor<f32>):
      %combined90 = "stablehlo.add"(%lhs91, %rhs92) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined90) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %428 = "stablehlo.reshape"(%427) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %429 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %430 = "stablehlo.broadcast_in_dim"(%429) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %431 = "stablehlo.multiply"(%428, %430) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %432 = "stablehlo.broadcast_in_dim"(%431) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %433 = "stablehlo.subtract"(%424, %432) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %434 = "stablehlo.multiply"(%433, %433) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init93 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %435 = "stablehlo.reduce"(%434, %init93) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs95: tensor<f32>, %rhs96: tensor<f32>):
      %combined94 = "stablehlo.add"(%lhs95, %rhs96) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined94) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %436 = "stablehlo.reshape"(%435) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %437 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %438 = "stablehlo.broadcast_in_dim"(%437) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %439 = "stablehlo.multiply"(%436, %438) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %440 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %441 = "stablehlo.broadcast_in_dim"(%440) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %442 = "stablehlo.add"(%439, %441) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %443 = "stablehlo.rsqrt"(%442) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %444 = "stablehlo.broadcast_in_dim"(%443) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %445 = "stablehlo.multiply"(%433, %444) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %446 = "stablehlo.broadcast_in_dim"(%encoder.block2.attention.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %447 = "stablehlo.multiply"(%445, %446) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %448 = "stablehlo.broadcast_in_dim"(%encoder.block2.attention.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %449 = "stablehlo.add"(%447, %448) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %452 = "stablehlo.dot_general"(%449, %encoder.block2.attention.qkv.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x432xf32>) -> tensor<8x250x432xf32>
    %453 = "stablehlo.broadcast_in_dim"(%encoder.block2.attention.qkv.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<432xf32>) -> tensor<8x250x432xf32>
    %454 = "stablehlo.add"(%452, %453) : (tensor<8x250x432xf32>, tensor<8x250x432xf32>) -> tensor<8x250x432xf32>
    %455 = "stablehlo.reshape"(%454) : (tensor<8x250x432xf32>) -> tensor<8x250x3x4x36xf32>
    %456 = "stablehlo.transpose"(%455) <{permutation = array<i64: 2, 0, 3, 1, 4>}> : (tensor<8x250x3x4x36xf32>) -> tensor<3x8x4x250x36xf32>
    %457 = "stablehlo.slice"(%456) <{start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 4, 250, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x250x36xf32>) -> tensor<1x8x4x250x36xf32>
    %458 = "stablehlo.reshape"(%457) : (tensor<1x8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %459 = "stablehlo.slice"(%456) <{start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 8, 4, 250, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x250x36xf32>) -> tensor<1x8x4x250x36xf32>
    %460 = "stablehlo.reshape"(%459) : (tensor<1x8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %461 = "stablehlo.slice"(%456) <{start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 8, 4, 250, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x250x36xf32>) -> tensor<1x8x4x250x36xf32>
    %462 = "stablehlo.reshape"(%461) : (tensor<1x8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %464 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %465 = "stablehlo.broadcast_in_dim"(%464) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x36xf32>
    %466 = "stablehlo.multiply"(%458, %465) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %467 = "stablehlo.dot_general"(%466, %encoder.block2.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x250x36xf32>, tensor<32x36xf32>) -> tensor<8x4x250x32xf32>
    %468 = "stablehlo.multiply"(%466, %466) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %init97 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %469 = "stablehlo.reduce"(%468, %init97) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs99: tensor<f32>, %rhs100: tensor<f32>):
      %combined98 = "stablehlo.add"(%lhs99, %rhs100) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined98) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x36xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %470 = "stablehlo.reshape"(%469) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %471 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %472 = "stablehlo.broadcast_in_dim"(%471) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x1xf32>
    %473 = "stablehlo.multiply"(%470, %472) : (tensor<8x4x250x1xf32>, tensor<8x4x250x1xf32>) -> tensor<8x4x250x1xf32>
    %474 = "stablehlo.broadcast_in_dim"(%473) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x32xf32>
    %475 = "stablehlo.add"(%467, %474) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %init101 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %476 = "stablehlo.reduce"(%475, %init101) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs103: tensor<f32>, %rhs104: tensor<f32>):
      %combined102 = "stablehlo.maximum"(%lhs103, %rhs104) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined102) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x32xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %477 = "stablehlo.reshape"(%476) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %478 = "stablehlo.broadcast_in_dim"(%477) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x32xf32>
    %479 = "stablehlo.subtract"(%475, %478) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %480 = "stablehlo.exponential"(%479) : (tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %481 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %482 = "stablehlo.broadcast_in_dim"(%481) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x32xf32>
    %483 = "stablehlo.multiply"(%480, %482) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %484 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %485 = "stablehlo.broadcast_in_dim"(%484) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x36xf32>
    %486 = "stablehlo.multiply"(%460, %485) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %487 = "stablehlo.dot_general"(%486, %encoder.block2.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x250x36xf32>, tensor<32x36xf32>) -> tensor<8x4x250x32xf32>
    %488 = "stablehlo.multiply"(%486, %486) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %init105 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %489 = "stablehlo.reduce"(%488, %init105) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs107: tensor<f32>, %rhs108: tensor<f32>):
      %combined106 = "stablehlo.add"(%lhs107, %rhs108) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined106) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x36xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %490 = "stablehlo.reshape"(%489) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %491 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %492 = "stablehlo.broadcast_in_dim"(%491) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x1xf32>
    %493 = "stablehlo.multiply"(%490, %492) : (tensor<8x4x250x1xf32>, tensor<8x4x250x1xf32>) -> tensor<8x4x250x1xf32>
    %494 = "stablehlo.broadcast_in_dim"(%493) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x32xf32>
    %495 = "stablehlo.add"(%487, %494) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %496 = "stablehlo.constant"() <{value = dense<30.0> : tensor<f32>}> : () -> tensor<f32>
    %497 = "stablehlo.broadcast_in_dim"(%496) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x32xf32>
    %498 = "stablehlo.minimum"(%495, %497) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %499 = "stablehlo.exponential"(%498) : (tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %500 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %501 = "stablehlo.broadcast_in_dim"(%500) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x32xf32>
    %502 = "stablehlo.multiply"(%499, %501) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %503 = "stablehlo.dot_general"(%483, %502) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>}> : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x250xf32>
    %504 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<250x250xi32>
    %505 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<250x250xi32>
    %506 = "stablehlo.compare"(%504, %505) <{comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<250x250xi32>, tensor<250x250xi32>) -> tensor<250x250xi1>
    %507 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %508 = "stablehlo.broadcast_in_dim"(%507) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x250xf32>
    %509 = "stablehlo.broadcast_in_dim"(%506) <{broadcast_dimensions = array<i64: 2, 3>}> : (tensor<250x250xi1>) -> tensor<8x4x250x250xi1>
    %510 = "stablehlo.select"(%509, %503, %508) : (tensor<8x4x250x250xi1>, tensor<8x4x250x250xf32>, tensor<8x4x250x250xf32>) -> tensor<8x4x250x250xf32>
    %511 = "stablehlo.dot_general"(%510, %462) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x250x250xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %init109 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %512 = "stablehlo.reduce"(%510, %init109) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs111: tensor<f32>, %rhs112: tensor<f32>):
      %combined110 = "stablehlo.add"(%lhs111, %rhs112) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined110) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x250xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %513 = "stablehlo.reshape"(%512) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %514 = "stablehlo.constant"() <{value = dense<1.0e-6> : tensor<f32>}> : () -> tensor<f32>
    %515 = "stablehlo.broadcast_in_dim"(%514) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x1xf32>
    %516 = "stablehlo.add"(%513, %515) : (tensor<8x4x250x1xf32>, tensor<8x4x250x1xf32>) -> tensor<8x4x250x1xf32>
    %517 = "stablehlo.broadcast_in_dim"(%516) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x36xf32>
    %518 = "stablehlo.divide"(%511, %517) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %519 = "stablehlo.transpose"(%518) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x4x250x36xf32>) -> tensor<8x250x4x36xf32>
    %520 = "stablehlo.reshape"(%519) : (tensor<8x250x4x36xf32>) -> tensor<8x250x144xf32>
    %523 = "stablehlo.dot_general"(%520, %encoder.block2.attention.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x144xf32>) -> tensor<8x250x144xf32>
    %524 = "stablehlo.broadcast_in_dim"(%encoder.block2.attention.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %525 = "stablehlo.add"(%523, %524) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %526 = "stablehlo.add"(%424, %525) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init113 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %529 = "stablehlo.reduce"(%526, %init113) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs115: tensor<f32>, %rhs116: tensor<f32>):
      %combined114 = "stablehlo.add"(%lhs115, %rhs116) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined114) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %530 = "stablehlo.reshape"(%529) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %531 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %532 = "stablehlo.broadcast_in_dim"(%531) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %533 = "stablehlo.multiply"(%530, %532) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %534 = "stablehlo.broadcast_in_dim"(%533) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %535 = "stablehlo.subtract"(%526, %534) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %536 = "stablehlo.multiply"(%535, %535) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init117 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %537 = "stablehlo.reduce"(%536, %init117) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs119: tensor<f32>, %rhs120: tensor<f32>):
      %combined118 = "stablehlo.add"(%lhs119, %rhs120) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined118) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %538 = "stablehlo.reshape"(%537) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %539 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %540 = "stablehlo.broadcast_in_dim"(%539) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %541 = "stablehlo.multiply"(%538, %540) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %542 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %543 = "stablehlo.broadcast_in_dim"(%542) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %544 = "stablehlo.add"(%541, %543) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %545 = "stablehlo.rsqrt"(%544) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %546 = "stablehlo.broadcast_in_dim"(%545) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %547 = "stablehlo.multiply"(%535, %546) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %548 = "stablehlo.broadcast_in_dim"(%encoder.block2.conv.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %549 = "stablehlo.multiply"(%547, %548) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %550 = "stablehlo.broadcast_in_dim"(%encoder.block2.conv.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %551 = "stablehlo.add"(%549, %550) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %554 = "stablehlo.dot_general"(%551, %encoder.block2.conv.pointwise_in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x288xf32>) -> tensor<8x250x288xf32>
    %555 = "stablehlo.broadcast_in_dim"(%encoder.block2.conv.pointwise_in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x250x288xf32>
    %556 = "stablehlo.add"(%554, %555) : (tensor<8x250x288xf32>, tensor<8x250x288xf32>) -> tensor<8x250x288xf32>
    %557 = "stablehlo.slice"(%556) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 250, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x250x288xf32>) -> tensor<8x250x144xf32>
    %558 = "stablehlo.slice"(%556) <{start_indices = array<i64: 0, 0, 144>, limit_indices = array<i64: 8, 250, 288>, strides = array<i64: 1, 1, 1>}> : (tensor<8x250x288xf32>) -> tensor<8x250x144xf32>
    %559 = "stablehlo.logistic"(%558) : (tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %560 = "stablehlo.multiply"(%557, %559) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %561 = "stablehlo.convert"(%17) : (tensor<8x250xi1>) -> tensor<8x250xf32>
    %562 = "stablehlo.reshape"(%561) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %563 = "stablehlo.broadcast_in_dim"(%562) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %564 = "stablehlo.multiply"(%560, %563) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %567 = "stablehlo.convolution"(%564, %encoder.block2.conv.depthwise.w) <{batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, f]x[0, i, o]->[b, 0, f]>, feature_group_count = 144 : i64, lhs_dilation = array<i64: 1>, padding = dense<[[14, 0]]> : tensor<1x2xi64>, rhs_dilation = array<i64: 1>, window_strides = array<i64: 1>}> : (tensor<8x250x144xf32>, tensor<15x1x144xf32>) -> tensor<8x250x144xf32>
    %568 = "stablehlo.broadcast_in_dim"(%encoder.block2.conv.depthwise.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %569 = "stablehlo.add"(%567, %568) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init121 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %572 = "stablehlo.reduce"(%569, %init121) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs123: tensor<f32>, %rhs124: tensor<f32>):
      %combined122 = "stablehlo.add"(%lhs123, %rhs124) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined122) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %573 = "stablehlo.reshape"(%572) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %574 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %575 = "stablehlo.broadcast_in_dim"(%574) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %576 = "stablehlo.multiply"(%573, %575) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %577 = "stablehlo.broadcast_in_dim"(%576) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %578 = "stablehlo.subtract"(%569, %577) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %579 = "stablehlo.multiply"(%578, %578) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init125 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %580 = "stablehlo.reduce"(%579, %init125) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs127: tensor<f32>, %rhs128: tensor<f32>):
      %combined126 = "stablehlo.add"(%lhs127, %rhs128) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined126) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %581 = "stablehlo.reshape"(%580) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %582 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %583 = "stablehlo.broadcast_in_dim"(%582) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %584 = "stablehlo.multiply"(%581, %583) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %585 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %586 = "stablehlo.broadcast_in_dim"(%585) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %587 = "stablehlo.add"(%584, %586) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %588 = "stablehlo.rsqrt"(%587) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %589 = "stablehlo.broadcast_in_dim"(%588) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %590 = "stablehlo.multiply"(%578, %589) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %591 = "stablehlo.broadcast_in_dim"(%encoder.block2.conv.depthwise_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %592 = "stablehlo.multiply"(%590, %591) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %593 = "stablehlo.broadcast_in_dim"(%encoder.block2.conv.depthwise_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %594 = "stablehlo.add"(%592, %593) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %595 = "stablehlo.logistic"(%594) : (tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %596 = "stablehlo.multiply"(%594, %595) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %599 = "stablehlo.dot_general"(%596, %encoder.block2.conv.pointwise_out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x144xf32>) -> tensor<8x250x144xf32>
    %600 = "stablehlo.broadcast_in_dim"(%encoder.block2.conv.pointwise_out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %601 = "stablehlo.add"(%599, %600) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %602 = "stablehlo.add"(%526, %601) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init129 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %605 = "stablehlo.reduce"(%602, %init129) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs131: tensor<f32>, %rhs132: tensor<f32>):
      %combined130 = "stablehlo.add"(%lhs131, %rhs132) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined130) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %606 = "stablehlo.reshape"(%605) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %607 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %608 = "stablehlo.broadcast_in_dim"(%607) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %609 = "stablehlo.multiply"(%606, %608) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %610 = "stablehlo.broadcast_in_dim"(%609) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %611 = "stablehlo.subtract"(%602, %610) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %612 = "stablehlo.multiply"(%611, %611) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init133 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %613 = "stablehlo.reduce"(%612, %init133) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs135: tensor<f32>, %rhs136: tensor<f32>):
      %combined134 = "stablehlo.add"(%lhs135, %rhs136) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined134) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %614 = "stablehlo.reshape"(%613) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %615 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %616 = "stablehlo.broadcast_in_dim"(%615) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %617 = "stablehlo.multiply"(%614, %616) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %618 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %619 = "stablehlo.broadcast_in_dim"(%618) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %620 = "stablehlo.add"(%617, %619) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %621 = "stablehlo.rsqrt"(%620) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %622 = "stablehlo.broadcast_in_dim"(%621) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %623 = "stablehlo.multiply"(%611, %622) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %624 = "stablehlo.broadcast_in_dim"(%encoder.block2.ffn2.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %625 = "stablehlo.multiply"(%623, %624) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %626 = "stablehlo.broadcast_in_dim"(%encoder.block2.ffn2.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %627 = "stablehlo.add"(%625, %626) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %630 = "stablehlo.dot_general"(%627, %encoder.block2.ffn2.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x576xf32>) -> tensor<8x250x576xf32>
    %631 = "stablehlo.broadcast_in_dim"(%encoder.block2.ffn2.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x250x576xf32>
    %632 = "stablehlo.add"(%630, %631) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %633 = "stablehlo.logistic"(%632) : (tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %634 = "stablehlo.multiply"(%632, %633) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %637 = "stablehlo.dot_general"(%634, %encoder.block2.ffn2.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x576xf32>, tensor<576x144xf32>) -> tensor<8x250x144xf32>
    %638 = "stablehlo.broadcast_in_dim"(%encoder.block2.ffn2.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %639 = "stablehlo.add"(%637, %638) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %640 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %641 = "stablehlo.broadcast_in_dim"(%640) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x144xf32>
    %642 = "stablehlo.multiply"(%639, %641) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %643 = "stablehlo.add"(%602, %642) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init137 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %646 = "stablehlo.reduce"(%643, %init137) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs139: tensor<f32>, %rhs140: tensor<f32>):
      %combined138 = "stablehlo.add"(%lhs139, %rhs140) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined138) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %647 = "stablehlo.reshape"(%646) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %648 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %649 = "stablehlo.broadcast_in_dim"(%648) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %650 = "stablehlo.multiply"(%647, %649) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %651 = "stablehlo.broadcast_in_dim"(%650) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %652 = "stablehlo.subtract"(%643, %651) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %653 = "stablehlo.multiply"(%652, %652) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init141 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %654 = "stablehlo.reduce"(%653, %init141) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs143: tensor<f32>, %rhs144: tensor<f32>):
      %combined142 = "stablehlo.add"(%lhs143, %rhs144) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined142) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %655 = "stablehlo.reshape"(%654) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %656 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %657 = "stablehlo.broadcast_in_dim"(%656) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %658 = "stablehlo.multiply"(%655, %657) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %659 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %660 = "stablehlo.broadcast_in_dim"(%659) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %661 = "stablehlo.add"(%658, %660) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %662 = "stablehlo.rsqrt"(%661) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %663 = "stablehlo.broadcast_in_dim"(%662) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %664 = "stablehlo.multiply"(%652, %663) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %665 = "stablehlo.broadcast_in_dim"(%encoder.block2.final_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %666 = "stablehlo.multiply"(%664, %665) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %667 = "stablehlo.broadcast_in_dim"(%encoder.block2.final_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %668 = "stablehlo.add"(%666, %667) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init145 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %671 = "stablehlo.reduce"(%668, %init145) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs147: tensor<f32>, %rhs148: tensor<f32>):
      %combined146 = "stablehlo.add"(%lhs147, %rhs148) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined146) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %672 = "stablehlo.reshape"(%671) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %673 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %674 = "stablehlo.broadcast_in_dim"(%673) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %675 = "stablehlo.multiply"(%672, %674) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %676 = "stablehlo.broadcast_in_dim"(%675) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %677 = "stablehlo.subtract"(%668, %676) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %678 = "stablehlo.multiply"(%677, %677) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init149 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %679 = "stablehlo.reduce"(%678, %init149) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs151: tensor<f32>, %rhs152: tensor<f32>):
      %combined150 = "stablehlo.add"(%lhs151, %rhs152) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined150) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %680 = "stablehlo.reshape"(%679) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %681 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %682 = "stablehlo.broadcast_in_dim"(%681) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %683 = "stablehlo.multiply"(%680, %682) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %684 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %685 = "stablehlo.broadcast_in_dim"(%684) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %686 = "stablehlo.add"(%683, %685) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %687 = "stablehlo.rsqrt"(%686) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %688 = "stablehlo.broadcast_in_dim"(%687) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %689 = "stablehlo.multiply"(%677, %688) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %690 = "stablehlo.broadcast_in_dim"(%encoder.block3.ffn1.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %691 = "stablehlo.multiply"(%689, %690) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %692 = "stablehlo.broadcast_in_dim"(%encoder.block3.ffn1.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %693 = "stablehlo.add"(%691, %692) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %696 = "stablehlo.dot_general"(%693, %encoder.block3.ffn1.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x576xf32>) -> tensor<8x250x576xf32>
    %697 = "stablehlo.broadcast_in_dim"(%encoder.block3.ffn1.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x250x576xf32>
    %698 = "stablehlo.add"(%696, %697) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %699 = "stablehlo.logistic"(%698) : (tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %700 = "stablehlo.multiply"(%698, %699) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %703 = "stablehlo.dot_general"(%700, %encoder.block3.ffn1.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x576xf32>, tensor<576x144xf32>) -> tensor<8x250x144xf32>
    %704 = "stablehlo.broadcast_in_dim"(%encoder.block3.ffn1.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %705 = "stablehlo.add"(%703, %704) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %706 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %707 = "stablehlo.broadcast_in_dim"(%706) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x144xf32>
    %708 = "stablehlo.multiply"(%705, %707) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %709 = "stablehlo.add"(%668, %708) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init153 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %712 = "stablehlo.reduce"(%709, %init153) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs155: tensor<f32>, %rhs156: tensor<f32>):
      %combined154 = "stablehlo.add"(%lhs155, %rhs156) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined154) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %713 = "stablehlo.reshape"(%712) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %714 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %715 = "stablehlo.broadcast_in_dim"(%714) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %716 = "stablehlo.multiply"(%713, %715) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %717 = "stablehlo.broadcast_in_dim"(%716) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %718 = "stablehlo.subtract"(%709, %717) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %719 = "stablehlo.multiply"(%718, %718) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init157 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %720 = "stablehlo.reduce"(%719, %init157) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs159: tensor<f32>, %rhs160: tensor<f32>):
      %combined158 = "stablehlo.add"(%lhs159, %rhs160) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined158) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %721 = "stablehlo.reshape"(%720) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %722 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %723 = "stablehlo.broadcast_in_dim"(%722) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %724 = "stablehlo.multiply"(%721, %723) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %725 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %726 = "stablehlo.broadcast_in_dim"(%725) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %727 = "stablehlo.add"(%724, %726) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %728 = "stablehlo.rsqrt"(%727) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %729 = "stablehlo.broadcast_in_dim"(%728) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %730 = "stablehlo.multiply"(%718, %729) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %731 = "stablehlo.broadcast_in_dim"(%encoder.block3.attention.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %732 = "stablehlo.multiply"(%730, %731) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %733 = "stablehlo.broadcast_in_dim"(%encoder.block3.attention.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %734 = "stablehlo.add"(%732, %733) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %737 = "stablehlo.dot_general"(%734, %encoder.block3.attention.qkv.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x432xf32>) -> tensor<8x250x432xf32>
    %738 = "stablehlo.broadcast_in_dim"(%encoder.block3.attention.qkv.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<432xf32>) -> tensor<8x250x432xf32>
    %739 = "stablehlo.add"(%737, %738) : (tensor<8x250x432xf32>, tensor<8x250x432xf32>) -> tensor<8x250x432xf32>
    %740 = "stablehlo.reshape"(%739) : (tensor<8x250x432xf32>) -> tensor<8x250x3x4x36xf32>
    %741 = "stablehlo.transpose"(%740) <{permutation = array<i64: 2, 0, 3, 1, 4>}> : (tensor<8x250x3x4x36xf32>) -> tensor<3x8x4x250x36xf32>
    %742 = "stablehlo.slice"(%741) <{start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 4, 250, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x250x36xf32>) -> tensor<1x8x4x250x36xf32>
    %743 = "stablehlo.reshape"(%742) : (tensor<1x8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %744 = "stablehlo.slice"(%741) <{start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 8, 4, 250, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x250x36xf32>) -> tensor<1x8x4x250x36xf32>
    %745 = "stablehlo.reshape"(%744) : (tensor<1x8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %746 = "stablehlo.slice"(%741) <{start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 8, 4, 250, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x250x36xf32>) -> tensor<1x8x4x250x36xf32>
    %747 = "stablehlo.reshape"(%746) : (tensor<1x8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %749 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %750 = "stablehlo.broadcast_in_dim"(%749) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x36xf32>
    %751 = "stablehlo.multiply"(%743, %750) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %752 = "stablehlo.dot_general"(%751, %encoder.block3.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x250x36xf32>, tensor<32x36xf32>) -> tensor<8x4x250x32xf32>
    %753 = "stablehlo.multiply"(%751, %751) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %init161 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %754 = "stablehlo.reduce"(%753, %init161) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs163: tensor<f32>, %rhs164: tensor<f32>):
      %combined162 = "stablehlo.add"(%lhs163, %rhs164) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined162) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x36xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %755 = "stablehlo.reshape"(%754) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %756 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %757 = "stablehlo.broadcast_in_dim"(%756) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x1xf32>
    %758 = "stablehlo.multiply"(%755, %757) : (tensor<8x4x250x1xf32>, tensor<8x4x250x1xf32>) -> tensor<8x4x250x1xf32>
    %759 = "stablehlo.broadcast_in_dim"(%758) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x32xf32>
    %760 = "stablehlo.add"(%752, %759) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %init165 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %761 = "stablehlo.reduce"(%760, %init165) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs167: tensor<f32>, %rhs168: tensor<f32>):
      %combined166 = "stablehlo.maximum"(%lhs167, %rhs168) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined166) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x32xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %762 = "stablehlo.reshape"(%761) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %763 = "stablehlo.broadcast_in_dim"(%762) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x32xf32>
    %764 = "stablehlo.subtract"(%760, %763) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %765 = "stablehlo.exponential"(%764) : (tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %766 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %767 = "stablehlo.broadcast_in_dim"(%766) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x32xf32>
    %768 = "stablehlo.multiply"(%765, %767) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %769 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %770 = "stablehlo.broadcast_in_dim"(%769) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x36xf32>
    %771 = "stablehlo.multiply"(%745, %770) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %772 = "stablehlo.dot_general"(%771, %encoder.block3.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x250x36xf32>, tensor<32x36xf32>) -> tensor<8x4x250x32xf32>
    %773 = "stablehlo.multiply"(%771, %771) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %init169 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %774 = "stablehlo.reduce"(%773, %init169) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs171: tensor<f32>, %rhs172: tensor<f32>):
      %combined170 = "stablehlo.add"(%lhs171, %rhs172) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined170) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x36xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %775 = "stablehlo.reshape"(%774) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %776 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %777 = "stablehlo.broadcast_in_dim"(%776) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x1xf32>
    %778 = "stablehlo.multiply"(%775, %777) : (tensor<8x4x250x1xf32>, tensor<8x4x250x1xf32>) -> tensor<8x4x250x1xf32>
    %779 = "stablehlo.broadcast_in_dim"(%778) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x32xf32>
    %780 = "stablehlo.add"(%772, %779) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %781 = "stablehlo.constant"() <{value = dense<30.0> : tensor<f32>}> : () -> tensor<f32>
    %782 = "stablehlo.broadcast_in_dim"(%781) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x32xf32>
    %783 = "stablehlo.minimum"(%780, %782) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %784 = "stablehlo.exponential"(%783) : (tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %785 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %786 = "stablehlo.broadcast_in_dim"(%785) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x32xf32>
    %787 = "stablehlo.multiply"(%784, %786) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %788 = "stablehlo.dot_general"(%768, %787) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>}> : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x250xf32>
    %789 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<250x250xi32>
    %790 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<250x250xi32>
    %791 = "stablehlo.compare"(%789, %790) <{comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<250x250xi32>, tensor<250x250xi32>) -> tensor<250x250xi1>
    %792 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %793 = "stablehlo.broadcast_in_dim"(%792) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x250xf32>
    %794 = "stablehlo.broadcast_in_dim"(%791) <{broadcast_dimensions = array<i64: 2, 3>}> : (tensor<250x250xi1>) -> tensor<8x4x250x250xi1>
    %795 = "stablehlo.select"(%794, %788, %793) : (tensor<8x4x250x250xi1>, tensor<8x4x250x250xf32>, tensor<8x4x250x250xf32>) -> tensor<8x4x250x250xf32>
    %796 = "stablehlo.dot_general"(%795, %747) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x250x250xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %init173 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %797 = "stablehlo.reduce"(%795, %init173) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs175: tensor<f32>, %rhs176: tensor<f32>):
      %combined174 = "stablehlo.add"(%lhs175, %rhs176) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined174) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x250xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %798 = "stablehlo.reshape"(%797) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %799 = "stablehlo.constant"() <{value = dense<1.0e-6> : tensor<f32>}> : () -> tensor<f32>
    %800 = "stablehlo.broadcast_in_dim"(%799) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x1xf32>
    %801 = "stablehlo.add"(%798, %800) : (tensor<8x4x250x1xf32>, tensor<8x4x250x1xf32>) -> tensor<8x4x250x1xf32>
    %802 = "stablehlo.broadcast_in_dim"(%801) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x36xf32>
    %803 = "stablehlo.divide"(%796, %802) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %804 = "stablehlo.transpose"(%803) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x4x250x36xf32>) -> tensor<8x250x4x36xf32>
    %805 = "stablehlo.reshape"(%804) : (tensor<8x250x4x36xf32>) -> tensor<8x250x144xf32>
    %808 = "stablehlo.dot_general"(%805, %encoder.block3.attention.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x144xf32>) -> tensor<8x250x144xf32>
    %809 = "stablehlo.broadcast_in_dim"(%encoder.block3.attention.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %810 = "stablehlo.add"(%808, %809) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %811 = "stablehlo.add"(%709, %810) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init177 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %814 = "stablehlo.reduce"(%811, %init177) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs179: tensor<f32>, %rhs180: tensor<f32>):
      %combined178 = "stablehlo.add"(%lhs179, %rhs180) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined178) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %815 = "stablehlo.reshape"(%814) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %816 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %817 = "stablehlo.broadcast_in_dim"(%816) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %818 = "stablehlo.multiply"(%815, %817) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %819 = "stablehlo.broadcast_in_dim"(%818) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %820 = "stablehlo.subtract"(%811, %819) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %821 = "stablehlo.multiply"(%820, %820) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init181 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %822 = "stablehlo.reduce"(%821, %init181) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs183: tensor<f32>, %rhs184: tensor<f32>):
      %combined182 = "stablehlo.add"(%lhs183, %rhs184) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined182) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %823 = "stablehlo.reshape"(%822) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %824 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %825 = "stablehlo.broadcast_in_dim"(%824) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %826 = "stablehlo.multiply"(%823, %825) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %827 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %828 = "stablehlo.broadcast_in_dim"(%827) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %829 = "stablehlo.add"(%826, %828) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %830 = "stablehlo.rsqrt"(%829) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %831 = "stablehlo.broadcast_in_dim"(%830) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %832 = "stablehlo.multiply"(%820, %831) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %833 = "stablehlo.broadcast_in_dim"(%encoder.block3.conv.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %834 = "stablehlo.multiply"(%832, %833) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %835 = "stablehlo.broadcast_in_dim"(%encoder.block3.conv.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %836 = "stablehlo.add"(%834, %835) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %839 = "stablehlo.dot_general"(%836, %encoder.block3.conv.pointwise_in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x288xf32>) -> tensor<8x250x288xf32>
    %840 = "stablehlo.broadcast_in_dim"(%encoder.block3.conv.pointwise_in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x250x288xf32>
    %841 = "stablehlo.add"(%839, %840) : (tensor<8x250x288xf32>, tensor<8x250x288xf32>) -> tensor<8x250x288xf32>
    %842 = "stablehlo.slice"(%841) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 250, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x250x288xf32>) -> tensor<8x250x144xf32>
    %843 = "stablehlo.slice"(%841) <{start_indices = array<i64: 0, 0, 144>, limit_indices = array<i64: 8, 250, 288>, strides = array<i64: 1, 1, 1>}> : (tensor<8x250x288xf32>) -> tensor<8x250x144xf32>
    %844 = "stablehlo.logistic"(%843) : (tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %845 = "stablehlo.multiply"(%842, %844) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %846 = "stablehlo.convert"(%17) : (tensor<8x250xi1>) -> tensor<8x250xf32>
    %847 = "stablehlo.reshape"(%846) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %848 = "stablehlo.broadcast_in_dim"(%847) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %849 = "stablehlo.multiply"(%845, %848) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %852 = "stablehlo.convolution"(%849, %encoder.block3.conv.depthwise.w) <{batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, f]x[0, i, o]->[b, 0, f]>, feature_group_count = 144 : i64, lhs_dilation = array<i64: 1>, padding = dense<[[14, 0]]> : tensor<1x2xi64>, rhs_dilation = array<i64: 1>, window_strides = array<i64: 1>}> : (tensor<8x250x144xf32>, tensor<15x1x144xf32>) -> tensor<8x250x144xf32>
    %853 = "stablehlo.broadcast_in_dim"(%encoder.block3.conv.depthwise.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %854 = "stablehlo.add"(%852, %853) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init185 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %857 = "stablehlo.reduce"(%854, %init185) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs187: tensor<f32>, %rhs188: tensor<f32>):
      %combined186 = "stablehlo.add"(%lhs187, %rhs188) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined186) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %858 = "stablehlo.reshape"(%857) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %859 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %860 = "stablehlo.broadcast_in_dim"(%859) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %861 = "stablehlo.multiply"(%858, %860) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %862 = "stablehlo.broadcast_in_dim"(%861) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %863 = "stablehlo.subtract"(%854, %862) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %864 = "stablehlo.multiply"(%863, %863) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init189 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %865 = "stablehlo.reduce"(%864, %init189) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs191: tensor<f32>, %rhs192: tensor<f32>):
      %combined190 = "stablehlo.add"(%lhs191, %rhs192) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined190) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %866 = "stablehlo.reshape"(%865) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %867 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %868 = "stablehlo.broadcast_in_dim"(%867) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %869 = "stablehlo.multiply"(%866, %868) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %870 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %871 = "stablehlo.broadcast_in_dim"(%870) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %872 = "stablehlo.add"(%869, %871) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %873 = "stablehlo.rsqrt"(%872) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %874 = "stablehlo.broadcast_in_dim"(%873) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %875 = "stablehlo.multiply"(%863, %874) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %876 = "stablehlo.broadcast_in_dim"(%encoder.block3.conv.depthwise_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %877 = "stablehlo.multiply"(%875, %876) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %878 = "stablehlo.broadcast_in_dim"(%encoder.block3.conv.depthwise_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %879 = "stablehlo.add"(%877, %878) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %880 = "stablehlo.logistic"(%879) : (tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %881 = "stablehlo.multiply"(%879, %880) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %884 = "stablehlo.dot_general"(%881, %encoder.block3.conv.pointwise_out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x144xf32>) -> tensor<8x250x144xf32>
    %885 = "stablehlo.broadcast_in_dim"(%encoder.block3.conv.pointwise_out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %886 = "stablehlo.add"(%884, %885) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %887 = "stablehlo.add"(%811, %886) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init193 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %890 = "stablehlo.reduce"(%887, %init193) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs195: tensor<f32>, %rhs196: tensor<f32>):
      %combined194 = "stablehlo.add"(%lhs195, %rhs196) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined194) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %891 = "stablehlo.reshape"(%890) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %892 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %893 = "stablehlo.broadcast_in_dim"(%892) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %894 = "stablehlo.multiply"(%891, %893) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %895 = "stablehlo.broadcast_in_dim"(%894) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %896 = "stablehlo.subtract"(%887, %895) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %897 = "stablehlo.multiply"(%896, %896) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init197 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %898 = "stablehlo.reduce"(%897, %init197) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs199: tensor<f32>, %rhs200: tensor<f32>):
      %combined198 = "stablehlo.add"(%lhs199, %rhs200) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined198) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %899 = "stablehlo.reshape"(%898) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %900 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %901 = "stablehlo.broadcast_in_dim"(%900) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %902 = "stablehlo.multiply"(%899, %901) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %903 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %904 = "stablehlo.broadcast_in_dim"(%903) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %905 = "stablehlo.add"(%902, %904) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %906 = "stablehlo.rsqrt"(%905) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %907 = "stablehlo.broadcast_in_dim"(%906) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %908 = "stablehlo.multiply"(%896, %907) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %909 = "stablehlo.broadcast_in_dim"(%encoder.block3.ffn2.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %910 = "stablehlo.multiply"(%908, %909) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %911 = "stablehlo.broadcast_in_dim"(%encoder.block3.ffn2.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %912 = "stablehlo.add"(%910, %911) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %915 = "stablehlo.dot_general"(%912, %encoder.block3.ffn2.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x576xf32>) -> tensor<8x250x576xf32>
    %916 = "stablehlo.broadcast_in_dim"(%encoder.block3.ffn2.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x250x576xf32>
    %917 = "stablehlo.add"(%915, %916) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %918 = "stablehlo.logistic"(%917) : (tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %919 = "stablehlo.multiply"(%917, %918) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %922 = "stablehlo.dot_general"(%919, %encoder.block3.ffn2.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x576xf32>, tensor<576x144xf32>) -> tensor<8x250x144xf32>
    %923 = "stablehlo.broadcast_in_dim"(%encoder.block3.ffn2.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %924 = "stablehlo.add"(%922, %923) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %925 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %926 = "stablehlo.broadcast_in_dim"(%925) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x144xf32>
    %927 = "stablehlo.multiply"(%924, %926) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %928 = "stablehlo.add"(%887, %927) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init201 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %931 = "stablehlo.reduce"(%928, %init201) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs203: tensor<f32>, %rhs204: tensor<f32>):
      %combined202 = "stablehlo.add"(%lhs203, %rhs204) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined202) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %932 = "stablehlo.reshape"(%931) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %933 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %934 = "stablehlo.broadcast_in_dim"(%933) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %935 = "stablehlo.multiply"(%932, %934) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %936 = "stablehlo.broadcast_in_dim"(%935) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %937 = "stablehlo.subtract"(%928, %936) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %938 = "stablehlo.multiply"(%937, %937) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init205 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %939 = "stablehlo.reduce"(%938, %init205) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs207: tensor<f32>, %rhs208: tensor<f32>):
      %combined206 = "stablehlo.add"(%lhs207, %rhs208) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined206) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %940 = "stablehlo.reshape"(%939) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %941 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %942 = "stablehlo.broadcast_in_dim"(%941) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %943 = "stablehlo.multiply"(%940, %942) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %944 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %945 = "stablehlo.broadcast_in_dim"(%944) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %946 = "stablehlo.add"(%943, %945) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %947 = "stablehlo.rsqrt"(%946) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %948 = "stablehlo.broadcast_in_dim"(%947) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %949 = "stablehlo.multiply"(%937, %948) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %950 = "stablehlo.broadcast_in_dim"(%encoder.block3.final_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %951 = "stablehlo.multiply"(%949, %950) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %952 = "stablehlo.broadcast_in_dim"(%encoder.block3.final_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %953 = "stablehlo.add"(%951, %952) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init209 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %956 = "stablehlo.reduce"(%953, %init209) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs211: tensor<f32>, %rhs212: tensor<f32>):
      %combined210 = "stablehlo.add"(%lhs211, %rhs212) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined210) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %957 = "stablehlo.reshape"(%956) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %958 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %959 = "stablehlo.broadcast_in_dim"(%958) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %960 = "stablehlo.multiply"(%957, %959) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %961 = "stablehlo.broadcast_in_dim"(%960) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %962 = "stablehlo.subtract"(%953, %961) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %963 = "stablehlo.multiply"(%962, %962) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init213 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %964 = "stablehlo.reduce"(%963, %init213) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs215: tensor<f32>, %rhs216: tensor<f32>):
      %combined214 = "stablehlo.add"(%lhs215, %rhs216) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined214) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %965 = "stablehlo.reshape"(%964) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %966 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %967 = "stablehlo.broadcast_in_dim"(%966) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %968 = "stablehlo.multiply"(%965, %967) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %969 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %970 = "stablehlo.broadcast_in_dim"(%969) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %971 = "stablehlo.add"(%968, %970) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %972 = "stablehlo.rsqrt"(%971) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %973 = "stablehlo.broadcast_in_dim"(%972) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %974 = "stablehlo.multiply"(%962, %973) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %975 = "stablehlo.broadcast_in_dim"(%encoder.block4.ffn1.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %976 = "stablehlo.multiply"(%974, %975) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %977 = "stablehlo.broadcast_in_dim"(%encoder.block4.ffn1.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %978 = "stablehlo.add"(%976, %977) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %981 = "stablehlo.dot_general"(%978, %encoder.block4.ffn1.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x576xf32>) -> tensor<8x250x576xf32>
    %982 = "stablehlo.broadcast_in_dim"(%encoder.block4.ffn1.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x250x576xf32>
    %983 = "stablehlo.add"(%981, %982) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %984 = "stablehlo.logistic"(%983) : (tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %985 = "stablehlo.multiply"(%983, %984) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %988 = "stablehlo.dot_general"(%985, %encoder.block4.ffn1.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x576xf32>, tensor<576x144xf32>) -> tensor<8x250x144xf32>
    %989 = "stablehlo.broadcast_in_dim"(%encoder.block4.ffn1.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %990 = "stablehlo.add"(%988, %989) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %991 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %992 = "stablehlo.broadcast_in_dim"(%991) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x144xf32>
    %993 = "stablehlo.multiply"(%990, %992) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %994 = "stablehlo.add"(%953, %993) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init217 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %997 = "stablehlo.reduce"(%994, %init217) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs219: tensor<f32>, %rhs220: tensor<f32>):
      %combined218 = "stablehlo.add"(%lhs219, %rhs220) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined218) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %998 = "stablehlo.reshape"(%997) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %999 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1000 = "stablehlo.broadcast_in_dim"(%999) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1001 = "stablehlo.multiply"(%998, %1000) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1002 = "stablehlo.broadcast_in_dim"(%1001) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1003 = "stablehlo.subtract"(%994, %1002) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1004 = "stablehlo.multiply"(%1003, %1003) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init221 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1005 = "stablehlo.reduce"(%1004, %init221) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs223: tensor<f32>, %rhs224: tensor<f32>):
      %combined222 = "stablehlo.add"(%lhs223, %rhs224) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined222) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1006 = "stablehlo.reshape"(%1005) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1007 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1008 = "stablehlo.broadcast_in_dim"(%1007) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1009 = "stablehlo.multiply"(%1006, %1008) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1010 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1011 = "stablehlo.broadcast_in_dim"(%1010) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1012 = "stablehlo.add"(%1009, %1011) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1013 = "stablehlo.rsqrt"(%1012) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1014 = "stablehlo.broadcast_in_dim"(%1013) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1015 = "stablehlo.multiply"(%1003, %1014) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1016 = "stablehlo.broadcast_in_dim"(%encoder.block4.attention.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1017 = "stablehlo.multiply"(%1015, %1016) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1018 = "stablehlo.broadcast_in_dim"(%encoder.block4.attention.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1019 = "stablehlo.add"(%1017, %1018) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1022 = "stablehlo.dot_general"(%1019, %encoder.block4.attention.qkv.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x432xf32>) -> tensor<8x250x432xf32>
    %1023 = "stablehlo.broadcast_in_dim"(%encoder.block4.attention.qkv.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<432xf32>) -> tensor<8x250x432xf32>
    %1024 = "stablehlo.add"(%1022, %1023) : (tensor<8x250x432xf32>, tensor<8x250x432xf32>) -> tensor<8x250x432xf32>
    %1025 = "stablehlo.reshape"(%1024) : (tensor<8x250x432xf32>) -> tensor<8x250x3x4x36xf32>
    %1026 = "stablehlo.transpose"(%1025) <{permutation = array<i64: 2, 0, 3, 1, 4>}> : (tensor<8x250x3x4x36xf32>) -> tensor<3x8x4x250x36xf32>
    %1027 = "stablehlo.slice"(%1026) <{start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 4, 250, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x250x36xf32>) -> tensor<1x8x4x250x36xf32>
    %1028 = "stablehlo.reshape"(%1027) : (tensor<1x8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %1029 = "stablehlo.slice"(%1026) <{start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 8, 4, 250, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x250x36xf32>) -> tensor<1x8x4x250x36xf32>
    %1030 = "stablehlo.reshape"(%1029) : (tensor<1x8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %1031 = "stablehlo.slice"(%1026) <{start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 8, 4, 250, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x250x36xf32>) -> tensor<1x8x4x250x36xf32>
    %1032 = "stablehlo.reshape"(%1031) : (tensor<1x8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %1034 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %1035 = "stablehlo.broadcast_in_dim"(%1034) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x36xf32>
    %1036 = "stablehlo.multiply"(%1028, %1035) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %1037 = "stablehlo.dot_general"(%1036, %encoder.block4.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x250x36xf32>, tensor<32x36xf32>) -> tensor<8x4x250x32xf32>
    %1038 = "stablehlo.multiply"(%1036, %1036) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %init225 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1039 = "stablehlo.reduce"(%1038, %init225) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs227: tensor<f32>, %rhs228: tensor<f32>):
      %combined226 = "stablehlo.add"(%lhs227, %rhs228) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined226) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x36xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %1040 = "stablehlo.reshape"(%1039) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %1041 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %1042 = "stablehlo.broadcast_in_dim"(%1041) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x1xf32>
    %1043 = "stablehlo.multiply"(%1040, %1042) : (tensor<8x4x250x1xf32>, tensor<8x4x250x1xf32>) -> tensor<8x4x250x1xf32>
    %1044 = "stablehlo.broadcast_in_dim"(%1043) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x32xf32>
    %1045 = "stablehlo.add"(%1037, %1044) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %init229 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1046 = "stablehlo.reduce"(%1045, %init229) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs231: tensor<f32>, %rhs232: tensor<f32>):
      %combined230 = "stablehlo.maximum"(%lhs231, %rhs232) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined230) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x32xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %1047 = "stablehlo.reshape"(%1046) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %1048 = "stablehlo.broadcast_in_dim"(%1047) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x32xf32>
    %1049 = "stablehlo.subtract"(%1045, %1048) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1050 = "stablehlo.exponential"(%1049) : (tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1051 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %1052 = "stablehlo.broadcast_in_dim"(%1051) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x32xf32>
    %1053 = "stablehlo.multiply"(%1050, %1052) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1054 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %1055 = "stablehlo.broadcast_in_dim"(%1054) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x36xf32>
    %1056 = "stablehlo.multiply"(%1030, %1055) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %1057 = "stablehlo.dot_general"(%1056, %encoder.block4.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x250x36xf32>, tensor<32x36xf32>) -> tensor<8x4x250x32xf32>
    %1058 = "stablehlo.multiply"(%1056, %1056) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %init233 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1059 = "stablehlo.reduce"(%1058, %init233) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs235: tensor<f32>, %rhs236: tensor<f32>):
      %combined234 = "stablehlo.add"(%lhs235, %rhs236) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined234) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x36xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %1060 = "stablehlo.reshape"(%1059) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %1061 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %1062 = "stablehlo.broadcast_in_dim"(%1061) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x1xf32>
    %1063 = "stablehlo.multiply"(%1060, %1062) : (tensor<8x4x250x1xf32>, tensor<8x4x250x1xf32>) -> tensor<8x4x250x1xf32>
    %1064 = "stablehlo.broadcast_in_dim"(%1063) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x32xf32>
    %1065 = "stablehlo.add"(%1057, %1064) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1066 = "stablehlo.constant"() <{value = dense<30.0> : tensor<f32>}> : () -> tensor<f32>
    %1067 = "stablehlo.broadcast_in_dim"(%1066) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x32xf32>
    %1068 = "stablehlo.minimum"(%1065, %1067) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1069 = "stablehlo.exponential"(%1068) : (tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1070 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %1071 = "stablehlo.broadcast_in_dim"(%1070) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x32xf32>
    %1072 = "stablehlo.multiply"(%1069, %1071) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1073 = "stablehlo.dot_general"(%1053, %1072) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>}> : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x250xf32>
    %1074 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<250x250xi32>
    %1075 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<250x250xi32>
    %1076 = "stablehlo.compare"(%1074, %1075) <{comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<250x250xi32>, tensor<250x250xi32>) -> tensor<250x250xi1>
    %1077 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1078 = "stablehlo.broadcast_in_dim"(%1077) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x250xf32>
    %1079 = "stablehlo.broadcast_in_dim"(%1076) <{broadcast_dimensions = array<i64: 2, 3>}> : (tensor<250x250xi1>) -> tensor<8x4x250x250xi1>
    %1080 = "stablehlo.select"(%1079, %1073, %1078) : (tensor<8x4x250x250xi1>, tensor<8x4x250x250xf32>, tensor<8x4x250x250xf32>) -> tensor<8x4x250x250xf32>
    %1081 = "stablehlo.dot_general"(%1080, %1032) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x250x250xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %init237 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1082 = "stablehlo.reduce"(%1080, %init237) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs239: tensor<f32>, %rhs240: tensor<f32>):
      %combined238 = "stablehlo.add"(%lhs239, %rhs240) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined238) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x250xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %1083 = "stablehlo.reshape"(%1082) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %1084 = "stablehlo.constant"() <{value = dense<1.0e-6> : tensor<f32>}> : () -> tensor<f32>
    %1085 = "stablehlo.broadcast_in_dim"(%1084) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x1xf32>
    %1086 = "stablehlo.add"(%1083, %1085) : (tensor<8x4x250x1xf32>, tensor<8x4x250x1xf32>) -> tensor<8x4x250x1xf32>
    %1087 = "stablehlo.broadcast_in_dim"(%1086) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x36xf32>
    %1088 = "stablehlo.divide"(%1081, %1087) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %1089 = "stablehlo.transpose"(%1088) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x4x250x36xf32>) -> tensor<8x250x4x36xf32>
    %1090 = "stablehlo.reshape"(%1089) : (tensor<8x250x4x36xf32>) -> tensor<8x250x144xf32>
    %1093 = "stablehlo.dot_general"(%1090, %encoder.block4.attention.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x144xf32>) -> tensor<8x250x144xf32>
    %1094 = "stablehlo.broadcast_in_dim"(%encoder.block4.attention.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1095 = "stablehlo.add"(%1093, %1094) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1096 = "stablehlo.add"(%994, %1095) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init241 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1099 = "stablehlo.reduce"(%1096, %init241) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs243: tensor<f32>, %rhs244: tensor<f32>):
      %combined242 = "stablehlo.add"(%lhs243, %rhs244) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined242) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1100 = "stablehlo.reshape"(%1099) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1101 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1102 = "stablehlo.broadcast_in_dim"(%1101) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1103 = "stablehlo.multiply"(%1100, %1102) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1104 = "stablehlo.broadcast_in_dim"(%1103) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1105 = "stablehlo.subtract"(%1096, %1104) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1106 = "stablehlo.multiply"(%1105, %1105) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init245 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1107 = "stablehlo.reduce"(%1106, %init245) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs247: tensor<f32>, %rhs248: tensor<f32>):
      %combined246 = "stablehlo.add"(%lhs247, %rhs248) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined246) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1108 = "stablehlo.reshape"(%1107) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1109 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1110 = "stablehlo.broadcast_in_dim"(%1109) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1111 = "stablehlo.multiply"(%1108, %1110) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1112 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1113 = "stablehlo.broadcast_in_dim"(%1112) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1114 = "stablehlo.add"(%1111, %1113) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1115 = "stablehlo.rsqrt"(%1114) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1116 = "stablehlo.broadcast_in_dim"(%1115) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1117 = "stablehlo.multiply"(%1105, %1116) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1118 = "stablehlo.broadcast_in_dim"(%encoder.block4.conv.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1119 = "stablehlo.multiply"(%1117, %1118) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1120 = "stablehlo.broadcast_in_dim"(%encoder.block4.conv.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1121 = "stablehlo.add"(%1119, %1120) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1124 = "stablehlo.dot_general"(%1121, %encoder.block4.conv.pointwise_in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x288xf32>) -> tensor<8x250x288xf32>
    %1125 = "stablehlo.broadcast_in_dim"(%encoder.block4.conv.pointwise_in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x250x288xf32>
    %1126 = "stablehlo.add"(%1124, %1125) : (tensor<8x250x288xf32>, tensor<8x250x288xf32>) -> tensor<8x250x288xf32>
    %1127 = "stablehlo.slice"(%1126) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 250, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x250x288xf32>) -> tensor<8x250x144xf32>
    %1128 = "stablehlo.slice"(%1126) <{start_indices = array<i64: 0, 0, 144>, limit_indices = array<i64: 8, 250, 288>, strides = array<i64: 1, 1, 1>}> : (tensor<8x250x288xf32>) -> tensor<8x250x144xf32>
    %1129 = "stablehlo.logistic"(%1128) : (tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1130 = "stablehlo.multiply"(%1127, %1129) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1131 = "stablehlo.convert"(%17) : (tensor<8x250xi1>) -> tensor<8x250xf32>
    %1132 = "stablehlo.reshape"(%1131) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1133 = "stablehlo.broadcast_in_dim"(%1132) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1134 = "stablehlo.multiply"(%1130, %1133) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1137 = "stablehlo.convolution"(%1134, %encoder.block4.conv.depthwise.w) <{batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, f]x[0, i, o]->[b, 0, f]>, feature_group_count = 144 : i64, lhs_dilation = array<i64: 1>, padding = dense<[[14, 0]]> : tensor<1x2xi64>, rhs_dilation = array<i64: 1>, window_strides = array<i64: 1>}> : (tensor<8x250x144xf32>, tensor<15x1x144xf32>) -> tensor<8x250x144xf32>
    %1138 = "stablehlo.broadcast_in_dim"(%encoder.block4.conv.depthwise.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1139 = "stablehlo.add"(%1137, %1138) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init249 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1142 = "stablehlo.reduce"(%1139, %init249) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs251: tensor<f32>, %rhs252: tensor<f32>):
      %combined250 = "stablehlo.add"(%lhs251, %rhs252) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined250) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1143 = "stablehlo.reshape"(%1142) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1144 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1145 = "stablehlo.broadcast_in_dim"(%1144) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1146 = "stablehlo.multiply"(%1143, %1145) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1147 = "stablehlo.broadcast_in_dim"(%1146) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1148 = "stablehlo.subtract"(%1139, %1147) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1149 = "stablehlo.multiply"(%1148, %1148) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init253 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1150 = "stablehlo.reduce"(%1149, %init253) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs255: tensor<f32>, %rhs256: tensor<f32>):
      %combined254 = "stablehlo.add"(%lhs255, %rhs256) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined254) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1151 = "stablehlo.reshape"(%1150) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1152 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1153 = "stablehlo.broadcast_in_dim"(%1152) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1154 = "stablehlo.multiply"(%1151, %1153) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1155 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1156 = "stablehlo.broadcast_in_dim"(%1155) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1157 = "stablehlo.add"(%1154, %1156) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1158 = "stablehlo.rsqrt"(%1157) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1159 = "stablehlo.broadcast_in_dim"(%1158) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1160 = "stablehlo.multiply"(%1148, %1159) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1161 = "stablehlo.broadcast_in_dim"(%encoder.block4.conv.depthwise_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1162 = "stablehlo.multiply"(%1160, %1161) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1163 = "stablehlo.broadcast_in_dim"(%encoder.block4.conv.depthwise_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1164 = "stablehlo.add"(%1162, %1163) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1165 = "stablehlo.logistic"(%1164) : (tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1166 = "stablehlo.multiply"(%1164, %1165) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1169 = "stablehlo.dot_general"(%1166, %encoder.block4.conv.pointwise_out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x144xf32>) -> tensor<8x250x144xf32>
    %1170 = "stablehlo.broadcast_in_dim"(%encoder.block4.conv.pointwise_out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1171 = "stablehlo.add"(%1169, %1170) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1172 = "stablehlo.add"(%1096, %1171) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init257 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1175 = "stablehlo.reduce"(%1172, %init257) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs259: tensor<f32>, %rhs260: tensor<f32>):
      %combined258 = "stablehlo.add"(%lhs259, %rhs260) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined258) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1176 = "stablehlo.reshape"(%1175) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1177 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1178 = "stablehlo.broadcast_in_dim"(%1177) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1179 = "stablehlo.multiply"(%1176, %1178) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1180 = "stablehlo.broadcast_in_dim"(%1179) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1181 = "stablehlo.subtract"(%1172, %1180) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1182 = "stablehlo.multiply"(%1181, %1181) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init261 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1183 = "stablehlo.reduce"(%1182, %init261) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs263: tensor<f32>, %rhs264: tensor<f32>):
      %combined262 = "stablehlo.add"(%lhs263, %rhs264) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined262) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1184 = "stablehlo.reshape"(%1183) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1185 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1186 = "stablehlo.broadcast_in_dim"(%1185) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1187 = "stablehlo.multiply"(%1184, %1186) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1188 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1189 = "stablehlo.broadcast_in_dim"(%1188) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1190 = "stablehlo.add"(%1187, %1189) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1191 = "stablehlo.rsqrt"(%1190) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1192 = "stablehlo.broadcast_in_dim"(%1191) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1193 = "stablehlo.multiply"(%1181, %1192) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1194 = "stablehlo.broadcast_in_dim"(%encoder.block4.ffn2.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1195 = "stablehlo.multiply"(%1193, %1194) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1196 = "stablehlo.broadcast_in_dim"(%encoder.block4.ffn2.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1197 = "stablehlo.add"(%1195, %1196) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1200 = "stablehlo.dot_general"(%1197, %encoder.block4.ffn2.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x576xf32>) -> tensor<8x250x576xf32>
    %1201 = "stablehlo.broadcast_in_dim"(%encoder.block4.ffn2.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x250x576xf32>
    %1202 = "stablehlo.add"(%1200, %1201) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %1203 = "stablehlo.logistic"(%1202) : (tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %1204 = "stablehlo.multiply"(%1202, %1203) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %1207 = "stablehlo.dot_general"(%1204, %encoder.block4.ffn2.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x576xf32>, tensor<576x144xf32>) -> tensor<8x250x144xf32>
    %1208 = "stablehlo.broadcast_in_dim"(%encoder.block4.ffn2.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1209 = "stablehlo.add"(%1207, %1208) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1210 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %1211 = "stablehlo.broadcast_in_dim"(%1210) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x144xf32>
    %1212 = "stablehlo.multiply"(%1209, %1211) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1213 = "stablehlo.add"(%1172, %1212) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init265 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1216 = "stablehlo.reduce"(%1213, %init265) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs267: tensor<f32>, %rhs268: tensor<f32>):
      %combined266 = "stablehlo.add"(%lhs267, %rhs268) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined266) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1217 = "stablehlo.reshape"(%1216) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1218 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1219 = "stablehlo.broadcast_in_dim"(%1218) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1220 = "stablehlo.multiply"(%1217, %1219) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1221 = "stablehlo.broadcast_in_dim"(%1220) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1222 = "stablehlo.subtract"(%1213, %1221) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1223 = "stablehlo.multiply"(%1222, %1222) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init269 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1224 = "stablehlo.reduce"(%1223, %init269) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs271: tensor<f32>, %rhs272: tensor<f32>):
      %combined270 = "stablehlo.add"(%lhs271, %rhs272) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined270) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1225 = "stablehlo.reshape"(%1224) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1226 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1227 = "stablehlo.broadcast_in_dim"(%1226) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1228 = "stablehlo.multiply"(%1225, %1227) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1229 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1230 = "stablehlo.broadcast_in_dim"(%1229) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1231 = "stablehlo.add"(%1228, %1230) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1232 = "stablehlo.rsqrt"(%1231) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1233 = "stablehlo.broadcast_in_dim"(%1232) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1234 = "stablehlo.multiply"(%1222, %1233) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1235 = "stablehlo.broadcast_in_dim"(%encoder.block4.final_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1236 = "stablehlo.multiply"(%1234, %1235) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1237 = "stablehlo.broadcast_in_dim"(%encoder.block4.final_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1238 = "stablehlo.add"(%1236, %1237) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init273 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1241 = "stablehlo.reduce"(%1238, %init273) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs275: tensor<f32>, %rhs276: tensor<f32>):
      %combined274 = "stablehlo.add"(%lhs275, %rhs276) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined274) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1242 = "stablehlo.reshape"(%1241) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1243 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1244 = "stablehlo.broadcast_in_dim"(%1243) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1245 = "stablehlo.multiply"(%1242, %1244) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1246 = "stablehlo.broadcast_in_dim"(%1245) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1247 = "stablehlo.subtract"(%1238, %1246) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1248 = "stablehlo.multiply"(%1247, %1247) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init277 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1249 = "stablehlo.reduce"(%1248, %init277) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs279: tensor<f32>, %rhs280: tensor<f32>):
      %combined278 = "stablehlo.add"(%lhs279, %rhs280) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined278) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1250 = "stablehlo.reshape"(%1249) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1251 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1252 = "stablehlo.broadcast_in_dim"(%1251) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1253 = "stablehlo.multiply"(%1250, %1252) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1254 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1255 = "stablehlo.broadcast_in_dim"(%1254) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1256 = "stablehlo.add"(%1253, %1255) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1257 = "stablehlo.rsqrt"(%1256) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1258 = "stablehlo.broadcast_in_dim"(%1257) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1259 = "stablehlo.multiply"(%1247, %1258) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1260 = "stablehlo.broadcast_in_dim"(%encoder.block5.ffn1.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1261 = "stablehlo.multiply"(%1259, %1260) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1262 = "stablehlo.broadcast_in_dim"(%encoder.block5.ffn1.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1263 = "stablehlo.add"(%1261, %1262) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1266 = "stablehlo.dot_general"(%1263, %encoder.block5.ffn1.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x576xf32>) -> tensor<8x250x576xf32>
    %1267 = "stablehlo.broadcast_in_dim"(%encoder.block5.ffn1.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x250x576xf32>
    %1268 = "stablehlo.add"(%1266, %1267) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %1269 = "stablehlo.logistic"(%1268) : (tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %1270 = "stablehlo.multiply"(%1268, %1269) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %1273 = "stablehlo.dot_general"(%1270, %encoder.block5.ffn1.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x576xf32>, tensor<576x144xf32>) -> tensor<8x250x144xf32>
    %1274 = "stablehlo.broadcast_in_dim"(%encoder.block5.ffn1.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1275 = "stablehlo.add"(%1273, %1274) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1276 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %1277 = "stablehlo.broadcast_in_dim"(%1276) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x144xf32>
    %1278 = "stablehlo.multiply"(%1275, %1277) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1279 = "stablehlo.add"(%1238, %1278) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init281 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1282 = "stablehlo.reduce"(%1279, %init281) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs283: tensor<f32>, %rhs284: tensor<f32>):
      %combined282 = "stablehlo.add"(%lhs283, %rhs284) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined282) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1283 = "stablehlo.reshape"(%1282) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1284 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1285 = "stablehlo.broadcast_in_dim"(%1284) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1286 = "stablehlo.multiply"(%1283, %1285) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1287 = "stablehlo.broadcast_in_dim"(%1286) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1288 = "stablehlo.subtract"(%1279, %1287) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1289 = "stablehlo.multiply"(%1288, %1288) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init285 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1290 = "stablehlo.reduce"(%1289, %init285) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs287: tensor<f32>, %rhs288: tensor<f32>):
      %combined286 = "stablehlo.add"(%lhs287, %rhs288) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined286) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1291 = "stablehlo.reshape"(%1290) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1292 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1293 = "stablehlo.broadcast_in_dim"(%1292) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1294 = "stablehlo.multiply"(%1291, %1293) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1295 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1296 = "stablehlo.broadcast_in_dim"(%1295) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1297 = "stablehlo.add"(%1294, %1296) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1298 = "stablehlo.rsqrt"(%1297) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1299 = "stablehlo.broadcast_in_dim"(%1298) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1300 = "stablehlo.multiply"(%1288, %1299) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1301 = "stablehlo.broadcast_in_dim"(%encoder.block5.attention.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1302 = "stablehlo.multiply"(%1300, %1301) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1303 = "stablehlo.broadcast_in_dim"(%encoder.block5.attention.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1304 = "stablehlo.add"(%1302, %1303) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1307 = "stablehlo.dot_general"(%1304, %encoder.block5.attention.qkv.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x432xf32>) -> tensor<8x250x432xf32>
    %1308 = "stablehlo.broadcast_in_dim"(%encoder.block5.attention.qkv.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<432xf32>) -> tensor<8x250x432xf32>
    %1309 = "stablehlo.add"(%1307, %1308) : (tensor<8x250x432xf32>, tensor<8x250x432xf32>) -> tensor<8x250x432xf32>
    %1310 = "stablehlo.reshape"(%1309) : (tensor<8x250x432xf32>) -> tensor<8x250x3x4x36xf32>
    %1311 = "stablehlo.transpose"(%1310) <{permutation = array<i64: 2, 0, 3, 1, 4>}> : (tensor<8x250x3x4x36xf32>) -> tensor<3x8x4x250x36xf32>
    %1312 = "stablehlo.slice"(%1311) <{start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 4, 250, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x250x36xf32>) -> tensor<1x8x4x250x36xf32>
    %1313 = "stablehlo.reshape"(%1312) : (tensor<1x8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %1314 = "stablehlo.slice"(%1311) <{start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 8, 4, 250, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x250x36xf32>) -> tensor<1x8x4x250x36xf32>
    %1315 = "stablehlo.reshape"(%1314) : (tensor<1x8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %1316 = "stablehlo.slice"(%1311) <{start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 8, 4, 250, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x250x36xf32>) -> tensor<1x8x4x250x36xf32>
    %1317 = "stablehlo.reshape"(%1316) : (tensor<1x8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %1319 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %1320 = "stablehlo.broadcast_in_dim"(%1319) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x36xf32>
    %1321 = "stablehlo.multiply"(%1313, %1320) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %1322 = "stablehlo.dot_general"(%1321, %encoder.block5.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x250x36xf32>, tensor<32x36xf32>) -> tensor<8x4x250x32xf32>
    %1323 = "stablehlo.multiply"(%1321, %1321) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %init289 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1324 = "stablehlo.reduce"(%1323, %init289) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs291: tensor<f32>, %rhs292: tensor<f32>):
      %combined290 = "stablehlo.add"(%lhs291, %rhs292) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined290) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x36xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %1325 = "stablehlo.reshape"(%1324) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %1326 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %1327 = "stablehlo.broadcast_in_dim"(%1326) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x1xf32>
    %1328 = "stablehlo.multiply"(%1325, %1327) : (tensor<8x4x250x1xf32>, tensor<8x4x250x1xf32>) -> tensor<8x4x250x1xf32>
    %1329 = "stablehlo.broadcast_in_dim"(%1328) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x32xf32>
    %1330 = "stablehlo.add"(%1322, %1329) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %init293 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1331 = "stablehlo.reduce"(%1330, %init293) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs295: tensor<f32>, %rhs296: tensor<f32>):
      %combined294 = "stablehlo.maximum"(%lhs295, %rhs296) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined294) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x32xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %1332 = "stablehlo.reshape"(%1331) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %1333 = "stablehlo.broadcast_in_dim"(%1332) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x32xf32>
    %1334 = "stablehlo.subtract"(%1330, %1333) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1335 = "stablehlo.exponential"(%1334) : (tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1336 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %1337 = "stablehlo.broadcast_in_dim"(%1336) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x32xf32>
    %1338 = "stablehlo.multiply"(%1335, %1337) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1339 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %1340 = "stablehlo.broadcast_in_dim"(%1339) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x36xf32>
    %1341 = "stablehlo.multiply"(%1315, %1340) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %1342 = "stablehlo.dot_general"(%1341, %encoder.block5.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x250x36xf32>, tensor<32x36xf32>) -> tensor<8x4x250x32xf32>
    %1343 = "stablehlo.multiply"(%1341, %1341) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %init297 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1344 = "stablehlo.reduce"(%1343, %init297) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs299: tensor<f32>, %rhs300: tensor<f32>):
      %combined298 = "stablehlo.add"(%lhs299, %rhs300) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined298) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x36xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %1345 = "stablehlo.reshape"(%1344) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %1346 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %1347 = "stablehlo.broadcast_in_dim"(%1346) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x1xf32>
    %1348 = "stablehlo.multiply"(%1345, %1347) : (tensor<8x4x250x1xf32>, tensor<8x4x250x1xf32>) -> tensor<8x4x250x1xf32>
    %1349 = "stablehlo.broadcast_in_dim"(%1348) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x32xf32>
    %1350 = "stablehlo.add"(%1342, %1349) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1351 = "stablehlo.constant"() <{value = dense<30.0> : tensor<f32>}> : () -> tensor<f32>
    %1352 = "stablehlo.broadcast_in_dim"(%1351) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x32xf32>
    %1353 = "stablehlo.minimum"(%1350, %1352) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1354 = "stablehlo.exponential"(%1353) : (tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1355 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %1356 = "stablehlo.broadcast_in_dim"(%1355) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x32xf32>
    %1357 = "stablehlo.multiply"(%1354, %1356) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1358 = "stablehlo.dot_general"(%1338, %1357) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>}> : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x250xf32>
    %1359 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<250x250xi32>
    %1360 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<250x250xi32>
    %1361 = "stablehlo.compare"(%1359, %1360) <{comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<250x250xi32>, tensor<250x250xi32>) -> tensor<250x250xi1>
    %1362 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1363 = "stablehlo.broadcast_in_dim"(%1362) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x250xf32>
    %1364 = "stablehlo.broadcast_in_dim"(%1361) <{broadcast_dimensions = array<i64: 2, 3>}> : (tensor<250x250xi1>) -> tensor<8x4x250x250xi1>
    %1365 = "stablehlo.select"(%1364, %1358, %1363) : (tensor<8x4x250x250xi1>, tensor<8x4x250x250xf32>, tensor<8x4x250x250xf32>) -> tensor<8x4x250x250xf32>
    %1366 = "stablehlo.dot_general"(%1365, %1317) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x250x250xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %init301 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1367 = "stablehlo.reduce"(%1365, %init301) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs303: tensor<f32>, %rhs304: tensor<f32>):
      %combined302 = "stablehlo.add"(%lhs303, %rhs304) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined302) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x250xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %1368 = "stablehlo.reshape"(%1367) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %1369 = "stablehlo.constant"() <{value = dense<1.0e-6> : tensor<f32>}> : () -> tensor<f32>
    %1370 = "stablehlo.broadcast_in_dim"(%1369) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x1xf32>
    %1371 = "stablehlo.add"(%1368, %1370) : (tensor<8x4x250x1xf32>, tensor<8x4x250x1xf32>) -> tensor<8x4x250x1xf32>
    %1372 = "stablehlo.broadcast_in_dim"(%1371) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x36xf32>
    %1373 = "stablehlo.divide"(%1366, %1372) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %1374 = "stablehlo.transpose"(%1373) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x4x250x36xf32>) -> tensor<8x250x4x36xf32>
    %1375 = "stablehlo.reshape"(%1374) : (tensor<8x250x4x36xf32>) -> tensor<8x250x144xf32>
    %1378 = "stablehlo.dot_general"(%1375, %encoder.block5.attention.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x144xf32>) -> tensor<8x250x144xf32>
    %1379 = "stablehlo.broadcast_in_dim"(%encoder.block5.attention.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1380 = "stablehlo.add"(%1378, %1379) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1381 = "stablehlo.add"(%1279, %1380) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init305 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1384 = "stablehlo.reduce"(%1381, %init305) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs307: tensor<f32>, %rhs308: tensor<f32>):
      %combined306 = "stablehlo.add"(%lhs307, %rhs308) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined306) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1385 = "stablehlo.reshape"(%1384) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1386 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1387 = "stablehlo.broadcast_in_dim"(%1386) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1388 = "stablehlo.multiply"(%1385, %1387) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1389 = "stablehlo.broadcast_in_dim"(%1388) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1390 = "stablehlo.subtract"(%1381, %1389) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1391 = "stablehlo.multiply"(%1390, %1390) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init309 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1392 = "stablehlo.reduce"(%1391, %init309) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs311: tensor<f32>, %rhs312: tensor<f32>):
      %combined310 = "stablehlo.add"(%lhs311, %rhs312) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined310) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1393 = "stablehlo.reshape"(%1392) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1394 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1395 = "stablehlo.broadcast_in_dim"(%1394) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1396 = "stablehlo.multiply"(%1393, %1395) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1397 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1398 = "stablehlo.broadcast_in_dim"(%1397) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1399 = "stablehlo.add"(%1396, %1398) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1400 = "stablehlo.rsqrt"(%1399) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1401 = "stablehlo.broadcast_in_dim"(%1400) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1402 = "stablehlo.multiply"(%1390, %1401) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1403 = "stablehlo.broadcast_in_dim"(%encoder.block5.conv.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1404 = "stablehlo.multiply"(%1402, %1403) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1405 = "stablehlo.broadcast_in_dim"(%encoder.block5.conv.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1406 = "stablehlo.add"(%1404, %1405) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1409 = "stablehlo.dot_general"(%1406, %encoder.block5.conv.pointwise_in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x288xf32>) -> tensor<8x250x288xf32>
    %1410 = "stablehlo.broadcast_in_dim"(%encoder.block5.conv.pointwise_in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x250x288xf32>
    %1411 = "stablehlo.add"(%1409, %1410) : (tensor<8x250x288xf32>, tensor<8x250x288xf32>) -> tensor<8x250x288xf32>
    %1412 = "stablehlo.slice"(%1411) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 250, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x250x288xf32>) -> tensor<8x250x144xf32>
    %1413 = "stablehlo.slice"(%1411) <{start_indices = array<i64: 0, 0, 144>, limit_indices = array<i64: 8, 250, 288>, strides = array<i64: 1, 1, 1>}> : (tensor<8x250x288xf32>) -> tensor<8x250x144xf32>
    %1414 = "stablehlo.logistic"(%1413) : (tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1415 = "stablehlo.multiply"(%1412, %1414) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1416 = "stablehlo.convert"(%17) : (tensor<8x250xi1>) -> tensor<8x250xf32>
    %1417 = "stablehlo.reshape"(%1416) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1418 = "stablehlo.broadcast_in_dim"(%1417) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1419 = "stablehlo.multiply"(%1415, %1418) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1422 = "stablehlo.convolution"(%1419, %encoder.block5.conv.depthwise.w) <{batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, f]x[0, i, o]->[b, 0, f]>, feature_group_count = 144 : i64, lhs_dilation = array<i64: 1>, padding = dense<[[14, 0]]> : tensor<1x2xi64>, rhs_dilation = array<i64: 1>, window_strides = array<i64: 1>}> : (tensor<8x250x144xf32>, tensor<15x1x144xf32>) -> tensor<8x250x144xf32>
    %1423 = "stablehlo.broadcast_in_dim"(%encoder.block5.conv.depthwise.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1424 = "stablehlo.add"(%1422, %1423) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init313 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1427 = "stablehlo.reduce"(%1424, %init313) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs315: tensor<f32>, %rhs316: tensor<f32>):
      %combined314 = "stablehlo.add"(%lhs315, %rhs316) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined314) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1428 = "stablehlo.reshape"(%1427) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1429 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1430 = "stablehlo.broadcast_in_dim"(%1429) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1431 = "stablehlo.multiply"(%1428, %1430) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1432 = "stablehlo.broadcast_in_dim"(%1431) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1433 = "stablehlo.subtract"(%1424, %1432) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1434 = "stablehlo.multiply"(%1433, %1433) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init317 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1435 = "stablehlo.reduce"(%1434, %init317) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs319: tensor<f32>, %rhs320: tensor<f32>):
      %combined318 = "stablehlo.add"(%lhs319, %rhs320) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined318) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1436 = "stablehlo.reshape"(%1435) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1437 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1438 = "stablehlo.broadcast_in_dim"(%1437) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1439 = "stablehlo.multiply"(%1436, %1438) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1440 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1441 = "stablehlo.broadcast_in_dim"(%1440) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1442 = "stablehlo.add"(%1439, %1441) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1443 = "stablehlo.rsqrt"(%1442) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1444 = "stablehlo.broadcast_in_dim"(%1443) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1445 = "stablehlo.multiply"(%1433, %1444) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1446 = "stablehlo.broadcast_in_dim"(%encoder.block5.conv.depthwise_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1447 = "stablehlo.multiply"(%1445, %1446) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1448 = "stablehlo.broadcast_in_dim"(%encoder.block5.conv.depthwise_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1449 = "stablehlo.add"(%1447, %1448) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1450 = "stablehlo.logistic"(%1449) : (tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1451 = "stablehlo.multiply"(%1449, %1450) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1454 = "stablehlo.dot_general"(%1451, %encoder.block5.conv.pointwise_out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x144xf32>) -> tensor<8x250x144xf32>
    %1455 = "stablehlo.broadcast_in_dim"(%encoder.block5.conv.pointwise_out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1456 = "stablehlo.add"(%1454, %1455) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1457 = "stablehlo.add"(%1381, %1456) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init321 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1460 = "stablehlo.reduce"(%1457, %init321) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs323: tensor<f32>, %rhs324: tensor<f32>):
      %combined322 = "stablehlo.add"(%lhs323, %rhs324) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined322) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1461 = "stablehlo.reshape"(%1460) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1462 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1463 = "stablehlo.broadcast_in_dim"(%1462) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1464 = "stablehlo.multiply"(%1461, %1463) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1465 = "stablehlo.broadcast_in_dim"(%1464) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1466 = "stablehlo.subtract"(%1457, %1465) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1467 = "stablehlo.multiply"(%1466, %1466) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init325 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1468 = "stablehlo.reduce"(%1467, %init325) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs327: tensor<f32>, %rhs328: tensor<f32>):
      %combined326 = "stablehlo.add"(%lhs327, %rhs328) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined326) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1469 = "stablehlo.reshape"(%1468) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1470 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1471 = "stablehlo.broadcast_in_dim"(%1470) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1472 = "stablehlo.multiply"(%1469, %1471) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1473 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1474 = "stablehlo.broadcast_in_dim"(%1473) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1475 = "stablehlo.add"(%1472, %1474) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1476 = "stablehlo.rsqrt"(%1475) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1477 = "stablehlo.broadcast_in_dim"(%1476) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1478 = "stablehlo.multiply"(%1466, %1477) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1479 = "stablehlo.broadcast_in_dim"(%encoder.block5.ffn2.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1480 = "stablehlo.multiply"(%1478, %1479) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1481 = "stablehlo.broadcast_in_dim"(%encoder.block5.ffn2.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1482 = "stablehlo.add"(%1480, %1481) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1485 = "stablehlo.dot_general"(%1482, %encoder.block5.ffn2.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x576xf32>) -> tensor<8x250x576xf32>
    %1486 = "stablehlo.broadcast_in_dim"(%encoder.block5.ffn2.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x250x576xf32>
    %1487 = "stablehlo.add"(%1485, %1486) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %1488 = "stablehlo.logistic"(%1487) : (tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %1489 = "stablehlo.multiply"(%1487, %1488) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %1492 = "stablehlo.dot_general"(%1489, %encoder.block5.ffn2.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x576xf32>, tensor<576x144xf32>) -> tensor<8x250x144xf32>
    %1493 = "stablehlo.broadcast_in_dim"(%encoder.block5.ffn2.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1494 = "stablehlo.add"(%1492, %1493) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1495 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %1496 = "stablehlo.broadcast_in_dim"(%1495) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x144xf32>
    %1497 = "stablehlo.multiply"(%1494, %1496) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1498 = "stablehlo.add"(%1457, %1497) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init329 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1501 = "stablehlo.reduce"(%1498, %init329) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs331: tensor<f32>, %rhs332: tensor<f32>):
      %combined330 = "stablehlo.add"(%lhs331, %rhs332) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined330) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1502 = "stablehlo.reshape"(%1501) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1503 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1504 = "stablehlo.broadcast_in_dim"(%1503) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1505 = "stablehlo.multiply"(%1502, %1504) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1506 = "stablehlo.broadcast_in_dim"(%1505) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1507 = "stablehlo.subtract"(%1498, %1506) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1508 = "stablehlo.multiply"(%1507, %1507) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init333 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1509 = "stablehlo.reduce"(%1508, %init333) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs335: tensor<f32>, %rhs336: tensor<f32>):
      %combined334 = "stablehlo.add"(%lhs335, %rhs336) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined334) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1510 = "stablehlo.reshape"(%1509) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1511 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1512 = "stablehlo.broadcast_in_dim"(%1511) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1513 = "stablehlo.multiply"(%1510, %1512) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1514 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1515 = "stablehlo.broadcast_in_dim"(%1514) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1516 = "stablehlo.add"(%1513, %1515) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1517 = "stablehlo.rsqrt"(%1516) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1518 = "stablehlo.broadcast_in_dim"(%1517) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1519 = "stablehlo.multiply"(%1507, %1518) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1520 = "stablehlo.broadcast_in_dim"(%encoder.block5.final_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1521 = "stablehlo.multiply"(%1519, %1520) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1522 = "stablehlo.broadcast_in_dim"(%encoder.block5.final_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1523 = "stablehlo.add"(%1521, %1522) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init337 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1526 = "stablehlo.reduce"(%1523, %init337) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs339: tensor<f32>, %rhs340: tensor<f32>):
      %combined338 = "stablehlo.add"(%lhs339, %rhs340) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined338) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1527 = "stablehlo.reshape"(%1526) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1528 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1529 = "stablehlo.broadcast_in_dim"(%1528) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1530 = "stablehlo.multiply"(%1527, %1529) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1531 = "stablehlo.broadcast_in_dim"(%1530) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1532 = "stablehlo.subtract"(%1523, %1531) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1533 = "stablehlo.multiply"(%1532, %1532) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init341 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1534 = "stablehlo.reduce"(%1533, %init341) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs343: tensor<f32>, %rhs344: tensor<f32>):
      %combined342 = "stablehlo.add"(%lhs343, %rhs344) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined342) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1535 = "stablehlo.reshape"(%1534) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1536 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1537 = "stablehlo.broadcast_in_dim"(%1536) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1538 = "stablehlo.multiply"(%1535, %1537) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1539 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1540 = "stablehlo.broadcast_in_dim"(%1539) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1541 = "stablehlo.add"(%1538, %1540) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1542 = "stablehlo.rsqrt"(%1541) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1543 = "stablehlo.broadcast_in_dim"(%1542) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1544 = "stablehlo.multiply"(%1532, %1543) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1545 = "stablehlo.broadcast_in_dim"(%encoder.block6.ffn1.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1546 = "stablehlo.multiply"(%1544, %1545) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1547 = "stablehlo.broadcast_in_dim"(%encoder.block6.ffn1.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1548 = "stablehlo.add"(%1546, %1547) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1551 = "stablehlo.dot_general"(%1548, %encoder.block6.ffn1.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x576xf32>) -> tensor<8x250x576xf32>
    %1552 = "stablehlo.broadcast_in_dim"(%encoder.block6.ffn1.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x250x576xf32>
    %1553 = "stablehlo.add"(%1551, %1552) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %1554 = "stablehlo.logistic"(%1553) : (tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %1555 = "stablehlo.multiply"(%1553, %1554) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %1558 = "stablehlo.dot_general"(%1555, %encoder.block6.ffn1.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x576xf32>, tensor<576x144xf32>) -> tensor<8x250x144xf32>
    %1559 = "stablehlo.broadcast_in_dim"(%encoder.block6.ffn1.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1560 = "stablehlo.add"(%1558, %1559) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1561 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %1562 = "stablehlo.broadcast_in_dim"(%1561) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x144xf32>
    %1563 = "stablehlo.multiply"(%1560, %1562) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1564 = "stablehlo.add"(%1523, %1563) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init345 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1567 = "stablehlo.reduce"(%1564, %init345) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs347: tensor<f32>, %rhs348: tensor<f32>):
      %combined346 = "stablehlo.add"(%lhs347, %rhs348) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined346) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1568 = "stablehlo.reshape"(%1567) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1569 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1570 = "stablehlo.broadcast_in_dim"(%1569) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1571 = "stablehlo.multiply"(%1568, %1570) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1572 = "stablehlo.broadcast_in_dim"(%1571) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1573 = "stablehlo.subtract"(%1564, %1572) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1574 = "stablehlo.multiply"(%1573, %1573) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init349 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1575 = "stablehlo.reduce"(%1574, %init349) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs351: tensor<f32>, %rhs352: tensor<f32>):
      %combined350 = "stablehlo.add"(%lhs351, %rhs352) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined350) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1576 = "stablehlo.reshape"(%1575) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1577 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1578 = "stablehlo.broadcast_in_dim"(%1577) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1579 = "stablehlo.multiply"(%1576, %1578) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1580 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1581 = "stablehlo.broadcast_in_dim"(%1580) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1582 = "stablehlo.add"(%1579, %1581) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1583 = "stablehlo.rsqrt"(%1582) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1584 = "stablehlo.broadcast_in_dim"(%1583) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1585 = "stablehlo.multiply"(%1573, %1584) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1586 = "stablehlo.broadcast_in_dim"(%encoder.block6.attention.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1587 = "stablehlo.multiply"(%1585, %1586) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1588 = "stablehlo.broadcast_in_dim"(%encoder.block6.attention.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1589 = "stablehlo.add"(%1587, %1588) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1592 = "stablehlo.dot_general"(%1589, %encoder.block6.attention.qkv.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x432xf32>) -> tensor<8x250x432xf32>
    %1593 = "stablehlo.broadcast_in_dim"(%encoder.block6.attention.qkv.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<432xf32>) -> tensor<8x250x432xf32>
    %1594 = "stablehlo.add"(%1592, %1593) : (tensor<8x250x432xf32>, tensor<8x250x432xf32>) -> tensor<8x250x432xf32>
    %1595 = "stablehlo.reshape"(%1594) : (tensor<8x250x432xf32>) -> tensor<8x250x3x4x36xf32>
    %1596 = "stablehlo.transpose"(%1595) <{permutation = array<i64: 2, 0, 3, 1, 4>}> : (tensor<8x250x3x4x36xf32>) -> tensor<3x8x4x250x36xf32>
    %1597 = "stablehlo.slice"(%1596) <{start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 4, 250, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x250x36xf32>) -> tensor<1x8x4x250x36xf32>
    %1598 = "stablehlo.reshape"(%1597) : (tensor<1x8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %1599 = "stablehlo.slice"(%1596) <{start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 8, 4, 250, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x250x36xf32>) -> tensor<1x8x4x250x36xf32>
    %1600 = "stablehlo.reshape"(%1599) : (tensor<1x8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %1601 = "stablehlo.slice"(%1596) <{start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 8, 4, 250, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x250x36xf32>) -> tensor<1x8x4x250x36xf32>
    %1602 = "stablehlo.reshape"(%1601) : (tensor<1x8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %1604 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %1605 = "stablehlo.broadcast_in_dim"(%1604) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x36xf32>
    %1606 = "stablehlo.multiply"(%1598, %1605) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %1607 = "stablehlo.dot_general"(%1606, %encoder.block6.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x250x36xf32>, tensor<32x36xf32>) -> tensor<8x4x250x32xf32>
    %1608 = "stablehlo.multiply"(%1606, %1606) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %init353 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1609 = "stablehlo.reduce"(%1608, %init353) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs355: tensor<f32>, %rhs356: tensor<f32>):
      %combined354 = "stablehlo.add"(%lhs355, %rhs356) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined354) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x36xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %1610 = "stablehlo.reshape"(%1609) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %1611 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %1612 = "stablehlo.broadcast_in_dim"(%1611) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x1xf32>
    %1613 = "stablehlo.multiply"(%1610, %1612) : (tensor<8x4x250x1xf32>, tensor<8x4x250x1xf32>) -> tensor<8x4x250x1xf32>
    %1614 = "stablehlo.broadcast_in_dim"(%1613) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x32xf32>
    %1615 = "stablehlo.add"(%1607, %1614) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %init357 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1616 = "stablehlo.reduce"(%1615, %init357) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs359: tensor<f32>, %rhs360: tensor<f32>):
      %combined358 = "stablehlo.maximum"(%lhs359, %rhs360) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined358) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x32xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %1617 = "stablehlo.reshape"(%1616) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %1618 = "stablehlo.broadcast_in_dim"(%1617) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x32xf32>
    %1619 = "stablehlo.subtract"(%1615, %1618) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1620 = "stablehlo.exponential"(%1619) : (tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1621 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %1622 = "stablehlo.broadcast_in_dim"(%1621) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x32xf32>
    %1623 = "stablehlo.multiply"(%1620, %1622) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1624 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %1625 = "stablehlo.broadcast_in_dim"(%1624) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x36xf32>
    %1626 = "stablehlo.multiply"(%1600, %1625) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %1627 = "stablehlo.dot_general"(%1626, %encoder.block6.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x250x36xf32>, tensor<32x36xf32>) -> tensor<8x4x250x32xf32>
    %1628 = "stablehlo.multiply"(%1626, %1626) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %init361 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1629 = "stablehlo.reduce"(%1628, %init361) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs363: tensor<f32>, %rhs364: tensor<f32>):
      %combined362 = "stablehlo.add"(%lhs363, %rhs364) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined362) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x36xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %1630 = "stablehlo.reshape"(%1629) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %1631 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %1632 = "stablehlo.broadcast_in_dim"(%1631) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x1xf32>
    %1633 = "stablehlo.multiply"(%1630, %1632) : (tensor<8x4x250x1xf32>, tensor<8x4x250x1xf32>) -> tensor<8x4x250x1xf32>
    %1634 = "stablehlo.broadcast_in_dim"(%1633) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x32xf32>
    %1635 = "stablehlo.add"(%1627, %1634) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1636 = "stablehlo.constant"() <{value = dense<30.0> : tensor<f32>}> : () -> tensor<f32>
    %1637 = "stablehlo.broadcast_in_dim"(%1636) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x32xf32>
    %1638 = "stablehlo.minimum"(%1635, %1637) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1639 = "stablehlo.exponential"(%1638) : (tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1640 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %1641 = "stablehlo.broadcast_in_dim"(%1640) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x32xf32>
    %1642 = "stablehlo.multiply"(%1639, %1641) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1643 = "stablehlo.dot_general"(%1623, %1642) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>}> : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x250xf32>
    %1644 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<250x250xi32>
    %1645 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<250x250xi32>
    %1646 = "stablehlo.compare"(%1644, %1645) <{comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<250x250xi32>, tensor<250x250xi32>) -> tensor<250x250xi1>
    %1647 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1648 = "stablehlo.broadcast_in_dim"(%1647) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x250xf32>
    %1649 = "stablehlo.broadcast_in_dim"(%1646) <{broadcast_dimensions = array<i64: 2, 3>}> : (tensor<250x250xi1>) -> tensor<8x4x250x250xi1>
    %1650 = "stablehlo.select"(%1649, %1643, %1648) : (tensor<8x4x250x250xi1>, tensor<8x4x250x250xf32>, tensor<8x4x250x250xf32>) -> tensor<8x4x250x250xf32>
    %1651 = "stablehlo.dot_general"(%1650, %1602) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x250x250xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %init365 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1652 = "stablehlo.reduce"(%1650, %init365) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs367: tensor<f32>, %rhs368: tensor<f32>):
      %combined366 = "stablehlo.add"(%lhs367, %rhs368) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined366) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x250xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %1653 = "stablehlo.reshape"(%1652) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %1654 = "stablehlo.constant"() <{value = dense<1.0e-6> : tensor<f32>}> : () -> tensor<f32>
    %1655 = "stablehlo.broadcast_in_dim"(%1654) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x1xf32>
    %1656 = "stablehlo.add"(%1653, %1655) : (tensor<8x4x250x1xf32>, tensor<8x4x250x1xf32>) -> tensor<8x4x250x1xf32>
    %1657 = "stablehlo.broadcast_in_dim"(%1656) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x36xf32>
    %1658 = "stablehlo.divide"(%1651, %1657) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %1659 = "stablehlo.transpose"(%1658) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x4x250x36xf32>) -> tensor<8x250x4x36xf32>
    %1660 = "stablehlo.reshape"(%1659) : (tensor<8x250x4x36xf32>) -> tensor<8x250x144xf32>
    %1663 = "stablehlo.dot_general"(%1660, %encoder.block6.attention.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x144xf32>) -> tensor<8x250x144xf32>
    %1664 = "stablehlo.broadcast_in_dim"(%encoder.block6.attention.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1665 = "stablehlo.add"(%1663, %1664) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1666 = "stablehlo.add"(%1564, %1665) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init369 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1669 = "stablehlo.reduce"(%1666, %init369) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs371: tensor<f32>, %rhs372: tensor<f32>):
      %combined370 = "stablehlo.add"(%lhs371, %rhs372) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined370) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1670 = "stablehlo.reshape"(%1669) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1671 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1672 = "stablehlo.broadcast_in_dim"(%1671) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1673 = "stablehlo.multiply"(%1670, %1672) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1674 = "stablehlo.broadcast_in_dim"(%1673) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1675 = "stablehlo.subtract"(%1666, %1674) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1676 = "stablehlo.multiply"(%1675, %1675) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init373 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1677 = "stablehlo.reduce"(%1676, %init373) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs375: tensor<f32>, %rhs376: tensor<f32>):
      %combined374 = "stablehlo.add"(%lhs375, %rhs376) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined374) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1678 = "stablehlo.reshape"(%1677) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1679 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1680 = "stablehlo.broadcast_in_dim"(%1679) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1681 = "stablehlo.multiply"(%1678, %1680) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1682 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1683 = "stablehlo.broadcast_in_dim"(%1682) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1684 = "stablehlo.add"(%1681, %1683) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1685 = "stablehlo.rsqrt"(%1684) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1686 = "stablehlo.broadcast_in_dim"(%1685) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1687 = "stablehlo.multiply"(%1675, %1686) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1688 = "stablehlo.broadcast_in_dim"(%encoder.block6.conv.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1689 = "stablehlo.multiply"(%1687, %1688) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1690 = "stablehlo.broadcast_in_dim"(%encoder.block6.conv.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1691 = "stablehlo.add"(%1689, %1690) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1694 = "stablehlo.dot_general"(%1691, %encoder.block6.conv.pointwise_in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x288xf32>) -> tensor<8x250x288xf32>
    %1695 = "stablehlo.broadcast_in_dim"(%encoder.block6.conv.pointwise_in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x250x288xf32>
    %1696 = "stablehlo.add"(%1694, %1695) : (tensor<8x250x288xf32>, tensor<8x250x288xf32>) -> tensor<8x250x288xf32>
    %1697 = "stablehlo.slice"(%1696) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 250, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x250x288xf32>) -> tensor<8x250x144xf32>
    %1698 = "stablehlo.slice"(%1696) <{start_indices = array<i64: 0, 0, 144>, limit_indices = array<i64: 8, 250, 288>, strides = array<i64: 1, 1, 1>}> : (tensor<8x250x288xf32>) -> tensor<8x250x144xf32>
    %1699 = "stablehlo.logistic"(%1698) : (tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1700 = "stablehlo.multiply"(%1697, %1699) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1701 = "stablehlo.convert"(%17) : (tensor<8x250xi1>) -> tensor<8x250xf32>
    %1702 = "stablehlo.reshape"(%1701) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1703 = "stablehlo.broadcast_in_dim"(%1702) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1704 = "stablehlo.multiply"(%1700, %1703) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1707 = "stablehlo.convolution"(%1704, %encoder.block6.conv.depthwise.w) <{batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, f]x[0, i, o]->[b, 0, f]>, feature_group_count = 144 : i64, lhs_dilation = array<i64: 1>, padding = dense<[[14, 0]]> : tensor<1x2xi64>, rhs_dilation = array<i64: 1>, window_strides = array<i64: 1>}> : (tensor<8x250x144xf32>, tensor<15x1x144xf32>) -> tensor<8x250x144xf32>
    %1708 = "stablehlo.broadcast_in_dim"(%encoder.block6.conv.depthwise.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1709 = "stablehlo.add"(%1707, %1708) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init377 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1712 = "stablehlo.reduce"(%1709, %init377) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs379: tensor<f32>, %rhs380: tensor<f32>):
      %combined378 = "stablehlo.add"(%lhs379, %rhs380) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined378) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1713 = "stablehlo.reshape"(%1712) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1714 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1715 = "stablehlo.broadcast_in_dim"(%1714) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1716 = "stablehlo.multiply"(%1713, %1715) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1717 = "stablehlo.broadcast_in_dim"(%1716) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1718 = "stablehlo.subtract"(%1709, %1717) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1719 = "stablehlo.multiply"(%1718, %1718) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init381 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1720 = "stablehlo.reduce"(%1719, %init381) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs383: tensor<f32>, %rhs384: tensor<f32>):
      %combined382 = "stablehlo.add"(%lhs383, %rhs384) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined382) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1721 = "stablehlo.reshape"(%1720) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1722 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1723 = "stablehlo.broadcast_in_dim"(%1722) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1724 = "stablehlo.multiply"(%1721, %1723) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1725 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1726 = "stablehlo.broadcast_in_dim"(%1725) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1727 = "stablehlo.add"(%1724, %1726) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1728 = "stablehlo.rsqrt"(%1727) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1729 = "stablehlo.broadcast_in_dim"(%1728) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1730 = "stablehlo.multiply"(%1718, %1729) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1731 = "stablehlo.broadcast_in_dim"(%encoder.block6.conv.depthwise_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1732 = "stablehlo.multiply"(%1730, %1731) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1733 = "stablehlo.broadcast_in_dim"(%encoder.block6.conv.depthwise_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1734 = "stablehlo.add"(%1732, %1733) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1735 = "stablehlo.logistic"(%1734) : (tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1736 = "stablehlo.multiply"(%1734, %1735) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1739 = "stablehlo.dot_general"(%1736, %encoder.block6.conv.pointwise_out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x144xf32>) -> tensor<8x250x144xf32>
    %1740 = "stablehlo.broadcast_in_dim"(%encoder.block6.conv.pointwise_out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1741 = "stablehlo.add"(%1739, %1740) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1742 = "stablehlo.add"(%1666, %1741) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init385 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1745 = "stablehlo.reduce"(%1742, %init385) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs387: tensor<f32>, %rhs388: tensor<f32>):
      %combined386 = "stablehlo.add"(%lhs387, %rhs388) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined386) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1746 = "stablehlo.reshape"(%1745) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1747 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1748 = "stablehlo.broadcast_in_dim"(%1747) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1749 = "stablehlo.multiply"(%1746, %1748) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1750 = "stablehlo.broadcast_in_dim"(%1749) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1751 = "stablehlo.subtract"(%1742, %1750) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1752 = "stablehlo.multiply"(%1751, %1751) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init389 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1753 = "stablehlo.reduce"(%1752, %init389) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs391: tensor<f32>, %rhs392: tensor<f32>):
      %combined390 = "stablehlo.add"(%lhs391, %rhs392) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined390) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1754 = "stablehlo.reshape"(%1753) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1755 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1756 = "stablehlo.broadcast_in_dim"(%1755) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1757 = "stablehlo.multiply"(%1754, %1756) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1758 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1759 = "stablehlo.broadcast_in_dim"(%1758) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1760 = "stablehlo.add"(%1757, %1759) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1761 = "stablehlo.rsqrt"(%1760) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1762 = "stablehlo.broadcast_in_dim"(%1761) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1763 = "stablehlo.multiply"(%1751, %1762) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1764 = "stablehlo.broadcast_in_dim"(%encoder.block6.ffn2.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1765 = "stablehlo.multiply"(%1763, %1764) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1766 = "stablehlo.broadcast_in_dim"(%encoder.block6.ffn2.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1767 = "stablehlo.add"(%1765, %1766) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1770 = "stablehlo.dot_general"(%1767, %encoder.block6.ffn2.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x576xf32>) -> tensor<8x250x576xf32>
    %1771 = "stablehlo.broadcast_in_dim"(%encoder.block6.ffn2.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x250x576xf32>
    %1772 = "stablehlo.add"(%1770, %1771) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %1773 = "stablehlo.logistic"(%1772) : (tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %1774 = "stablehlo.multiply"(%1772, %1773) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %1777 = "stablehlo.dot_general"(%1774, %encoder.block6.ffn2.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x576xf32>, tensor<576x144xf32>) -> tensor<8x250x144xf32>
    %1778 = "stablehlo.broadcast_in_dim"(%encoder.block6.ffn2.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1779 = "stablehlo.add"(%1777, %1778) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1780 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %1781 = "stablehlo.broadcast_in_dim"(%1780) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x144xf32>
    %1782 = "stablehlo.multiply"(%1779, %1781) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1783 = "stablehlo.add"(%1742, %1782) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init393 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1786 = "stablehlo.reduce"(%1783, %init393) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs395: tensor<f32>, %rhs396: tensor<f32>):
      %combined394 = "stablehlo.add"(%lhs395, %rhs396) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined394) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1787 = "stablehlo.reshape"(%1786) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1788 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1789 = "stablehlo.broadcast_in_dim"(%1788) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1790 = "stablehlo.multiply"(%1787, %1789) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1791 = "stablehlo.broadcast_in_dim"(%1790) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1792 = "stablehlo.subtract"(%1783, %1791) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1793 = "stablehlo.multiply"(%1792, %1792) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init397 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1794 = "stablehlo.reduce"(%1793, %init397) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs399: tensor<f32>, %rhs400: tensor<f32>):
      %combined398 = "stablehlo.add"(%lhs399, %rhs400) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined398) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1795 = "stablehlo.reshape"(%1794) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1796 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1797 = "stablehlo.broadcast_in_dim"(%1796) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1798 = "stablehlo.multiply"(%1795, %1797) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1799 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1800 = "stablehlo.broadcast_in_dim"(%1799) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1801 = "stablehlo.add"(%1798, %1800) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1802 = "stablehlo.rsqrt"(%1801) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1803 = "stablehlo.broadcast_in_dim"(%1802) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1804 = "stablehlo.multiply"(%1792, %1803) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1805 = "stablehlo.broadcast_in_dim"(%encoder.block6.final_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1806 = "stablehlo.multiply"(%1804, %1805) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1807 = "stablehlo.broadcast_in_dim"(%encoder.block6.final_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1808 = "stablehlo.add"(%1806, %1807) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init401 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1811 = "stablehlo.reduce"(%1808, %init401) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs403: tensor<f32>, %rhs404: tensor<f32>):
      %combined402 = "stablehlo.add"(%lhs403, %rhs404) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined402) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1812 = "stablehlo.reshape"(%1811) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1813 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1814 = "stablehlo.broadcast_in_dim"(%1813) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1815 = "stablehlo.multiply"(%1812, %1814) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1816 = "stablehlo.broadcast_in_dim"(%1815) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1817 = "stablehlo.subtract"(%1808, %1816) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1818 = "stablehlo.multiply"(%1817, %1817) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init405 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1819 = "stablehlo.reduce"(%1818, %init405) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs407: tensor<f32>, %rhs408: tensor<f32>):
      %combined406 = "stablehlo.add"(%lhs407, %rhs408) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined406) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1820 = "stablehlo.reshape"(%1819) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1821 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1822 = "stablehlo.broadcast_in_dim"(%1821) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1823 = "stablehlo.multiply"(%1820, %1822) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1824 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1825 = "stablehlo.broadcast_in_dim"(%1824) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1826 = "stablehlo.add"(%1823, %1825) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1827 = "stablehlo.rsqrt"(%1826) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1828 = "stablehlo.broadcast_in_dim"(%1827) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1829 = "stablehlo.multiply"(%1817, %1828) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1830 = "stablehlo.broadcast_in_dim"(%encoder.block7.ffn1.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1831 = "stablehlo.multiply"(%1829, %1830) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1832 = "stablehlo.broadcast_in_dim"(%encoder.block7.ffn1.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1833 = "stablehlo.add"(%1831, %1832) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1836 = "stablehlo.dot_general"(%1833, %encoder.block7.ffn1.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x576xf32>) -> tensor<8x250x576xf32>
    %1837 = "stablehlo.broadcast_in_dim"(%encoder.block7.ffn1.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x250x576xf32>
    %1838 = "stablehlo.add"(%1836, %1837) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %1839 = "stablehlo.logistic"(%1838) : (tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %1840 = "stablehlo.multiply"(%1838, %1839) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %1843 = "stablehlo.dot_general"(%1840, %encoder.block7.ffn1.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x576xf32>, tensor<576x144xf32>) -> tensor<8x250x144xf32>
    %1844 = "stablehlo.broadcast_in_dim"(%encoder.block7.ffn1.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1845 = "stablehlo.add"(%1843, %1844) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1846 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %1847 = "stablehlo.broadcast_in_dim"(%1846) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x144xf32>
    %1848 = "stablehlo.multiply"(%1845, %1847) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1849 = "stablehlo.add"(%1808, %1848) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init409 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1852 = "stablehlo.reduce"(%1849, %init409) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs411: tensor<f32>, %rhs412: tensor<f32>):
      %combined410 = "stablehlo.add"(%lhs411, %rhs412) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined410) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1853 = "stablehlo.reshape"(%1852) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1854 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1855 = "stablehlo.broadcast_in_dim"(%1854) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1856 = "stablehlo.multiply"(%1853, %1855) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1857 = "stablehlo.broadcast_in_dim"(%1856) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1858 = "stablehlo.subtract"(%1849, %1857) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1859 = "stablehlo.multiply"(%1858, %1858) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init413 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1860 = "stablehlo.reduce"(%1859, %init413) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs415: tensor<f32>, %rhs416: tensor<f32>):
      %combined414 = "stablehlo.add"(%lhs415, %rhs416) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined414) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1861 = "stablehlo.reshape"(%1860) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1862 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1863 = "stablehlo.broadcast_in_dim"(%1862) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1864 = "stablehlo.multiply"(%1861, %1863) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1865 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1866 = "stablehlo.broadcast_in_dim"(%1865) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1867 = "stablehlo.add"(%1864, %1866) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1868 = "stablehlo.rsqrt"(%1867) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1869 = "stablehlo.broadcast_in_dim"(%1868) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1870 = "stablehlo.multiply"(%1858, %1869) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1871 = "stablehlo.broadcast_in_dim"(%encoder.block7.attention.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1872 = "stablehlo.multiply"(%1870, %1871) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1873 = "stablehlo.broadcast_in_dim"(%encoder.block7.attention.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1874 = "stablehlo.add"(%1872, %1873) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1877 = "stablehlo.dot_general"(%1874, %encoder.block7.attention.qkv.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x432xf32>) -> tensor<8x250x432xf32>
    %1878 = "stablehlo.broadcast_in_dim"(%encoder.block7.attention.qkv.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<432xf32>) -> tensor<8x250x432xf32>
    %1879 = "stablehlo.add"(%1877, %1878) : (tensor<8x250x432xf32>, tensor<8x250x432xf32>) -> tensor<8x250x432xf32>
    %1880 = "stablehlo.reshape"(%1879) : (tensor<8x250x432xf32>) -> tensor<8x250x3x4x36xf32>
    %1881 = "stablehlo.transpose"(%1880) <{permutation = array<i64: 2, 0, 3, 1, 4>}> : (tensor<8x250x3x4x36xf32>) -> tensor<3x8x4x250x36xf32>
    %1882 = "stablehlo.slice"(%1881) <{start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 4, 250, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x250x36xf32>) -> tensor<1x8x4x250x36xf32>
    %1883 = "stablehlo.reshape"(%1882) : (tensor<1x8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %1884 = "stablehlo.slice"(%1881) <{start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 8, 4, 250, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x250x36xf32>) -> tensor<1x8x4x250x36xf32>
    %1885 = "stablehlo.reshape"(%1884) : (tensor<1x8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %1886 = "stablehlo.slice"(%1881) <{start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 8, 4, 250, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x250x36xf32>) -> tensor<1x8x4x250x36xf32>
    %1887 = "stablehlo.reshape"(%1886) : (tensor<1x8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %1889 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %1890 = "stablehlo.broadcast_in_dim"(%1889) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x36xf32>
    %1891 = "stablehlo.multiply"(%1883, %1890) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %1892 = "stablehlo.dot_general"(%1891, %encoder.block7.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x250x36xf32>, tensor<32x36xf32>) -> tensor<8x4x250x32xf32>
    %1893 = "stablehlo.multiply"(%1891, %1891) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %init417 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1894 = "stablehlo.reduce"(%1893, %init417) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs419: tensor<f32>, %rhs420: tensor<f32>):
      %combined418 = "stablehlo.add"(%lhs419, %rhs420) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined418) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x36xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %1895 = "stablehlo.reshape"(%1894) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %1896 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %1897 = "stablehlo.broadcast_in_dim"(%1896) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x1xf32>
    %1898 = "stablehlo.multiply"(%1895, %1897) : (tensor<8x4x250x1xf32>, tensor<8x4x250x1xf32>) -> tensor<8x4x250x1xf32>
    %1899 = "stablehlo.broadcast_in_dim"(%1898) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x32xf32>
    %1900 = "stablehlo.add"(%1892, %1899) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %init421 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1901 = "stablehlo.reduce"(%1900, %init421) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs423: tensor<f32>, %rhs424: tensor<f32>):
      %combined422 = "stablehlo.maximum"(%lhs423, %rhs424) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined422) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x32xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %1902 = "stablehlo.reshape"(%1901) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %1903 = "stablehlo.broadcast_in_dim"(%1902) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x32xf32>
    %1904 = "stablehlo.subtract"(%1900, %1903) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1905 = "stablehlo.exponential"(%1904) : (tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1906 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %1907 = "stablehlo.broadcast_in_dim"(%1906) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x32xf32>
    %1908 = "stablehlo.multiply"(%1905, %1907) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1909 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %1910 = "stablehlo.broadcast_in_dim"(%1909) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x36xf32>
    %1911 = "stablehlo.multiply"(%1885, %1910) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %1912 = "stablehlo.dot_general"(%1911, %encoder.block7.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x250x36xf32>, tensor<32x36xf32>) -> tensor<8x4x250x32xf32>
    %1913 = "stablehlo.multiply"(%1911, %1911) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %init425 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1914 = "stablehlo.reduce"(%1913, %init425) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs427: tensor<f32>, %rhs428: tensor<f32>):
      %combined426 = "stablehlo.add"(%lhs427, %rhs428) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined426) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x36xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %1915 = "stablehlo.reshape"(%1914) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %1916 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %1917 = "stablehlo.broadcast_in_dim"(%1916) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x1xf32>
    %1918 = "stablehlo.multiply"(%1915, %1917) : (tensor<8x4x250x1xf32>, tensor<8x4x250x1xf32>) -> tensor<8x4x250x1xf32>
    %1919 = "stablehlo.broadcast_in_dim"(%1918) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x32xf32>
    %1920 = "stablehlo.add"(%1912, %1919) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1921 = "stablehlo.constant"() <{value = dense<30.0> : tensor<f32>}> : () -> tensor<f32>
    %1922 = "stablehlo.broadcast_in_dim"(%1921) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x32xf32>
    %1923 = "stablehlo.minimum"(%1920, %1922) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1924 = "stablehlo.exponential"(%1923) : (tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1925 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %1926 = "stablehlo.broadcast_in_dim"(%1925) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x32xf32>
    %1927 = "stablehlo.multiply"(%1924, %1926) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1928 = "stablehlo.dot_general"(%1908, %1927) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>}> : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x250xf32>
    %1929 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<250x250xi32>
    %1930 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<250x250xi32>
    %1931 = "stablehlo.compare"(%1929, %1930) <{comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<250x250xi32>, tensor<250x250xi32>) -> tensor<250x250xi1>
    %1932 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1933 = "stablehlo.broadcast_in_dim"(%1932) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x250xf32>
    %1934 = "stablehlo.broadcast_in_dim"(%1931) <{broadcast_dimensions = array<i64: 2, 3>}> : (tensor<250x250xi1>) -> tensor<8x4x250x250xi1>
    %1935 = "stablehlo.select"(%1934, %1928, %1933) : (tensor<8x4x250x250xi1>, tensor<8x4x250x250xf32>, tensor<8x4x250x250xf32>) -> tensor<8x4x250x250xf32>
    %1936 = "stablehlo.dot_general"(%1935, %1887) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x250x250xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %init429 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1937 = "stablehlo.reduce"(%1935, %init429) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs431: tensor<f32>, %rhs432: tensor<f32>):
      %combined430 = "stablehlo.add"(%lhs431, %rhs432) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined430) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x250xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %1938 = "stablehlo.reshape"(%1937) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %1939 = "stablehlo.constant"() <{value = dense<1.0e-6> : tensor<f32>}> : () -> tensor<f32>
    %1940 = "stablehlo.broadcast_in_dim"(%1939) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x1xf32>
    %1941 = "stablehlo.add"(%1938, %1940) : (tensor<8x4x250x1xf32>, tensor<8x4x250x1xf32>) -> tensor<8x4x250x1xf32>
    %1942 = "stablehlo.broadcast_in_dim"(%1941) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x36xf32>
    %1943 = "stablehlo.divide"(%1936, %1942) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %1944 = "stablehlo.transpose"(%1943) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x4x250x36xf32>) -> tensor<8x250x4x36xf32>
    %1945 = "stablehlo.reshape"(%1944) : (tensor<8x250x4x36xf32>) -> tensor<8x250x144xf32>
    %1948 = "stablehlo.dot_general"(%1945, %encoder.block7.attention.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x144xf32>) -> tensor<8x250x144xf32>
    %1949 = "stablehlo.broadcast_in_dim"(%encoder.block7.attention.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1950 = "stablehlo.add"(%1948, %1949) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1951 = "stablehlo.add"(%1849, %1950) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init433 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1954 = "stablehlo.reduce"(%1951, %init433) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs435: tensor<f32>, %rhs436: tensor<f32>):
      %combined434 = "stablehlo.add"(%lhs435, %rhs436) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined434) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1955 = "stablehlo.reshape"(%1954) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1956 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1957 = "stablehlo.broadcast_in_dim"(%1956) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1958 = "stablehlo.multiply"(%1955, %1957) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1959 = "stablehlo.broadcast_in_dim"(%1958) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1960 = "stablehlo.subtract"(%1951, %1959) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1961 = "stablehlo.multiply"(%1960, %1960) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init437 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1962 = "stablehlo.reduce"(%1961, %init437) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs439: tensor<f32>, %rhs440: tensor<f32>):
      %combined438 = "stablehlo.add"(%lhs439, %rhs440) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined438) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1963 = "stablehlo.reshape"(%1962) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1964 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1965 = "stablehlo.broadcast_in_dim"(%1964) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1966 = "stablehlo.multiply"(%1963, %1965) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1967 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1968 = "stablehlo.broadcast_in_dim"(%1967) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1969 = "stablehlo.add"(%1966, %1968) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1970 = "stablehlo.rsqrt"(%1969) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1971 = "stablehlo.broadcast_in_dim"(%1970) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1972 = "stablehlo.multiply"(%1960, %1971) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1973 = "stablehlo.broadcast_in_dim"(%encoder.block7.conv.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1974 = "stablehlo.multiply"(%1972, %1973) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1975 = "stablehlo.broadcast_in_dim"(%encoder.block7.conv.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1976 = "stablehlo.add"(%1974, %1975) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1979 = "stablehlo.dot_general"(%1976, %encoder.block7.conv.pointwise_in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x288xf32>) -> tensor<8x250x288xf32>
    %1980 = "stablehlo.broadcast_in_dim"(%encoder.block7.conv.pointwise_in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x250x288xf32>
    %1981 = "stablehlo.add"(%1979, %1980) : (tensor<8x250x288xf32>, tensor<8x250x288xf32>) -> tensor<8x250x288xf32>
    %1982 = "stablehlo.slice"(%1981) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 250, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x250x288xf32>) -> tensor<8x250x144xf32>
    %1983 = "stablehlo.slice"(%1981) <{start_indices = array<i64: 0, 0, 144>, limit_indices = array<i64: 8, 250, 288>, strides = array<i64: 1, 1, 1>}> : (tensor<8x250x288xf32>) -> tensor<8x250x144xf32>
    %1984 = "stablehlo.logistic"(%1983) : (tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1985 = "stablehlo.multiply"(%1982, %1984) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1986 = "stablehlo.convert"(%17) : (tensor<8x250xi1>) -> tensor<8x250xf32>
    %1987 = "stablehlo.reshape"(%1986) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1988 = "stablehlo.broadcast_in_dim"(%1987) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1989 = "stablehlo.multiply"(%1985, %1988) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1992 = "stablehlo.convolution"(%1989, %encoder.block7.conv.depthwise.w) <{batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, f]x[0, i, o]->[b, 0, f]>, feature_group_count = 144 : i64, lhs_dilation = array<i64: 1>, padding = dense<[[14, 0]]> : tensor<1x2xi64>, rhs_dilation = array<i64: 1>, window_strides = array<i64: 1>}> : (tensor<8x250x144xf32>, tensor<15x1x144xf32>) -> tensor<8x250x144xf32>
    %1993 = "stablehlo.broadcast_in_dim"(%encoder.block7.conv.depthwise.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1994 = "stablehlo.add"(%1992, %1993) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init441 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1997 = "stablehlo.reduce"(%1994, %init441) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs443: tensor<f32>, %rhs444: tensor<f32>):
      %combined442 = "stablehlo.add"(%lhs443, %rhs444) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined442) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1998 = "stablehlo.reshape"(%1997) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1999 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2000 = "stablehlo.broadcast_in_dim"(%1999) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %2001 = "stablehlo.multiply"(%1998, %2000) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2002 = "stablehlo.broadcast_in_dim"(%2001) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %2003 = "stablehlo.subtract"(%1994, %2002) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2004 = "stablehlo.multiply"(%2003, %2003) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init445 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2005 = "stablehlo.reduce"(%2004, %init445) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs447: tensor<f32>, %rhs448: tensor<f32>):
      %combined446 = "stablehlo.add"(%lhs447, %rhs448) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined446) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %2006 = "stablehlo.reshape"(%2005) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %2007 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2008 = "stablehlo.broadcast_in_dim"(%2007) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %2009 = "stablehlo.multiply"(%2006, %2008) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2010 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %2011 = "stablehlo.broadcast_in_dim"(%2010) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %2012 = "stablehlo.add"(%2009, %2011) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2013 = "stablehlo.rsqrt"(%2012) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2014 = "stablehlo.broadcast_in_dim"(%2013) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %2015 = "stablehlo.multiply"(%2003, %2014) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2016 = "stablehlo.broadcast_in_dim"(%encoder.block7.conv.depthwise_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %2017 = "stablehlo.multiply"(%2015, %2016) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2018 = "stablehlo.broadcast_in_dim"(%encoder.block7.conv.depthwise_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %2019 = "stablehlo.add"(%2017, %2018) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2020 = "stablehlo.logistic"(%2019) : (tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2021 = "stablehlo.multiply"(%2019, %2020) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2024 = "stablehlo.dot_general"(%2021, %encoder.block7.conv.pointwise_out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x144xf32>) -> tensor<8x250x144xf32>
    %2025 = "stablehlo.broadcast_in_dim"(%encoder.block7.conv.pointwise_out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %2026 = "stablehlo.add"(%2024, %2025) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2027 = "stablehlo.add"(%1951, %2026) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init449 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2030 = "stablehlo.reduce"(%2027, %init449) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs451: tensor<f32>, %rhs452: tensor<f32>):
      %combined450 = "stablehlo.add"(%lhs451, %rhs452) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined450) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %2031 = "stablehlo.reshape"(%2030) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %2032 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2033 = "stablehlo.broadcast_in_dim"(%2032) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %2034 = "stablehlo.multiply"(%2031, %2033) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2035 = "stablehlo.broadcast_in_dim"(%2034) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %2036 = "stablehlo.subtract"(%2027, %2035) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2037 = "stablehlo.multiply"(%2036, %2036) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init453 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2038 = "stablehlo.reduce"(%2037, %init453) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs455: tensor<f32>, %rhs456: tensor<f32>):
      %combined454 = "stablehlo.add"(%lhs455, %rhs456) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined454) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %2039 = "stablehlo.reshape"(%2038) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %2040 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2041 = "stablehlo.broadcast_in_dim"(%2040) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %2042 = "stablehlo.multiply"(%2039, %2041) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2043 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %2044 = "stablehlo.broadcast_in_dim"(%2043) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %2045 = "stablehlo.add"(%2042, %2044) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2046 = "stablehlo.rsqrt"(%2045) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2047 = "stablehlo.broadcast_in_dim"(%2046) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %2048 = "stablehlo.multiply"(%2036, %2047) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2049 = "stablehlo.broadcast_in_dim"(%encoder.block7.ffn2.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %2050 = "stablehlo.multiply"(%2048, %2049) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2051 = "stablehlo.broadcast_in_dim"(%encoder.block7.ffn2.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %2052 = "stablehlo.add"(%2050, %2051) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2055 = "stablehlo.dot_general"(%2052, %encoder.block7.ffn2.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x576xf32>) -> tensor<8x250x576xf32>
    %2056 = "stablehlo.broadcast_in_dim"(%encoder.block7.ffn2.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x250x576xf32>
    %2057 = "stablehlo.add"(%2055, %2056) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %2058 = "stablehlo.logistic"(%2057) : (tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %2059 = "stablehlo.multiply"(%2057, %2058) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %2062 = "stablehlo.dot_general"(%2059, %encoder.block7.ffn2.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x576xf32>, tensor<576x144xf32>) -> tensor<8x250x144xf32>
    %2063 = "stablehlo.broadcast_in_dim"(%encoder.block7.ffn2.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %2064 = "stablehlo.add"(%2062, %2063) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2065 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %2066 = "stablehlo.broadcast_in_dim"(%2065) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x144xf32>
    %2067 = "stablehlo.multiply"(%2064, %2066) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2068 = "stablehlo.add"(%2027, %2067) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init457 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2071 = "stablehlo.reduce"(%2068, %init457) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs459: tensor<f32>, %rhs460: tensor<f32>):
      %combined458 = "stablehlo.add"(%lhs459, %rhs460) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined458) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %2072 = "stablehlo.reshape"(%2071) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %2073 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2074 = "stablehlo.broadcast_in_dim"(%2073) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %2075 = "stablehlo.multiply"(%2072, %2074) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2076 = "stablehlo.broadcast_in_dim"(%2075) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %2077 = "stablehlo.subtract"(%2068, %2076) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2078 = "stablehlo.multiply"(%2077, %2077) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init461 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2079 = "stablehlo.reduce"(%2078, %init461) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs463: tensor<f32>, %rhs464: tensor<f32>):
      %combined462 = "stablehlo.add"(%lhs463, %rhs464) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined462) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %2080 = "stablehlo.reshape"(%2079) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %2081 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2082 = "stablehlo.broadcast_in_dim"(%2081) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %2083 = "stablehlo.multiply"(%2080, %2082) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2084 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %2085 = "stablehlo.broadcast_in_dim"(%2084) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %2086 = "stablehlo.add"(%2083, %2085) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2087 = "stablehlo.rsqrt"(%2086) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2088 = "stablehlo.broadcast_in_dim"(%2087) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %2089 = "stablehlo.multiply"(%2077, %2088) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2090 = "stablehlo.broadcast_in_dim"(%encoder.block7.final_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %2091 = "stablehlo.multiply"(%2089, %2090) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2092 = "stablehlo.broadcast_in_dim"(%encoder.block7.final_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %2093 = "stablehlo.add"(%2091, %2092) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    "func.return"(%2093) : (tensor<8x250x144xf32>) -> ()
  }
}
