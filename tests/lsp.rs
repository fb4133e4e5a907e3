//! `ncc lsp` driven as an editor drives it: the real binary, JSON-RPC over its standard
//! input and output. `NCC_LSP_TRANSCRIPT=1 cargo test --test lsp -- --nocapture` prints
//! every message exchanged.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

/// How long any one answer may take before the test calls the server hung.
const PATIENCE: Duration = Duration::from_secs(30);

struct Client {
    child: Child,
    stdin: ChildStdin,
    incoming: Receiver<Value>,
    /// Notifications that arrived while waiting for something else.
    backlog: Vec<Value>,
    next_id: i64,
    transcript: bool,
}

impl Client {
    fn start(root: &Path) -> Client {
        let mut child = Command::new(env!("CARGO_BIN_EXE_ncc"))
            .arg("lsp")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("starting ncc lsp");
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let (sender, incoming) = mpsc::channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            while let Some(message) = read_message(&mut reader) {
                if sender.send(message).is_err() {
                    break;
                }
            }
        });
        let mut client = Client {
            child,
            stdin,
            incoming,
            backlog: Vec::new(),
            next_id: 0,
            transcript: std::env::var_os("NCC_LSP_TRANSCRIPT").is_some(),
        };
        let result = client.request(
            "initialize",
            json!({
                "processId": null,
                "rootUri": uri(root),
                "capabilities": {},
            }),
        );
        assert!(
            result["result"]["capabilities"]["hoverProvider"] == json!(true),
            "{result}"
        );
        client.notify("initialized", json!({}));
        client
    }

    fn send(&mut self, message: Value) {
        if self.transcript {
            eprintln!("--> {message}");
        }
        let text = message.to_string();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{text}", text.len()).unwrap();
        self.stdin.flush().unwrap();
    }

    fn receive(&mut self, timeout: Duration) -> Option<Value> {
        match self.incoming.recv_timeout(timeout) {
            Ok(message) => {
                if self.transcript {
                    eprintln!("<-- {message}");
                }
                Some(message)
            }
            Err(RecvTimeoutError::Timeout) => None,
            Err(RecvTimeoutError::Disconnected) => panic!("ncc lsp closed its output"),
        }
    }

    fn notify(&mut self, method: &str, params: Value) {
        self.send(json!({ "jsonrpc": "2.0", "method": method, "params": params }));
    }

    /// Sends a request and returns the whole response (`result` or `error`).
    fn request(&mut self, method: &str, params: Value) -> Value {
        self.next_id += 1;
        let id = self.next_id;
        self.send(json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }));
        let deadline = Instant::now() + PATIENCE;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let message = self
                .receive(left)
                .unwrap_or_else(|| panic!("no answer to {method} within {PATIENCE:?}"));
            if message.get("id") == Some(&json!(id)) && message.get("method").is_none() {
                return message;
            }
            self.backlog.push(message);
        }
    }

    /// The next diagnostics published for `uri`.
    fn diagnostics(&mut self, uri: &str) -> Vec<Value> {
        self.diagnostics_within(uri, PATIENCE)
            .unwrap_or_else(|| panic!("no diagnostics for {uri} within {PATIENCE:?}"))
    }

    fn diagnostics_within(&mut self, uri: &str, patience: Duration) -> Option<Vec<Value>> {
        let is_it = |message: &Value| {
            message["method"] == "textDocument/publishDiagnostics"
                && message["params"]["uri"] == uri
        };
        if let Some(at) = self.backlog.iter().position(is_it) {
            let message = self.backlog.remove(at);
            return Some(message["params"]["diagnostics"].as_array().unwrap().clone());
        }
        let deadline = Instant::now() + patience;
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let message = self.receive(left)?;
            if is_it(&message) {
                return Some(message["params"]["diagnostics"].as_array().unwrap().clone());
            }
            self.backlog.push(message);
        }
    }

    fn open(&mut self, path: &Path, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({ "textDocument": { "uri": uri(path), "languageId": "nix", "version": 1, "text": text } }),
        );
    }

    fn change(&mut self, path: &Path, version: i64, text: &str) {
        self.notify(
            "textDocument/didChange",
            json!({
                "textDocument": { "uri": uri(path), "version": version },
                "contentChanges": [ { "text": text } ],
            }),
        );
    }

    /// Shuts the server down as an editor does; it must exit with status 0.
    fn shut_down(mut self) {
        let response = self.request("shutdown", Value::Null);
        assert_eq!(response["result"], Value::Null, "{response}");
        self.notify("exit", Value::Null);
        let deadline = Instant::now() + PATIENCE;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                assert!(status.success(), "ncc lsp exited with {status}");
                return;
            }
            assert!(Instant::now() < deadline, "ncc lsp did not exit");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn read_message(reader: &mut impl BufRead) -> Option<Value> {
    let mut length = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(value) = line.strip_prefix("Content-Length: ") {
            length = value.parse::<usize>().ok();
        }
    }
    let mut body = vec![0; length?];
    reader.read_exact(&mut body).ok()?;
    serde_json::from_slice(&body).ok()
}

