//! `ncc lsp`: a language server for container declarations, on the same pipeline as
//! `ncc check`.
//!
//! ```text
//! editor ─JSON-RPC─▶ main loop ──Job──▶ worker thread (evaluates; 1 GiB stack)
//!            ◀── diagnostics ──┘ ◀─Checked─┘  └─ hover / definition responses ─▶ editor
//! ```
//!
//! The main loop keeps the open buffers ([`documents`]) and decides what to check: each
//! open document that no other check already reads is checked as `ncc check` given that
//! one file checks it (the hosts of `ncc.toml`, the flake or the hive that reach it, else
//! the repository's host modules that import it, else the file itself when it is a host;
//! [`crate::project`]). Each edit re-checks what reads the edited file; the check a newer
//! edit makes stale is cancelled. Every diagnostic is published in the file it concerns, with its code, a link
//! to its documentation ([`convert::docs_url`]), its labels as related locations and its
//! fixes as data the code actions apply. Completion and code actions need no evaluation
//! and are answered on the main loop; hover on a value and go to definition evaluate the
//! host, on the worker.

mod analysis;
mod convert;
mod documents;
mod features;
mod outline;
mod reference;
mod worker;

use std::collections::HashMap;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use crossbeam_channel::{select, Sender};
use lsp_server::{Connection, ErrorCode, Message, Notification, Request, RequestId, Response};
use lsp_types as lsp;
use lsp_types::notification::{self as notify, Notification as _};
use lsp_types::request::{self as req, Request as _};
use serde_json::json;

pub use analysis::{check_host, HostReport};
pub use convert::{docs_url, DEFAULT_DOCS_BASE_URL};
pub use documents::{Documents, OverlayIo, Snapshot};

use crate::io::ConfinedIo;
use convert::LineIndex;
use reference::OptionIndex;
use worker::{Checked, HostInput, Job};

/// `ncc lsp`: serves the client on standard input and output until it exits.
pub fn run_stdio() -> Result<(), String> {
    let (connection, io_threads) = Connection::stdio();
    run(connection)?;
    io_threads
        .join()
        .map_err(|error| format!("the connection broke: {error}"))
}

/// Serves one client on `connection` until it asks to exit or goes away. The error is a
/// broken connection, never a problem in a document.
pub fn run(connection: Connection) -> Result<(), String> {
    let (id, params) = connection
        .initialize_start()
        .map_err(|error| error.to_string())?;
    let params: lsp::InitializeParams = serde_json::from_value(params).unwrap_or_default();
    let settings = Settings::from_initialize(&params);
    let result = json!({
        "capabilities": capabilities(),
        "serverInfo": { "name": "ncc", "version": env!("CARGO_PKG_VERSION") },
    });
    connection
        .initialize_finish(id, result)
        .map_err(|error| error.to_string())?;
    let (index, errors) = OptionIndex::load();
    let index = Arc::new(index);
    for error in errors {
        log(
            &connection.sender,
            lsp::MessageType::ERROR,
            &format!("internal error: {error}"),
        );
    }
    let (jobs, job_receiver) = crossbeam_channel::unbounded();
    let checked = worker::spawn(job_receiver, connection.sender.clone(), index.clone())
        .map_err(|error| format!("cannot start the worker thread: {error}"))?;
    let mut server = Server {
        sender: connection.sender.clone(),
        jobs,
        settings,
        index,
        documents: Documents::default(),
        hosts: HashMap::new(),
        published: HashMap::new(),
    };
    loop {
        select! {
            recv(connection.receiver) -> message => {
                let Ok(message) = message else { return Ok(()) };
                match message {
                    Message::Request(request) => {
                        if connection.handle_shutdown(&request).map_err(|e| e.to_string())? {
                            return Ok(());
                        }
                        let id = request.id.clone();
                        let answered = catch_unwind(AssertUnwindSafe(|| server.on_request(request)));
                        if answered.is_err() {
                            server.send(Message::Response(Response::new_err(
                                id,
                                ErrorCode::InternalError as i32,
                                "internal error in ncc while answering this request".to_owned(),
                            )));
                        }
                    }
                    Message::Notification(notification) => {
                        if notification.method == notify::Exit::METHOD {
                            return Ok(());
                        }
                        let method = notification.method.clone();
                        if catch_unwind(AssertUnwindSafe(|| server.on_notification(notification))).is_err() {
                            log(&server.sender, lsp::MessageType::ERROR, &format!("internal error in ncc while handling {method}"));
                        }
                    }
                    Message::Response(_) => {}
                }
            }
            recv(checked) -> done => {
                if let Ok(done) = done {
                    server.on_checked(done);
                }
            }
        }
    }
}

