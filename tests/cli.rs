//! The `ncc` binary as users and CI run it: every command and output format, snapshotted
//! with insta-cmd (`snapshots/cli@<case>.snap`: the arguments, the exit code, standard
//! output and standard error together), plus properties that snapshots cannot show: the
//! SARIF logs are valid against the SARIF 2.1.0 schema, every diagnostic code is
//! documented and its documented example produces it, exit codes agree across formats,
//! and `ncc diff` sees exactly what `ncc build` would change.
//!
//! Commands run in the repository root, so files are named as a user there names them.
//! Inputs come from `testdata/examples`, `testdata/check` and `testdata/cli`; outputs
//! that quote generated files (`build --format json`, `diff`) are checked by property,
//! not snapshotted, so that they do not change with every change to code generation.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use insta_cmd::assert_cmd_snapshot;
use serde_json::Value;

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .canonicalize()
        .expect("the repository exists")
}

/// `ncc ARGS` in the repository root, with no colour settings inherited.
fn ncc(args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_ncc"));
    command
        .args(args)
        .current_dir(repository())
        .env_remove("NO_COLOR");
    command
}

fn run(command: &mut Command) -> Output {
    command.output().expect("ncc runs")
}

fn run_with_stdin(args: &[&str], stdin: &[u8]) -> Output {
    use std::io::Write;
    use std::process::Stdio;
    let mut child = ncc(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("ncc runs");
    let mut input = child.stdin.take().expect("stdin is piped");
    let stdin = stdin.to_vec();
    let writer = std::thread::spawn(move || input.write_all(&stdin));
    let output = child.wait_with_output().expect("ncc runs");
    writer.join().unwrap().expect("ncc reads its input");
    output
}

fn exit_code(output: &Output) -> i32 {
    output.status.code().expect("ncc exits with a code")
}

fn stdout_json(output: &Output) -> Value {
    serde_json::from_slice(&output.stdout).unwrap_or_else(|error| {
        panic!(
            "stdout is not JSON ({error}):\n{}\nstderr:\n{}",
            String::from_utf8_lossy(&output.stdout),
            String::from_utf8_lossy(&output.stderr)
        )
    })
}

/// The files most cases check together: two with errors (one with labelled secondary
/// spans) and a clean one.
const MIXED: &[&str] = &[
    "testdata/check/three-errors-at-once.nix",
    "testdata/check/conflicting-host-address.nix",
    "testdata/examples/seed.nix",
];

/// Files of a repository as pre-commit stages them: a module a host reads and three that
/// no host reaches (a package, an overlay, a home-manager module), each with a note.
const STAGED: &[&str] = &[
    "testdata/repos/flake-fleet/hosts/web/blog.nix",
    "testdata/repos/flake-fleet/pkgs/motd.nix",
    "testdata/repos/flake-fleet/overlays/default.nix",
    "testdata/repos/flake-fleet/home/alice.nix",
];

const EXAMPLES: &[&str] = &[
    "testdata/examples/lab.nix",
    "testdata/examples/seed.nix",
    "testdata/examples/webhost.nix",
];

/// Snapshot cases: a name and the arguments; a case whose name ends in `-stdin` reads
/// `three-errors-at-once.nix` from standard input.
fn cases() -> Vec<(&'static str, Vec<&'static str>)> {
    let with = |first: &[&'static str], files: &[&'static str]| -> Vec<&'static str> {
        first.iter().chain(files).copied().collect()
    };
    vec![
        // --help of every command, each with examples.
        ("help", vec!["--help"]),
        ("check-help", vec!["check", "--help"]),
        ("build-help", vec!["build", "--help"]),
        ("eval-help", vec!["eval", "--help"]),
        ("diff-help", vec!["diff", "--help"]),
        ("options-help", vec!["options", "--help"]),
        ("explain-help", vec!["explain", "--help"]),
        // check, in every format, over several files at once.
        ("check-clean", with(&["check"], EXAMPLES)),
        ("check-human", with(&["check"], MIXED)),
        ("check-quiet", with(&["check", "--quiet"], MIXED)),
        (
            "check-color-always",
            with(&["--color", "always", "check"], &MIXED[..1]),
        ),
        ("check-json", with(&["check", "--format", "json"], MIXED)),
        ("check-sarif", with(&["check", "--format", "sarif"], MIXED)),
        (
            "check-github",
            with(&["check", "--format", "github"], MIXED),
        ),
        (
            "check-json-unicode-columns",
            vec![
                "check",
                "--format",
                "json",
                "testdata/cli/unicode-columns.nix",
            ],
        ),
        (
            "check-stdin",
            vec!["check", "-", "--stdin-filename", "hosts/web.nix"],
        ),
        // Usage and I/O errors exit 2.
        (
            "check-missing-file",
            vec![
                "check",
                "testdata/examples/seed.nix",
                "testdata/no-such-file.nix",
            ],
        ),
        (
            "check-unknown-format",
            vec!["check", "--format", "yaml", "testdata/examples/seed.nix"],
        ),
        (
            "check-stdin-filename-alone",
            vec![
                "check",
                "--stdin-filename",
                "web.nix",
                "testdata/examples/seed.nix",
            ],
        ),
        // Repositories: a flake's hosts, one of them, a fleet, files pre-commit stages.
        (
            "check-flake-directory",
            vec!["check", "testdata/repos/flake-broken"],
        ),
        (
            "check-flake-host",
            vec!["check", "testdata/repos/flake-broken#backup"],
        ),
        (
            "check-flake-missing-host",
            vec!["check", "testdata/repos/flake-broken#nosuch"],
        ),
        // A host named as ncc's own output names it (`hive.nix#web`, `default.nix#ci`):
        // a hive's node, a hosts table's system, from the file or its directory.
        (
            "check-hive-node-as-named",
            vec!["check", "testdata/repos/colmena-hive/hive.nix#web"],
        ),
        (
            "check-hosts-table-system-from-directory",
            vec!["check", "testdata/repos/channel-hosts-table#ci"],
        ),
        (
            "check-hive-missing-node",
            vec!["check", "testdata/repos/colmena-hive#nosuch"],
        ),
        // eval of one host of a hive (its name and the hive's specialArgs make the
        // value) and of a flake, as check names them.
        (
            "eval-hive-machine",
            vec![
                "eval",
                "testdata/repos/colmena-hive/hive.nix#web",
                "-A",
                "deployment.targetHost",
            ],
        ),
        (
            "eval-flake-host",
            vec![
                "eval",
                "testdata/repos/flake-broken#backup",
                "-A",
                "containers.restic.autoStart",
            ],
        ),
        // A file that is a NixOS system made by nixpkgs' eval-config.nix: its host, as
        // check finds it, not the file read as a module.
        (
            "eval-eval-config-file",
            vec![
                "eval",
                "testdata/repos/npins-eval-config/default.nix",
                "-A",
                "networking.hostName",
            ],
        ),
        // A nixpkgs input's `lib.version`: the release its ref names and the suffix
        // nixpkgs' flake gives it from what flake.lock fixes (date, short revision).
        (
            "eval-flake-input-lib-version",
            vec![
                "eval",
                "testdata/repos/flake-nixpkgs-inputs-by-release#gateway",
                "-A",
                "users.motd",
            ],
        ),
        ("check-staged-files", with(&["check"], STAGED)),
        // The same files in every machine format: the notes about what was not checked
        // (files no host reaches) travel with the findings.
        (
            "check-staged-files-json",
            with(&["check", "--format", "json"], STAGED),
        ),
        (
            "check-staged-files-sarif",
            with(&["check", "--format", "sarif"], STAGED),
        ),
        (
            "check-staged-files-github",
            with(&["check", "--format", "github"], STAGED),
        ),
        // A network.nix that is a host's module, not a NixOps network: the host is the
        // repository's own, checked whole (its M003 is NixOS's error).
        (
            "check-network-module",
            vec![
                "check",
                "testdata/repos/network-module/base.nix",
                "testdata/repos/network-module/configuration.nix",
                "testdata/repos/network-module/network.nix",
            ],
        ),
        (
            "check-nixops-network",
            vec!["check", "testdata/repos/nixops-network/network.nix"],
        ),
        // build stops on errors, in either diagnostic format.
        (
            "build-errors",
            vec![
                "build",
                "testdata/check/three-errors-at-once.nix",
                "-o",
                "target/never-written",
            ],
        ),
        (
            "build-errors-github",
            vec![
                "build",
                "--diagnostic-format",
                "github",
                "testdata/check/type-error-autostart-string.nix",
                "-o",
                "target/never-written",
            ],
        ),
        // build takes a file as check does: a flake of several hosts is no one host, and
        // a host's module argument only a deployment gives is unknown to both.
        (
            "build-flake-of-hosts",
            vec![
                "build",
                "testdata/repos/clan-flake/flake.nix",
                "-o",
                "target/never-written",
            ],
        ),
        (
            "build-argument-of-an-unseen-host",
            vec![
                "build",
                "testdata/repos/argument-of-an-unseen-host/configuration.nix",
                "-o",
                "target/cli-argument-of-an-unseen-host",
            ],
        ),
        (
            "build-without-out",
            vec!["build", "testdata/examples/seed.nix"],
        ),
        // eval: the merged configuration, one attribute of it, and plain Nix.
        (
            "eval-attribute",
            vec![
                "eval",
                "testdata/examples/seed.nix",
                "-A",
                "containers.database.bindMounts",
            ],
        ),
        // A file as check takes it: a module argument only a deployment gives is unknown,
        // and what does not read it is printed.
        (
            "eval-argument-of-an-unseen-host",
            vec![
                "eval",
                "testdata/repos/argument-of-an-unseen-host/configuration.nix",
                "-A",
                "containers.web.localAddress",
            ],
        ),
        (
            "eval-missing-attribute",
            vec!["eval", "testdata/examples/seed.nix", "-A", "containers.web"],
        ),
        (
            "eval-errors",
            vec!["eval", "testdata/check/type-error-autostart-string.nix"],
        ),
        (
            "eval-expr",
            vec!["eval", "--expr", "{ a = 1 + 2; b = [ \"x\" ]; }"],
        ),
        (
            "eval-expr-json",
            vec!["eval", "--json", "--expr", "{ a = 1 + 2; b = [ \"x\" ]; }"],
        ),
        // The documentation commands.
        ("explain-index", vec!["explain"]),
        ("explain-m003", vec!["explain", "M003"]),
        ("explain-json", vec!["explain", "--format", "json", "n102"]),
        ("explain-unknown", vec!["explain", "X999"]),
        ("options-markdown", vec!["options"]),
    ]
}