fn uri(path: &Path) -> String {
    format!("file://{}", path.display())
}

/// A project directory, canonical (the server resolves the root it is given).
fn project(files: &[(&str, &str)]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let root = std::fs::canonicalize(dir.path()).unwrap();
    for (name, text) in files {
        let path = root.join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    (dir, root)
}

/// The LSP position of the first occurrence of `needle` in `text`, plus `shift` characters.
fn position(text: &str, needle: &str, shift: usize) -> Value {
    let at = text
        .find(needle)
        .unwrap_or_else(|| panic!("{needle:?} not in the text"))
        + shift;
    let line = text[..at].matches('\n').count();
    let column = at - text[..at].rfind('\n').map_or(0, |newline| newline + 1);
    json!({ "line": line, "character": column })
}

/// Applies a workspace edit's text edits (single-line ranges, as ncc's fixes are).
fn apply(text: &str, edits: &[Value]) -> String {
    let mut lines: Vec<String> = text.split('\n').map(str::to_owned).collect();
    for edit in edits {
        let start = &edit["range"]["start"];
        let end = &edit["range"]["end"];
        assert_eq!(start["line"], end["line"]);
        let line = &mut lines[start["line"].as_u64().unwrap() as usize];
        let from = start["character"].as_u64().unwrap() as usize;
        let to = end["character"].as_u64().unwrap() as usize;
        line.replace_range(from..to, edit["newText"].as_str().unwrap());
    }
    lines.join("\n")
}

const HOST_WITH_A_TYPO: &str = r#"{ config, lib, ... }:
{
  imports = [ ./web.nix ];
  containers.db = {
    privateNetwrk = true;
    autoStart = true;
    hostAddress = "10.231.136.1";
    bindMounts."/var/lib/postgresql" = { hostPath = "/srv/pg"; isReadOnly = false; };
    config = { networking.firewall.allowedTCPPorts = [ 5432 ]; };
  };
}
"#;

const WEB: &str = r#"{
  containers.web = { autoStart = false; config = { }; };
  containers.db.timeoutStartSec = "2min";
}
"#;

