//! The pipeline stage by stage, and whole, on generated fleets of 10 to 10,000 containers
//! (`common/fleet.rs`; issue 8, DESIGN.md §4.10).
//!
//! Each stage is timed alone, the stages before it done in an untimed setup:
//!
//! - `rnix`: rnix alone parsing the host (the yardstick of the "twice rnix" target);
//! - `parse`: `syntax::parse` (ncc's own tokenizer and parser for a well-formed file, rnix
//!   for one with errors), each time of a text it has not seen: the same host with a
//!   comment of its own at the end, as the memo of `syntax/memo.rs` would answer a text
//!   parsed before;
//! - `lower`: the tree to the arena IR;
//! - `eval`: the host module as plain Nix, applied to its arguments and forced deeply;
//! - `modules`: `eval_modules` over the schema and the host, the merged `config` forced
//!   deeply (the module system is lazy: `compile` forces every option too);
//! - `check`: the merged config read into the typed model (which evaluates each
//!   container's own `config` against the declared NixOS subset) and the rules;
//! - `codegen`: the model to the plan of files;
//! - `compile`: all of it, as `ncc build` runs it;
//! - `ncc-check`: all but `codegen`, as `ncc check` runs it.
//!
//! `cargo bench -p compiler --bench pipeline -- 'compile/1000'` runs one of them.

#[path = "common/fleet.rs"]
mod fleet;

use std::rc::Rc;

use criterion::{BatchSize, BenchmarkId, Criterion, Throughput};
use lib_nix::diagnostic::ModuleErrorCode;
use lib_nix::eval::{Env, EnvKind, ErrorKind, Evaluator, MemoryIo, Thunk, Value};
use lib_nix::modules::{eval_modules, lib_value, Evaluated, ModuleInput};
use lib_nix::{FileId, Span};

// The allocator `ncc` itself runs with.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const SIZES: [usize; 4] = [10, 100, 1_000, 10_000];
const NAME: &str = "fleet.nix";
const PATH: &str = "/fleet.nix";

fn nowhere() -> Span {
    Span::new(FileId::new(0), 0, 0)
}

/// Forces `value` deeply as `compile` does: options without a value (a container's
/// `path` when it has a `config`) are skipped, any other failure is a broken fleet.
fn force_all(ev: &mut Evaluator, value: &Value) {
    let children: Vec<Thunk> = match value {
        Value::Attrs(attrs) => attrs.entries().iter().map(|e| e.value.clone()).collect(),
        Value::List(items) => items.to_vec(),
        _ => return,
    };
    for child in children {
        match ev.force(&child, None) {
            Ok(inner) => force_all(ev, &inner),
            Err(error) if matches!(error.kind, ErrorKind::Module(ModuleErrorCode::NoValue, _)) => {}
            Err(error) => panic!("the fleet does not evaluate: {:?}", error.kind),
        }
    }
}

/// A fresh evaluator with the host loaded (parsed and lowered).
fn loaded<'io>(io: &'io MemoryIo, text: &str) -> (Evaluator<'io>, lib_nix::ir::Body) {
    let mut ev = Evaluator::new(io);
    let (body, diagnostics) = ev.load_source(NAME, PATH, text);
    assert!(diagnostics.is_empty(), "the fleet does not parse");
    (ev, body)
}

fn host_thunk(body: &lib_nix::ir::Body) -> Thunk {
    Thunk::suspended(
        body.root,
        Rc::new(Env {
            parent: None,
            kind: EnvKind::Slots(Box::new([])),
        }),
    )
}

fn evaluate_modules(ev: &mut Evaluator, body: &lib_nix::ir::Body) -> Evaluated {
    let schema = compiler::schema::load(ev).expect("the schema loads");
    let modules = vec![
        ModuleInput {
            value: schema,
            file: Rc::from(compiler::schema::SCHEMA_FILE),
        },
        ModuleInput {
            value: host_thunk(body),
            file: Rc::from(NAME),
        },
    ];
    let evaluated = eval_modules(ev, modules, Vec::new(), Vec::new()).expect("the fleet merges");
    force_all(ev, &evaluated.config);
    evaluated
}