#[test]
fn snapshots_of_every_command() {
    let stdin = std::fs::read(repository().join("testdata/check/three-errors-at-once.nix"))
        .expect("the stdin input exists");
    for (name, args) in cases() {
        let mut command = ncc(&args);
        insta::with_settings!({
            snapshot_path => "../snapshots",
            prepend_module_to_snapshot => false,
            omit_expression => true,
        }, {
            if name.ends_with("-stdin") {
                assert_cmd_snapshot!(format!("cli@{name}"), command.pass_stdin(stdin.clone()));
            } else {
                assert_cmd_snapshot!(format!("cli@{name}"), command);
            }
        });
    }
}

/// Every `.nix` file under the directories given, sorted, relative to the repository.
fn nix_files(directories: &[&str]) -> Vec<String> {
    let mut files = Vec::new();
    for directory in directories {
        for entry in std::fs::read_dir(repository().join(directory))
            .expect("the directory exists")
            .flatten()
        {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(".nix") {
                files.push(format!("{directory}/{name}"));
            }
        }
    }
    files.sort();
    files
}

#[test]
fn sarif_logs_are_valid_sarif_2_1_0() {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(repository().join("testdata/cli/sarif-schema-2.1.0.json"))
            .expect("the SARIF schema is in testdata/cli"),
    )
    .expect("the SARIF schema is JSON");
    let validator = jsonschema::options()
        .with_draft(jsonschema::Draft::Draft4)
        .should_validate_formats(true)
        .build(&schema)
        .expect("the SARIF schema compiles");
    let everything = nix_files(&["testdata/examples", "testdata/check", "testdata/cli"]);
    let runs: Vec<Vec<String>> = vec![
        everything.clone(),
        STAGED.iter().map(|f| f.to_string()).collect(),
        vec!["testdata/examples/seed.nix".to_owned()],
        vec!["testdata/cli/unicode-columns.nix".to_owned()],
    ];
    for files in runs {
        let mut args = vec!["check", "--format", "sarif"];
        args.extend(files.iter().map(String::as_str));
        let output = run(&mut ncc(&args));
        assert!(
            exit_code(&output) <= 1,
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let log = stdout_json(&output);
        assert!(!validator
            .is_valid(&serde_json::json!({ "version": "2.1.0", "runs": [{ "bogus": 1 }] })));
        let errors: Vec<String> = validator
            .iter_errors(&log)
            .map(|error| format!("{} at {}", error, error.instance_path()))
            .collect();
        assert!(
            errors.is_empty(),
            "{files:?}: invalid SARIF:\n{}",
            errors.join("\n")
        );
        // Files no host reaches are said by notifications, at level note.
        if files.iter().any(|f| f.ends_with("pkgs/motd.nix")) {
            let notifications = log["runs"][0]["invocations"][0]["toolExecutionNotifications"]
                .as_array()
                .expect("the notes are notifications");
            assert!(notifications.iter().any(|n| n["level"] == "note"
                && n["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
                    == "testdata/repos/flake-fleet/pkgs/motd.nix"));
        }
        // What the schema cannot say: every result names a rule of the driver.
        let rules = log["runs"][0]["tool"]["driver"]["rules"]
            .as_array()
            .unwrap();
        for result in log["runs"][0]["results"].as_array().unwrap() {
            let index = result["ruleIndex"].as_u64().unwrap() as usize;
            assert_eq!(rules[index]["id"], result["ruleId"]);
        }
    }
}

#[test]
fn exit_codes_agree_across_formats() {
    for format in ["human", "json", "sarif", "github"] {
        let code = |files: &[&str]| {
            let mut args = vec!["check", "--format", format];
            args.extend(files);
            exit_code(&run(&mut ncc(&args)))
        };
        assert_eq!(code(EXAMPLES), 0, "{format}: clean files");
        assert_eq!(code(MIXED), 1, "{format}: findings");
        assert_eq!(
            code(&["testdata/no-such-file.nix"]),
            2,
            "{format}: unreadable"
        );
        assert_eq!(code(&["testdata/check"]), 2, "{format}: a directory");
    }
}

#[test]
fn machine_formats_print_one_document_even_when_clean() {
    let output = run(&mut ncc(&[
        "check",
        "--format",
        "json",
        "testdata/examples/seed.nix",
    ]));
    let document = stdout_json(&output);
    assert_eq!(document["diagnostics"], Value::Array(Vec::new()));
    assert_eq!(document["summary"]["files"], 1);
    let output = run(&mut ncc(&[
        "check",
        "--format",
        "github",
        "testdata/examples/seed.nix",
    ]));
    assert!(output.stdout.is_empty());
    assert!(output.stderr.is_empty());
}

/// The explain table as `ncc explain --format json` prints it.
fn documented_codes() -> Vec<Value> {
    let output = run(&mut ncc(&["explain", "--format", "json"]));
    assert_eq!(exit_code(&output), 0);
    stdout_json(&output).as_array().expect("a list").clone()
}

/// Codes that are documented but that nothing produces: N105, since the pipe operators,
/// the last construct ncc did not support, are evaluated. When one starts to be produced,
/// this test fails: take it out of the list.
const NOT_PRODUCED_YET: &[&str] = &["N105"];

/// Codes only `ncc build` produces: it refuses to write what `check` can only warn of.
const BUILD_ONLY: &[&str] = &["N302", "N303"];

#[test]
fn every_documented_example_produces_its_code_and_its_fix_does_not() {
    for doc in documented_codes() {
        let code = doc["code"].as_str().unwrap();
        // What only `ncc build` finds is looked for with `build`, writing to a scratch
        // directory.
        let scratch = tempfile::tempdir().unwrap();
        let out = scratch.path().join("out").display().to_string();
        let arguments: Vec<&str> = if BUILD_ONLY.contains(&code) {
            vec!["build", "--diagnostic-format", "json", "-o", &out]
        } else {
            vec!["check", "--format", "json"]
        };
        let codes_of = |text: &str| -> (i32, Vec<String>) {
            let mut arguments = arguments.clone();
            arguments.extend(["-", "--stdin-filename", "testdata/cli/example.nix"]);
            let output = run_with_stdin(&arguments, text.as_bytes());
            let document = stdout_json(&output);
            let codes = document["diagnostics"]
                .as_array()
                .unwrap()
                .iter()
                .map(|d| d["code"].as_str().unwrap().to_owned())
                .collect();
            (exit_code(&output), codes)
        };
        let (_, produced) = codes_of(doc["example"].as_str().unwrap());
        if NOT_PRODUCED_YET.contains(&code) {
            assert!(
                !produced.iter().any(|c| c == code),
                "{code} is produced now: remove it from NOT_PRODUCED_YET"
            );
            continue;
        }
        assert!(
            produced.iter().any(|c| c == code),
            "the example of {code} gives {produced:?}, not {code}"
        );
        let (exit, produced) = codes_of(doc["fixed"].as_str().unwrap());
        assert!(
            exit == 0 && produced.is_empty(),
            "the fixed example of {code} still gives {produced:?}"
        );
    }
}

/// The codes ncc's sources can produce: every string literal shaped like a code (a
/// capital letter and three digits, `"C001"`) in lib-nix's diagnostics and in the
/// compiler outside the CLI (whose explain table would otherwise count itself).
fn codes_in_sources() -> Vec<String> {
    let mut texts = vec![
        std::fs::read_to_string(repository().join("lib-nix/src/diagnostic.rs"))
            .expect("lib-nix's diagnostics exist"),
    ];
    let mut stack = vec![repository().join("compiler/src")];
    while let Some(directory) = stack.pop() {
        for entry in std::fs::read_dir(directory).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                if !path.ends_with("cli") {
                    stack.push(path);
                }
            } else if path.extension().is_some_and(|e| e == "rs") {
                texts.push(std::fs::read_to_string(path).unwrap());
            }
        }
    }
    let mut codes = Vec::new();
    for text in texts {
        for (index, _) in text.match_indices('"') {
            let literal = text.as_bytes().get(index..index + 6);
            let Some(literal) = literal else { continue };
            let looks_like_code = literal[0] == b'"'
                && literal[1].is_ascii_uppercase()
                && literal[2..5].iter().all(u8::is_ascii_digit)
                && literal[5] == b'"';
            if looks_like_code {
                codes.push(String::from_utf8_lossy(&literal[1..5]).into_owned());
            }
        }
    }
    codes.sort();
    codes.dedup();
    codes
}

