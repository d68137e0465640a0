module @practical_cascade_second_pass {
  func.func public @main(%frames: tensor<8x250x144xf32>, %lengths: tensor<8xi32>, %second_pass.block0.ffn1.norm.gamma: tensor<144xf32>, %second_pass.block0.ffn1.norm.beta: tensor<144xf32>, %second_pass.block0.ffn1.in.w: tensor<144x576xf32>, %second_pass.block0.ffn1.in.b: tensor<576xf32>, %second_pass.block0.ffn1.out.w: tensor<576x144xf32>, %second_pass.block0.ffn1.out.b: tensor<144xf32>, %second_pass.block0.attention.norm.gamma: tensor<144xf32>, %second_pass.block0.attention.norm.beta: tensor<144xf32>, %second_pass.block0.attention.qkv.w: tensor<144x432xf32>, %second_pass.block0.attention.qkv.b: tensor<432xf32>, %second_pass.block0.attention.out.w: tensor<144x144xf32>, %second_pass.block0.attention.out.b: tensor<144xf32>, %second_pass.block0.conv.norm.gamma: tensor<144xf32>, %second_pass.block0.conv.norm.beta: tensor<144xf32>, %second_pass.block0.conv.pointwise_in.w: tensor<144x288xf32>, %second_pass.block0.conv.pointwise_in.b: tensor<288xf32>, %second_pass.block0.conv.depthwise.w: tensor<15x1x144xf32>, %second_pass.block0.conv.depthwise.b: tensor<144xf32>, %second_pass.block0.conv.depthwise_norm.gamma: tensor<144xf32>, %second_pass.block0.conv.depthwise_norm.beta: tensor<144xf32>, %second_pass.block0.conv.pointwise_out.w: tensor<144x144xf32>, %second_pass.block0.conv.pointwise_out.b: tensor<144xf32>, %second_pass.block0.ffn2.norm.gamma: tensor<144xf32>, %second_pass.block0.ffn2.norm.beta: tensor<144xf32>, %second_pass.block0.ffn2.in.w: tensor<144x576xf32>, %second_pass.block0.ffn2.in.b: tensor<576xf32>, %second_pass.block0.ffn2.out.w: tensor<576x144xf32>, %second_pass.block0.ffn2.out.b: tensor<144xf32>, %second_pass.block0.final_norm.gamma: tensor<144xf32>, %second_pass.block0.final_norm.beta: tensor<144xf32>, %second_pass.block1.ffn1.norm.gamma: tensor<144xf32>, %second_pass.block1.ffn1.norm.beta: tensor<144xf32>, %second_pass.block1.ffn1.in.w: tensor<144x576xf32>, %second_pass.block1.ffn1.in.b: tensor<576xf32>, %second_pass.block1.ffn1.out.w: tensor<576x144xf32>, %second_pass.block1.ffn1.out.b: tensor<144xf32>, %second_pass.block1.attention.norm.gamma: tensor<144xf32>, %second_pass.block1.attention.norm.beta: tensor<144xf32>, %second_pass.block1.attention.qkv.w: tensor<144x432xf32>, %second_pass.block1.attention.qkv.b: tensor<432xf32>, %second_pass.block1.attention.out.w: tensor<144x144xf32>, %second_pass.block1.attention.out.b: tensor<144xf32>, %second_pass.block1.conv.norm.gamma: tensor<144xf32>, %second_pass.block1.conv.norm.beta: tensor<144xf32>, %second_pass.block1.conv.pointwise_in.w: tensor<144x288xf32>, %second_pass.block1.conv.pointwise_in.b: tensor<288xf32>, %second_pass.block1.conv.depthwise.w: tensor<15x1x144xf32>, %second_pass.block1.conv.depthwise.b: tensor<144xf32>, %second_pass.block1.conv.depthwise_norm.gamma: tensor<144xf32>, %second_pass.block1.conv.depthwise_norm.beta: tensor<144xf32>, %second_pass.block1.conv.pointwise_out.w: tensor<144x144xf32>, %second_pass.block1.conv.pointwise_out.b: tensor<144xf32>, %second_pass.block1.ffn2.norm.gamma: tensor<144xf32>, %second_pass.block1.ffn2.norm.beta: tensor<144xf32>, %second_pass.block1.ffn2.in.w: tensor<144x576xf32>, %second_pass.block1.ffn2.in.b: tensor<576xf32>, %second_pass.block1.ffn2.out.w: tensor<576x144xf32>, %second_pass.block1.ffn2.out.b: tensor<144xf32>, %second_pass.block1.final_norm.gamma: tensor<144xf32>, %second_pass.block1.final_norm.beta: tensor<144xf32>) -> (tensor<8x250x144xf32>) {
    %2 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<8x250xi32>
    %3 = "stablehlo.reshape"(%lengths) : (tensor<8xi32>) -> tensor<8x1xi32>
    %4 = "stablehlo.broadcast_in_dim"(%3) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x1xi32>) -> tensor<8x250xi32>
    %5 = "stablehlo.compare"(%2, %4) <{comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<8x250xi32>, tensor<8x250xi32>) -> tensor<8x250xi1>
    %init1 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %8 = "stablehlo.reduce"(%frames, %init1) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs3: tensor<f32>, %rhs4: tensor<f32>):
      %combined2 = "stablehlo.add"(%lhs3, %rhs4) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined2) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %9 = "stablehlo.reshape"(%8) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %10 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %11 = "stablehlo.broadcast_in_dim"(%10) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %12 = "stablehlo.multiply"(%9, %11) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %13 = "stablehlo.broadcast_in_dim"(%12) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %14 = "stablehlo.subtract"(%frames, %13) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %15 = "stablehlo.multiply"(%14, %14) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init5 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %16 = "stablehlo.reduce"(%15, %init5) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs7: tensor<f32>, %rhs8: tensor<f32>):
      %combined6 = "stablehlo.add"(%lhs7, %rhs8) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined6) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %17 = "stablehlo.reshape"(%16) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %18 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %19 = "stablehlo.broadcast_in_dim"(%18) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %20 = "stablehlo.multiply"(%17, %19) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %21 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %22 = "stablehlo.broadcast_in_dim"(%21) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %23 = "stablehlo.add"(%20, %22) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %24 = "stablehlo.rsqrt"(%23) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %25 = "stablehlo.broadcast_in_dim"(%24) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %26 = "stablehlo.multiply"(%14, %25) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %27 = "stablehlo.broadcast_in_dim"(%second_pass.block0.ffn1.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %28 = "stablehlo.multiply"(%26, %27) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %29 = "stablehlo.broadcast_in_dim"(%second_pass.block0.ffn1.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %30 = "stablehlo.add"(%28, %29) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %33 = "stablehlo.dot_general"(%30, %second_pass.block0.ffn1.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x576xf32>) -> tensor<8x250x576xf32>
    %34 = "stablehlo.broadcast_in_dim"(%second_pass.block0.ffn1.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x250x576xf32>
    %35 = "stablehlo.add"(%33, %34) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %36 = "stablehlo.logistic"(%35) : (tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %37 = "stablehlo.multiply"(%35, %36) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %40 = "stablehlo.dot_general"(%37, %second_pass.block0.ffn1.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x576xf32>, tensor<576x144xf32>) -> tensor<8x250x144xf32>
    %41 = "stablehlo.broadcast_in_dim"(%second_pass.block0.ffn1.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %42 = "stablehlo.add"(%40, %41) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %43 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %44 = "stablehlo.broadcast_in_dim"(%43) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x144xf32>
    %45 = "stablehlo.multiply"(%42, %44) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %46 = "stablehlo.add"(%frames, %45) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init9 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %49 = "stablehlo.reduce"(%46, %init9) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs11: tensor<f32>, %rhs12: tensor<f32>):
      %combined10 = "stablehlo.add"(%lhs11, %rhs12) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined10) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %50 = "stablehlo.reshape"(%49) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %51 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %52 = "stablehlo.broadcast_in_dim"(%51) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %53 = "stablehlo.multiply"(%50, %52) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %54 = "stablehlo.broadcast_in_dim"(%53) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %55 = "stablehlo.subtract"(%46, %54) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %56 = "stablehlo.multiply"(%55, %55) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init13 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %57 = "stablehlo.reduce"(%56, %init13) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs15: tensor<f32>, %rhs16: tensor<f32>):
      %combined14 = "stablehlo.add"(%lhs15, %rhs16) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined14) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %58 = "stablehlo.reshape"(%57) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %59 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %60 = "stablehlo.broadcast_in_dim"(%59) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %61 = "stablehlo.multiply"(%58, %60) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %62 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %63 = "stablehlo.broadcast_in_dim"(%62) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %64 = "stablehlo.add"(%61, %63) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %65 = "stablehlo.rsqrt"(%64) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %66 = "stablehlo.broadcast_in_dim"(%65) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %67 = "stablehlo.multiply"(%55, %66) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %68 = "stablehlo.broadcast_in_dim"(%second_pass.block0.attention.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %69 = "stablehlo.multiply"(%67, %68) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %70 = "stablehlo.broadcast_in_dim"(%second_pass.block0.attention.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %71 = "stablehlo.add"(%69, %70) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %74 = "stablehlo.dot_general"(%71, %second_pass.block0.attention.qkv.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x432xf32>) -> tensor<8x250x432xf32>
    %75 = "stablehlo.broadcast_in_dim"(%second_pass.block0.attention.qkv.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<432xf32>) -> tensor<8x250x432xf32>
    %76 = "stablehlo.add"(%74, %75) : (tensor<8x250x432xf32>, tensor<8x250x432xf32>) -> tensor<8x250x432xf32>
    %77 = "stablehlo.reshape"(%76) : (tensor<8x250x432xf32>) -> tensor<8x250x3x4x36xf32>
    %78 = "stablehlo.transpose"(%77) <{permutation = array<i64: 2, 0, 3, 1, 4>}> : (tensor<8x250x3x4x36xf32>) -> tensor<3x8x4x250x36xf32>
    %79 = "stablehlo.slice"(%78) <{start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 4, 250, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x250x36xf32>) -> tensor<1x8x4x250x36xf32>
    %80 = "stablehlo.reshape"(%79) : (tensor<1x8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %81 = "stablehlo.slice"(%78) <{start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 8, 4, 250, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x250x36xf32>) -> tensor<1x8x4x250x36xf32>
    %82 = "stablehlo.reshape"(%81) : (tensor<1x8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %83 = "stablehlo.slice"(%78) <{start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 8, 4, 250, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x250x36xf32>) -> tensor<1x8x4x250x36xf32>
    %84 = "stablehlo.reshape"(%83) : (tensor<1x8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %85 = "stablehlo.reshape"(%5) : (tensor<8x250xi1>) -> tensor<8x1x1x250xi1>
    %86 = "stablehlo.dot_general"(%80, %82) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>}> : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x250xf32>
    %87 = "stablehlo.constant"() <{value = dense<0.16666667> : tensor<f32>}> : () -> tensor<f32>
    %88 = "stablehlo.broadcast_in_dim"(%87) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x250xf32>
    %89 = "stablehlo.multiply"(%86, %88) : (tensor<8x4x250x250xf32>, tensor<8x4x250x250xf32>) -> tensor<8x4x250x250xf32>
    %90 = "stablehlo.constant"() <{value = dense<-1000000000.0> : tensor<f32>}> : () -> tensor<f32>
    %91 = "stablehlo.broadcast_in_dim"(%90) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x250xf32>
    %92 = "stablehlo.broadcast_in_dim"(%85) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x1x1x250xi1>) -> tensor<8x4x250x250xi1>
    %93 = "stablehlo.select"(%92, %89, %91) : (tensor<8x4x250x250xi1>, tensor<8x4x250x250xf32>, tensor<8x4x250x250xf32>) -> tensor<8x4x250x250xf32>
    %init17 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %94 = "stablehlo.reduce"(%93, %init17) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs19: tensor<f32>, %rhs20: tensor<f32>):
      %combined18 = "stablehlo.maximum"(%lhs19, %rhs20) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined18) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x250xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %95 = "stablehlo.reshape"(%94) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %96 = "stablehlo.broadcast_in_dim"(%95) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x250xf32>
    %97 = "stablehlo.subtract"(%93, %96) : (tensor<8x4x250x250xf32>, tensor<8x4x250x250xf32>) -> tensor<8x4x250x250xf32>
    %98 = "stablehlo.exponential"(%97) : (tensor<8x4x250x250xf32>) -> tensor<8x4x250x250xf32>
    %init21 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %99 = "stablehlo.reduce"(%98, %init21) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs23: tensor<f32>, %rhs24: tensor<f32>):
      %combined22 = "stablehlo.add"(%lhs23, %rhs24) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined22) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x250xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %100 = "stablehlo.reshape"(%99) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %101 = "stablehlo.broadcast_in_dim"(%100) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x250xf32>
    %102 = "stablehlo.divide"(%98, %101) : (tensor<8x4x250x250xf32>, tensor<8x4x250x250xf32>) -> tensor<8x4x250x250xf32>
    %103 = "stablehlo.dot_general"(%102, %84) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x250x250xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %104 = "stablehlo.transpose"(%103) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x4x250x36xf32>) -> tensor<8x250x4x36xf32>
    %105 = "stablehlo.reshape"(%104) : (tensor<8x250x4x36xf32>) -> tensor<8x250x144xf32>
    %108 = "stablehlo.dot_general"(%105, %second_pass.block0.attention.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x144xf32>) -> tensor<8x250x144xf32>
    %109 = "stablehlo.broadcast_in_dim"(%second_pass.block0.attention.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %110 = "stablehlo.add"(%108, %109) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %111 = "stablehlo.add"(%46, %110) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init25 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %114 = "stablehlo.reduce"(%111, %init25) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs27: tensor<f32>, %rhs28: tensor<f32>):
      %combined26 = "stablehlo.add"(%lhs27, %rhs28) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined26) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %115 = "stablehlo.reshape"(%114) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %116 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %117 = "stablehlo.broadcast_in_dim"(%116) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %118 = "stablehlo.multiply"(%115, %117) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %119 = "stablehlo.broadcast_in_dim"(%118) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %120 = "stablehlo.subtract"(%111, %119) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %121 = "stablehlo.multiply"(%120, %120) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init29 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %122 = "stablehlo.reduce"(%121, %init29) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs31: tensor<f32>, %rhs32: tensor<f32>):
      %combined30 = "stablehlo.add"(%lhs31, %rhs32) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined30) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %123 = "stablehlo.reshape"(%122) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %124 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %125 = "stablehlo.broadcast_in_dim"(%124) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %126 = "stablehlo.multiply"(%123, %125) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %127 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %128 = "stablehlo.broadcast_in_dim"(%127) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %129 = "stablehlo.add"(%126, %128) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %130 = "stablehlo.rsqrt"(%129) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %131 = "stablehlo.broadcast_in_dim"(%130) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %132 = "stablehlo.multiply"(%120, %131) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %133 = "stablehlo.broadcast_in_dim"(%second_pass.block0.conv.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %134 = "stablehlo.multiply"(%132, %133) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %135 = "stablehlo.broadcast_in_dim"(%second_pass.block0.conv.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %136 = "stablehlo.add"(%134, %135) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %139 = "stablehlo.dot_general"(%136, %second_pass.block0.conv.pointwise_in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x288xf32>) -> tensor<8x250x288xf32>
    %140 = "stablehlo.broadcast_in_dim"(%second_pass.block0.conv.pointwise_in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x250x288xf32>
    %141 = "stablehlo.add"(%139, %140) : (tensor<8x250x288xf32>, tensor<8x250x288xf32>) -> tensor<8x250x288xf32>
    %142 = "stablehlo.slice"(%141) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 250, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x250x288xf32>) -> tensor<8x250x144xf32>
    %143 = "stablehlo.slice"(%141) <{start_indices = array<i64: 0, 0, 144>, limit_indices = array<i64: 8, 250, 288>, strides = array<i64: 1, 1, 1>}> : (tensor<8x250x288xf32>) -> tensor<8x250x144xf32>
    %144 = "stablehlo.logistic"(%143) : (tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %145 = "stablehlo.multiply"(%142, %144) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %146 = "stablehlo.convert"(%5) : (tensor<8x250xi1>) -> tensor<8x250xf32>
    %147 = "stablehlo.reshape"(%146) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %148 = "stablehlo.broadcast_in_dim"(%147) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %149 = "stablehlo.multiply"(%145, %148) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %150 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %151 = "stablehlo.pad"(%149, %150) <{edge_padding_high = array<i64: 0, 7, 0>, edge_padding_low = array<i64: 0, 7, 0>, interior_padding = array<i64: 0, 0, 0>}> : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x264x144xf32>
    %154 = "stablehlo.reshape"(%second_pass.block0.conv.depthwise.w) : (tensor<15x1x144xf32>) -> tensor<15x144xf32>
    %155 = "stablehlo.slice"(%151) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 250, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %156 = "stablehlo.slice"(%154) <{start_indices = array<i64: 0, 0>, limit_indices = array<i64: 1, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %157 = "stablehlo.broadcast_in_dim"(%156) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %158 = "stablehlo.multiply"(%155, %157) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %159 = "stablehlo.slice"(%151) <{start_indices = array<i64: 0, 1, 0>, limit_indices = array<i64: 8, 251, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %160 = "stablehlo.slice"(%154) <{start_indices = array<i64: 1, 0>, limit_indices = array<i64: 2, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %161 = "stablehlo.broadcast_in_dim"(%160) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %162 = "stablehlo.multiply"(%159, %161) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %163 = "stablehlo.add"(%158, %162) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %164 = "stablehlo.slice"(%151) <{start_indices = array<i64: 0, 2, 0>, limit_indices = array<i64: 8, 252, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %165 = "stablehlo.slice"(%154) <{start_indices = array<i64: 2, 0>, limit_indices = array<i64: 3, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %166 = "stablehlo.broadcast_in_dim"(%165) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %167 = "stablehlo.multiply"(%164, %166) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %168 = "stablehlo.add"(%163, %167) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %169 = "stablehlo.slice"(%151) <{start_indices = array<i64: 0, 3, 0>, limit_indices = array<i64: 8, 253, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %170 = "stablehlo.slice"(%154) <{start_indices = array<i64: 3, 0>, limit_indices = array<i64: 4, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %171 = "stablehlo.broadcast_in_dim"(%170) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %172 = "stablehlo.multiply"(%169, %171) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %173 = "stablehlo.add"(%168, %172) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %174 = "stablehlo.slice"(%151) <{start_indices = array<i64: 0, 4, 0>, limit_indices = array<i64: 8, 254, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %175 = "stablehlo.slice"(%154) <{start_indices = array<i64: 4, 0>, limit_indices = array<i64: 5, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %176 = "stablehlo.broadcast_in_dim"(%175) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %177 = "stablehlo.multiply"(%174, %176) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %178 = "stablehlo.add"(%173, %177) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %179 = "stablehlo.slice"(%151) <{start_indices = array<i64: 0, 5, 0>, limit_indices = array<i64: 8, 255, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %180 = "stablehlo.slice"(%154) <{start_indices = array<i64: 5, 0>, limit_indices = array<i64: 6, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %181 = "stablehlo.broadcast_in_dim"(%180) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %182 = "stablehlo.multiply"(%179, %181) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %183 = "stablehlo.add"(%178, %182) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %184 = "stablehlo.slice"(%151) <{start_indices = array<i64: 0, 6, 0>, limit_indices = array<i64: 8, 256, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %185 = "stablehlo.slice"(%154) <{start_indices = array<i64: 6, 0>, limit_indices = array<i64: 7, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %186 = "stablehlo.broadcast_in_dim"(%185) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %187 = "stablehlo.multiply"(%184, %186) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %188 = "stablehlo.add"(%183, %187) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %189 = "stablehlo.slice"(%151) <{start_indices = array<i64: 0, 7, 0>, limit_indices = array<i64: 8, 257, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %190 = "stablehlo.slice"(%154) <{start_indices = array<i64: 7, 0>, limit_indices = array<i64: 8, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %191 = "stablehlo.broadcast_in_dim"(%190) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %192 = "stablehlo.multiply"(%189, %191) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %193 = "stablehlo.add"(%188, %192) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %194 = "stablehlo.slice"(%151) <{start_indices = array<i64: 0, 8, 0>, limit_indices = array<i64: 8, 258, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %195 = "stablehlo.slice"(%154) <{start_indices = array<i64: 8, 0>, limit_indices = array<i64: 9, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %196 = "stablehlo.broadcast_in_dim"(%195) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %197 = "stablehlo.multiply"(%194, %196) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %198 = "stablehlo.add"(%193, %197) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %199 = "stablehlo.slice"(%151) <{start_indices = array<i64: 0, 9, 0>, limit_indices = array<i64: 8, 259, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %200 = "stablehlo.slice"(%154) <{start_indices = array<i64: 9, 0>, limit_indices = array<i64: 10, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %201 = "stablehlo.broadcast_in_dim"(%200) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %202 = "stablehlo.multiply"(%199, %201) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %203 = "stablehlo.add"(%198, %202) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %204 = "stablehlo.slice"(%151) <{start_indices = array<i64: 0, 10, 0>, limit_indices = array<i64: 8, 260, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %205 = "stablehlo.slice"(%154) <{start_indices = array<i64: 10, 0>, limit_indices = array<i64: 11, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %206 = "stablehlo.broadcast_in_dim"(%205) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %207 = "stablehlo.multiply"(%204, %206) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %208 = "stablehlo.add"(%203, %207) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %209 = "stablehlo.slice"(%151) <{start_indices = array<i64: 0, 11, 0>, limit_indices = array<i64: 8, 261, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %210 = "stablehlo.slice"(%154) <{start_indices = array<i64: 11, 0>, limit_indices = array<i64: 12, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %211 = "stablehlo.broadcast_in_dim"(%210) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %212 = "stablehlo.multiply"(%209, %211) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %213 = "stablehlo.add"(%208, %212) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %214 = "stablehlo.slice"(%151) <{start_indices = array<i64: 0, 12, 0>, limit_indices = array<i64: 8, 262, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %215 = "stablehlo.slice"(%154) <{start_indices = array<i64: 12, 0>, limit_indices = array<i64: 13, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %216 = "stablehlo.broadcast_in_dim"(%215) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %217 = "stablehlo.multiply"(%214, %216) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %218 = "stablehlo.add"(%213, %217) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %219 = "stablehlo.slice"(%151) <{start_indices = array<i64: 0, 13, 0>, limit_indices = array<i64: 8, 263, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %220 = "stablehlo.slice"(%154) <{start_indices = array<i64: 13, 0>, limit_indices = array<i64: 14, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %221 = "stablehlo.broadcast_in_dim"(%220) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %222 = "stablehlo.multiply"(%219, %221) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %223 = "stablehlo.add"(%218, %222) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %224 = "stablehlo.slice"(%151) <{start_indices = array<i64: 0, 14, 0>, limit_indices = array<i64: 8, 264, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %225 = "stablehlo.slice"(%154) <{start_indices = array<i64: 14, 0>, limit_indices = array<i64: 15, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %226 = "stablehlo.broadcast_in_dim"(%225) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %227 = "stablehlo.multiply"(%224, %226) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %228 = "stablehlo.add"(%223, %227) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %229 = "stablehlo.broadcast_in_dim"(%second_pass.block0.conv.depthwise.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %230 = "stablehlo.add"(%228, %229) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init33 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %233 = "stablehlo.reduce"(%230, %init33) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs35: tensor<f32>, %rhs36: tensor<f32>):
      %combined34 = "stablehlo.add"(%lhs35, %rhs36) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined34) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %234 = "stablehlo.reshape"(%233) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %235 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %236 = "stablehlo.broadcast_in_dim"(%235) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %237 = "stablehlo.multiply"(%234, %236) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %238 = "stablehlo.broadcast_in_dim"(%237) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %239 = "stablehlo.subtract"(%230, %238) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %240 = "stablehlo.multiply"(%239, %239) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init37 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %241 = "stablehlo.reduce"(%240, %init37) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs39: tensor<f32>, %rhs40: tensor<f32>):
      %combined38 = "stablehlo.add"(%lhs39, %rhs40) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined38) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %242 = "stablehlo.reshape"(%241) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %243 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %244 = "stablehlo.broadcast_in_dim"(%243) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %245 = "stablehlo.multiply"(%242, %244) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %246 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %247 = "stablehlo.broadcast_in_dim"(%246) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %248 = "stablehlo.add"(%245, %247) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %249 = "stablehlo.rsqrt"(%248) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %250 = "stablehlo.broadcast_in_dim"(%249) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %251 = "stablehlo.multiply"(%239, %250) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %252 = "stablehlo.broadcast_in_dim"(%second_pass.block0.conv.depthwise_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %253 = "stablehlo.multiply"(%251, %252) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %254 = "stablehlo.broadcast_in_dim"(%second_pass.block0.conv.depthwise_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %255 = "stablehlo.add"(%253, %254) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %256 = "stablehlo.logistic"(%255) : (tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %257 = "stablehlo.multiply"(%255, %256) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %260 = "stablehlo.dot_general"(%257, %second_pass.block0.conv.pointwise_out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x144xf32>) -> tensor<8x250x144xf32>
    %261 = "stablehlo.broadcast_in_dim"(%second_pass.block0.conv.pointwise_out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %262 = "stablehlo.add"(%260, %261) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %263 = "stablehlo.add"(%111, %262) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init41 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %266 = "stablehlo.reduce"(%263, %init41) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs43: tensor<f32>, %rhs44: tensor<f32>):
      %combined42 = "stablehlo.add"(%lhs43, %rhs44) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined42) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %267 = "stablehlo.reshape"(%266) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %268 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %269 = "stablehlo.broadcast_in_dim"(%268) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %270 = "stablehlo.multiply"(%267, %269) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %271 = "stablehlo.broadcast_in_dim"(%270) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %272 = "stablehlo.subtract"(%263, %271) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %273 = "stablehlo.multiply"(%272, %272) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init45 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %274 = "stablehlo.reduce"(%273, %init45) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs47: tensor<f32>, %rhs48: tensor<f32>):
      %combined46 = "stablehlo.add"(%lhs47, %rhs48) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined46) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %275 = "stablehlo.reshape"(%274) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %276 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %277 = "stablehlo.broadcast_in_dim"(%276) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %278 = "stablehlo.multiply"(%275, %277) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %279 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %280 = "stablehlo.broadcast_in_dim"(%279) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %281 = "stablehlo.add"(%278, %280) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %282 = "stablehlo.rsqrt"(%281) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %283 = "stablehlo.broadcast_in_dim"(%282) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %284 = "stablehlo.multiply"(%272, %283) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %285 = "stablehlo.broadcast_in_dim"(%second_pass.block0.ffn2.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %286 = "stablehlo.multiply"(%284, %285) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %287 = "stablehlo.broadcast_in_dim"(%second_pass.block0.ffn2.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %288 = "stablehlo.add"(%286, %287) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %291 = "stablehlo.dot_general"(%288, %second_pass.block0.ffn2.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x576xf32>) -> tensor<8x250x576xf32>
    %292 = "stablehlo.broadcast_in_dim"(%second_pass.block0.ffn2.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x250x576xf32>
    %293 = "stablehlo.add"(%291, %292) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %294 = "stablehlo.logistic"(%293) : (tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %295 = "stablehlo.multiply"(%293, %294) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %298 = "stablehlo.dot_general"(%295, %second_pass.block0.ffn2.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x576xf32>, tensor<576x144xf32>) -> tensor<8x250x144xf32>
    %299 = "stablehlo.broadcast_in_dim"(%second_pass.block0.ffn2.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %300 = "stablehlo.add"(%298, %299) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %301 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %302 = "stablehlo.broadcast_in_dim"(%301) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x144xf32>
    %303 = "stablehlo.multiply"(%300, %302) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %304 = "stablehlo.add"(%263, %303) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init49 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %307 = "stablehlo.reduce"(%304, %init49) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs51: tensor<f32>, %rhs52: tensor<f32>):
      %combined50 = "stablehlo.add"(%lhs51, %rhs52) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined50) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %308 = "stablehlo.reshape"(%307) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %309 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %310 = "stablehlo.broadcast_in_dim"(%309) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %311 = "stablehlo.multiply"(%308, %310) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %312 = "stablehlo.broadcast_in_dim"(%311) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %313 = "stablehlo.subtract"(%304, %312) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %314 = "stablehlo.multiply"(%313, %313) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init53 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %315 = "stablehlo.reduce"(%314, %init53) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs55: tensor<f32>, %rhs56: tensor<f32>):
      %combined54 = "stablehlo.add"(%lhs55, %rhs56) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined54) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %316 = "stablehlo.reshape"(%315) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %317 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %318 = "stablehlo.broadcast_in_dim"(%317) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %319 = "stablehlo.multiply"(%316, %318) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %320 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %321 = "stablehlo.broadcast_in_dim"(%320) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %322 = "stablehlo.add"(%319, %321) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %323 = "stablehlo.rsqrt"(%322) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %324 = "stablehlo.broadcast_in_dim"(%323) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %325 = "stablehlo.multiply"(%313, %324) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %326 = "stablehlo.broadcast_in_dim"(%second_pass.block0.final_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %327 = "stablehlo.multiply"(%325, %326) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %328 = "stablehlo.broadcast_in_dim"(%second_pass.block0.final_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %329 = "stablehlo.add"(%327, %328) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init57 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %332 = "stablehlo.reduce"(%329, %init57) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs59: tensor<f32>, %rhs60: tensor<f32>):
      %combined58 = "stablehlo.add"(%lhs59, %rhs60) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined58) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %333 = "stablehlo.reshape"(%332) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %334 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %335 = "stablehlo.broadcast_in_dim"(%334) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %336 = "stablehlo.multiply"(%333, %335) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %337 = "stablehlo.broadcast_in_dim"(%336) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %338 = "stablehlo.subtract"(%329, %337) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %339 = "stablehlo.multiply"(%338, %338) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init61 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %340 = "stablehlo.reduce"(%339, %init61) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs63: tensor<f32>, %rhs64: tensor<f32>):
      %combined62 = "stablehlo.add"(%lhs63, %rhs64) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined62) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %341 = "stablehlo.reshape"(%340) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %342 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %343 = "stablehlo.broadcast_in_dim"(%342) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %344 = "stablehlo.multiply"(%341, %343) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %345 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %346 = "stablehlo.broadcast_in_dim"(%345) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %347 = "stablehlo.add"(%344, %346) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %348 = "stablehlo.rsqrt"(%347) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %349 = "stablehlo.broadcast_in_dim"(%348) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %350 = "stablehlo.multiply"(%338, %349) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %351 = "stablehlo.broadcast_in_dim"(%second_pass.block1.ffn1.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %352 = "stablehlo.multiply"(%350, %351) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %353 = "stablehlo.broadcast_in_dim"(%second_pass.block1.ffn1.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %354 = "stablehlo.add"(%352, %353) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %357 = "stablehlo.dot_general"(%354, %second_pass.block1.ffn1.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x576xf32>) -> tensor<8x250x576xf32>
    %358 = "stablehlo.broadcast_in_dim"(%second_pass.block1.ffn1.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x250x576xf32>
    %359 = "stablehlo.add"(%357, %358) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %360 = "stablehlo.logistic"(%359) : (tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %361 = "stablehlo.multiply"(%359, %360) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %364 = "stablehlo.dot_general"(%361, %second_pass.block1.ffn1.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x576xf32>, tensor<576x144xf32>) -> tensor<8x250x144xf32>
    %365 = "stablehlo.broadcast_in_dim"(%second_pass.block1.ffn1.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %366 = "stablehlo.add"(%364, %365) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %367 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %368 = "stablehlo.broadcast_in_dim"(%367) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x144xf32>
    %369 = "stablehlo.multiply"(%366, %368) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %370 = "stablehlo.add"(%329, %369) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init65 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %373 = "stablehlo.reduce"(%370, %init65) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs67: tensor<f32>, %rhs68: tensor<f32>):
      %combined66 = "stablehlo.add"(%lhs67, %rhs68) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined66) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %374 = "stablehlo.reshape"(%373) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %375 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %376 = "stablehlo.broadcast_in_dim"(%375) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %377 = "stablehlo.multiply"(%374, %376) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %378 = "stablehlo.broadcast_in_dim"(%377) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %379 = "stablehlo.subtract"(%370, %378) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %380 = "stablehlo.multiply"(%379, %379) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init69 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %381 = "stablehlo.reduce"(%380, %init69) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs71: tensor<f32>, %rhs72: tensor<f32>):
      %combined70 = "stablehlo.add"(%lhs71, %rhs72) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined70) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %382 = "stablehlo.reshape"(%381) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %383 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %384 = "stablehlo.broadcast_in_dim"(%383) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %385 = "stablehlo.multiply"(%382, %384) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %386 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %387 = "stablehlo.broadcast_in_dim"(%386) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %388 = "stablehlo.add"(%385, %387) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %389 = "stablehlo.rsqrt"(%388) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %390 = "stablehlo.broadcast_in_dim"(%389) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %391 = "stablehlo.multiply"(%379, %390) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %392 = "stablehlo.broadcast_in_dim"(%second_pass.block1.attention.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %393 = "stablehlo.multiply"(%391, %392) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %394 = "stablehlo.broadcast_in_dim"(%second_pass.block1.attention.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %395 = "stablehlo.add"(%393, %394) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %398 = "stablehlo.dot_general"(%395, %second_pass.block1.attention.qkv.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x432xf32>) -> tensor<8x250x432xf32>
    %399 = "stablehlo.broadcast_in_dim"(%second_pass.block1.attention.qkv.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<432xf32>) -> tensor<8x250x432xf32>
    %400 = "stablehlo.add"(%398, %399) : (tensor<8x250x432xf32>, tensor<8x250x432xf32>) -> tensor<8x250x432xf32>
    %401 = "stablehlo.reshape"(%400) : (tensor<8x250x432xf32>) -> tensor<8x250x3x4x36xf32>
    %402 = "stablehlo.transpose"(%401) <{permutation = array<i64: 2, 0, 3, 1, 4>}> : (tensor<8x250x3x4x36xf32>) -> tensor<3x8x4x250x36xf32>
    %403 = "stablehlo.slice"(%402) <{start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 4, 250, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x250x36xf32>) -> tensor<1x8x4x250x36xf32>
    %404 = "stablehlo.reshape"(%403) : (tensor<1x8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %405 = "stablehlo.slice"(%402) <{start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 8, 4, 250, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x250x36xf32>) -> tensor<1x8x4x250x36xf32>
    %406 = "stablehlo.reshape"(%405) : (tensor<1x8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %407 = "stablehlo.slice"(%402) <{start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 8, 4, 250, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x250x36xf32>) -> tensor<1x8x4x250x36xf32>
    %408 = "stablehlo.reshape"(%407) : (tensor<1x8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %409 = "stablehlo.reshape"(%5) : (tensor<8x250xi1>) -> tensor<8x1x1x250xi1>
    %410 = "stablehlo.dot_general"(%404, %406) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>}> : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x250xf32>
    %411 = "stablehlo.constant"() <{value = dense<0.16666667> : tensor<f32>}> : () -> tensor<f32>
    %412 = "stablehlo.broadcast_in_dim"(%411) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x250xf32>
    %413 = "stablehlo.multiply"(%410, %412) : (tensor<8x4x250x250xf32>, tensor<8x4x250x250xf32>) -> tensor<8x4x250x250xf32>
    %414 = "stablehlo.constant"() <{value = dense<-1000000000.0> : tensor<f32>}> : () -> tensor<f32>
    %415 = "stablehlo.broadcast_in_dim"(%414) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x250xf32>
    %416 = "stablehlo.broadcast_in_dim"(%409) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x1x1x250xi1>) -> tensor<8x4x250x250xi1>
    %417 = "stablehlo.select"(%416, %413, %415) : (tensor<8x4x250x250xi1>, tensor<8x4x250x250xf32>, tensor<8x4x250x250xf32>) -> tensor<8x4x250x250xf32>
    %init73 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %418 = "stablehlo.reduce"(%417, %init73) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs75: tensor<f32>, %rhs76: tensor<f32>):
      %combined74 = "stablehlo.maximum"(%lhs75, %rhs76) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined74) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x250xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %419 = "stablehlo.reshape"(%418) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %420 = "stablehlo.broadcast_in_dim"(%419) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x250xf32>
    %421 = "stablehlo.subtract"(%417, %420) : (tensor<8x4x250x250xf32>, tensor<8x4x250x250xf32>) -> tensor<8x4x250x250xf32>
    %422 = "stablehlo.exponential"(%421) : (tensor<8x4x250x250xf32>) -> tensor<8x4x250x250xf32>
    %init77 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %423 = "stablehlo.reduce"(%422, %init77) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs79: tensor<f32>, %rhs80: tensor<f32>):
      %combined78 = "stablehlo.add"(%lhs79, %rhs80) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined78) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x250xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %424 = "stablehlo.reshape"(%423) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %425 = "stablehlo.broadcast_in_dim"(%424) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x250xf32>
    %426 = "stablehlo.divide"(%422, %425) : (tensor<8x4x250x250xf32>, tensor<8x4x250x250xf32>) -> tensor<8x4x250x250xf32>
    %427 = "stablehlo.dot_general"(%426, %408) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x250x250xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %428 = "stablehlo.transpose"(%427) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x4x250x36xf32>) -> tensor<8x250x4x36xf32>
    %429 = "stablehlo.reshape"(%428) : (tensor<8x250x4x36xf32>) -> tensor<8x250x144xf32>
    %432 = "stablehlo.dot_general"(%429, %second_pass.block1.attention.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x144xf32>) -> tensor<8x250x144xf32>
    %433 = "stablehlo.broadcast_in_dim"(%second_pass.block1.attention.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %434 = "stablehlo.add"(%432, %433) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %435 = "stablehlo.add"(%370, %434) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init81 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %438 = "stablehlo.reduce"(%435, %init81) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs83: tensor<f32>, %rhs84: tensor<f32>):
      %combined82 = "stablehlo.add"(%lhs83, %rhs84) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined82) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %439 = "stablehlo.reshape"(%438) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %440 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %441 = "stablehlo.broadcast_in_dim"(%440) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %442 = "stablehlo.multiply"(%439, %441) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %443 = "stablehlo.broadcast_in_dim"(%442) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %444 = "stablehlo.subtract"(%435, %443) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %445 = "stablehlo.multiply"(%444, %444) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init85 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %446 = "stablehlo.reduce"(%445, %init85) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs87: tensor<f32>, %rhs88: tensor<f32>):
      %combined86 = "stablehlo.add"(%lhs87, %rhs88) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined86) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %447 = "stablehlo.reshape"(%446) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %448 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %449 = "stablehlo.broadcast_in_dim"(%448) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %450 = "stablehlo.multiply"(%447, %449) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %451 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %452 = "stablehlo.broadcast_in_dim"(%451) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %453 = "stablehlo.add"(%450, %452) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %454 = "stablehlo.rsqrt"(%453) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %455 = "stablehlo.broadcast_in_dim"(%454) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %456 = "stablehlo.multiply"(%444, %455) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %457 = "stablehlo.broadcast_in_dim"(%second_pass.block1.conv.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %458 = "stablehlo.multiply"(%456, %457) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %459 = "stablehlo.broadcast_in_dim"(%second_pass.block1.conv.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %460 = "stablehlo.add"(%458, %459) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %463 = "stablehlo.dot_general"(%460, %second_pass.block1.conv.pointwise_in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x288xf32>) -> tensor<8x250x288xf32>
    %464 = "stablehlo.broadcast_in_dim"(%second_pass.block1.conv.pointwise_in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x250x288xf32>
    %465 = "stablehlo.add"(%463, %464) : (tensor<8x250x288xf32>, tensor<8x250x288xf32>) -> tensor<8x250x288xf32>
    %466 = "stablehlo.slice"(%465) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 250, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x250x288xf32>) -> tensor<8x250x144xf32>
    %467 = "stablehlo.slice"(%465) <{start_indices = array<i64: 0, 0, 144>, limit_indices = array<i64: 8, 250, 288>, strides = array<i64: 1, 1, 1>}> : (tensor<8x250x288xf32>) -> tensor<8x250x144xf32>
    %468 = "stablehlo.logistic"(%467) : (tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %469 = "stablehlo.multiply"(%466, %468) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %470 = "stablehlo.convert"(%5) : (tensor<8x250xi1>) -> tensor<8x250xf32>
    %471 = "stablehlo.reshape"(%470) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %472 = "stablehlo.broadcast_in_dim"(%471) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %473 = "stablehlo.multiply"(%469, %472) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %474 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %475 = "stablehlo.pad"(%473, %474) <{edge_padding_high = array<i64: 0, 7, 0>, edge_padding_low = array<i64: 0, 7, 0>, interior_padding = array<i64: 0, 0, 0>}> : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x264x144xf32>
    %478 = "stablehlo.reshape"(%second_pass.block1.conv.depthwise.w) : (tensor<15x1x144xf32>) -> tensor<15x144xf32>
    %479 = "stablehlo.slice"(%475) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 250, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %480 = "stablehlo.slice"(%478) <{start_indices = array<i64: 0, 0>, limit_indices = array<i64: 1, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %481 = "stablehlo.broadcast_in_dim"(%480) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %482 = "stablehlo.multiply"(%479, %481) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %483 = "stablehlo.slice"(%475) <{start_indices = array<i64: 0, 1, 0>, limit_indices = array<i64: 8, 251, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %484 = "stablehlo.slice"(%478) <{start_indices = array<i64: 1, 0>, limit_indices = array<i64: 2, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %485 = "stablehlo.broadcast_in_dim"(%484) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %486 = "stablehlo.multiply"(%483, %485) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %487 = "stablehlo.add"(%482, %486) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %488 = "stablehlo.slice"(%475) <{start_indices = array<i64: 0, 2, 0>, limit_indices = array<i64: 8, 252, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %489 = "stablehlo.slice"(%478) <{start_indices = array<i64: 2, 0>, limit_indices = array<i64: 3, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %490 = "stablehlo.broadcast_in_dim"(%489) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %491 = "stablehlo.multiply"(%488, %490) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %492 = "stablehlo.add"(%487, %491) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %493 = "stablehlo.slice"(%475) <{start_indices = array<i64: 0, 3, 0>, limit_indices = array<i64: 8, 253, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %494 = "stablehlo.slice"(%478) <{start_indices = array<i64: 3, 0>, limit_indices = array<i64: 4, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %495 = "stablehlo.broadcast_in_dim"(%494) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %496 = "stablehlo.multiply"(%493, %495) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %497 = "stablehlo.add"(%492, %496) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %498 = "stablehlo.slice"(%475) <{start_indices = array<i64: 0, 4, 0>, limit_indices = array<i64: 8, 254, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %499 = "stablehlo.slice"(%478) <{start_indices = array<i64: 4, 0>, limit_indices = array<i64: 5, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %500 = "stablehlo.broadcast_in_dim"(%499) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %501 = "stablehlo.multiply"(%498, %500) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %502 = "stablehlo.add"(%497, %501) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %503 = "stablehlo.slice"(%475) <{start_indices = array<i64: 0, 5, 0>, limit_indices = array<i64: 8, 255, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %504 = "stablehlo.slice"(%478) <{start_indices = array<i64: 5, 0>, limit_indices = array<i64: 6, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %505 = "stablehlo.broadcast_in_dim"(%504) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %506 = "stablehlo.multiply"(%503, %505) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %507 = "stablehlo.add"(%502, %506) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %508 = "stablehlo.slice"(%475) <{start_indices = array<i64: 0, 6, 0>, limit_indices = array<i64: 8, 256, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %509 = "stablehlo.slice"(%478) <{start_indices = array<i64: 6, 0>, limit_indices = array<i64: 7, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %510 = "stablehlo.broadcast_in_dim"(%509) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %511 = "stablehlo.multiply"(%508, %510) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %512 = "stablehlo.add"(%507, %511) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %513 = "stablehlo.slice"(%475) <{start_indices = array<i64: 0, 7, 0>, limit_indices = array<i64: 8, 257, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %514 = "stablehlo.slice"(%478) <{start_indices = array<i64: 7, 0>, limit_indices = array<i64: 8, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %515 = "stablehlo.broadcast_in_dim"(%514) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %516 = "stablehlo.multiply"(%513, %515) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %517 = "stablehlo.add"(%512, %516) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %518 = "stablehlo.slice"(%475) <{start_indices = array<i64: 0, 8, 0>, limit_indices = array<i64: 8, 258, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %519 = "stablehlo.slice"(%478) <{start_indices = array<i64: 8, 0>, limit_indices = array<i64: 9, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %520 = "stablehlo.broadcast_in_dim"(%519) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %521 = "stablehlo.multiply"(%518, %520) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %522 = "stablehlo.add"(%517, %521) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %523 = "stablehlo.slice"(%475) <{start_indices = array<i64: 0, 9, 0>, limit_indices = array<i64: 8, 259, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %524 = "stablehlo.slice"(%478) <{start_indices = array<i64: 9, 0>, limit_indices = array<i64: 10, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %525 = "stablehlo.broadcast_in_dim"(%524) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %526 = "stablehlo.multiply"(%523, %525) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %527 = "stablehlo.add"(%522, %526) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %528 = "stablehlo.slice"(%475) <{start_indices = array<i64: 0, 10, 0>, limit_indices = array<i64: 8, 260, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %529 = "stablehlo.slice"(%478) <{start_indices = array<i64: 10, 0>, limit_indices = array<i64: 11, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %530 = "stablehlo.broadcast_in_dim"(%529) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %531 = "stablehlo.multiply"(%528, %530) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %532 = "stablehlo.add"(%527, %531) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %533 = "stablehlo.slice"(%475) <{start_indices = array<i64: 0, 11, 0>, limit_indices = array<i64: 8, 261, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %534 = "stablehlo.slice"(%478) <{start_indices = array<i64: 11, 0>, limit_indices = array<i64: 12, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %535 = "stablehlo.broadcast_in_dim"(%534) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %536 = "stablehlo.multiply"(%533, %535) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %537 = "stablehlo.add"(%532, %536) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %538 = "stablehlo.slice"(%475) <{start_indices = array<i64: 0, 12, 0>, limit_indices = array<i64: 8, 262, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %539 = "stablehlo.slice"(%478) <{start_indices = array<i64: 12, 0>, limit_indices = array<i64: 13, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %540 = "stablehlo.broadcast_in_dim"(%539) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %541 = "stablehlo.multiply"(%538, %540) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %542 = "stablehlo.add"(%537, %541) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %543 = "stablehlo.slice"(%475) <{start_indices = array<i64: 0, 13, 0>, limit_indices = array<i64: 8, 263, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %544 = "stablehlo.slice"(%478) <{start_indices = array<i64: 13, 0>, limit_indices = array<i64: 14, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %545 = "stablehlo.broadcast_in_dim"(%544) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %546 = "stablehlo.multiply"(%543, %545) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %547 = "stablehlo.add"(%542, %546) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %548 = "stablehlo.slice"(%475) <{start_indices = array<i64: 0, 14, 0>, limit_indices = array<i64: 8, 264, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x264x144xf32>) -> tensor<8x250x144xf32>
    %549 = "stablehlo.slice"(%478) <{start_indices = array<i64: 14, 0>, limit_indices = array<i64: 15, 144>, strides = array<i64: 1, 1>}> : (tensor<15x144xf32>) -> tensor<1x144xf32>
    %550 = "stablehlo.broadcast_in_dim"(%549) <{broadcast_dimensions = array<i64: 1, 2>}> : (tensor<1x144xf32>) -> tensor<8x250x144xf32>
    %551 = "stablehlo.multiply"(%548, %550) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %552 = "stablehlo.add"(%547, %551) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %553 = "stablehlo.broadcast_in_dim"(%second_pass.block1.conv.depthwise.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %554 = "stablehlo.add"(%552, %553) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init89 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %557 = "stablehlo.reduce"(%554, %init89) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs91: tensor<f32>, %rhs92: tensor<f32>):
      %combined90 = "stablehlo.add"(%lhs91, %rhs92) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined90) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %558 = "stablehlo.reshape"(%557) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %559 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %560 = "stablehlo.broadcast_in_dim"(%559) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %561 = "stablehlo.multiply"(%558, %560) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %562 = "stablehlo.broadcast_in_dim"(%561) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %563 = "stablehlo.subtract"(%554, %562) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %564 = "stablehlo.multiply"(%563, %563) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init93 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %565 = "stablehlo.reduce"(%564, %init93) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs95: tensor<f32>, %rhs96: tensor<f32>):
      %combined94 = "stablehlo.add"(%lhs95, %rhs96) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined94) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %566 = "stablehlo.reshape"(%565) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %567 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %568 = "stablehlo.broadcast_in_dim"(%567) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %569 = "stablehlo.multiply"(%566, %568) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %570 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %571 = "stablehlo.broadcast_in_dim"(%570) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %572 = "stablehlo.add"(%569, %571) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %573 = "stablehlo.rsqrt"(%572) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %574 = "stablehlo.broadcast_in_dim"(%573) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %575 = "stablehlo.multiply"(%563, %574) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %576 = "stablehlo.broadcast_in_dim"(%second_pass.block1.conv.depthwise_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %577 = "stablehlo.multiply"(%575, %576) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %578 = "stablehlo.broadcast_in_dim"(%second_pass.block1.conv.depthwise_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %579 = "stablehlo.add"(%577, %578) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %580 = "stablehlo.logistic"(%579) : (tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %581 = "stablehlo.multiply"(%579, %580) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %584 = "stablehlo.dot_general"(%581, %second_pass.block1.conv.pointwise_out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x144xf32>) -> tensor<8x250x144xf32>
    %585 = "stablehlo.broadcast_in_dim"(%second_pass.block1.conv.pointwise_out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %586 = "stablehlo.add"(%584, %585) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %587 = "stablehlo.add"(%435, %586) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init97 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %590 = "stablehlo.reduce"(%587, %init97) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs99: tensor<f32>, %rhs100: tensor<f32>):
      %combined98 = "stablehlo.add"(%lhs99, %rhs100) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined98) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %591 = "stablehlo.reshape"(%590) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %592 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %593 = "stablehlo.broadcast_in_dim"(%592) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %594 = "stablehlo.multiply"(%591, %593) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %595 = "stablehlo.broadcast_in_dim"(%594) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %596 = "stablehlo.subtract"(%587, %595) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %597 = "stablehlo.multiply"(%596, %596) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init101 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %598 = "stablehlo.reduce"(%597, %init101) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs103: tensor<f32>, %rhs104: tensor<f32>):
      %combined102 = "stablehlo.add"(%lhs103, %rhs104) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined102) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %599 = "stablehlo.reshape"(%598) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %600 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %601 = "stablehlo.broadcast_in_dim"(%600) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %602 = "stablehlo.multiply"(%599, %601) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %603 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %604 = "stablehlo.broadcast_in_dim"(%603) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %605 = "stablehlo.add"(%602, %604) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %606 = "stablehlo.rsqrt"(%605) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %607 = "stablehlo.broadcast_in_dim"(%606) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %608 = "stablehlo.multiply"(%596, %607) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %609 = "stablehlo.broadcast_in_dim"(%second_pass.block1.ffn2.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %610 = "stablehlo.multiply"(%608, %609) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %611 = "stablehlo.broadcast_in_dim"(%second_pass.block1.ffn2.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %612 = "stablehlo.add"(%610, %611) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %615 = "stablehlo.dot_general"(%612, %second_pass.block1.ffn2.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x576xf32>) -> tensor<8x250x576xf32>
    %616 = "stablehlo.broadcast_in_dim"(%second_pass.block1.ffn2.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x250x576xf32>
    %617 = "stablehlo.add"(%615, %616) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %618 = "stablehlo.logistic"(%617) : (tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %619 = "stablehlo.multiply"(%617, %618) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %622 = "stablehlo.dot_general"(%619, %second_pass.block1.ffn2.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x576xf32>, tensor<576x144xf32>) -> tensor<8x250x144xf32>
    %623 = "stablehlo.broadcast_in_dim"(%second_pass.block1.ffn2.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %624 = "stablehlo.add"(%622, %623) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %625 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %626 = "stablehlo.broadcast_in_dim"(%625) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x144xf32>
    %627 = "stablehlo.multiply"(%624, %626) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %628 = "stablehlo.add"(%587, %627) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init105 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %631 = "stablehlo.reduce"(%628, %init105) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs107: tensor<f32>, %rhs108: tensor<f32>):
      %combined106 = "stablehlo.add"(%lhs107, %rhs108) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined106) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %632 = "stablehlo.reshape"(%631) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %633 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %634 = "stablehlo.broadcast_in_dim"(%633) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %635 = "stablehlo.multiply"(%632, %634) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %636 = "stablehlo.broadcast_in_dim"(%635) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %637 = "stablehlo.subtract"(%628, %636) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %638 = "stablehlo.multiply"(%637, %637) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init109 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %639 = "stablehlo.reduce"(%638, %init109) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs111: tensor<f32>, %rhs112: tensor<f32>):
      %combined110 = "stablehlo.add"(%lhs111, %rhs112) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined110) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %640 = "stablehlo.reshape"(%639) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %641 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %642 = "stablehlo.broadcast_in_dim"(%641) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %643 = "stablehlo.multiply"(%640, %642) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %644 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %645 = "stablehlo.broadcast_in_dim"(%644) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %646 = "stablehlo.add"(%643, %645) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %647 = "stablehlo.rsqrt"(%646) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %648 = "stablehlo.broadcast_in_dim"(%647) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %649 = "stablehlo.multiply"(%637, %648) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %650 = "stablehlo.broadcast_in_dim"(%second_pass.block1.final_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %651 = "stablehlo.multiply"(%649, %650) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %652 = "stablehlo.broadcast_in_dim"(%second_pass.block1.final_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %653 = "stablehlo.add"(%651, %652) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    "func.return"(%653) : (tensor<8x250x144xf32>) -> ()
  }
}
