//! A real host, timed (issue 13, issue 16 part 3): `testdata/hosts/big-host`, the host of
//! hundreds of options ncc does not model, grown to 10 containers and about 500 lines,
//! checked as `ncc check` checks it (parse, evaluate, merge the open world, read the
//! containers, run the rules). The target is under 10 ms.
//!
//! `cargo bench -p compiler --bench real_host`

use criterion::Criterion;
use lib_nix::eval::MemoryIo;

#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

const PATH: &str = "/host/configuration.nix";

/// big-host with eight more containers before its closing `system.stateVersion`.
fn host_of_ten_containers() -> String {
    let big = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../testdata/hosts/big-host/configuration.nix"),
    )
    .expect("testdata/hosts/big-host exists");
    let mut extra = String::new();
    for (index, name) in [
        "grafana", "loki", "mqtt", "dns", "git", "mail", "vault", "cache",
    ]
    .iter()
    .enumerate()
    {
        let subnet = index + 3;
        extra.push_str(&format!(
            r#"
  containers.{name} = {{
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.233.{subnet}.1";
    localAddress = "10.233.{subnet}.2";
    forwardPorts = [ {{ protocol = "tcp"; hostPort = {port}; containerPort = 80; }} ];
    bindMounts."/var/lib/{name}" = {{
      hostPath = "/srv/{name}";
      isReadOnly = false;
    }};
    config = {{ pkgs, ... }}: {{
      services.{name}.enable = true;
      environment.systemPackages = with pkgs; [ curl htop ];
      networking.firewall.allowedTCPPorts = [ 80 ];
      system.stateVersion = "24.05";
    }};
  }};
"#,
            port = 8100 + index
        ));
    }
    let end = big
        .rfind("  system.stateVersion")
        .expect("big-host ends with its stateVersion");
    format!("{}{extra}\n{}", &big[..end], &big[end..])
}

fn real_host(c: &mut Criterion) {
    let text = host_of_ten_containers();
    eprintln!(
        "real host: {} lines, {} containers",
        text.lines().count(),
        text.matches("\n  containers.").count()
    );
    let mut io = MemoryIo::new();
    io.files.insert(PATH.to_owned(), text.clone());
    // The check must be clean, or the benchmark would time error reporting.
    let clean = lib_nix::run_with_stack({
        let (text, io) = (text.clone(), io.clone());
        move || !compiler::check("configuration.nix", PATH, &text, &io).has_errors()
    });
    assert!(clean, "the benchmark host does not check cleanly");
    c.bench_function("ncc-check/real-host-500-lines-10-containers", |b| {
        b.iter(|| {
            let compilation = compiler::check("configuration.nix", PATH, &text, &io);
            std::hint::black_box(compilation.diagnostics.len())
        })
    });
}

criterion::criterion_group!(benches, real_host);
criterion::criterion_main!(benches);