fn capabilities() -> lsp::ServerCapabilities {
    lsp::ServerCapabilities {
        text_document_sync: Some(lsp::TextDocumentSyncCapability::Options(
            lsp::TextDocumentSyncOptions {
                open_close: Some(true),
                change: Some(lsp::TextDocumentSyncKind::FULL),
                save: Some(lsp::TextDocumentSyncSaveOptions::Supported(true)),
                ..Default::default()
            },
        )),
        hover_provider: Some(lsp::HoverProviderCapability::Simple(true)),
        completion_provider: Some(lsp::CompletionOptions {
            trigger_characters: Some(vec![".".to_owned()]),
            ..Default::default()
        }),
        definition_provider: Some(lsp::OneOf::Left(true)),
        code_action_provider: Some(lsp::CodeActionProviderCapability::Options(
            lsp::CodeActionOptions {
                code_action_kinds: Some(vec![lsp::CodeActionKind::QUICKFIX]),
                ..Default::default()
            },
        )),
        ..Default::default()
    }
}

/// What the client told us at start-up.
#[derive(Debug, Clone)]
struct Settings {
    /// The workspace root, canonical: files outside it are not served.
    root: Option<PathBuf>,
    docs_base: String,
}

impl Settings {
    fn from_initialize(params: &lsp::InitializeParams) -> Settings {
        #[allow(deprecated, reason = "root_uri is what older clients send")]
        let root_uri = params
            .workspace_folders
            .as_ref()
            .and_then(|folders| folders.first())
            .map(|folder| folder.uri.clone())
            .or_else(|| params.root_uri.clone());
        let root = root_uri
            .as_ref()
            .and_then(convert::path_of_uri)
            .and_then(|path| std::fs::canonicalize(path).ok());
        let docs_base = params
            .initialization_options
            .as_ref()
            .and_then(|options| options.get("docsBaseUrl"))
            .and_then(|base| base.as_str())
            .unwrap_or(DEFAULT_DOCS_BASE_URL)
            .to_owned();
        Settings { root, docs_base }
    }

    /// The root `import` may not leave when checking `file`, or why `file` is not served.
    fn root_of(&self, file: &Path) -> Result<PathBuf, String> {
        match &self.root {
            Some(root) if file.starts_with(root) => Ok(root.clone()),
            Some(root) => Err(format!(
                "'{}' is outside the workspace root '{}'",
                file.display(),
                root.display()
            )),
            None => Ok(ConfinedIo::default_root(file)),
        }
    }
}

/// A host being checked.
#[derive(Debug)]
struct HostState {
    generation: u64,
    cancel: Arc<AtomicBool>,
    /// Whether a check newer than `report` is needed or running.
    pending: bool,
    report: Option<HostReport>,
}

struct Server {
    sender: Sender<Message>,
    jobs: Sender<Job>,
    settings: Settings,
    index: Arc<OptionIndex>,
    documents: Documents,
    hosts: HashMap<PathBuf, HostState>,
    /// What was last published for each file.
    published: HashMap<PathBuf, Vec<lsp::Diagnostic>>,
}