#[test]
fn every_code_the_sources_can_produce_is_documented() {
    let documented: Vec<String> = documented_codes()
        .iter()
        .map(|doc| doc["code"].as_str().unwrap().to_owned())
        .collect();
    let in_sources = codes_in_sources();
    assert!(in_sources.len() >= 18, "found only {in_sources:?}");
    let missing: Vec<&String> = in_sources
        .iter()
        .filter(|code| !documented.contains(code))
        .collect();
    assert!(
        missing.is_empty(),
        "{missing:?} have no documentation: add them to compiler/src/cli/explain.rs"
    );
}

/// A scratch directory holding a copy of `testdata/examples/webhost.nix`.
fn scratch_with_webhost() -> (tempfile::TempDir, PathBuf) {
    let scratch = tempfile::tempdir().unwrap();
    let host = scratch.path().join("webhost.nix");
    std::fs::copy(repository().join("testdata/examples/webhost.nix"), &host).unwrap();
    (scratch, host)
}

fn in_scratch(scratch: &Path, args: &[&str]) -> Output {
    run(ncc(args).current_dir(scratch))
}

#[test]
fn diff_is_empty_after_build_and_shows_one_changed_option() {
    let (scratch, host) = scratch_with_webhost();
    let dir = scratch.path();

    // Nothing built yet: everything would be added.
    let output = in_scratch(dir, &["diff", "webhost.nix", "out"]);
    assert_eq!(exit_code(&output), 1);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains("added file out/etc/systemd/system/container@.service"),
        "{stdout}"
    );

    // Built: up to date.
    let output = in_scratch(dir, &["build", "webhost.nix", "-o", "out"]);
    assert_eq!(
        exit_code(&output),
        0,
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let output = in_scratch(dir, &["diff", "webhost.nix", "out"]);
    assert_eq!(
        exit_code(&output),
        0,
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
    assert!(output.stdout.is_empty());
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "out is up to date\n"
    );

    // One option changed: one line of one file.
    let text = std::fs::read_to_string(&host).unwrap();
    std::fs::write(&host, text.replace("\"3min\"", "\"5min\"")).unwrap();
    let output = in_scratch(dir, &["diff", "webhost.nix", "out"]);
    assert_eq!(exit_code(&output), 1);
    let stdout = String::from_utf8_lossy(&output.stdout);
    let changed: Vec<&str> = stdout
        .lines()
        .filter(|line| {
            (line.starts_with('-') && !line.starts_with("---"))
                || (line.starts_with('+') && !line.starts_with("+++"))
        })
        .collect();
    assert_eq!(
        changed,
        ["-TimeoutStartSec=3min", "+TimeoutStartSec=5min"],
        "{stdout}"
    );
    assert!(
        stdout.starts_with(
            "changed file out/etc/systemd/system/container@db.service.d/overrides.conf\n\
             --- a/etc/systemd/system/container@db.service.d/overrides.conf\n\
             +++ b/etc/systemd/system/container@db.service.d/overrides.conf\n@@ "
        ),
        "{stdout}"
    );
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "out: 1 changed, 0 added, 0 removed; run `ncc build webhost.nix -o out` to update it\n"
    );
}

