//! ncc's `lib` proved against the real nixpkgs lib: every case of `testdata/lib/<group>.nix`
//! (`lib: { "<case>" = <expression>; }`) must give the JSON value, or fail with the message,
//! that nixpkgs lib 25.11 gave (`<group>.expected`, captured by `scripts/gen-lib-expected.sh`).
//! Cases listed in `testdata/lib/notyetpassing.txt` are known gaps, asserted to still differ.
//! A second test measures how many of the real lib's public names (`names.txt`) ncc has.

use std::path::{Path, PathBuf};
use std::rc::Rc;

use lib_nix::diagnostic::{FileId, Span};
use lib_nix::eval::{print, EvalResult, Evaluator, MemoryIo, Thunk, Value};
use lib_nix::modules::lib_value;

fn lib_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../testdata/lib")
        .canonicalize()
        .expect("testdata/lib exists")
}

fn nowhere() -> Span {
    Span::new(FileId::new(0), 0, 0)
}

/// What one case gives: `Ok(json)` or `Err(first line of the message)`.
fn run_case(group: &str, text: &str, case: &str) -> Result<serde_json::Value, String> {
    let (group, text, case) = (group.to_owned(), text.to_owned(), case.to_owned());
    lib_nix::run_with_stack(move || {
        let io = MemoryIo::new();
        let mut ev = Evaluator::new(&io);
        let result = (|| -> EvalResult<String> {
            let (body, diagnostics) =
                ev.load_source(&group, &format!("/testdata/lib/{group}.nix"), &text);
            assert!(diagnostics.is_empty(), "{group}.nix does not parse");
            let function = ev.eval_body(body)?;
            let lib = lib_value(&mut ev)?;
            let cases = ev.apply(function, Thunk::ready(lib), nowhere())?;
            let cases = ev.expect_attrs(cases, nowhere())?;
            let value = match cases.get(case.as_str()) {
                Some(entry) => ev.force(&entry.value.clone(), None)?,
                None => panic!("no case {case}"),
            };
            ev.deep_force(&value, nowhere())?;
            print::to_json(&mut ev, &value, nowhere())
        })();
        if let Some(first) = ev.diagnostics.first() {
            return Err(first
                .message()
                .lines()
                .next()
                .unwrap_or("")
                .replace("/testdata/lib/", ""));
        }
        match result {
            Ok(json) => serde_json::from_str(&json).map_err(|e| format!("bad JSON {json}: {e}")),
            Err(error) => Err(error
                .text()
                .lines()
                .next()
                .unwrap_or("")
                .replace("/testdata/lib/", "")),
        }
    })
}

fn listed(file: &str) -> Vec<String> {
    std::fs::read_to_string(lib_dir().join(file))
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

#[test]
fn lib_agrees_with_nixpkgs_lib() {
    let known_gaps = listed("notyetpassing.txt");
    let mut groups: Vec<PathBuf> = std::fs::read_dir(lib_dir())
        .expect("readable")
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "nix"))
        .collect();
    groups.sort();
    let (mut passed, mut total, mut failures, mut fixed) = (0, 0, Vec::new(), Vec::new());
    for group_path in &groups {
        let group = group_path
            .file_stem()
            .unwrap()
            .to_string_lossy()
            .into_owned();
        let text = std::fs::read_to_string(group_path).expect("readable");
        let expected = std::fs::read_to_string(group_path.with_extension("expected"))
            .unwrap_or_else(|_| panic!("{group}.expected exists; run scripts/gen-lib-expected.sh"));
        for line in expected.lines() {
            let (case, want) = match (line.split_once(" = "), line.split_once(" ! ")) {
                (Some((c, json)), None) => (
                    c,
                    Ok(serde_json::from_str::<serde_json::Value>(json).expect("JSON")),
                ),
                (None, Some((c, message))) => (c, Err(message.to_owned())),
                (Some(a), Some(b)) if a.0.len() < b.0.len() => (
                    a.0,
                    Ok(serde_json::from_str::<serde_json::Value>(a.1).expect("JSON")),
                ),
                (Some(_), Some((c, message))) => (c, Err(message.to_owned())),
                (None, None) => panic!("bad line in {group}.expected: {line}"),
            };
            total += 1;
            let got = run_case(&group, &text, case);
            let name = format!("{group}/{case}");
            let same = match (&got, &want) {
                (Ok(a), Ok(b)) => a == b,
                (Err(a), Err(b)) => a.trim_end() == b.trim_end(),
                _ => false,
            };
            match (same, known_gaps.contains(&name)) {
                (true, false) => passed += 1,
                (true, true) => fixed.push(name),
                (false, true) => {}
                (false, false) => {
                    failures.push(format!("{name}:\n  nix: {want:?}\n  ncc: {got:?}"))
                }
            }
        }
    }
    println!(
        "lib cases: {passed} of {total} agree with nixpkgs lib, {} known gaps",
        known_gaps.len()
    );
    assert!(total >= 50, "the lib corpus has cases");
    assert!(
        fixed.is_empty(),
        "now passing, remove from notyetpassing.txt: {fixed:?}"
    );
    assert!(
        failures.is_empty(),
        "{} differ:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn lib_has_the_public_names_of_nixpkgs_lib() {
    let names = listed("names.txt");
    let missing = lib_nix::run_with_stack({
        let names = names.clone();
        move || {
            let io = MemoryIo::new();
            let mut ev = Evaluator::new(&io);
            let lib = lib_value(&mut ev).expect("lib evaluates");
            let Value::Attrs(lib) = lib else {
                panic!("lib is a set")
            };
            let mut missing = Vec::new();
            for name in &names {
                let present = match name.split_once('.') {
                    None => lib.get(name.as_str()).is_some(),
                    Some((space, inner)) => match lib.get(space) {
                        Some(entry) => match ev.force(&entry.value.clone(), None) {
                            Ok(Value::Attrs(set)) => set.get(inner).is_some(),
                            _ => false,
                        },
                        None => false,
                    },
                };
                if !present {
                    missing.push(name.clone());
                }
            }
            let _ = Rc::new(());
            missing
        }
    });
    let share = 100.0 * (names.len() - missing.len()) as f64 / names.len() as f64;
    println!(
        "public names of nixpkgs lib: {} of {} ({share:.1}%); missing: {missing:?}",
        names.len() - missing.len(),
        names.len()
    );
    assert!(
        share >= 95.0,
        "ncc's lib has {share:.1}% of nixpkgs lib's names"
    );
}
