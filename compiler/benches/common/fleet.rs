//! A generated fleet: one NixOS host declaring `count` containers, written the way real
//! fleets are (issue 8). Helper functions in a `let`, a mix of container kinds (web
//! servers with forwarded ports and a bind-mounted document root, databases with
//! writable data directories, workers, caches written with `mkMerge`, bridged
//! containers, SSH jump hosts with users), `mkIf`, `mkDefault` and `mkForce`
//! definitions, and for each container its own NixOS `config` with services. The same
//! count and seed always give the same bytes.
//!
//! Like real fleets, it is not spotless: one container in ten (by default) gets a finding
//! `ncc check` warns about, an `extraFlags` entry that repeats what an option already
//! passes (C215), written in the host-wide module at the end. Otherwise the host checks
//! clean, and it evaluates with nixpkgs lib's `lib.evalModules` over
//! `compiler/src/schema.nix` (scripts/compare-with-nix.sh): addresses and forwarded host
//! ports are unique, container names have at most 11 characters (so `ve-<name>` fits an
//! interface name), and the host module asks only for `config` and `lib`.
//!
//! Shared by `benches/pipeline.rs` and `examples/gen-fleet.rs` through `#[path]`.

use std::fmt::Write;

const HEADER: &str = r#"{ config, lib, ... }:
let
  inherit (lib) mkIf mkDefault mkForce mkMerge optional;

  production = true;
  domain = "fleet.example.org";

  # Each container owns a /30 of 10.200.0.0/14: .1 is the host side, .2 the container.
  address = n: host:
    let b = n * 4 + host;
    in "10.${toString (200 + b / 65536)}.${toString (lib.mod (b / 256) 256)}.${toString (lib.mod b 256)}";

  private = n: {
    privateNetwork = true;
    hostAddress = address n 1;
    localAddress = address n 2;
  };

  # A web server: nginx behind a forwarded port, its document root from the host.
  web = n: { port, tls ? false, start ? true }: private n // {
    autoStart = start;
    timeoutStartSec = mkDefault "2min";
    forwardPorts = [ { hostPort = port; containerPort = 80; } ]
      ++ optional tls { hostPort = port + 1; containerPort = 443; };
    bindMounts."/var/www" = { hostPath = "/srv/www/web${toString n}"; };
    config = { pkgs, ... }: {
      services.nginx.enable = true;
      services.nginx.virtualHosts."web${toString n}.${domain}".root = "/var/www";
      networking.firewall.allowedTCPPorts = [ 80 ] ++ optional tls 443;
      environment.systemPackages = [ pkgs.htop pkgs.curl ];
    };
  };

  # A database: its data lives on the host, read-write.
  database = n: engine: private n // {
    autoStart = true;
    timeoutStartSec = mkDefault "3min";
    bindMounts."/var/lib/${engine}" = { hostPath = "/srv/${engine}/db${toString n}"; isReadOnly = false; };
    config = {
      services.${engine}.enable = true;
      networking.firewall.allowedTCPPorts = [ (if engine == "postgresql" then 5432 else 3306) ];
      time.timeZone = "UTC";
    };
  };

  sshKey = user: "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI${user}fleetkey ${user}@${domain}";
in
{
  system.stateVersion = "24.05";
"#;

/// SplitMix64: small, deterministic and the same everywhere.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// True with probability `percent` in 100.
    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Kind {
    Web,
    Database,
    Worker,
    Cache,
    Bridged,
    Jump,
}

/// The mix, in percent.
const KINDS: [(Kind, u64); 6] = [
    (Kind::Web, 30),
    (Kind::Database, 15),
    (Kind::Worker, 20),
    (Kind::Cache, 15),
    (Kind::Bridged, 10),
    (Kind::Jump, 10),
];

/// The share of containers, in percent, that [`generate`] gives a finding.
pub const DEFAULT_FINDINGS_PERCENT: usize = 10;

/// The host file of a fleet of `count` containers, one in ten with a finding.
#[allow(
    dead_code,
    reason = "the benchmark's entry; gen-fleet takes the share as an option"
)]
pub fn generate(count: usize, seed: u64) -> String {
    generate_with_findings(count, seed, DEFAULT_FINDINGS_PERCENT)
}