/// `diff` takes the host as `build` does: one machine of a hive, by the name ncc's
/// output gives it.
#[test]
fn diff_compares_one_host_of_a_hive_with_its_build() {
    let scratch = tempfile::tempdir().unwrap();
    let out = scratch.path().join("out");
    let out = out.to_str().unwrap();
    let web = "testdata/repos/colmena-hive/hive.nix#web";
    let output = run(&mut ncc(&["build", web, "-o", out]));
    assert_eq!(
        exit_code(&output),
        0,
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let output = run(&mut ncc(&["diff", web, out]));
    assert_eq!(
        exit_code(&output),
        0,
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
    assert!(output.stdout.is_empty());
    assert!(String::from_utf8_lossy(&output.stderr).ends_with("is up to date\n"));
    // Another machine of the same hive is another tree.
    let mail = "testdata/repos/colmena-hive/hive.nix#mail";
    let output = run(&mut ncc(&["diff", mail, out]));
    assert_eq!(exit_code(&output), 1);
    assert!(String::from_utf8_lossy(&output.stdout).contains("container@"));
}

/// A module a host imports through a linked directory (`./lib/system.nix`, with
/// `lib -> ../lib`), staged alone as `nixos/lib/system.nix`: checked through that host,
/// not on its own, where a container with no `config` would be a false M004.
#[test]
fn a_module_reached_through_a_linked_directory_is_checked_through_its_host() {
    let scratch = tempfile::tempdir().unwrap();
    let dir = scratch.path();
    std::fs::create_dir_all(dir.join(".git")).unwrap();
    std::fs::create_dir_all(dir.join("nixos/lib")).unwrap();
    std::fs::create_dir_all(dir.join("nixos/web")).unwrap();
    std::fs::write(
        dir.join("nixos/lib/system.nix"),
        "{ ... }:\n{\n  time.timeZone = \"UTC\";\n  containers.site.autoStart = \"yes\";\n}\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("nixos/web/configuration.nix"),
        "{ ... }:\n{\n  imports = [ ./lib/system.nix ];\n  system.stateVersion = \"24.05\";\n  networking.hostName = \"web\";\n  containers.site.config = { ... }: { services.nginx.enable = true; };\n}\n",
    )
    .unwrap();
    std::os::unix::fs::symlink("../lib", dir.join("nixos/web/lib")).unwrap();
    for given in [
        &["check", "nixos/lib/system.nix"][..],
        &[
            "check",
            "nixos/web/configuration.nix",
            "nixos/lib/system.nix",
        ][..],
    ] {
        let output = in_scratch(dir, given);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(exit_code(&output), 1, "{stderr}");
        assert!(stderr.contains("error[M002]"), "{stderr}");
        assert!(
            stderr.contains("note: in host nixos/web/configuration.nix"),
            "{stderr}"
        );
        assert!(!stderr.contains("M004"), "{stderr}");
        assert!(!stderr.contains("no host reaches"), "{stderr}");
        assert_eq!(stderr.matches("error[").count(), 1, "{stderr}");
    }
}

/// A file whose path holds `#` (`#web/default.nix`: a flake that keeps each host in a
/// directory named `#<host>` and imports it as `./. + "/#${name}"`) is that file when it
/// exists, as pre-commit gives it, and is checked through the host that imports it; before,
/// it was read as `FLAKE#HOST` and the run stopped with "flake.nix declares no host
/// `web/default.nix`". `.#web`, which names no file, is still the flake's host.
#[test]
fn a_file_whose_path_holds_a_hash_is_that_file() {
    let scratch = tempfile::tempdir().unwrap();
    let dir = scratch.path();
    std::fs::create_dir_all(dir.join(".git")).unwrap();
    std::fs::create_dir_all(dir.join("#web")).unwrap();
    std::fs::create_dir_all(dir.join("#old")).unwrap();
    std::fs::write(
        dir.join("flake.nix"),
        "{\n  inputs.nixpkgs.url = \"github:NixOS/nixpkgs/nixos-25.11\";\n  outputs = { nixpkgs, ... }: {\n    \
         nixosConfigurations.web = nixpkgs.lib.nixosSystem {\n      system = \"x86_64-linux\";\n      \
         modules = [ (./. + \"/#web\") ];\n    };\n  };\n}\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("#web/default.nix"),
        "{ ... }:\n{\n  system.stateVersion = \"25.11\";\n  networking.hostName = \"web\";\n  \
         containers.site = {\n    autoStart = \"yes\";\n    config = { ... }: { };\n  };\n}\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("#old/default.nix"),
        "{ ... }:\n{\n  services.openssh.enable = true;\n}\n",
    )
    .unwrap();
    for given in [
        &["check", "#web/default.nix"][..],
        &["check", "#web/default.nix", "#old/default.nix", "flake.nix"][..],
        &["check", ".#web"][..],
    ] {
        let output = in_scratch(dir, given);
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(exit_code(&output), 1, "{given:?}: {stderr}");
        assert!(stderr.contains("error[M002]"), "{stderr}");
        assert!(stderr.contains("#web/default.nix:6:"), "{stderr}");
        assert!(
            stderr.contains("note: in nixosConfigurations.web"),
            "{stderr}"
        );
        assert!(!stderr.contains("declares no host"), "{stderr}");
        assert_eq!(stderr.matches("error[").count(), 1, "{stderr}");
    }
}

/// A module file that is a symbolic link (`hosts/web/containers.nix ->
/// ../../shared/containers.nix`) is read as Nix reads it: the link followed, so the paths
/// it writes (`./proxy.nix`) are relative to where it leads. Nix follows the link of the
/// file imported, not of a directory's `default.nix`.
#[test]
fn an_imported_link_resolves_paths_where_it_leads() {
    let scratch = tempfile::tempdir().unwrap();
    let dir = scratch.path();
    std::fs::create_dir_all(dir.join(".git")).unwrap();
    std::fs::create_dir_all(dir.join("shared")).unwrap();
    std::fs::create_dir_all(dir.join("hosts/web")).unwrap();
    std::fs::write(
        dir.join("shared/containers.nix"),
        "{ ... }:\n{\n  imports = [ ./proxy.nix ];\n}\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("shared/proxy.nix"),
        "{ ... }:\n{\n  containers.proxy.config = { };\n  containers.proxy.autoStrat = true;\n}\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("hosts/web/configuration.nix"),
        "{ ... }:\n{\n  imports = [ ./containers.nix ];\n  system.stateVersion = \"24.05\";\n  networking.hostName = \"web\";\n}\n",
    )
    .unwrap();
    std::os::unix::fs::symlink(
        "../../shared/containers.nix",
        dir.join("hosts/web/containers.nix"),
    )
    .unwrap();
    let output = in_scratch(dir, &["check", "hosts/web/configuration.nix"]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(exit_code(&output), 1, "{stderr}");
    assert!(stderr.contains("error[M001]"), "{stderr}");
    assert!(stderr.contains("--> shared/proxy.nix:4:3"), "{stderr}");
    assert!(!stderr.contains("N201"), "{stderr}");
    assert_eq!(stderr.matches("error[").count(), 1, "{stderr}");
}

#[test]
fn diff_reports_modes_links_and_files_ncc_did_not_write() {
    use std::os::unix::fs::PermissionsExt;
    let (scratch, _) = scratch_with_webhost();
    let dir = scratch.path();
    let output = in_scratch(dir, &["build", "webhost.nix", "-o", "out"]);
    assert_eq!(exit_code(&output), 0);
    let out = dir.join("out");
    let template = out.join("etc/systemd/system/container@.service");
    std::fs::set_permissions(&template, std::fs::Permissions::from_mode(0o600)).unwrap();
    let link = out.join("etc/systemd/system/machines.target.wants/container@web.service");
    std::fs::remove_file(&link).unwrap();
    std::os::unix::fs::symlink("../elsewhere.service", &link).unwrap();
    std::fs::write(out.join("etc/stray.conf"), "mine\n").unwrap();

    let output = in_scratch(dir, &["diff", "webhost.nix", "out"]);
    assert_eq!(exit_code(&output), 1);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.contains(
            "changed mode of file out/etc/systemd/system/container@.service: 0600 becomes 0644"
        ),
        "{stdout}"
    );
    assert!(
        stdout.contains(
            "changed link out/etc/systemd/system/machines.target.wants/container@web.service: \
         -> ../elsewhere.service becomes -> ../container@.service"
        ),
        "{stdout}"
    );
    assert!(stdout.contains("removed file out/etc/stray.conf (not written by ncc)\n--- a/etc/stray.conf\n+++ /dev/null\n@@ -1 +0,0 @@\n-mine\n"), "{stdout}");
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "out: 2 changed, 0 added, 1 removed; run `ncc build webhost.nix -o out` to update it\n"
    );
}

#[test]
fn diff_of_a_host_with_errors_reports_them_and_compares_nothing() {
    let output = run(&mut ncc(&[
        "diff",
        "--diagnostic-format",
        "github",
        "testdata/check/type-error-autostart-string.nix",
        "target/no-such-dir",
    ]));
    assert_eq!(exit_code(&output), 1);
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(
        stdout.starts_with("::error file=testdata/check/type-error-autostart-string.nix,line=3,"),
        "{stdout}"
    );
}

#[test]
fn build_json_is_the_plan_and_build_tree_writes_it() {
    let output = run(&mut ncc(&[
        "build",
        "testdata/examples/seed.nix",
        "--format",
        "json",
    ]));
    assert_eq!(exit_code(&output), 0);
    let plan = stdout_json(&output);
    assert_eq!(plan["generator"], "ncc");
    let artifacts = plan["artifacts"].as_array().unwrap();
    assert!(artifacts
        .iter()
        .any(|a| a["path"] == "etc/nixos-containers/database.conf" && a["contents"].is_string()));

    let scratch = tempfile::tempdir().unwrap();
    let out = scratch.path().join("out");
    let output = run(&mut ncc(&[
        "build",
        "-q",
        "testdata/examples/seed.nix",
        "-o",
        out.to_str().unwrap(),
    ]));
    assert_eq!(exit_code(&output), 0);
    assert!(
        output.stderr.is_empty(),
        "--quiet: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let manifest: Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("manifest.json")).unwrap()).unwrap();
    assert_eq!(
        manifest["artifacts"].as_array().unwrap().len(),
        artifacts.len()
    );
}

#[test]
fn eval_prints_the_whole_merged_configuration() {
    let output = run(&mut ncc(&["eval", "testdata/examples/webhost.nix"]));
    assert_eq!(
        exit_code(&output),
        0,
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let config = stdout_json(&output);
    assert_eq!(config["system"]["stateVersion"], "24.05");
    assert_eq!(config["containers"]["db"]["timeoutStartSec"], "3min");
    assert_eq!(config["containers"]["web"]["hostAddress"], "10.233.1.1");
    // Defaults are filled in; with a `config`, `path` is its system's toplevel, as in
    // NixOS, which ncc cannot build: a placeholder store path stands for it.
    assert_eq!(config["containers"]["web"]["ephemeral"], false);
    assert_eq!(
        config["containers"]["web"]["path"],
        "/nix/store/00000000000000000000000000000000-ncc-placeholder-nixos-system-web"
    );
}

#[test]
fn eval_reads_the_unit_nixos_defines_for_each_declared_container() {
    // NixOS's containers module defines `container@<name>` for every declared container
    // and its systemd module names each service unit `<name>.service`: the host reads
    // them whether or not it defines the unit (attic) or tunes it (cache).
    let host = "testdata/hosts/container-unit-read/configuration.nix";
    let output = run(&mut ncc(&["eval", host, "-A", "systemd.services"]));
    assert_eq!(
        exit_code(&output),
        0,
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let units = stdout_json(&output);
    assert_eq!(
        units["buildbot-master"]["after"],
        serde_json::json!(["container@attic.service"])
    );
    assert_eq!(
        units["cache-warmup"]["description"],
        "Warm container@cache.service after it starts (limit 2G)"
    );
    assert_eq!(units["container@attic"]["name"], "container@attic.service");
    assert_eq!(units["container@"]["name"], "container@.service");
    assert_eq!(units["container@cache"]["serviceConfig"]["MemoryMax"], "2G");
    let names: Vec<&String> = units.as_object().unwrap().keys().collect();
    assert_eq!(
        names,
        [
            "buildbot-master",
            "cache-warmup",
            "container@",
            "container@attic",
            "container@cache"
        ]
    );
}

#[test]
fn options_json_lists_submodule_options_by_their_nixos_names() {
    let output = run(&mut ncc(&["options", "--format", "json"]));
    assert_eq!(exit_code(&output), 0);
    let options = stdout_json(&output);
    let auto_start = &options["containers.<name>.autoStart"];
    assert_eq!(auto_start["type"], "boolean");
    assert_eq!(auto_start["default"]["text"], "false");
    assert_eq!(
        auto_start["loc"],
        serde_json::json!(["containers", "<name>", "autoStart"])
    );
    assert_eq!(
        options["containers.<name>.forwardPorts.*.hostPort"]["type"],
        "16 bit unsigned integer; between 0 and 65535 (both inclusive)"
    );
    assert!(options["containers.<name>.bindMounts.<name>.hostPath"]["description"].is_string());
}

#[test]
fn completions_and_man_page_are_generated_from_the_arguments() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let output = run(&mut ncc(&["completions", shell]));
        assert_eq!(exit_code(&output), 0, "{shell}");
        let script = String::from_utf8_lossy(&output.stdout);
        assert!(
            script.contains("ncc") && script.contains("explain"),
            "{shell}"
        );
    }
    let output = run(&mut ncc(&["man"]));
    assert_eq!(exit_code(&output), 0);
    let page = String::from_utf8_lossy(&output.stdout);
    assert!(
        page.starts_with(".ie") || page.contains(".TH ncc"),
        "{page}"
    );
    // Hidden from --help: they are for packagers.
    let help = run(&mut ncc(&["--help"]));
    assert!(!String::from_utf8_lossy(&help.stdout).contains("completions"));
}

/// `ncc check` with nothing given where the hive.nix is computed by its own code (not a
/// set of machines ncc reads): it says that file is not one it reads, not that there is
/// none.
#[test]
fn a_hive_computed_by_its_own_code_is_named_when_nothing_is_checked() {
    let scratch = tempfile::tempdir().unwrap();
    std::fs::write(
        scratch.path().join("hive.nix"),
        "let machines = import ./machines.nix { }; in machines.hive\n",
    )
    .unwrap();
    let output = in_scratch(scratch.path(), &["check"]);
    assert_eq!(exit_code(&output), 2);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("hive.nix is not a flake, a colmena hive or a NixOps network ncc reads"),
        "{stderr}"
    );
}

/// `ncc check` with nothing given in a directory of bare hosts (no flake, hive or table of
/// systems): each host module is a host, counted as one; an empty directory is still
/// nothing to check.
#[test]
fn a_directory_of_bare_hosts_is_checked_with_nothing_given() {
    let project = repository().join("testdata/repos/bare-hosts-directory");
    let output = run(ncc(&["check"]).current_dir(&project));
    assert_eq!(exit_code(&output), 1);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("1 error in 1 of 2 hosts"), "{stderr}");
    assert!(stderr.contains("isReadonly"), "{stderr}");

    let scratch = tempfile::tempdir().unwrap();
    let output = in_scratch(scratch.path(), &["check"]);
    assert_eq!(exit_code(&output), 2);
    assert_eq!(
        String::from_utf8_lossy(&output.stderr),
        "error: nothing to check: no ncc.toml in the working directory or above it, no \
         flake.nix, hive.nix or network.nix from there up to the project root (the working \
         directory), and no host module below it (a NixOS module setting a state version, \
         file systems, a boot loader or a host name); give host files, or `ncc check .#host`\n"
    );
}

