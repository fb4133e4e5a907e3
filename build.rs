//! How the `ncc` binary is linked: on Linux, at a fixed address (not position-independent).
//!
//! pre-commit, editors and CI start ncc once per file, so its start-up is paid on every
//! file. A position-independent executable carries about 19,500 relative relocations,
//! which the dynamic loader applies at every start, writing (and so faulting in) some 95
//! pages of `.data.rel.ro`: 0.25 of the 1.5 ms `ncc --version` took on the 2-core
//! machine of README's Performance section. Linked at a fixed address there is nothing
//! to relocate. Only the final link of the binary changes: the code is still compiled
//! position-independent, and the library crates, tests and benchmarks are untouched.
fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let os = std::env::var("CARGO_CFG_TARGET_OS").unwrap_or_default();
    let env = std::env::var("CARGO_CFG_TARGET_ENV").unwrap_or_default();
    // A static build is at a fixed address already: the release binary
    // (scripts/build-release.sh) is musl's, which this leaves alone, and a static glibc
    // build (`+crt-static`) given `-no-pie` on top asked for a dynamic loader it has no
    // use for, and crashed at start.
    let features = std::env::var("CARGO_CFG_TARGET_FEATURE").unwrap_or_default();
    let static_crt = features.split(',').any(|feature| feature == "crt-static");
    if os == "linux" && env == "gnu" && !static_crt {
        println!("cargo:rustc-link-arg-bin=ncc=-no-pie");
    }
}
