//! The Nix language and the NixOS module system, without IO.
//!
//! ```text
//! source ─① syntax::parse ─② lower::lower (IR + spans) ─③ eval (lazy values)
//!        ─④ modules::eval_modules (options, definitions, priorities, types)
//! ```
//!
//! Nothing here names a container, systemd or `/etc`, and nothing opens a file: files
//! come in through [`eval::EvalIo`].

pub mod diagnostic;
pub mod eval;
pub mod ir;
pub mod kept;
pub mod lower;
pub mod modules;
pub mod name;
pub mod path;
pub mod show;
pub mod source;
pub mod syntax;
pub mod version;

pub use diagnostic::{Diagnostic, DiagnosticKind, FileId, Severity, Span};
pub use source::SourceDb;

/// Runs `work` on a thread with a large stack, so deep but legal input cannot overflow
/// it; the evaluator's depth limit stops runaway recursion long before the stack ends.
/// On such a thread already (the command line runs on one from the start), `work` runs
/// right there.
pub fn run_with_stack<T: Send + 'static>(work: impl FnOnce() -> T + Send + 'static) -> T {
    const STACK: usize = 1 << 30;
    if ON_LARGE_STACK.with(std::cell::Cell::get) {
        return work();
    }
    std::thread::Builder::new()
        .name("ncc-eval".to_owned())
        .stack_size(STACK)
        .spawn(|| {
            ON_LARGE_STACK.with(|on| on.set(true));
            work()
        })
        .expect("spawning the evaluation thread")
        .join()
        .unwrap_or_else(|panic| std::panic::resume_unwind(panic))
}

thread_local! {
    /// Whether this thread was started by [`run_with_stack`].
    static ON_LARGE_STACK: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}
