//! A generated repository of 200 `.nix` files with 5 hosts (issue 16 part 3), written
//! the way real NixOS repositories are (docs/REAL-WORLD.md): a flake whose
//! `nixosConfigurations` come from a helper over the host names, each host a directory
//! with its `default.nix` and a generated `hardware-configuration.nix`, its containers one
//! file each under `containers/<host>/`, imported by `readDir`, their addresses from
//! helpers under `lib/`; shared modules under `modules/` that every host imports through
//! `modules/default.nix`, rendering files with the same helpers; users under `users/`; and what is not a NixOS module at all: packages
//! under `pkgs/` (a `callPackage` set), overlays, home-manager modules and a `shell.nix`.
//! Every file is given at once, as pre-commit gives them with every file staged.
//!
//! The repository checks clean. The same call gives the same files.
//!
//! Shared by `benches/repos.rs` and `examples/gen-repo.rs` through `#[path]`.

use std::collections::BTreeMap;
use std::fmt::Write;

/// The host names.
pub const HOSTS: [&str; 5] = ["alpha", "bravo", "charlie", "delta", "echo"];

/// Containers per host, each in a file of its own.
const CONTAINERS_PER_HOST: usize = 8;
/// Shared NixOS modules (besides `modules/default.nix`).
const MODULES: usize = 40;
/// Helper files under `lib/`.
const HELPERS: usize = 20;
/// Users, each a module under `users/`.
const USERS: usize = 6;
/// Packages under `pkgs/` (besides `pkgs/default.nix`).
const PACKAGES: usize = 40;
/// Overlays under `overlays/`.
const OVERLAYS: usize = 10;
/// home-manager modules under `home/`.
const HOME_MODULES: usize = 30;

/// The repository's files, by path relative to its root.
pub fn generate() -> BTreeMap<String, String> {
    let mut files = BTreeMap::new();
    files.insert("flake.nix".to_owned(), flake());
    files.insert("shell.nix".to_owned(), SHELL.to_owned());
    for (index, host) in HOSTS.iter().enumerate() {
        files.insert(
            format!("hosts/{host}/default.nix"),
            host_module(index, host),
        );
        files.insert(
            format!("hosts/{host}/hardware-configuration.nix"),
            hardware(index),
        );
        for container in 0..CONTAINERS_PER_HOST {
            let (name, text) = container_module(index, container);
            files.insert(format!("containers/{host}/{name}.nix"), text);
        }
    }
    files.insert("modules/default.nix".to_owned(), modules_default());
    for index in 0..MODULES {
        files.insert(format!("modules/{}.nix", module_name(index)), module(index));
    }
    for index in 0..HELPERS {
        files.insert(format!("lib/helper{index:02}.nix"), helper(index));
    }
    for index in 0..USERS {
        files.insert(format!("users/user{index}.nix"), user(index));
    }
    files.insert("pkgs/default.nix".to_owned(), packages_default());
    for index in 0..PACKAGES {
        files.insert(format!("pkgs/tool{index:02}.nix"), package(index));
    }
    for index in 0..OVERLAYS {
        files.insert(format!("overlays/overlay{index}.nix"), overlay(index));
    }
    for index in 0..HOME_MODULES {
        files.insert(format!("home/profile{index:02}.nix"), home(index));
    }
    files
}

