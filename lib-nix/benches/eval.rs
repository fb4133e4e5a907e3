//! Evaluation speed on a large configuration: a 1 MB file with 1,000 attribute sets of
//! the kind container hosts hold (strings with interpolation, lists, nested keys, `let`
//! helpers, `//` chains), parsed, lowered, evaluated and deeply forced.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use lib_nix::eval::{print, Evaluator, MemoryIo};

/// A deterministic configuration file with `count` attribute sets.
fn configuration(count: usize) -> String {
    let mut text = String::from(
        "let\n  subnet = \"10.233\";\n  mkAddress = n: host: \"${subnet}.${toString (n / 250)}.${toString host}\";\n  defaults = { autoStart = false; timeoutStartSec = \"1min\"; tmpfs = [ ]; };\nin {\n",
    );
    for n in 0..count {
        text.push_str(&format!(
            "  service{n} = defaults // {{\n    name = \"service-{n}\";\n    privateNetwork = {};\n    hostAddress = mkAddress {n} 1;\n    localAddress = mkAddress {n} 2;\n    ports = [ {} {} {} ];\n    bindMounts.\"/var/lib/service{n}\" = {{ hostPath = \"/srv/service{n}\"; isReadOnly = {}; }};\n    environment = {{ LOG_LEVEL = \"info\"; DATA_DIR = \"/var/lib/service{n}\"; REPLICAS = toString {}; }};\n    description = ''\n      Service number {n}: a container with a private network and a data directory\n      that is bind-mounted from the host. Padding to make the file realistic in size.\n      Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor.\n    '';\n    tags = map (t: \"${{t}}-{n}\") [ \"web\" \"db\" \"cache\" ];\n  }};\n",
            n % 2 == 0,
            8000 + n,
            9000 + n,
            10000 + n,
            n % 3 == 0,
            n % 5 + 1,
        ));
    }
    text.push_str("}\n");
    text
}

fn evaluate(text: &str) -> usize {
    let io = MemoryIo::new();
    let mut evaluator = Evaluator::new(&io);
    let (body, diagnostics) = evaluator.load_source("bench.nix", "/bench.nix", text);
    assert!(
        diagnostics.is_empty(),
        "{:?}",
        diagnostics.first().map(|d| d.message())
    );
    let span = evaluator.ir.span(body.root);
    let value = evaluator.eval_body(body).expect("evaluates");
    evaluator.deep_force(&value, span).expect("forces");
    print::print_value(&mut evaluator, &value, span)
        .expect("prints")
        .len()
}

fn bench(c: &mut Criterion) {
    let text = configuration(1_000);
    let mut group = c.benchmark_group("eval");
    group.throughput(Throughput::Bytes(text.len() as u64));
    group.sample_size(20);
    group.bench_function("1000-attrsets-1MB", |b| b.iter(|| evaluate(&text)));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);

#[test]
fn configuration_is_about_a_megabyte() {
    let text = configuration(1_000);
    assert!(text.len() > 900_000, "{} bytes", text.len());
}