#[test]
fn a_typo_is_published_explained_and_fixed() {
    let (_dir, root) = project(&[("host.nix", HOST_WITH_A_TYPO), ("web.nix", WEB)]);
    let host = root.join("host.nix");
    let host_uri = uri(&host);
    let mut client = Client::start(&root);
    client.open(&host, HOST_WITH_A_TYPO);

    // The diagnostic: the code, its documentation, the help line and the fix.
    // The typo leaves privateNetwork off, so hostAddress is also reported, as ignored.
    let diagnostics = client.diagnostics(&host_uri);
    let codes: Vec<&str> = diagnostics
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["M001", "C207"], "{diagnostics:#?}");
    assert_eq!(diagnostics[1]["severity"], 2);
    let typo = &diagnostics[0];
    assert_eq!(typo["code"], "M001");
    assert_eq!(typo["source"], "ncc");
    assert_eq!(typo["severity"], 1);
    assert_eq!(
        typo["range"]["start"],
        position(HOST_WITH_A_TYPO, "privateNetwrk", 0)
    );
    assert_eq!(
        typo["range"]["end"],
        position(HOST_WITH_A_TYPO, "privateNetwrk", 13)
    );
    assert_eq!(
        typo["codeDescription"]["href"],
        "https://example.org/ncc/docs/codes/M001.html"
    );
    let message = typo["message"].as_str().unwrap();
    assert!(
        message.starts_with("The option `containers.db.privateNetwrk' does not exist."),
        "{message}"
    );
    assert!(
        message.ends_with("help: did you mean `containers.db.privateNetwork'?"),
        "{message}"
    );

    // Hover on an option name: the schema's type, default and description.
    let hover = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": host_uri }, "position": position(HOST_WITH_A_TYPO, "autoStart", 2) }),
    );
    let text = hover["result"]["contents"]["value"].as_str().unwrap();
    assert!(
        text.starts_with("**`containers.<name>.autoStart`** (`containers.db.autoStart`)"),
        "{text}"
    );
    assert!(
        text.contains("*Type:* boolean") && text.contains("*Default:* `false`"),
        "{text}"
    );
    assert!(
        text.contains("automatically started at boot-time"),
        "{text}"
    );

    // Hover on a value: the merged value and where it was defined.
    let hover = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": host_uri }, "position": position(HOST_WITH_A_TYPO, "\"10.231", 3) }),
    );
    let text = hover["result"]["contents"]["value"].as_str().unwrap();
    assert!(
        text.contains("*Merged value:* `\"10.231.136.1\"`"),
        "{text}"
    );
    assert!(text.contains("*Defined at:* host.nix:7:"), "{text}");

    // Inside the container's own config, from its evaluation against the NixOS subset.
    let hover = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": host_uri }, "position": position(HOST_WITH_A_TYPO, "[ 5432 ]", 2) }),
    );
    let text = hover["result"]["contents"]["value"].as_str().unwrap();
    assert!(
        text.starts_with("**`containers.<name>.config.networking.firewall.allowedTCPPorts`**"),
        "{text}"
    );
    assert!(text.contains("*Merged value:* `[ 5432 ]`"), "{text}");
    assert!(text.contains("*Defined at:* host.nix:9:"), "{text}");

    // Completion inside the container, a bind mount and the container's own config.
    let labels = |client: &mut Client, needle: &str, shift: usize| -> Vec<String> {
        let response = client.request(
            "textDocument/completion",
            json!({ "textDocument": { "uri": host_uri }, "position": position(HOST_WITH_A_TYPO, needle, shift) }),
        );
        response["result"]
            .as_array()
            .unwrap()
            .iter()
            .map(|item| item["label"].as_str().unwrap().to_owned())
            .collect()
    };
    let in_container = labels(&mut client, "    autoStart", 0);
    for expected in [
        "privateNetwork",
        "bindMounts",
        "forwardPorts",
        "hostAddress",
        "config",
    ] {
        assert!(
            in_container.contains(&expected.to_owned()),
            "{expected} not in {in_container:?}"
        );
    }
    assert_eq!(
        labels(&mut client, "hostPath", 0),
        ["hostPath", "isReadOnly", "mountPoint"]
    );
    let in_config = labels(&mut client, "networking.firewall", 0);
    assert!(
        in_config.contains(&"networking".to_owned()) && in_config.contains(&"services".to_owned()),
        "{in_config:?}"
    );

    // Go to definition: every definition of containers.db across the host's files.
    let definition = client.request(
        "textDocument/definition",
        json!({ "textDocument": { "uri": host_uri }, "position": position(HOST_WITH_A_TYPO, "db", 0) }),
    );
    let found: Vec<(String, Value)> = definition["result"]
        .as_array()
        .unwrap()
        .iter()
        .map(|location| {
            let file = location["uri"]
                .as_str()
                .unwrap()
                .rsplit('/')
                .next()
                .unwrap()
                .to_owned();
            (file, location["range"]["start"].clone())
        })
        .collect();
    assert_eq!(
        found,
        [
            ("host.nix".to_owned(), position(HOST_WITH_A_TYPO, "db", 0)),
            ("web.nix".to_owned(), position(WEB, "db.timeoutStartSec", 0)),
        ]
    );

    // The code action applies the suggestion, and the diagnostic goes away.
    let actions = client.request(
        "textDocument/codeAction",
        json!({
            "textDocument": { "uri": host_uri },
            "range": typo["range"],
            "context": { "diagnostics": [typo] },
        }),
    );
    let action = &actions["result"][0];
    assert_eq!(action["title"], "Replace with `privateNetwork`");
    assert_eq!(action["kind"], "quickfix");
    let edits = action["edit"]["changes"][&host_uri].as_array().unwrap();
    let fixed = apply(HOST_WITH_A_TYPO, edits);
    assert!(fixed.contains("    privateNetwork = true;"));
    client.change(&host, 2, &fixed);
    assert_eq!(client.diagnostics(&host_uri), Vec::<Value>::new());
    client.shut_down();
}