fn flake() -> String {
    let hosts: Vec<String> = HOSTS.iter().map(|h| format!("\"{h}\"")).collect();
    let mut overlays = String::new();
    for index in 0..OVERLAYS {
        let _ = writeln!(
            overlays,
            "        overlay{index} = import ./overlays/overlay{index}.nix;"
        );
    }
    format!(
        r#"{{
  description = "Five machines and their containers";

  inputs = {{
    nixpkgs.url = "github:NixOS/nixpkgs/nixos-24.11";
    home-manager = {{
      url = "github:nix-community/home-manager/release-24.11";
      inputs.nixpkgs.follows = "nixpkgs";
    }};
  }};

  outputs = {{ self, nixpkgs, home-manager, ... }}@inputs:
    let
      system = "x86_64-linux";
      pkgs = nixpkgs.legacyPackages.${{system}};
      mkHost = name: nixpkgs.lib.nixosSystem {{
        inherit system;
        specialArgs = {{ inherit inputs; hostName = name; }};
        modules = [
          ./hosts/${{name}}
          ./modules
          home-manager.nixosModules.home-manager
          {{ nixpkgs.overlays = builtins.attrValues self.overlays; }}
        ];
      }};
    in
    {{
      nixosConfigurations = nixpkgs.lib.genAttrs [ {hosts} ] mkHost;

      overlays = {{
{overlays}      }};

      packages.${{system}} = import ./pkgs {{ inherit pkgs; }};

      devShells.${{system}}.default = import ./shell.nix {{ inherit pkgs; }};
    }};
}}
"#,
        hosts = hosts.join(" ")
    )
}

const SHELL: &str = r#"{ pkgs ? import <nixpkgs> { } }:
pkgs.mkShell {
  packages = with pkgs; [ nixpkgs-fmt git sops ];
  shellHook = ''
    echo "five machines: alpha bravo charlie delta echo"
  '';
}
"#;

/// Host `index`: its containers from `readDir`, NAT for them, some users and a few
/// services; host 0 also holds one container written inline.
fn host_module(index: usize, host: &str) -> String {
    let users: Vec<String> = (0..USERS)
        .filter(|user| (user + index).is_multiple_of(2))
        .map(|user| format!("../../users/user{user}.nix"))
        .collect();
    let inline = if index == 0 {
        r#"
  containers.builder = {
    autoStart = false;
    privateNetwork = true;
    hostAddress = "10.250.0.1";
    localAddress = "10.250.0.2";
    config = { pkgs, ... }: {
      environment.systemPackages = [ pkgs.gnumake pkgs.gcc ];
      system.stateVersion = "24.11";
    };
  };
"#
    } else {
        ""
    };
    format!(
        r#"# The {host} machine: its hardware, its containers (one file each, read from
# ../../containers/{host}), its users.
{{ config, lib, pkgs, hostName, ... }}:
{{
  imports = [
    ./hardware-configuration.nix
    {users}
  ] ++ map (name: ../../containers/{host} + "/${{name}}")
    (builtins.attrNames (builtins.readDir ../../containers/{host}));

  system.stateVersion = "24.11";
  networking.hostName = hostName;
  networking.domain = "example.org";
  boot.loader.systemd-boot.enable = true;
  boot.loader.efi.canTouchEfiVariables = true;
  time.timeZone = "Europe/Berlin";

  networking.nat = {{
    enable = true;
    internalInterfaces = [ "ve-+" ];
    externalInterface = "eth0";
  }};
  networking.firewall.trustedInterfaces = [ "ve-+" ];
  networking.firewall.allowedTCPPorts = [ 22 {port} ];

  services.openssh.enable = true;
  services.openssh.settings.PasswordAuthentication = false;
  environment.systemPackages = with pkgs; [ htop git tool{index:02} ];
{inline}}}
"#,
        users = users.join("\n    "),
        port = 8000 + index,
    )
}

