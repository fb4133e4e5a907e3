//! The thread that evaluates: host checks, and the requests that need a merged value.
//! It has the large stack evaluation needs, takes one job at a time, skips a check an
//! edit has made stale before it starts and stops one that goes stale while it runs (its
//! [`OverlayIo`] reports the cancel flag to the evaluator), and survives a panic in a job.

use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use crossbeam_channel::{Receiver, Sender};
use lsp_server::{ErrorCode, Message, RequestId, Response};
use lsp_types as lsp;

use super::analysis::{self, HostReport};
use super::convert::LineIndex;
use super::documents::{OverlayIo, Snapshot};
use super::features::{self, Target};
use super::outline;
use super::reference::OptionIndex;
use crate::io::ConfinedIo;

/// The stack of the worker thread, as `ncc check` gives its evaluation thread.
const STACK: usize = 1 << 30;

/// Where a host is and how it is read.
#[derive(Debug, Clone)]
pub struct HostInput {
    pub path: PathBuf,
    /// The name messages show it by: its path relative to the root.
    pub name: String,
    pub root: PathBuf,
    pub snapshot: Snapshot,
}

impl HostInput {
    fn io(&self, cancel: Arc<AtomicBool>) -> OverlayIo {
        OverlayIo::new(
            self.snapshot.clone(),
            ConfinedIo::new(self.root.clone()),
            cancel,
        )
    }

    fn text(&self, io: &OverlayIo) -> Result<String, String> {
        lib_nix::eval::EvalIo::read_file(io, &self.path.to_string_lossy())
    }
}

/// Work for the worker.
#[derive(Debug)]
pub enum Job {
    Check {
        host: HostInput,
        generation: u64,
        cancel: Arc<AtomicBool>,
        docs_base: String,
    },
    Hover {
        id: RequestId,
        host: HostInput,
        /// The document asked about and its text.
        file: PathBuf,
        text: Arc<str>,
        position: lsp::Position,
    },
    Definition {
        id: RequestId,
        host: HostInput,
        /// The files the host read at its last check.
        files: Vec<PathBuf>,
        file: PathBuf,
        text: Arc<str>,
        position: lsp::Position,
    },
}

/// A finished check, for the main loop.
#[derive(Debug)]
pub struct Checked {
    pub host: PathBuf,
    pub generation: u64,
    pub report: HostReport,
}

/// Starts the worker. Responses go straight to `responses`; checks come back on the
/// returned channel.
pub fn spawn(
    jobs: Receiver<Job>,
    responses: Sender<Message>,
    index: Arc<OptionIndex>,
) -> std::io::Result<Receiver<Checked>> {
    let (checked_sender, checked) = crossbeam_channel::unbounded();
    std::thread::Builder::new()
        .name("ncc-lsp-worker".to_owned())
        .stack_size(STACK)
        .spawn(move || {
            for job in jobs {
                run(job, &responses, &checked_sender, &index);
            }
        })?;
    Ok(checked)
}

fn run(job: Job, responses: &Sender<Message>, checked: &Sender<Checked>, index: &OptionIndex) {
    match job {
        Job::Check {
            host,
            generation,
            cancel,
            docs_base,
        } => {
            if cancel.load(Ordering::Relaxed) {
                return;
            }
            let io = host.io(cancel.clone());
            let report = catch_unwind(AssertUnwindSafe(|| match host.text(&io) {
                Ok(text) => {
                    analysis::check_host(&host.path, &host.name, &text, &host.root, &io, &docs_base)
                }
                Err(_) => HostReport::default(),
            }));
            // A stale check is dropped: the next one is on its way. A check that failed
            // (ncc's own bug) is said in the log; the host keeps its last diagnostics.
            match report {
                Ok(report) if !cancel.load(Ordering::Relaxed) => {
                    let _ = checked.send(Checked {
                        host: host.path,
                        generation,
                        report,
                    });
                }
                Ok(_) => {}
                Err(_) => {
                    let params = lsp::LogMessageParams {
                        typ: lsp::MessageType::ERROR,
                        message: format!("internal error in ncc while checking {}", host.name),
                    };
                    let _ = responses.send(Message::Notification(lsp_server::Notification::new(
                        "window/logMessage".to_owned(),
                        params,
                    )));
                }
            }
        }
        Job::Hover {
            id,
            host,
            file,
            text,
            position,
        } => {
            let result = catch_unwind(AssertUnwindSafe(|| {
                hover(index, &host, &file, &text, position)
            }));
            respond(responses, id, result);
        }
        Job::Definition {
            id,
            host,
            files,
            file,
            text,
            position,
        } => {
            let result = catch_unwind(AssertUnwindSafe(|| {
                definition(&host, &files, &file, &text, position)
            }));
            respond(responses, id, result);
        }
    }
}