/// Every request gets a response, whatever the document holds and whatever is asked.
#[test]
fn any_document_and_any_request_get_an_answer() {
    let (_dir, root) = project(&[
        ("host.nix", "{ imports = [ ./gone.nix ]; }\n"),
        ("gone.nix", "{ }\n"),
    ]);
    let (_outside_dir, outside) = project(&[("elsewhere.nix", "{ }\n")]);
    let mut client = Client::start(&root);
    let everywhere = [
        json!({ "line": 0, "character": 0 }),
        json!({ "line": 0, "character": 3 }),
        json!({ "line": 2, "character": 1 }),
        json!({ "line": 999, "character": 999 }),
    ];
    let ask_everything = |client: &mut Client, uri: &str| -> Vec<Value> {
        let mut responses = Vec::new();
        for position in &everywhere {
            let at = json!({ "textDocument": { "uri": uri }, "position": position });
            responses.push(client.request("textDocument/hover", at.clone()));
            responses.push(client.request("textDocument/completion", at.clone()));
            responses.push(client.request("textDocument/definition", at));
        }
        let range = json!({ "start": everywhere[0], "end": everywhere[3] });
        responses.push(client.request(
            "textDocument/codeAction",
            json!({ "textDocument": { "uri": uri }, "range": range, "context": { "diagnostics": [] } }),
        ));
        responses
    };

    // Documents no one should write; each is opened, edited and asked about.
    let deep = format!("{}1{}", "[ ".repeat(3000), " ]".repeat(3000));
    let long_key = format!("{{ {} = 1; }}", "a.".repeat(5000) + "b");
    let contents: Vec<String> = vec![
        String::new(),
        "{".into(),
        "}}}} ;; = = in".into(),
        "{ containers.web = { privateNetwork = ".into(),
        "{ containers.${x} = { }; }".into(),
        "\u{0}\u{feff}\u{1f600} ''${".into(),
        "let x = x; in x".into(),
        "{ containers.web = import ./nowhere.nix; }".into(),
        "{ containers = builtins.readFile /etc/passwd; }".into(),
        "{ a = 1; a = 2; containers.\"w e b\".config = 5; }".into(),
        deep,
        long_key,
    ];
    let scratch = root.join("scratch.nix");
    let scratch_uri = uri(&scratch);
    client.open(&scratch, "");
    for (version, text) in contents.iter().enumerate() {
        client.change(&scratch, version as i64 + 2, text);
        for response in ask_everything(&mut client, &scratch_uri) {
            assert!(
                response.get("result").is_some() || response.get("error").is_some(),
                "{response}"
            );
        }
    }

    // Requests about files that are not open, not there, not files, or outside the root.
    for target in [
        uri(&root.join("never-opened.nix")),
        uri(&root.join("host.nix")),
        uri(&outside.join("elsewhere.nix")),
        "untitled:Untitled-1".to_owned(),
        "file:///etc/passwd".to_owned(),
    ] {
        for response in ask_everything(&mut client, &target) {
            assert!(
                response.get("result").is_some() || response.get("error").is_some(),
                "{response}"
            );
        }
    }
    let outside_hover = client.request(
        "textDocument/hover",
        json!({ "textDocument": { "uri": uri(&outside.join("elsewhere.nix")) }, "position": everywhere[0] }),
    );
    assert!(
        outside_hover["error"]["message"]
            .as_str()
            .unwrap()
            .contains("outside the workspace root"),
        "{outside_hover}"
    );

    // Methods ncc does not know, and parameters that are not what the method takes.
    let unknown = client.request("textDocument/rename", json!({}));
    assert_eq!(unknown["error"]["code"], -32601, "{unknown}");
    let malformed = client.request("textDocument/hover", json!({ "textDocument": 5 }));
    assert_eq!(malformed["error"]["code"], -32602, "{malformed}");
    client.notify("textDocument/didChange", json!({ "textDocument": { "uri": "file:///not/open.nix", "version": 1 }, "contentChanges": [] }));
    client.notify("textDocument/didOpen", json!({ "nonsense": true }));
    client.notify("$/someExtension", Value::Null);

    // A file deleted under an open host: the next check says so, in the host.
    let host = root.join("host.nix");
    client.open(&host, "{ imports = [ ./gone.nix ]; }\n");
    let _ = client.diagnostics_within(&uri(&host), Duration::from_secs(2));
    std::fs::remove_file(root.join("gone.nix")).unwrap();
    client.notify(
        "textDocument/didSave",
        json!({ "textDocument": { "uri": uri(&host) } }),
    );
    let diagnostics = client.diagnostics(&uri(&host));
    assert!(
        diagnostics
            .iter()
            .any(|d| d["message"].as_str().unwrap().contains("gone.nix")),
        "{diagnostics:#?}"
    );
    for response in ask_everything(&mut client, &uri(&host)) {
        assert!(
            response.get("result").is_some() || response.get("error").is_some(),
            "{response}"
        );
    }
    client.shut_down();
}