/// The containers [`generate_with_findings`] gives a finding: `percent` of them, spread
/// evenly (the last of each run of 100 / `percent`), whatever the seed.
pub fn has_finding(n: usize, percent: usize) -> bool {
    (n + 1) * percent / 100 > n * percent / 100
}

/// The host file of a fleet of `count` containers, `percent` of which have a finding
/// (see [`has_finding`]); with 0 the host checks clean.
pub fn generate_with_findings(count: usize, seed: u64, percent: usize) -> String {
    let mut rng = Rng(seed);
    // Forwarded host ports, unique across the fleet.
    let mut next_port: u32 = 10_000;
    let mut take_port = |how_many: u32| {
        let port = next_port;
        next_port += how_many;
        assert!(next_port <= 65_536, "gen-fleet: out of host ports");
        port
    };
    let findings = if percent == DEFAULT_FINDINGS_PERCENT {
        String::new()
    } else {
        format!(" --findings {percent}")
    };
    let mut out = format!(
        "# A fleet of {count} containers, generated by `cargo run -p compiler --example gen-fleet -- {count} --seed {seed}{findings}`.\n{HEADER}  containers = {{\n"
    );
    let mut forced = Vec::new();
    // Containers with a finding: the name and the flag that repeats one of its options.
    let mut repeated_flags = Vec::new();
    for n in 0..count {
        let roll = rng.next() % 100;
        let mut total = 0;
        let kind = KINDS
            .iter()
            .find(|(_, weight)| {
                total += weight;
                roll < total
            })
            .map(|(kind, _)| *kind)
            .unwrap_or(Kind::Web);
        if has_finding(n, percent) {
            let (name, flag) = match kind {
                Kind::Web => (format!("web{n:05}"), "--private-network"),
                Kind::Database => (format!("db{n:05}"), "--private-network"),
                Kind::Worker => (format!("wrk{n:05}"), "--ephemeral"),
                Kind::Cache => (format!("cache{n:05}"), "--private-network"),
                Kind::Bridged => (format!("br{n:05}"), "--private-network"),
                Kind::Jump => (format!("ssh{n:05}"), "--private-network"),
            };
            repeated_flags.push((name, flag));
        }
        let o = &mut out;
        match kind {
            Kind::Web => {
                let tls = rng.chance(40);
                let port = take_port(if tls { 2 } else { 1 });
                let mut args = format!("port = {port};");
                if tls {
                    args.push_str(" tls = true;");
                }
                if rng.chance(20) {
                    args.push_str(" start = false;");
                }
                let _ = writeln!(o, "    web{n:05} = web {n} {{ {args} }};");
                if rng.chance(10) {
                    forced.push(format!("web{n:05}"));
                }
            }
            Kind::Database => {
                let engine = rng.pick(&["postgresql", "mysql"]);
                let _ = write!(o, "    db{n:05} = database {n} \"{engine}\"");
                if rng.chance(50) {
                    let extra = rng.pick(&[
                        r#"{ timeoutStartSec = "5min"; }"#,
                        r#"{ additionalCapabilities = [ "CAP_IPC_LOCK" ]; }"#,
                        r#"{ bindMounts."/var/backup" = { hostPath = "/srv/backup"; }; }"#,
                    ]);
                    let _ = write!(o, " // {extra}");
                }
                o.push_str(";\n");
            }
            Kind::Worker => {
                let queue = rng.pick(&["mail", "images", "reports", "billing"]);
                let _ = writeln!(o, "    wrk{n:05} = {{");
                o.push_str("      autoStart = mkIf production true;\n");
                o.push_str("      ephemeral = true;\n");
                o.push_str("      tmpfs = [ \"/tmp\" \"/var/cache\" ];\n");
                if rng.chance(30) {
                    o.push_str("      extraFlags = [ \"--drop-capability=CAP_SYS_CHROOT\" ];\n");
                }
                o.push_str("      config = { lib, ... }: {\n");
                o.push_str("        services.openssh.enable = lib.mkDefault false;\n");
                let _ = writeln!(o, "        systemd.services.{queue}-worker = {{");
                let _ = writeln!(
                    o,
                    "          description = \"Work through the {queue} queue\";"
                );
                o.push_str("          wantedBy = [ \"multi-user.target\" ];\n");
                let _ = writeln!(o, "          serviceConfig.ExecStart = \"/run/current-system/sw/bin/worker --queue {queue} --id {n}\";");
                o.push_str("        };\n      };\n    };\n");
            }
            Kind::Cache => {
                let port = take_port(1);
                let _ = writeln!(o, "    cache{n:05} = mkMerge [");
                let _ = writeln!(o, "      (private {n})");
                o.push_str("      {\n");
                let _ = writeln!(o, "        forwardPorts = [ {{ protocol = \"tcp\"; hostPort = {port}; containerPort = 6379; }} ];");
                o.push_str("        config = {\n");
                o.push_str("          services.redis.servers.main = { enable = true; port = 6379; bind = \"0.0.0.0\"; };\n");
                o.push_str("          networking.firewall.allowedTCPPorts = [ 6379 ];\n");
                o.push_str("        };\n      }\n");
                let _ = writeln!(
                    o,
                    "      (mkIf (lib.mod {n} 2 == 0) {{ autoStart = true; }})"
                );
                o.push_str("    ];\n");
            }
            Kind::Bridged => {
                let b = n * 4 + 2;
                let _ = writeln!(o, "    br{n:05} = {{");
                o.push_str("      privateNetwork = true;\n");
                o.push_str("      hostBridge = \"br0\";\n");
                let _ = writeln!(
                    o,
                    "      localAddress = \"172.{}.{}.{}/12\";",
                    16 + b / 65536,
                    (b / 256) % 256,
                    b % 256
                );
                if rng.chance(50) {
                    o.push_str("      allowedDevices = [ { node = \"/dev/fuse\"; modifier = \"rwm\"; } ];\n");
                }
                o.push_str("      config = {\n");
                o.push_str("        networking.defaultGateway = \"172.16.0.1\";\n");
                o.push_str("        networking.nameservers = [ \"172.16.0.1\" ];\n");
                o.push_str("      };\n    };\n");
            }
            Kind::Jump => {
                let port = take_port(1);
                let _ = writeln!(o, "    ssh{n:05} = private {n} // {{");
                o.push_str("      autoStart = true;\n");
                let _ = writeln!(
                    o,
                    "      forwardPorts = [ {{ hostPort = {port}; containerPort = 22; }} ];"
                );
                o.push_str("      config = {\n");
                o.push_str("        services.openssh = {\n");
                o.push_str("          enable = true;\n");
                o.push_str("          settings.PasswordAuthentication = false;\n");
                o.push_str("          settings.PermitRootLogin = \"no\";\n");
                o.push_str("        };\n");
                let mut users = vec!["alice", "bob", "carol", "dave", "erin"];
                let how_many = 1 + rng.below(3);
                for uid in 0..how_many {
                    let user = users.remove(rng.below(users.len()));
                    let _ = writeln!(o, "        users.users.{user} = {{ isNormalUser = true; uid = {}; extraGroups = [ \"wheel\" ]; openssh.authorizedKeys.keys = [ (sshKey \"{user}\") ]; }};", 1000 + uid);
                }
                o.push_str("      };\n    };\n");
            }
        }
    }
    out.push_str("  };\n");
    // Host-wide policy written apart from the containers: a second module whose
    // definitions win over the helper's default.
    out.push_str("\n  # Host-wide settings, apart from the containers.\n  imports = [\n    {\n");
    if !forced.is_empty() {
        out.push_str("      # Slow web servers.\n");
    }
    for name in forced {
        let _ = writeln!(
            out,
            "      containers.{name}.timeoutStartSec = mkForce \"10min\";"
        );
    }
    if !repeated_flags.is_empty() {
        out.push_str("      # Flags someone added by hand, which the options already pass.\n");
    }
    for (name, flag) in repeated_flags {
        let _ = writeln!(out, "      containers.{name}.extraFlags = [ \"{flag}\" ];");
    }
    out.push_str("    }\n  ];\n}\n");
    out
}