fn hardware(index: usize) -> String {
    format!(
        r#"# Do not modify this file!  It was generated by ‘nixos-generate-config’
# and may be overwritten by future invocations.  Please make changes
# to /etc/nixos/configuration.nix instead.
{{ config, lib, pkgs, modulesPath, ... }}:

{{
  imports = [ (modulesPath + "/installer/scan/not-detected.nix") ];

  boot.initrd.availableKernelModules = [ "xhci_pci" "ahci" "nvme" "usbhid" "sd_mod" ];
  boot.initrd.kernelModules = [ ];
  boot.kernelModules = [ "kvm-amd" ];
  boot.extraModulePackages = [ ];

  fileSystems."/" = {{
    device = "/dev/disk/by-uuid/6a1f7c2e-3b1d-4c55-9f0e-2d8a7b9c1e{index:02}";
    fsType = "ext4";
  }};

  fileSystems."/boot" = {{
    device = "/dev/disk/by-uuid/12{index:02}-ABCD";
    fsType = "vfat";
    options = [ "fmask=0022" "dmask=0022" ];
  }};

  swapDevices = [ ];

  networking.useDHCP = lib.mkDefault true;
  nixpkgs.hostPlatform = lib.mkDefault "x86_64-linux";
  hardware.cpu.amd.updateMicrocode = lib.mkDefault config.hardware.enableRedistributableFirmware;
}}
"#
    )
}

/// Container `container` of host `host`: a module declaring it, its name and address
/// unique across the repository, some with forwarded ports or bind mounts.
fn container_module(host: usize, container: usize) -> (String, String) {
    const KINDS: [&str; 4] = ["web", "db", "cache", "worker"];
    let kind = KINDS[container % KINDS.len()];
    let name = format!("{kind}{container}");
    let subnet = 1 + host * CONTAINERS_PER_HOST + container;
    let extra = match kind {
        "web" => format!(
            r#"    forwardPorts = [ {{ hostPort = {port}; containerPort = 80; }} ];
    bindMounts."/var/www" = {{ hostPath = "/srv/www/{name}"; }};
"#,
            port = 8100 + container
        ),
        "db" => format!(
            r#"    bindMounts."/var/lib/postgresql" = {{ hostPath = "/srv/pg/{name}"; isReadOnly = false; }};
    timeoutStartSec = "3min";
"#
        ),
        "cache" => "    ephemeral = true;\n".to_owned(),
        _ => "    tmpfs = [ \"/tmp\" ];\n".to_owned(),
    };
    let service = match kind {
        "web" => {
            "services.nginx.enable = true;\n      networking.firewall.allowedTCPPorts = [ 80 ];"
        }
        "db" => "services.postgresql.enable = true;",
        "cache" => "services.redis.servers.main.enable = true;",
        _ => "systemd.services.job.script = \"echo working\";",
    };
    let helper = (host * CONTAINERS_PER_HOST + container) % HELPERS;
    let text = format!(
        r#"# The {name} container, its addresses from a helper.
{{ lib, ... }}:
let
  net = import ../../lib/helper{helper:02}.nix {{ inherit lib; }};
in
{{
  containers.{name} = {{
    autoStart = lib.mkDefault true;
    privateNetwork = true;
    hostAddress = net.address {subnet} 1;
    localAddress = net.address {subnet} 2;
{extra}    config = {{ pkgs, ... }}: {{
      {service}
      environment.systemPackages = [ pkgs.htop ];
      system.stateVersion = "24.11";
    }};
  }};
}}
"#
    );
    (name, text)
}

fn module_name(index: usize) -> String {
    const AREAS: [&str; 8] = [
        "monitoring",
        "backup",
        "logging",
        "security",
        "nix",
        "locale",
        "shell",
        "network",
    ];
    format!("{}{}", AREAS[index % AREAS.len()], index / AREAS.len())
}

fn modules_default() -> String {
    let mut imports = String::new();
    for index in 0..MODULES {
        let _ = writeln!(imports, "    ./{}.nix", module_name(index));
    }
    format!(
        r#"# Every machine's shared configuration, one concern per file.
{{ ... }}:
{{
  imports = [
{imports}  ];
}}
"#
    )
}