/// An edit abandons the check it makes stale: the result of the new text comes first,
/// and the stale one (which would run out its step budget) never arrives.
#[test]
fn an_edit_cancels_a_slow_check() {
    let slow = "let f = n: if n == 0 then 0 else f (n - 1) + f (n - 1); in\n{ containers.web = { autoStart = f 40 == 0; config = { }; }; }\n";
    let quick = "{ containers.web = { autoStrt = true; config = { }; }; }\n";
    let (_dir, root) = project(&[]);
    let host = root.join("host.nix");
    let host_uri = uri(&host);
    let mut client = Client::start(&root);
    client.open(&host, slow);
    std::thread::sleep(Duration::from_millis(100));
    let edited = Instant::now();
    client.change(&host, 2, quick);
    let diagnostics = client.diagnostics(&host_uri);
    let waited = edited.elapsed();
    let codes: Vec<&str> = diagnostics
        .iter()
        .map(|d| d["code"].as_str().unwrap())
        .collect();
    assert_eq!(codes, ["M001"], "{diagnostics:#?}");
    eprintln!("diagnostics of the edit {waited:?} after it");
    // Nothing stale follows.
    assert_eq!(
        client.diagnostics_within(&host_uri, Duration::from_secs(3)),
        None
    );
    client.shut_down();
}