fn stages(c: &mut Criterion, count: usize) {
    let text = fleet::generate(count, 1);
    let io = MemoryIo::new();
    let mut group = c.benchmark_group(format!("fleet-{count}"));
    group.throughput(Throughput::Bytes(text.len() as u64));
    match count {
        0..=100 => group.sample_size(50),
        101..=1_000 => group.sample_size(20),
        _ => group.sample_size(10),
    };
    let id = |stage: &str| BenchmarkId::new(stage, count);

    // Both parses are timed without freeing their trees, which criterion does after.
    group.bench_function(id("rnix"), |b| {
        b.iter_batched(
            || text.clone(),
            |text| rnix::Root::parse(&text),
            BatchSize::LargeInput,
        )
    });
    group.bench_function(id("parse"), |b| {
        let mut unseen = 0u64;
        b.iter_batched(
            || {
                unseen += 1;
                format!("{text}# {unseen}\n")
            },
            |text| lib_nix::syntax::parse(&text),
            BatchSize::LargeInput,
        )
    });
    group.bench_function(id("lower"), |b| {
        let globals = Evaluator::new(&io);
        let is_global = |name: &str| globals.is_global(name);
        b.iter_batched(
            || (lib_nix::syntax::parse(&text), lib_nix::ir::Ir::default()),
            |(parsed, mut ir)| {
                let body =
                    lib_nix::lower::lower(&parsed.root, FileId::new(0), "/", &mut ir, &is_global);
                (parsed, ir, body)
            },
            BatchSize::PerIteration,
        )
    });
    group.bench_function(id("eval"), |b| {
        b.iter_batched(
            || loaded(&io, &text),
            |(mut ev, body)| {
                let lib = lib_value(&mut ev).expect("lib");
                let host = ev.eval_body(body).expect("the host evaluates");
                let arguments = Value::Attrs(Rc::new(lib_nix::eval::Attrs::from_entries(
                    ["lib", "config"]
                        .iter()
                        .map(|name| lib_nix::eval::AttrEntry {
                            name: lib_nix::name::Name::new(name),
                            value: Thunk::ready(if *name == "lib" {
                                lib.clone()
                            } else {
                                Value::Attrs(Rc::default())
                            }),
                            span: None,
                            value_span: None,
                        })
                        .collect(),
                )));
                let module = ev
                    .apply(host, Thunk::ready(arguments), nowhere())
                    .expect("the host applies");
                force_all(&mut ev, &module);
                ev
            },
            BatchSize::PerIteration,
        )
    });
    group.bench_function(id("modules"), |b| {
        b.iter_batched(
            || loaded(&io, &text),
            |(mut ev, body)| {
                let evaluated = evaluate_modules(&mut ev, &body);
                (ev, evaluated)
            },
            BatchSize::PerIteration,
        )
    });
    group.bench_function(id("check"), |b| {
        b.iter_batched(
            || {
                let (mut ev, body) = loaded(&io, &text);
                let evaluated = evaluate_modules(&mut ev, &body);
                (ev, evaluated)
            },
            |(mut ev, evaluated)| {
                let (host, diagnostics, _incomplete) =
                    compiler::config::read_host(&mut ev, &evaluated, nowhere());
                assert!(diagnostics.is_empty(), "the fleet has findings");
                let spans = compiler::check::DefinitionSpans::default();
                let found = compiler::check::run(&compiler::check::Context::new(&host, &spans));
                (ev, evaluated, host, found)
            },
            BatchSize::PerIteration,
        )
    });
    let host = lib_nix::run_with_stack({
        let text = text.clone();
        move || {
            let io = MemoryIo::new();
            let compilation = compiler::compile(NAME, PATH, &text, &io);
            assert!(!compilation.has_errors(), "the fleet has errors");
            compilation.host.expect("a host")
        }
    });
    group.bench_function(id("codegen"), |b| {
        b.iter(|| compiler::codegen::generate(&host))
    });
    group.bench_function(id("compile"), |b| {
        b.iter(|| compiler::compile(NAME, PATH, &text, &io))
    });
    group.bench_function(id("ncc-check"), |b| {
        b.iter(|| compiler::check(NAME, PATH, &text, &io))
    });
    group.finish();
}

fn main() {
    // Evaluation runs on a thread with a large stack, as in ncc itself.
    lib_nix::run_with_stack(|| {
        let mut criterion = Criterion::default().configure_from_args();
        for count in SIZES {
            stages(&mut criterion, count);
        }
        criterion.final_summary();
    });
}
