// wasm-opt's flags for the app's wasm, shared by the build (scripts/wasm.mjs)
// and the benchmark (bench/size.mjs), which rebuilds it with names kept.
// What Rust's wasm32 target emits (and the supported browsers run): wasm-opt
// must know it may keep using them.
const FEATURES = ['bulk-memory', 'nontrapping-float-to-int', 'sign-ext', 'mutable-globals', 'reference-types', 'multivalue'];

export const WASM_OPT_FLAGS = ['-Oz', ...FEATURES.map((feature) => `--enable-${feature}`)];
