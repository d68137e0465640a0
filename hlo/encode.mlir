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
    %97 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %98 = "stablehlo.pad"(%96, %97) <{edge_padding_high = array<i64: 0, 0, 0>, edge_padding_low = array<i64: 0, 14, 0>, interior_padding = array<i64: 0, 0, 0>}> : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x264x144xf32>
    %101 = "stablehlo.reshape"(%encoder.block0.conv.depthwise.w) : (tensor<15x1x144xf32>) -> tensor<15x144xf32>
    %102 = "stablehlo.slice"(%98) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 250, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %103 = "stablehlo.slice"(%101) <{start_indices = array<i64: 0, 0>, limit_indices = array<i64: 1, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %104 = "stablehlo.broadcast_in_dim"(%103) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %105 = "stablehlo.multiply"(%102, %104) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %106 = "stablehlo.slice"(%98) <{start_indices = array<i64: 0, 1, 0>, limit_indices = array<i64: 8, 251, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %107 = "stablehlo.slice"(%101) <{start_indices = array<i64: 1, 0>, limit_indices = array<i64: 2, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %108 = "stablehlo.broadcast_in_dim"(%107) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %109 = "stablehlo.multiply"(%106, %108) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %110 = "stablehlo.add"(%105, %109) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %111 = "stablehlo.slice"(%98) <{start_indices = array<i64: 0, 2, 0>, limit_indices = array<i64: 8, 252, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %112 = "stablehlo.slice"(%101) <{start_indices = array<i64: 2, 0>, limit_indices = array<i64: 3, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %113 = "stablehlo.broadcast_in_dim"(%112) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %114 = "stablehlo.multiply"(%111, %113) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %115 = "stablehlo.add"(%110, %114) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %116 = "stablehlo.slice"(%98) <{start_indices = array<i64: 0, 3, 0>, limit_indices = array<i64: 8, 253, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %117 = "stablehlo.slice"(%101) <{start_indices = array<i64: 3, 0>, limit_indices = array<i64: 4, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %118 = "stablehlo.broadcast_in_dim"(%117) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %119 = "stablehlo.multiply"(%116, %118) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %120 = "stablehlo.add"(%115, %119) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %121 = "stablehlo.slice"(%98) <{start_indices = array<i64: 0, 4, 0>, limit_indices = array<i64: 8, 254, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %122 = "stablehlo.slice"(%101) <{start_indices = array<i64: 4, 0>, limit_indices = array<i64: 5, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %123 = "stablehlo.broadcast_in_dim"(%122) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %124 = "stablehlo.multiply"(%121, %123) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %125 = "stablehlo.add"(%120, %124) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %126 = "stablehlo.slice"(%98) <{start_indices = array<i64: 0, 5, 0>, limit_indices = array<i64: 8, 255, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %127 = "stablehlo.slice"(%101) <{start_indices = array<i64: 5, 0>, limit_indices = array<i64: 6, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %128 = "stablehlo.broadcast_in_dim"(%127) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %129 = "stablehlo.multiply"(%126, %128) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %130 = "stablehlo.add"(%125, %129) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %131 = "stablehlo.slice"(%98) <{start_indices = array<i64: 0, 6, 0>, limit_indices = array<i64: 8, 256, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %132 = "stablehlo.slice"(%101) <{start_indices = array<i64: 6, 0>, limit_indices = array<i64: 7, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %133 = "stablehlo.broadcast_in_dim"(%132) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %134 = "stablehlo.multiply"(%131, %133) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %135 = "stablehlo.add"(%130, %134) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %136 = "stablehlo.slice"(%98) <{start_indices = array<i64: 0, 7, 0>, limit_indices = array<i64: 8, 257, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %137 = "stablehlo.slice"(%101) <{start_indices = array<i64: 7, 0>, limit_indices = array<i64: 8, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %138 = "stablehlo.broadcast_in_dim"(%137) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %139 = "stablehlo.multiply"(%136, %138) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %140 = "stablehlo.add"(%135, %139) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %141 = "stablehlo.slice"(%98) <{start_indices = array<i64: 0, 8, 0>, limit_indices = array<i64: 8, 258, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %142 = "stablehlo.slice"(%101) <{start_indices = array<i64: 8, 0>, limit_indices = array<i64: 9, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %143 = "stablehlo.broadcast_in_dim"(%142) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %144 = "stablehlo.multiply"(%141, %143) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %145 = "stablehlo.add"(%140, %144) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %146 = "stablehlo.slice"(%98) <{start_indices = array<i64: 0, 9, 0>, limit_indices = array<i64: 8, 259, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %147 = "stablehlo.slice"(%101) <{start_indices = array<i64: 9, 0>, limit_indices = array<i64: 10, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %148 = "stablehlo.broadcast_in_dim"(%147) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %149 = "stablehlo.multiply"(%146, %148) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %150 = "stablehlo.add"(%145, %149) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %151 = "stablehlo.slice"(%98) <{start_indices = array<i64: 0, 10, 0>, limit_indices = array<i64: 8, 260, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %152 = "stablehlo.slice"(%101) <{start_indices = array<i64: 10, 0>, limit_indices = array<i64: 11, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %153 = "stablehlo.broadcast_in_dim"(%152) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %154 = "stablehlo.multiply"(%151, %153) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %155 = "stablehlo.add"(%150, %154) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %156 = "stablehlo.slice"(%98) <{start_indices = array<i64: 0, 11, 0>, limit_indices = array<i64: 8, 261, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %157 = "stablehlo.slice"(%101) <{start_indices = array<i64: 11, 0>, limit_indices = array<i64: 12, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %158 = "stablehlo.broadcast_in_dim"(%157) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %159 = "stablehlo.multiply"(%156, %158) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %160 = "stablehlo.add"(%155, %159) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %161 = "stablehlo.slice"(%98) <{start_indices = array<i64: 0, 12, 0>, limit_indices = array<i64: 8, 262, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %162 = "stablehlo.slice"(%101) <{start_indices = array<i64: 12, 0>, limit_indices = array<i64: 13, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %163 = "stablehlo.broadcast_in_dim"(%162) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %164 = "stablehlo.multiply"(%161, %163) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %165 = "stablehlo.add"(%160, %164) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %166 = "stablehlo.slice"(%98) <{start_indices = array<i64: 0, 13, 0>, limit_indices = array<i64: 8, 263, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %167 = "stablehlo.slice"(%101) <{start_indices = array<i64: 13, 0>, limit_indices = array<i64: 14, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %168 = "stablehlo.broadcast_in_dim"(%167) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %169 = "stablehlo.multiply"(%166, %168) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %170 = "stablehlo.add"(%165, %169) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %171 = "stablehlo.slice"(%98) <{start_indices = array<i64: 0, 14, 0>, limit_indices = array<i64: 8, 264, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %172 = "stablehlo.slice"(%101) <{start_indices = array<i64: 14, 0>, limit_indices = array<i64: 15, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %173 = "stablehlo.broadcast_in_dim"(%172) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %174 = "stablehlo.multiply"(%171, %173) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %175 = "stablehlo.add"(%170, %174) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %176 = "stablehlo.broadcast_in_dim"(%encoder.block0.conv.depthwise.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %177 = "stablehlo.add"(%175, %176) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init17 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %180 = "stablehlo.reduce"(%177, %init17) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs19: tensor<f32>, %rhs20: tensor<f32>):
      %combined18 = "stablehlo.add"(%lhs19, %rhs20) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined18) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %181 = "stablehlo.reshape"(%180) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %182 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %183 = "stablehlo.broadcast_in_dim"(%182) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %184 = "stablehlo.multiply"(%181, %183) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %185 = "stablehlo.broadcast_in_dim"(%184) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %186 = "stablehlo.subtract"(%177, %185) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %187 = "stablehlo.multiply"(%186, %186) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init21 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %188 = "stablehlo.reduce"(%187, %init21) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs23: tensor<f32>, %rhs24: tensor<f32>):
      %combined22 = "stablehlo.add"(%lhs23, %rhs24) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined22) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %189 = "stablehlo.reshape"(%188) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %190 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %191 = "stablehlo.broadcast_in_dim"(%190) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %192 = "stablehlo.multiply"(%189, %191) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %193 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %194 = "stablehlo.broadcast_in_dim"(%193) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %195 = "stablehlo.add"(%192, %194) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %196 = "stablehlo.rsqrt"(%195) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %197 = "stablehlo.broadcast_in_dim"(%196) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %198 = "stablehlo.multiply"(%186, %197) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %199 = "stablehlo.broadcast_in_dim"(%encoder.block0.conv.depthwise_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %200 = "stablehlo.multiply"(%198, %199) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %201 = "stablehlo.broadcast_in_dim"(%encoder.block0.conv.depthwise_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %202 = "stablehlo.add"(%200, %201) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %203 = "stablehlo.logistic"(%202) : (tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %204 = "stablehlo.multiply"(%202, %203) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %207 = "stablehlo.dot_general"(%204, %encoder.block0.conv.pointwise_out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x144xf32>) -> tensor<8x250x144xf32>
    %208 = "stablehlo.broadcast_in_dim"(%encoder.block0.conv.pointwise_out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %209 = "stablehlo.add"(%207, %208) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %210 = "stablehlo.add"(%58, %209) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init25 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %213 = "stablehlo.reduce"(%210, %init25) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs27: tensor<f32>, %rhs28: tensor<f32>):
      %combined26 = "stablehlo.add"(%lhs27, %rhs28) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined26) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %214 = "stablehlo.reshape"(%213) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %215 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %216 = "stablehlo.broadcast_in_dim"(%215) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %217 = "stablehlo.multiply"(%214, %216) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %218 = "stablehlo.broadcast_in_dim"(%217) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %219 = "stablehlo.subtract"(%210, %218) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %220 = "stablehlo.multiply"(%219, %219) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init29 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %221 = "stablehlo.reduce"(%220, %init29) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs31: tensor<f32>, %rhs32: tensor<f32>):
      %combined30 = "stablehlo.add"(%lhs31, %rhs32) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined30) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %222 = "stablehlo.reshape"(%221) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %223 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %224 = "stablehlo.broadcast_in_dim"(%223) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %225 = "stablehlo.multiply"(%222, %224) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %226 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %227 = "stablehlo.broadcast_in_dim"(%226) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %228 = "stablehlo.add"(%225, %227) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %229 = "stablehlo.rsqrt"(%228) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %230 = "stablehlo.broadcast_in_dim"(%229) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %231 = "stablehlo.multiply"(%219, %230) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %232 = "stablehlo.broadcast_in_dim"(%encoder.block0.ffn2.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %233 = "stablehlo.multiply"(%231, %232) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %234 = "stablehlo.broadcast_in_dim"(%encoder.block0.ffn2.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %235 = "stablehlo.add"(%233, %234) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %238 = "stablehlo.dot_general"(%235, %encoder.block0.ffn2.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x288xf32>) -> tensor<8x250x288xf32>
    %239 = "stablehlo.broadcast_in_dim"(%encoder.block0.ffn2.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x250x288xf32>
    %240 = "stablehlo.add"(%238, %239) : (tensor<8x250x288xf32>, tensor<8x250x288xf32>) -> tensor<8x250x288xf32>
    %241 = "stablehlo.logistic"(%240) : (tensor<8x250x288xf32>) -> tensor<8x250x288xf32>
    %242 = "stablehlo.multiply"(%240, %241) : (tensor<8x250x288xf32>, tensor<8x250x288xf32>) -> tensor<8x250x288xf32>
    %245 = "stablehlo.dot_general"(%242, %encoder.block0.ffn2.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x288xf32>, tensor<288x144xf32>) -> tensor<8x250x144xf32>
    %246 = "stablehlo.broadcast_in_dim"(%encoder.block0.ffn2.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %247 = "stablehlo.add"(%245, %246) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %248 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %249 = "stablehlo.broadcast_in_dim"(%248) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x144xf32>
    %250 = "stablehlo.multiply"(%247, %249) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %251 = "stablehlo.add"(%210, %250) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init33 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %254 = "stablehlo.reduce"(%251, %init33) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs35: tensor<f32>, %rhs36: tensor<f32>):
      %combined34 = "stablehlo.add"(%lhs35, %rhs36) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined34) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %255 = "stablehlo.reshape"(%254) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %256 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %257 = "stablehlo.broadcast_in_dim"(%256) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %258 = "stablehlo.multiply"(%255, %257) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %259 = "stablehlo.broadcast_in_dim"(%258) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %260 = "stablehlo.subtract"(%251, %259) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %261 = "stablehlo.multiply"(%260, %260) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init37 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %262 = "stablehlo.reduce"(%261, %init37) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs39: tensor<f32>, %rhs40: tensor<f32>):
      %combined38 = "stablehlo.add"(%lhs39, %rhs40) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined38) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %263 = "stablehlo.reshape"(%262) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %264 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %265 = "stablehlo.broadcast_in_dim"(%264) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %266 = "stablehlo.multiply"(%263, %265) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %267 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %268 = "stablehlo.broadcast_in_dim"(%267) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %269 = "stablehlo.add"(%266, %268) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %270 = "stablehlo.rsqrt"(%269) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %271 = "stablehlo.broadcast_in_dim"(%270) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %272 = "stablehlo.multiply"(%260, %271) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %273 = "stablehlo.broadcast_in_dim"(%encoder.block0.final_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %274 = "stablehlo.multiply"(%272, %273) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %275 = "stablehlo.broadcast_in_dim"(%encoder.block0.final_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %276 = "stablehlo.add"(%274, %275) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init41 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %279 = "stablehlo.reduce"(%276, %init41) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs43: tensor<f32>, %rhs44: tensor<f32>):
      %combined42 = "stablehlo.add"(%lhs43, %rhs44) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined42) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %280 = "stablehlo.reshape"(%279) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %281 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %282 = "stablehlo.broadcast_in_dim"(%281) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %283 = "stablehlo.multiply"(%280, %282) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %284 = "stablehlo.broadcast_in_dim"(%283) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %285 = "stablehlo.subtract"(%276, %284) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %286 = "stablehlo.multiply"(%285, %285) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init45 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %287 = "stablehlo.reduce"(%286, %init45) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs47: tensor<f32>, %rhs48: tensor<f32>):
      %combined46 = "stablehlo.add"(%lhs47, %rhs48) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined46) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %288 = "stablehlo.reshape"(%287) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %289 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %290 = "stablehlo.broadcast_in_dim"(%289) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %291 = "stablehlo.multiply"(%288, %290) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %292 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %293 = "stablehlo.broadcast_in_dim"(%292) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %294 = "stablehlo.add"(%291, %293) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %295 = "stablehlo.rsqrt"(%294) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %296 = "stablehlo.broadcast_in_dim"(%295) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %297 = "stablehlo.multiply"(%285, %296) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %298 = "stablehlo.broadcast_in_dim"(%encoder.block1.ffn1.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %299 = "stablehlo.multiply"(%297, %298) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %300 = "stablehlo.broadcast_in_dim"(%encoder.block1.ffn1.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %301 = "stablehlo.add"(%299, %300) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %304 = "stablehlo.dot_general"(%301, %encoder.block1.ffn1.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x288xf32>) -> tensor<8x250x288xf32>
    %305 = "stablehlo.broadcast_in_dim"(%encoder.block1.ffn1.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x250x288xf32>
    %306 = "stablehlo.add"(%304, %305) : (tensor<8x250x288xf32>, tensor<8x250x288xf32>) -> tensor<8x250x288xf32>
    %307 = "stablehlo.logistic"(%306) : (tensor<8x250x288xf32>) -> tensor<8x250x288xf32>
    %308 = "stablehlo.multiply"(%306, %307) : (tensor<8x250x288xf32>, tensor<8x250x288xf32>) -> tensor<8x250x288xf32>
    %311 = "stablehlo.dot_general"(%308, %encoder.block1.ffn1.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x288xf32>, tensor<288x144xf32>) -> tensor<8x250x144xf32>
    %312 = "stablehlo.broadcast_in_dim"(%encoder.block1.ffn1.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %313 = "stablehlo.add"(%311, %312) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %314 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %315 = "stablehlo.broadcast_in_dim"(%314) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x144xf32>
    %316 = "stablehlo.multiply"(%313, %315) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %317 = "stablehlo.add"(%276, %316) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init49 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %320 = "stablehlo.reduce"(%317, %init49) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs51: tensor<f32>, %rhs52: tensor<f32>):
      %combined50 = "stablehlo.add"(%lhs51, %rhs52) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined50) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %321 = "stablehlo.reshape"(%320) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %322 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %323 = "stablehlo.broadcast_in_dim"(%322) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %324 = "stablehlo.multiply"(%321, %323) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %325 = "stablehlo.broadcast_in_dim"(%324) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %326 = "stablehlo.subtract"(%317, %325) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %327 = "stablehlo.multiply"(%326, %326) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init53 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %328 = "stablehlo.reduce"(%327, %init53) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs55: tensor<f32>, %rhs56: tensor<f32>):
      %combined54 = "stablehlo.add"(%lhs55, %rhs56) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined54) : (tensor<f32>) -> ()
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
    %339 = "stablehlo.broadcast_in_dim"(%encoder.block1.conv.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %340 = "stablehlo.multiply"(%338, %339) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %341 = "stablehlo.broadcast_in_dim"(%encoder.block1.conv.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %342 = "stablehlo.add"(%340, %341) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %345 = "stablehlo.dot_general"(%342, %encoder.block1.conv.pointwise_in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x288xf32>) -> tensor<8x250x288xf32>
    %346 = "stablehlo.broadcast_in_dim"(%encoder.block1.conv.pointwise_in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x250x288xf32>
    %347 = "stablehlo.add"(%345, %346) : (tensor<8x250x288xf32>, tensor<8x250x288xf32>) -> tensor<8x250x288xf32>
    %348 = "stablehlo.slice"(%347) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 250, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x250x288xf32>) -> tensor<8x250x144xf32>
    %349 = "stablehlo.slice"(%347) <{start_indices = array<i64: 0, 0, 144>, limit_indices = array<i64: 8, 250, 288>, strides = array<i64: 1, 1, 1>}> : (tensor<8x250x288xf32>) -> tensor<8x250x144xf32>
    %350 = "stablehlo.logistic"(%349) : (tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %351 = "stablehlo.multiply"(%348, %350) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %352 = "stablehlo.convert"(%17) : (tensor<8x250xi1>) -> tensor<8x250xf32>
    %353 = "stablehlo.reshape"(%352) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %354 = "stablehlo.broadcast_in_dim"(%353) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %355 = "stablehlo.multiply"(%351, %354) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %356 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %357 = "stablehlo.pad"(%355, %356) <{edge_padding_high = array<i64: 0, 0, 0>, edge_padding_low = array<i64: 0, 14, 0>, interior_padding = array<i64: 0, 0, 0>}> : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x264x144xf32>
    %360 = "stablehlo.reshape"(%encoder.block1.conv.depthwise.w) : (tensor<15x1x144xf32>) -> tensor<15x144xf32>
    %361 = "stablehlo.slice"(%357) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 250, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %362 = "stablehlo.slice"(%360) <{start_indices = array<i64: 0, 0>, limit_indices = array<i64: 1, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %363 = "stablehlo.broadcast_in_dim"(%362) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %364 = "stablehlo.multiply"(%361, %363) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %365 = "stablehlo.slice"(%357) <{start_indices = array<i64: 0, 1, 0>, limit_indices = array<i64: 8, 251, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %366 = "stablehlo.slice"(%360) <{start_indices = array<i64: 1, 0>, limit_indices = array<i64: 2, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %367 = "stablehlo.broadcast_in_dim"(%366) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %368 = "stablehlo.multiply"(%365, %367) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %369 = "stablehlo.add"(%364, %368) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %370 = "stablehlo.slice"(%357) <{start_indices = array<i64: 0, 2, 0>, limit_indices = array<i64: 8, 252, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %371 = "stablehlo.slice"(%360) <{start_indices = array<i64: 2, 0>, limit_indices = array<i64: 3, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %372 = "stablehlo.broadcast_in_dim"(%371) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %373 = "stablehlo.multiply"(%370, %372) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %374 = "stablehlo.add"(%369, %373) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %375 = "stablehlo.slice"(%357) <{start_indices = array<i64: 0, 3, 0>, limit_indices = array<i64: 8, 253, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %376 = "stablehlo.slice"(%360) <{start_indices = array<i64: 3, 0>, limit_indices = array<i64: 4, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %377 = "stablehlo.broadcast_in_dim"(%376) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %378 = "stablehlo.multiply"(%375, %377) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %379 = "stablehlo.add"(%374, %378) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %380 = "stablehlo.slice"(%357) <{start_indices = array<i64: 0, 4, 0>, limit_indices = array<i64: 8, 254, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %381 = "stablehlo.slice"(%360) <{start_indices = array<i64: 4, 0>, limit_indices = array<i64: 5, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %382 = "stablehlo.broadcast_in_dim"(%381) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %383 = "stablehlo.multiply"(%380, %382) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %384 = "stablehlo.add"(%379, %383) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %385 = "stablehlo.slice"(%357) <{start_indices = array<i64: 0, 5, 0>, limit_indices = array<i64: 8, 255, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %386 = "stablehlo.slice"(%360) <{start_indices = array<i64: 5, 0>, limit_indices = array<i64: 6, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %387 = "stablehlo.broadcast_in_dim"(%386) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %388 = "stablehlo.multiply"(%385, %387) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %389 = "stablehlo.add"(%384, %388) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %390 = "stablehlo.slice"(%357) <{start_indices = array<i64: 0, 6, 0>, limit_indices = array<i64: 8, 256, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %391 = "stablehlo.slice"(%360) <{start_indices = array<i64: 6, 0>, limit_indices = array<i64: 7, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %392 = "stablehlo.broadcast_in_dim"(%391) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %393 = "stablehlo.multiply"(%390, %392) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %394 = "stablehlo.add"(%389, %393) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %395 = "stablehlo.slice"(%357) <{start_indices = array<i64: 0, 7, 0>, limit_indices = array<i64: 8, 257, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %396 = "stablehlo.slice"(%360) <{start_indices = array<i64: 7, 0>, limit_indices = array<i64: 8, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %397 = "stablehlo.broadcast_in_dim"(%396) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %398 = "stablehlo.multiply"(%395, %397) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %399 = "stablehlo.add"(%394, %398) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %400 = "stablehlo.slice"(%357) <{start_indices = array<i64: 0, 8, 0>, limit_indices = array<i64: 8, 258, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %401 = "stablehlo.slice"(%360) <{start_indices = array<i64: 8, 0>, limit_indices = array<i64: 9, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %402 = "stablehlo.broadcast_in_dim"(%401) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %403 = "stablehlo.multiply"(%400, %402) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %404 = "stablehlo.add"(%399, %403) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %405 = "stablehlo.slice"(%357) <{start_indices = array<i64: 0, 9, 0>, limit_indices = array<i64: 8, 259, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %406 = "stablehlo.slice"(%360) <{start_indices = array<i64: 9, 0>, limit_indices = array<i64: 10, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %407 = "stablehlo.broadcast_in_dim"(%406) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %408 = "stablehlo.multiply"(%405, %407) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %409 = "stablehlo.add"(%404, %408) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %410 = "stablehlo.slice"(%357) <{start_indices = array<i64: 0, 10, 0>, limit_indices = array<i64: 8, 260, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %411 = "stablehlo.slice"(%360) <{start_indices = array<i64: 10, 0>, limit_indices = array<i64: 11, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %412 = "stablehlo.broadcast_in_dim"(%411) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %413 = "stablehlo.multiply"(%410, %412) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %414 = "stablehlo.add"(%409, %413) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %415 = "stablehlo.slice"(%357) <{start_indices = array<i64: 0, 11, 0>, limit_indices = array<i64: 8, 261, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %416 = "stablehlo.slice"(%360) <{start_indices = array<i64: 11, 0>, limit_indices = array<i64: 12, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %417 = "stablehlo.broadcast_in_dim"(%416) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %418 = "stablehlo.multiply"(%415, %417) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %419 = "stablehlo.add"(%414, %418) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %420 = "stablehlo.slice"(%357) <{start_indices = array<i64: 0, 12, 0>, limit_indices = array<i64: 8, 262, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %421 = "stablehlo.slice"(%360) <{start_indices = array<i64: 12, 0>, limit_indices = array<i64: 13, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %422 = "stablehlo.broadcast_in_dim"(%421) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %423 = "stablehlo.multiply"(%420, %422) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %424 = "stablehlo.add"(%419, %423) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %425 = "stablehlo.slice"(%357) <{start_indices = array<i64: 0, 13, 0>, limit_indices = array<i64: 8, 263, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %426 = "stablehlo.slice"(%360) <{start_indices = array<i64: 13, 0>, limit_indices = array<i64: 14, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %427 = "stablehlo.broadcast_in_dim"(%426) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %428 = "stablehlo.multiply"(%425, %427) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %429 = "stablehlo.add"(%424, %428) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %430 = "stablehlo.slice"(%357) <{start_indices = array<i64: 0, 14, 0>, limit_indices = array<i64: 8, 264, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %431 = "stablehlo.slice"(%360) <{start_indices = array<i64: 14, 0>, limit_indices = array<i64: 15, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %432 = "stablehlo.broadcast_in_dim"(%431) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %433 = "stablehlo.multiply"(%430, %432) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %434 = "stablehlo.add"(%429, %433) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %435 = "stablehlo.broadcast_in_dim"(%encoder.block1.conv.depthwise.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %436 = "stablehlo.add"(%434, %435) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init57 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %439 = "stablehlo.reduce"(%436, %init57) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs59: tensor<f32>, %rhs60: tensor<f32>):
      %combined58 = "stablehlo.add"(%lhs59, %rhs60) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined58) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %440 = "stablehlo.reshape"(%439) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %441 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %442 = "stablehlo.broadcast_in_dim"(%441) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %443 = "stablehlo.multiply"(%440, %442) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %444 = "stablehlo.broadcast_in_dim"(%443) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %445 = "stablehlo.subtract"(%436, %444) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %446 = "stablehlo.multiply"(%445, %445) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init61 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %447 = "stablehlo.reduce"(%446, %init61) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs63: tensor<f32>, %rhs64: tensor<f32>):
      %combined62 = "stablehlo.add"(%lhs63, %rhs64) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined62) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %448 = "stablehlo.reshape"(%447) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %449 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %450 = "stablehlo.broadcast_in_dim"(%449) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %451 = "stablehlo.multiply"(%448, %450) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %452 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %453 = "stablehlo.broadcast_in_dim"(%452) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %454 = "stablehlo.add"(%451, %453) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %455 = "stablehlo.rsqrt"(%454) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %456 = "stablehlo.broadcast_in_dim"(%455) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %457 = "stablehlo.multiply"(%445, %456) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %458 = "stablehlo.broadcast_in_dim"(%encoder.block1.conv.depthwise_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %459 = "stablehlo.multiply"(%457, %458) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %460 = "stablehlo.broadcast_in_dim"(%encoder.block1.conv.depthwise_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %461 = "stablehlo.add"(%459, %460) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %462 = "stablehlo.logistic"(%461) : (tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %463 = "stablehlo.multiply"(%461, %462) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %466 = "stablehlo.dot_general"(%463, %encoder.block1.conv.pointwise_out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x144xf32>) -> tensor<8x250x144xf32>
    %467 = "stablehlo.broadcast_in_dim"(%encoder.block1.conv.pointwise_out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %468 = "stablehlo.add"(%466, %467) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %469 = "stablehlo.add"(%317, %468) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init65 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %472 = "stablehlo.reduce"(%469, %init65) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs67: tensor<f32>, %rhs68: tensor<f32>):
      %combined66 = "stablehlo.add"(%lhs67, %rhs68) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined66) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %473 = "stablehlo.reshape"(%472) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %474 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %475 = "stablehlo.broadcast_in_dim"(%474) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %476 = "stablehlo.multiply"(%473, %475) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %477 = "stablehlo.broadcast_in_dim"(%476) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %478 = "stablehlo.subtract"(%469, %477) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %479 = "stablehlo.multiply"(%478, %478) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init69 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %480 = "stablehlo.reduce"(%479, %init69) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs71: tensor<f32>, %rhs72: tensor<f32>):
      %combined70 = "stablehlo.add"(%lhs71, %rhs72) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined70) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %481 = "stablehlo.reshape"(%480) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %482 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %483 = "stablehlo.broadcast_in_dim"(%482) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %484 = "stablehlo.multiply"(%481, %483) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %485 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %486 = "stablehlo.broadcast_in_dim"(%485) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %487 = "stablehlo.add"(%484, %486) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %488 = "stablehlo.rsqrt"(%487) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %489 = "stablehlo.broadcast_in_dim"(%488) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %490 = "stablehlo.multiply"(%478, %489) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %491 = "stablehlo.broadcast_in_dim"(%encoder.block1.ffn2.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %492 = "stablehlo.multiply"(%490, %491) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %493 = "stablehlo.broadcast_in_dim"(%encoder.block1.ffn2.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %494 = "stablehlo.add"(%492, %493) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %497 = "stablehlo.dot_general"(%494, %encoder.block1.ffn2.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x288xf32>) -> tensor<8x250x288xf32>
    %498 = "stablehlo.broadcast_in_dim"(%encoder.block1.ffn2.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x250x288xf32>
    %499 = "stablehlo.add"(%497, %498) : (tensor<8x250x288xf32>, tensor<8x250x288xf32>) -> tensor<8x250x288xf32>
    %500 = "stablehlo.logistic"(%499) : (tensor<8x250x288xf32>) -> tensor<8x250x288xf32>
    %501 = "stablehlo.multiply"(%499, %500) : (tensor<8x250x288xf32>, tensor<8x250x288xf32>) -> tensor<8x250x288xf32>
    %504 = "stablehlo.dot_general"(%501, %encoder.block1.ffn2.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x288xf32>, tensor<288x144xf32>) -> tensor<8x250x144xf32>
    %505 = "stablehlo.broadcast_in_dim"(%encoder.block1.ffn2.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %506 = "stablehlo.add"(%504, %505) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %507 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %508 = "stablehlo.broadcast_in_dim"(%507) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x144xf32>
    %509 = "stablehlo.multiply"(%506, %508) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %510 = "stablehlo.add"(%469, %509) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init73 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %513 = "stablehlo.reduce"(%510, %init73) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs75: tensor<f32>, %rhs76: tensor<f32>):
      %combined74 = "stablehlo.add"(%lhs75, %rhs76) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined74) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %514 = "stablehlo.reshape"(%513) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %515 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %516 = "stablehlo.broadcast_in_dim"(%515) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %517 = "stablehlo.multiply"(%514, %516) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %518 = "stablehlo.broadcast_in_dim"(%517) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %519 = "stablehlo.subtract"(%510, %518) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %520 = "stablehlo.multiply"(%519, %519) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init77 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %521 = "stablehlo.reduce"(%520, %init77) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs79: tensor<f32>, %rhs80: tensor<f32>):
      %combined78 = "stablehlo.add"(%lhs79, %rhs80) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined78) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %522 = "stablehlo.reshape"(%521) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %523 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %524 = "stablehlo.broadcast_in_dim"(%523) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %525 = "stablehlo.multiply"(%522, %524) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %526 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %527 = "stablehlo.broadcast_in_dim"(%526) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %528 = "stablehlo.add"(%525, %527) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %529 = "stablehlo.rsqrt"(%528) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %530 = "stablehlo.broadcast_in_dim"(%529) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %531 = "stablehlo.multiply"(%519, %530) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %532 = "stablehlo.broadcast_in_dim"(%encoder.block1.final_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %533 = "stablehlo.multiply"(%531, %532) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %534 = "stablehlo.broadcast_in_dim"(%encoder.block1.final_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %535 = "stablehlo.add"(%533, %534) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init81 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %538 = "stablehlo.reduce"(%535, %init81) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs83: tensor<f32>, %rhs84: tensor<f32>):
      %combined82 = "stablehlo.add"(%lhs83, %rhs84) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined82) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %539 = "stablehlo.reshape"(%538) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %540 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %541 = "stablehlo.broadcast_in_dim"(%540) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %542 = "stablehlo.multiply"(%539, %541) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %543 = "stablehlo.broadcast_in_dim"(%542) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %544 = "stablehlo.subtract"(%535, %543) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %545 = "stablehlo.multiply"(%544, %544) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init85 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %546 = "stablehlo.reduce"(%545, %init85) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs87: tensor<f32>, %rhs88: tensor<f32>):
      %combined86 = "stablehlo.add"(%lhs87, %rhs88) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined86) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %547 = "stablehlo.reshape"(%546) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %548 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %549 = "stablehlo.broadcast_in_dim"(%548) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %550 = "stablehlo.multiply"(%547, %549) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %551 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %552 = "stablehlo.broadcast_in_dim"(%551) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %553 = "stablehlo.add"(%550, %552) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %554 = "stablehlo.rsqrt"(%553) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %555 = "stablehlo.broadcast_in_dim"(%554) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %556 = "stablehlo.multiply"(%544, %555) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %557 = "stablehlo.broadcast_in_dim"(%encoder.block2.ffn1.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %558 = "stablehlo.multiply"(%556, %557) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %559 = "stablehlo.broadcast_in_dim"(%encoder.block2.ffn1.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %560 = "stablehlo.add"(%558, %559) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %563 = "stablehlo.dot_general"(%560, %encoder.block2.ffn1.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x576xf32>) -> tensor<8x250x576xf32>
    %564 = "stablehlo.broadcast_in_dim"(%encoder.block2.ffn1.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x250x576xf32>
    %565 = "stablehlo.add"(%563, %564) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %566 = "stablehlo.logistic"(%565) : (tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %567 = "stablehlo.multiply"(%565, %566) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %570 = "stablehlo.dot_general"(%567, %encoder.block2.ffn1.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x576xf32>, tensor<576x144xf32>) -> tensor<8x250x144xf32>
    %571 = "stablehlo.broadcast_in_dim"(%encoder.block2.ffn1.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %572 = "stablehlo.add"(%570, %571) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %573 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %574 = "stablehlo.broadcast_in_dim"(%573) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x144xf32>
    %575 = "stablehlo.multiply"(%572, %574) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %576 = "stablehlo.add"(%535, %575) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init89 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %579 = "stablehlo.reduce"(%576, %init89) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs91: tensor<f32>, %rhs92: tensor<f32>):
      %combined90 = "stablehlo.add"(%lhs91, %rhs92) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined90) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %580 = "stablehlo.reshape"(%579) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %581 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %582 = "stablehlo.broadcast_in_dim"(%581) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %583 = "stablehlo.multiply"(%580, %582) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %584 = "stablehlo.broadcast_in_dim"(%583) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %585 = "stablehlo.subtract"(%576, %584) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %586 = "stablehlo.multiply"(%585, %585) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init93 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %587 = "stablehlo.reduce"(%586, %init93) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs95: tensor<f32>, %rhs96: tensor<f32>):
      %combined94 = "stablehlo.add"(%lhs95, %rhs96) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined94) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %588 = "stablehlo.reshape"(%587) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %589 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %590 = "stablehlo.broadcast_in_dim"(%589) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %591 = "stablehlo.multiply"(%588, %590) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %592 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %593 = "stablehlo.broadcast_in_dim"(%592) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %594 = "stablehlo.add"(%591, %593) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %595 = "stablehlo.rsqrt"(%594) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %596 = "stablehlo.broadcast_in_dim"(%595) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %597 = "stablehlo.multiply"(%585, %596) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %598 = "stablehlo.broadcast_in_dim"(%encoder.block2.attention.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %599 = "stablehlo.multiply"(%597, %598) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %600 = "stablehlo.broadcast_in_dim"(%encoder.block2.attention.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %601 = "stablehlo.add"(%599, %600) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %604 = "stablehlo.dot_general"(%601, %encoder.block2.attention.qkv.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x432xf32>) -> tensor<8x250x432xf32>
    %605 = "stablehlo.broadcast_in_dim"(%encoder.block2.attention.qkv.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<432xf32>) -> tensor<8x250x432xf32>
    %606 = "stablehlo.add"(%604, %605) : (tensor<8x250x432xf32>, tensor<8x250x432xf32>) -> tensor<8x250x432xf32>
    %607 = "stablehlo.reshape"(%606) : (tensor<8x250x432xf32>) -> tensor<8x250x3x4x36xf32>
    %608 = "stablehlo.transpose"(%607) <{permutation = array<i64: 2, 0, 3, 1, 4>}> : (tensor<8x250x3x4x36xf32>) -> tensor<3x8x4x250x36xf32>
    %609 = "stablehlo.slice"(%608) <{start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 4, 250, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x250x36xf32>) -> tensor<1x8x4x250x36xf32>
    %610 = "stablehlo.reshape"(%609) : (tensor<1x8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %611 = "stablehlo.slice"(%608) <{start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 8, 4, 250, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x250x36xf32>) -> tensor<1x8x4x250x36xf32>
    %612 = "stablehlo.reshape"(%611) : (tensor<1x8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %613 = "stablehlo.slice"(%608) <{start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 8, 4, 250, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x250x36xf32>) -> tensor<1x8x4x250x36xf32>
    %614 = "stablehlo.reshape"(%613) : (tensor<1x8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %616 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %617 = "stablehlo.broadcast_in_dim"(%616) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x36xf32>
    %618 = "stablehlo.multiply"(%610, %617) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %619 = "stablehlo.dot_general"(%618, %encoder.block2.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x250x36xf32>, tensor<32x36xf32>) -> tensor<8x4x250x32xf32>
    %620 = "stablehlo.multiply"(%618, %618) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %init97 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %621 = "stablehlo.reduce"(%620, %init97) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs99: tensor<f32>, %rhs100: tensor<f32>):
      %combined98 = "stablehlo.add"(%lhs99, %rhs100) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined98) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x36xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %622 = "stablehlo.reshape"(%621) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %623 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %624 = "stablehlo.broadcast_in_dim"(%623) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x1xf32>
    %625 = "stablehlo.multiply"(%622, %624) : (tensor<8x4x250x1xf32>, tensor<8x4x250x1xf32>) -> tensor<8x4x250x1xf32>
    %626 = "stablehlo.broadcast_in_dim"(%625) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x32xf32>
    %627 = "stablehlo.add"(%619, %626) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %init101 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %628 = "stablehlo.reduce"(%627, %init101) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs103: tensor<f32>, %rhs104: tensor<f32>):
      %combined102 = "stablehlo.maximum"(%lhs103, %rhs104) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined102) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x32xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %629 = "stablehlo.reshape"(%628) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %630 = "stablehlo.broadcast_in_dim"(%629) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x32xf32>
    %631 = "stablehlo.subtract"(%627, %630) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %632 = "stablehlo.exponential"(%631) : (tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %633 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %634 = "stablehlo.broadcast_in_dim"(%633) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x32xf32>
    %635 = "stablehlo.multiply"(%632, %634) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %636 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %637 = "stablehlo.broadcast_in_dim"(%636) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x36xf32>
    %638 = "stablehlo.multiply"(%612, %637) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %639 = "stablehlo.dot_general"(%638, %encoder.block2.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x250x36xf32>, tensor<32x36xf32>) -> tensor<8x4x250x32xf32>
    %640 = "stablehlo.multiply"(%638, %638) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %init105 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %641 = "stablehlo.reduce"(%640, %init105) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs107: tensor<f32>, %rhs108: tensor<f32>):
      %combined106 = "stablehlo.add"(%lhs107, %rhs108) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined106) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x36xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %642 = "stablehlo.reshape"(%641) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %643 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %644 = "stablehlo.broadcast_in_dim"(%643) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x1xf32>
    %645 = "stablehlo.multiply"(%642, %644) : (tensor<8x4x250x1xf32>, tensor<8x4x250x1xf32>) -> tensor<8x4x250x1xf32>
    %646 = "stablehlo.broadcast_in_dim"(%645) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x32xf32>
    %647 = "stablehlo.add"(%639, %646) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %648 = "stablehlo.constant"() <{value = dense<30.0> : tensor<f32>}> : () -> tensor<f32>
    %649 = "stablehlo.broadcast_in_dim"(%648) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x32xf32>
    %650 = "stablehlo.minimum"(%647, %649) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %651 = "stablehlo.exponential"(%650) : (tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %652 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %653 = "stablehlo.broadcast_in_dim"(%652) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x32xf32>
    %654 = "stablehlo.multiply"(%651, %653) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %655 = "stablehlo.dot_general"(%635, %654) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>}> : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x250xf32>
    %656 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<250x250xi32>
    %657 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<250x250xi32>
    %658 = "stablehlo.compare"(%656, %657) <{comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<250x250xi32>, tensor<250x250xi32>) -> tensor<250x250xi1>
    %659 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %660 = "stablehlo.broadcast_in_dim"(%659) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x250xf32>
    %661 = "stablehlo.broadcast_in_dim"(%658) <{broadcast_dimensions = array<i64: 2, 3>}> : (tensor<250x250xi1>) -> tensor<8x4x250x250xi1>
    %662 = "stablehlo.select"(%661, %655, %660) : (tensor<8x4x250x250xi1>, tensor<8x4x250x250xf32>, tensor<8x4x250x250xf32>) -> tensor<8x4x250x250xf32>
    %663 = "stablehlo.dot_general"(%662, %614) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x250x250xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %init109 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %664 = "stablehlo.reduce"(%662, %init109) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs111: tensor<f32>, %rhs112: tensor<f32>):
      %combined110 = "stablehlo.add"(%lhs111, %rhs112) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined110) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x250xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %665 = "stablehlo.reshape"(%664) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %666 = "stablehlo.constant"() <{value = dense<1.0e-6> : tensor<f32>}> : () -> tensor<f32>
    %667 = "stablehlo.broadcast_in_dim"(%666) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x1xf32>
    %668 = "stablehlo.add"(%665, %667) : (tensor<8x4x250x1xf32>, tensor<8x4x250x1xf32>) -> tensor<8x4x250x1xf32>
    %669 = "stablehlo.broadcast_in_dim"(%668) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x36xf32>
    %670 = "stablehlo.divide"(%663, %669) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %671 = "stablehlo.transpose"(%670) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x4x250x36xf32>) -> tensor<8x250x4x36xf32>
    %672 = "stablehlo.reshape"(%671) : (tensor<8x250x4x36xf32>) -> tensor<8x250x144xf32>
    %675 = "stablehlo.dot_general"(%672, %encoder.block2.attention.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x144xf32>) -> tensor<8x250x144xf32>
    %676 = "stablehlo.broadcast_in_dim"(%encoder.block2.attention.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %677 = "stablehlo.add"(%675, %676) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %678 = "stablehlo.add"(%576, %677) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init113 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %681 = "stablehlo.reduce"(%678, %init113) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs115: tensor<f32>, %rhs116: tensor<f32>):
      %combined114 = "stablehlo.add"(%lhs115, %rhs116) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined114) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %682 = "stablehlo.reshape"(%681) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %683 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %684 = "stablehlo.broadcast_in_dim"(%683) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %685 = "stablehlo.multiply"(%682, %684) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %686 = "stablehlo.broadcast_in_dim"(%685) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %687 = "stablehlo.subtract"(%678, %686) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %688 = "stablehlo.multiply"(%687, %687) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init117 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %689 = "stablehlo.reduce"(%688, %init117) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs119: tensor<f32>, %rhs120: tensor<f32>):
      %combined118 = "stablehlo.add"(%lhs119, %rhs120) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined118) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %690 = "stablehlo.reshape"(%689) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %691 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %692 = "stablehlo.broadcast_in_dim"(%691) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %693 = "stablehlo.multiply"(%690, %692) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %694 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %695 = "stablehlo.broadcast_in_dim"(%694) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %696 = "stablehlo.add"(%693, %695) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %697 = "stablehlo.rsqrt"(%696) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %698 = "stablehlo.broadcast_in_dim"(%697) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %699 = "stablehlo.multiply"(%687, %698) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %700 = "stablehlo.broadcast_in_dim"(%encoder.block2.conv.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %701 = "stablehlo.multiply"(%699, %700) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %702 = "stablehlo.broadcast_in_dim"(%encoder.block2.conv.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %703 = "stablehlo.add"(%701, %702) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %706 = "stablehlo.dot_general"(%703, %encoder.block2.conv.pointwise_in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x288xf32>) -> tensor<8x250x288xf32>
    %707 = "stablehlo.broadcast_in_dim"(%encoder.block2.conv.pointwise_in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x250x288xf32>
    %708 = "stablehlo.add"(%706, %707) : (tensor<8x250x288xf32>, tensor<8x250x288xf32>) -> tensor<8x250x288xf32>
    %709 = "stablehlo.slice"(%708) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 250, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x250x288xf32>) -> tensor<8x250x144xf32>
    %710 = "stablehlo.slice"(%708) <{start_indices = array<i64: 0, 0, 144>, limit_indices = array<i64: 8, 250, 288>, strides = array<i64: 1, 1, 1>}> : (tensor<8x250x288xf32>) -> tensor<8x250x144xf32>
    %711 = "stablehlo.logistic"(%710) : (tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %712 = "stablehlo.multiply"(%709, %711) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %713 = "stablehlo.convert"(%17) : (tensor<8x250xi1>) -> tensor<8x250xf32>
    %714 = "stablehlo.reshape"(%713) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %715 = "stablehlo.broadcast_in_dim"(%714) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %716 = "stablehlo.multiply"(%712, %715) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %717 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %718 = "stablehlo.pad"(%716, %717) <{edge_padding_high = array<i64: 0, 0, 0>, edge_padding_low = array<i64: 0, 14, 0>, interior_padding = array<i64: 0, 0, 0>}> : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x264x144xf32>
    %721 = "stablehlo.reshape"(%encoder.block2.conv.depthwise.w) : (tensor<15x1x144xf32>) -> tensor<15x144xf32>
    %722 = "stablehlo.slice"(%718) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 250, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %723 = "stablehlo.slice"(%721) <{start_indices = array<i64: 0, 0>, limit_indices = array<i64: 1, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %724 = "stablehlo.broadcast_in_dim"(%723) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %725 = "stablehlo.multiply"(%722, %724) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %726 = "stablehlo.slice"(%718) <{start_indices = array<i64: 0, 1, 0>, limit_indices = array<i64: 8, 251, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %727 = "stablehlo.slice"(%721) <{start_indices = array<i64: 1, 0>, limit_indices = array<i64: 2, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %728 = "stablehlo.broadcast_in_dim"(%727) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %729 = "stablehlo.multiply"(%726, %728) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %730 = "stablehlo.add"(%725, %729) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %731 = "stablehlo.slice"(%718) <{start_indices = array<i64: 0, 2, 0>, limit_indices = array<i64: 8, 252, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %732 = "stablehlo.slice"(%721) <{start_indices = array<i64: 2, 0>, limit_indices = array<i64: 3, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %733 = "stablehlo.broadcast_in_dim"(%732) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %734 = "stablehlo.multiply"(%731, %733) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %735 = "stablehlo.add"(%730, %734) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %736 = "stablehlo.slice"(%718) <{start_indices = array<i64: 0, 3, 0>, limit_indices = array<i64: 8, 253, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %737 = "stablehlo.slice"(%721) <{start_indices = array<i64: 3, 0>, limit_indices = array<i64: 4, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %738 = "stablehlo.broadcast_in_dim"(%737) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %739 = "stablehlo.multiply"(%736, %738) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %740 = "stablehlo.add"(%735, %739) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %741 = "stablehlo.slice"(%718) <{start_indices = array<i64: 0, 4, 0>, limit_indices = array<i64: 8, 254, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %742 = "stablehlo.slice"(%721) <{start_indices = array<i64: 4, 0>, limit_indices = array<i64: 5, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %743 = "stablehlo.broadcast_in_dim"(%742) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %744 = "stablehlo.multiply"(%741, %743) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %745 = "stablehlo.add"(%740, %744) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %746 = "stablehlo.slice"(%718) <{start_indices = array<i64: 0, 5, 0>, limit_indices = array<i64: 8, 255, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %747 = "stablehlo.slice"(%721) <{start_indices = array<i64: 5, 0>, limit_indices = array<i64: 6, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %748 = "stablehlo.broadcast_in_dim"(%747) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %749 = "stablehlo.multiply"(%746, %748) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %750 = "stablehlo.add"(%745, %749) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %751 = "stablehlo.slice"(%718) <{start_indices = array<i64: 0, 6, 0>, limit_indices = array<i64: 8, 256, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %752 = "stablehlo.slice"(%721) <{start_indices = array<i64: 6, 0>, limit_indices = array<i64: 7, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %753 = "stablehlo.broadcast_in_dim"(%752) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %754 = "stablehlo.multiply"(%751, %753) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %755 = "stablehlo.add"(%750, %754) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %756 = "stablehlo.slice"(%718) <{start_indices = array<i64: 0, 7, 0>, limit_indices = array<i64: 8, 257, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %757 = "stablehlo.slice"(%721) <{start_indices = array<i64: 7, 0>, limit_indices = array<i64: 8, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %758 = "stablehlo.broadcast_in_dim"(%757) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %759 = "stablehlo.multiply"(%756, %758) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %760 = "stablehlo.add"(%755, %759) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %761 = "stablehlo.slice"(%718) <{start_indices = array<i64: 0, 8, 0>, limit_indices = array<i64: 8, 258, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %762 = "stablehlo.slice"(%721) <{start_indices = array<i64: 8, 0>, limit_indices = array<i64: 9, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %763 = "stablehlo.broadcast_in_dim"(%762) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %764 = "stablehlo.multiply"(%761, %763) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %765 = "stablehlo.add"(%760, %764) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %766 = "stablehlo.slice"(%718) <{start_indices = array<i64: 0, 9, 0>, limit_indices = array<i64: 8, 259, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %767 = "stablehlo.slice"(%721) <{start_indices = array<i64: 9, 0>, limit_indices = array<i64: 10, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %768 = "stablehlo.broadcast_in_dim"(%767) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %769 = "stablehlo.multiply"(%766, %768) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %770 = "stablehlo.add"(%765, %769) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %771 = "stablehlo.slice"(%718) <{start_indices = array<i64: 0, 10, 0>, limit_indices = array<i64: 8, 260, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %772 = "stablehlo.slice"(%721) <{start_indices = array<i64: 10, 0>, limit_indices = array<i64: 11, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %773 = "stablehlo.broadcast_in_dim"(%772) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %774 = "stablehlo.multiply"(%771, %773) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %775 = "stablehlo.add"(%770, %774) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %776 = "stablehlo.slice"(%718) <{start_indices = array<i64: 0, 11, 0>, limit_indices = array<i64: 8, 261, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %777 = "stablehlo.slice"(%721) <{start_indices = array<i64: 11, 0>, limit_indices = array<i64: 12, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %778 = "stablehlo.broadcast_in_dim"(%777) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %779 = "stablehlo.multiply"(%776, %778) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %780 = "stablehlo.add"(%775, %779) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %781 = "stablehlo.slice"(%718) <{start_indices = array<i64: 0, 12, 0>, limit_indices = array<i64: 8, 262, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %782 = "stablehlo.slice"(%721) <{start_indices = array<i64: 12, 0>, limit_indices = array<i64: 13, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %783 = "stablehlo.broadcast_in_dim"(%782) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %784 = "stablehlo.multiply"(%781, %783) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %785 = "stablehlo.add"(%780, %784) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %786 = "stablehlo.slice"(%718) <{start_indices = array<i64: 0, 13, 0>, limit_indices = array<i64: 8, 263, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %787 = "stablehlo.slice"(%721) <{start_indices = array<i64: 13, 0>, limit_indices = array<i64: 14, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %788 = "stablehlo.broadcast_in_dim"(%787) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %789 = "stablehlo.multiply"(%786, %788) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %790 = "stablehlo.add"(%785, %789) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %791 = "stablehlo.slice"(%718) <{start_indices = array<i64: 0, 14, 0>, limit_indices = array<i64: 8, 264, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %792 = "stablehlo.slice"(%721) <{start_indices = array<i64: 14, 0>, limit_indices = array<i64: 15, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %793 = "stablehlo.broadcast_in_dim"(%792) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %794 = "stablehlo.multiply"(%791, %793) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %795 = "stablehlo.add"(%790, %794) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %796 = "stablehlo.broadcast_in_dim"(%encoder.block2.conv.depthwise.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %797 = "stablehlo.add"(%795, %796) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init121 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %800 = "stablehlo.reduce"(%797, %init121) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs123: tensor<f32>, %rhs124: tensor<f32>):
      %combined122 = "stablehlo.add"(%lhs123, %rhs124) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined122) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %801 = "stablehlo.reshape"(%800) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %802 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %803 = "stablehlo.broadcast_in_dim"(%802) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %804 = "stablehlo.multiply"(%801, %803) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %805 = "stablehlo.broadcast_in_dim"(%804) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %806 = "stablehlo.subtract"(%797, %805) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %807 = "stablehlo.multiply"(%806, %806) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init125 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %808 = "stablehlo.reduce"(%807, %init125) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs127: tensor<f32>, %rhs128: tensor<f32>):
      %combined126 = "stablehlo.add"(%lhs127, %rhs128) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined126) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %809 = "stablehlo.reshape"(%808) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %810 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %811 = "stablehlo.broadcast_in_dim"(%810) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %812 = "stablehlo.multiply"(%809, %811) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %813 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %814 = "stablehlo.broadcast_in_dim"(%813) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %815 = "stablehlo.add"(%812, %814) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %816 = "stablehlo.rsqrt"(%815) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %817 = "stablehlo.broadcast_in_dim"(%816) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %818 = "stablehlo.multiply"(%806, %817) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %819 = "stablehlo.broadcast_in_dim"(%encoder.block2.conv.depthwise_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %820 = "stablehlo.multiply"(%818, %819) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %821 = "stablehlo.broadcast_in_dim"(%encoder.block2.conv.depthwise_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %822 = "stablehlo.add"(%820, %821) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %823 = "stablehlo.logistic"(%822) : (tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %824 = "stablehlo.multiply"(%822, %823) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %827 = "stablehlo.dot_general"(%824, %encoder.block2.conv.pointwise_out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x144xf32>) -> tensor<8x250x144xf32>
    %828 = "stablehlo.broadcast_in_dim"(%encoder.block2.conv.pointwise_out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %829 = "stablehlo.add"(%827, %828) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %830 = "stablehlo.add"(%678, %829) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init129 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %833 = "stablehlo.reduce"(%830, %init129) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs131: tensor<f32>, %rhs132: tensor<f32>):
      %combined130 = "stablehlo.add"(%lhs131, %rhs132) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined130) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %834 = "stablehlo.reshape"(%833) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %835 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %836 = "stablehlo.broadcast_in_dim"(%835) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %837 = "stablehlo.multiply"(%834, %836) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %838 = "stablehlo.broadcast_in_dim"(%837) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %839 = "stablehlo.subtract"(%830, %838) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %840 = "stablehlo.multiply"(%839, %839) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init133 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %841 = "stablehlo.reduce"(%840, %init133) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs135: tensor<f32>, %rhs136: tensor<f32>):
      %combined134 = "stablehlo.add"(%lhs135, %rhs136) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined134) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %842 = "stablehlo.reshape"(%841) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %843 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %844 = "stablehlo.broadcast_in_dim"(%843) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %845 = "stablehlo.multiply"(%842, %844) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %846 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %847 = "stablehlo.broadcast_in_dim"(%846) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %848 = "stablehlo.add"(%845, %847) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %849 = "stablehlo.rsqrt"(%848) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %850 = "stablehlo.broadcast_in_dim"(%849) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %851 = "stablehlo.multiply"(%839, %850) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %852 = "stablehlo.broadcast_in_dim"(%encoder.block2.ffn2.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %853 = "stablehlo.multiply"(%851, %852) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %854 = "stablehlo.broadcast_in_dim"(%encoder.block2.ffn2.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %855 = "stablehlo.add"(%853, %854) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %858 = "stablehlo.dot_general"(%855, %encoder.block2.ffn2.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x576xf32>) -> tensor<8x250x576xf32>
    %859 = "stablehlo.broadcast_in_dim"(%encoder.block2.ffn2.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x250x576xf32>
    %860 = "stablehlo.add"(%858, %859) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %861 = "stablehlo.logistic"(%860) : (tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %862 = "stablehlo.multiply"(%860, %861) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %865 = "stablehlo.dot_general"(%862, %encoder.block2.ffn2.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x576xf32>, tensor<576x144xf32>) -> tensor<8x250x144xf32>
    %866 = "stablehlo.broadcast_in_dim"(%encoder.block2.ffn2.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %867 = "stablehlo.add"(%865, %866) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %868 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %869 = "stablehlo.broadcast_in_dim"(%868) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x144xf32>
    %870 = "stablehlo.multiply"(%867, %869) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %871 = "stablehlo.add"(%830, %870) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init137 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %874 = "stablehlo.reduce"(%871, %init137) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs139: tensor<f32>, %rhs140: tensor<f32>):
      %combined138 = "stablehlo.add"(%lhs139, %rhs140) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined138) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %875 = "stablehlo.reshape"(%874) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %876 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %877 = "stablehlo.broadcast_in_dim"(%876) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %878 = "stablehlo.multiply"(%875, %877) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %879 = "stablehlo.broadcast_in_dim"(%878) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %880 = "stablehlo.subtract"(%871, %879) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %881 = "stablehlo.multiply"(%880, %880) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init141 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %882 = "stablehlo.reduce"(%881, %init141) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs143: tensor<f32>, %rhs144: tensor<f32>):
      %combined142 = "stablehlo.add"(%lhs143, %rhs144) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined142) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %883 = "stablehlo.reshape"(%882) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %884 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %885 = "stablehlo.broadcast_in_dim"(%884) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %886 = "stablehlo.multiply"(%883, %885) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %887 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %888 = "stablehlo.broadcast_in_dim"(%887) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %889 = "stablehlo.add"(%886, %888) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %890 = "stablehlo.rsqrt"(%889) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %891 = "stablehlo.broadcast_in_dim"(%890) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %892 = "stablehlo.multiply"(%880, %891) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %893 = "stablehlo.broadcast_in_dim"(%encoder.block2.final_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %894 = "stablehlo.multiply"(%892, %893) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %895 = "stablehlo.broadcast_in_dim"(%encoder.block2.final_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %896 = "stablehlo.add"(%894, %895) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init145 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %899 = "stablehlo.reduce"(%896, %init145) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs147: tensor<f32>, %rhs148: tensor<f32>):
      %combined146 = "stablehlo.add"(%lhs147, %rhs148) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined146) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %900 = "stablehlo.reshape"(%899) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %901 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %902 = "stablehlo.broadcast_in_dim"(%901) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %903 = "stablehlo.multiply"(%900, %902) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %904 = "stablehlo.broadcast_in_dim"(%903) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %905 = "stablehlo.subtract"(%896, %904) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %906 = "stablehlo.multiply"(%905, %905) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init149 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %907 = "stablehlo.reduce"(%906, %init149) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs151: tensor<f32>, %rhs152: tensor<f32>):
      %combined150 = "stablehlo.add"(%lhs151, %rhs152) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined150) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %908 = "stablehlo.reshape"(%907) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %909 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %910 = "stablehlo.broadcast_in_dim"(%909) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %911 = "stablehlo.multiply"(%908, %910) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %912 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %913 = "stablehlo.broadcast_in_dim"(%912) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %914 = "stablehlo.add"(%911, %913) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %915 = "stablehlo.rsqrt"(%914) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %916 = "stablehlo.broadcast_in_dim"(%915) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %917 = "stablehlo.multiply"(%905, %916) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %918 = "stablehlo.broadcast_in_dim"(%encoder.block3.ffn1.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %919 = "stablehlo.multiply"(%917, %918) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %920 = "stablehlo.broadcast_in_dim"(%encoder.block3.ffn1.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %921 = "stablehlo.add"(%919, %920) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %924 = "stablehlo.dot_general"(%921, %encoder.block3.ffn1.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x576xf32>) -> tensor<8x250x576xf32>
    %925 = "stablehlo.broadcast_in_dim"(%encoder.block3.ffn1.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x250x576xf32>
    %926 = "stablehlo.add"(%924, %925) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %927 = "stablehlo.logistic"(%926) : (tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %928 = "stablehlo.multiply"(%926, %927) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %931 = "stablehlo.dot_general"(%928, %encoder.block3.ffn1.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x576xf32>, tensor<576x144xf32>) -> tensor<8x250x144xf32>
    %932 = "stablehlo.broadcast_in_dim"(%encoder.block3.ffn1.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %933 = "stablehlo.add"(%931, %932) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %934 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %935 = "stablehlo.broadcast_in_dim"(%934) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x144xf32>
    %936 = "stablehlo.multiply"(%933, %935) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %937 = "stablehlo.add"(%896, %936) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init153 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %940 = "stablehlo.reduce"(%937, %init153) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs155: tensor<f32>, %rhs156: tensor<f32>):
      %combined154 = "stablehlo.add"(%lhs155, %rhs156) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined154) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %941 = "stablehlo.reshape"(%940) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %942 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %943 = "stablehlo.broadcast_in_dim"(%942) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %944 = "stablehlo.multiply"(%941, %943) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %945 = "stablehlo.broadcast_in_dim"(%944) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %946 = "stablehlo.subtract"(%937, %945) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %947 = "stablehlo.multiply"(%946, %946) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init157 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %948 = "stablehlo.reduce"(%947, %init157) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs159: tensor<f32>, %rhs160: tensor<f32>):
      %combined158 = "stablehlo.add"(%lhs159, %rhs160) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined158) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %949 = "stablehlo.reshape"(%948) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %950 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %951 = "stablehlo.broadcast_in_dim"(%950) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %952 = "stablehlo.multiply"(%949, %951) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %953 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %954 = "stablehlo.broadcast_in_dim"(%953) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %955 = "stablehlo.add"(%952, %954) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %956 = "stablehlo.rsqrt"(%955) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %957 = "stablehlo.broadcast_in_dim"(%956) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %958 = "stablehlo.multiply"(%946, %957) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %959 = "stablehlo.broadcast_in_dim"(%encoder.block3.attention.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %960 = "stablehlo.multiply"(%958, %959) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %961 = "stablehlo.broadcast_in_dim"(%encoder.block3.attention.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %962 = "stablehlo.add"(%960, %961) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %965 = "stablehlo.dot_general"(%962, %encoder.block3.attention.qkv.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x432xf32>) -> tensor<8x250x432xf32>
    %966 = "stablehlo.broadcast_in_dim"(%encoder.block3.attention.qkv.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<432xf32>) -> tensor<8x250x432xf32>
    %967 = "stablehlo.add"(%965, %966) : (tensor<8x250x432xf32>, tensor<8x250x432xf32>) -> tensor<8x250x432xf32>
    %968 = "stablehlo.reshape"(%967) : (tensor<8x250x432xf32>) -> tensor<8x250x3x4x36xf32>
    %969 = "stablehlo.transpose"(%968) <{permutation = array<i64: 2, 0, 3, 1, 4>}> : (tensor<8x250x3x4x36xf32>) -> tensor<3x8x4x250x36xf32>
    %970 = "stablehlo.slice"(%969) <{start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 4, 250, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x250x36xf32>) -> tensor<1x8x4x250x36xf32>
    %971 = "stablehlo.reshape"(%970) : (tensor<1x8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %972 = "stablehlo.slice"(%969) <{start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 8, 4, 250, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x250x36xf32>) -> tensor<1x8x4x250x36xf32>
    %973 = "stablehlo.reshape"(%972) : (tensor<1x8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %974 = "stablehlo.slice"(%969) <{start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 8, 4, 250, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x250x36xf32>) -> tensor<1x8x4x250x36xf32>
    %975 = "stablehlo.reshape"(%974) : (tensor<1x8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %977 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %978 = "stablehlo.broadcast_in_dim"(%977) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x36xf32>
    %979 = "stablehlo.multiply"(%971, %978) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %980 = "stablehlo.dot_general"(%979, %encoder.block3.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x250x36xf32>, tensor<32x36xf32>) -> tensor<8x4x250x32xf32>
    %981 = "stablehlo.multiply"(%979, %979) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %init161 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %982 = "stablehlo.reduce"(%981, %init161) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs163: tensor<f32>, %rhs164: tensor<f32>):
      %combined162 = "stablehlo.add"(%lhs163, %rhs164) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined162) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x36xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %983 = "stablehlo.reshape"(%982) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %984 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %985 = "stablehlo.broadcast_in_dim"(%984) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x1xf32>
    %986 = "stablehlo.multiply"(%983, %985) : (tensor<8x4x250x1xf32>, tensor<8x4x250x1xf32>) -> tensor<8x4x250x1xf32>
    %987 = "stablehlo.broadcast_in_dim"(%986) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x32xf32>
    %988 = "stablehlo.add"(%980, %987) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %init165 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %989 = "stablehlo.reduce"(%988, %init165) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs167: tensor<f32>, %rhs168: tensor<f32>):
      %combined166 = "stablehlo.maximum"(%lhs167, %rhs168) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined166) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x32xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %990 = "stablehlo.reshape"(%989) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %991 = "stablehlo.broadcast_in_dim"(%990) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x32xf32>
    %992 = "stablehlo.subtract"(%988, %991) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %993 = "stablehlo.exponential"(%992) : (tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %994 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %995 = "stablehlo.broadcast_in_dim"(%994) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x32xf32>
    %996 = "stablehlo.multiply"(%993, %995) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %997 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %998 = "stablehlo.broadcast_in_dim"(%997) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x36xf32>
    %999 = "stablehlo.multiply"(%973, %998) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %1000 = "stablehlo.dot_general"(%999, %encoder.block3.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x250x36xf32>, tensor<32x36xf32>) -> tensor<8x4x250x32xf32>
    %1001 = "stablehlo.multiply"(%999, %999) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %init169 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1002 = "stablehlo.reduce"(%1001, %init169) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs171: tensor<f32>, %rhs172: tensor<f32>):
      %combined170 = "stablehlo.add"(%lhs171, %rhs172) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined170) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x36xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %1003 = "stablehlo.reshape"(%1002) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %1004 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %1005 = "stablehlo.broadcast_in_dim"(%1004) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x1xf32>
    %1006 = "stablehlo.multiply"(%1003, %1005) : (tensor<8x4x250x1xf32>, tensor<8x4x250x1xf32>) -> tensor<8x4x250x1xf32>
    %1007 = "stablehlo.broadcast_in_dim"(%1006) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x32xf32>
    %1008 = "stablehlo.add"(%1000, %1007) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1009 = "stablehlo.constant"() <{value = dense<30.0> : tensor<f32>}> : () -> tensor<f32>
    %1010 = "stablehlo.broadcast_in_dim"(%1009) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x32xf32>
    %1011 = "stablehlo.minimum"(%1008, %1010) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1012 = "stablehlo.exponential"(%1011) : (tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1013 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %1014 = "stablehlo.broadcast_in_dim"(%1013) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x32xf32>
    %1015 = "stablehlo.multiply"(%1012, %1014) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1016 = "stablehlo.dot_general"(%996, %1015) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>}> : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x250xf32>
    %1017 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<250x250xi32>
    %1018 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<250x250xi32>
    %1019 = "stablehlo.compare"(%1017, %1018) <{comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<250x250xi32>, tensor<250x250xi32>) -> tensor<250x250xi1>
    %1020 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1021 = "stablehlo.broadcast_in_dim"(%1020) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x250xf32>
    %1022 = "stablehlo.broadcast_in_dim"(%1019) <{broadcast_dimensions = array<i64: 2, 3>}> : (tensor<250x250xi1>) -> tensor<8x4x250x250xi1>
    %1023 = "stablehlo.select"(%1022, %1016, %1021) : (tensor<8x4x250x250xi1>, tensor<8x4x250x250xf32>, tensor<8x4x250x250xf32>) -> tensor<8x4x250x250xf32>
    %1024 = "stablehlo.dot_general"(%1023, %975) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x250x250xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %init173 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1025 = "stablehlo.reduce"(%1023, %init173) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs175: tensor<f32>, %rhs176: tensor<f32>):
      %combined174 = "stablehlo.add"(%lhs175, %rhs176) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined174) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x250xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %1026 = "stablehlo.reshape"(%1025) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %1027 = "stablehlo.constant"() <{value = dense<1.0e-6> : tensor<f32>}> : () -> tensor<f32>
    %1028 = "stablehlo.broadcast_in_dim"(%1027) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x1xf32>
    %1029 = "stablehlo.add"(%1026, %1028) : (tensor<8x4x250x1xf32>, tensor<8x4x250x1xf32>) -> tensor<8x4x250x1xf32>
    %1030 = "stablehlo.broadcast_in_dim"(%1029) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x36xf32>
    %1031 = "stablehlo.divide"(%1024, %1030) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %1032 = "stablehlo.transpose"(%1031) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x4x250x36xf32>) -> tensor<8x250x4x36xf32>
    %1033 = "stablehlo.reshape"(%1032) : (tensor<8x250x4x36xf32>) -> tensor<8x250x144xf32>
    %1036 = "stablehlo.dot_general"(%1033, %encoder.block3.attention.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x144xf32>) -> tensor<8x250x144xf32>
    %1037 = "stablehlo.broadcast_in_dim"(%encoder.block3.attention.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1038 = "stablehlo.add"(%1036, %1037) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1039 = "stablehlo.add"(%937, %1038) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init177 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1042 = "stablehlo.reduce"(%1039, %init177) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs179: tensor<f32>, %rhs180: tensor<f32>):
      %combined178 = "stablehlo.add"(%lhs179, %rhs180) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined178) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1043 = "stablehlo.reshape"(%1042) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1044 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1045 = "stablehlo.broadcast_in_dim"(%1044) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1046 = "stablehlo.multiply"(%1043, %1045) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1047 = "stablehlo.broadcast_in_dim"(%1046) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1048 = "stablehlo.subtract"(%1039, %1047) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1049 = "stablehlo.multiply"(%1048, %1048) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init181 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1050 = "stablehlo.reduce"(%1049, %init181) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs183: tensor<f32>, %rhs184: tensor<f32>):
      %combined182 = "stablehlo.add"(%lhs183, %rhs184) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined182) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1051 = "stablehlo.reshape"(%1050) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1052 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1053 = "stablehlo.broadcast_in_dim"(%1052) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1054 = "stablehlo.multiply"(%1051, %1053) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1055 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1056 = "stablehlo.broadcast_in_dim"(%1055) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1057 = "stablehlo.add"(%1054, %1056) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1058 = "stablehlo.rsqrt"(%1057) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1059 = "stablehlo.broadcast_in_dim"(%1058) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1060 = "stablehlo.multiply"(%1048, %1059) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1061 = "stablehlo.broadcast_in_dim"(%encoder.block3.conv.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1062 = "stablehlo.multiply"(%1060, %1061) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1063 = "stablehlo.broadcast_in_dim"(%encoder.block3.conv.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1064 = "stablehlo.add"(%1062, %1063) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1067 = "stablehlo.dot_general"(%1064, %encoder.block3.conv.pointwise_in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x288xf32>) -> tensor<8x250x288xf32>
    %1068 = "stablehlo.broadcast_in_dim"(%encoder.block3.conv.pointwise_in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x250x288xf32>
    %1069 = "stablehlo.add"(%1067, %1068) : (tensor<8x250x288xf32>, tensor<8x250x288xf32>) -> tensor<8x250x288xf32>
    %1070 = "stablehlo.slice"(%1069) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 250, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x250x288xf32>) -> tensor<8x250x144xf32>
    %1071 = "stablehlo.slice"(%1069) <{start_indices = array<i64: 0, 0, 144>, limit_indices = array<i64: 8, 250, 288>, strides = array<i64: 1, 1, 1>}> : (tensor<8x250x288xf32>) -> tensor<8x250x144xf32>
    %1072 = "stablehlo.logistic"(%1071) : (tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1073 = "stablehlo.multiply"(%1070, %1072) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1074 = "stablehlo.convert"(%17) : (tensor<8x250xi1>) -> tensor<8x250xf32>
    %1075 = "stablehlo.reshape"(%1074) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1076 = "stablehlo.broadcast_in_dim"(%1075) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1077 = "stablehlo.multiply"(%1073, %1076) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1078 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1079 = "stablehlo.pad"(%1077, %1078) <{edge_padding_high = array<i64: 0, 0, 0>, edge_padding_low = array<i64: 0, 14, 0>, interior_padding = array<i64: 0, 0, 0>}> : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x264x144xf32>
    %1082 = "stablehlo.reshape"(%encoder.block3.conv.depthwise.w) : (tensor<15x1x144xf32>) -> tensor<15x144xf32>
    %1083 = "stablehlo.slice"(%1079) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 250, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %1084 = "stablehlo.slice"(%1082) <{start_indices = array<i64: 0, 0>, limit_indices = array<i64: 1, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1085 = "stablehlo.broadcast_in_dim"(%1084) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %1086 = "stablehlo.multiply"(%1083, %1085) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1087 = "stablehlo.slice"(%1079) <{start_indices = array<i64: 0, 1, 0>, limit_indices = array<i64: 8, 251, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %1088 = "stablehlo.slice"(%1082) <{start_indices = array<i64: 1, 0>, limit_indices = array<i64: 2, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1089 = "stablehlo.broadcast_in_dim"(%1088) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %1090 = "stablehlo.multiply"(%1087, %1089) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1091 = "stablehlo.add"(%1086, %1090) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1092 = "stablehlo.slice"(%1079) <{start_indices = array<i64: 0, 2, 0>, limit_indices = array<i64: 8, 252, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %1093 = "stablehlo.slice"(%1082) <{start_indices = array<i64: 2, 0>, limit_indices = array<i64: 3, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1094 = "stablehlo.broadcast_in_dim"(%1093) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %1095 = "stablehlo.multiply"(%1092, %1094) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1096 = "stablehlo.add"(%1091, %1095) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1097 = "stablehlo.slice"(%1079) <{start_indices = array<i64: 0, 3, 0>, limit_indices = array<i64: 8, 253, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %1098 = "stablehlo.slice"(%1082) <{start_indices = array<i64: 3, 0>, limit_indices = array<i64: 4, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1099 = "stablehlo.broadcast_in_dim"(%1098) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %1100 = "stablehlo.multiply"(%1097, %1099) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1101 = "stablehlo.add"(%1096, %1100) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1102 = "stablehlo.slice"(%1079) <{start_indices = array<i64: 0, 4, 0>, limit_indices = array<i64: 8, 254, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %1103 = "stablehlo.slice"(%1082) <{start_indices = array<i64: 4, 0>, limit_indices = array<i64: 5, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1104 = "stablehlo.broadcast_in_dim"(%1103) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %1105 = "stablehlo.multiply"(%1102, %1104) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1106 = "stablehlo.add"(%1101, %1105) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1107 = "stablehlo.slice"(%1079) <{start_indices = array<i64: 0, 5, 0>, limit_indices = array<i64: 8, 255, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %1108 = "stablehlo.slice"(%1082) <{start_indices = array<i64: 5, 0>, limit_indices = array<i64: 6, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1109 = "stablehlo.broadcast_in_dim"(%1108) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %1110 = "stablehlo.multiply"(%1107, %1109) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1111 = "stablehlo.add"(%1106, %1110) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1112 = "stablehlo.slice"(%1079) <{start_indices = array<i64: 0, 6, 0>, limit_indices = array<i64: 8, 256, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %1113 = "stablehlo.slice"(%1082) <{start_indices = array<i64: 6, 0>, limit_indices = array<i64: 7, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1114 = "stablehlo.broadcast_in_dim"(%1113) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %1115 = "stablehlo.multiply"(%1112, %1114) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1116 = "stablehlo.add"(%1111, %1115) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1117 = "stablehlo.slice"(%1079) <{start_indices = array<i64: 0, 7, 0>, limit_indices = array<i64: 8, 257, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %1118 = "stablehlo.slice"(%1082) <{start_indices = array<i64: 7, 0>, limit_indices = array<i64: 8, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1119 = "stablehlo.broadcast_in_dim"(%1118) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %1120 = "stablehlo.multiply"(%1117, %1119) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1121 = "stablehlo.add"(%1116, %1120) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1122 = "stablehlo.slice"(%1079) <{start_indices = array<i64: 0, 8, 0>, limit_indices = array<i64: 8, 258, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %1123 = "stablehlo.slice"(%1082) <{start_indices = array<i64: 8, 0>, limit_indices = array<i64: 9, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1124 = "stablehlo.broadcast_in_dim"(%1123) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %1125 = "stablehlo.multiply"(%1122, %1124) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1126 = "stablehlo.add"(%1121, %1125) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1127 = "stablehlo.slice"(%1079) <{start_indices = array<i64: 0, 9, 0>, limit_indices = array<i64: 8, 259, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %1128 = "stablehlo.slice"(%1082) <{start_indices = array<i64: 9, 0>, limit_indices = array<i64: 10, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1129 = "stablehlo.broadcast_in_dim"(%1128) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %1130 = "stablehlo.multiply"(%1127, %1129) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1131 = "stablehlo.add"(%1126, %1130) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1132 = "stablehlo.slice"(%1079) <{start_indices = array<i64: 0, 10, 0>, limit_indices = array<i64: 8, 260, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %1133 = "stablehlo.slice"(%1082) <{start_indices = array<i64: 10, 0>, limit_indices = array<i64: 11, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1134 = "stablehlo.broadcast_in_dim"(%1133) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %1135 = "stablehlo.multiply"(%1132, %1134) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1136 = "stablehlo.add"(%1131, %1135) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1137 = "stablehlo.slice"(%1079) <{start_indices = array<i64: 0, 11, 0>, limit_indices = array<i64: 8, 261, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %1138 = "stablehlo.slice"(%1082) <{start_indices = array<i64: 11, 0>, limit_indices = array<i64: 12, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1139 = "stablehlo.broadcast_in_dim"(%1138) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %1140 = "stablehlo.multiply"(%1137, %1139) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1141 = "stablehlo.add"(%1136, %1140) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1142 = "stablehlo.slice"(%1079) <{start_indices = array<i64: 0, 12, 0>, limit_indices = array<i64: 8, 262, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %1143 = "stablehlo.slice"(%1082) <{start_indices = array<i64: 12, 0>, limit_indices = array<i64: 13, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1144 = "stablehlo.broadcast_in_dim"(%1143) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %1145 = "stablehlo.multiply"(%1142, %1144) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1146 = "stablehlo.add"(%1141, %1145) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1147 = "stablehlo.slice"(%1079) <{start_indices = array<i64: 0, 13, 0>, limit_indices = array<i64: 8, 263, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %1148 = "stablehlo.slice"(%1082) <{start_indices = array<i64: 13, 0>, limit_indices = array<i64: 14, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1149 = "stablehlo.broadcast_in_dim"(%1148) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %1150 = "stablehlo.multiply"(%1147, %1149) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1151 = "stablehlo.add"(%1146, %1150) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1152 = "stablehlo.slice"(%1079) <{start_indices = array<i64: 0, 14, 0>, limit_indices = array<i64: 8, 264, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %1153 = "stablehlo.slice"(%1082) <{start_indices = array<i64: 14, 0>, limit_indices = array<i64: 15, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1154 = "stablehlo.broadcast_in_dim"(%1153) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %1155 = "stablehlo.multiply"(%1152, %1154) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1156 = "stablehlo.add"(%1151, %1155) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1157 = "stablehlo.broadcast_in_dim"(%encoder.block3.conv.depthwise.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1158 = "stablehlo.add"(%1156, %1157) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init185 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1161 = "stablehlo.reduce"(%1158, %init185) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs187: tensor<f32>, %rhs188: tensor<f32>):
      %combined186 = "stablehlo.add"(%lhs187, %rhs188) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined186) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1162 = "stablehlo.reshape"(%1161) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1163 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1164 = "stablehlo.broadcast_in_dim"(%1163) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1165 = "stablehlo.multiply"(%1162, %1164) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1166 = "stablehlo.broadcast_in_dim"(%1165) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1167 = "stablehlo.subtract"(%1158, %1166) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1168 = "stablehlo.multiply"(%1167, %1167) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init189 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1169 = "stablehlo.reduce"(%1168, %init189) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs191: tensor<f32>, %rhs192: tensor<f32>):
      %combined190 = "stablehlo.add"(%lhs191, %rhs192) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined190) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1170 = "stablehlo.reshape"(%1169) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1171 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1172 = "stablehlo.broadcast_in_dim"(%1171) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1173 = "stablehlo.multiply"(%1170, %1172) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1174 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1175 = "stablehlo.broadcast_in_dim"(%1174) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1176 = "stablehlo.add"(%1173, %1175) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1177 = "stablehlo.rsqrt"(%1176) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1178 = "stablehlo.broadcast_in_dim"(%1177) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1179 = "stablehlo.multiply"(%1167, %1178) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1180 = "stablehlo.broadcast_in_dim"(%encoder.block3.conv.depthwise_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1181 = "stablehlo.multiply"(%1179, %1180) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1182 = "stablehlo.broadcast_in_dim"(%encoder.block3.conv.depthwise_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1183 = "stablehlo.add"(%1181, %1182) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1184 = "stablehlo.logistic"(%1183) : (tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1185 = "stablehlo.multiply"(%1183, %1184) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1188 = "stablehlo.dot_general"(%1185, %encoder.block3.conv.pointwise_out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x144xf32>) -> tensor<8x250x144xf32>
    %1189 = "stablehlo.broadcast_in_dim"(%encoder.block3.conv.pointwise_out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1190 = "stablehlo.add"(%1188, %1189) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1191 = "stablehlo.add"(%1039, %1190) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init193 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1194 = "stablehlo.reduce"(%1191, %init193) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs195: tensor<f32>, %rhs196: tensor<f32>):
      %combined194 = "stablehlo.add"(%lhs195, %rhs196) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined194) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1195 = "stablehlo.reshape"(%1194) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1196 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1197 = "stablehlo.broadcast_in_dim"(%1196) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1198 = "stablehlo.multiply"(%1195, %1197) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1199 = "stablehlo.broadcast_in_dim"(%1198) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1200 = "stablehlo.subtract"(%1191, %1199) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1201 = "stablehlo.multiply"(%1200, %1200) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init197 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1202 = "stablehlo.reduce"(%1201, %init197) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs199: tensor<f32>, %rhs200: tensor<f32>):
      %combined198 = "stablehlo.add"(%lhs199, %rhs200) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined198) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1203 = "stablehlo.reshape"(%1202) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1204 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1205 = "stablehlo.broadcast_in_dim"(%1204) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1206 = "stablehlo.multiply"(%1203, %1205) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1207 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1208 = "stablehlo.broadcast_in_dim"(%1207) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1209 = "stablehlo.add"(%1206, %1208) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1210 = "stablehlo.rsqrt"(%1209) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1211 = "stablehlo.broadcast_in_dim"(%1210) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1212 = "stablehlo.multiply"(%1200, %1211) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1213 = "stablehlo.broadcast_in_dim"(%encoder.block3.ffn2.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1214 = "stablehlo.multiply"(%1212, %1213) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1215 = "stablehlo.broadcast_in_dim"(%encoder.block3.ffn2.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1216 = "stablehlo.add"(%1214, %1215) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1219 = "stablehlo.dot_general"(%1216, %encoder.block3.ffn2.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x576xf32>) -> tensor<8x250x576xf32>
    %1220 = "stablehlo.broadcast_in_dim"(%encoder.block3.ffn2.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x250x576xf32>
    %1221 = "stablehlo.add"(%1219, %1220) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %1222 = "stablehlo.logistic"(%1221) : (tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %1223 = "stablehlo.multiply"(%1221, %1222) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %1226 = "stablehlo.dot_general"(%1223, %encoder.block3.ffn2.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x576xf32>, tensor<576x144xf32>) -> tensor<8x250x144xf32>
    %1227 = "stablehlo.broadcast_in_dim"(%encoder.block3.ffn2.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1228 = "stablehlo.add"(%1226, %1227) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1229 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %1230 = "stablehlo.broadcast_in_dim"(%1229) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x144xf32>
    %1231 = "stablehlo.multiply"(%1228, %1230) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1232 = "stablehlo.add"(%1191, %1231) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init201 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1235 = "stablehlo.reduce"(%1232, %init201) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs203: tensor<f32>, %rhs204: tensor<f32>):
      %combined202 = "stablehlo.add"(%lhs203, %rhs204) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined202) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1236 = "stablehlo.reshape"(%1235) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1237 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1238 = "stablehlo.broadcast_in_dim"(%1237) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1239 = "stablehlo.multiply"(%1236, %1238) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1240 = "stablehlo.broadcast_in_dim"(%1239) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1241 = "stablehlo.subtract"(%1232, %1240) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1242 = "stablehlo.multiply"(%1241, %1241) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init205 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1243 = "stablehlo.reduce"(%1242, %init205) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs207: tensor<f32>, %rhs208: tensor<f32>):
      %combined206 = "stablehlo.add"(%lhs207, %rhs208) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined206) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1244 = "stablehlo.reshape"(%1243) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1245 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1246 = "stablehlo.broadcast_in_dim"(%1245) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1247 = "stablehlo.multiply"(%1244, %1246) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1248 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1249 = "stablehlo.broadcast_in_dim"(%1248) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1250 = "stablehlo.add"(%1247, %1249) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1251 = "stablehlo.rsqrt"(%1250) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1252 = "stablehlo.broadcast_in_dim"(%1251) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1253 = "stablehlo.multiply"(%1241, %1252) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1254 = "stablehlo.broadcast_in_dim"(%encoder.block3.final_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1255 = "stablehlo.multiply"(%1253, %1254) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1256 = "stablehlo.broadcast_in_dim"(%encoder.block3.final_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1257 = "stablehlo.add"(%1255, %1256) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init209 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1260 = "stablehlo.reduce"(%1257, %init209) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs211: tensor<f32>, %rhs212: tensor<f32>):
      %combined210 = "stablehlo.add"(%lhs211, %rhs212) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined210) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1261 = "stablehlo.reshape"(%1260) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1262 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1263 = "stablehlo.broadcast_in_dim"(%1262) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1264 = "stablehlo.multiply"(%1261, %1263) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1265 = "stablehlo.broadcast_in_dim"(%1264) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1266 = "stablehlo.subtract"(%1257, %1265) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1267 = "stablehlo.multiply"(%1266, %1266) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init213 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1268 = "stablehlo.reduce"(%1267, %init213) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs215: tensor<f32>, %rhs216: tensor<f32>):
      %combined214 = "stablehlo.add"(%lhs215, %rhs216) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined214) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1269 = "stablehlo.reshape"(%1268) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1270 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1271 = "stablehlo.broadcast_in_dim"(%1270) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1272 = "stablehlo.multiply"(%1269, %1271) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1273 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1274 = "stablehlo.broadcast_in_dim"(%1273) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1275 = "stablehlo.add"(%1272, %1274) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1276 = "stablehlo.rsqrt"(%1275) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1277 = "stablehlo.broadcast_in_dim"(%1276) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1278 = "stablehlo.multiply"(%1266, %1277) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1279 = "stablehlo.broadcast_in_dim"(%encoder.block4.ffn1.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1280 = "stablehlo.multiply"(%1278, %1279) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1281 = "stablehlo.broadcast_in_dim"(%encoder.block4.ffn1.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1282 = "stablehlo.add"(%1280, %1281) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1285 = "stablehlo.dot_general"(%1282, %encoder.block4.ffn1.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x576xf32>) -> tensor<8x250x576xf32>
    %1286 = "stablehlo.broadcast_in_dim"(%encoder.block4.ffn1.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x250x576xf32>
    %1287 = "stablehlo.add"(%1285, %1286) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %1288 = "stablehlo.logistic"(%1287) : (tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %1289 = "stablehlo.multiply"(%1287, %1288) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %1292 = "stablehlo.dot_general"(%1289, %encoder.block4.ffn1.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x576xf32>, tensor<576x144xf32>) -> tensor<8x250x144xf32>
    %1293 = "stablehlo.broadcast_in_dim"(%encoder.block4.ffn1.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1294 = "stablehlo.add"(%1292, %1293) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1295 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %1296 = "stablehlo.broadcast_in_dim"(%1295) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x144xf32>
    %1297 = "stablehlo.multiply"(%1294, %1296) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1298 = "stablehlo.add"(%1257, %1297) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init217 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1301 = "stablehlo.reduce"(%1298, %init217) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs219: tensor<f32>, %rhs220: tensor<f32>):
      %combined218 = "stablehlo.add"(%lhs219, %rhs220) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined218) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1302 = "stablehlo.reshape"(%1301) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1303 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1304 = "stablehlo.broadcast_in_dim"(%1303) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1305 = "stablehlo.multiply"(%1302, %1304) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1306 = "stablehlo.broadcast_in_dim"(%1305) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1307 = "stablehlo.subtract"(%1298, %1306) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1308 = "stablehlo.multiply"(%1307, %1307) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init221 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1309 = "stablehlo.reduce"(%1308, %init221) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs223: tensor<f32>, %rhs224: tensor<f32>):
      %combined222 = "stablehlo.add"(%lhs223, %rhs224) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined222) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1310 = "stablehlo.reshape"(%1309) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1311 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1312 = "stablehlo.broadcast_in_dim"(%1311) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1313 = "stablehlo.multiply"(%1310, %1312) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1314 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1315 = "stablehlo.broadcast_in_dim"(%1314) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1316 = "stablehlo.add"(%1313, %1315) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1317 = "stablehlo.rsqrt"(%1316) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1318 = "stablehlo.broadcast_in_dim"(%1317) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1319 = "stablehlo.multiply"(%1307, %1318) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1320 = "stablehlo.broadcast_in_dim"(%encoder.block4.attention.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1321 = "stablehlo.multiply"(%1319, %1320) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1322 = "stablehlo.broadcast_in_dim"(%encoder.block4.attention.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1323 = "stablehlo.add"(%1321, %1322) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1326 = "stablehlo.dot_general"(%1323, %encoder.block4.attention.qkv.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x432xf32>) -> tensor<8x250x432xf32>
    %1327 = "stablehlo.broadcast_in_dim"(%encoder.block4.attention.qkv.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<432xf32>) -> tensor<8x250x432xf32>
    %1328 = "stablehlo.add"(%1326, %1327) : (tensor<8x250x432xf32>, tensor<8x250x432xf32>) -> tensor<8x250x432xf32>
    %1329 = "stablehlo.reshape"(%1328) : (tensor<8x250x432xf32>) -> tensor<8x250x3x4x36xf32>
    %1330 = "stablehlo.transpose"(%1329) <{permutation = array<i64: 2, 0, 3, 1, 4>}> : (tensor<8x250x3x4x36xf32>) -> tensor<3x8x4x250x36xf32>
    %1331 = "stablehlo.slice"(%1330) <{start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 4, 250, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x250x36xf32>) -> tensor<1x8x4x250x36xf32>
    %1332 = "stablehlo.reshape"(%1331) : (tensor<1x8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %1333 = "stablehlo.slice"(%1330) <{start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 8, 4, 250, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x250x36xf32>) -> tensor<1x8x4x250x36xf32>
    %1334 = "stablehlo.reshape"(%1333) : (tensor<1x8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %1335 = "stablehlo.slice"(%1330) <{start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 8, 4, 250, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x250x36xf32>) -> tensor<1x8x4x250x36xf32>
    %1336 = "stablehlo.reshape"(%1335) : (tensor<1x8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %1338 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %1339 = "stablehlo.broadcast_in_dim"(%1338) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x36xf32>
    %1340 = "stablehlo.multiply"(%1332, %1339) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %1341 = "stablehlo.dot_general"(%1340, %encoder.block4.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x250x36xf32>, tensor<32x36xf32>) -> tensor<8x4x250x32xf32>
    %1342 = "stablehlo.multiply"(%1340, %1340) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %init225 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1343 = "stablehlo.reduce"(%1342, %init225) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs227: tensor<f32>, %rhs228: tensor<f32>):
      %combined226 = "stablehlo.add"(%lhs227, %rhs228) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined226) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x36xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %1344 = "stablehlo.reshape"(%1343) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %1345 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %1346 = "stablehlo.broadcast_in_dim"(%1345) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x1xf32>
    %1347 = "stablehlo.multiply"(%1344, %1346) : (tensor<8x4x250x1xf32>, tensor<8x4x250x1xf32>) -> tensor<8x4x250x1xf32>
    %1348 = "stablehlo.broadcast_in_dim"(%1347) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x32xf32>
    %1349 = "stablehlo.add"(%1341, %1348) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %init229 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1350 = "stablehlo.reduce"(%1349, %init229) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs231: tensor<f32>, %rhs232: tensor<f32>):
      %combined230 = "stablehlo.maximum"(%lhs231, %rhs232) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined230) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x32xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %1351 = "stablehlo.reshape"(%1350) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %1352 = "stablehlo.broadcast_in_dim"(%1351) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x32xf32>
    %1353 = "stablehlo.subtract"(%1349, %1352) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1354 = "stablehlo.exponential"(%1353) : (tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1355 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %1356 = "stablehlo.broadcast_in_dim"(%1355) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x32xf32>
    %1357 = "stablehlo.multiply"(%1354, %1356) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1358 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %1359 = "stablehlo.broadcast_in_dim"(%1358) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x36xf32>
    %1360 = "stablehlo.multiply"(%1334, %1359) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %1361 = "stablehlo.dot_general"(%1360, %encoder.block4.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x250x36xf32>, tensor<32x36xf32>) -> tensor<8x4x250x32xf32>
    %1362 = "stablehlo.multiply"(%1360, %1360) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %init233 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1363 = "stablehlo.reduce"(%1362, %init233) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs235: tensor<f32>, %rhs236: tensor<f32>):
      %combined234 = "stablehlo.add"(%lhs235, %rhs236) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined234) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x36xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %1364 = "stablehlo.reshape"(%1363) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %1365 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %1366 = "stablehlo.broadcast_in_dim"(%1365) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x1xf32>
    %1367 = "stablehlo.multiply"(%1364, %1366) : (tensor<8x4x250x1xf32>, tensor<8x4x250x1xf32>) -> tensor<8x4x250x1xf32>
    %1368 = "stablehlo.broadcast_in_dim"(%1367) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x32xf32>
    %1369 = "stablehlo.add"(%1361, %1368) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1370 = "stablehlo.constant"() <{value = dense<30.0> : tensor<f32>}> : () -> tensor<f32>
    %1371 = "stablehlo.broadcast_in_dim"(%1370) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x32xf32>
    %1372 = "stablehlo.minimum"(%1369, %1371) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1373 = "stablehlo.exponential"(%1372) : (tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1374 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %1375 = "stablehlo.broadcast_in_dim"(%1374) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x32xf32>
    %1376 = "stablehlo.multiply"(%1373, %1375) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1377 = "stablehlo.dot_general"(%1357, %1376) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>}> : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x250xf32>
    %1378 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<250x250xi32>
    %1379 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<250x250xi32>
    %1380 = "stablehlo.compare"(%1378, %1379) <{comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<250x250xi32>, tensor<250x250xi32>) -> tensor<250x250xi1>
    %1381 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1382 = "stablehlo.broadcast_in_dim"(%1381) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x250xf32>
    %1383 = "stablehlo.broadcast_in_dim"(%1380) <{broadcast_dimensions = array<i64: 2, 3>}> : (tensor<250x250xi1>) -> tensor<8x4x250x250xi1>
    %1384 = "stablehlo.select"(%1383, %1377, %1382) : (tensor<8x4x250x250xi1>, tensor<8x4x250x250xf32>, tensor<8x4x250x250xf32>) -> tensor<8x4x250x250xf32>
    %1385 = "stablehlo.dot_general"(%1384, %1336) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x250x250xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %init237 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1386 = "stablehlo.reduce"(%1384, %init237) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs239: tensor<f32>, %rhs240: tensor<f32>):
      %combined238 = "stablehlo.add"(%lhs239, %rhs240) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined238) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x250xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %1387 = "stablehlo.reshape"(%1386) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %1388 = "stablehlo.constant"() <{value = dense<1.0e-6> : tensor<f32>}> : () -> tensor<f32>
    %1389 = "stablehlo.broadcast_in_dim"(%1388) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x1xf32>
    %1390 = "stablehlo.add"(%1387, %1389) : (tensor<8x4x250x1xf32>, tensor<8x4x250x1xf32>) -> tensor<8x4x250x1xf32>
    %1391 = "stablehlo.broadcast_in_dim"(%1390) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x36xf32>
    %1392 = "stablehlo.divide"(%1385, %1391) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %1393 = "stablehlo.transpose"(%1392) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x4x250x36xf32>) -> tensor<8x250x4x36xf32>
    %1394 = "stablehlo.reshape"(%1393) : (tensor<8x250x4x36xf32>) -> tensor<8x250x144xf32>
    %1397 = "stablehlo.dot_general"(%1394, %encoder.block4.attention.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x144xf32>) -> tensor<8x250x144xf32>
    %1398 = "stablehlo.broadcast_in_dim"(%encoder.block4.attention.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1399 = "stablehlo.add"(%1397, %1398) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1400 = "stablehlo.add"(%1298, %1399) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init241 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1403 = "stablehlo.reduce"(%1400, %init241) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs243: tensor<f32>, %rhs244: tensor<f32>):
      %combined242 = "stablehlo.add"(%lhs243, %rhs244) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined242) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1404 = "stablehlo.reshape"(%1403) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1405 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1406 = "stablehlo.broadcast_in_dim"(%1405) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1407 = "stablehlo.multiply"(%1404, %1406) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1408 = "stablehlo.broadcast_in_dim"(%1407) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1409 = "stablehlo.subtract"(%1400, %1408) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1410 = "stablehlo.multiply"(%1409, %1409) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init245 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1411 = "stablehlo.reduce"(%1410, %init245) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs247: tensor<f32>, %rhs248: tensor<f32>):
      %combined246 = "stablehlo.add"(%lhs247, %rhs248) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined246) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1412 = "stablehlo.reshape"(%1411) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1413 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1414 = "stablehlo.broadcast_in_dim"(%1413) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1415 = "stablehlo.multiply"(%1412, %1414) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1416 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1417 = "stablehlo.broadcast_in_dim"(%1416) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1418 = "stablehlo.add"(%1415, %1417) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1419 = "stablehlo.rsqrt"(%1418) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1420 = "stablehlo.broadcast_in_dim"(%1419) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1421 = "stablehlo.multiply"(%1409, %1420) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1422 = "stablehlo.broadcast_in_dim"(%encoder.block4.conv.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1423 = "stablehlo.multiply"(%1421, %1422) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1424 = "stablehlo.broadcast_in_dim"(%encoder.block4.conv.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1425 = "stablehlo.add"(%1423, %1424) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1428 = "stablehlo.dot_general"(%1425, %encoder.block4.conv.pointwise_in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x288xf32>) -> tensor<8x250x288xf32>
    %1429 = "stablehlo.broadcast_in_dim"(%encoder.block4.conv.pointwise_in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x250x288xf32>
    %1430 = "stablehlo.add"(%1428, %1429) : (tensor<8x250x288xf32>, tensor<8x250x288xf32>) -> tensor<8x250x288xf32>
    %1431 = "stablehlo.slice"(%1430) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 250, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x250x288xf32>) -> tensor<8x250x144xf32>
    %1432 = "stablehlo.slice"(%1430) <{start_indices = array<i64: 0, 0, 144>, limit_indices = array<i64: 8, 250, 288>, strides = array<i64: 1, 1, 1>}> : (tensor<8x250x288xf32>) -> tensor<8x250x144xf32>
    %1433 = "stablehlo.logistic"(%1432) : (tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1434 = "stablehlo.multiply"(%1431, %1433) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1435 = "stablehlo.convert"(%17) : (tensor<8x250xi1>) -> tensor<8x250xf32>
    %1436 = "stablehlo.reshape"(%1435) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1437 = "stablehlo.broadcast_in_dim"(%1436) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1438 = "stablehlo.multiply"(%1434, %1437) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1439 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1440 = "stablehlo.pad"(%1438, %1439) <{edge_padding_high = array<i64: 0, 0, 0>, edge_padding_low = array<i64: 0, 14, 0>, interior_padding = array<i64: 0, 0, 0>}> : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x264x144xf32>
    %1443 = "stablehlo.reshape"(%encoder.block4.conv.depthwise.w) : (tensor<15x1x144xf32>) -> tensor<15x144xf32>
    %1444 = "stablehlo.slice"(%1440) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 250, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %1445 = "stablehlo.slice"(%1443) <{start_indices = array<i64: 0, 0>, limit_indices = array<i64: 1, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1446 = "stablehlo.broadcast_in_dim"(%1445) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %1447 = "stablehlo.multiply"(%1444, %1446) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1448 = "stablehlo.slice"(%1440) <{start_indices = array<i64: 0, 1, 0>, limit_indices = array<i64: 8, 251, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %1449 = "stablehlo.slice"(%1443) <{start_indices = array<i64: 1, 0>, limit_indices = array<i64: 2, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1450 = "stablehlo.broadcast_in_dim"(%1449) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %1451 = "stablehlo.multiply"(%1448, %1450) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1452 = "stablehlo.add"(%1447, %1451) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1453 = "stablehlo.slice"(%1440) <{start_indices = array<i64: 0, 2, 0>, limit_indices = array<i64: 8, 252, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %1454 = "stablehlo.slice"(%1443) <{start_indices = array<i64: 2, 0>, limit_indices = array<i64: 3, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1455 = "stablehlo.broadcast_in_dim"(%1454) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %1456 = "stablehlo.multiply"(%1453, %1455) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1457 = "stablehlo.add"(%1452, %1456) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1458 = "stablehlo.slice"(%1440) <{start_indices = array<i64: 0, 3, 0>, limit_indices = array<i64: 8, 253, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %1459 = "stablehlo.slice"(%1443) <{start_indices = array<i64: 3, 0>, limit_indices = array<i64: 4, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1460 = "stablehlo.broadcast_in_dim"(%1459) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %1461 = "stablehlo.multiply"(%1458, %1460) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1462 = "stablehlo.add"(%1457, %1461) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1463 = "stablehlo.slice"(%1440) <{start_indices = array<i64: 0, 4, 0>, limit_indices = array<i64: 8, 254, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %1464 = "stablehlo.slice"(%1443) <{start_indices = array<i64: 4, 0>, limit_indices = array<i64: 5, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1465 = "stablehlo.broadcast_in_dim"(%1464) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %1466 = "stablehlo.multiply"(%1463, %1465) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1467 = "stablehlo.add"(%1462, %1466) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1468 = "stablehlo.slice"(%1440) <{start_indices = array<i64: 0, 5, 0>, limit_indices = array<i64: 8, 255, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %1469 = "stablehlo.slice"(%1443) <{start_indices = array<i64: 5, 0>, limit_indices = array<i64: 6, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1470 = "stablehlo.broadcast_in_dim"(%1469) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %1471 = "stablehlo.multiply"(%1468, %1470) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1472 = "stablehlo.add"(%1467, %1471) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1473 = "stablehlo.slice"(%1440) <{start_indices = array<i64: 0, 6, 0>, limit_indices = array<i64: 8, 256, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %1474 = "stablehlo.slice"(%1443) <{start_indices = array<i64: 6, 0>, limit_indices = array<i64: 7, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1475 = "stablehlo.broadcast_in_dim"(%1474) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %1476 = "stablehlo.multiply"(%1473, %1475) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1477 = "stablehlo.add"(%1472, %1476) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1478 = "stablehlo.slice"(%1440) <{start_indices = array<i64: 0, 7, 0>, limit_indices = array<i64: 8, 257, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %1479 = "stablehlo.slice"(%1443) <{start_indices = array<i64: 7, 0>, limit_indices = array<i64: 8, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1480 = "stablehlo.broadcast_in_dim"(%1479) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %1481 = "stablehlo.multiply"(%1478, %1480) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1482 = "stablehlo.add"(%1477, %1481) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1483 = "stablehlo.slice"(%1440) <{start_indices = array<i64: 0, 8, 0>, limit_indices = array<i64: 8, 258, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %1484 = "stablehlo.slice"(%1443) <{start_indices = array<i64: 8, 0>, limit_indices = array<i64: 9, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1485 = "stablehlo.broadcast_in_dim"(%1484) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %1486 = "stablehlo.multiply"(%1483, %1485) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1487 = "stablehlo.add"(%1482, %1486) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1488 = "stablehlo.slice"(%1440) <{start_indices = array<i64: 0, 9, 0>, limit_indices = array<i64: 8, 259, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %1489 = "stablehlo.slice"(%1443) <{start_indices = array<i64: 9, 0>, limit_indices = array<i64: 10, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1490 = "stablehlo.broadcast_in_dim"(%1489) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %1491 = "stablehlo.multiply"(%1488, %1490) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1492 = "stablehlo.add"(%1487, %1491) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1493 = "stablehlo.slice"(%1440) <{start_indices = array<i64: 0, 10, 0>, limit_indices = array<i64: 8, 260, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %1494 = "stablehlo.slice"(%1443) <{start_indices = array<i64: 10, 0>, limit_indices = array<i64: 11, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1495 = "stablehlo.broadcast_in_dim"(%1494) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %1496 = "stablehlo.multiply"(%1493, %1495) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1497 = "stablehlo.add"(%1492, %1496) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1498 = "stablehlo.slice"(%1440) <{start_indices = array<i64: 0, 11, 0>, limit_indices = array<i64: 8, 261, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %1499 = "stablehlo.slice"(%1443) <{start_indices = array<i64: 11, 0>, limit_indices = array<i64: 12, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1500 = "stablehlo.broadcast_in_dim"(%1499) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %1501 = "stablehlo.multiply"(%1498, %1500) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1502 = "stablehlo.add"(%1497, %1501) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1503 = "stablehlo.slice"(%1440) <{start_indices = array<i64: 0, 12, 0>, limit_indices = array<i64: 8, 262, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %1504 = "stablehlo.slice"(%1443) <{start_indices = array<i64: 12, 0>, limit_indices = array<i64: 13, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1505 = "stablehlo.broadcast_in_dim"(%1504) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %1506 = "stablehlo.multiply"(%1503, %1505) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1507 = "stablehlo.add"(%1502, %1506) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1508 = "stablehlo.slice"(%1440) <{start_indices = array<i64: 0, 13, 0>, limit_indices = array<i64: 8, 263, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %1509 = "stablehlo.slice"(%1443) <{start_indices = array<i64: 13, 0>, limit_indices = array<i64: 14, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1510 = "stablehlo.broadcast_in_dim"(%1509) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %1511 = "stablehlo.multiply"(%1508, %1510) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1512 = "stablehlo.add"(%1507, %1511) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1513 = "stablehlo.slice"(%1440) <{start_indices = array<i64: 0, 14, 0>, limit_indices = array<i64: 8, 264, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %1514 = "stablehlo.slice"(%1443) <{start_indices = array<i64: 14, 0>, limit_indices = array<i64: 15, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1515 = "stablehlo.broadcast_in_dim"(%1514) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %1516 = "stablehlo.multiply"(%1513, %1515) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1517 = "stablehlo.add"(%1512, %1516) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1518 = "stablehlo.broadcast_in_dim"(%encoder.block4.conv.depthwise.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1519 = "stablehlo.add"(%1517, %1518) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init249 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1522 = "stablehlo.reduce"(%1519, %init249) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs251: tensor<f32>, %rhs252: tensor<f32>):
      %combined250 = "stablehlo.add"(%lhs251, %rhs252) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined250) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1523 = "stablehlo.reshape"(%1522) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1524 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1525 = "stablehlo.broadcast_in_dim"(%1524) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1526 = "stablehlo.multiply"(%1523, %1525) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1527 = "stablehlo.broadcast_in_dim"(%1526) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1528 = "stablehlo.subtract"(%1519, %1527) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1529 = "stablehlo.multiply"(%1528, %1528) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init253 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1530 = "stablehlo.reduce"(%1529, %init253) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs255: tensor<f32>, %rhs256: tensor<f32>):
      %combined254 = "stablehlo.add"(%lhs255, %rhs256) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined254) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1531 = "stablehlo.reshape"(%1530) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1532 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1533 = "stablehlo.broadcast_in_dim"(%1532) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1534 = "stablehlo.multiply"(%1531, %1533) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1535 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1536 = "stablehlo.broadcast_in_dim"(%1535) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1537 = "stablehlo.add"(%1534, %1536) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1538 = "stablehlo.rsqrt"(%1537) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1539 = "stablehlo.broadcast_in_dim"(%1538) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1540 = "stablehlo.multiply"(%1528, %1539) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1541 = "stablehlo.broadcast_in_dim"(%encoder.block4.conv.depthwise_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1542 = "stablehlo.multiply"(%1540, %1541) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1543 = "stablehlo.broadcast_in_dim"(%encoder.block4.conv.depthwise_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1544 = "stablehlo.add"(%1542, %1543) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1545 = "stablehlo.logistic"(%1544) : (tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1546 = "stablehlo.multiply"(%1544, %1545) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1549 = "stablehlo.dot_general"(%1546, %encoder.block4.conv.pointwise_out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x144xf32>) -> tensor<8x250x144xf32>
    %1550 = "stablehlo.broadcast_in_dim"(%encoder.block4.conv.pointwise_out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1551 = "stablehlo.add"(%1549, %1550) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1552 = "stablehlo.add"(%1400, %1551) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init257 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1555 = "stablehlo.reduce"(%1552, %init257) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs259: tensor<f32>, %rhs260: tensor<f32>):
      %combined258 = "stablehlo.add"(%lhs259, %rhs260) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined258) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1556 = "stablehlo.reshape"(%1555) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1557 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1558 = "stablehlo.broadcast_in_dim"(%1557) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1559 = "stablehlo.multiply"(%1556, %1558) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1560 = "stablehlo.broadcast_in_dim"(%1559) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1561 = "stablehlo.subtract"(%1552, %1560) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1562 = "stablehlo.multiply"(%1561, %1561) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init261 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1563 = "stablehlo.reduce"(%1562, %init261) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs263: tensor<f32>, %rhs264: tensor<f32>):
      %combined262 = "stablehlo.add"(%lhs263, %rhs264) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined262) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1564 = "stablehlo.reshape"(%1563) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1565 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1566 = "stablehlo.broadcast_in_dim"(%1565) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1567 = "stablehlo.multiply"(%1564, %1566) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1568 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1569 = "stablehlo.broadcast_in_dim"(%1568) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1570 = "stablehlo.add"(%1567, %1569) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1571 = "stablehlo.rsqrt"(%1570) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1572 = "stablehlo.broadcast_in_dim"(%1571) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1573 = "stablehlo.multiply"(%1561, %1572) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1574 = "stablehlo.broadcast_in_dim"(%encoder.block4.ffn2.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1575 = "stablehlo.multiply"(%1573, %1574) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1576 = "stablehlo.broadcast_in_dim"(%encoder.block4.ffn2.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1577 = "stablehlo.add"(%1575, %1576) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1580 = "stablehlo.dot_general"(%1577, %encoder.block4.ffn2.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x576xf32>) -> tensor<8x250x576xf32>
    %1581 = "stablehlo.broadcast_in_dim"(%encoder.block4.ffn2.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x250x576xf32>
    %1582 = "stablehlo.add"(%1580, %1581) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %1583 = "stablehlo.logistic"(%1582) : (tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %1584 = "stablehlo.multiply"(%1582, %1583) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %1587 = "stablehlo.dot_general"(%1584, %encoder.block4.ffn2.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x576xf32>, tensor<576x144xf32>) -> tensor<8x250x144xf32>
    %1588 = "stablehlo.broadcast_in_dim"(%encoder.block4.ffn2.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1589 = "stablehlo.add"(%1587, %1588) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1590 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %1591 = "stablehlo.broadcast_in_dim"(%1590) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x144xf32>
    %1592 = "stablehlo.multiply"(%1589, %1591) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1593 = "stablehlo.add"(%1552, %1592) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init265 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1596 = "stablehlo.reduce"(%1593, %init265) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs267: tensor<f32>, %rhs268: tensor<f32>):
      %combined266 = "stablehlo.add"(%lhs267, %rhs268) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined266) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1597 = "stablehlo.reshape"(%1596) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1598 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1599 = "stablehlo.broadcast_in_dim"(%1598) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1600 = "stablehlo.multiply"(%1597, %1599) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1601 = "stablehlo.broadcast_in_dim"(%1600) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1602 = "stablehlo.subtract"(%1593, %1601) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1603 = "stablehlo.multiply"(%1602, %1602) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init269 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1604 = "stablehlo.reduce"(%1603, %init269) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs271: tensor<f32>, %rhs272: tensor<f32>):
      %combined270 = "stablehlo.add"(%lhs271, %rhs272) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined270) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1605 = "stablehlo.reshape"(%1604) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1606 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1607 = "stablehlo.broadcast_in_dim"(%1606) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1608 = "stablehlo.multiply"(%1605, %1607) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1609 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1610 = "stablehlo.broadcast_in_dim"(%1609) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1611 = "stablehlo.add"(%1608, %1610) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1612 = "stablehlo.rsqrt"(%1611) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1613 = "stablehlo.broadcast_in_dim"(%1612) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1614 = "stablehlo.multiply"(%1602, %1613) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1615 = "stablehlo.broadcast_in_dim"(%encoder.block4.final_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1616 = "stablehlo.multiply"(%1614, %1615) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1617 = "stablehlo.broadcast_in_dim"(%encoder.block4.final_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1618 = "stablehlo.add"(%1616, %1617) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init273 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1621 = "stablehlo.reduce"(%1618, %init273) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs275: tensor<f32>, %rhs276: tensor<f32>):
      %combined274 = "stablehlo.add"(%lhs275, %rhs276) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined274) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1622 = "stablehlo.reshape"(%1621) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1623 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1624 = "stablehlo.broadcast_in_dim"(%1623) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1625 = "stablehlo.multiply"(%1622, %1624) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1626 = "stablehlo.broadcast_in_dim"(%1625) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1627 = "stablehlo.subtract"(%1618, %1626) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1628 = "stablehlo.multiply"(%1627, %1627) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init277 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1629 = "stablehlo.reduce"(%1628, %init277) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs279: tensor<f32>, %rhs280: tensor<f32>):
      %combined278 = "stablehlo.add"(%lhs279, %rhs280) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined278) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1630 = "stablehlo.reshape"(%1629) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1631 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1632 = "stablehlo.broadcast_in_dim"(%1631) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1633 = "stablehlo.multiply"(%1630, %1632) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1634 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1635 = "stablehlo.broadcast_in_dim"(%1634) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1636 = "stablehlo.add"(%1633, %1635) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1637 = "stablehlo.rsqrt"(%1636) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1638 = "stablehlo.broadcast_in_dim"(%1637) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1639 = "stablehlo.multiply"(%1627, %1638) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1640 = "stablehlo.broadcast_in_dim"(%encoder.block5.ffn1.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1641 = "stablehlo.multiply"(%1639, %1640) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1642 = "stablehlo.broadcast_in_dim"(%encoder.block5.ffn1.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1643 = "stablehlo.add"(%1641, %1642) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1646 = "stablehlo.dot_general"(%1643, %encoder.block5.ffn1.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x576xf32>) -> tensor<8x250x576xf32>
    %1647 = "stablehlo.broadcast_in_dim"(%encoder.block5.ffn1.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x250x576xf32>
    %1648 = "stablehlo.add"(%1646, %1647) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %1649 = "stablehlo.logistic"(%1648) : (tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %1650 = "stablehlo.multiply"(%1648, %1649) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %1653 = "stablehlo.dot_general"(%1650, %encoder.block5.ffn1.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x576xf32>, tensor<576x144xf32>) -> tensor<8x250x144xf32>
    %1654 = "stablehlo.broadcast_in_dim"(%encoder.block5.ffn1.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1655 = "stablehlo.add"(%1653, %1654) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1656 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %1657 = "stablehlo.broadcast_in_dim"(%1656) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x144xf32>
    %1658 = "stablehlo.multiply"(%1655, %1657) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1659 = "stablehlo.add"(%1618, %1658) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init281 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1662 = "stablehlo.reduce"(%1659, %init281) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs283: tensor<f32>, %rhs284: tensor<f32>):
      %combined282 = "stablehlo.add"(%lhs283, %rhs284) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined282) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1663 = "stablehlo.reshape"(%1662) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1664 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1665 = "stablehlo.broadcast_in_dim"(%1664) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1666 = "stablehlo.multiply"(%1663, %1665) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1667 = "stablehlo.broadcast_in_dim"(%1666) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1668 = "stablehlo.subtract"(%1659, %1667) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1669 = "stablehlo.multiply"(%1668, %1668) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init285 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1670 = "stablehlo.reduce"(%1669, %init285) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs287: tensor<f32>, %rhs288: tensor<f32>):
      %combined286 = "stablehlo.add"(%lhs287, %rhs288) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined286) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1671 = "stablehlo.reshape"(%1670) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1672 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1673 = "stablehlo.broadcast_in_dim"(%1672) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1674 = "stablehlo.multiply"(%1671, %1673) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1675 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1676 = "stablehlo.broadcast_in_dim"(%1675) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1677 = "stablehlo.add"(%1674, %1676) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1678 = "stablehlo.rsqrt"(%1677) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1679 = "stablehlo.broadcast_in_dim"(%1678) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1680 = "stablehlo.multiply"(%1668, %1679) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1681 = "stablehlo.broadcast_in_dim"(%encoder.block5.attention.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1682 = "stablehlo.multiply"(%1680, %1681) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1683 = "stablehlo.broadcast_in_dim"(%encoder.block5.attention.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1684 = "stablehlo.add"(%1682, %1683) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1687 = "stablehlo.dot_general"(%1684, %encoder.block5.attention.qkv.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x432xf32>) -> tensor<8x250x432xf32>
    %1688 = "stablehlo.broadcast_in_dim"(%encoder.block5.attention.qkv.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<432xf32>) -> tensor<8x250x432xf32>
    %1689 = "stablehlo.add"(%1687, %1688) : (tensor<8x250x432xf32>, tensor<8x250x432xf32>) -> tensor<8x250x432xf32>
    %1690 = "stablehlo.reshape"(%1689) : (tensor<8x250x432xf32>) -> tensor<8x250x3x4x36xf32>
    %1691 = "stablehlo.transpose"(%1690) <{permutation = array<i64: 2, 0, 3, 1, 4>}> : (tensor<8x250x3x4x36xf32>) -> tensor<3x8x4x250x36xf32>
    %1692 = "stablehlo.slice"(%1691) <{start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 4, 250, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x250x36xf32>) -> tensor<1x8x4x250x36xf32>
    %1693 = "stablehlo.reshape"(%1692) : (tensor<1x8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %1694 = "stablehlo.slice"(%1691) <{start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 8, 4, 250, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x250x36xf32>) -> tensor<1x8x4x250x36xf32>
    %1695 = "stablehlo.reshape"(%1694) : (tensor<1x8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %1696 = "stablehlo.slice"(%1691) <{start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 8, 4, 250, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x250x36xf32>) -> tensor<1x8x4x250x36xf32>
    %1697 = "stablehlo.reshape"(%1696) : (tensor<1x8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %1699 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %1700 = "stablehlo.broadcast_in_dim"(%1699) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x36xf32>
    %1701 = "stablehlo.multiply"(%1693, %1700) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %1702 = "stablehlo.dot_general"(%1701, %encoder.block5.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x250x36xf32>, tensor<32x36xf32>) -> tensor<8x4x250x32xf32>
    %1703 = "stablehlo.multiply"(%1701, %1701) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %init289 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1704 = "stablehlo.reduce"(%1703, %init289) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs291: tensor<f32>, %rhs292: tensor<f32>):
      %combined290 = "stablehlo.add"(%lhs291, %rhs292) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined290) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x36xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %1705 = "stablehlo.reshape"(%1704) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %1706 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %1707 = "stablehlo.broadcast_in_dim"(%1706) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x1xf32>
    %1708 = "stablehlo.multiply"(%1705, %1707) : (tensor<8x4x250x1xf32>, tensor<8x4x250x1xf32>) -> tensor<8x4x250x1xf32>
    %1709 = "stablehlo.broadcast_in_dim"(%1708) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x32xf32>
    %1710 = "stablehlo.add"(%1702, %1709) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %init293 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %1711 = "stablehlo.reduce"(%1710, %init293) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs295: tensor<f32>, %rhs296: tensor<f32>):
      %combined294 = "stablehlo.maximum"(%lhs295, %rhs296) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined294) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x32xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %1712 = "stablehlo.reshape"(%1711) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %1713 = "stablehlo.broadcast_in_dim"(%1712) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x32xf32>
    %1714 = "stablehlo.subtract"(%1710, %1713) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1715 = "stablehlo.exponential"(%1714) : (tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1716 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %1717 = "stablehlo.broadcast_in_dim"(%1716) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x32xf32>
    %1718 = "stablehlo.multiply"(%1715, %1717) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1719 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %1720 = "stablehlo.broadcast_in_dim"(%1719) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x36xf32>
    %1721 = "stablehlo.multiply"(%1695, %1720) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %1722 = "stablehlo.dot_general"(%1721, %encoder.block5.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x250x36xf32>, tensor<32x36xf32>) -> tensor<8x4x250x32xf32>
    %1723 = "stablehlo.multiply"(%1721, %1721) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %init297 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1724 = "stablehlo.reduce"(%1723, %init297) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs299: tensor<f32>, %rhs300: tensor<f32>):
      %combined298 = "stablehlo.add"(%lhs299, %rhs300) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined298) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x36xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %1725 = "stablehlo.reshape"(%1724) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %1726 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %1727 = "stablehlo.broadcast_in_dim"(%1726) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x1xf32>
    %1728 = "stablehlo.multiply"(%1725, %1727) : (tensor<8x4x250x1xf32>, tensor<8x4x250x1xf32>) -> tensor<8x4x250x1xf32>
    %1729 = "stablehlo.broadcast_in_dim"(%1728) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x32xf32>
    %1730 = "stablehlo.add"(%1722, %1729) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1731 = "stablehlo.constant"() <{value = dense<30.0> : tensor<f32>}> : () -> tensor<f32>
    %1732 = "stablehlo.broadcast_in_dim"(%1731) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x32xf32>
    %1733 = "stablehlo.minimum"(%1730, %1732) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1734 = "stablehlo.exponential"(%1733) : (tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1735 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %1736 = "stablehlo.broadcast_in_dim"(%1735) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x32xf32>
    %1737 = "stablehlo.multiply"(%1734, %1736) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %1738 = "stablehlo.dot_general"(%1718, %1737) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>}> : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x250xf32>
    %1739 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<250x250xi32>
    %1740 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<250x250xi32>
    %1741 = "stablehlo.compare"(%1739, %1740) <{comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<250x250xi32>, tensor<250x250xi32>) -> tensor<250x250xi1>
    %1742 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1743 = "stablehlo.broadcast_in_dim"(%1742) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x250xf32>
    %1744 = "stablehlo.broadcast_in_dim"(%1741) <{broadcast_dimensions = array<i64: 2, 3>}> : (tensor<250x250xi1>) -> tensor<8x4x250x250xi1>
    %1745 = "stablehlo.select"(%1744, %1738, %1743) : (tensor<8x4x250x250xi1>, tensor<8x4x250x250xf32>, tensor<8x4x250x250xf32>) -> tensor<8x4x250x250xf32>
    %1746 = "stablehlo.dot_general"(%1745, %1697) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x250x250xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %init301 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1747 = "stablehlo.reduce"(%1745, %init301) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs303: tensor<f32>, %rhs304: tensor<f32>):
      %combined302 = "stablehlo.add"(%lhs303, %rhs304) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined302) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x250xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %1748 = "stablehlo.reshape"(%1747) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %1749 = "stablehlo.constant"() <{value = dense<1.0e-6> : tensor<f32>}> : () -> tensor<f32>
    %1750 = "stablehlo.broadcast_in_dim"(%1749) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x1xf32>
    %1751 = "stablehlo.add"(%1748, %1750) : (tensor<8x4x250x1xf32>, tensor<8x4x250x1xf32>) -> tensor<8x4x250x1xf32>
    %1752 = "stablehlo.broadcast_in_dim"(%1751) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x36xf32>
    %1753 = "stablehlo.divide"(%1746, %1752) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %1754 = "stablehlo.transpose"(%1753) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x4x250x36xf32>) -> tensor<8x250x4x36xf32>
    %1755 = "stablehlo.reshape"(%1754) : (tensor<8x250x4x36xf32>) -> tensor<8x250x144xf32>
    %1758 = "stablehlo.dot_general"(%1755, %encoder.block5.attention.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x144xf32>) -> tensor<8x250x144xf32>
    %1759 = "stablehlo.broadcast_in_dim"(%encoder.block5.attention.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1760 = "stablehlo.add"(%1758, %1759) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1761 = "stablehlo.add"(%1659, %1760) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init305 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1764 = "stablehlo.reduce"(%1761, %init305) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs307: tensor<f32>, %rhs308: tensor<f32>):
      %combined306 = "stablehlo.add"(%lhs307, %rhs308) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined306) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1765 = "stablehlo.reshape"(%1764) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1766 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1767 = "stablehlo.broadcast_in_dim"(%1766) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1768 = "stablehlo.multiply"(%1765, %1767) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1769 = "stablehlo.broadcast_in_dim"(%1768) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1770 = "stablehlo.subtract"(%1761, %1769) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1771 = "stablehlo.multiply"(%1770, %1770) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init309 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1772 = "stablehlo.reduce"(%1771, %init309) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs311: tensor<f32>, %rhs312: tensor<f32>):
      %combined310 = "stablehlo.add"(%lhs311, %rhs312) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined310) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1773 = "stablehlo.reshape"(%1772) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1774 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1775 = "stablehlo.broadcast_in_dim"(%1774) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1776 = "stablehlo.multiply"(%1773, %1775) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1777 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1778 = "stablehlo.broadcast_in_dim"(%1777) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1779 = "stablehlo.add"(%1776, %1778) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1780 = "stablehlo.rsqrt"(%1779) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1781 = "stablehlo.broadcast_in_dim"(%1780) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1782 = "stablehlo.multiply"(%1770, %1781) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1783 = "stablehlo.broadcast_in_dim"(%encoder.block5.conv.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1784 = "stablehlo.multiply"(%1782, %1783) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1785 = "stablehlo.broadcast_in_dim"(%encoder.block5.conv.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1786 = "stablehlo.add"(%1784, %1785) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1789 = "stablehlo.dot_general"(%1786, %encoder.block5.conv.pointwise_in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x288xf32>) -> tensor<8x250x288xf32>
    %1790 = "stablehlo.broadcast_in_dim"(%encoder.block5.conv.pointwise_in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x250x288xf32>
    %1791 = "stablehlo.add"(%1789, %1790) : (tensor<8x250x288xf32>, tensor<8x250x288xf32>) -> tensor<8x250x288xf32>
    %1792 = "stablehlo.slice"(%1791) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 250, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x250x288xf32>) -> tensor<8x250x144xf32>
    %1793 = "stablehlo.slice"(%1791) <{start_indices = array<i64: 0, 0, 144>, limit_indices = array<i64: 8, 250, 288>, strides = array<i64: 1, 1, 1>}> : (tensor<8x250x288xf32>) -> tensor<8x250x144xf32>
    %1794 = "stablehlo.logistic"(%1793) : (tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1795 = "stablehlo.multiply"(%1792, %1794) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1796 = "stablehlo.convert"(%17) : (tensor<8x250xi1>) -> tensor<8x250xf32>
    %1797 = "stablehlo.reshape"(%1796) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1798 = "stablehlo.broadcast_in_dim"(%1797) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1799 = "stablehlo.multiply"(%1795, %1798) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1800 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1801 = "stablehlo.pad"(%1799, %1800) <{edge_padding_high = array<i64: 0, 0, 0>, edge_padding_low = array<i64: 0, 14, 0>, interior_padding = array<i64: 0, 0, 0>}> : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x264x144xf32>
    %1804 = "stablehlo.reshape"(%encoder.block5.conv.depthwise.w) : (tensor<15x1x144xf32>) -> tensor<15x144xf32>
    %1805 = "stablehlo.slice"(%1801) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 250, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %1806 = "stablehlo.slice"(%1804) <{start_indices = array<i64: 0, 0>, limit_indices = array<i64: 1, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1807 = "stablehlo.broadcast_in_dim"(%1806) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %1808 = "stablehlo.multiply"(%1805, %1807) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1809 = "stablehlo.slice"(%1801) <{start_indices = array<i64: 0, 1, 0>, limit_indices = array<i64: 8, 251, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %1810 = "stablehlo.slice"(%1804) <{start_indices = array<i64: 1, 0>, limit_indices = array<i64: 2, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1811 = "stablehlo.broadcast_in_dim"(%1810) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %1812 = "stablehlo.multiply"(%1809, %1811) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1813 = "stablehlo.add"(%1808, %1812) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1814 = "stablehlo.slice"(%1801) <{start_indices = array<i64: 0, 2, 0>, limit_indices = array<i64: 8, 252, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %1815 = "stablehlo.slice"(%1804) <{start_indices = array<i64: 2, 0>, limit_indices = array<i64: 3, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1816 = "stablehlo.broadcast_in_dim"(%1815) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %1817 = "stablehlo.multiply"(%1814, %1816) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1818 = "stablehlo.add"(%1813, %1817) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1819 = "stablehlo.slice"(%1801) <{start_indices = array<i64: 0, 3, 0>, limit_indices = array<i64: 8, 253, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %1820 = "stablehlo.slice"(%1804) <{start_indices = array<i64: 3, 0>, limit_indices = array<i64: 4, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1821 = "stablehlo.broadcast_in_dim"(%1820) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %1822 = "stablehlo.multiply"(%1819, %1821) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1823 = "stablehlo.add"(%1818, %1822) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1824 = "stablehlo.slice"(%1801) <{start_indices = array<i64: 0, 4, 0>, limit_indices = array<i64: 8, 254, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %1825 = "stablehlo.slice"(%1804) <{start_indices = array<i64: 4, 0>, limit_indices = array<i64: 5, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1826 = "stablehlo.broadcast_in_dim"(%1825) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %1827 = "stablehlo.multiply"(%1824, %1826) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1828 = "stablehlo.add"(%1823, %1827) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1829 = "stablehlo.slice"(%1801) <{start_indices = array<i64: 0, 5, 0>, limit_indices = array<i64: 8, 255, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %1830 = "stablehlo.slice"(%1804) <{start_indices = array<i64: 5, 0>, limit_indices = array<i64: 6, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1831 = "stablehlo.broadcast_in_dim"(%1830) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %1832 = "stablehlo.multiply"(%1829, %1831) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1833 = "stablehlo.add"(%1828, %1832) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1834 = "stablehlo.slice"(%1801) <{start_indices = array<i64: 0, 6, 0>, limit_indices = array<i64: 8, 256, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %1835 = "stablehlo.slice"(%1804) <{start_indices = array<i64: 6, 0>, limit_indices = array<i64: 7, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1836 = "stablehlo.broadcast_in_dim"(%1835) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %1837 = "stablehlo.multiply"(%1834, %1836) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1838 = "stablehlo.add"(%1833, %1837) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1839 = "stablehlo.slice"(%1801) <{start_indices = array<i64: 0, 7, 0>, limit_indices = array<i64: 8, 257, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %1840 = "stablehlo.slice"(%1804) <{start_indices = array<i64: 7, 0>, limit_indices = array<i64: 8, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1841 = "stablehlo.broadcast_in_dim"(%1840) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %1842 = "stablehlo.multiply"(%1839, %1841) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1843 = "stablehlo.add"(%1838, %1842) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1844 = "stablehlo.slice"(%1801) <{start_indices = array<i64: 0, 8, 0>, limit_indices = array<i64: 8, 258, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %1845 = "stablehlo.slice"(%1804) <{start_indices = array<i64: 8, 0>, limit_indices = array<i64: 9, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1846 = "stablehlo.broadcast_in_dim"(%1845) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %1847 = "stablehlo.multiply"(%1844, %1846) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1848 = "stablehlo.add"(%1843, %1847) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1849 = "stablehlo.slice"(%1801) <{start_indices = array<i64: 0, 9, 0>, limit_indices = array<i64: 8, 259, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %1850 = "stablehlo.slice"(%1804) <{start_indices = array<i64: 9, 0>, limit_indices = array<i64: 10, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1851 = "stablehlo.broadcast_in_dim"(%1850) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %1852 = "stablehlo.multiply"(%1849, %1851) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1853 = "stablehlo.add"(%1848, %1852) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1854 = "stablehlo.slice"(%1801) <{start_indices = array<i64: 0, 10, 0>, limit_indices = array<i64: 8, 260, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %1855 = "stablehlo.slice"(%1804) <{start_indices = array<i64: 10, 0>, limit_indices = array<i64: 11, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1856 = "stablehlo.broadcast_in_dim"(%1855) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %1857 = "stablehlo.multiply"(%1854, %1856) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1858 = "stablehlo.add"(%1853, %1857) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1859 = "stablehlo.slice"(%1801) <{start_indices = array<i64: 0, 11, 0>, limit_indices = array<i64: 8, 261, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %1860 = "stablehlo.slice"(%1804) <{start_indices = array<i64: 11, 0>, limit_indices = array<i64: 12, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1861 = "stablehlo.broadcast_in_dim"(%1860) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %1862 = "stablehlo.multiply"(%1859, %1861) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1863 = "stablehlo.add"(%1858, %1862) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1864 = "stablehlo.slice"(%1801) <{start_indices = array<i64: 0, 12, 0>, limit_indices = array<i64: 8, 262, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %1865 = "stablehlo.slice"(%1804) <{start_indices = array<i64: 12, 0>, limit_indices = array<i64: 13, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1866 = "stablehlo.broadcast_in_dim"(%1865) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %1867 = "stablehlo.multiply"(%1864, %1866) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1868 = "stablehlo.add"(%1863, %1867) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1869 = "stablehlo.slice"(%1801) <{start_indices = array<i64: 0, 13, 0>, limit_indices = array<i64: 8, 263, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %1870 = "stablehlo.slice"(%1804) <{start_indices = array<i64: 13, 0>, limit_indices = array<i64: 14, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1871 = "stablehlo.broadcast_in_dim"(%1870) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %1872 = "stablehlo.multiply"(%1869, %1871) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1873 = "stablehlo.add"(%1868, %1872) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1874 = "stablehlo.slice"(%1801) <{start_indices = array<i64: 0, 14, 0>, limit_indices = array<i64: 8, 264, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %1875 = "stablehlo.slice"(%1804) <{start_indices = array<i64: 14, 0>, limit_indices = array<i64: 15, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %1876 = "stablehlo.broadcast_in_dim"(%1875) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %1877 = "stablehlo.multiply"(%1874, %1876) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1878 = "stablehlo.add"(%1873, %1877) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1879 = "stablehlo.broadcast_in_dim"(%encoder.block5.conv.depthwise.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1880 = "stablehlo.add"(%1878, %1879) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init313 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1883 = "stablehlo.reduce"(%1880, %init313) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs315: tensor<f32>, %rhs316: tensor<f32>):
      %combined314 = "stablehlo.add"(%lhs315, %rhs316) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined314) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1884 = "stablehlo.reshape"(%1883) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1885 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1886 = "stablehlo.broadcast_in_dim"(%1885) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1887 = "stablehlo.multiply"(%1884, %1886) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1888 = "stablehlo.broadcast_in_dim"(%1887) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1889 = "stablehlo.subtract"(%1880, %1888) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1890 = "stablehlo.multiply"(%1889, %1889) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init317 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1891 = "stablehlo.reduce"(%1890, %init317) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs319: tensor<f32>, %rhs320: tensor<f32>):
      %combined318 = "stablehlo.add"(%lhs319, %rhs320) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined318) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1892 = "stablehlo.reshape"(%1891) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1893 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1894 = "stablehlo.broadcast_in_dim"(%1893) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1895 = "stablehlo.multiply"(%1892, %1894) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1896 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1897 = "stablehlo.broadcast_in_dim"(%1896) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1898 = "stablehlo.add"(%1895, %1897) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1899 = "stablehlo.rsqrt"(%1898) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1900 = "stablehlo.broadcast_in_dim"(%1899) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1901 = "stablehlo.multiply"(%1889, %1900) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1902 = "stablehlo.broadcast_in_dim"(%encoder.block5.conv.depthwise_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1903 = "stablehlo.multiply"(%1901, %1902) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1904 = "stablehlo.broadcast_in_dim"(%encoder.block5.conv.depthwise_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1905 = "stablehlo.add"(%1903, %1904) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1906 = "stablehlo.logistic"(%1905) : (tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1907 = "stablehlo.multiply"(%1905, %1906) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1910 = "stablehlo.dot_general"(%1907, %encoder.block5.conv.pointwise_out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x144xf32>) -> tensor<8x250x144xf32>
    %1911 = "stablehlo.broadcast_in_dim"(%encoder.block5.conv.pointwise_out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1912 = "stablehlo.add"(%1910, %1911) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1913 = "stablehlo.add"(%1761, %1912) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init321 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1916 = "stablehlo.reduce"(%1913, %init321) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs323: tensor<f32>, %rhs324: tensor<f32>):
      %combined322 = "stablehlo.add"(%lhs323, %rhs324) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined322) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1917 = "stablehlo.reshape"(%1916) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1918 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1919 = "stablehlo.broadcast_in_dim"(%1918) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1920 = "stablehlo.multiply"(%1917, %1919) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1921 = "stablehlo.broadcast_in_dim"(%1920) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1922 = "stablehlo.subtract"(%1913, %1921) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1923 = "stablehlo.multiply"(%1922, %1922) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init325 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1924 = "stablehlo.reduce"(%1923, %init325) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs327: tensor<f32>, %rhs328: tensor<f32>):
      %combined326 = "stablehlo.add"(%lhs327, %rhs328) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined326) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1925 = "stablehlo.reshape"(%1924) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1926 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1927 = "stablehlo.broadcast_in_dim"(%1926) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1928 = "stablehlo.multiply"(%1925, %1927) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1929 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1930 = "stablehlo.broadcast_in_dim"(%1929) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1931 = "stablehlo.add"(%1928, %1930) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1932 = "stablehlo.rsqrt"(%1931) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1933 = "stablehlo.broadcast_in_dim"(%1932) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1934 = "stablehlo.multiply"(%1922, %1933) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1935 = "stablehlo.broadcast_in_dim"(%encoder.block5.ffn2.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1936 = "stablehlo.multiply"(%1934, %1935) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1937 = "stablehlo.broadcast_in_dim"(%encoder.block5.ffn2.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1938 = "stablehlo.add"(%1936, %1937) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1941 = "stablehlo.dot_general"(%1938, %encoder.block5.ffn2.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x576xf32>) -> tensor<8x250x576xf32>
    %1942 = "stablehlo.broadcast_in_dim"(%encoder.block5.ffn2.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x250x576xf32>
    %1943 = "stablehlo.add"(%1941, %1942) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %1944 = "stablehlo.logistic"(%1943) : (tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %1945 = "stablehlo.multiply"(%1943, %1944) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %1948 = "stablehlo.dot_general"(%1945, %encoder.block5.ffn2.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x576xf32>, tensor<576x144xf32>) -> tensor<8x250x144xf32>
    %1949 = "stablehlo.broadcast_in_dim"(%encoder.block5.ffn2.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1950 = "stablehlo.add"(%1948, %1949) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1951 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %1952 = "stablehlo.broadcast_in_dim"(%1951) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x144xf32>
    %1953 = "stablehlo.multiply"(%1950, %1952) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1954 = "stablehlo.add"(%1913, %1953) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init329 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1957 = "stablehlo.reduce"(%1954, %init329) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs331: tensor<f32>, %rhs332: tensor<f32>):
      %combined330 = "stablehlo.add"(%lhs331, %rhs332) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined330) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1958 = "stablehlo.reshape"(%1957) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1959 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1960 = "stablehlo.broadcast_in_dim"(%1959) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1961 = "stablehlo.multiply"(%1958, %1960) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1962 = "stablehlo.broadcast_in_dim"(%1961) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1963 = "stablehlo.subtract"(%1954, %1962) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1964 = "stablehlo.multiply"(%1963, %1963) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init333 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1965 = "stablehlo.reduce"(%1964, %init333) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs335: tensor<f32>, %rhs336: tensor<f32>):
      %combined334 = "stablehlo.add"(%lhs335, %rhs336) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined334) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1966 = "stablehlo.reshape"(%1965) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1967 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1968 = "stablehlo.broadcast_in_dim"(%1967) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1969 = "stablehlo.multiply"(%1966, %1968) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1970 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1971 = "stablehlo.broadcast_in_dim"(%1970) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1972 = "stablehlo.add"(%1969, %1971) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1973 = "stablehlo.rsqrt"(%1972) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1974 = "stablehlo.broadcast_in_dim"(%1973) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1975 = "stablehlo.multiply"(%1963, %1974) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1976 = "stablehlo.broadcast_in_dim"(%encoder.block5.final_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1977 = "stablehlo.multiply"(%1975, %1976) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1978 = "stablehlo.broadcast_in_dim"(%encoder.block5.final_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %1979 = "stablehlo.add"(%1977, %1978) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init337 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1982 = "stablehlo.reduce"(%1979, %init337) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs339: tensor<f32>, %rhs340: tensor<f32>):
      %combined338 = "stablehlo.add"(%lhs339, %rhs340) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined338) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1983 = "stablehlo.reshape"(%1982) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1984 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1985 = "stablehlo.broadcast_in_dim"(%1984) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1986 = "stablehlo.multiply"(%1983, %1985) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1987 = "stablehlo.broadcast_in_dim"(%1986) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %1988 = "stablehlo.subtract"(%1979, %1987) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %1989 = "stablehlo.multiply"(%1988, %1988) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init341 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %1990 = "stablehlo.reduce"(%1989, %init341) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs343: tensor<f32>, %rhs344: tensor<f32>):
      %combined342 = "stablehlo.add"(%lhs343, %rhs344) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined342) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %1991 = "stablehlo.reshape"(%1990) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %1992 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %1993 = "stablehlo.broadcast_in_dim"(%1992) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1994 = "stablehlo.multiply"(%1991, %1993) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1995 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %1996 = "stablehlo.broadcast_in_dim"(%1995) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %1997 = "stablehlo.add"(%1994, %1996) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1998 = "stablehlo.rsqrt"(%1997) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %1999 = "stablehlo.broadcast_in_dim"(%1998) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %2000 = "stablehlo.multiply"(%1988, %1999) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2001 = "stablehlo.broadcast_in_dim"(%encoder.block6.ffn1.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %2002 = "stablehlo.multiply"(%2000, %2001) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2003 = "stablehlo.broadcast_in_dim"(%encoder.block6.ffn1.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %2004 = "stablehlo.add"(%2002, %2003) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2007 = "stablehlo.dot_general"(%2004, %encoder.block6.ffn1.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x576xf32>) -> tensor<8x250x576xf32>
    %2008 = "stablehlo.broadcast_in_dim"(%encoder.block6.ffn1.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x250x576xf32>
    %2009 = "stablehlo.add"(%2007, %2008) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %2010 = "stablehlo.logistic"(%2009) : (tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %2011 = "stablehlo.multiply"(%2009, %2010) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %2014 = "stablehlo.dot_general"(%2011, %encoder.block6.ffn1.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x576xf32>, tensor<576x144xf32>) -> tensor<8x250x144xf32>
    %2015 = "stablehlo.broadcast_in_dim"(%encoder.block6.ffn1.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %2016 = "stablehlo.add"(%2014, %2015) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2017 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %2018 = "stablehlo.broadcast_in_dim"(%2017) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x144xf32>
    %2019 = "stablehlo.multiply"(%2016, %2018) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2020 = "stablehlo.add"(%1979, %2019) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init345 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2023 = "stablehlo.reduce"(%2020, %init345) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs347: tensor<f32>, %rhs348: tensor<f32>):
      %combined346 = "stablehlo.add"(%lhs347, %rhs348) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined346) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %2024 = "stablehlo.reshape"(%2023) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %2025 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2026 = "stablehlo.broadcast_in_dim"(%2025) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %2027 = "stablehlo.multiply"(%2024, %2026) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2028 = "stablehlo.broadcast_in_dim"(%2027) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %2029 = "stablehlo.subtract"(%2020, %2028) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2030 = "stablehlo.multiply"(%2029, %2029) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init349 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2031 = "stablehlo.reduce"(%2030, %init349) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs351: tensor<f32>, %rhs352: tensor<f32>):
      %combined350 = "stablehlo.add"(%lhs351, %rhs352) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined350) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %2032 = "stablehlo.reshape"(%2031) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %2033 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2034 = "stablehlo.broadcast_in_dim"(%2033) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %2035 = "stablehlo.multiply"(%2032, %2034) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2036 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %2037 = "stablehlo.broadcast_in_dim"(%2036) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %2038 = "stablehlo.add"(%2035, %2037) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2039 = "stablehlo.rsqrt"(%2038) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2040 = "stablehlo.broadcast_in_dim"(%2039) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %2041 = "stablehlo.multiply"(%2029, %2040) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2042 = "stablehlo.broadcast_in_dim"(%encoder.block6.attention.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %2043 = "stablehlo.multiply"(%2041, %2042) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2044 = "stablehlo.broadcast_in_dim"(%encoder.block6.attention.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %2045 = "stablehlo.add"(%2043, %2044) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2048 = "stablehlo.dot_general"(%2045, %encoder.block6.attention.qkv.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x432xf32>) -> tensor<8x250x432xf32>
    %2049 = "stablehlo.broadcast_in_dim"(%encoder.block6.attention.qkv.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<432xf32>) -> tensor<8x250x432xf32>
    %2050 = "stablehlo.add"(%2048, %2049) : (tensor<8x250x432xf32>, tensor<8x250x432xf32>) -> tensor<8x250x432xf32>
    %2051 = "stablehlo.reshape"(%2050) : (tensor<8x250x432xf32>) -> tensor<8x250x3x4x36xf32>
    %2052 = "stablehlo.transpose"(%2051) <{permutation = array<i64: 2, 0, 3, 1, 4>}> : (tensor<8x250x3x4x36xf32>) -> tensor<3x8x4x250x36xf32>
    %2053 = "stablehlo.slice"(%2052) <{start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 4, 250, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x250x36xf32>) -> tensor<1x8x4x250x36xf32>
    %2054 = "stablehlo.reshape"(%2053) : (tensor<1x8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %2055 = "stablehlo.slice"(%2052) <{start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 8, 4, 250, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x250x36xf32>) -> tensor<1x8x4x250x36xf32>
    %2056 = "stablehlo.reshape"(%2055) : (tensor<1x8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %2057 = "stablehlo.slice"(%2052) <{start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 8, 4, 250, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x250x36xf32>) -> tensor<1x8x4x250x36xf32>
    %2058 = "stablehlo.reshape"(%2057) : (tensor<1x8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %2060 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %2061 = "stablehlo.broadcast_in_dim"(%2060) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x36xf32>
    %2062 = "stablehlo.multiply"(%2054, %2061) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %2063 = "stablehlo.dot_general"(%2062, %encoder.block6.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x250x36xf32>, tensor<32x36xf32>) -> tensor<8x4x250x32xf32>
    %2064 = "stablehlo.multiply"(%2062, %2062) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %init353 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2065 = "stablehlo.reduce"(%2064, %init353) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs355: tensor<f32>, %rhs356: tensor<f32>):
      %combined354 = "stablehlo.add"(%lhs355, %rhs356) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined354) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x36xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %2066 = "stablehlo.reshape"(%2065) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %2067 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %2068 = "stablehlo.broadcast_in_dim"(%2067) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x1xf32>
    %2069 = "stablehlo.multiply"(%2066, %2068) : (tensor<8x4x250x1xf32>, tensor<8x4x250x1xf32>) -> tensor<8x4x250x1xf32>
    %2070 = "stablehlo.broadcast_in_dim"(%2069) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x32xf32>
    %2071 = "stablehlo.add"(%2063, %2070) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %init357 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %2072 = "stablehlo.reduce"(%2071, %init357) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs359: tensor<f32>, %rhs360: tensor<f32>):
      %combined358 = "stablehlo.maximum"(%lhs359, %rhs360) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined358) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x32xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %2073 = "stablehlo.reshape"(%2072) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %2074 = "stablehlo.broadcast_in_dim"(%2073) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x32xf32>
    %2075 = "stablehlo.subtract"(%2071, %2074) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %2076 = "stablehlo.exponential"(%2075) : (tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %2077 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %2078 = "stablehlo.broadcast_in_dim"(%2077) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x32xf32>
    %2079 = "stablehlo.multiply"(%2076, %2078) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %2080 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %2081 = "stablehlo.broadcast_in_dim"(%2080) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x36xf32>
    %2082 = "stablehlo.multiply"(%2056, %2081) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %2083 = "stablehlo.dot_general"(%2082, %encoder.block6.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x250x36xf32>, tensor<32x36xf32>) -> tensor<8x4x250x32xf32>
    %2084 = "stablehlo.multiply"(%2082, %2082) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %init361 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2085 = "stablehlo.reduce"(%2084, %init361) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs363: tensor<f32>, %rhs364: tensor<f32>):
      %combined362 = "stablehlo.add"(%lhs363, %rhs364) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined362) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x36xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %2086 = "stablehlo.reshape"(%2085) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %2087 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %2088 = "stablehlo.broadcast_in_dim"(%2087) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x1xf32>
    %2089 = "stablehlo.multiply"(%2086, %2088) : (tensor<8x4x250x1xf32>, tensor<8x4x250x1xf32>) -> tensor<8x4x250x1xf32>
    %2090 = "stablehlo.broadcast_in_dim"(%2089) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x32xf32>
    %2091 = "stablehlo.add"(%2083, %2090) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %2092 = "stablehlo.constant"() <{value = dense<30.0> : tensor<f32>}> : () -> tensor<f32>
    %2093 = "stablehlo.broadcast_in_dim"(%2092) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x32xf32>
    %2094 = "stablehlo.minimum"(%2091, %2093) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %2095 = "stablehlo.exponential"(%2094) : (tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %2096 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %2097 = "stablehlo.broadcast_in_dim"(%2096) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x32xf32>
    %2098 = "stablehlo.multiply"(%2095, %2097) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %2099 = "stablehlo.dot_general"(%2079, %2098) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>}> : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x250xf32>
    %2100 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<250x250xi32>
    %2101 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<250x250xi32>
    %2102 = "stablehlo.compare"(%2100, %2101) <{comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<250x250xi32>, tensor<250x250xi32>) -> tensor<250x250xi1>
    %2103 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2104 = "stablehlo.broadcast_in_dim"(%2103) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x250xf32>
    %2105 = "stablehlo.broadcast_in_dim"(%2102) <{broadcast_dimensions = array<i64: 2, 3>}> : (tensor<250x250xi1>) -> tensor<8x4x250x250xi1>
    %2106 = "stablehlo.select"(%2105, %2099, %2104) : (tensor<8x4x250x250xi1>, tensor<8x4x250x250xf32>, tensor<8x4x250x250xf32>) -> tensor<8x4x250x250xf32>
    %2107 = "stablehlo.dot_general"(%2106, %2058) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x250x250xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %init365 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2108 = "stablehlo.reduce"(%2106, %init365) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs367: tensor<f32>, %rhs368: tensor<f32>):
      %combined366 = "stablehlo.add"(%lhs367, %rhs368) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined366) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x250xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %2109 = "stablehlo.reshape"(%2108) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %2110 = "stablehlo.constant"() <{value = dense<1.0e-6> : tensor<f32>}> : () -> tensor<f32>
    %2111 = "stablehlo.broadcast_in_dim"(%2110) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x1xf32>
    %2112 = "stablehlo.add"(%2109, %2111) : (tensor<8x4x250x1xf32>, tensor<8x4x250x1xf32>) -> tensor<8x4x250x1xf32>
    %2113 = "stablehlo.broadcast_in_dim"(%2112) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x36xf32>
    %2114 = "stablehlo.divide"(%2107, %2113) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %2115 = "stablehlo.transpose"(%2114) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x4x250x36xf32>) -> tensor<8x250x4x36xf32>
    %2116 = "stablehlo.reshape"(%2115) : (tensor<8x250x4x36xf32>) -> tensor<8x250x144xf32>
    %2119 = "stablehlo.dot_general"(%2116, %encoder.block6.attention.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x144xf32>) -> tensor<8x250x144xf32>
    %2120 = "stablehlo.broadcast_in_dim"(%encoder.block6.attention.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %2121 = "stablehlo.add"(%2119, %2120) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2122 = "stablehlo.add"(%2020, %2121) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init369 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2125 = "stablehlo.reduce"(%2122, %init369) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs371: tensor<f32>, %rhs372: tensor<f32>):
      %combined370 = "stablehlo.add"(%lhs371, %rhs372) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined370) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %2126 = "stablehlo.reshape"(%2125) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %2127 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2128 = "stablehlo.broadcast_in_dim"(%2127) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %2129 = "stablehlo.multiply"(%2126, %2128) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2130 = "stablehlo.broadcast_in_dim"(%2129) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %2131 = "stablehlo.subtract"(%2122, %2130) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2132 = "stablehlo.multiply"(%2131, %2131) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init373 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2133 = "stablehlo.reduce"(%2132, %init373) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs375: tensor<f32>, %rhs376: tensor<f32>):
      %combined374 = "stablehlo.add"(%lhs375, %rhs376) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined374) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %2134 = "stablehlo.reshape"(%2133) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %2135 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2136 = "stablehlo.broadcast_in_dim"(%2135) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %2137 = "stablehlo.multiply"(%2134, %2136) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2138 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %2139 = "stablehlo.broadcast_in_dim"(%2138) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %2140 = "stablehlo.add"(%2137, %2139) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2141 = "stablehlo.rsqrt"(%2140) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2142 = "stablehlo.broadcast_in_dim"(%2141) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %2143 = "stablehlo.multiply"(%2131, %2142) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2144 = "stablehlo.broadcast_in_dim"(%encoder.block6.conv.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %2145 = "stablehlo.multiply"(%2143, %2144) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2146 = "stablehlo.broadcast_in_dim"(%encoder.block6.conv.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %2147 = "stablehlo.add"(%2145, %2146) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2150 = "stablehlo.dot_general"(%2147, %encoder.block6.conv.pointwise_in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x288xf32>) -> tensor<8x250x288xf32>
    %2151 = "stablehlo.broadcast_in_dim"(%encoder.block6.conv.pointwise_in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x250x288xf32>
    %2152 = "stablehlo.add"(%2150, %2151) : (tensor<8x250x288xf32>, tensor<8x250x288xf32>) -> tensor<8x250x288xf32>
    %2153 = "stablehlo.slice"(%2152) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 250, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x250x288xf32>) -> tensor<8x250x144xf32>
    %2154 = "stablehlo.slice"(%2152) <{start_indices = array<i64: 0, 0, 144>, limit_indices = array<i64: 8, 250, 288>, strides = array<i64: 1, 1, 1>}> : (tensor<8x250x288xf32>) -> tensor<8x250x144xf32>
    %2155 = "stablehlo.logistic"(%2154) : (tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2156 = "stablehlo.multiply"(%2153, %2155) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2157 = "stablehlo.convert"(%17) : (tensor<8x250xi1>) -> tensor<8x250xf32>
    %2158 = "stablehlo.reshape"(%2157) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %2159 = "stablehlo.broadcast_in_dim"(%2158) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %2160 = "stablehlo.multiply"(%2156, %2159) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2161 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2162 = "stablehlo.pad"(%2160, %2161) <{edge_padding_high = array<i64: 0, 0, 0>, edge_padding_low = array<i64: 0, 14, 0>, interior_padding = array<i64: 0, 0, 0>}> : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x264x144xf32>
    %2165 = "stablehlo.reshape"(%encoder.block6.conv.depthwise.w) : (tensor<15x1x144xf32>) -> tensor<15x144xf32>
    %2166 = "stablehlo.slice"(%2162) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 250, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %2167 = "stablehlo.slice"(%2165) <{start_indices = array<i64: 0, 0>, limit_indices = array<i64: 1, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2168 = "stablehlo.broadcast_in_dim"(%2167) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %2169 = "stablehlo.multiply"(%2166, %2168) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2170 = "stablehlo.slice"(%2162) <{start_indices = array<i64: 0, 1, 0>, limit_indices = array<i64: 8, 251, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %2171 = "stablehlo.slice"(%2165) <{start_indices = array<i64: 1, 0>, limit_indices = array<i64: 2, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2172 = "stablehlo.broadcast_in_dim"(%2171) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %2173 = "stablehlo.multiply"(%2170, %2172) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2174 = "stablehlo.add"(%2169, %2173) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2175 = "stablehlo.slice"(%2162) <{start_indices = array<i64: 0, 2, 0>, limit_indices = array<i64: 8, 252, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %2176 = "stablehlo.slice"(%2165) <{start_indices = array<i64: 2, 0>, limit_indices = array<i64: 3, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2177 = "stablehlo.broadcast_in_dim"(%2176) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %2178 = "stablehlo.multiply"(%2175, %2177) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2179 = "stablehlo.add"(%2174, %2178) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2180 = "stablehlo.slice"(%2162) <{start_indices = array<i64: 0, 3, 0>, limit_indices = array<i64: 8, 253, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %2181 = "stablehlo.slice"(%2165) <{start_indices = array<i64: 3, 0>, limit_indices = array<i64: 4, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2182 = "stablehlo.broadcast_in_dim"(%2181) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %2183 = "stablehlo.multiply"(%2180, %2182) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2184 = "stablehlo.add"(%2179, %2183) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2185 = "stablehlo.slice"(%2162) <{start_indices = array<i64: 0, 4, 0>, limit_indices = array<i64: 8, 254, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %2186 = "stablehlo.slice"(%2165) <{start_indices = array<i64: 4, 0>, limit_indices = array<i64: 5, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2187 = "stablehlo.broadcast_in_dim"(%2186) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %2188 = "stablehlo.multiply"(%2185, %2187) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2189 = "stablehlo.add"(%2184, %2188) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2190 = "stablehlo.slice"(%2162) <{start_indices = array<i64: 0, 5, 0>, limit_indices = array<i64: 8, 255, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %2191 = "stablehlo.slice"(%2165) <{start_indices = array<i64: 5, 0>, limit_indices = array<i64: 6, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2192 = "stablehlo.broadcast_in_dim"(%2191) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %2193 = "stablehlo.multiply"(%2190, %2192) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2194 = "stablehlo.add"(%2189, %2193) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2195 = "stablehlo.slice"(%2162) <{start_indices = array<i64: 0, 6, 0>, limit_indices = array<i64: 8, 256, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %2196 = "stablehlo.slice"(%2165) <{start_indices = array<i64: 6, 0>, limit_indices = array<i64: 7, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2197 = "stablehlo.broadcast_in_dim"(%2196) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %2198 = "stablehlo.multiply"(%2195, %2197) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2199 = "stablehlo.add"(%2194, %2198) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2200 = "stablehlo.slice"(%2162) <{start_indices = array<i64: 0, 7, 0>, limit_indices = array<i64: 8, 257, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %2201 = "stablehlo.slice"(%2165) <{start_indices = array<i64: 7, 0>, limit_indices = array<i64: 8, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2202 = "stablehlo.broadcast_in_dim"(%2201) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %2203 = "stablehlo.multiply"(%2200, %2202) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2204 = "stablehlo.add"(%2199, %2203) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2205 = "stablehlo.slice"(%2162) <{start_indices = array<i64: 0, 8, 0>, limit_indices = array<i64: 8, 258, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %2206 = "stablehlo.slice"(%2165) <{start_indices = array<i64: 8, 0>, limit_indices = array<i64: 9, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2207 = "stablehlo.broadcast_in_dim"(%2206) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %2208 = "stablehlo.multiply"(%2205, %2207) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2209 = "stablehlo.add"(%2204, %2208) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2210 = "stablehlo.slice"(%2162) <{start_indices = array<i64: 0, 9, 0>, limit_indices = array<i64: 8, 259, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %2211 = "stablehlo.slice"(%2165) <{start_indices = array<i64: 9, 0>, limit_indices = array<i64: 10, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2212 = "stablehlo.broadcast_in_dim"(%2211) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %2213 = "stablehlo.multiply"(%2210, %2212) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2214 = "stablehlo.add"(%2209, %2213) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2215 = "stablehlo.slice"(%2162) <{start_indices = array<i64: 0, 10, 0>, limit_indices = array<i64: 8, 260, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %2216 = "stablehlo.slice"(%2165) <{start_indices = array<i64: 10, 0>, limit_indices = array<i64: 11, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2217 = "stablehlo.broadcast_in_dim"(%2216) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %2218 = "stablehlo.multiply"(%2215, %2217) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2219 = "stablehlo.add"(%2214, %2218) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2220 = "stablehlo.slice"(%2162) <{start_indices = array<i64: 0, 11, 0>, limit_indices = array<i64: 8, 261, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %2221 = "stablehlo.slice"(%2165) <{start_indices = array<i64: 11, 0>, limit_indices = array<i64: 12, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2222 = "stablehlo.broadcast_in_dim"(%2221) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %2223 = "stablehlo.multiply"(%2220, %2222) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2224 = "stablehlo.add"(%2219, %2223) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2225 = "stablehlo.slice"(%2162) <{start_indices = array<i64: 0, 12, 0>, limit_indices = array<i64: 8, 262, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %2226 = "stablehlo.slice"(%2165) <{start_indices = array<i64: 12, 0>, limit_indices = array<i64: 13, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2227 = "stablehlo.broadcast_in_dim"(%2226) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %2228 = "stablehlo.multiply"(%2225, %2227) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2229 = "stablehlo.add"(%2224, %2228) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2230 = "stablehlo.slice"(%2162) <{start_indices = array<i64: 0, 13, 0>, limit_indices = array<i64: 8, 263, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %2231 = "stablehlo.slice"(%2165) <{start_indices = array<i64: 13, 0>, limit_indices = array<i64: 14, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2232 = "stablehlo.broadcast_in_dim"(%2231) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %2233 = "stablehlo.multiply"(%2230, %2232) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2234 = "stablehlo.add"(%2229, %2233) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2235 = "stablehlo.slice"(%2162) <{start_indices = array<i64: 0, 14, 0>, limit_indices = array<i64: 8, 264, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %2236 = "stablehlo.slice"(%2165) <{start_indices = array<i64: 14, 0>, limit_indices = array<i64: 15, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2237 = "stablehlo.broadcast_in_dim"(%2236) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %2238 = "stablehlo.multiply"(%2235, %2237) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2239 = "stablehlo.add"(%2234, %2238) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2240 = "stablehlo.broadcast_in_dim"(%encoder.block6.conv.depthwise.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %2241 = "stablehlo.add"(%2239, %2240) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init377 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2244 = "stablehlo.reduce"(%2241, %init377) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs379: tensor<f32>, %rhs380: tensor<f32>):
      %combined378 = "stablehlo.add"(%lhs379, %rhs380) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined378) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %2245 = "stablehlo.reshape"(%2244) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %2246 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2247 = "stablehlo.broadcast_in_dim"(%2246) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %2248 = "stablehlo.multiply"(%2245, %2247) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2249 = "stablehlo.broadcast_in_dim"(%2248) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %2250 = "stablehlo.subtract"(%2241, %2249) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2251 = "stablehlo.multiply"(%2250, %2250) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init381 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2252 = "stablehlo.reduce"(%2251, %init381) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs383: tensor<f32>, %rhs384: tensor<f32>):
      %combined382 = "stablehlo.add"(%lhs383, %rhs384) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined382) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %2253 = "stablehlo.reshape"(%2252) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %2254 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2255 = "stablehlo.broadcast_in_dim"(%2254) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %2256 = "stablehlo.multiply"(%2253, %2255) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2257 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %2258 = "stablehlo.broadcast_in_dim"(%2257) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %2259 = "stablehlo.add"(%2256, %2258) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2260 = "stablehlo.rsqrt"(%2259) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2261 = "stablehlo.broadcast_in_dim"(%2260) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %2262 = "stablehlo.multiply"(%2250, %2261) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2263 = "stablehlo.broadcast_in_dim"(%encoder.block6.conv.depthwise_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %2264 = "stablehlo.multiply"(%2262, %2263) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2265 = "stablehlo.broadcast_in_dim"(%encoder.block6.conv.depthwise_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %2266 = "stablehlo.add"(%2264, %2265) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2267 = "stablehlo.logistic"(%2266) : (tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2268 = "stablehlo.multiply"(%2266, %2267) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2271 = "stablehlo.dot_general"(%2268, %encoder.block6.conv.pointwise_out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x144xf32>) -> tensor<8x250x144xf32>
    %2272 = "stablehlo.broadcast_in_dim"(%encoder.block6.conv.pointwise_out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %2273 = "stablehlo.add"(%2271, %2272) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2274 = "stablehlo.add"(%2122, %2273) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init385 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2277 = "stablehlo.reduce"(%2274, %init385) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs387: tensor<f32>, %rhs388: tensor<f32>):
      %combined386 = "stablehlo.add"(%lhs387, %rhs388) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined386) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %2278 = "stablehlo.reshape"(%2277) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %2279 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2280 = "stablehlo.broadcast_in_dim"(%2279) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %2281 = "stablehlo.multiply"(%2278, %2280) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2282 = "stablehlo.broadcast_in_dim"(%2281) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %2283 = "stablehlo.subtract"(%2274, %2282) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2284 = "stablehlo.multiply"(%2283, %2283) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init389 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2285 = "stablehlo.reduce"(%2284, %init389) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs391: tensor<f32>, %rhs392: tensor<f32>):
      %combined390 = "stablehlo.add"(%lhs391, %rhs392) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined390) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %2286 = "stablehlo.reshape"(%2285) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %2287 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2288 = "stablehlo.broadcast_in_dim"(%2287) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %2289 = "stablehlo.multiply"(%2286, %2288) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2290 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %2291 = "stablehlo.broadcast_in_dim"(%2290) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %2292 = "stablehlo.add"(%2289, %2291) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2293 = "stablehlo.rsqrt"(%2292) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2294 = "stablehlo.broadcast_in_dim"(%2293) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %2295 = "stablehlo.multiply"(%2283, %2294) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2296 = "stablehlo.broadcast_in_dim"(%encoder.block6.ffn2.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %2297 = "stablehlo.multiply"(%2295, %2296) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2298 = "stablehlo.broadcast_in_dim"(%encoder.block6.ffn2.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %2299 = "stablehlo.add"(%2297, %2298) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2302 = "stablehlo.dot_general"(%2299, %encoder.block6.ffn2.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x576xf32>) -> tensor<8x250x576xf32>
    %2303 = "stablehlo.broadcast_in_dim"(%encoder.block6.ffn2.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x250x576xf32>
    %2304 = "stablehlo.add"(%2302, %2303) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %2305 = "stablehlo.logistic"(%2304) : (tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %2306 = "stablehlo.multiply"(%2304, %2305) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %2309 = "stablehlo.dot_general"(%2306, %encoder.block6.ffn2.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x576xf32>, tensor<576x144xf32>) -> tensor<8x250x144xf32>
    %2310 = "stablehlo.broadcast_in_dim"(%encoder.block6.ffn2.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %2311 = "stablehlo.add"(%2309, %2310) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2312 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %2313 = "stablehlo.broadcast_in_dim"(%2312) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x144xf32>
    %2314 = "stablehlo.multiply"(%2311, %2313) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2315 = "stablehlo.add"(%2274, %2314) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init393 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2318 = "stablehlo.reduce"(%2315, %init393) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs395: tensor<f32>, %rhs396: tensor<f32>):
      %combined394 = "stablehlo.add"(%lhs395, %rhs396) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined394) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %2319 = "stablehlo.reshape"(%2318) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %2320 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2321 = "stablehlo.broadcast_in_dim"(%2320) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %2322 = "stablehlo.multiply"(%2319, %2321) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2323 = "stablehlo.broadcast_in_dim"(%2322) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %2324 = "stablehlo.subtract"(%2315, %2323) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2325 = "stablehlo.multiply"(%2324, %2324) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init397 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2326 = "stablehlo.reduce"(%2325, %init397) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs399: tensor<f32>, %rhs400: tensor<f32>):
      %combined398 = "stablehlo.add"(%lhs399, %rhs400) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined398) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %2327 = "stablehlo.reshape"(%2326) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %2328 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2329 = "stablehlo.broadcast_in_dim"(%2328) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %2330 = "stablehlo.multiply"(%2327, %2329) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2331 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %2332 = "stablehlo.broadcast_in_dim"(%2331) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %2333 = "stablehlo.add"(%2330, %2332) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2334 = "stablehlo.rsqrt"(%2333) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2335 = "stablehlo.broadcast_in_dim"(%2334) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %2336 = "stablehlo.multiply"(%2324, %2335) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2337 = "stablehlo.broadcast_in_dim"(%encoder.block6.final_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %2338 = "stablehlo.multiply"(%2336, %2337) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2339 = "stablehlo.broadcast_in_dim"(%encoder.block6.final_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %2340 = "stablehlo.add"(%2338, %2339) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init401 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2343 = "stablehlo.reduce"(%2340, %init401) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs403: tensor<f32>, %rhs404: tensor<f32>):
      %combined402 = "stablehlo.add"(%lhs403, %rhs404) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined402) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %2344 = "stablehlo.reshape"(%2343) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %2345 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2346 = "stablehlo.broadcast_in_dim"(%2345) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %2347 = "stablehlo.multiply"(%2344, %2346) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2348 = "stablehlo.broadcast_in_dim"(%2347) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %2349 = "stablehlo.subtract"(%2340, %2348) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2350 = "stablehlo.multiply"(%2349, %2349) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init405 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2351 = "stablehlo.reduce"(%2350, %init405) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs407: tensor<f32>, %rhs408: tensor<f32>):
      %combined406 = "stablehlo.add"(%lhs407, %rhs408) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined406) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %2352 = "stablehlo.reshape"(%2351) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %2353 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2354 = "stablehlo.broadcast_in_dim"(%2353) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %2355 = "stablehlo.multiply"(%2352, %2354) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2356 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %2357 = "stablehlo.broadcast_in_dim"(%2356) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %2358 = "stablehlo.add"(%2355, %2357) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2359 = "stablehlo.rsqrt"(%2358) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2360 = "stablehlo.broadcast_in_dim"(%2359) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %2361 = "stablehlo.multiply"(%2349, %2360) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2362 = "stablehlo.broadcast_in_dim"(%encoder.block7.ffn1.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %2363 = "stablehlo.multiply"(%2361, %2362) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2364 = "stablehlo.broadcast_in_dim"(%encoder.block7.ffn1.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %2365 = "stablehlo.add"(%2363, %2364) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2368 = "stablehlo.dot_general"(%2365, %encoder.block7.ffn1.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x576xf32>) -> tensor<8x250x576xf32>
    %2369 = "stablehlo.broadcast_in_dim"(%encoder.block7.ffn1.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x250x576xf32>
    %2370 = "stablehlo.add"(%2368, %2369) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %2371 = "stablehlo.logistic"(%2370) : (tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %2372 = "stablehlo.multiply"(%2370, %2371) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %2375 = "stablehlo.dot_general"(%2372, %encoder.block7.ffn1.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x576xf32>, tensor<576x144xf32>) -> tensor<8x250x144xf32>
    %2376 = "stablehlo.broadcast_in_dim"(%encoder.block7.ffn1.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %2377 = "stablehlo.add"(%2375, %2376) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2378 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %2379 = "stablehlo.broadcast_in_dim"(%2378) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x144xf32>
    %2380 = "stablehlo.multiply"(%2377, %2379) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2381 = "stablehlo.add"(%2340, %2380) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init409 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2384 = "stablehlo.reduce"(%2381, %init409) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs411: tensor<f32>, %rhs412: tensor<f32>):
      %combined410 = "stablehlo.add"(%lhs411, %rhs412) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined410) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %2385 = "stablehlo.reshape"(%2384) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %2386 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2387 = "stablehlo.broadcast_in_dim"(%2386) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %2388 = "stablehlo.multiply"(%2385, %2387) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2389 = "stablehlo.broadcast_in_dim"(%2388) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %2390 = "stablehlo.subtract"(%2381, %2389) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2391 = "stablehlo.multiply"(%2390, %2390) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init413 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2392 = "stablehlo.reduce"(%2391, %init413) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs415: tensor<f32>, %rhs416: tensor<f32>):
      %combined414 = "stablehlo.add"(%lhs415, %rhs416) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined414) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %2393 = "stablehlo.reshape"(%2392) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %2394 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2395 = "stablehlo.broadcast_in_dim"(%2394) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %2396 = "stablehlo.multiply"(%2393, %2395) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2397 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %2398 = "stablehlo.broadcast_in_dim"(%2397) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %2399 = "stablehlo.add"(%2396, %2398) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2400 = "stablehlo.rsqrt"(%2399) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2401 = "stablehlo.broadcast_in_dim"(%2400) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %2402 = "stablehlo.multiply"(%2390, %2401) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2403 = "stablehlo.broadcast_in_dim"(%encoder.block7.attention.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %2404 = "stablehlo.multiply"(%2402, %2403) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2405 = "stablehlo.broadcast_in_dim"(%encoder.block7.attention.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %2406 = "stablehlo.add"(%2404, %2405) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2409 = "stablehlo.dot_general"(%2406, %encoder.block7.attention.qkv.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x432xf32>) -> tensor<8x250x432xf32>
    %2410 = "stablehlo.broadcast_in_dim"(%encoder.block7.attention.qkv.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<432xf32>) -> tensor<8x250x432xf32>
    %2411 = "stablehlo.add"(%2409, %2410) : (tensor<8x250x432xf32>, tensor<8x250x432xf32>) -> tensor<8x250x432xf32>
    %2412 = "stablehlo.reshape"(%2411) : (tensor<8x250x432xf32>) -> tensor<8x250x3x4x36xf32>
    %2413 = "stablehlo.transpose"(%2412) <{permutation = array<i64: 2, 0, 3, 1, 4>}> : (tensor<8x250x3x4x36xf32>) -> tensor<3x8x4x250x36xf32>
    %2414 = "stablehlo.slice"(%2413) <{start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 4, 250, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x250x36xf32>) -> tensor<1x8x4x250x36xf32>
    %2415 = "stablehlo.reshape"(%2414) : (tensor<1x8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %2416 = "stablehlo.slice"(%2413) <{start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 8, 4, 250, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x250x36xf32>) -> tensor<1x8x4x250x36xf32>
    %2417 = "stablehlo.reshape"(%2416) : (tensor<1x8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %2418 = "stablehlo.slice"(%2413) <{start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 8, 4, 250, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x250x36xf32>) -> tensor<1x8x4x250x36xf32>
    %2419 = "stablehlo.reshape"(%2418) : (tensor<1x8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %2421 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %2422 = "stablehlo.broadcast_in_dim"(%2421) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x36xf32>
    %2423 = "stablehlo.multiply"(%2415, %2422) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %2424 = "stablehlo.dot_general"(%2423, %encoder.block7.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x250x36xf32>, tensor<32x36xf32>) -> tensor<8x4x250x32xf32>
    %2425 = "stablehlo.multiply"(%2423, %2423) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %init417 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2426 = "stablehlo.reduce"(%2425, %init417) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs419: tensor<f32>, %rhs420: tensor<f32>):
      %combined418 = "stablehlo.add"(%lhs419, %rhs420) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined418) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x36xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %2427 = "stablehlo.reshape"(%2426) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %2428 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %2429 = "stablehlo.broadcast_in_dim"(%2428) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x1xf32>
    %2430 = "stablehlo.multiply"(%2427, %2429) : (tensor<8x4x250x1xf32>, tensor<8x4x250x1xf32>) -> tensor<8x4x250x1xf32>
    %2431 = "stablehlo.broadcast_in_dim"(%2430) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x32xf32>
    %2432 = "stablehlo.add"(%2424, %2431) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %init421 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %2433 = "stablehlo.reduce"(%2432, %init421) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs423: tensor<f32>, %rhs424: tensor<f32>):
      %combined422 = "stablehlo.maximum"(%lhs423, %rhs424) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined422) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x32xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %2434 = "stablehlo.reshape"(%2433) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %2435 = "stablehlo.broadcast_in_dim"(%2434) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x32xf32>
    %2436 = "stablehlo.subtract"(%2432, %2435) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %2437 = "stablehlo.exponential"(%2436) : (tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %2438 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %2439 = "stablehlo.broadcast_in_dim"(%2438) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x32xf32>
    %2440 = "stablehlo.multiply"(%2437, %2439) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %2441 = "stablehlo.constant"() <{value = dense<0.4082483> : tensor<f32>}> : () -> tensor<f32>
    %2442 = "stablehlo.broadcast_in_dim"(%2441) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x36xf32>
    %2443 = "stablehlo.multiply"(%2417, %2442) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %2444 = "stablehlo.dot_general"(%2443, %encoder.block7.attention.features) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [1]>}> : (tensor<8x4x250x36xf32>, tensor<32x36xf32>) -> tensor<8x4x250x32xf32>
    %2445 = "stablehlo.multiply"(%2443, %2443) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %init425 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2446 = "stablehlo.reduce"(%2445, %init425) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs427: tensor<f32>, %rhs428: tensor<f32>):
      %combined426 = "stablehlo.add"(%lhs427, %rhs428) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined426) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x36xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %2447 = "stablehlo.reshape"(%2446) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %2448 = "stablehlo.constant"() <{value = dense<-0.5> : tensor<f32>}> : () -> tensor<f32>
    %2449 = "stablehlo.broadcast_in_dim"(%2448) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x1xf32>
    %2450 = "stablehlo.multiply"(%2447, %2449) : (tensor<8x4x250x1xf32>, tensor<8x4x250x1xf32>) -> tensor<8x4x250x1xf32>
    %2451 = "stablehlo.broadcast_in_dim"(%2450) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x32xf32>
    %2452 = "stablehlo.add"(%2444, %2451) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %2453 = "stablehlo.constant"() <{value = dense<30.0> : tensor<f32>}> : () -> tensor<f32>
    %2454 = "stablehlo.broadcast_in_dim"(%2453) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x32xf32>
    %2455 = "stablehlo.minimum"(%2452, %2454) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %2456 = "stablehlo.exponential"(%2455) : (tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %2457 = "stablehlo.constant"() <{value = dense<0.17677669> : tensor<f32>}> : () -> tensor<f32>
    %2458 = "stablehlo.broadcast_in_dim"(%2457) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x32xf32>
    %2459 = "stablehlo.multiply"(%2456, %2458) : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x32xf32>
    %2460 = "stablehlo.dot_general"(%2440, %2459) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>}> : (tensor<8x4x250x32xf32>, tensor<8x4x250x32xf32>) -> tensor<8x4x250x250xf32>
    %2461 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<250x250xi32>
    %2462 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<250x250xi32>
    %2463 = "stablehlo.compare"(%2461, %2462) <{comparison_direction = #stablehlo<comparison_direction LE>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<250x250xi32>, tensor<250x250xi32>) -> tensor<250x250xi1>
    %2464 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2465 = "stablehlo.broadcast_in_dim"(%2464) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x250xf32>
    %2466 = "stablehlo.broadcast_in_dim"(%2463) <{broadcast_dimensions = array<i64: 2, 3>}> : (tensor<250x250xi1>) -> tensor<8x4x250x250xi1>
    %2467 = "stablehlo.select"(%2466, %2460, %2465) : (tensor<8x4x250x250xi1>, tensor<8x4x250x250xf32>, tensor<8x4x250x250xf32>) -> tensor<8x4x250x250xf32>
    %2468 = "stablehlo.dot_general"(%2467, %2419) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x250x250xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %init429 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2469 = "stablehlo.reduce"(%2467, %init429) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs431: tensor<f32>, %rhs432: tensor<f32>):
      %combined430 = "stablehlo.add"(%lhs431, %rhs432) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined430) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x250xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %2470 = "stablehlo.reshape"(%2469) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %2471 = "stablehlo.constant"() <{value = dense<1.0e-6> : tensor<f32>}> : () -> tensor<f32>
    %2472 = "stablehlo.broadcast_in_dim"(%2471) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x1xf32>
    %2473 = "stablehlo.add"(%2470, %2472) : (tensor<8x4x250x1xf32>, tensor<8x4x250x1xf32>) -> tensor<8x4x250x1xf32>
    %2474 = "stablehlo.broadcast_in_dim"(%2473) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x36xf32>
    %2475 = "stablehlo.divide"(%2468, %2474) : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %2476 = "stablehlo.transpose"(%2475) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x4x250x36xf32>) -> tensor<8x250x4x36xf32>
    %2477 = "stablehlo.reshape"(%2476) : (tensor<8x250x4x36xf32>) -> tensor<8x250x144xf32>
    %2480 = "stablehlo.dot_general"(%2477, %encoder.block7.attention.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x144xf32>) -> tensor<8x250x144xf32>
    %2481 = "stablehlo.broadcast_in_dim"(%encoder.block7.attention.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %2482 = "stablehlo.add"(%2480, %2481) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2483 = "stablehlo.add"(%2381, %2482) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init433 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2486 = "stablehlo.reduce"(%2483, %init433) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs435: tensor<f32>, %rhs436: tensor<f32>):
      %combined434 = "stablehlo.add"(%lhs435, %rhs436) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined434) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %2487 = "stablehlo.reshape"(%2486) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %2488 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2489 = "stablehlo.broadcast_in_dim"(%2488) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %2490 = "stablehlo.multiply"(%2487, %2489) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2491 = "stablehlo.broadcast_in_dim"(%2490) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %2492 = "stablehlo.subtract"(%2483, %2491) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2493 = "stablehlo.multiply"(%2492, %2492) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init437 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2494 = "stablehlo.reduce"(%2493, %init437) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs439: tensor<f32>, %rhs440: tensor<f32>):
      %combined438 = "stablehlo.add"(%lhs439, %rhs440) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined438) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %2495 = "stablehlo.reshape"(%2494) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %2496 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2497 = "stablehlo.broadcast_in_dim"(%2496) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %2498 = "stablehlo.multiply"(%2495, %2497) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2499 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %2500 = "stablehlo.broadcast_in_dim"(%2499) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %2501 = "stablehlo.add"(%2498, %2500) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2502 = "stablehlo.rsqrt"(%2501) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2503 = "stablehlo.broadcast_in_dim"(%2502) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %2504 = "stablehlo.multiply"(%2492, %2503) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2505 = "stablehlo.broadcast_in_dim"(%encoder.block7.conv.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %2506 = "stablehlo.multiply"(%2504, %2505) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2507 = "stablehlo.broadcast_in_dim"(%encoder.block7.conv.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %2508 = "stablehlo.add"(%2506, %2507) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2511 = "stablehlo.dot_general"(%2508, %encoder.block7.conv.pointwise_in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x288xf32>) -> tensor<8x250x288xf32>
    %2512 = "stablehlo.broadcast_in_dim"(%encoder.block7.conv.pointwise_in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x250x288xf32>
    %2513 = "stablehlo.add"(%2511, %2512) : (tensor<8x250x288xf32>, tensor<8x250x288xf32>) -> tensor<8x250x288xf32>
    %2514 = "stablehlo.slice"(%2513) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 250, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x250x288xf32>) -> tensor<8x250x144xf32>
    %2515 = "stablehlo.slice"(%2513) <{start_indices = array<i64: 0, 0, 144>, limit_indices = array<i64: 8, 250, 288>, strides = array<i64: 1, 1, 1>}> : (tensor<8x250x288xf32>) -> tensor<8x250x144xf32>
    %2516 = "stablehlo.logistic"(%2515) : (tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2517 = "stablehlo.multiply"(%2514, %2516) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2518 = "stablehlo.convert"(%17) : (tensor<8x250xi1>) -> tensor<8x250xf32>
    %2519 = "stablehlo.reshape"(%2518) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %2520 = "stablehlo.broadcast_in_dim"(%2519) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %2521 = "stablehlo.multiply"(%2517, %2520) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2522 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2523 = "stablehlo.pad"(%2521, %2522) <{edge_padding_high = array<i64: 0, 0, 0>, edge_padding_low = array<i64: 0, 14, 0>, interior_padding = array<i64: 0, 0, 0>}> : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x264x144xf32>
    %2526 = "stablehlo.reshape"(%encoder.block7.conv.depthwise.w) : (tensor<15x1x144xf32>) -> tensor<15x144xf32>
    %2527 = "stablehlo.slice"(%2523) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 250, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %2528 = "stablehlo.slice"(%2526) <{start_indices = array<i64: 0, 0>, limit_indices = array<i64: 1, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2529 = "stablehlo.broadcast_in_dim"(%2528) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %2530 = "stablehlo.multiply"(%2527, %2529) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2531 = "stablehlo.slice"(%2523) <{start_indices = array<i64: 0, 1, 0>, limit_indices = array<i64: 8, 251, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %2532 = "stablehlo.slice"(%2526) <{start_indices = array<i64: 1, 0>, limit_indices = array<i64: 2, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2533 = "stablehlo.broadcast_in_dim"(%2532) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %2534 = "stablehlo.multiply"(%2531, %2533) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2535 = "stablehlo.add"(%2530, %2534) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2536 = "stablehlo.slice"(%2523) <{start_indices = array<i64: 0, 2, 0>, limit_indices = array<i64: 8, 252, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %2537 = "stablehlo.slice"(%2526) <{start_indices = array<i64: 2, 0>, limit_indices = array<i64: 3, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2538 = "stablehlo.broadcast_in_dim"(%2537) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %2539 = "stablehlo.multiply"(%2536, %2538) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2540 = "stablehlo.add"(%2535, %2539) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2541 = "stablehlo.slice"(%2523) <{start_indices = array<i64: 0, 3, 0>, limit_indices = array<i64: 8, 253, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %2542 = "stablehlo.slice"(%2526) <{start_indices = array<i64: 3, 0>, limit_indices = array<i64: 4, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2543 = "stablehlo.broadcast_in_dim"(%2542) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %2544 = "stablehlo.multiply"(%2541, %2543) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2545 = "stablehlo.add"(%2540, %2544) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2546 = "stablehlo.slice"(%2523) <{start_indices = array<i64: 0, 4, 0>, limit_indices = array<i64: 8, 254, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %2547 = "stablehlo.slice"(%2526) <{start_indices = array<i64: 4, 0>, limit_indices = array<i64: 5, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2548 = "stablehlo.broadcast_in_dim"(%2547) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %2549 = "stablehlo.multiply"(%2546, %2548) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2550 = "stablehlo.add"(%2545, %2549) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2551 = "stablehlo.slice"(%2523) <{start_indices = array<i64: 0, 5, 0>, limit_indices = array<i64: 8, 255, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %2552 = "stablehlo.slice"(%2526) <{start_indices = array<i64: 5, 0>, limit_indices = array<i64: 6, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2553 = "stablehlo.broadcast_in_dim"(%2552) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %2554 = "stablehlo.multiply"(%2551, %2553) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2555 = "stablehlo.add"(%2550, %2554) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2556 = "stablehlo.slice"(%2523) <{start_indices = array<i64: 0, 6, 0>, limit_indices = array<i64: 8, 256, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %2557 = "stablehlo.slice"(%2526) <{start_indices = array<i64: 6, 0>, limit_indices = array<i64: 7, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2558 = "stablehlo.broadcast_in_dim"(%2557) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %2559 = "stablehlo.multiply"(%2556, %2558) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2560 = "stablehlo.add"(%2555, %2559) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2561 = "stablehlo.slice"(%2523) <{start_indices = array<i64: 0, 7, 0>, limit_indices = array<i64: 8, 257, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %2562 = "stablehlo.slice"(%2526) <{start_indices = array<i64: 7, 0>, limit_indices = array<i64: 8, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2563 = "stablehlo.broadcast_in_dim"(%2562) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %2564 = "stablehlo.multiply"(%2561, %2563) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2565 = "stablehlo.add"(%2560, %2564) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2566 = "stablehlo.slice"(%2523) <{start_indices = array<i64: 0, 8, 0>, limit_indices = array<i64: 8, 258, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %2567 = "stablehlo.slice"(%2526) <{start_indices = array<i64: 8, 0>, limit_indices = array<i64: 9, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2568 = "stablehlo.broadcast_in_dim"(%2567) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %2569 = "stablehlo.multiply"(%2566, %2568) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2570 = "stablehlo.add"(%2565, %2569) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2571 = "stablehlo.slice"(%2523) <{start_indices = array<i64: 0, 9, 0>, limit_indices = array<i64: 8, 259, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %2572 = "stablehlo.slice"(%2526) <{start_indices = array<i64: 9, 0>, limit_indices = array<i64: 10, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2573 = "stablehlo.broadcast_in_dim"(%2572) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %2574 = "stablehlo.multiply"(%2571, %2573) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2575 = "stablehlo.add"(%2570, %2574) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2576 = "stablehlo.slice"(%2523) <{start_indices = array<i64: 0, 10, 0>, limit_indices = array<i64: 8, 260, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %2577 = "stablehlo.slice"(%2526) <{start_indices = array<i64: 10, 0>, limit_indices = array<i64: 11, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2578 = "stablehlo.broadcast_in_dim"(%2577) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %2579 = "stablehlo.multiply"(%2576, %2578) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2580 = "stablehlo.add"(%2575, %2579) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2581 = "stablehlo.slice"(%2523) <{start_indices = array<i64: 0, 11, 0>, limit_indices = array<i64: 8, 261, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %2582 = "stablehlo.slice"(%2526) <{start_indices = array<i64: 11, 0>, limit_indices = array<i64: 12, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2583 = "stablehlo.broadcast_in_dim"(%2582) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %2584 = "stablehlo.multiply"(%2581, %2583) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2585 = "stablehlo.add"(%2580, %2584) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2586 = "stablehlo.slice"(%2523) <{start_indices = array<i64: 0, 12, 0>, limit_indices = array<i64: 8, 262, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %2587 = "stablehlo.slice"(%2526) <{start_indices = array<i64: 12, 0>, limit_indices = array<i64: 13, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2588 = "stablehlo.broadcast_in_dim"(%2587) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %2589 = "stablehlo.multiply"(%2586, %2588) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2590 = "stablehlo.add"(%2585, %2589) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2591 = "stablehlo.slice"(%2523) <{start_indices = array<i64: 0, 13, 0>, limit_indices = array<i64: 8, 263, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %2592 = "stablehlo.slice"(%2526) <{start_indices = array<i64: 13, 0>, limit_indices = array<i64: 14, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2593 = "stablehlo.broadcast_in_dim"(%2592) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %2594 = "stablehlo.multiply"(%2591, %2593) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2595 = "stablehlo.add"(%2590, %2594) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2596 = "stablehlo.slice"(%2523) <{start_indices = array<i64: 0, 14, 0>, limit_indices = array<i64: 8, 264, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %2597 = "stablehlo.slice"(%2526) <{start_indices = array<i64: 14, 0>, limit_indices = array<i64: 15, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %2598 = "stablehlo.broadcast_in_dim"(%2597) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %2599 = "stablehlo.multiply"(%2596, %2598) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2600 = "stablehlo.add"(%2595, %2599) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2601 = "stablehlo.broadcast_in_dim"(%encoder.block7.conv.depthwise.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %2602 = "stablehlo.add"(%2600, %2601) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init441 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2605 = "stablehlo.reduce"(%2602, %init441) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs443: tensor<f32>, %rhs444: tensor<f32>):
      %combined442 = "stablehlo.add"(%lhs443, %rhs444) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined442) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %2606 = "stablehlo.reshape"(%2605) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %2607 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2608 = "stablehlo.broadcast_in_dim"(%2607) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %2609 = "stablehlo.multiply"(%2606, %2608) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2610 = "stablehlo.broadcast_in_dim"(%2609) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %2611 = "stablehlo.subtract"(%2602, %2610) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2612 = "stablehlo.multiply"(%2611, %2611) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init445 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2613 = "stablehlo.reduce"(%2612, %init445) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs447: tensor<f32>, %rhs448: tensor<f32>):
      %combined446 = "stablehlo.add"(%lhs447, %rhs448) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined446) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %2614 = "stablehlo.reshape"(%2613) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %2615 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2616 = "stablehlo.broadcast_in_dim"(%2615) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %2617 = "stablehlo.multiply"(%2614, %2616) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2618 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %2619 = "stablehlo.broadcast_in_dim"(%2618) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %2620 = "stablehlo.add"(%2617, %2619) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2621 = "stablehlo.rsqrt"(%2620) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2622 = "stablehlo.broadcast_in_dim"(%2621) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %2623 = "stablehlo.multiply"(%2611, %2622) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2624 = "stablehlo.broadcast_in_dim"(%encoder.block7.conv.depthwise_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %2625 = "stablehlo.multiply"(%2623, %2624) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2626 = "stablehlo.broadcast_in_dim"(%encoder.block7.conv.depthwise_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %2627 = "stablehlo.add"(%2625, %2626) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2628 = "stablehlo.logistic"(%2627) : (tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2629 = "stablehlo.multiply"(%2627, %2628) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2632 = "stablehlo.dot_general"(%2629, %encoder.block7.conv.pointwise_out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x144xf32>) -> tensor<8x250x144xf32>
    %2633 = "stablehlo.broadcast_in_dim"(%encoder.block7.conv.pointwise_out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %2634 = "stablehlo.add"(%2632, %2633) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2635 = "stablehlo.add"(%2483, %2634) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init449 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2638 = "stablehlo.reduce"(%2635, %init449) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs451: tensor<f32>, %rhs452: tensor<f32>):
      %combined450 = "stablehlo.add"(%lhs451, %rhs452) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined450) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %2639 = "stablehlo.reshape"(%2638) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %2640 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2641 = "stablehlo.broadcast_in_dim"(%2640) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %2642 = "stablehlo.multiply"(%2639, %2641) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2643 = "stablehlo.broadcast_in_dim"(%2642) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %2644 = "stablehlo.subtract"(%2635, %2643) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2645 = "stablehlo.multiply"(%2644, %2644) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init453 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2646 = "stablehlo.reduce"(%2645, %init453) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs455: tensor<f32>, %rhs456: tensor<f32>):
      %combined454 = "stablehlo.add"(%lhs455, %rhs456) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined454) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %2647 = "stablehlo.reshape"(%2646) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %2648 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2649 = "stablehlo.broadcast_in_dim"(%2648) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %2650 = "stablehlo.multiply"(%2647, %2649) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2651 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %2652 = "stablehlo.broadcast_in_dim"(%2651) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %2653 = "stablehlo.add"(%2650, %2652) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2654 = "stablehlo.rsqrt"(%2653) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2655 = "stablehlo.broadcast_in_dim"(%2654) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %2656 = "stablehlo.multiply"(%2644, %2655) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2657 = "stablehlo.broadcast_in_dim"(%encoder.block7.ffn2.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %2658 = "stablehlo.multiply"(%2656, %2657) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2659 = "stablehlo.broadcast_in_dim"(%encoder.block7.ffn2.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %2660 = "stablehlo.add"(%2658, %2659) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2663 = "stablehlo.dot_general"(%2660, %encoder.block7.ffn2.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x576xf32>) -> tensor<8x250x576xf32>
    %2664 = "stablehlo.broadcast_in_dim"(%encoder.block7.ffn2.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x250x576xf32>
    %2665 = "stablehlo.add"(%2663, %2664) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %2666 = "stablehlo.logistic"(%2665) : (tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %2667 = "stablehlo.multiply"(%2665, %2666) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %2670 = "stablehlo.dot_general"(%2667, %encoder.block7.ffn2.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x576xf32>, tensor<576x144xf32>) -> tensor<8x250x144xf32>
    %2671 = "stablehlo.broadcast_in_dim"(%encoder.block7.ffn2.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %2672 = "stablehlo.add"(%2670, %2671) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2673 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %2674 = "stablehlo.broadcast_in_dim"(%2673) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x144xf32>
    %2675 = "stablehlo.multiply"(%2672, %2674) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2676 = "stablehlo.add"(%2635, %2675) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init457 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2679 = "stablehlo.reduce"(%2676, %init457) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs459: tensor<f32>, %rhs460: tensor<f32>):
      %combined458 = "stablehlo.add"(%lhs459, %rhs460) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined458) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %2680 = "stablehlo.reshape"(%2679) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %2681 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2682 = "stablehlo.broadcast_in_dim"(%2681) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %2683 = "stablehlo.multiply"(%2680, %2682) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2684 = "stablehlo.broadcast_in_dim"(%2683) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %2685 = "stablehlo.subtract"(%2676, %2684) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2686 = "stablehlo.multiply"(%2685, %2685) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init461 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %2687 = "stablehlo.reduce"(%2686, %init461) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs463: tensor<f32>, %rhs464: tensor<f32>):
      %combined462 = "stablehlo.add"(%lhs463, %rhs464) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined462) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %2688 = "stablehlo.reshape"(%2687) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %2689 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %2690 = "stablehlo.broadcast_in_dim"(%2689) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %2691 = "stablehlo.multiply"(%2688, %2690) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2692 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %2693 = "stablehlo.broadcast_in_dim"(%2692) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %2694 = "stablehlo.add"(%2691, %2693) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2695 = "stablehlo.rsqrt"(%2694) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %2696 = "stablehlo.broadcast_in_dim"(%2695) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %2697 = "stablehlo.multiply"(%2685, %2696) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2698 = "stablehlo.broadcast_in_dim"(%encoder.block7.final_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %2699 = "stablehlo.multiply"(%2697, %2698) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %2700 = "stablehlo.broadcast_in_dim"(%encoder.block7.final_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %2701 = "stablehlo.add"(%2699, %2700) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    "func.return"(%2701) : (tensor<8x250x144xf32>) -> ()
  }
}