impl Server {
    fn on_notification(&mut self, notification: Notification) {
        match notification.method.as_str() {
            notify::DidOpenTextDocument::METHOD => {
                if let Ok(params) = parse::<lsp::DidOpenTextDocumentParams>(notification.params) {
                    let document = params.text_document;
                    if let Some(path) = convert::path_of_uri(&document.uri) {
                        self.documents
                            .open(path.clone(), document.uri, Arc::from(document.text));
                        self.edited(&path);
                    }
                }
            }
            notify::DidChangeTextDocument::METHOD => {
                if let Ok(params) = parse::<lsp::DidChangeTextDocumentParams>(notification.params) {
                    // Full synchronisation: the last change holds the whole text.
                    let path = convert::path_of_uri(&params.text_document.uri);
                    if let (Some(path), Some(change)) = (path, params.content_changes.last()) {
                        if change.range.is_none()
                            && self
                                .documents
                                .change(&path, Arc::from(change.text.as_str()))
                        {
                            self.edited(&path);
                        }
                    }
                }
            }
            notify::DidSaveTextDocument::METHOD => {
                if let Ok(params) = parse::<lsp::DidSaveTextDocumentParams>(notification.params) {
                    if let Some(path) = convert::path_of_uri(&params.text_document.uri) {
                        self.edited(&path);
                    }
                }
            }
            notify::DidCloseTextDocument::METHOD => {
                if let Ok(params) = parse::<lsp::DidCloseTextDocumentParams>(notification.params) {
                    if let Some(path) = convert::path_of_uri(&params.text_document.uri) {
                        self.documents.close(&path);
                        self.edited(&path);
                    }
                }
            }
            notify::DidChangeWatchedFiles::METHOD => {
                if let Ok(params) = parse::<lsp::DidChangeWatchedFilesParams>(notification.params) {
                    for change in params.changes {
                        if let Some(path) = convert::path_of_uri(&change.uri) {
                            self.edited(&path);
                        }
                    }
                }
            }
            _ => {}
        }
    }

    fn on_request(&mut self, request: Request) {
        let id = request.id.clone();
        let outcome = match request.method.as_str() {
            req::HoverRequest::METHOD => self.hover(request),
            req::GotoDefinition::METHOD => self.definition(request),
            req::Completion::METHOD => self.completion(request),
            req::CodeActionRequest::METHOD => self.code_action(request),
            _ => Err((
                ErrorCode::MethodNotFound,
                format!("ncc does not answer '{}'", request.method),
            )),
        };
        match outcome {
            Ok(Some(response)) => self.send(Message::Response(response)),
            Ok(None) => {}
            Err((code, message)) => self.send(Message::Response(Response::new_err(
                id,
                code as i32,
                message,
            ))),
        }
    }

    /// `file` changed (opened, edited, saved, closed or changed on disk): every host that
    /// reads it is checked again, and the set of hosts is brought up to date.
    fn edited(&mut self, file: &Path) {
        for (host, state) in &mut self.hosts {
            let reads = state
                .report
                .as_ref()
                .is_some_and(|report| report.files.iter().any(|read| read == file));
            if reads || host == file {
                state.pending = true;
            }
        }
        self.reconcile();
    }

    /// Decides the hosts: the open documents no other kept host reads, the largest hosts
    /// first (so that of two files importing each other, one is kept). Drops the others,
    /// starts the checks that are due, and publishes.
    fn reconcile(&mut self) {
        let mut candidates: Vec<PathBuf> = self
            .documents
            .paths()
            .filter(|path| self.settings.root_of(path).is_ok())
            .cloned()
            .collect();
        let size = |path: &PathBuf| {
            self.hosts
                .get(path)
                .and_then(|state| state.report.as_ref())
                .map_or(1, |report| report.files.len())
        };
        candidates.sort_by(|a, b| size(b).cmp(&size(a)).then_with(|| a.cmp(b)));
        let mut kept: Vec<PathBuf> = Vec::new();
        for candidate in candidates {
            let covered = kept.iter().any(|host| {
                self.hosts
                    .get(host)
                    .and_then(|state| state.report.as_ref())
                    .is_some_and(|report| report.files.contains(&candidate))
            });
            if !covered {
                kept.push(candidate);
            }
        }
        self.hosts.retain(|host, state| {
            let keep = kept.contains(host);
            if !keep {
                state.cancel.store(true, Ordering::Relaxed);
            }
            keep
        });
        for host in kept {
            let state = self.hosts.entry(host.clone()).or_insert_with(|| HostState {
                generation: 0,
                cancel: Arc::new(AtomicBool::new(false)),
                pending: true,
                report: None,
            });
            if state.pending {
                state.cancel.store(true, Ordering::Relaxed);
                state.cancel = Arc::new(AtomicBool::new(false));
                state.generation += 1;
                state.pending = false;
                let generation = state.generation;
                let cancel = state.cancel.clone();
                if let Some(input) = self.host_input(&host) {
                    let _ = self.jobs.send(Job::Check {
                        host: input,
                        generation,
                        cancel,
                        docs_base: self.settings.docs_base.clone(),
                    });
                }
            }
        }
        self.publish();
    }