#[test]
fn invalid_utf8_is_a_finding_not_a_crash() {
    let scratch = tempfile::tempdir().unwrap();
    // A Latin-1 byte in a name: Nix stops at it ("unexpected invalid token").
    std::fs::write(
        scratch.path().join("latin1.nix"),
        b"{ descripti\xe9n = \"cafe\"; }\n",
    )
    .unwrap();
    let output = in_scratch(scratch.path(), &["check", "--format", "json", "latin1.nix"]);
    assert_eq!(exit_code(&output), 1);
    let document = stdout_json(&output);
    let diagnostic = &document["diagnostics"][0];
    assert_eq!(diagnostic["code"], "N002");
    // `{ descripti` is 11 bytes; the invalid byte is the 12th character.
    assert_eq!(diagnostic["range"]["start"]["offset"], 11);
    assert_eq!(diagnostic["range"]["start"]["column"], 12);
    // In a string, the byte is part of the string, as Nix reads it: no finding.
    std::fs::write(
        scratch.path().join("latin1.nix"),
        b"{ description = \"caf\xe9\"; }\n",
    )
    .unwrap();
    let output = in_scratch(scratch.path(), &["check", "--format", "json", "latin1.nix"]);
    assert_eq!(exit_code(&output), 0);
}

/// A file read from the disk that is not there is reported in Nix's words for what failed:
/// `readFile` could not open it, `import` could not find it.
#[test]
fn missing_files_are_reported_as_nix_reports_them() {
    let scratch = tempfile::tempdir().unwrap();
    std::fs::write(scratch.path().join("flake.nix"), "{ }\n").unwrap();
    let first_error = |expr: &str| {
        let output = in_scratch(
            scratch.path(),
            &["eval", "--color", "never", "--expr", expr],
        );
        assert_eq!(exit_code(&output), 1, "{expr}");
        String::from_utf8_lossy(&output.stderr)
            .lines()
            .find(|line| line.starts_with("error"))
            .unwrap_or_default()
            .to_owned()
    };
    let read = first_error("builtins.readFile ./missing.txt");
    assert!(
        read.contains("opening file '")
            && read.ends_with("/missing.txt': No such file or directory"),
        "{read}"
    );
    let imported = first_error("import ./missing.nix");
    assert!(
        imported.contains("getting status of '")
            && imported.ends_with("/missing.nix': No such file or directory"),
        "{imported}"
    );
}