fn respond<T: serde::Serialize>(
    responses: &Sender<Message>,
    id: RequestId,
    result: std::thread::Result<T>,
) {
    let response = match result {
        Ok(value) => Response::new_ok(id, value),
        Err(_) => Response::new_err(
            id,
            ErrorCode::InternalError as i32,
            "internal error in ncc while answering this request".to_owned(),
        ),
    };
    let _ = responses.send(Message::Response(response));
}

/// The path of the option under the cursor, as the host names it: a file the host
/// imports as a module writes paths from the top, as the host does.
fn target_at(text: &str, position: lsp::Position) -> Option<Target> {
    let index = LineIndex::new(text);
    let offset = index.offset(position);
    let outline = outline::outline(text);
    features::target(&outline, offset, |start, end| index.range(start, end))
}

fn hover(
    index: &OptionIndex,
    host: &HostInput,
    _file: &std::path::Path,
    text: &str,
    position: lsp::Position,
) -> Option<lsp::Hover> {
    let target = target_at(text, position)?;
    let (path, range, merged) = match target {
        Target::Name(path, range) => (path, range, None),
        Target::Value(path, range) => {
            let io = host.io(Arc::new(AtomicBool::new(false)));
            let merged = host.text(&io).ok().map(|host_text| {
                analysis::merged_value(&host.path, &host.name, &host_text, &io, &path)
            });
            (path, range, merged)
        }
    };
    let value = features::hover_text(index, &path, merged.as_ref())?;
    Some(lsp::Hover {
        contents: lsp::HoverContents::Markup(lsp::MarkupContent {
            kind: lsp::MarkupKind::Markdown,
            value,
        }),
        range: Some(range),
    })
}

fn definition(
    host: &HostInput,
    files: &[PathBuf],
    file: &std::path::Path,
    text: &str,
    position: lsp::Position,
) -> Option<lsp::GotoDefinitionResponse> {
    let path = match target_at(text, position)? {
        Target::Name(path, _) | Target::Value(path, _) => path,
    };
    let io = host.io(Arc::new(AtomicBool::new(false)));
    let mut files = files.to_vec();
    if !files.iter().any(|known| known == file) {
        files.push(file.to_path_buf());
    }
    let mut locations = analysis::definitions(&files, &io, &path);
    // The module system's record of the winning definition finds it where the syntax
    // cannot (a container written by `import ./web.nix`).
    if let Ok(host_text) = host.text(&io) {
        let merged = analysis::merged_value(&host.path, &host.name, &host_text, &io, &path);
        if let Some(site) = merged.defined_at {
            let known = locations.iter().any(|found| {
                found.uri == site.uri
                    && found.range.start <= site.range.end
                    && site.range.start <= found.range.end
            });
            if !known {
                locations.push(site);
            }
        }
    }
    (!locations.is_empty()).then_some(lsp::GotoDefinitionResponse::Array(locations))
}

#[cfg(test)]
mod tests {
    use std::cell::Cell;

    use lib_nix::eval::{EvalIo, MemoryIo};

    /// Memory files, with a cancel flag raised at the first poll; counts the polls.
    struct CancelledAtFirstPoll {
        files: MemoryIo,
        polls: Cell<u32>,
    }

    impl EvalIo for CancelledAtFirstPoll {
        fn read_file(&self, path: &str) -> Result<String, String> {
            self.files.read_file(path)
        }
        fn path_exists(&self, path: &str) -> bool {
            self.files.path_exists(path)
        }
        fn is_directory(&self, path: &str) -> bool {
            self.files.is_directory(path)
        }
        fn read_dir(
            &self,
            path: &str,
        ) -> Result<Vec<(String, lib_nix::eval::io::FileKind)>, String> {
            self.files.read_dir(path)
        }
        fn interrupted(&self) -> bool {
            self.polls.set(self.polls.get() + 1);
            true
        }
    }

    #[test]
    fn a_cancelled_check_stops_at_the_next_poll() {
        // Millions of steps when run to its budget: about 1,200 polls.
        let slow = "let f = n: if n == 0 then 0 else f (n - 1) + f (n - 1); in { containers.web = { autoStart = f 40 == 0; config = { }; }; }";
        let io = CancelledAtFirstPoll {
            files: MemoryIo::new(),
            polls: Cell::new(0),
        };
        let polls = lib_nix::run_with_stack(move || {
            let compilation = crate::check("slow.nix", "/slow.nix", slow, &io);
            assert!(compilation.has_errors(), "{:?}", compilation.diagnostics);
            io.polls.get()
        });
        assert_eq!(polls, 1);
    }
}
