module @practical_cascade_decode {
  func.func public @main(%frames: tensor<8x250x144xf32>, %lengths: tensor<8xi32>, %decoder.joint.encoder.w: tensor<144x320xf32>, %decoder.joint.encoder.b: tensor<320xf32>, %decoder.prediction.embed0: tensor<257x160xf32>, %decoder.prediction.embed1: tensor<257x160xf32>, %decoder.joint.prediction.w: tensor<320x320xf32>, %decoder.joint.prediction.b: tensor<320xf32>, %decoder.joint.out.w: tensor<320x257xf32>, %decoder.joint.out.b: tensor<257xf32>) -> (tensor<8x250x4xi32>) {
    %2 = "stablehlo.constant"() <{value = dense<0> : tensor<8x2xi32>}> : () -> tensor<8x2xi32>
    %5 = "stablehlo.dot_general"(%frames, %decoder.joint.encoder.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [2], rhs_contracting_dimensions = [0]>}> : (tensor<8x250x144xf32>, tensor<144x320xf32>) -> tensor<8x250x320xf32>
    %6 = "stablehlo.broadcast_in_dim"(%decoder.joint.encoder.b) <{broadcast_dimensions = array<i64: 2>}> : (tensor<320xf32>) -> tensor<8x250x320xf32>
    %7 = "stablehlo.add"(%5, %6) : (tensor<8x250x320xf32>, tensor<8x250x320xf32>) -> tensor<8x250x320xf32>
    %8 = "stablehlo.constant"() <{value = dense<0> : tensor<8xi32>}> : () -> tensor<8xi32>
    %9 = "stablehlo.constant"() <{value = dense<-1> : tensor<8x250x4xi32>}> : () -> tensor<8x250x4xi32>
    %89:4 = "stablehlo.while"(%8, %8, %2, %9) ({
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
      %21 = "stablehlo.iota"() <{iota_dimension = 0 : i64}> : () -> tensor<8x1xi32>
      %22 = "stablehlo.reshape"(%16) : (tensor<8xi32>) -> tensor<8x1xi32>
      %23 = "stablehlo.concatenate"(%21, %22) <{dimension = 1 : i64}> : (tensor<8x1xi32>, tensor<8x1xi32>) -> tensor<8x2xi32>
      %24 = "stablehlo.gather"(%7, %23) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0, 1], start_index_map = [0, 1], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 1, 320>}> : (tensor<8x250x320xf32>, tensor<8x2xi32>) -> tensor<8x320xf32>
      %26 = "stablehlo.slice"(%18) <{start_indices = array<i64: 0, 0>, limit_indices = array<i64: 8, 1>, strides = array<i64: 1, 1>}> : (tensor<8x2xi32>) -> tensor<8x1xi32>
      %27 = "stablehlo.reshape"(%26) : (tensor<8x1xi32>) -> tensor<8xi32>
      %28 = "stablehlo.gather"(%decoder.prediction.embed0, %27) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 160>}> : (tensor<257x160xf32>, tensor<8xi32>) -> tensor<8x160xf32>
      %30 = "stablehlo.slice"(%18) <{start_indices = array<i64: 0, 1>, limit_indices = array<i64: 8, 2>, strides = array<i64: 1, 1>}> : (tensor<8x2xi32>) -> tensor<8x1xi32>
      %31 = "stablehlo.reshape"(%30) : (tensor<8x1xi32>) -> tensor<8xi32>
      %32 = "stablehlo.gather"(%decoder.prediction.embed1, %31) <{dimension_numbers = #stablehlo.gather<offset_dims = [1], collapsed_slice_dims = [0], start_index_map = [0], index_vector_dim = 1>, indices_are_sorted = false, slice_sizes = array<i64: 1, 160>}> : (tensor<257x160xf32>, tensor<8xi32>) -> tensor<8x160xf32>
      %33 = "stablehlo.concatenate"(%28, %32) <{dimension = 1 : i64}> : (tensor<8x160xf32>, tensor<8x160xf32>) -> tensor<8x320xf32>
      %36 = "stablehlo.dot_general"(%33, %decoder.joint.prediction.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>}> : (tensor<8x320xf32>, tensor<320x320xf32>) -> tensor<8x320xf32>
      %37 = "stablehlo.broadcast_in_dim"(%decoder.joint.prediction.b) <{broadcast_dimensions = array<i64: 1>}> : (tensor<320xf32>) -> tensor<8x320xf32>
      %38 = "stablehlo.add"(%36, %37) : (tensor<8x320xf32>, tensor<8x320xf32>) -> tensor<8x320xf32>
      %39 = "stablehlo.add"(%24, %38) : (tensor<8x320xf32>, tensor<8x320xf32>) -> tensor<8x320xf32>
      %40 = "stablehlo.tanh"(%39) : (tensor<8x320xf32>) -> tensor<8x320xf32>
      %43 = "stablehlo.dot_general"(%40, %decoder.joint.out.w) <{dot_dimension_numbers = #stablehlo.dot<lhs_contracting_dimensions = [1], rhs_contracting_dimensions = [0]>}> : (tensor<8x320xf32>, tensor<320x257xf32>) -> tensor<8x257xf32>
      %44 = "stablehlo.broadcast_in_dim"(%decoder.joint.out.b) <{broadcast_dimensions = array<i64: 1>}> : (tensor<257xf32>) -> tensor<8x257xf32>
      %45 = "stablehlo.add"(%43, %44) : (tensor<8x257xf32>, tensor<8x257xf32>) -> tensor<8x257xf32>
      %46 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<8x257xi32>
      %init5 = "stablehlo.constant"() <{value = dense<0xFF800000> : tensor<f32>}> : () -> tensor<f32>
      %init6 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %47:2 = "stablehlo.reduce"(%45, %46, %init5, %init6) <{dimensions = array<i64: 1>}> ({
      ^bb0(%acc7: tensor<f32>, %acc8: tensor<i32>, %op9: tensor<f32>, %op10: tensor<i32>):
        %t11 = "stablehlo.compare"(%op9, %acc7) <{comparison_direction = #stablehlo<comparison_direction GT>, compare_type = #stablehlo<comparison_type FLOAT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %t12 = "stablehlo.compare"(%op9, %op9) <{comparison_direction = #stablehlo<comparison_direction NE>, compare_type = #stablehlo<comparison_type FLOAT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %t13 = "stablehlo.or"(%t11, %t12) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %t14 = "stablehlo.compare"(%op9, %acc7) <{comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type FLOAT>}> : (tensor<f32>, tensor<f32>) -> tensor<i1>
        %t15 = "stablehlo.compare"(%op10, %acc8) <{comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<i32>, tensor<i32>) -> tensor<i1>
        %t16 = "stablehlo.and"(%t14, %t15) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %t17 = "stablehlo.or"(%t13, %t16) : (tensor<i1>, tensor<i1>) -> tensor<i1>
        %t18 = "stablehlo.select"(%t13, %op9, %acc7) : (tensor<i1>, tensor<f32>, tensor<f32>) -> tensor<f32>
        %t19 = "stablehlo.select"(%t17, %op10, %acc8) : (tensor<i1>, tensor<i32>, tensor<i32>) -> tensor<i32>
        "stablehlo.return"(%t18, %t19) : (tensor<f32>, tensor<i32>) -> ()
      }) : (tensor<8x257xf32>, tensor<8x257xi32>, tensor<f32>, tensor<i32>) -> (tensor<8xf32>, tensor<8xi32>)
      %49 = "stablehlo.constant"() <{value = dense<4> : tensor<i32>}> : () -> tensor<i32>
      %50 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %51 = "stablehlo.broadcast_in_dim"(%50) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
      %52 = "stablehlo.compare"(%47#1, %51) <{comparison_direction = #stablehlo<comparison_direction NE>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
      %53 = "stablehlo.and"(%20, %52) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
      %54 = "stablehlo.broadcast_in_dim"(%49) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
      %55 = "stablehlo.compare"(%17, %54) <{comparison_direction = #stablehlo<comparison_direction LT>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi1>
      %56 = "stablehlo.and"(%53, %55) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
      %57 = "stablehlo.not"(%56) : (tensor<8xi1>) -> tensor<8xi1>
      %58 = "stablehlo.and"(%20, %57) : (tensor<8xi1>, tensor<8xi1>) -> tensor<8xi1>
      %59 = "stablehlo.iota"() <{iota_dimension = 1 : i64}> : () -> tensor<8x250x4xi32>
      %60 = "stablehlo.reshape"(%16) : (tensor<8xi32>) -> tensor<8x1x1xi32>
      %61 = "stablehlo.broadcast_in_dim"(%60) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi32>) -> tensor<8x250x4xi32>
      %62 = "stablehlo.compare"(%59, %61) <{comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<8x250x4xi32>, tensor<8x250x4xi32>) -> tensor<8x250x4xi1>
      %63 = "stablehlo.iota"() <{iota_dimension = 2 : i64}> : () -> tensor<8x250x4xi32>
      %64 = "stablehlo.reshape"(%17) : (tensor<8xi32>) -> tensor<8x1x1xi32>
      %65 = "stablehlo.broadcast_in_dim"(%64) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi32>) -> tensor<8x250x4xi32>
      %66 = "stablehlo.compare"(%63, %65) <{comparison_direction = #stablehlo<comparison_direction EQ>, compare_type = #stablehlo<comparison_type SIGNED>}> : (tensor<8x250x4xi32>, tensor<8x250x4xi32>) -> tensor<8x250x4xi1>
      %67 = "stablehlo.and"(%62, %66) : (tensor<8x250x4xi1>, tensor<8x250x4xi1>) -> tensor<8x250x4xi1>
      %68 = "stablehlo.reshape"(%56) : (tensor<8xi1>) -> tensor<8x1x1xi1>
      %69 = "stablehlo.broadcast_in_dim"(%68) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi1>) -> tensor<8x250x4xi1>
      %70 = "stablehlo.and"(%67, %69) : (tensor<8x250x4xi1>, tensor<8x250x4xi1>) -> tensor<8x250x4xi1>
      %71 = "stablehlo.reshape"(%47#1) : (tensor<8xi32>) -> tensor<8x1x1xi32>
      %72 = "stablehlo.broadcast_in_dim"(%71) <{broadcast_dimensions = array<i64: 0, 1, 2>}> : (tensor<8x1x1xi32>) -> tensor<8x250x4xi32>
      %73 = "stablehlo.select"(%70, %72, %19) : (tensor<8x250x4xi1>, tensor<8x250x4xi32>, tensor<8x250x4xi32>) -> tensor<8x250x4xi32>
      %74 = "stablehlo.reshape"(%47#1) : (tensor<8xi32>) -> tensor<8x1xi32>
      %75 = "stablehlo.slice"(%18) <{start_indices = array<i64: 0, 0>, limit_indices = array<i64: 8, 1>, strides = array<i64: 1, 1>}> : (tensor<8x2xi32>) -> tensor<8x1xi32>
      %76 = "stablehlo.concatenate"(%74, %75) <{dimension = 1 : i64}> : (tensor<8x1xi32>, tensor<8x1xi32>) -> tensor<8x2xi32>
      %77 = "stablehlo.reshape"(%56) : (tensor<8xi1>) -> tensor<8x1xi1>
      %78 = "stablehlo.broadcast_in_dim"(%77) <{broadcast_dimensions = array<i64: 0, 1>}> : (tensor<8x1xi1>) -> tensor<8x2xi1>
      %79 = "stablehlo.select"(%78, %76, %18) : (tensor<8x2xi1>, tensor<8x2xi32>, tensor<8x2xi32>) -> tensor<8x2xi32>
      %80 = "stablehlo.constant"() <{value = dense<1> : tensor<i32>}> : () -> tensor<i32>
      %81 = "stablehlo.broadcast_in_dim"(%80) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
      %82 = "stablehlo.add"(%17, %81) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
      %83 = "stablehlo.constant"() <{value = dense<0> : tensor<i32>}> : () -> tensor<i32>
      %84 = "stablehlo.broadcast_in_dim"(%83) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
      %85 = "stablehlo.select"(%56, %82, %84) : (tensor<8xi1>, tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
      %86 = "stablehlo.broadcast_in_dim"(%80) <{broadcast_dimensions = array<i64>}> : (tensor<i32>) -> tensor<8xi32>
      %87 = "stablehlo.add"(%16, %86) : (tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
      %88 = "stablehlo.select"(%58, %87, %16) : (tensor<8xi1>, tensor<8xi32>, tensor<8xi32>) -> tensor<8xi32>
      "stablehlo.return"(%88, %85, %79, %73) : (tensor<8xi32>, tensor<8xi32>, tensor<8x2xi32>, tensor<8x250x4xi32>) -> ()
    }) : (tensor<8xi32>, tensor<8xi32>, tensor<8x2xi32>, tensor<8x250x4xi32>) -> (tensor<8xi32>, tensor<8xi32>, tensor<8x2xi32>, tensor<8x250x4xi32>)
    "func.return"(%89#3) : (tensor<8x250x4xi32>) -> ()
  }
}