/// A diagnostic is published in the file it concerns, and the other definitions of a
/// conflicting option come as related locations.
#[test]
fn diagnostics_land_in_the_file_they_concern() {
    let host_text = "{ imports = [ ./other.nix ];\n  containers.web = { timeoutStartSec = \"1min\"; config = { }; };\n}\n";
    let other_text =
        "{\n  containers.web.timeoutStartSec = \"2min\";\n  containers.web.autoStrt = true;\n}\n";
    let (_dir, root) = project(&[("host.nix", host_text), ("other.nix", other_text)]);
    let (host, other) = (root.join("host.nix"), root.join("other.nix"));
    let mut client = Client::start(&root);
    client.open(&host, host_text);
    let in_host = client.diagnostics(&uri(&host));
    let in_other = client.diagnostics(&uri(&other));
    let conflict = in_host
        .iter()
        .chain(&in_other)
        .find(|d| d["code"] == "M003")
        .expect("a conflict");
    let related = &conflict["relatedInformation"][0];
    assert_eq!(related["message"], "also defined here");
    assert_ne!(related["location"]["uri"], json!(null));
    let both = [uri(&host), uri(&other)];
    assert!(both.contains(&related["location"]["uri"].as_str().unwrap().to_owned()));
    let typo: Vec<&Value> = in_other.iter().filter(|d| d["code"] == "M001").collect();
    assert_eq!(typo.len(), 1, "{in_other:#?}");
    assert_eq!(
        typo[0]["range"]["start"],
        position(other_text, "containers.web.autoStrt", 0)
    );
    let fix = &typo[0]["data"]["fixes"][0];
    assert_eq!(fix["range"]["start"], position(other_text, "autoStrt", 0));
    assert_eq!(fix["newText"], "autoStart");

    // Opened, the imported file is still checked through its host: fixing the typo there
    // re-checks the host, and the file's diagnostics lose it.
    client.open(&other, other_text);
    let fixed = other_text.replace("autoStrt", "autoStart");
    client.change(&other, 2, &fixed);
    let deadline = Instant::now() + PATIENCE;
    loop {
        let now = client.diagnostics(&uri(&other));
        if now.iter().all(|d| d["code"] != "M001") {
            break;
        }
        assert!(Instant::now() < deadline, "the typo stayed: {now:#?}");
    }
    client.shut_down();
}

/// A document is checked through the project around it, as `ncc check` given that file
/// checks it: a module of a flake's host gets the host's diagnostics (with the flake's
/// `specialArgs`), named by the host, and `[rules]` of ncc.toml apply.
#[test]
fn a_flake_module_is_checked_through_its_host() {
    let flake = r#"{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-24.11";
  outputs = { nixpkgs, ... }: {
    nixosConfigurations.web = nixpkgs.lib.nixosSystem {
      system = "x86_64-linux";
      specialArgs = { site = "blog"; };
      modules = [ ./hosts/web.nix ];
    };
  };
}
"#;
    let module = "{ site, ... }:\n{\n  containers.${site} = {\n    autoStrt = true;\n    hostAddress = \"10.0.0.1\";\n    config = { };\n  };\n}\n";
    let config = "hosts = [\".#web\"]\n\n[rules]\nC207 = \"off\"\n";
    let (_dir, root) = project(&[
        ("flake.nix", flake),
        ("hosts/web.nix", module),
        ("ncc.toml", config),
    ]);
    let web = root.join("hosts/web.nix");
    let mut client = Client::start(&root);
    client.open(&web, module);
    let found = client.diagnostics(&uri(&web));
    let codes: Vec<&Value> = found.iter().map(|d| &d["code"]).collect();
    // The typo, in the container the flake's specialArgs name; C207 (hostAddress without
    // privateNetwork) is off in ncc.toml.
    assert_eq!(codes, [&json!("M001")], "{found:#?}");
    let message = found[0]["message"].as_str().unwrap();
    assert!(message.contains("containers.blog.autoStrt"), "{message}");
    assert!(
        message.contains("in nixosConfigurations.web (flake.nix)"),
        "{message}"
    );
    client.shut_down();
}

