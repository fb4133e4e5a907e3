//! ncc's `lib` proved against the real nixpkgs lib: every case of `testdata/lib/<group>.nix`
//! (`lib: { "<case>" = <expression>; }`) must give the JSON value, or fail with the message,
//! that nixpkgs lib 25.11 gave (`<group>.expected`, captured by `scripts/gen-lib-expected.sh`).
//! Cases listed in `testdata/lib/notyetpassing.txt` are known gaps, asserted to still differ.
//! A second test measures how many of the real lib's public names (`names.txt`) ncc has.
//! `testdata/lib-26.05` holds the same for what ncc's lib gains for code written against
//! nixpkgs 26.05 or later (`lib.extend lib._nccRelease."26.05"`), proved against lib 26.05.

use std::path::{Path, PathBuf};
use std::rc::Rc;

use lib_nix::diagnostic::{FileId, Span};
use lib_nix::eval::{print, EvalResult, Evaluator, MemoryIo, Thunk, Value};
use lib_nix::modules::lib_value;

/// The cases of ncc's own lib (25.11), or of what it gains for `release`.
fn lib_dir(release: Option<&str>) -> PathBuf {
    let dir = match release {
        None => "../testdata/lib".to_owned(),
        Some(release) => format!("../testdata/lib-{release}"),
    };
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join(dir)
        .canonicalize()
        .expect("the lib cases exist")
}

/// ncc's lib, as code written against `release` gets it.
fn lib_of(ev: &mut Evaluator, release: Option<&str>) -> EvalResult<Value> {
    let lib = lib_value(ev)?;
    let Some(release) = release else {
        return Ok(lib);
    };
    let text = format!("lib: lib.extend lib._nccRelease.\"{release}\"");
    let (body, _) = ev.load_source("extend", "/extend.nix", &text);
    let extend = ev.eval_body(body)?;
    ev.apply(extend, Thunk::ready(lib), nowhere())
}

fn nowhere() -> Span {
    Span::new(FileId::new(0), 0, 0)
}

/// What one case gives: `Ok(json)` or `Err(first line of the message)`.
fn run_case(
    release: Option<&str>,
    group: &str,
    text: &str,
    case: &str,
) -> Result<serde_json::Value, String> {
    let (group, text, case) = (group.to_owned(), text.to_owned(), case.to_owned());
    let release = release.map(str::to_owned);
    let dir = match &release {
        None => "/testdata/lib/".to_owned(),
        Some(release) => format!("/testdata/lib-{release}/"),
    };
    lib_nix::run_with_stack(move || {
        let io = MemoryIo::new();
        let mut ev = Evaluator::new(&io);
        let result = (|| -> EvalResult<String> {
            let (body, diagnostics) = ev.load_source(&group, &format!("{dir}{group}.nix"), &text);
            assert!(diagnostics.is_empty(), "{group}.nix does not parse");
            let function = ev.eval_body(body)?;
            let lib = lib_of(&mut ev, release.as_deref())?;
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
                .replace(&dir, ""));
        }
        match result {
            Ok(json) => serde_json::from_str(&json).map_err(|e| format!("bad JSON {json}: {e}")),
            Err(error) => Err(error.text().lines().next().unwrap_or("").replace(&dir, "")),
        }
    })
}

fn listed(release: Option<&str>, file: &str) -> Vec<String> {
    std::fs::read_to_string(lib_dir(release).join(file))
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

#[test]
fn lib_agrees_with_nixpkgs_lib() {
    agrees_with_nixpkgs_lib(None, 50);
}

#[test]
fn lib_for_26_05_agrees_with_nixpkgs_lib_26_05() {
    agrees_with_nixpkgs_lib(Some("26.05"), 40);
}

fn agrees_with_nixpkgs_lib(release: Option<&str>, least: usize) {
    let known_gaps = listed(release, "notyetpassing.txt");
    let mut groups: Vec<PathBuf> = std::fs::read_dir(lib_dir(release))
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
            let got = run_case(release, &group, &text, case);
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
    assert!(total >= least, "the lib corpus has cases");
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

/// Which of `names` (`name` or `namespace.name`) the lib `release` gets lacks.
fn missing_names(release: Option<&str>, names: &[String]) -> Vec<String> {
    let (names, release) = (names.to_vec(), release.map(str::to_owned));
    lib_nix::run_with_stack(move || {
        let io = MemoryIo::new();
        let mut ev = Evaluator::new(&io);
        let lib = lib_of(&mut ev, release.as_deref()).expect("lib evaluates");
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
    })
}

#[test]
fn lib_has_the_public_names_of_nixpkgs_lib() {
    let names = listed(None, "names.txt");
    let missing = missing_names(None, &names);
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

/// Every public name lib 26.05 has and 25.11 has not is one ncc's lib gains for code
/// written against 26.05, but those `notcarried.txt` lists (unknown there, as on any
/// release other than 25.11).
#[test]
fn lib_for_26_05_has_the_names_new_in_26_05() {
    let old = listed(None, "names.txt");
    let new: Vec<String> = listed(Some("26.05"), "names.txt")
        .into_iter()
        .filter(|name| !old.contains(name))
        .collect();
    assert!(new.len() >= 80, "lib 26.05 names {} new names", new.len());
    let not_carried = listed(Some("26.05"), "notcarried.txt");
    let missing = missing_names(Some("26.05"), &new);
    println!(
        "names new in nixpkgs lib 26.05: {} of {} carried; not carried: {missing:?}",
        new.len() - missing.len(),
        new.len()
    );
    assert_eq!(missing, not_carried, "notcarried.txt lists what ncc lacks");
}
