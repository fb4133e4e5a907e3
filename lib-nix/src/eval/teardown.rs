//! Dropping values of any depth without deep recursion.
//!
//! A list nested ten million deep is easy to build in constant call depth
//! (`builtins.foldl' (inner: _: [ inner ]) [ ] (builtins.genList (i: i) 10000000)`), and
//! Rust's derived drop glue would free it by recursing once per level, overflowing any
//! stack. Every value hangs off a [`Thunk`], so dropping the last reference to a thunk
//! is where the recursion is cut: its contents are moved to a per-thread queue, and the
//! outermost drop frees the queue in a loop. Each contained thunk freed on the way adds
//! its own contents to the queue instead of recursing.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::eval::value::{ThunkState, Value};
use crate::eval::Thunk;

/// The thunk contents still to be freed while a drop on this thread runs, and whether one
/// does: one thread-local, reached once per dropped thunk.
struct Queue {
    pending: RefCell<Vec<ThunkState>>,
    draining: Cell<bool>,
}

thread_local! {
    static QUEUE: Queue = const {
        Queue {
            pending: RefCell::new(Vec::new()),
            draining: Cell::new(false),
        }
    };
}

impl Drop for Thunk {
    fn drop(&mut self) {
        if Rc::strong_count(&self.0) != 1 {
            return;
        }
        let Ok(mut cell) = self.0.try_borrow_mut() else {
            return;
        };
        if is_flat(&cell) {
            return;
        }
        let contents = std::mem::replace(&mut *cell, ThunkState::Uninitialised);
        drop(cell);
        // Should thread-local storage be torn down already, the contents go with the
        // closure and drop normally.
        let _ = QUEUE.try_with(move |queue| {
            if queue.draining.get() {
                queue.pending.borrow_mut().push(contents);
                return;
            }
            queue.draining.set(true);
            let mut next = Some(contents);
            while let Some(contents) = next {
                // Freeing these may queue more; none of it recurses beyond one level.
                drop(contents);
                next = queue.pending.borrow_mut().pop();
            }
            queue.draining.set(false);
        });
    }
}

/// Contents whose drop cannot recurse: they hold no other thunk, or hold it only through
/// a value something else still shares (dropping it only counts one holder fewer).
fn is_flat(state: &ThunkState) -> bool {
    match state {
        ThunkState::Done(value) => match value {
            Value::Null
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::String(_)
            | Value::Path(_) => true,
            Value::Attrs(attrs) => Rc::strong_count(attrs) > 1,
            Value::List(items) => Rc::strong_count(items) > 1,
            Value::Lambda(closure) => Rc::strong_count(closure) > 1,
            Value::Builtin(app) => Rc::strong_count(app) > 1,
        },
        ThunkState::Suspended { env, .. } => Rc::strong_count(env) > 1,
        ThunkState::Blackhole | ThunkState::Failed(_) | ThunkState::Uninitialised => true,
        ThunkState::Native(_) | ThunkState::Repeatable(_) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A list nested `depth` deep: `[ [ [ ... [ ] ... ] ] ]`.
    fn nested(depth: usize) -> Thunk {
        let mut inner = Thunk::ready(Value::List(Rc::from(Vec::new())));
        for _ in 0..depth {
            inner = Thunk::ready(Value::List(Rc::from(vec![inner])));
        }
        inner
    }

    #[test]
    fn drops_ten_million_levels_on_a_small_stack() {
        // 256 KiB of stack: recursive drop glue would need gigabytes.
        std::thread::Builder::new()
            .stack_size(256 * 1024)
            .spawn(|| drop(nested(10_000_000)))
            .expect("spawning")
            .join()
            .expect("the drop finished");
    }

    /// A thunk whose value something else still holds drops as a flat one; the last
    /// holder, dropping it later, still frees it without recursing.
    #[test]
    fn a_shared_value_dropped_last_by_its_other_holder() {
        std::thread::Builder::new()
            .stack_size(256 * 1024)
            .spawn(|| {
                let top = nested(10_000_000);
                let kept = top.value_if_forced().expect("ready");
                drop(top);
                let Value::List(items) = &kept else {
                    panic!("a list")
                };
                assert_eq!(items.len(), 1);
                drop(kept);
            })
            .expect("spawning")
            .join()
            .expect("the drop finished");
    }

    #[test]
    fn shared_parts_stay_alive() {
        let shared = nested(3);
        let outer = Thunk::ready(Value::List(Rc::from(vec![shared.clone()])));
        drop(outer);
        let Some(Value::List(items)) = shared.value_if_forced() else {
            panic!("the shared list was emptied");
        };
        assert_eq!(items.len(), 1);
    }
}