/// `ncc check` with no arguments in a directory under an ncc.toml checks the hosts it
/// names, with its `[rules]` severities; the same host checked without the file shows
/// the rules as they are.
#[test]
fn ncc_toml_names_the_hosts_and_sets_rule_severities() {
    let project = repository().join("testdata/repos/with-ncc-toml");
    let output = run(ncc(&["check", "--format", "json"]).current_dir(project.join("machines")));
    assert_eq!(
        exit_code(&output),
        1,
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let document = stdout_json(&output);
    let findings: Vec<(String, String)> = document["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_owned(),
                d["severity"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    assert_eq!(findings, vec![("C101".to_owned(), "error".to_owned())]);
    let files: Vec<&str> = document["files"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f.as_str().unwrap())
        .collect();
    assert_eq!(
        files.len(),
        2,
        "both hosts of ncc.toml are checked: {files:?}"
    );

    // Without ncc.toml (run from the repository root, with the same root), C101 is a
    // warning and C207 is reported.
    let output = run(&mut ncc(&[
        "check",
        "--format",
        "json",
        "--root",
        "testdata/repos/with-ncc-toml",
        "testdata/repos/with-ncc-toml/machines/alpha.nix",
        "testdata/repos/with-ncc-toml/machines/beta.nix",
    ]));
    let document = stdout_json(&output);
    let mut codes: Vec<(String, String)> = document["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["code"].as_str().unwrap().to_owned(),
                d["severity"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    codes.sort();
    assert_eq!(
        codes,
        vec![
            ("C101".to_owned(), "warning".to_owned()),
            ("C207".to_owned(), "warning".to_owned())
        ]
    );
}

/// A bad ncc.toml is a usage error naming the file.
#[test]
fn a_bad_ncc_toml_is_a_usage_error() {
    let scratch = tempfile::tempdir().unwrap();
    std::fs::write(
        scratch.path().join("ncc.toml"),
        "[rules]\nC218 = \"loud\"\n",
    )
    .unwrap();
    let output = in_scratch(scratch.path(), &["check"]);
    assert_eq!(exit_code(&output), 2);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("ncc.toml"), "{stderr}");
}

/// `ncc build .#web -o DIR` writes that host's files.
#[test]
fn build_writes_one_host_of_a_flake() {
    let scratch = tempfile::tempdir().unwrap();
    let out = scratch.path().join("out");
    let output = run(&mut ncc(&[
        "build",
        "testdata/repos/flake-fleet#web",
        "-o",
        out.to_str().unwrap(),
    ]));
    assert_eq!(
        exit_code(&output),
        0,
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    for container in ["blog", "git", "wiki"] {
        assert!(
            out.join(format!("etc/nixos-containers/{container}.conf"))
                .is_file(),
            "{container}.conf is written"
        );
    }
    assert!(!out.join("etc/nixos-containers/postgres.conf").exists());
}

/// A value of a file each deploying machine keeps beside the host and git ignores
/// (`secret.nix`), interpolated into an address: `ncc check` accepts the host, and
/// `ncc build` writes nothing, since the `.conf` would hold ncc's stand-in where NixOS
/// writes the address (N302); before, it wrote `LOCAL_ADDRESS=/nix/store/000…`.
#[test]
fn build_refuses_an_address_made_of_a_git_ignored_file() {
    let scratch = tempfile::tempdir().unwrap();
    let root = scratch.path().canonicalize().unwrap();
    std::fs::write(root.join(".gitignore"), "/secret.nix\n").unwrap();
    std::fs::write(
        root.join("configuration.nix"),
        "{ ... }:\nlet secret = import ./secret.nix; in\n{\n  system.stateVersion = \"25.11\";\n  \
         containers.vault = {\n    privateNetwork = true;\n    hostAddress = \"10.90.0.1\";\n    \
         localAddress = \"${secret.vaultPrefix}.2\";\n    config = { };\n  };\n}\n",
    )
    .unwrap();
    let check = run(ncc(&["check", "configuration.nix"]).current_dir(&root));
    assert_eq!(
        exit_code(&check),
        0,
        "{}",
        String::from_utf8_lossy(&check.stderr)
    );
    let out = root.join("out");
    let build =
        run(ncc(&["build", "configuration.nix", "-o", out.to_str().unwrap()]).current_dir(&root));
    let stderr = String::from_utf8_lossy(&build.stderr);
    assert_eq!(exit_code(&build), 1, "{stderr}");
    assert!(
        stderr.contains("error[N302]: the files of container `vault' cannot be written: `containers.vault.localAddress' is made of a value of a file ncc does not read"),
        "{stderr}"
    );
    assert!(!out.exists());
}

/// extra-container's `enableWAN` gives the container's unit a `preStart` and a `postStop`
/// (NAT rules made with `${pkgs.iptables}`): `ncc build` writes them as NixOS runs them,
/// warning at the container, in the user's file, that they hold ncc's placeholder for
/// iptables (N303).
#[test]
fn build_writes_the_unit_scripts_extra_container_adds() {
    let scratch = tempfile::tempdir().unwrap();
    let out = scratch.path().join("out");
    let output = run(&mut ncc(&[
        "build",
        "testdata/repos/flake-extra-container#packages.x86_64-linux.default",
        "--diagnostic-format",
        "json",
        "-o",
        out.to_str().unwrap(),
    ]));
    assert_eq!(
        exit_code(&output),
        0,
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let document = stdout_json(&output);
    let found: Vec<(String, String)> = document["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let file = d["file"].as_str().unwrap_or_default().to_owned();
            (d["code"].as_str().unwrap().to_owned(), file)
        })
        .collect();
    let expected = (
        "N303".to_owned(),
        "testdata/repos/flake-extra-container/flake.nix".to_owned(),
    );
    assert_eq!(found, [expected.clone(), expected], "{document}");
    let scripts = out.join("etc/ncc/scripts");
    let pre_start = std::fs::read_to_string(scripts.join("container_cache-pre-start")).unwrap();
    assert!(pre_start.contains("iptables -w -t nat -A POSTROUTING -s 10.250.2.2 -j MASQUERADE\n"));
    let post_stop = std::fs::read_to_string(scripts.join("container_cache-post-stop")).unwrap();
    assert!(
        post_stop.ends_with("-j MASQUERADE || true\n"),
        "{post_stop}"
    );
    let drop_in = std::fs::read_to_string(
        out.join("etc/systemd/system/container@cache.service.d/overrides.conf"),
    )
    .unwrap();
    assert!(drop_in.contains("ExecStopPost=/etc/ncc/scripts/container_cache-post-stop\n"));
    assert!(!scripts.join("container_wiki-pre-start").exists());
}

/// A file kept encrypted in the repository (git-crypt, sops), given as pre-commit would
/// give it, is one note and never an error; a file that is not UTF-8 for any other reason
/// is N002.
#[test]
fn an_encrypted_file_given_is_a_note() {
    let scratch = tempfile::tempdir().unwrap();
    let root = scratch.path().canonicalize().unwrap();
    std::fs::create_dir(root.join(".git")).unwrap();
    std::fs::write(root.join("secrets.nix"), b"\0GITCRYPT\0\x01\x02\xff\xfe").unwrap();
    std::fs::write(root.join("broken.nix"), b"\xff\xfe{ }").unwrap();
    let check =
        |file: &str| run(ncc(&["check", "--format", "json", "--quiet", file]).current_dir(&root));
    let encrypted = check("secrets.nix");
    assert_eq!(exit_code(&encrypted), 0);
    let json = stdout_json(&encrypted);
    assert_eq!(json["diagnostics"], serde_json::json!([]));
    assert_eq!(
        json["notes"],
        serde_json::json!([{ "file": "secrets.nix", "message": "encrypted with git-crypt; not checked" }])
    );
    std::fs::write(
        root.join("tunnel.nix"),
        "{\n\t\"data\": \"ENC[AES256_GCM,data:dHVubmVs,iv:aXY=,tag:dGFn,type:str]\",\n\t\"sops\": {}\n}\n",
    )
    .unwrap();
    let sops = check("tunnel.nix");
    assert_eq!(exit_code(&sops), 0);
    assert_eq!(
        stdout_json(&sops)["notes"],
        serde_json::json!([{ "file": "tunnel.nix", "message": "encrypted with sops; not checked" }])
    );
    let broken = check("broken.nix");
    assert_eq!(exit_code(&broken), 1);
    assert_eq!(stdout_json(&broken)["diagnostics"][0]["code"], "N002");
}

/// Files given of which none is a file ncc reads (a sops-encrypted file, a file that
/// cannot be read, standard input) ask for no host of the flake around them: a commit
/// staging only a secret is not failed by a mistake in a host that does not read it
/// (antipeth/atplab: every sops-encrypted `values/*.nix` given alone reported the
/// `example` host's missing `./disko.nix`, as if nothing had been given).
#[test]
fn files_none_of_which_is_read_ask_for_no_host() {
    use std::io::Write;
    use std::process::Stdio;
    let scratch = tempfile::tempdir().unwrap();
    let root = scratch.path().canonicalize().unwrap();
    std::fs::create_dir(root.join(".git")).unwrap();
    std::fs::create_dir_all(root.join("machines/edge/values")).unwrap();
    std::fs::write(
        root.join("flake.nix"),
        r#"{
  outputs = { nixpkgs, ... }: {
    nixosConfigurations.edge = nixpkgs.lib.nixosSystem {
      system = "x86_64-linux";
      modules = [ ./machines/edge ];
    };
  };
}
"#,
    )
    .unwrap();
    std::fs::write(
        root.join("machines/edge/default.nix"),
        "{ imports = [ ./partitions.nix ]; system.stateVersion = \"25.05\"; }\n",
    )
    .unwrap();
    std::fs::write(
        root.join("machines/edge/values/uplink-token.nix"),
        "{\n\t\"data\": \"ENC[AES256_GCM,data:dHVubmVs,iv:aXY=,tag:dGFn,type:str]\",\n\t\"sops\": {}\n}\n",
    )
    .unwrap();
    let check = |args: &[&str]| {
        let mut all = vec!["check", "--format", "json", "--quiet"];
        all.extend_from_slice(args);
        run(ncc(&all).current_dir(&root))
    };
    // The host's own mistake is reported where the host is asked for.
    let everything = check(&[]);
    assert_eq!(exit_code(&everything), 1);
    assert_eq!(stdout_json(&everything)["diagnostics"][0]["code"], "N201");
    let secret = check(&["machines/edge/values/uplink-token.nix"]);
    assert_eq!(exit_code(&secret), 0);
    let json = stdout_json(&secret);
    assert_eq!(json["diagnostics"], serde_json::json!([]));
    assert_eq!(
        json["notes"],
        serde_json::json!([{ "file": "machines/edge/values/uplink-token.nix", "message": "encrypted with sops; not checked" }])
    );
    let missing = check(&["machines/edge/values/gone.nix"]);
    assert_eq!(exit_code(&missing), 2);
    assert_eq!(stdout_json(&missing)["diagnostics"], serde_json::json!([]));
    let mut child = ncc(&["check", "--format", "json", "--quiet", "-"])
        .current_dir(&root)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("ncc runs");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(b"{ networking.hostName = \"edge\"; }\n")
        .expect("ncc reads its input");
    let standard_input = child.wait_with_output().expect("ncc runs");
    assert_eq!(exit_code(&standard_input), 0);
    assert_eq!(
        stdout_json(&standard_input)["diagnostics"],
        serde_json::json!([])
    );
}

/// A tree without `.git` (an exported archive, a copy): the files given are checked from
/// the flake above them, whose imports reach into the whole tree, not from the first
/// file's directory, which would put the rest outside the project root.
#[test]
fn a_tree_without_git_is_rooted_at_its_flake() {
    let scratch = tempfile::tempdir().unwrap();
    let root = scratch.path().canonicalize().unwrap();
    std::fs::create_dir_all(root.join("modules")).unwrap();
    std::fs::create_dir_all(root.join("hosts")).unwrap();
    std::fs::write(
        root.join("flake.nix"),
        r#"{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-unstable";
  outputs = { nixpkgs, ... }: {
    nixosConfigurations.web = nixpkgs.lib.nixosSystem {
      system = "x86_64-linux";
      modules = [ ./hosts/web.nix ];
    };
  };
}
"#,
    )
    .unwrap();
    std::fs::write(
        root.join("hosts/web.nix"),
        "{ imports = [ ../modules/blog.nix ]; system.stateVersion = \"25.05\"; }\n",
    )
    .unwrap();
    std::fs::write(
        root.join("modules/blog.nix"),
        "{ containers.blog = { autoStart = true; config = { }; }; }\n",
    )
    .unwrap();
    let output = run(ncc(&[
        "check",
        "--format",
        "json",
        "modules/blog.nix",
        "hosts/web.nix",
        "flake.nix",
    ])
    .current_dir(&root));
    assert_eq!(
        exit_code(&output),
        0,
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
    assert_eq!(stdout_json(&output)["diagnostics"], serde_json::json!([]));
}

/// A mistake in a module three hosts import is one finding, naming them all, and each host
/// counts as having a finding; so is a mistake of one host's file another imports.
#[test]
fn a_finding_two_hosts_share_is_reported_once() {
    let project = repository().join("testdata/repos/shared-module-mistake");
    let output = run(ncc(&["check", "--format", "json"]).current_dir(&project));
    assert_eq!(exit_code(&output), 1);
    let document = stdout_json(&output);
    let findings: Vec<(&str, Vec<&str>)> = document["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            let notes = d["notes"].as_array().unwrap();
            let hosts = notes
                .iter()
                .filter_map(|n| n.as_str())
                .filter(|n| n.starts_with("in "))
                .collect();
            (d["code"].as_str().unwrap(), hosts)
        })
        .collect();
    assert_eq!(
        findings,
        vec![
            (
                "C214",
                vec!["in nixosConfigurations.alpha, nixosConfigurations.beta, nixosConfigurations.gamma (flake.nix)"]
            ),
            (
                "C102",
                vec!["in nixosConfigurations.beta, nixosConfigurations.gamma (flake.nix)"]
            ),
        ]
    );
    assert_eq!(document["summary"]["errors"], 2);
    assert_eq!(document["summary"]["files_with_findings"], 3);

    let output = run(ncc(&["check"]).current_dir(&project));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("2 errors in 3 hosts"), "{stderr}");
}
