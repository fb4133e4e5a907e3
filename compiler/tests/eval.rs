//! The language proved against real Nix: every `testdata/eval/eval-okay-*.nix` must
//! print exactly its `.exp` (captured from `nix-instantiate --eval --strict` by
//! `scripts/gen-eval-expected.sh`), and every `eval-fail-*.nix` must fail, with its
//! rendered diagnostic snapshotted. Cases listed in `testdata/eval/notyetpassing.txt`
//! (and `follows-newer-nix.txt`) are known gaps: the test asserts they still fail, so fixing one means moving it out.

mod common;

use std::path::Path;

fn evaluate(path: &Path, json: bool) -> Result<String, String> {
    evaluate_with_message(path, json).map_err(|(rendered, _)| rendered)
}

/// The printed value, or the rendered diagnostics and the first one's message as Nix
/// would state it (paths shown relative to `testdata/eval`, as the `.err` files are).
fn evaluate_with_message(path: &Path, json: bool) -> Result<String, (String, String)> {
    let io = common::testdata_io();
    let (virtual_path, name) = common::virtual_path(path);
    let text = std::fs::read_to_string(path).expect("case is readable");
    lib_nix::run_with_stack(move || {
        let (result, sources) = compiler::evaluate_file(&name, &virtual_path, &text, &io, json);
        result.map_err(|diagnostics| {
            let message = diagnostics
                .first()
                .map(|d| d.message().lines().next().unwrap_or("").to_owned())
                .unwrap_or_default()
                .replace("/testdata/eval/", "")
                .replace("testdata/eval/", "");
            (common::render_all(&diagnostics, &sources), message)
        })
    })
}

fn listed(file: &str) -> Vec<String> {
    std::fs::read_to_string(common::testdata_dir().join(file))
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect()
}

/// Every eval-fail case must state what Nix states, word for word, except those listed in
/// `testdata/eval/message-differs.txt`, which are asserted to still differ.
#[test]
fn eval_fail_messages_say_what_nix_says() {
    let differs = listed("eval/message-differs.txt");
    let skipped = not_yet_passing();
    let cases = cases("eval-fail-");
    let (mut same, mut wrong, mut fixed) = (0, Vec::new(), Vec::new());
    for case in &cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        if skipped.contains(&name) {
            continue;
        }
        let nix = std::fs::read_to_string(case.with_extension("err")).expect(".err exists");
        let nix = nix.trim_end().trim_start_matches("error: ").to_owned();
        let ncc = match evaluate_with_message(case, false) {
            Ok(_) => String::new(),
            Err((_, message)) => message,
        };
        match (ncc == nix, differs.contains(&name)) {
            (true, false) => same += 1,
            (true, true) => fixed.push(name),
            (false, true) => {}
            (false, false) => wrong.push(format!("{name}:\n  nix: {nix}\n  ncc: {ncc}")),
        }
    }
    println!(
        "eval-fail messages: {same} of {} state what Nix states, {} listed as differing",
        cases.len(),
        differs.len()
    );
    assert!(
        fixed.is_empty(),
        "now matching, remove from message-differs.txt: {fixed:?}"
    );
    assert!(
        wrong.is_empty(),
        "{} differ:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

/// The `testdata/eval/` cases whose names start with `prefix`, sorted.
fn cases(prefix: &str) -> Vec<std::path::PathBuf> {
    let dir = common::testdata_dir().join("eval");
    let mut cases: Vec<_> = std::fs::read_dir(&dir)
        .expect("testdata/eval exists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().unwrap().to_string_lossy();
            name.starts_with(prefix) && name.ends_with(".nix")
        })
        .collect();
    cases.sort();
    cases
}

/// Known gaps (`notyetpassing.txt`) and deliberate differences from Nix 2.8
/// (`follows-newer-nix.txt`): both are asserted to still differ.
fn not_yet_passing() -> Vec<String> {
    let mut cases = listed("eval/notyetpassing.txt");
    cases.extend(listed("eval/follows-newer-nix.txt"));
    cases
}

#[test]
fn eval_okay_cases_print_what_nix_prints() {
    let known_gaps = not_yet_passing();
    let cases = cases("eval-okay-");
    let (mut passed, mut failures, mut fixed) = (0, Vec::new(), Vec::new());
    for case in &cases {
        let name = case.file_name().unwrap().to_string_lossy().into_owned();
        let expected = std::fs::read_to_string(case.with_extension("exp")).expect(".exp exists");
        let got = evaluate(case, false).map(|text| format!("{text}\n"));
        let ok = got.as_deref() == Ok(expected.as_str());
        match (ok, known_gaps.contains(&name)) {
            (true, false) => passed += 1,
            (true, true) => fixed.push(name),
            (false, true) => {}
            (false, false) => failures.push(format!("{name}: expected {expected:?}, got {got:?}")),
        }
    }
    println!(
        "eval-okay: {passed} of {} pass, {} known gaps",
        cases.len(),
        known_gaps.len()
    );
    assert!(
        cases.len() >= 300,
        "the corpus has at least 300 eval-okay cases"
    );
    assert!(
        fixed.is_empty(),
        "now passing, remove from notyetpassing.txt: {fixed:?}"
    );
    assert!(
        failures.is_empty(),
        "{} failing:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn eval_okay_cases_print_json_as_nix_does() {
    let dir = common::testdata_dir().join("eval");
    let known_gaps = not_yet_passing();
    let mut failures = Vec::new();
    for entry in std::fs::read_dir(&dir)
        .expect("testdata/eval exists")
        .flatten()
    {
        let path = entry.path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if !name.ends_with(".exp.json") {
            continue;
        }
        let case = dir.join(name.replace(".exp.json", ".nix"));
        let case_name = case.file_name().unwrap().to_string_lossy().into_owned();
        if known_gaps.contains(&case_name) || known_gaps.contains(&format!("{case_name} --json")) {
            continue;
        }
        let expected = std::fs::read_to_string(&path).expect("readable");
        let got = evaluate(&case, true);
        if got.as_deref() != Ok(expected.as_str()) {
            failures.push(format!("{case_name}: expected {expected:?}, got {got:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failing:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn eval_fail_cases_fail_with_a_diagnostic() {
    let unexpected_successes = std::cell::RefCell::new(Vec::new());
    insta::glob!("../../testdata", "eval/eval-fail-*.nix", |path| {
        let result = evaluate(path, false);
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let nix_says = std::fs::read_to_string(path.with_extension("err")).unwrap_or_default();
        let rendered = match result {
            Ok(value) => {
                if not_yet_passing().contains(&name) {
                    return;
                }
                unexpected_successes.borrow_mut().push(format!(
                    "{name} should fail as in Nix ({nix_says:?}) but printed {value}"
                ));
                return;
            }
            Err(rendered) => rendered,
        };
        let snapshot = format!(
            "--- input\n{}\n--- nix 2.8 says\n{}\n--- ncc says\n{rendered}\n",
            std::fs::read_to_string(path).unwrap_or_default(),
            nix_says.trim_end()
        );
        insta::with_settings!({
            snapshot_path => "../../snapshots",
            prepend_module_to_snapshot => false,
            omit_expression => true,
        }, {
            insta::assert_snapshot!("eval", snapshot);
        });
    });
    let unexpected = unexpected_successes.into_inner();
    assert!(unexpected.is_empty(), "{}", unexpected.join("\n"));
}