/// A flake nested in a repository whose own flake declares hosts (a template's, as
/// dustinlyons/nixos-config's `templates/starter`) is the project of the files below it:
/// an open document there is checked through the nested flake's hosts, as `ncc check` run
/// in the document's directory checks it, not through the root flake's, which never read
/// it. `ncc check FILE` run at the repository's root finds the root flake instead, whose
/// hosts do not read the module, and checks it on its own.
#[test]
fn a_nested_flake_is_the_project_of_its_files() {
    let flake = |host: &str, module: &str| {
        format!(
            r#"{{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-24.11";
  outputs = {{ nixpkgs, ... }}: {{
    nixosConfigurations.{host} = nixpkgs.lib.nixosSystem {{
      system = "x86_64-linux";
      modules = [ ./{module} ];
    }};
  }};
}}
"#
        )
    };
    let root_flake = flake("main", "main.nix");
    let starter_flake = flake("starter", "host.nix");
    let main = "{ containers.web = { autoStart = true; config = { }; }; }\n";
    let host = "{\n  containers.demo = {\n    autoStrt = true;\n    config = { };\n  };\n}\n";
    let (_dir, root) = project(&[
        ("flake.nix", &root_flake),
        ("main.nix", main),
        ("templates/starter/flake.nix", &starter_flake),
        ("templates/starter/host.nix", host),
    ]);
    let path = root.join("templates/starter/host.nix");
    let mut client = Client::start(&root);
    client.open(&path, host);
    let found = client.diagnostics(&uri(&path));
    let codes: Vec<&Value> = found.iter().map(|d| &d["code"]).collect();
    assert_eq!(codes, [&json!("M001")], "{found:#?}");
    let message = found[0]["message"].as_str().unwrap();
    assert!(
        message.contains("in nixosConfigurations.starter (templates/starter/flake.nix)"),
        "{message}"
    );
    assert_eq!(found[0]["range"]["start"], position(host, "autoStrt", 0));
    client.shut_down();
}

/// The other side: a nested flake whose hosts do not read the document (d3vnrd/d3vnrd's
/// bootstrap `host/flake.nix`, beside the `host/default.nix` the root flake imports) does
/// not hide the flake above it whose hosts do: the document is checked through those, as
/// `ncc check FILE` at the repository's root checks it.
#[test]
fn a_nested_flake_that_does_not_read_a_file_leaves_it_to_the_flake_above() {
    let root_flake = r#"{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-24.11";
  outputs = inputs: { nixosConfigurations = import ./host { inherit inputs; }; };
}
"#;
    let systems = r#"{ inputs }:
{
  web = inputs.nixpkgs.lib.nixosSystem {
    system = "x86_64-linux";
    modules = [ ./web.nix ];
  };
}
"#;
    let bootstrap = r#"{
  inputs.nixpkgs.url = "github:NixOS/nixpkgs/nixos-24.11";
  outputs = { nixpkgs, ... }: {
    nixosConfigurations.installer = nixpkgs.lib.nixosSystem {
      system = "x86_64-linux";
      modules = [ ./installer.nix ];
    };
  };
}
"#;
    let web = "{\n  containers.site = {\n    autoStrt = true;\n    config = { };\n  };\n}\n";
    let installer = "{ networking.hostName = \"installer\"; }\n";
    let (_dir, root) = project(&[
        ("flake.nix", root_flake),
        ("host/default.nix", systems),
        ("host/flake.nix", bootstrap),
        ("host/web.nix", web),
        ("host/installer.nix", installer),
    ]);
    let path = root.join("host/default.nix");
    let mut client = Client::start(&root);
    client.open(&path, systems);
    let found = client.diagnostics(&uri(&root.join("host/web.nix")));
    let codes: Vec<&Value> = found.iter().map(|d| &d["code"]).collect();
    assert_eq!(codes, [&json!("M001")], "{found:#?}");
    let message = found[0]["message"].as_str().unwrap();
    assert!(
        message.contains("in nixosConfigurations.web (flake.nix)"),
        "{message}"
    );
    client.shut_down();
}
