module @conv_module_step {
  func.func public @main(%x: tensor<2x4x8xf32>, %conv_state: tensor<2x2x8xf32> {tf.aliasing_output = 1 : i32}, %ln1.gamma: tensor<8xf32>, %ln1.beta: tensor<8xf32>, %pointwise1.w: tensor<8x16xf32>, %depthwise.w: tensor<3x1x8xf32>, %ln2.gamma: tensor<8xf32>, %ln2.beta: tensor<8xf32>, %pointwise2.w: tensor<8x8xf32>) -> (tensor<2x4x8xf32>, tensor<2x2x8xf32>) {
    %init1 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %9 = "stablehlo.reduce"(%x, %init1) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs3: tensor<f32>, %rhs4: tensor<f32>):
      %combined2 = "stablehlo.add"(%lhs3, %rhs4) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined2) : (tensor<f32>) -> ()
    }) : (tensor<2x4x8xf32>, tensor<f32>) -> tensor<2x4xf32>
    %10 = "stablehlo.reshape"(%9) : (tensor<2x4xf32>) -> tensor<2x4x1xf32>
    %11 = "stablehlo.constant"() <{value = dense<0.125> : tensor<f32>}> : () -> tensor<f32>
    %12 = "stablehlo.broadcast_in_dim"(%11) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x1xf32>
    %13 = "stablehlo.multiply"(%10, %12) : (tensor<2x4x1xf32>, tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %14 = "stablehlo.broadcast_in_dim"(%13) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x4x1xf32>) -> tensor<2x4x8xf32>
    %15 = "stablehlo.subtract"(%x, %14) : (tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
    %16 = "stablehlo.multiply"(%15, %15) : (tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
    %init5 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %17 = "stablehlo.reduce"(%16, %init5) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs7: tensor<f32>, %rhs8: tensor<f32>):
      %combined6 = "stablehlo.add"(%lhs7, %rhs8) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined6) : (tensor<f32>) -> ()
    }) : (tensor<2x4x8xf32>, tensor<f32>) -> tensor<2x4xf32>
    %18 = "stablehlo.reshape"(%17) : (tensor<2x4xf32>) -> tensor<2x4x1xf32>
    %19 = "stablehlo.constant"() <{value = dense<0.125> : tensor<f32>}> : () -> tensor<f32>
    %20 = "stablehlo.broadcast_in_dim"(%19) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x1xf32>
    %21 = "stablehlo.multiply"(%18, %20) : (tensor<2x4x1xf32>, tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %22 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %23 = "stablehlo.broadcast_in_dim"(%22) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x1xf32>
    %24 = "stablehlo.add"(%21, %23) : (tensor<2x4x1xf32>, tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %25 = "stablehlo.rsqrt"(%24) : (tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %26 = "stablehlo.broadcast_in_dim"(%25) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x4x1xf32>) -> tensor<2x4x8xf32>
    %27 = "stablehlo.multiply"(%15, %26) : (tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
    %28 = "stablehlo.broadcast_in_dim"(%ln1.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<8xf32>) -> tensor<2x4x8xf32>
    %29 = "stablehlo.multiply"(%27, %28) : (tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
    %30 = "stablehlo.broadcast_in_dim"(%ln1.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<8xf32>) -> tensor<2x4x8xf32>
    %31 = "stablehlo.add"(%29, %30) : (tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
    %32 = "stablehlo.dot_general"(%31, %pointwise1.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<2x4x8xf32>, tensor<8x16xf32>) -> tensor<2x4x16xf32>
    %33 = "stablehlo.slice"(%32) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 2, 4, 8>, strides = array<i64: 1, 1, 1>}> : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %34 = "stablehlo.slice"(%32) <{start_indices = array<i64: 0, 0, 8>, limit_indices = array<i64: 2, 4, 16>, strides = array<i64: 1, 1, 1>}> : (tensor<2x4x16xf32>) -> tensor<2x4x8xf32>
    %35 = "stablehlo.logistic"(%34) : (tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
    %36 = "stablehlo.multiply"(%33, %35) : (tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
    %37 = "stablehlo.concatenate"(%conv_state, %36) <{dimension = 1 : i64}> : (tensor<2x2x8xf32>, tensor<2x4x8xf32>) -> tensor<2x6x8xf32>
    %38 = "stablehlo.slice"(%37) <{start_indices = array<i64: 0, 4, 0>, limit_indices = array<i64: 2, 6, 8>, strides = array<i64: 1, 1, 1>}> : (tensor<2x6x8xf32>) -> tensor<2x2x8xf32>
    %39 = "stablehlo.convolution"(%37, %depthwise.w) <{batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, f]x[0, i, o]->[b, 0, f]>, feature_group_count = 8 : i64, lhs_dilation = array<i64: 1>, padding = dense<[[0, 0]]> : tensor<1x2xi64>, rhs_dilation = array<i64: 1>, window_strides = array<i64: 1>}> : (tensor<2x6x8xf32>, tensor<3x1x8xf32>) -> tensor<2x4x8xf32>
    %init9 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %40 = "stablehlo.reduce"(%39, %init9) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs11: tensor<f32>, %rhs12: tensor<f32>):
      %combined10 = "stablehlo.add"(%lhs11, %rhs12) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined10) : (tensor<f32>) -> ()
    }) : (tensor<2x4x8xf32>, tensor<f32>) -> tensor<2x4xf32>
    %41 = "stablehlo.reshape"(%40) : (tensor<2x4xf32>) -> tensor<2x4x1xf32>
    %42 = "stablehlo.constant"() <{value = dense<0.125> : tensor<f32>}> : () -> tensor<f32>
    %43 = "stablehlo.broadcast_in_dim"(%42) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x1xf32>
    %44 = "stablehlo.multiply"(%41, %43) : (tensor<2x4x1xf32>, tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %45 = "stablehlo.broadcast_in_dim"(%44) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x4x1xf32>) -> tensor<2x4x8xf32>
    %46 = "stablehlo.subtract"(%39, %45) : (tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
    %47 = "stablehlo.multiply"(%46, %46) : (tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
    %init13 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %48 = "stablehlo.reduce"(%47, %init13) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs15: tensor<f32>, %rhs16: tensor<f32>):
      %combined14 = "stablehlo.add"(%lhs15, %rhs16) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined14) : (tensor<f32>) -> ()
    }) : (tensor<2x4x8xf32>, tensor<f32>) -> tensor<2x4xf32>
    %49 = "stablehlo.reshape"(%48) : (tensor<2x4xf32>) -> tensor<2x4x1xf32>
    %50 = "stablehlo.constant"() <{value = dense<0.125> : tensor<f32>}> : () -> tensor<f32>
    %51 = "stablehlo.broadcast_in_dim"(%50) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x1xf32>
    %52 = "stablehlo.multiply"(%49, %51) : (tensor<2x4x1xf32>, tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %53 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %54 = "stablehlo.broadcast_in_dim"(%53) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<2x4x1xf32>
    %55 = "stablehlo.add"(%52, %54) : (tensor<2x4x1xf32>, tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %56 = "stablehlo.rsqrt"(%55) : (tensor<2x4x1xf32>) -> tensor<2x4x1xf32>
    %57 = "stablehlo.broadcast_in_dim"(%56) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<2x4x1xf32>) -> tensor<2x4x8xf32>
    %58 = "stablehlo.multiply"(%46, %57) : (tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
    %59 = "stablehlo.broadcast_in_dim"(%ln2.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<8xf32>) -> tensor<2x4x8xf32>
    %60 = "stablehlo.multiply"(%58, %59) : (tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
    %61 = "stablehlo.broadcast_in_dim"(%ln2.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<8xf32>) -> tensor<2x4x8xf32>
    %62 = "stablehlo.add"(%60, %61) : (tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
    %63 = "stablehlo.logistic"(%62) : (tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
    %64 = "stablehlo.multiply"(%62, %63) : (tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
    %65 = "stablehlo.dot_general"(%64, %pointwise2.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<2x4x8xf32>, tensor<8x8xf32>) -> tensor<2x4x8xf32>
    %66 = "stablehlo.add"(%x, %65) : (tensor<2x4x8xf32>, tensor<2x4x8xf32>) -> tensor<2x4x8xf32>
    "func.return"(%66, %38) : (tensor<2x4x8xf32>, tensor<2x2x8xf32>) -> ()
  }
}
