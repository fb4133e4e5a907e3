//! The module system proved against real nixpkgs lib: every `testdata/modules/<case>.nix`
//! is evaluated as `(lib.evalModules { modules = [ ./<case>.nix ]; specialArgs = ...; })
//! .config` and must print the JSON that nixpkgs lib 25.11 printed (`<case>.json`), or,
//! for `fail-<case>.nix`, fail stating what nixpkgs stated (`<case>.err`). Both were
//! captured by `scripts/gen-modules-expected.sh`. Cases listed in
//! `testdata/modules/notyetpassing.txt` are known gaps, asserted to still fail.

use std::path::{Path, PathBuf};

use lib_nix::eval::{print, EvalResult, Evaluator, MemoryIo, Thunk, Value};
use lib_nix::modules::{eval_modules, ModuleInput};
use lib_nix::name::Name;

fn testdata() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../testdata")
        .canonicalize()
        .expect("testdata exists")
}

fn modules_io() -> MemoryIo {
    let mut io = MemoryIo::new();
    let root = testdata().join("modules");
    let mut stack = vec![root.clone()];
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(&dir).expect("readable").flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if let Ok(text) = std::fs::read_to_string(&path) {
                let relative = path.strip_prefix(&root).expect("inside");
                io.files
                    .insert(format!("/testdata/modules/{}", relative.display()), text);
            }
        }
    }
    io
}

/// The config as the capture script prints it: functions as "<function>", a container's
/// own `config` as "<module>".
fn printable(
    ev: &mut Evaluator,
    value: &Value,
    path: &mut Vec<String>,
) -> EvalResult<serde_json::Value> {
    if path.len() == 3 && path[0] == "containers" && path[2] == "config" {
        return Ok(serde_json::Value::String("<module>".to_owned()));
    }
    Ok(match value {
        Value::Lambda(_) | Value::Builtin(_) => serde_json::Value::String("<function>".to_owned()),
        Value::Attrs(attrs) if attrs.get("__functor").is_some() => {
            serde_json::Value::String("<function>".to_owned())
        }
        // As Nix prints a set that converts to a string by its `outPath` (a package).
        Value::Attrs(attrs) if attrs.get("outPath").is_some() => {
            let out = attrs
                .get("outPath")
                .map(|e| e.value.clone())
                .expect("checked");
            let inner = ev.force(&out, None)?;
            printable(ev, &inner, path)?
        }
        Value::Attrs(attrs) => {
            let mut map = serde_json::Map::new();
            for entry in attrs.entries() {
                let inner = ev.force(&entry.value, None)?;
                path.push(entry.name.to_string());
                let converted = printable(ev, &inner, path)?;
                path.pop();
                map.insert(entry.name.to_string(), converted);
            }
            serde_json::Value::Object(map)
        }
        Value::List(items) => {
            let mut out = Vec::new();
            for item in items.iter() {
                let inner = ev.force(item, None)?;
                out.push(printable(ev, &inner, path)?);
            }
            serde_json::Value::Array(out)
        }
        scalar => {
            let span = lib_nix::Span::new(lib_nix::FileId::new(0), 0, 0);
            let text = print::to_json(ev, scalar, span)?;
            serde_json::from_str(&text).unwrap_or(serde_json::Value::Null)
        }
    })
}

/// `Ok(json)` or `Err(message)` with file paths written as the capture script writes them.
fn run_case(case: &str) -> Result<serde_json::Value, String> {
    let io = modules_io();
    let case = case.to_owned();
    lib_nix::run_with_stack(move || {
        let mut ev = Evaluator::new(&io);
        let path = format!("/testdata/modules/{case}");
        let module = ModuleInput {
            value: Thunk::ready(Value::Path(path.as_str().into())),
            file: path.as_str().into(),
        };
        let args = vec![(
            Name::new("specialValue"),
            Thunk::ready(Value::string("from specialArgs")),
        )];
        let result = eval_modules(&mut ev, vec![module], args, Vec::new()).and_then(|evaluated| {
            let config = evaluated.config.clone();
            printable(&mut ev, &config, &mut Vec::new())
        });
        let normalise = |text: String| text.replace("/testdata/", "<root>/testdata/");
        if let Some(first) = ev.diagnostics.first() {
            return Err(normalise(first.message()));
        }
        result.map_err(|error| normalise(error.text()))
    })
}

fn strip_line_ends(text: &str) -> String {
    text.trim_end()
        .lines()
        .map(str::trim_end)
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn modules_agree_with_nixpkgs_lib() {
    let dir = testdata().join("modules");
    let gaps: Vec<String> = std::fs::read_to_string(dir.join("notyetpassing.txt"))
        .unwrap_or_default()
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_owned)
        .collect();
    let mut cases: Vec<String> = std::fs::read_dir(&dir)
        .expect("testdata/modules exists")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".nix"))
        .collect();
    cases.sort();
    let (mut passed, mut failures, mut fixed) = (0, Vec::new(), Vec::new());
    for case in &cases {
        let stem = case.trim_end_matches(".nix");
        let outcome = run_case(case);
        let (ok, detail) = if stem.starts_with("fail-") {
            let expected = std::fs::read_to_string(dir.join(format!("{stem}.err"))).expect(".err");
            let expected = expected.trim_end();
            let expected = expected.strip_prefix("error:").unwrap_or(expected);
            let expected = expected.strip_prefix(' ').unwrap_or(expected).to_owned();
            match &outcome {
                // The capture script strips trailing blanks from each line; so does this.
                Err(message) => (
                    strip_line_ends(message) == strip_line_ends(&expected),
                    format!("nixpkgs: {expected}\n  ncc:     {message}"),
                ),
                Ok(json) => (
                    false,
                    format!("nixpkgs fails with: {expected}\n  ncc succeeds: {json}"),
                ),
            }
        } else {
            let expected: serde_json::Value = serde_json::from_str(
                &std::fs::read_to_string(dir.join(format!("{stem}.json"))).expect(".json"),
            )
            .expect("valid JSON");
            match &outcome {
                Ok(json) => (
                    json == &expected,
                    format!("nixpkgs: {expected}\n  ncc:     {json}"),
                ),
                Err(message) => (
                    false,
                    format!("nixpkgs: {expected}\n  ncc fails: {message}"),
                ),
            }
        };
        match (ok, gaps.contains(case)) {
            (true, false) => passed += 1,
            (true, true) => fixed.push(case.clone()),
            (false, true) => {}
            (false, false) => failures.push(format!("{case}:\n  {detail}")),
        }
    }
    println!(
        "modules: {passed} of {} agree with nixpkgs lib, {} known gaps",
        cases.len(),
        gaps.len()
    );
    assert!(cases.len() >= 150, "at least 150 module cases");
    assert!(
        fixed.is_empty(),
        "now passing, remove from notyetpassing.txt: {fixed:?}"
    );
    assert!(
        failures.is_empty(),
        "{} disagree:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
