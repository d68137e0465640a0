module @practical_cascade_decode {
  func.func public @main(%frames: tensor<8x250x144xf32>, %lengths: tensor<8xi32>, %decoder.joint.encoder.w: tensor<144x320xf32>, %decoder.joint.encoder.b: tensor<320xf32>, %decoder.prediction.embed0: tensor<257x160xf32>, %decoder.prediction.embed1: tensor<257x160xf32>, %decoder.joint.prediction.w: tensor<320x320xf32>, %decoder.joint.prediction.b: tensor<320xf32>, %decoder.joint.out.w: tensor<320x257xf32>, %decoder.joint.out.b: tensor<257xf32>) -> (tensor<8x250x4xi32>) {
    %2 = "stablehlo.constant"() <{value = dense<0> : tensor<8x2xi32>}> : () -> tensor<8x2xi32>
    %5 = "stablehlo.dot_general"(%frames, %decoder.joint.encoder.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x320xf32>) -> tensor<8x250x320xf32>
    %6 = "stablehlo.broadcast_in_dim"(%decoder.joint.encoder.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<320xf32>) -> tensor<8x250x320xf32>
    %7 = "stablehlo.add"(%5, %6) : (tensor<8x250x320xf32>, tensor<8x250x320xf32>) -> tensor<8x250x320xf32>
    %8 = "stablehlo.constant"() <{value = dense<0> : tensor<8xi32>}> : () -> tensor<8xi32>
    %9 = "stablehlo.constant"() <{value = dense<-1> : tensor<8x250x4xi32>}> : () -> tensor<8x250x4xi32>
    %97:4 = "stablehlo.while"(%8, %8, %2, %9) ({
    ^bb0(%10: tensor<8xi32>, %11: tensor<8xi32>, %12: tensor<8x2xi32>, %13: tensor<8x250x4xi32>):
      %14 = "stablehlo.compare"(%10, %lengths) <{comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
      %init1 = "stablehlo.constant"() <{value = dense<false> : tensor<i1>}> : () -> tensor<i1>
      %15 = "stablehlo.reduce"(%14, %init1) <{dimensions = array<i64: 0>}> ({
      ^bb0(%lhs3: tensor<i1>, %rhs4: tensor<i1>):
        %combined2 = "stablehlo.or"(%lhs3, %rhs4) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        "stablehlo.return"(%combined2) : (tensor<i1>) -> ()
      }) : (tensor<8xi1>, tensor<i1>) -> tensor<i1>
      "stablehlo.return"(%15) : (tensor<i1>) -> ()
    }, {
    ^bb0(%16: tensor<8xi32>, %17: tensor<8xi32>, %18: tensor<8x2xi32>, %19: tensor<8x250x4xi32>):
      %20 = "stablehlo.compare"(%16, %lengths) <{comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
      %21 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<8x250xi32>
      %22 = "stablehlo.reshape"(%16) : (tensor<8xi32>) -> tensor<8x1xi32>
      %23 = "stablehlo.broadcast_in_dim"(%22) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x1xi32>) -> tensor<8x250xi32>
      %24 = "stablehlo.compare"(%21, %23) <{comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<8x250xi32>, tensor<8x250xi32>) -> tensor<8x250xi1>
      %25 = "stablehlo.convert"(%24) : (tensor<8x250xi1>) -> tensor<8x250xf32>
      %26 = "stablehlo.dot_general"(%25, %7) <{dot_dimension_numbers = #stablehlo.dot<lhs_batching_dimensions = [0], rhs_batching_dimensions = [0], lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [1]>}> : (tensor<8x250xf32>, tensor<8x250x320xf32>) -> tensor<8x320xf32>
      %28 = "stablehlo.slice"(%18) <{start_indices = array<i64: 0, 0>, limit_indices = array<i64: 8, 1>, strides = array<i64: 1, 1>}> : (tensor<8x2xi32>) -> tensor<8x1xi32>
      %29 = "stablehlo.reshape"(%28) : (tensor<8x1xi32>) -> tensor<8xi32>
      %30 = "stablehlo.gather"(%decoder.prediction.embed0, %29) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 160>}> : (tensor<257x160xf32>, tensor<8xi32>) -> tensor<8x160xf32>
      %32 = "stablehlo.slice"(%18) <{start_indices = array<i64: 0, 1>, limit_indices = array<i64: 8, 2>, strides = array<i64: 1, 1>}> : (tensor<8x2xi32>) -> tensor<8x1xi32>
      %33 = "stablehlo.reshape"(%32) : (tensor<8x1xi32>) -> tensor<8xi32>
      %34 = "stablehlo.gather"(%decoder.prediction.embed1, %33) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 160>}> : (tensor<257x160xf32>, tensor<8xi32>) -> tensor<8x160xf32>
      %35 = "stablehlo.concatenate"(%30, %34) <{dimension = 1 : i64}> : (tensor<8x160xf32>, tensor<8x160xf32>) -> tensor<8x320xf32>
      %38 = "stablehlo.dot_general"(%35, %decoder.joint.prediction.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>}> : (tensor<8x320xf32>, tensor<320x320xf32>) -> tensor<8x320xf32>
      %39 = "stablehlo.broadcast_in_dim"(%decoder.joint.prediction.b) <{broadcast_dimensions = array<i64: 1>}> : (tensor<320xf32>) -> tensor<8x320xf32>
      %40 = "stablehlo.add"(%38, %39) : (tensor<8x320xf32>, tensor<8x320xf32>) -> tensor<8x320xf32>
      %41 = "stablehlo.add"(%26, %40) : (tensor<8x320xf32>, tensor<8x320xf32>) -> tensor<8x320xf32>
      %42 = "stablehlo.tanh"(%41) : (tensor<8x320xf32>) -> tensor<8x320xf32>
      %45 = "stablehlo.dot_general"(%42, %decoder.joint.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>}> : (tensor<8x320xf32>, tensor<320x257xf32>) -> tensor<8x257xf32>
      %46 = "stablehlo.broadcast_in_dim"(%decoder.joint.out.b) <{broadcast_dimensions = array<i64: 1>}> : (tensor<257xf32>) -> tensor<8x257xf32>
      %47 = "stablehlo.add"(%45, %46) : (tensor<8x257xf32>, tensor<8x257xf32>) -> tensor<8x257xf32>
      %init5 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
      %48 = "stablehlo.reduce"(%47, %init5) <{dimensions = array<i64: 1>}> ({
      ^bb0(%lhs7: tensor<f32>, %rhs8: tensor<f32>):
        %combined6 = "stablehlo.maximum"(%lhs7, %rhs8) : (tensor<f32>, tensor<f32>) -> tensor<f32>
        "stablehlo.return"(%combined6) : (tensor<f32>) -> ()
      }) : (tensor<8x257xf32>, tensor<f32>) -> tensor<8xf32>
      %49 = "stablehlo.reshape"(%48) : (tensor<8xf32>) -> tensor<8x1xf32>
      %50 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<8x257xi32>
      %51 = "stablehlo.constant"() <{value = dense<257> : tensor<i32>}> : () -> tensor<i32>
      %52 = "stablehlo.broadcast_in_dim"(%49) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x1xf32>) -> tensor<8x257xf32>
      %53 = "stablehlo.compare"(%47, %52) <{comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>}> : (tensor<8x257xf32>, tensor<8x257xf32>) -> tensor<8x257xi1>
      %54 = "stablehlo.broadcast_in_dim"(%51) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8x257xi32>
      %55 = "stablehlo.select"(%53, %50, %54) : (tensor<8x257xi1>, tensor<8x257xi32>, tensor<8x257xi32>) -> tensor<8x257xi32>
      %init9 = "stablehlo.constant"() <{value = dense<2147483647> : tensor<i32>}> : () -> tensor<i32>
      %56 = "stablehlo.reduce"(%55, %init9) <{dimensions = array<i64: 1>}> ({
      ^bb0(%lhs11: tensor<i32>, %rhs12: tensor<i32>):
        %combined10 = "stablehlo.minimum"(%lhs11, %rhs12) : (tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%combined10) : (tensor<i32>) -> ()
      }) : (tensor<8x257xi32>, tensor<i32>) -> tensor<8xi32>
      %57 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
      %58 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %59 = "stablehlo.broadcast_in_dim"(%58) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
      %60 = "stablehlo.compare"(%56, %59) <{comparison_direction = #stablehlo<comparison_direction NE>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
      %61 = "stablehlo.and"(%20, %60) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
      %62 = "stablehlo.broadcast_in_dim"(%57) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
      %63 = "stablehlo.compare"(%17, %62) <{comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
      %64 = "stablehlo.and"(%61, %63) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
      %65 = "stablehlo.not"(%64) : (tensor<8xi1>) -> tensor<8xi1>
      %66 = "stablehlo.and"(%20, %65) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
      %67 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<8x250x4xi32>
      %68 = "stablehlo.reshape"(%16) : (tensor<8xi32>) -> tensor<8x1x1xi32>
      %69 = "stablehlo.broadcast_in_dim"(%68) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi32>) -> tensor<8x250x4xi32>
      %70 = "stablehlo.compare"(%67, %69) <{comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<8x250x4xi32>, tensor<8x250x4xi32>) -> tensor<8x250x4xi1>
      %71 = "stablehlo.iota"() <{iota_dimension = 2 : i64}> : () -> tensor<8x250x4xi32>
      %72 = "stablehlo.reshape"(%17) : (tensor<8xi32>) -> tensor<8x1x1xi32>
      %73 = "stablehlo.broadcast_in_dim"(%72) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi32>) -> tensor<8x250x4xi32>
      %74 = "stablehlo.compare"(%71, %73) <{comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<8x250x4xi32>, tensor<8x250x4xi32>) -> tensor<8x250x4xi1>
      %75 = "stablehlo.and"(%70, %74) : (tensor<8x250x4xi1>, tensor<8x250x4xi1>) -> tensor<8x250x4xi1>
      %76 = "stablehlo.reshape"(%64) : (tensor<8xi1>) -> tensor<8x1x1xi1>
      %77 = "stablehlo.broadcast_in_dim"(%76) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi1>) -> tensor<8x250x4xi1>
      %78 = "stablehlo.and"(%75, %77) : (tensor<8x250x4xi1>, tensor<8x250x4xi1>) -> tensor<8x250x4xi1>
      %79 = "stablehlo.reshape"(%56) : (tensor<8xi32>) -> tensor<8x1x1xi32>
      %80 = "stablehlo.broadcast_in_dim"(%79) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi32>) -> tensor<8x250x4xi32>
      %81 = "stablehlo.select"(%78, %80, %19) : (tensor<8x250x4xi1>, tensor<8x250x4xi32>, tensor<8x250x4xi32>) -> tensor<8x250x4xi32>
      %82 = "stablehlo.reshape"(%56) : (tensor<8xi32>) -> tensor<8x1xi32>
      %83 = "stablehlo.slice"(%18) <{start_indices = array<i64: 0, 0>, limit_indices = array<i64: 8, 1>, strides = array<i64: 1, 1>}> : (tensor<8x2xi32>) -> tensor<8x1xi32>
      %84 = "stablehlo.concatenate"(%82, %83) <{dimension = 1 : i64}> : (tensor<8x1xi32>, tensor<8x1xi32>) -> tensor<8x2xi32>
      %85 = "stablehlo.reshape"(%64) : (tensor<8xi1>) -> tensor<8x1xi1>
      %86 = "stablehlo.broadcast_in_dim"(%85) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x1xi1>) -> tensor<8x2xi1>
      %87 = "stablehlo.select"(%86, %84, %18) : (tensor<8x2xi1>, tensor<8x2xi32>, tensor<8x2xi32>) -> tensor<8x2xi32>
      %88 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %89 = "stablehlo.broadcast_in_dim"(%88) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
      %90 = "stablehlo.add"(%17, %89) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
      %91 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %92 = "stablehlo.broadcast_in_dim"(%91) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
      %93 = "stablehlo.select"(%64, %90, %92) : (tensor<8xi1>, tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
      %94 = "stablehlo.broadcast_in_dim"(%88) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
      %95 = "stablehlo.add"(%16, %94) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
      %96 = "stablehlo.select"(%66, %95, %16) : (tensor<8xi1>, tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
      "stablehlo.return"(%96, %93, %87, %81) : (tensor<8xi32>, tensor<8xi32>, tensor<8x2xi32>, tensor<8x250x4xi32>) -> ()
    }) : (tensor<8xi32>, tensor<8xi32>, tensor<8x2xi32>, tensor<8x250x4xi32>) -> (tensor<8xi32>, tensor<8xi32>, tensor<8x2xi32>, tensor<8x250x4xi32>)
    "func.return"(%97#3) : (tensor<8x250x4xi32>) -> ()
  }
}