    fn on_checked(&mut self, checked: Checked) {
        let Some(state) = self.hosts.get_mut(&checked.host) else {
            return;
        };
        if state.generation != checked.generation {
            return;
        }
        state.report = Some(checked.report);
        self.reconcile();
    }

    /// Publishes each file's diagnostics, from every host that reads it, where they changed.
    fn publish(&mut self) {
        let mut now: HashMap<PathBuf, Vec<lsp::Diagnostic>> = HashMap::new();
        let mut hosts: Vec<&PathBuf> = self.hosts.keys().collect();
        hosts.sort();
        for host in hosts {
            let Some(report) = &self.hosts[host].report else {
                continue;
            };
            for (file, diagnostics) in &report.diagnostics {
                let entry = now.entry(file.clone()).or_default();
                for diagnostic in diagnostics {
                    if !entry.contains(diagnostic) {
                        entry.push(diagnostic.clone());
                    }
                }
            }
        }
        // Files published before that no host reads any more are cleared.
        for file in self.published.keys() {
            now.entry(file.clone()).or_default();
        }
        let mut files: Vec<PathBuf> = now.keys().cloned().collect();
        files.sort();
        for file in files {
            let diagnostics = now.remove(&file).unwrap_or_default();
            let before = self.published.get(&file);
            if before == Some(&diagnostics) || (before.is_none() && diagnostics.is_empty()) {
                continue;
            }
            let uri = match self.documents.get(&file) {
                Some(document) => document.uri.clone(),
                None => convert::uri_of_path(&file),
            };
            let params = lsp::PublishDiagnosticsParams {
                uri,
                diagnostics: diagnostics.clone(),
                version: None,
            };
            self.send(Message::Notification(Notification::new(
                notify::PublishDiagnostics::METHOD.to_owned(),
                params,
            )));
            if diagnostics.is_empty() {
                self.published.remove(&file);
            } else {
                self.published.insert(file, diagnostics);
            }
        }
    }

    /// How the worker reads `host`.
    fn host_input(&mut self, host: &Path) -> Option<HostInput> {
        let root = self.settings.root_of(host).ok()?;
        let name = host
            .strip_prefix(&root)
            .unwrap_or(host)
            .display()
            .to_string();
        Some(HostInput {
            path: host.to_path_buf(),
            name,
            root,
            snapshot: self.documents.snapshot(),
        })
    }

    /// The host whose check covers `file`: a host that reads it, else the file itself.
    fn host_of(&self, file: &Path) -> PathBuf {
        let mut hosts: Vec<&PathBuf> = self.hosts.keys().collect();
        hosts.sort();
        hosts
            .into_iter()
            .find(|host| {
                self.hosts[*host]
                    .report
                    .as_ref()
                    .is_some_and(|report| report.files.iter().any(|read| read == file))
            })
            .cloned()
            .unwrap_or_else(|| file.to_path_buf())
    }

