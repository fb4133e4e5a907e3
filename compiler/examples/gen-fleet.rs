//! Writes a generated fleet host (see `benches/common/fleet.rs`) to standard output or
//! a file, for benchmarks and for scripts/compare-with-nix.sh.
//!
//! ```sh
//! cargo run --release -p compiler --example gen-fleet -- 1000 [--seed 1] [--findings 10] [-o fleet.nix]
//! ```
//!
//! `--findings PERCENT` is the share of containers with a finding (10 by default, as in
//! real fleets; 0 for a host that checks clean).

#[path = "../benches/common/fleet.rs"]
mod fleet;

use std::process::ExitCode;

const USAGE: &str = "usage: gen-fleet COUNT [--seed SEED] [--findings PERCENT] [-o FILE]";

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let (mut count, mut seed, mut output) = (None, 1u64, None);
    let mut findings = fleet::DEFAULT_FINDINGS_PERCENT;
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--seed" => match args.next().and_then(|s| s.parse().ok()) {
                Some(value) => seed = value,
                None => return usage(),
            },
            "--findings" => match args.next().and_then(|s| s.parse().ok()) {
                Some(value) if value <= 100 => findings = value,
                _ => return usage(),
            },
            "-o" | "--output" => match args.next() {
                Some(path) => output = Some(path),
                None => return usage(),
            },
            "-h" | "--help" => {
                println!("{USAGE}");
                return ExitCode::SUCCESS;
            }
            _ => match arg.parse::<usize>() {
                Ok(value) if count.is_none() => count = Some(value),
                _ => return usage(),
            },
        }
    }
    let Some(count) = count else { return usage() };
    let text = fleet::generate_with_findings(count, seed, findings);
    let written = match output {
        Some(path) => std::fs::write(&path, text).map_err(|e| format!("{path}: {e}")),
        None => {
            use std::io::Write;
            std::io::stdout()
                .write_all(text.as_bytes())
                .map_err(|e| e.to_string())
        }
    };
    match written {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("gen-fleet: {message}");
            ExitCode::from(2)
        }
    }
}

fn usage() -> ExitCode {
    eprintln!("{USAGE}");
    ExitCode::from(2)
}

#[cfg(test)]
mod tests {
    use super::fleet::{generate, generate_with_findings, has_finding};

    /// The sample in testdata/fleet is what the generator writes: the output is stable.
    #[test]
    fn sample_is_current() {
        let sample = std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../testdata/fleet/fleet-20.nix"
        ))
        .expect("testdata/fleet/fleet-20.nix");
        assert_eq!(
            generate(20, 1),
            sample,
            "regenerate with: cargo run -p compiler --example gen-fleet -- 20 -o testdata/fleet/fleet-20.nix"
        );
    }

    #[test]
    fn same_seed_same_bytes_other_seed_other_mix() {
        assert_eq!(generate(50, 7), generate(50, 7));
        assert_ne!(generate(50, 7), generate(50, 8));
    }

    /// The codes of a fleet's diagnostics, and how many containers it yields.
    fn compile(text: String) -> (Vec<String>, Option<usize>) {
        let io = lib_nix::eval::MemoryIo::new();
        lib_nix::run_with_stack(move || {
            let compilation = compiler::compile("fleet.nix", "/fleet.nix", &text, &io);
            let codes: Vec<String> = compilation
                .diagnostics
                .iter()
                .map(|d| format!("{:?} {}: {}", d.severity(), d.code(), d.message()))
                .collect();
            (codes, compilation.host.map(|h| h.containers.len()))
        })
    }

    /// Without findings asked for, a generated fleet compiles with no finding at all and
    /// yields every container.
    #[test]
    fn fleet_without_findings_checks_clean() {
        let (diagnostics, containers) = compile(generate_with_findings(200, 3, 0));
        assert_eq!(diagnostics, Vec::<String>::new());
        assert_eq!(containers, Some(200));
    }

    /// By default one container in ten has exactly one finding, a warning, and nothing
    /// else is reported.
    #[test]
    fn one_container_in_ten_has_a_warning() {
        assert_eq!((0..200).filter(|&n| has_finding(n, 10)).count(), 20);
        assert_eq!((0..200).filter(|&n| has_finding(n, 0)).count(), 0);
        assert_eq!((0..200).filter(|&n| has_finding(n, 100)).count(), 200);
        let (diagnostics, containers) = compile(generate(200, 3));
        assert_eq!(containers, Some(200));
        assert_eq!(diagnostics.len(), 20, "{diagnostics:#?}");
        for diagnostic in &diagnostics {
            assert!(diagnostic.starts_with("Warning C215: "), "{diagnostic}");
        }
    }
}