/// A shared module: options of its own under `site.<name>`, set from a helper of
/// `lib/`, and NixOS options ncc does not model.
fn module(index: usize) -> String {
    let name = module_name(index);
    let helper = index % HELPERS;
    format!(
        r#"# Shared: {name}.
{{ config, lib, pkgs, ... }}:
let
  helper = import ../lib/helper{helper:02}.nix {{ inherit lib; }};
  cfg = config.site.{name};
in
{{
  options.site.{name} = {{
    enable = lib.mkEnableOption "the {name} settings";
    level = lib.mkOption {{
      type = lib.types.int;
      default = {index};
      description = "How much {name} to do.";
    }};
    tags = lib.mkOption {{
      type = lib.types.listOf lib.types.str;
      default = [ ];
    }};
  }};

  config = lib.mkMerge [
    {{ site.{name}.enable = lib.mkDefault true; }}
    (lib.mkIf cfg.enable {{
      environment.etc."site/{name}.conf".text = helper.render {{
        name = "{name}";
        level = cfg.level;
        tags = cfg.tags;
      }};
      systemd.tmpfiles.rules = [ "d /var/lib/{name} 0750 root root -" ];
      environment.systemPackages = [ pkgs.coreutils ];
    }})
  ];
}}
"#
    )
}

/// A helper: plain functions over `lib`.
fn helper(index: usize) -> String {
    format!(
        r#"# Addressing and rendering helpers, set {index}.
{{ lib }}:
rec {{
  address = subnet: side: "10.231.${{toString subnet}}.${{toString side}}";
  quote = value: "\"${{toString value}}\"";
  line = key: value: "${{key}} = ${{quote value}}";
  render = {{ name, level, tags }}:
    lib.concatStringsSep "\n" ([
      (line "name" name)
      (line "level" level)
      (line "set" {index})
    ] ++ map (tag: line "tag" tag) tags);
}}
"#
    )
}

fn user(index: usize) -> String {
    format!(
        r#"# A person with a login on some machines.
{{ pkgs, ... }}:
{{
  users.users.user{index} = {{
    isNormalUser = true;
    description = "User {index}";
    extraGroups = [ "wheel" "networkmanager" ];
    shell = pkgs.zsh;
    openssh.authorizedKeys.keys = [
      "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{index:02}user{index}key user{index}@example.org"
    ];
  }};
  programs.zsh.enable = true;
}}
"#
    )
}

fn packages_default() -> String {
    let mut entries = String::new();
    for index in 0..PACKAGES {
        let _ = writeln!(
            entries,
            "  tool{index:02} = pkgs.callPackage ./tool{index:02}.nix {{ }};"
        );
    }
    format!("# The repository's own packages.\n{{ pkgs }}:\n{{\n{entries}}}\n")
}

fn package(index: usize) -> String {
    format!(
        r#"{{ lib, stdenv, fetchFromGitHub, makeWrapper }}:
stdenv.mkDerivation rec {{
  pname = "tool{index:02}";
  version = "1.{index}.0";
  src = fetchFromGitHub {{
    owner = "example";
    repo = pname;
    rev = "v${{version}}";
    hash = "sha256-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA{index:02}=";
  }};
  nativeBuildInputs = [ makeWrapper ];
  installPhase = ''
    mkdir -p $out/bin
    cp tool $out/bin/${{pname}}
  '';
  meta = with lib; {{
    description = "Tool number {index}";
    license = licenses.mit;
    platforms = platforms.linux;
  }};
}}
"#
    )
}

fn overlay(index: usize) -> String {
    format!(
        r#"final: prev: {{
  tool{index:02} = final.callPackage ../pkgs/tool{index:02}.nix {{ }};
  htop-{index} = prev.htop.overrideAttrs (old: {{ pname = "htop-{index}"; }});
}}
"#
    )
}

fn home(index: usize) -> String {
    format!(
        r#"{{ pkgs, ... }}:
{{
  home.stateVersion = "24.11";
  home.packages = with pkgs; [ ripgrep fd ];
  programs.git = {{
    enable = true;
    userName = "Profile {index}";
  }};
  programs.bash.enable = true;
}}
"#
    )
}