    /// The path and text of the document a request names; an error response if it names
    /// no file ncc may read.
    fn document(&self, uri: &lsp::Uri) -> Result<(PathBuf, Arc<str>), (ErrorCode, String)> {
        let path = convert::path_of_uri(uri).ok_or_else(|| {
            (
                ErrorCode::InvalidParams,
                format!("'{}' is not a file:// URI", uri.as_str()),
            )
        })?;
        let root = self
            .settings
            .root_of(&path)
            .map_err(|message| (ErrorCode::InvalidParams, message))?;
        if let Some(document) = self.documents.get(&path) {
            return Ok((path, document.text.clone()));
        }
        let text =
            lib_nix::eval::EvalIo::read_file(&ConfinedIo::new(root), &path.to_string_lossy())
                .map_err(|message| (ErrorCode::InvalidParams, message))?;
        Ok((path, Arc::from(text)))
    }

    fn hover(&mut self, request: Request) -> RequestResult {
        let (id, params) = extract::<lsp::HoverParams>(request)?;
        let position = params.text_document_position_params;
        let (file, text) = self.document(&position.text_document.uri)?;
        let host = self.host_of(&file);
        let host = self.host_input(&host).ok_or_else(outside)?;
        let _ = self.jobs.send(Job::Hover {
            id,
            host,
            file,
            text,
            position: position.position,
        });
        Ok(None)
    }

    fn definition(&mut self, request: Request) -> RequestResult {
        let (id, params) = extract::<lsp::GotoDefinitionParams>(request)?;
        let position = params.text_document_position_params;
        let (file, text) = self.document(&position.text_document.uri)?;
        let host_path = self.host_of(&file);
        let files = self
            .hosts
            .get(&host_path)
            .and_then(|state| state.report.as_ref())
            .map(|report| report.files.clone())
            .unwrap_or_else(|| vec![file.clone()]);
        let host = self.host_input(&host_path).ok_or_else(outside)?;
        let _ = self.jobs.send(Job::Definition {
            id,
            host,
            files,
            file,
            text,
            position: position.position,
        });
        Ok(None)
    }

    fn completion(&mut self, request: Request) -> RequestResult {
        let (id, params) = extract::<lsp::CompletionParams>(request)?;
        let position = params.text_document_position;
        let (_, text) = self.document(&position.text_document.uri)?;
        let index = LineIndex::new(&text);
        let offset = index.offset(position.position);
        let outline = outline::outline(&text);
        let items = features::completions(&outline, &self.index, offset);
        Ok(Some(Response::new_ok(
            id,
            lsp::CompletionResponse::Array(items),
        )))
    }

    fn code_action(&mut self, request: Request) -> RequestResult {
        let (id, params) = extract::<lsp::CodeActionParams>(request)?;
        self.document(&params.text_document.uri)?;
        let actions =
            features::code_actions(&params.text_document.uri, &params.context.diagnostics);
        Ok(Some(Response::new_ok(id, actions)))
    }

    fn send(&self, message: Message) {
        let _ = self.sender.send(message);
    }
}

/// A response now, a response later (from the worker: `None`), or an error response.
type RequestResult = Result<Option<Response>, (ErrorCode, String)>;

fn outside() -> (ErrorCode, String) {
    (
        ErrorCode::InvalidParams,
        "the file is outside the workspace root".to_owned(),
    )
}

fn extract<P: serde::de::DeserializeOwned>(
    request: Request,
) -> Result<(RequestId, P), (ErrorCode, String)> {
    let id = request.id;
    let params = parse::<P>(request.params).map_err(|error| (ErrorCode::InvalidParams, error))?;
    Ok((id, params))
}

fn parse<P: serde::de::DeserializeOwned>(params: serde_json::Value) -> Result<P, String> {
    serde_json::from_value(params).map_err(|error| format!("invalid parameters: {error}"))
}

fn log(sender: &Sender<Message>, kind: lsp::MessageType, message: &str) {
    let params = lsp::LogMessageParams {
        typ: kind,
        message: message.to_owned(),
    };
    let _ = sender.send(Message::Notification(Notification::new(
        notify::LogMessage::METHOD.to_owned(),
        params,
    )));
}
