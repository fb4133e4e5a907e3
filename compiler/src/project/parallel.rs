//! Many hosts checked in one process, on as many threads as the machine gives ncc
//! (DESIGN.md §8.6: many machines are many hosts, checked in one process, in parallel).
//!
//! Each host is checked in an evaluator of its own, as it is one after another, so the
//! hosts share nothing but the files they read: a worker takes the next host, checks it
//! and keeps the result under the host's index, and the results come back in the order
//! the hosts were given, whatever order the workers finished in. An evaluator holds `Rc`s
//! and never leaves the thread that made it: each worker frees its evaluator once its
//! next host is done, and ends its last one as the [`Teardown`] says.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use lib_nix::eval::{EvalIo, Evaluator};

use super::{check_host_parsed, Checked, ToCheck};
use crate::Teardown;

/// Evaluation recurses deeply (see `lib_nix::run_with_stack`): each worker has the stack
/// the command line's evaluation thread has.
const WORKER_STACK: usize = 1 << 30;

/// How many threads check hosts at once: as many as the machine (or the CPU quota of
/// the container ncc runs in) gives the process.
pub fn workers() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// Checks each host (with its entry file's text), the results in the order given. One
/// host, or a machine with one core, is checked on the calling thread.
pub fn check_hosts(
    hosts: &[ToCheck],
    io: &(dyn EvalIo + Sync),
    generate: bool,
    teardown: Teardown,
) -> Vec<Checked> {
    // Asked only for two hosts or more: the answer reads the process's cgroup files.
    if hosts.len() <= 1 {
        return check_in_turn(hosts, io, generate, teardown);
    }
    let workers = workers().min(hosts.len());
    if workers <= 1 {
        return check_in_turn(hosts, io, generate, teardown);
    }
    let next = AtomicUsize::new(0);
    let results: Mutex<Vec<Option<Checked>>> = Mutex::new(hosts.iter().map(|_| None).collect());
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers)
            .map(|worker| {
                std::thread::Builder::new()
                    .name(format!("ncc-host-{worker}"))
                    .stack_size(WORKER_STACK)
                    .spawn_scoped(scope, || {
                        let mut last: Option<Evaluator> = None;
                        loop {
                            let index = next.fetch_add(1, Ordering::Relaxed);
                            let Some((host, text, names)) = hosts.get(index) else {
                                break;
                            };
                            let (checked, ev) =
                                check_host_parsed(host, text, None, *names, io, generate);
                            last = Some(ev);
                            results.lock().unwrap_or_else(|e| e.into_inner())[index] =
                                Some(checked);
                        }
                        teardown.end(last);
                    })
                    .expect("spawning a host-checking thread")
            })
            .collect();
        for handle in handles {
            if let Err(panic) = handle.join() {
                std::panic::resume_unwind(panic);
            }
        }
    });
    results
        .into_inner()
        .unwrap_or_else(|e| e.into_inner())
        .into_iter()
        .map(|checked| checked.expect("every host is checked by some worker"))
        .collect()
}

/// [`check_hosts`] on the calling thread, one host after another.
fn check_in_turn(
    hosts: &[ToCheck],
    io: &dyn EvalIo,
    generate: bool,
    teardown: Teardown,
) -> Vec<Checked> {
    let mut last: Option<Evaluator> = None;
    let mut checked = Vec::with_capacity(hosts.len());
    for (host, text, names) in hosts {
        let (result, ev) = check_host_parsed(host, text, None, *names, io, generate);
        last = Some(ev);
        checked.push(result);
    }
    teardown.end(last);
    checked
}
