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
    %152 = "stablehlo.convolution"(%149, %second_pass.block0.conv.depthwise.w) <{batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, f]x[0, i, o]->[b, 0, f]>, feature_group_count = 144 : i64, lhs_dilation = array<i64: 1>, padding = dense<[[7, 7]]> : tensor<1x2xi64>, rhs_dilation = array<i64: 1>, window_strides = array<i64: 1>}> : (tensor<8x250x144xf32>, tensor<15x1x144xf32>) -> tensor<8x250x144xf32>
    %153 = "stablehlo.broadcast_in_dim"(%second_pass.block0.conv.depthwise.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %154 = "stablehlo.add"(%152, %153) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init33 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %157 = "stablehlo.reduce"(%154, %init33) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs35: tensor<f32>, %rhs36: tensor<f32>):
      %combined34 = "stablehlo.add"(%lhs35, %rhs36) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined34) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %158 = "stablehlo.reshape"(%157) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %159 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %160 = "stablehlo.broadcast_in_dim"(%159) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %161 = "stablehlo.multiply"(%158, %160) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %162 = "stablehlo.broadcast_in_dim"(%161) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %163 = "stablehlo.subtract"(%154, %162) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %164 = "stablehlo.multiply"(%163, %163) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init37 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %165 = "stablehlo.reduce"(%164, %init37) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs39: tensor<f32>, %rhs40: tensor<f32>):
      %combined38 = "stablehlo.add"(%lhs39, %rhs40) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined38) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %166 = "stablehlo.reshape"(%165) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %167 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %168 = "stablehlo.broadcast_in_dim"(%167) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %169 = "stablehlo.multiply"(%166, %168) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %170 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %171 = "stablehlo.broadcast_in_dim"(%170) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %172 = "stablehlo.add"(%169, %171) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %173 = "stablehlo.rsqrt"(%172) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %174 = "stablehlo.broadcast_in_dim"(%173) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %175 = "stablehlo.multiply"(%163, %174) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %176 = "stablehlo.broadcast_in_dim"(%second_pass.block0.conv.depthwise_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %177 = "stablehlo.multiply"(%175, %176) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %178 = "stablehlo.broadcast_in_dim"(%second_pass.block0.conv.depthwise_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %179 = "stablehlo.add"(%177, %178) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %180 = "stablehlo.logistic"(%179) : (tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %181 = "stablehlo.multiply"(%179, %180) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %184 = "stablehlo.dot_general"(%181, %second_pass.block0.conv.pointwise_out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x144xf32>) -> tensor<8x250x144xf32>
    %185 = "stablehlo.broadcast_in_dim"(%second_pass.block0.conv.pointwise_out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %186 = "stablehlo.add"(%184, %185) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %187 = "stablehlo.add"(%111, %186) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init41 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %190 = "stablehlo.reduce"(%187, %init41) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs43: tensor<f32>, %rhs44: tensor<f32>):
      %combined42 = "stablehlo.add"(%lhs43, %rhs44) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined42) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %191 = "stablehlo.reshape"(%190) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %192 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %193 = "stablehlo.broadcast_in_dim"(%192) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %194 = "stablehlo.multiply"(%191, %193) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %195 = "stablehlo.broadcast_in_dim"(%194) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %196 = "stablehlo.subtract"(%187, %195) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %197 = "stablehlo.multiply"(%196, %196) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init45 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %198 = "stablehlo.reduce"(%197, %init45) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs47: tensor<f32>, %rhs48: tensor<f32>):
      %combined46 = "stablehlo.add"(%lhs47, %rhs48) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined46) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %199 = "stablehlo.reshape"(%198) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %200 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %201 = "stablehlo.broadcast_in_dim"(%200) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %202 = "stablehlo.multiply"(%199, %201) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %203 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %204 = "stablehlo.broadcast_in_dim"(%203) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %205 = "stablehlo.add"(%202, %204) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %206 = "stablehlo.rsqrt"(%205) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %207 = "stablehlo.broadcast_in_dim"(%206) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %208 = "stablehlo.multiply"(%196, %207) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %209 = "stablehlo.broadcast_in_dim"(%second_pass.block0.ffn2.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %210 = "stablehlo.multiply"(%208, %209) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %211 = "stablehlo.broadcast_in_dim"(%second_pass.block0.ffn2.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %212 = "stablehlo.add"(%210, %211) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %215 = "stablehlo.dot_general"(%212, %second_pass.block0.ffn2.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x576xf32>) -> tensor<8x250x576xf32>
    %216 = "stablehlo.broadcast_in_dim"(%second_pass.block0.ffn2.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x250x576xf32>
    %217 = "stablehlo.add"(%215, %216) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %218 = "stablehlo.logistic"(%217) : (tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %219 = "stablehlo.multiply"(%217, %218) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %222 = "stablehlo.dot_general"(%219, %second_pass.block0.ffn2.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x576xf32>, tensor<576x144xf32>) -> tensor<8x250x144xf32>
    %223 = "stablehlo.broadcast_in_dim"(%second_pass.block0.ffn2.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %224 = "stablehlo.add"(%222, %223) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %225 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %226 = "stablehlo.broadcast_in_dim"(%225) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x144xf32>
    %227 = "stablehlo.multiply"(%224, %226) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %228 = "stablehlo.add"(%187, %227) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init49 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %231 = "stablehlo.reduce"(%228, %init49) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs51: tensor<f32>, %rhs52: tensor<f32>):
      %combined50 = "stablehlo.add"(%lhs51, %rhs52) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined50) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %232 = "stablehlo.reshape"(%231) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %233 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %234 = "stablehlo.broadcast_in_dim"(%233) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %235 = "stablehlo.multiply"(%232, %234) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %236 = "stablehlo.broadcast_in_dim"(%235) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %237 = "stablehlo.subtract"(%228, %236) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %238 = "stablehlo.multiply"(%237, %237) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init53 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %239 = "stablehlo.reduce"(%238, %init53) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs55: tensor<f32>, %rhs56: tensor<f32>):
      %combined54 = "stablehlo.add"(%lhs55, %rhs56) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined54) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %240 = "stablehlo.reshape"(%239) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %241 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %242 = "stablehlo.broadcast_in_dim"(%241) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %243 = "stablehlo.multiply"(%240, %242) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %244 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %245 = "stablehlo.broadcast_in_dim"(%244) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %246 = "stablehlo.add"(%243, %245) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %247 = "stablehlo.rsqrt"(%246) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %248 = "stablehlo.broadcast_in_dim"(%247) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %249 = "stablehlo.multiply"(%237, %248) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %250 = "stablehlo.broadcast_in_dim"(%second_pass.block0.final_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %251 = "stablehlo.multiply"(%249, %250) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %252 = "stablehlo.broadcast_in_dim"(%second_pass.block0.final_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %253 = "stablehlo.add"(%251, %252) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init57 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %256 = "stablehlo.reduce"(%253, %init57) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs59: tensor<f32>, %rhs60: tensor<f32>):
      %combined58 = "stablehlo.add"(%lhs59, %rhs60) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined58) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %257 = "stablehlo.reshape"(%256) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %258 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %259 = "stablehlo.broadcast_in_dim"(%258) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %260 = "stablehlo.multiply"(%257, %259) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %261 = "stablehlo.broadcast_in_dim"(%260) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %262 = "stablehlo.subtract"(%253, %261) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %263 = "stablehlo.multiply"(%262, %262) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init61 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %264 = "stablehlo.reduce"(%263, %init61) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs63: tensor<f32>, %rhs64: tensor<f32>):
      %combined62 = "stablehlo.add"(%lhs63, %rhs64) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined62) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %265 = "stablehlo.reshape"(%264) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %266 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %267 = "stablehlo.broadcast_in_dim"(%266) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %268 = "stablehlo.multiply"(%265, %267) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %269 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %270 = "stablehlo.broadcast_in_dim"(%269) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %271 = "stablehlo.add"(%268, %270) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %272 = "stablehlo.rsqrt"(%271) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %273 = "stablehlo.broadcast_in_dim"(%272) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %274 = "stablehlo.multiply"(%262, %273) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %275 = "stablehlo.broadcast_in_dim"(%second_pass.block1.ffn1.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %276 = "stablehlo.multiply"(%274, %275) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %277 = "stablehlo.broadcast_in_dim"(%second_pass.block1.ffn1.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %278 = "stablehlo.add"(%276, %277) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %281 = "stablehlo.dot_general"(%278, %second_pass.block1.ffn1.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x576xf32>) -> tensor<8x250x576xf32>
    %282 = "stablehlo.broadcast_in_dim"(%second_pass.block1.ffn1.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x250x576xf32>
    %283 = "stablehlo.add"(%281, %282) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %284 = "stablehlo.logistic"(%283) : (tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %285 = "stablehlo.multiply"(%283, %284) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %288 = "stablehlo.dot_general"(%285, %second_pass.block1.ffn1.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x576xf32>, tensor<576x144xf32>) -> tensor<8x250x144xf32>
    %289 = "stablehlo.broadcast_in_dim"(%second_pass.block1.ffn1.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %290 = "stablehlo.add"(%288, %289) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %291 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %292 = "stablehlo.broadcast_in_dim"(%291) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x144xf32>
    %293 = "stablehlo.multiply"(%290, %292) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %294 = "stablehlo.add"(%253, %293) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init65 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %297 = "stablehlo.reduce"(%294, %init65) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs67: tensor<f32>, %rhs68: tensor<f32>):
      %combined66 = "stablehlo.add"(%lhs67, %rhs68) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined66) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %298 = "stablehlo.reshape"(%297) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %299 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %300 = "stablehlo.broadcast_in_dim"(%299) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %301 = "stablehlo.multiply"(%298, %300) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %302 = "stablehlo.broadcast_in_dim"(%301) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %303 = "stablehlo.subtract"(%294, %302) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %304 = "stablehlo.multiply"(%303, %303) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init69 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %305 = "stablehlo.reduce"(%304, %init69) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs71: tensor<f32>, %rhs72: tensor<f32>):
      %combined70 = "stablehlo.add"(%lhs71, %rhs72) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined70) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %306 = "stablehlo.reshape"(%305) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %307 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %308 = "stablehlo.broadcast_in_dim"(%307) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %309 = "stablehlo.multiply"(%306, %308) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %310 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %311 = "stablehlo.broadcast_in_dim"(%310) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %312 = "stablehlo.add"(%309, %311) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %313 = "stablehlo.rsqrt"(%312) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %314 = "stablehlo.broadcast_in_dim"(%313) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %315 = "stablehlo.multiply"(%303, %314) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %316 = "stablehlo.broadcast_in_dim"(%second_pass.block1.attention.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %317 = "stablehlo.multiply"(%315, %316) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %318 = "stablehlo.broadcast_in_dim"(%second_pass.block1.attention.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %319 = "stablehlo.add"(%317, %318) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %322 = "stablehlo.dot_general"(%319, %second_pass.block1.attention.qkv.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x432xf32>) -> tensor<8x250x432xf32>
    %323 = "stablehlo.broadcast_in_dim"(%second_pass.block1.attention.qkv.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<432xf32>) -> tensor<8x250x432xf32>
    %324 = "stablehlo.add"(%322, %323) : (tensor<8x250x432xf32>, tensor<8x250x432xf32>) -> tensor<8x250x432xf32>
    %325 = "stablehlo.reshape"(%324) : (tensor<8x250x432xf32>) -> tensor<8x250x3x4x36xf32>
    %326 = "stablehlo.transpose"(%325) <{permutation = array<i64: 2, 0, 3, 1, 4>}> : (tensor<8x250x3x4x36xf32>) -> tensor<3x8x4x250x36xf32>
    %327 = "stablehlo.slice"(%326) <{start_indices = array<i64: 0, 0, 0, 0, 0>, limit_indices = array<i64: 1, 8, 4, 250, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x250x36xf32>) -> tensor<1x8x4x250x36xf32>
    %328 = "stablehlo.reshape"(%327) : (tensor<1x8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %329 = "stablehlo.slice"(%326) <{start_indices = array<i64: 1, 0, 0, 0, 0>, limit_indices = array<i64: 2, 8, 4, 250, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x250x36xf32>) -> tensor<1x8x4x250x36xf32>
    %330 = "stablehlo.reshape"(%329) : (tensor<1x8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %331 = "stablehlo.slice"(%326) <{start_indices = array<i64: 2, 0, 0, 0, 0>, limit_indices = array<i64: 3, 8, 4, 250, 36>, strides = array<i64: 1, 1, 1, 1, 1>}> : (tensor<3x8x4x250x36xf32>) -> tensor<1x8x4x250x36xf32>
    %332 = "stablehlo.reshape"(%331) : (tensor<1x8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %333 = "stablehlo.reshape"(%5) : (tensor<8x250xi1>) -> tensor<8x1x1x250xi1>
    %334 = "stablehlo.dot_general"(%328, %330) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [3]>}> : (tensor<8x4x250x36xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x250xf32>
    %335 = "stablehlo.constant"() <{value = dense<0.16666667> : tensor<f32>}> : () -> tensor<f32>
    %336 = "stablehlo.broadcast_in_dim"(%335) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x250xf32>
    %337 = "stablehlo.multiply"(%334, %336) : (tensor<8x4x250x250xf32>, tensor<8x4x250x250xf32>) -> tensor<8x4x250x250xf32>
    %338 = "stablehlo.constant"() <{value = dense<-1000000000.0> : tensor<f32>}> : () -> tensor<f32>
    %339 = "stablehlo.broadcast_in_dim"(%338) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x4x250x250xf32>
    %340 = "stablehlo.broadcast_in_dim"(%333) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x1x1x250xi1>) -> tensor<8x4x250x250xi1>
    %341 = "stablehlo.select"(%340, %337, %339) : (tensor<8x4x250x250xi1>, tensor<8x4x250x250xf32>, tensor<8x4x250x250xf32>) -> tensor<8x4x250x250xf32>
    %init73 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
    %342 = "stablehlo.reduce"(%341, %init73) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs75: tensor<f32>, %rhs76: tensor<f32>):
      %combined74 = "stablehlo.maximum"(%lhs75, %rhs76) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined74) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x250xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %343 = "stablehlo.reshape"(%342) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %344 = "stablehlo.broadcast_in_dim"(%343) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x250xf32>
    %345 = "stablehlo.subtract"(%341, %344) : (tensor<8x4x250x250xf32>, tensor<8x4x250x250xf32>) -> tensor<8x4x250x250xf32>
    %346 = "stablehlo.exponential"(%345) : (tensor<8x4x250x250xf32>) -> tensor<8x4x250x250xf32>
    %init77 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %347 = "stablehlo.reduce"(%346, %init77) <{dimensions = array<i64: 3>}> ({
    ^bb0(%lhs79: tensor<f32>, %rhs80: tensor<f32>):
      %combined78 = "stablehlo.add"(%lhs79, %rhs80) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined78) : (tensor<f32>) -> ()
    }) : (tensor<8x4x250x250xf32>, tensor<f32>) -> tensor<8x4x250xf32>
    %348 = "stablehlo.reshape"(%347) : (tensor<8x4x250xf32>) -> tensor<8x4x250x1xf32>
    %349 = "stablehlo.broadcast_in_dim"(%348) <{broadcast_dimensions = array<i64: 0, 1, 2, 3>}> : (tensor<8x4x250x1xf32>) -> tensor<8x4x250x250xf32>
    %350 = "stablehlo.divide"(%346, %349) : (tensor<8x4x250x250xf32>, tensor<8x4x250x250xf32>) -> tensor<8x4x250x250xf32>
    %351 = "stablehlo.dot_general"(%350, %332) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0, 1], rhs_batching_dimensions = [0, 1], lhs_contracting_dimensions = [3], rhs_contracting_dimensions = [2]>}> : (tensor<8x4x250x250xf32>, tensor<8x4x250x36xf32>) -> tensor<8x4x250x36xf32>
    %352 = "stablehlo.transpose"(%351) <{permutation = array<i64: 0, 2, 1, 3>}> : (tensor<8x4x250x36xf32>) -> tensor<8x250x4x36xf32>
    %353 = "stablehlo.reshape"(%352) : (tensor<8x250x4x36xf32>) -> tensor<8x250x144xf32>
    %356 = "stablehlo.dot_general"(%353, %second_pass.block1.attention.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x144xf32>) -> tensor<8x250x144xf32>
    %357 = "stablehlo.broadcast_in_dim"(%second_pass.block1.attention.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %358 = "stablehlo.add"(%356, %357) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %359 = "stablehlo.add"(%294, %358) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init81 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %362 = "stablehlo.reduce"(%359, %init81) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs83: tensor<f32>, %rhs84: tensor<f32>):
      %combined82 = "stablehlo.add"(%lhs83, %rhs84) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined82) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %363 = "stablehlo.reshape"(%362) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %364 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %365 = "stablehlo.broadcast_in_dim"(%364) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %366 = "stablehlo.multiply"(%363, %365) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %367 = "stablehlo.broadcast_in_dim"(%366) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %368 = "stablehlo.subtract"(%359, %367) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %369 = "stablehlo.multiply"(%368, %368) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init85 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %370 = "stablehlo.reduce"(%369, %init85) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs87: tensor<f32>, %rhs88: tensor<f32>):
      %combined86 = "stablehlo.add"(%lhs87, %rhs88) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined86) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %371 = "stablehlo.reshape"(%370) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %372 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %373 = "stablehlo.broadcast_in_dim"(%372) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %374 = "stablehlo.multiply"(%371, %373) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %375 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %376 = "stablehlo.broadcast_in_dim"(%375) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %377 = "stablehlo.add"(%374, %376) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %378 = "stablehlo.rsqrt"(%377) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %379 = "stablehlo.broadcast_in_dim"(%378) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %380 = "stablehlo.multiply"(%368, %379) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %381 = "stablehlo.broadcast_in_dim"(%second_pass.block1.conv.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %382 = "stablehlo.multiply"(%380, %381) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %383 = "stablehlo.broadcast_in_dim"(%second_pass.block1.conv.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %384 = "stablehlo.add"(%382, %383) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %387 = "stablehlo.dot_general"(%384, %second_pass.block1.conv.pointwise_in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x288xf32>) -> tensor<8x250x288xf32>
    %388 = "stablehlo.broadcast_in_dim"(%second_pass.block1.conv.pointwise_in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<288xf32>) -> tensor<8x250x288xf32>
    %389 = "stablehlo.add"(%387, %388) : (tensor<8x250x288xf32>, tensor<8x250x288xf32>) -> tensor<8x250x288xf32>
    %390 = "stablehlo.slice"(%389) <{start_indices = array<i64: 0, 0, 0>, limit_indices = array<i64: 8, 250, 144>, strides = array<i64: 1, 1, 1>}> : (tensor<8x250x288xf32>) -> tensor<8x250x144xf32>
    %391 = "stablehlo.slice"(%389) <{start_indices = array<i64: 0, 0, 144>, limit_indices = array<i64: 8, 250, 288>, strides = array<i64: 1, 1, 1>}> : (tensor<8x250x288xf32>) -> tensor<8x250x144xf32>
    %392 = "stablehlo.logistic"(%391) : (tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %393 = "stablehlo.multiply"(%390, %392) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %394 = "stablehlo.convert"(%5) : (tensor<8x250xi1>) -> tensor<8x250xf32>
    %395 = "stablehlo.reshape"(%394) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %396 = "stablehlo.broadcast_in_dim"(%395) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %397 = "stablehlo.multiply"(%393, %396) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %400 = "stablehlo.convolution"(%397, %second_pass.block1.conv.depthwise.w) <{batch_group_count = 1 : i64, dimension_numbers = #stablehlo.conv<[b, 0, f]x[0, i, o]->[b, 0, f]>, feature_group_count = 144 : i64, lhs_dilation = array<i64: 1>, padding = dense<[[7, 7]]> : tensor<1x2xi64>, rhs_dilation = array<i64: 1>, window_strides = array<i64: 1>}> : (tensor<8x250x144xf32>, tensor<15x1x144xf32>) -> tensor<8x250x144xf32>
    %401 = "stablehlo.broadcast_in_dim"(%second_pass.block1.conv.depthwise.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %402 = "stablehlo.add"(%400, %401) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init89 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %405 = "stablehlo.reduce"(%402, %init89) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs91: tensor<f32>, %rhs92: tensor<f32>):
      %combined90 = "stablehlo.add"(%lhs91, %rhs92) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined90) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %406 = "stablehlo.reshape"(%405) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %407 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %408 = "stablehlo.broadcast_in_dim"(%407) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %409 = "stablehlo.multiply"(%406, %408) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %410 = "stablehlo.broadcast_in_dim"(%409) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %411 = "stablehlo.subtract"(%402, %410) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %412 = "stablehlo.multiply"(%411, %411) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init93 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %413 = "stablehlo.reduce"(%412, %init93) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs95: tensor<f32>, %rhs96: tensor<f32>):
      %combined94 = "stablehlo.add"(%lhs95, %rhs96) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined94) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %414 = "stablehlo.reshape"(%413) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %415 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %416 = "stablehlo.broadcast_in_dim"(%415) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %417 = "stablehlo.multiply"(%414, %416) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %418 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %419 = "stablehlo.broadcast_in_dim"(%418) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %420 = "stablehlo.add"(%417, %419) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %421 = "stablehlo.rsqrt"(%420) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %422 = "stablehlo.broadcast_in_dim"(%421) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %423 = "stablehlo.multiply"(%411, %422) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %424 = "stablehlo.broadcast_in_dim"(%second_pass.block1.conv.depthwise_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %425 = "stablehlo.multiply"(%423, %424) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %426 = "stablehlo.broadcast_in_dim"(%second_pass.block1.conv.depthwise_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %427 = "stablehlo.add"(%425, %426) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %428 = "stablehlo.logistic"(%427) : (tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %429 = "stablehlo.multiply"(%427, %428) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %432 = "stablehlo.dot_general"(%429, %second_pass.block1.conv.pointwise_out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x144xf32>) -> tensor<8x250x144xf32>
    %433 = "stablehlo.broadcast_in_dim"(%second_pass.block1.conv.pointwise_out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %434 = "stablehlo.add"(%432, %433) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %435 = "stablehlo.add"(%359, %434) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init97 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %438 = "stablehlo.reduce"(%435, %init97) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs99: tensor<f32>, %rhs100: tensor<f32>):
      %combined98 = "stablehlo.add"(%lhs99, %rhs100) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined98) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %439 = "stablehlo.reshape"(%438) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %440 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %441 = "stablehlo.broadcast_in_dim"(%440) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %442 = "stablehlo.multiply"(%439, %441) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %443 = "stablehlo.broadcast_in_dim"(%442) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %444 = "stablehlo.subtract"(%435, %443) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %445 = "stablehlo.multiply"(%444, %444) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init101 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %446 = "stablehlo.reduce"(%445, %init101) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs103: tensor<f32>, %rhs104: tensor<f32>):
      %combined102 = "stablehlo.add"(%lhs103, %rhs104) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined102) : (tensor<f32>) -> ()
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
    %457 = "stablehlo.broadcast_in_dim"(%second_pass.block1.ffn2.norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %458 = "stablehlo.multiply"(%456, %457) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %459 = "stablehlo.broadcast_in_dim"(%second_pass.block1.ffn2.norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %460 = "stablehlo.add"(%458, %459) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %463 = "stablehlo.dot_general"(%460, %second_pass.block1.ffn2.in.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x576xf32>) -> tensor<8x250x576xf32>
    %464 = "stablehlo.broadcast_in_dim"(%second_pass.block1.ffn2.in.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<576xf32>) -> tensor<8x250x576xf32>
    %465 = "stablehlo.add"(%463, %464) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %466 = "stablehlo.logistic"(%465) : (tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %467 = "stablehlo.multiply"(%465, %466) : (tensor<8x250x576xf32>, tensor<8x250x576xf32>) -> tensor<8x250x576xf32>
    %470 = "stablehlo.dot_general"(%467, %second_pass.block1.ffn2.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x576xf32>, tensor<576x144xf32>) -> tensor<8x250x144xf32>
    %471 = "stablehlo.broadcast_in_dim"(%second_pass.block1.ffn2.out.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %472 = "stablehlo.add"(%470, %471) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %473 = "stablehlo.constant"() <{value = dense<0.5> : tensor<f32>}> : () -> tensor<f32>
    %474 = "stablehlo.broadcast_in_dim"(%473) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x144xf32>
    %475 = "stablehlo.multiply"(%472, %474) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %476 = "stablehlo.add"(%435, %475) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init105 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %479 = "stablehlo.reduce"(%476, %init105) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs107: tensor<f32>, %rhs108: tensor<f32>):
      %combined106 = "stablehlo.add"(%lhs107, %rhs108) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined106) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %480 = "stablehlo.reshape"(%479) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %481 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %482 = "stablehlo.broadcast_in_dim"(%481) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %483 = "stablehlo.multiply"(%480, %482) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %484 = "stablehlo.broadcast_in_dim"(%483) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %485 = "stablehlo.subtract"(%476, %484) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %486 = "stablehlo.multiply"(%485, %485) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %init109 = "stablehlo.constant"() <{value = dense<0.0> : tensor<f32>}> : () -> tensor<f32>
    %487 = "stablehlo.reduce"(%486, %init109) <{dimensions = array<i64: 2>}> ({
    ^bb0(%lhs111: tensor<f32>, %rhs112: tensor<f32>):
      %combined110 = "stablehlo.add"(%lhs111, %rhs112) : (tensor<f32>, tensor<f32>) -> tensor<f32>
      "stablehlo.return"(%combined110) : (tensor<f32>) -> ()
    }) : (tensor<8x250x144xf32>, tensor<f32>) -> tensor<8x250xf32>
    %488 = "stablehlo.reshape"(%487) : (tensor<8x250xf32>) -> tensor<8x250x1xf32>
    %489 = "stablehlo.constant"() <{value = dense<0.0069444445> : tensor<f32>}> : () -> tensor<f32>
    %490 = "stablehlo.broadcast_in_dim"(%489) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %491 = "stablehlo.multiply"(%488, %490) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %492 = "stablehlo.constant"() <{value = dense<1.0e-5> : tensor<f32>}> : () -> tensor<f32>
    %493 = "stablehlo.broadcast_in_dim"(%492) <{broadcast_dimensions = array<i64>}> : (tensor<f32>) -> tensor<8x250x1xf32>
    %494 = "stablehlo.add"(%491, %493) : (tensor<8x250x1xf32>, tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %495 = "stablehlo.rsqrt"(%494) : (tensor<8x250x1xf32>) -> tensor<8x250x1xf32>
    %496 = "stablehlo.broadcast_in_dim"(%495) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x250x1xf32>) -> tensor<8x250x144xf32>
    %497 = "stablehlo.multiply"(%485, %496) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %498 = "stablehlo.broadcast_in_dim"(%second_pass.block1.final_norm.gamma) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %499 = "stablehlo.multiply"(%497, %498) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    %500 = "stablehlo.broadcast_in_dim"(%second_pass.block1.final_norm.beta) <{broadcast_dimensions = array<i64: 2>}> : (tensor<144xf32>) -> tensor<8x250x144xf32>
    %501 = "stablehlo.add"(%499, %500) : (tensor<8x250x144xf32>, tensor<8x250x144xf32>) -> tensor<8x250x144xf32>
    "func.return"(%501) : (tensor<8x250x144xf32>) -> ()
  }
}
