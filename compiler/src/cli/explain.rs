//! The documentation of every diagnostic code, as data: `ncc explain CODE` prints one
//! entry, and the SARIF output takes its rule metadata from the same table.
//!
//! A new code gets its entry here, in code order; `tests/cli.rs` fails while a
//! code that ncc's sources can emit has none, and checks that every entry's `example`
//! really produces its code.

use lib_nix::Severity;

/// The documentation of one diagnostic code.
#[derive(Debug)]
pub struct CodeDoc {
    /// The stable code, as printed in `error[M001]`.
    pub code: &'static str,
    /// A short kebab-case name, for tools that show rule names (SARIF's `name`).
    pub name: &'static str,
    /// One line: what the code flags.
    pub title: &'static str,
    /// The severity findings of this code have.
    pub severity: Severity,
    /// What the diagnostic means, in a few sentences.
    pub meaning: &'static str,
    /// Why it matters: what would happen if the file were used as it is.
    pub why: &'static str,
    /// A whole host file that produces the diagnostic.
    pub example: &'static str,
    /// How to fix it.
    pub fix: &'static str,
    /// The example, fixed.
    pub fixed: &'static str,
}

/// Every code, in order.
pub const CODES: &[CodeDoc] = &[
    CodeDoc {
        code: "N001",
        name: "syntax-error",
        title: "The file is not valid Nix syntax",
        severity: Severity::Error,
        meaning: "The parser could not read the text as Nix: a missing `;`, an unclosed brace or \
                  string, an operator without an operand. The message says what the parser \
                  expected at that place.",
        why: "Nix refuses the whole file, so nothing in it is evaluated. ncc reports every \
              syntax error it can find, not only the first, and drops the follow-on errors a \
              broken line causes.",
        example: "{\n  containers.web = {\n    autoStart = true\n    config = { };\n  };\n}\n",
        fix: "Add what the message says is expected; most often a `;` at the end of the line \
              before the one marked.",
        fixed: "{\n  containers.web = {\n    autoStart = true;\n    config = { };\n  };\n}\n",
    },
    CodeDoc {
        code: "N002",
        name: "invalid-source",
        title: "The file is not text Nix can read",
        severity: Severity::Error,
        meaning: "The file is not UTF-8 text and does not parse as Nix reads it, or it \
                  contains a NUL byte.",
        why: "Nix reads bytes: one that is not UTF-8 is accepted in a string or a comment \
              (a Latin-1 letter), and ncc accepts it there too; anywhere else, and in a file \
              saved as UTF-16, Nix stops at it. Its strings cannot hold NUL. Such a file was \
              usually saved in another encoding or is not a Nix file at all.",
        example: "{ containers.web.config = { }; }\n\0",
        fix: "Save the file as UTF-8 and remove the NUL byte; check that the right file was \
              given.",
        fixed: "{ containers.web.config = { }; }\n",
    },
    CodeDoc {
        code: "N101",
        name: "duplicate-attribute",
        title: "An attribute is defined twice in one attribute set",
        severity: Severity::Error,
        meaning: "The same attribute is written twice in one `{ ... }`, directly or through \
                  nested keys such as `a.b = 1;` next to `a = { ... };`.",
        why: "Nix rejects this while parsing (\"attribute 'autoStart' already defined\"), so \
              NixOS would not evaluate the file. Definitions only merge when they come from \
              different modules.",
        example: "{\n  containers.web = {\n    autoStart = true;\n    autoStart = false;\n    config = { };\n  };\n}\n",
        fix: "Keep one of the definitions. To combine values on purpose, put them in separate \
              modules (`imports`) or use `lib.mkMerge`.",
        fixed: "{\n  containers.web = {\n    autoStart = true;\n    config = { };\n  };\n}\n",
    },
    CodeDoc {
        code: "N102",
        name: "undefined-variable",
        title: "A variable is used that is not defined",
        severity: Severity::Error,
        meaning: "A name is used that no `let`, function argument, `rec` set or `with` \
                  provides.",
        why: "Nix stops with \"undefined variable\". The usual cause is a module that uses \
              `lib` or `pkgs` without naming it in its argument set.",
        example: "{ config, ... }:\n{\n  containers.web = {\n    autoStart = lib.mkDefault true;\n    config = { };\n  };\n}\n",
        fix: "Add the name to the module's arguments (`{ config, lib, ... }:`), bind it with \
              `let`, or correct its spelling.",
        fixed: "{ config, lib, ... }:\n{\n  containers.web = {\n    autoStart = lib.mkDefault true;\n    config = { };\n  };\n}\n",
    },
    CodeDoc {
        code: "N103",
        name: "dynamic-attribute-in-let",
        title: "A `let` binding has a computed name",
        severity: Severity::Error,
        meaning: "A `let` binds a name written as `${...}`.",
        why: "Names bound by `let` must be known before evaluation; Nix rejects the file.",
        example: "let\n  name = \"port\";\n  ${name} = 8080;\nin\n{ containers.web.config = { }; }\n",
        fix: "Write the name literally, or build an attribute set with computed names \
              (`{ ${name} = value; }`) and take values from it.",
        fixed: "let\n  name = \"port\";\n  port = 8080;\nin\n{ containers.web.config = { }; }\n",
    },
    CodeDoc {
        code: "N104",
        name: "duplicate-formal",
        title: "A function names the same argument twice",
        severity: Severity::Error,
        meaning: "A function's argument set, such as a module's `{ config, lib, ... }:`, lists \
                  one name twice.",
        why: "Nix rejects the file (\"duplicate formal function argument\").",
        example: "{ config, lib, lib, ... }:\n{ containers.web.config = { }; }\n",
        fix: "Remove the repeated name.",
        fixed: "{ config, lib, ... }:\n{ containers.web.config = { }; }\n",
    },
    CodeDoc {
        code: "N105",
        name: "unsupported",
        title: "A construct ncc deliberately does not support",
        severity: Severity::Error,
        meaning: "A construct of the Nix language that ncc cannot read as Nix does. None \
                  produces it now: the last, the pipe operators `|>` and `<|` (current Nix's \
                  `pipe-operators` feature, which Nix 2.8 lacks), are evaluated as current Nix \
                  evaluates them. (What depends on the machine that evaluates, a home path \
                  `~/...` or `builtins.getEnv`, is unknown in a host: see N301. Search paths \
                  such as `<nixpkgs>` are external sources ncc does not read: N301 too.)",
        why: "ncc would report about such a file what it cannot know to be true.",
        example: "{ containers.web.config = { } |> (c: c); }\n",
        fix: "Nothing: the example, once N105, is evaluated as `(c: c) { }`.",
        fixed: "{ containers.web.config = (c: c) { }; }\n",
    },
    CodeDoc {
        code: "N201",
        name: "evaluation-error",
        title: "Evaluating the Nix code failed",
        severity: Severity::Error,
        meaning: "An expression could not be evaluated: an operator applied to the wrong type, \
                  a missing attribute, a `throw` or failed `assert`, or infinite recursion (and, \
                  in `ncc eval --plain` only, an `import` outside the project root; in a host it \
                  is a file of the machine that evaluates, unknown: see N301). The message is \
                  worded as Nix words it.",
        why: "NixOS would stop at the same place with the same message, only without the \
              line and column.",
        example: "{\n  containers.web = {\n    privateNetwork = true;\n    hostAddress = \"10.231.136.\" + 1;\n    config = { };\n  };\n}\n",
        fix: "Read the message and the marked expression. For type errors convert explicitly \
              (`toString 1`); for missing attributes check the spelling or use `or`.",
        fixed: "{\n  containers.web = {\n    privateNetwork = true;\n    hostAddress = \"10.231.136.\" + toString 1;\n    config = { };\n  };\n}\n",
    },
    CodeDoc {
        code: "N301",
        name: "unknown-value",
        title: "A value ncc cannot know decides something it checks",
        severity: Severity::Warning,
        meaning: "A real host sets hundreds of options ncc does not model and imports modules \
                  it does not evaluate (NixOS's own, `<home-manager/nixos>`, a flake input's); \
                  it uses packages and external sources (`pkgs`, `<nixpkgs>`, `fetchTarball`) \
                  that ncc neither builds nor fetches. ncc accepts all of them (`ncc check \
                  --explain-unchecked` lists them) and reads what modules define. Where a value \
                  ncc checks depends on something no module it evaluates defines (the default \
                  of an option it does not model, a decision on a package, definitions of an \
                  unmodelled option that disagree, a `lib` function that nixpkgs lib 25.11, \
                  which ncc's `lib` is, lacks in a flake that follows another nixpkgs), ncc \
                  cannot know it: the warning names what it could not read.",
        why: "NixOS would have the value and might accept the host or reject it; ncc can \
              check neither, so the container is checked only as far as ncc can read it, \
              and `ncc build` does not write its files (N302).",
        example: "{ config, ... }: {\n  containers.web = {\n    privateNetwork = true;\n    hostAddress = config.services.gateway.address;\n    config = { };\n  };\n}\n",
        fix: "Define the value in a module ncc evaluates (`services.gateway.address = \"10.0.0.1\";`), \
              or write it where it is used.",
        fixed: "{ config, ... }: {\n  services.gateway.address = \"10.0.0.1\";\n  containers.web = {\n    privateNetwork = true;\n    hostAddress = config.services.gateway.address;\n    config = { };\n  };\n}\n",
    },
    CodeDoc {
        code: "N302",
        name: "unwritable-container",
        title: "`ncc build` cannot write the files of a container it could not read whole",
        severity: Severity::Error,
        meaning: "Some option of the container depends on a value ncc cannot know (each is an \
                  N301 warning), a value written to its files is made of a value of a file ncc \
                  does not read (`localAddress = \"${site.prefix}.2\"` with `site = import \
                  <site/network.nix>`), or the host gives the container's unit a script ncc \
                  does not write (`systemd.services.\"container@web\".reload`, or a \
                  `preStart` whose text ncc cannot know). `ncc check` checks the rest; \
                  `ncc build` refuses to write the container's files rather than guess or leave \
                  it out.",
        why: "A `.conf` or unit written from a guessed value would differ from what NixOS \
              writes, and the difference would go unnoticed.",
        example: "{ config, ... }: {\n  containers.web = {\n    privateNetwork = true;\n    hostAddress = config.services.gateway.address;\n    config = { };\n  };\n}\n",
        fix: "Make the value known to ncc, as N301 says.",
        fixed: "{ config, ... }: {\n  services.gateway.address = \"10.0.0.1\";\n  containers.web = {\n    privateNetwork = true;\n    hostAddress = config.services.gateway.address;\n    config = { };\n  };\n}\n",
    },
    CodeDoc {
        code: "N303",
        name: "placeholder-written",
        title: "`ncc build` writes its placeholder where NixOS writes a package's store path",
        severity: Severity::Warning,
        meaning: "A value ncc writes into a container's files holds a package (`hostPath = \
                  \"${pkgs.cacert}/etc/ssl/certs\"`, `extraFlags = [ \"--setenv=TOOL=${tool}\" \
                  ]`, another system's toplevel as `path`). ncc builds no package: it writes \
                  its placeholder, `/nix/store/00000000000000000000000000000000-ncc-placeholder-\
                  cacert`, where NixOS writes the package's own store path. `ncc check` says \
                  nothing of it, since NixOS accepts the host; `ncc build` writes the files and \
                  warns at each such option.",
        why: "Deployed as they are, the files would point at a store path that does not exist: \
              the bind mount or the flag would fail when the container starts.",
        example: "{ pkgs, ... }: {\n  containers.web = {\n    bindMounts.\"/etc/ssl/certs\".hostPath = \"${pkgs.cacert}/etc/ssl/certs\";\n    config = { };\n  };\n}\n",
        fix: "Build the host with the tool that deploys it (nixos-rebuild, colmena), which \
              builds the package; or give a path that is not a package's, such as one the \
              host's system links to it.",
        fixed: "{ pkgs, ... }: {\n  containers.web = {\n    bindMounts.\"/etc/ssl/certs\".hostPath = \"/etc/ssl/certs\";\n    config = { };\n  };\n}\n",
    },
    CodeDoc {
        code: "M001",
        name: "unknown-option",
        title: "A definition names an option that does not exist",
        severity: Severity::Error,
        meaning: "A value is set for an option that no module declares, usually a misspelled \
                  option name. ncc suggests the nearest declared names.",
        why: "NixOS refuses the configuration (\"The option `...' does not exist.\"); the \
              intended option is not set.",
        example: "{\n  containers.web = {\n    privateNetwrk = true;\n    config = { };\n  };\n}\n",
        fix: "Use the suggested name; `ncc options` lists every option ncc knows.",
        fixed: "{\n  containers.web = {\n    privateNetwork = true;\n    config = { };\n  };\n}\n",
    },
    CodeDoc {
        code: "M002",
        name: "wrong-type",
        title: "A definition is not of the option's type",
        severity: Severity::Error,
        meaning: "A value does not match the type the option declares: a string where a \
                  boolean is expected, a port above 65535, an attribute set where a list is \
                  expected.",
        why: "NixOS refuses the configuration (\"A definition for option `...' is not of type \
              `boolean'.\").",
        example: "{\n  containers.web = {\n    autoStart = \"yes\";\n    config = { };\n  };\n}\n",
        fix: "Give a value of the declared type; `ncc options` shows each option's type.",
        fixed: "{\n  containers.web = {\n    autoStart = true;\n    config = { };\n  };\n}\n",
    },
    CodeDoc {
        code: "M003",
        name: "conflicting-definitions",
        title: "An option has conflicting definitions",
        severity: Severity::Error,
        meaning: "Two modules define the same option with different values at the same \
                  priority, and the option's type cannot merge them (a string, a boolean, a \
                  number). Every definition is shown.",
        why: "NixOS cannot choose between them and refuses the configuration (\"has \
              conflicting definition values\").",
        example: "{\n  imports = [\n    { containers.web.hostAddress = \"10.0.0.1\"; }\n    { containers.web.hostAddress = \"10.0.0.9\"; }\n  ];\n  containers.web.privateNetwork = true;\n  containers.web.config = { };\n}\n",
        fix: "Remove one definition, or say which wins: `lib.mkForce value` raises a \
              definition's priority, `lib.mkDefault value` lowers it.",
        fixed: "{ lib, ... }:\n{\n  imports = [\n    { containers.web.hostAddress = \"10.0.0.1\"; }\n    { containers.web.hostAddress = lib.mkForce \"10.0.0.9\"; }\n  ];\n  containers.web.privateNetwork = true;\n  containers.web.config = { };\n}\n",
    },
    CodeDoc {
        code: "M004",
        name: "no-value",
        title: "An option is used but has no value",
        severity: Severity::Error,
        meaning: "An option without a default is read but no module defines it. For a \
                  container this is most often its system: one of `config`, `path` or \
                  `flake` must be set.",
        why: "NixOS stops with \"was accessed but has no value defined\".",
        example: "{\n  containers.web = {\n    autoStart = true;\n  };\n}\n",
        fix: "Define the option. A container needs `config = { ... };` (its NixOS \
              configuration), a `path` to a built system, or a `flake`.",
        fixed: "{\n  containers.web = {\n    autoStart = true;\n    config = { };\n  };\n}\n",
    },
    CodeDoc {
        code: "M005",
        name: "null-and-not-null",
        title: "An option is defined both null and not null",
        severity: Severity::Error,
        meaning: "An option of type `nullOr ...` has one definition that is `null` and another \
                  that is not, at the same priority.",
        why: "NixOS cannot tell whether the option is meant to be unset and refuses the \
              configuration.",
        example: "{\n  imports = [\n    { containers.web.hostBridge = null; }\n    { containers.web.hostBridge = \"br0\"; }\n  ];\n  containers.web.privateNetwork = true;\n  containers.web.config = { };\n}\n",
        fix: "Remove the `null` definition, or give one of them `lib.mkDefault` or \
              `lib.mkForce`.",
        fixed: "{ lib, ... }:\n{\n  imports = [\n    { containers.web.hostBridge = lib.mkDefault null; }\n    { containers.web.hostBridge = \"br0\"; }\n  ];\n  containers.web.privateNetwork = true;\n  containers.web.config = { };\n}\n",
    },
    CodeDoc {
        code: "M006",
        name: "not-unique",
        title: "An option that takes one definition has several",
        severity: Severity::Error,
        meaning: "An option declared with `types.uniq` (or `types.unique`) is defined more \
                  than once.",
        why: "The declaring module relies on exactly one definition; NixOS refuses the \
              configuration.",
        example: "{ config, lib, ... }:\n{\n  imports = [\n    { options.site.timeout = lib.mkOption { type = lib.types.uniq lib.types.str; }; }\n    { site.timeout = \"1min\"; }\n    { site.timeout = \"2min\"; }\n  ];\n  containers.web = {\n    timeoutStartSec = config.site.timeout;\n    config = { };\n  };\n}\n",
        fix: "Keep a single definition of the option. The option is checked where it is \
              used, as in NixOS.",
        fixed: "{ config, lib, ... }:\n{\n  imports = [\n    { options.site.timeout = lib.mkOption { type = lib.types.uniq lib.types.str; }; }\n    { site.timeout = \"2min\"; }\n  ];\n  containers.web = {\n    timeoutStartSec = config.site.timeout;\n    config = { };\n  };\n}\n",
    },
    CodeDoc {
        code: "M007",
        name: "invalid-module",
        title: "A module is not shaped as the module system expects",
        severity: Severity::Error,
        meaning: "A module is not an attribute set, a function returning one, or a path to \
                  such a file; or it mixes an explicit `config`/`options` with other \
                  top-level attributes.",
        why: "The module system cannot read such a module, so none of its definitions \
              apply; NixOS refuses the configuration.",
        example: "{\n  options = { };\n  containers.web.config = { };\n}\n",
        fix: "Either put every definition on the top level, or move all of them into an \
              explicit `config = { ... };` next to `options` and `imports`.",
        fixed: "{\n  options = { };\n  config.containers.web.config = { };\n}\n",
    },
    CodeDoc {
        code: "M008",
        name: "failed-assertion",
        title: "A module's assertion failed",
        severity: Severity::Error,
        meaning: "An entry of `assertions` has `assertion = false`; the message is the \
                  entry's `message`. Inside a container, ncc also restates two assertions of \
                  NixOS modules it does not evaluate, where nothing it cannot see could \
                  decide otherwise: systemd-resolved's against the host's resolv.conf, and \
                  users-groups.nix's that a user is exactly one of a normal and a system user.",
        why: "NixOS refuses to build a system whose assertions fail (\"Failed \
              assertions:\"), a container's own (in its `config`) as the host's: building \
              the host builds each container's system.",
        example: "{ config, ... }:\n{\n  containers.web.config = { };\n  assertions = [\n    { assertion = config.containers.web.autoStart; message = \"web must start at boot\"; }\n  ];\n}\n",
        fix: "Change the configuration so that the assertion holds; the message says what it \
              requires.",
        fixed: "{ config, ... }:\n{\n  containers.web.config = { };\n  containers.web.autoStart = true;\n  assertions = [\n    { assertion = config.containers.web.autoStart; message = \"web must start at boot\"; }\n  ];\n}\n",
    },
    CodeDoc {
        code: "M009",
        name: "module-warning",
        title: "A module emitted a warning",
        severity: Severity::Warning,
        meaning: "An entry of `warnings` is set; the message is the entry.",
        why: "NixOS prints these while building (\"evaluation warning:\") and carries on; \
              they point at settings that work but are probably not what was meant. \
              `ncc check --deny warnings` makes them fail the check.",
        example: "{\n  containers.web.config = { };\n  warnings = [ \"containers.web has no network of its own\" ];\n}\n",
        fix: "Change the configuration the warning is about, or remove the module's warning \
              if it no longer applies.",
        fixed: "{\n  containers.web.config = { };\n  containers.web.privateNetwork = true;\n}\n",
    },
    CodeDoc {
        code: "C001",
        name: "config-and-flake",
        title: "A container sets both `config` and `flake`",
        severity: Severity::Error,
        meaning: "A container's system is given twice: as a NixOS module in `config` and as a \
                  flake in `flake`.",
        why: "NixOS derives the container's `path` from one of the two; with both its module \
              reports conflicting definitions of `path`, and it is unclear which system the \
              container should run.",
        example: "{\n  containers.web = {\n    config = { };\n    flake = \"github:example/hosts#web\";\n  };\n}\n",
        fix: "Keep either `config` or `flake`.",
        fixed: "{\n  containers.web = {\n    flake = \"github:example/hosts#web\";\n  };\n}\n",
    },
    CodeDoc {
        code: "C002",
        name: "removed-pkgs-option",
        title: "A container sets the removed `pkgs` option",
        severity: Severity::Error,
        meaning: "`containers.<name>.pkgs` was removed from NixOS; defining it has no effect, and \
                  NixOS refuses the configuration.",
        why: "NixOS evaluation fails with \"no longer has any effect; please remove it\": the host \
              would not build.",
        example: "{ pkgs, ... }:\n{\n  containers.web = {\n    pkgs = pkgs;\n    config = { };\n  };\n}\n",
        fix: "Remove it; set `containers.<name>.nixpkgs` to choose the nixpkgs the container is \
              evaluated with, or `nixpkgs.pkgs` inside its `config`.",
        fixed: "{ pkgs, ... }:\n{\n  containers.web = {\n    config = { };\n  };\n}\n",
    },
    CodeDoc {
        code: "C101",
        name: "container-name-too-long",
        title: "A container with `privateNetwork` has a name over 11 characters",
        severity: Severity::Warning,
        meaning: "NixOS's own assertion: with `privateNetwork = true`, a container's name may \
                  have at most 11 characters, because the host-side interface `ve-<name>` is \
                  named after it and Linux interface names have at most 15 bytes. NixOS \
                  enforces it only when the host's kernel is 5.8 or older; ncc cannot see the \
                  host's kernel and warns, except for a twelve-character name, whose interface \
                  fits as it is, on a host whose kernel is newer than 5.8 as far as its \
                  modules say (NixOS's default, `pkgs.linuxPackages_latest`, \
                  `pkgs.linuxKernel.packages.linux_6_6`).",
        why: "On an old kernel NixOS refuses to build the host. From Linux 5.8 on, \
              systemd-nspawn gives the interface a shortened name and keeps the full one as an \
              alternative name, and the container works.",
        example: "{\n  containers.monitoring-agent = {\n    privateNetwork = true;\n    config = { };\n  };\n}\n",
        fix: "Shorten the name to 11 characters, or make sure the host runs a kernel newer \
              than 5.8.",
        fixed: "{\n  containers.monitoring = {\n    privateNetwork = true;\n    config = { };\n  };\n}\n",
    },
    CodeDoc {
        code: "C102",
        name: "underscore-in-name",
        title: "A container name contains an underscore",
        severity: Severity::Error,
        meaning: "NixOS's own assertion: declarative container names may not contain `_` \
                  (\"Names containing underscores are not allowed in nixos-containers\").",
        why: "The name becomes the container's machine name and host name, and systemd-nspawn \
              refuses a machine name that is not a valid host name; NixOS refuses to build the \
              host.",
        example: "{\n  containers.web_frontend.config = { };\n}\n",
        fix: "Rename the container, for example with `-` in place of `_`.",
        fixed: "{\n  containers.web-frontend.config = { };\n}\n",
    },
    CodeDoc {
        code: "C103",
        name: "network-namespace-conflict",
        title: "`networkNamespace` is combined with `privateNetwork` or `interfaces`",
        severity: Severity::Error,
        meaning: "A container joins an existing network namespace with `networkNamespace` and \
                  also asks for a network of its own (`privateNetwork`) or for host interfaces \
                  (`interfaces`). NixOS means to refuse this, but its assertion is malformed \
                  (a bare string where an attribute set belongs) and fails with an unrelated \
                  evaluation error; ncc states it as intended.",
        why: "The two contradict each other: the container cannot both share a namespace and \
              have its own, and systemd-nspawn refuses several such combinations at start.",
        example: "{\n  containers.vpn = {\n    networkNamespace = \"/run/netns/vpn\";\n    privateNetwork = true;\n    config = { };\n  };\n}\n",
        fix: "Keep `networkNamespace` alone, or remove it and give the container its own \
              network.",
        fixed: "{\n  containers.vpn = {\n    networkNamespace = \"/run/netns/vpn\";\n    config = { };\n  };\n}\n",
    },
    CodeDoc {
        code: "C104",
        name: "containers-disabled",
        title: "Containers are declared while `boot.enableContainers` is false",
        severity: Severity::Error,
        meaning: "The host sets `boot.enableContainers = false` but declares containers. NixOS \
                  warns \"containers.<name> is used, but boot.enableContainers is false\" for \
                  each of them.",
        why: "`boot.enableContainers` gates everything the containers module emits, the \
              `container@.service` template included: the declared containers would not exist \
              on the host. ncc emits nothing for such a host.",
        example: "{\n  boot.enableContainers = false;\n  containers.web.config = { };\n}\n",
        fix: "Remove `boot.enableContainers = false;`: it defaults to true when containers are \
              declared. Or remove the containers.",
        fixed: "{\n  containers.web.config = { };\n}\n",
    },
    CodeDoc {
        code: "C105",
        name: "nat-needs-external-interface",
        title: "NAT forwards ports or has a DMZ host without an external interface",
        severity: Severity::Error,
        meaning: "The host enables `networking.nat` with `forwardPorts` or a `dmzHost` but no \
                  `networking.nat.externalInterface`. NixOS's NAT module asserts \
                  \"networking.nat.forwardPorts requires networking.nat.externalInterface\" (and \
                  the same for `dmzHost`).",
        why: "NixOS refuses to build the host: the forwarding rules match packets by the \
              interface they arrive on, which is not named.",
        example: "{\n  networking.nat = {\n    enable = true;\n    internalInterfaces = [ \"ve-+\" ];\n    forwardPorts = [ { sourcePort = 80; destination = \"10.231.136.2:80\"; } ];\n  };\n  containers.web = {\n    privateNetwork = true;\n    hostAddress = \"10.231.136.1\";\n    localAddress = \"10.231.136.2\";\n    config = { };\n  };\n}\n",
        fix: "Set `networking.nat.externalInterface` to the interface the forwarded traffic \
              arrives on.",
        fixed: "{\n  networking.nat = {\n    enable = true;\n    internalInterfaces = [ \"ve-+\" ];\n    externalInterface = \"eth0\";\n    forwardPorts = [ { sourcePort = 80; destination = \"10.231.136.2:80\"; } ];\n  };\n  containers.web = {\n    privateNetwork = true;\n    hostAddress = \"10.231.136.1\";\n    localAddress = \"10.231.136.2\";\n    config = { };\n  };\n}\n",
    },
    CodeDoc {
        code: "C201",
        name: "value-breaks-emitted-file",
        title: "A value cannot be written unchanged to the file it goes to",
        severity: Severity::Error,
        meaning: "A string option holds a character that the file ncc writes it to cannot \
                  carry: a newline or other control character anywhere; in a value written \
                  unquoted to the `.conf` a `\\`, a leading quote or surrounding spaces \
                  (systemd's `EnvironmentFile=` parser would drop or interpret them); in a \
                  value inside `INTERFACES=\"…\"`, `MACVLANS=\"…\"` or \
                  `EXTRA_NSPAWN_FLAGS=\"…\"` a `\"` or an escaping `\\`; a space in an \
                  interface or a bind mount path, which the start script would split into two \
                  arguments; a space or `#` in a `localAddress`, which NixOS also writes to \
                  the host's `/etc/hosts`.",
        why: "NixOS writes these values unescaped. A newline would end the line and start an \
              assignment or directive of its own (another `SYSTEM_PATH=` in the `.conf`, \
              another `ExecStartPre=` in the unit); the other characters make the container \
              get a different value than the one written.",
        example: "{\n  containers.web = {\n    privateNetwork = true;\n    hostBridge = \"br0\\nSYSTEM_PATH=/nix/store/evil\";\n    config = { };\n  };\n}\n",
        fix: "Remove the character; none of these values needs it.",
        fixed: "{\n  containers.web = {\n    privateNetwork = true;\n    hostBridge = \"br0\";\n    config = { };\n  };\n}\n",
    },
    CodeDoc {
        code: "C202",
        name: "invalid-container-name",
        title: "A container name cannot be a host name, a unit instance and a file name",
        severity: Severity::Error,
        meaning: "The name under `containers` is empty, longer than 63 characters, starts or \
                  ends with `-`, or contains a character other than ASCII letters, digits and \
                  `-` (a `.`, a `/`, a space...). Underscores are reported by C102.",
        why: "The name is used as it is for `container@<name>.service`, \
              `/etc/nixos-containers/<name>.conf`, the state directory, systemd-nspawn's \
              machine name (which must be a valid host name) and the container's \
              `networking.hostName`, whose NixOS type refuses dots and more than 63 \
              characters. A `/` would put files outside their directory. NixOS does not check \
              the characters, and the container fails to build or to start.",
        example: "{\n  containers.\"web.example.org\".config = { };\n}\n",
        fix: "Rename the container with letters, digits and `-`; put a domain in the \
              container's `networking.domain`.",
        fixed: "{\n  containers.web.config = { };\n}\n",
    },
    CodeDoc {
        code: "C203",
        name: "invalid-ip-address",
        title: "An address option is not an IP address of its kind",
        severity: Severity::Error,
        meaning: "`hostAddress` or `localAddress` is not an IPv4 address, `hostAddress6` or \
                  `localAddress6` not an IPv6 address, or an address has a prefix length \
                  (`/24`) where NixOS cannot use one: only `localAddress` and `localAddress6` \
                  may have one, and only with a `hostBridge`. Checked for the container's own \
                  veth pair (with `privateNetwork`) and its `extraVeths`. An IPv4 address `ip` \
                  reads though it is not four decimal numbers (`10.50.01.2`, `10.1`) is a \
                  warning naming the address `ip` uses.",
        why: "NixOS passes the values to `ip` unchecked. A typo or a host name makes `ip addr \
              add` fail and the container with it; a prefix length breaks `ip route add \
              <address> dev <veth>` and `ip route add default via <address>`, which refuse it. \
              `ip` reads a part with a leading zero as octal (`010` is 8) and fills missing \
              parts with zeros: that works, but may not be the address meant.",
        example: "{\n  containers.web = {\n    privateNetwork = true;\n    hostAddress = \"10.231.136.1/24\";\n    localAddress = \"10.231.136.2/24\";\n    config = { };\n  };\n}\n",
        fix: "Write plain addresses; give `localAddress` a prefix length only when the \
              container sits on a bridge.",
        fixed: "{\n  containers.web = {\n    privateNetwork = true;\n    hostAddress = \"10.231.136.1\";\n    localAddress = \"10.231.136.2\";\n    config = { };\n  };\n}\n",
    },
    CodeDoc {
        code: "C204",
        name: "multicast-mac-address",
        title: "`localMacAddress` is a multicast or all-zero address",
        severity: Severity::Error,
        meaning: "The lowest bit of the first octet of `localMacAddress` is set (a multicast \
                  or broadcast address), or the address is `00:00:00:00:00:00`.",
        why: "An interface needs a unicast address: inside the container `ip link set dev eth0 \
              address …` fails, and the container does not start.",
        example: "{\n  containers.web = {\n    privateNetwork = true;\n    localMacAddress = \"01:23:45:67:89:ab\";\n    config = { };\n  };\n}\n",
        fix: "Use a unicast address; for a made-up one, clear the lowest bit of the first \
              octet and set the next (locally administered), as in `02:…`.",
        fixed: "{\n  containers.web = {\n    privateNetwork = true;\n    localMacAddress = \"02:23:45:67:89:ab\";\n    config = { };\n  };\n}\n",
    },
    CodeDoc {
        code: "C205",
        name: "duplicate-address",
        title: "One IP address is given to two interfaces",
        severity: Severity::Error,
        meaning: "The same address is the `localAddress` (or `localAddress6`) of two veth \
                  pairs, across containers and their `extraVeths`, or it is one pair's local \
                  address and another's (or the same pair's) host address. Sharing one \
                  `hostAddress` between containers is fine and not reported.",
        why: "The host routes to each container's local address through its own interface; the \
              second route to the same address fails (\"RTNETLINK answers: File exists\") and \
              that container does not start. A local address that is also a host address \
              belongs to the host, so the container's traffic never reaches it.",
        example: "{\n  containers.blue = {\n    privateNetwork = true;\n    hostAddress = \"10.231.136.1\";\n    localAddress = \"10.231.136.2\";\n    config = { };\n  };\n  containers.green = {\n    privateNetwork = true;\n    hostAddress = \"10.231.136.1\";\n    localAddress = \"10.231.136.2\";\n    config = { };\n  };\n}\n",
        fix: "Give every container a local address of its own.",
        fixed: "{\n  containers.blue = {\n    privateNetwork = true;\n    hostAddress = \"10.231.136.1\";\n    localAddress = \"10.231.136.2\";\n    config = { };\n  };\n  containers.green = {\n    privateNetwork = true;\n    hostAddress = \"10.231.136.1\";\n    localAddress = \"10.231.136.3\";\n    config = { };\n  };\n}\n",
    },
    CodeDoc {
        code: "C206",
        name: "duplicate-forwarded-port",
        title: "One host port and protocol is forwarded twice",
        severity: Severity::Error,
        meaning: "Two `forwardPorts` entries, in one container or in two, forward the same \
                  `hostPort` with the same `protocol`. An error in one container or when two \
                  of the containers start with the host (`autoStart`); a warning when at most \
                  one does, since containers started by hand may be alternatives that never \
                  run at the same time.",
        why: "systemd-nspawn installs a DNAT rule on the host for each forwarded port; with \
              two rules for one port only the first matches, so one container never receives a \
              connection, and which one depends on the order the containers started in.",
        example: "{\n  containers.blue = {\n    autoStart = true;\n    privateNetwork = true;\n    forwardPorts = [ { hostPort = 8080; containerPort = 80; } ];\n    config.networking.firewall.allowedTCPPorts = [ 80 ];\n  };\n  containers.green = {\n    autoStart = true;\n    privateNetwork = true;\n    forwardPorts = [ { hostPort = 8080; containerPort = 80; } ];\n    config.networking.firewall.allowedTCPPorts = [ 80 ];\n  };\n}\n",
        fix: "Forward a different host port to each container.",
        fixed: "{\n  containers.blue = {\n    autoStart = true;\n    privateNetwork = true;\n    forwardPorts = [ { hostPort = 8080; containerPort = 80; } ];\n    config.networking.firewall.allowedTCPPorts = [ 80 ];\n  };\n  containers.green = {\n    autoStart = true;\n    privateNetwork = true;\n    forwardPorts = [ { hostPort = 8081; containerPort = 80; } ];\n    config.networking.firewall.allowedTCPPorts = [ 80 ];\n  };\n}\n",
    },
    CodeDoc {
        code: "C207",
        name: "ignored-option",
        title: "An option is set that NixOS silently ignores",
        severity: Severity::Warning,
        meaning: "`hostBridge`, `forwardPorts`, `hostAddress`, `hostAddress6`, `localAddress`, \
                  `localAddress6` or `localMacAddress` is set on a container without \
                  `privateNetwork = true`; or `forwardPorts` or `localMacAddress` on an \
                  `extraVeths` entry, which NixOS never reads; or `restartIfChanged = true` on \
                  a container without `autoStart`, to which NixOS does not apply it.",
        why: "The setting looks effective but changes nothing: the container gets no address, \
              no forwarded port, no bridge, and is not restarted on a switch. (NixOS still \
              lists a `localAddress` in the host's `/etc/hosts`.)",
        example: "{\n  containers.web = {\n    hostAddress = \"10.231.136.1\";\n    localAddress = \"10.231.136.2\";\n    config = { };\n  };\n}\n",
        fix: "Set `privateNetwork = true;` (or `autoStart = true;`) to make the options take \
              effect, or remove them.",
        fixed: "{\n  containers.web = {\n    privateNetwork = true;\n    hostAddress = \"10.231.136.1\";\n    localAddress = \"10.231.136.2\";\n    config = { };\n  };\n}\n",
    },
    CodeDoc {
        code: "C208",
        name: "bridge-with-host-address",
        title: "`hostBridge` is combined with `hostAddress`",
        severity: Severity::Warning,
        meaning: "A veth pair sets both `hostBridge` and `hostAddress` (or `hostAddress6`). \
                  The option descriptions say only one of them can be given, but NixOS does \
                  not check it.",
        why: "With a bridge the host side of the pair joins the bridge and gets no address: \
              NixOS skips `ip addr add <hostAddress>` on the host. The container still routes \
              to the address and uses it as its default gateway, which works only if some \
              machine on the bridge has it. It is a warning because configurations use this to \
              set the gateway.",
        example: "{\n  containers.web = {\n    privateNetwork = true;\n    hostBridge = \"br0\";\n    hostAddress = \"192.168.1.1\";\n    localAddress = \"192.168.1.20/24\";\n    config = { };\n  };\n}\n",
        fix: "Remove `hostAddress`; give the bridge its address on the host and set the \
              container's gateway in its own configuration (`networking.defaultGateway`).",
        fixed: "{\n  containers.web = {\n    privateNetwork = true;\n    hostBridge = \"br0\";\n    localAddress = \"192.168.1.20/24\";\n    config.networking.defaultGateway = \"192.168.1.1\";\n  };\n}\n",
    },
    CodeDoc {
        code: "C209",
        name: "invalid-interface-name",
        title: "A network interface name is invalid, such as one over 15 bytes",
        severity: Severity::Error,
        meaning: "A name in `interfaces` or `macvlans`, a key of `extraVeths`, or a \
                  `hostBridge` is not a valid Linux interface name by systemd's rules: empty, \
                  longer than 15 bytes, `.`, `..`, `all` or `default`, only digits, or \
                  containing a space, `:`, `/`, `%` or a character outside printable ASCII. \
                  The names systemd-nspawn derives itself (`ve-<name>`, `mv-<interface>`) are \
                  shortened by nspawn and are covered by C101.",
        why: "systemd-nspawn refuses to start with an invalid interface name, and the `ip` \
              commands of the container's scripts fail on it.",
        example: "{\n  containers.web = {\n    extraVeths.web-storage-network = { hostAddress = \"10.232.0.1\"; localAddress = \"10.232.0.2\"; };\n    config = { };\n  };\n}\n",
        fix: "Use a name of at most 15 bytes without spaces, `:`, `/` or `%`.",
        fixed: "{\n  containers.web = {\n    extraVeths.web-storage = { hostAddress = \"10.232.0.1\"; localAddress = \"10.232.0.2\"; };\n    config = { };\n  };\n}\n",
    },
    CodeDoc {
        code: "C210",
        name: "relative-mount-path",
        title: "A bind mount or tmpfs path is not absolute",
        severity: Severity::Error,
        meaning: "A `bindMounts` entry's `hostPath` or `mountPoint`, or a `tmpfs` entry, is \
                  not an absolute path. NixOS writes `--bind=<hostPath>:<mountPoint>` (or \
                  `--bind=<mountPoint>` without a host path), which systemd-nspawn splits at \
                  `:`; so without a `hostPath`, a mount point such as `/data:idmap` names the \
                  destination `idmap`. An empty `hostPath` is reported too.",
        why: "systemd-nspawn refuses to start the container with a relative path, and systemd \
              ignores a relative `RequiresMountsFor=`.",
        example: "{\n  containers.web = {\n    bindMounts.\"/var/www\" = { hostPath = \"srv/www\"; };\n    config = { };\n  };\n}\n",
        fix: "Write the path from the root.",
        fixed: "{\n  containers.web = {\n    bindMounts.\"/var/www\" = { hostPath = \"/srv/www\"; };\n    config = { };\n  };\n}\n",
    },
    CodeDoc {
        code: "C211",
        name: "duplicate-mount-point",
        title: "Two mounts on one mount point",
        severity: Severity::Error,
        meaning: "Within one container, two `bindMounts` entries, a bind mount and a `tmpfs` \
                  entry, or a bind mount and one of the directories ncc binds for every \
                  container (`/nix/store`, `/nix/var/nix/db`, `/nix/var/nix/daemon-socket`, \
                  `/nix/var/nix/profiles`, `/nix/var/nix/gcroots`) have the same destination. \
                  `bindMounts` are keyed by any name, so two keys can name one `mountPoint`. \
                  A bind mount of the very host directory an earlier one mounts there, as \
                  read-only or writable as it and with no options (`bindMounts.\"/nix/store\" \
                  = { hostPath = \"/nix/store\"; isReadOnly = true; }`), hides nothing and is \
                  not flagged.",
        why: "systemd-nspawn mounts them in order and the last one hides the others: a host \
              directory is silently not visible in the container, and over the `/nix` \
              directories the container cannot boot.",
        example: "{\n  containers.web = {\n    bindMounts.data = { mountPoint = \"/var/lib/data\"; hostPath = \"/srv/a\"; };\n    bindMounts.more-data = { mountPoint = \"/var/lib/data\"; hostPath = \"/srv/b\"; };\n    config = { };\n  };\n}\n",
        fix: "Mount the second directory somewhere else, or keep one of them.",
        fixed: "{\n  containers.web = {\n    bindMounts.data = { mountPoint = \"/var/lib/data\"; hostPath = \"/srv/a\"; };\n    bindMounts.more-data = { mountPoint = \"/var/lib/more-data\"; hostPath = \"/srv/b\"; };\n    config = { };\n  };\n}\n",
    },
    CodeDoc {
        code: "C212",
        name: "invalid-allowed-device",
        title: "An `allowedDevices` entry is ignored or widened by systemd",
        severity: Severity::Error,
        meaning: "An `allowedDevices` entry has a `modifier` with a character other than `r`, \
                  `w` and `m`, an empty `modifier`, or a `node` that is neither under `/dev/` \
                  nor a device class (`char-…`, `block-…`). NixOS writes each entry as \
                  `DeviceAllow=<node> <modifier>`. A `node` with a wildcard \
                  (`/dev/input/js*`) or one of the directories every Linux system has under \
                  `/dev/` (`/dev/dri`, `/dev/input`) is a warning.",
        why: "systemd ignores a `DeviceAllow=` line with an invalid modifier or node \
              (\"Invalid device rights\"), and with `DevicePolicy=closed` the container then \
              cannot open the device at all. An empty modifier makes systemd grant its \
              default, `rwm`. systemd matches wildcards only in a device class's name \
              (`char-input`) and looks for a device node named exactly as a path is written: \
              a pattern names none (\"Couldn't stat device\"), and a directory is not a \
              device (\"/dev/dri is not a device\"), so both lines are ignored too.",
        example: "{\n  containers.web = {\n    allowedDevices = [ { node = \"/dev/fuse\"; modifier = \"rw+\"; } ];\n    config = { };\n  };\n}\n",
        fix: "Use a combination of `r`, `w` and `m`, and a node under `/dev/`.",
        fixed: "{\n  containers.web = {\n    allowedDevices = [ { node = \"/dev/fuse\"; modifier = \"rw\"; } ];\n    config = { };\n  };\n}\n",
    },
    CodeDoc {
        code: "C213",
        name: "invalid-time-span",
        title: "`timeoutStartSec` is not a systemd time span",
        severity: Severity::Error,
        meaning: "`timeoutStartSec` does not follow systemd's time span grammar: `infinity`, \
                  or numbers with optional fractions and units (`us`, `ms`, `s`, `min`, `h`, \
                  `d`, `w`, `M`, `y` and their longer spellings) separated by optional spaces, \
                  such as `90`, `5min`, `1min 30s` or `1.5h`.",
        why: "NixOS writes it unchecked into `TimeoutStartSec=`; systemd logs \"Failed to \
              parse\" and keeps its default, so the container is killed after another timeout \
              than the one configured.",
        example: "{\n  containers.db = {\n    timeoutStartSec = \"5 minutes and 30 seconds\";\n    config = { };\n  };\n}\n",
        fix: "Write a systemd time span.",
        fixed: "{\n  containers.db = {\n    timeoutStartSec = \"5min 30s\";\n    config = { };\n  };\n}\n",
    },
    CodeDoc {
        code: "C214",
        name: "unknown-capability",
        title: "An `additionalCapabilities` entry is not a Linux capability",
        severity: Severity::Error,
        meaning: "An entry of `additionalCapabilities` is not `all`, not a capability name \
                  from `linux/capability.h` (matched regardless of case, with its `CAP_` \
                  prefix) and not the number of one.",
        why: "NixOS passes the entries as `--capability=A,B`, and systemd-nspawn refuses to \
              start the container with an unknown one (\"Failed to parse capability\"). \
              NixOS writes that flag into the start script unescaped, as \
              `--capability=\"A,B\"`: an entry holding a `\"` adds words of its own (a way \
              to pass a flag with spaces), and only the capabilities of its \
              `--capability=` words are checked.",
        example: "{\n  containers.vpn = {\n    additionalCapabilities = [ \"NET_ADMIN\" ];\n    config = { };\n  };\n}\n",
        fix: "Use the full name as capabilities(7) lists it.",
        fixed: "{\n  containers.vpn = {\n    additionalCapabilities = [ \"CAP_NET_ADMIN\" ];\n    config = { };\n  };\n}\n",
    },
    CodeDoc {
        code: "C215",
        name: "extra-flag-repeats-option",
        title: "An `extraFlags` entry repeats a flag ncc already passes",
        severity: Severity::Warning,
        meaning: "An option in `extraFlags` (read as systemd-nspawn reads its command line) is \
                  one the start script already passes with the same value: `--private-network` \
                  with `privateNetwork`, `--ephemeral` with `ephemeral`, a `--capability=` of \
                  granted capabilities, a `--bind=` equal to a `bindMounts` entry, \
                  `--keep-unit`, `--link-journal=try-guest` and the like.",
        why: "Nothing breaks, but the flag does nothing and hides which setting is in force; \
              when the option changes later, the stale copy stays behind.",
        example: "{\n  containers.web = {\n    privateNetwork = true;\n    extraFlags = [ \"--private-network\" ];\n    config = { };\n  };\n}\n",
        fix: "Remove the flag; the option already passes it.",
        fixed: "{\n  containers.web = {\n    privateNetwork = true;\n    config = { };\n  };\n}\n",
    },
    CodeDoc {
        code: "C216",
        name: "extra-flag-overrides",
        title: "An `extraFlags` entry overrides a flag ncc passes from an option",
        severity: Severity::Warning,
        meaning: "An option in `extraFlags` gives `--private-users=` (or `-U`), \
                  `--network-bridge=`, `--network-namespace-path=` or `--machine=` another \
                  value than the container's options or name do, or sets with `--setenv` a \
                  variable ncc's start script passes to the container's init. Flags ncc passes \
                  with a fixed value and no option (`--link-journal=`, `--kill-signal=`, \
                  `--notify-ready=`) may be overridden; flags that keep the container from \
                  starting are C219.",
        why: "systemd-nspawn keeps the last value, so the option is silently overruled while \
              ncc's other settings still follow it: the `:idmap` of the `/nix` bind mounts \
              follows `privateUsers`, and the unit, `machinectl` and `nixos-container` address \
              the machine by the container's name. It is a warning because older \
              configurations used `extraFlags = [ \"-U\" ]` before `privateUsers` existed.",
        example: "{\n  containers.web = {\n    privateUsers = \"pick\";\n    extraFlags = [ \"--private-users=no\" ];\n    config = { };\n  };\n}\n",
        fix: "Set the option instead of passing the flag, or remove the flag.",
        fixed: "{\n  containers.web = {\n    privateUsers = \"no\";\n    config = { };\n  };\n}\n",
    },
    CodeDoc {
        code: "C217",
        name: "invalid-port-protocol",
        title: "A `forwardPorts` protocol is not `tcp` or `udp`",
        severity: Severity::Error,
        meaning: "A `forwardPorts` entry's `protocol` is not exactly `tcp` or `udp`; NixOS \
                  declares it as a free string.",
        why: "NixOS writes `HOST_PORT=<protocol>:<hostPort>:<containerPort>`, and \
              systemd-nspawn's `--port=` knows only these two lowercase protocols: it refuses \
              to start the container (\"Failed to parse host port\").",
        example: "{\n  containers.dns = {\n    privateNetwork = true;\n    forwardPorts = [ { protocol = \"UDP\"; hostPort = 53; } ];\n    config.networking.firewall.allowedUDPPorts = [ 53 ];\n  };\n}\n",
        fix: "Write `\"tcp\"` or `\"udp\"`; forward the port twice to forward both.",
        fixed: "{\n  containers.dns = {\n    privateNetwork = true;\n    forwardPorts = [ { protocol = \"udp\"; hostPort = 53; } ];\n    config.networking.firewall.allowedUDPPorts = [ 53 ];\n  };\n}\n",
    },
    CodeDoc {
        code: "C218",
        name: "firewall-blocks-port",
        title: "A forwarded port is closed by the container's own firewall",
        severity: Severity::Warning,
        meaning: "A `forwardPorts` entry's container port (`containerPort`, else `hostPort`) \
                  is not opened by the container's NixOS firewall, which is enabled by default \
                  inside containers too: it is not in `networking.firewall.allowedTCPPorts` or \
                  `allowedUDPPorts` of the container's `config`, nor an open \
                  `services.openssh` port. When the configuration sets other firewall options \
                  ncc does not check (a service's `openFirewall`, port ranges...), or imports \
                  a module ncc does not evaluate (which may open ports itself), the rule \
                  stays silent.",
        why: "systemd-nspawn forwards the host port into the container, where the firewall \
              drops the packets: the service runs but cannot be reached from outside.",
        example: "{\n  containers.web = {\n    privateNetwork = true;\n    forwardPorts = [ { hostPort = 8080; containerPort = 80; } ];\n    config = { services.nginx.enable = true; };\n  };\n}\n",
        fix: "Open the port in the container's configuration.",
        fixed: "{\n  containers.web = {\n    privateNetwork = true;\n    forwardPorts = [ { hostPort = 8080; containerPort = 80; } ];\n    config = {\n      services.nginx.enable = true;\n      networking.firewall.allowedTCPPorts = [ 80 ];\n    };\n  };\n}\n",
    },
    CodeDoc {
        code: "C219",
        name: "extra-flag-breaks-start",
        title: "An `extraFlags` entry keeps the container from starting or from running its NixOS",
        severity: Severity::Error,
        meaning: "An option or word in `extraFlags` combines network options systemd-nspawn \
                  refuses to combine (`--network-veth`, `--network-veth-extra=`, \
                  `--network-bridge=`, `--network-zone=` with a network namespace); binds over \
                  a mount point ncc already binds (a `bindMounts` entry or one of the `/nix` \
                  directories); replaces the root or the init (`--directory=`, `--image=`, \
                  `--oci-bundle=`, `--boot`, `--as-pid2`); or is `--` or a word that is not an \
                  option, which ends systemd-nspawn's options.",
        why: "systemd-nspawn refuses to start, or the container starts without its network \
              setup, its store or its NixOS: a word that is not an option becomes the command \
              the container runs, in place of ncc's container-init. `--volatile state` is such \
              a case, since `--volatile` takes its value only as `--volatile=state`.",
        example: "{\n  containers.db = {\n    extraFlags = [ \"--volatile\" \"state\" ];\n    config = { };\n  };\n}\n",
        fix: "Remove the flag, or attach the value to its option; bind other directories with \
              `bindMounts`.",
        fixed: "{\n  containers.db = {\n    extraFlags = [ \"--volatile=state\" ];\n    config = { };\n  };\n}\n",
    },
    CodeDoc {
        code: "C220",
        name: "private-network-traffic-stays-on-host",
        title: "A private-network container is left out of the host's NAT",
        severity: Severity::Warning,
        meaning: "A container with `privateNetwork` and no `hostBridge` whose host-side interface \
                  `ve-<name>` matches no `networking.nat.internalInterfaces` entry and whose \
                  `localAddress` is in no `networking.nat.internalIPs` range, on a host that \
                  enables NAT; or one that those settings name while `networking.nat.enable` is \
                  not set. Patterns match as the packet filter matches them: `ve-+` with iptables \
                  (the default), `ve-*` with `networking.nftables.enable`; a name over 15 bytes \
                  as systemd-nspawn shortens it (`ve-changedetection` is `ve-changede2KnI`). A \
                  container with `macvlans` or `interfaces` has a way out of its own. One that a \
                  `networking.nat.forwardPorts` entry forwards to is still flagged, told that the \
                  forwarded connections reach it and only those it opens stay on the host. A host \
                  without NAT is never flagged: a container that only talks to the host is a correct design; \
                  nor is one whose own rules translate addresses (a `MASQUERADE` or `SNAT` in \
                  `networking.nat.extraCommands`, `networking.firewall.extraCommands` or \
                  `networking.nftables.ruleset`), which may cover the container.",
        why: "The container reaches the host and nothing else: downloads, outside DNS and \
              every outgoing connection time out. With nftables the manual's `ve-+` matches \
              nothing, since nftables' wildcard is `*`.",
        example: "{\n  networking.nat = {\n    enable = true;\n    internalInterfaces = [ \"ve-web\" ];\n    externalInterface = \"eth0\";\n  };\n  containers.db = {\n    privateNetwork = true;\n    hostAddress = \"10.231.136.1\";\n    localAddress = \"10.231.136.3\";\n    config = { };\n  };\n}\n",
        fix: "Add the container's interface to the NAT, or all of them with a wildcard: \
              `ve-+` with iptables, `ve-*` with nftables.",
        fixed: "{\n  networking.nat = {\n    enable = true;\n    internalInterfaces = [ \"ve-+\" ];\n    externalInterface = \"eth0\";\n  };\n  containers.db = {\n    privateNetwork = true;\n    hostAddress = \"10.231.136.1\";\n    localAddress = \"10.231.136.3\";\n    config = { };\n  };\n}\n",
    },
    CodeDoc {
        code: "C221",
        name: "host-bridge-not-declared",
        title: "A `hostBridge` names a bridge the host does not declare",
        severity: Severity::Warning,
        meaning: "A container's `hostBridge` (or an `extraVeths` entry's) names a bridge missing \
                  from `networking.bridges`, on a host that declares its bridges there and shows \
                  no other way of creating network devices (NetworkManager, \
                  `systemd.network.netdevs`, Open vSwitch, libvirt, Docker, Incus, LXD). A host \
                  that declares no bridge at all is not flagged.",
        why: "The host builds, but the container does not start: systemd-nspawn cannot add its \
              interface to a bridge that does not exist. A script or a hand-made device may \
              still create it, hence a warning.",
        example: "{\n  networking.bridges.br0.interfaces = [ \"eth0\" ];\n  containers.web = {\n    privateNetwork = true;\n    hostBridge = \"br1\";\n    config = { };\n  };\n}\n",
        fix: "Declare the bridge in `networking.bridges`, or name one that exists.",
        fixed: "{\n  networking.bridges.br0.interfaces = [ \"eth0\" ];\n  containers.web = {\n    privateNetwork = true;\n    hostBridge = \"br0\";\n    config = { };\n  };\n}\n",
    },
    CodeDoc {
        code: "C222",
        name: "nat-without-external-interface",
        title: "NAT is enabled without an external interface",
        severity: Severity::Warning,
        meaning: "`networking.nat.enable` is true and `networking.nat.externalInterface` is not \
                  set (with `forwardPorts` or a `dmzHost` that is C105, an error).",
        why: "NixOS then writes its masquerading rule without an output interface: the source \
              of traffic from the internal interfaces is rewritten whichever way it leaves, so \
              the host's other networks, containers and VPNs see the host's address instead of \
              the sender's. Reaching the internet works, which is why it goes unnoticed.",
        example: "{\n  networking.nat = {\n    enable = true;\n    internalInterfaces = [ \"ve-+\" ];\n  };\n  containers.web.config = { };\n}\n",
        fix: "Set `networking.nat.externalInterface` to the host's uplink.",
        fixed: "{\n  networking.nat = {\n    enable = true;\n    internalInterfaces = [ \"ve-+\" ];\n    externalInterface = \"eth0\";\n  };\n  containers.web.config = { };\n}\n",
    },
    CodeDoc {
        code: "C223",
        name: "unit-for-undeclared-container",
        title: "`systemd.services.\"container@<name>\"` is defined for a container that is not declared",
        severity: Severity::Warning,
        meaning: "The host defines the unit of a container `<name>` that `containers` does not \
                  declare (a renamed or removed container, a typo), not as a drop-in \
                  (`overrideStrategy = \"asDropin\"`, how an imperative container's unit is \
                  tuned). `container@`, the template, is not flagged.",
        why: "NixOS installs the definition as a unit of its own holding only what was defined: \
              it has no `ExecStart=`, so systemd refuses to start it, and the settings reach no \
              container.",
        example: "{\n  containers.web.config = { };\n  systemd.services.\"container@wbe\".serviceConfig.MemoryMax = \"2G\";\n}\n",
        fix: "Name a declared container; for an imperative container, add \
              `overrideStrategy = \"asDropin\";`.",
        fixed: "{\n  containers.web.config = { };\n  systemd.services.\"container@web\".serviceConfig.MemoryMax = \"2G\";\n}\n",
    },
    CodeDoc {
        code: "C224",
        name: "unit-with-two-exec-starts",
        title: "A container's unit would have more than one `ExecStart=`",
        severity: Severity::Error,
        meaning: "The host gives `systemd.services.\"container@<name>\".serviceConfig.ExecStart` \
                  a list of its own. NixOS's systemd module makes the unit's `script`, the \
                  container's start script, the first value of `ExecStart`, and a list joins it \
                  rather than replacing it: the unit gets two `ExecStart=` lines. A list after \
                  `mkForce` with one command, an empty entry that resets the ones before it, \
                  and a unit of `Type=oneshot` are not flagged.",
        why: "NixOS builds the host, but systemd refuses to load the unit (\"Service has more \
              than one ExecStart= setting, which is only allowed for Type=oneshot services. \
              Refusing.\"): the container does not start.",
        example: "{\n  containers.web.config = { };\n  systemd.services.\"container@web\".serviceConfig.ExecStart = [ \"/run/current-system/sw/bin/logger web\" ];\n}\n",
        fix: "Run the command before or after the container with `ExecStartPre` or \
              `ExecStartPost`; replace the start script with `lib.mkForce` and one command.",
        fixed: "{\n  containers.web.config = { };\n  systemd.services.\"container@web\".serviceConfig.ExecStartPost = [ \"/run/current-system/sw/bin/logger web\" ];\n}\n",
    },    CodeDoc {
        code: "C225",
        name: "unit-reload-conflicts",
        title: "A container's unit given a `reload` script beside NixOS's own `ExecReload=`",
        severity: Severity::Error,
        meaning: "The host gives `systemd.services.\"container@<name>\".reload` a script. \
                  NixOS's systemd module makes a unit's `reload` its `serviceConfig.ExecReload`, \
                  which NixOS's containers module already sets for every declared container \
                  to the container's reload script (`nixos-container run <name> -- \
                  switch-to-configuration test`): two different values of one setting. An \
                  empty `reload`, and a unit whose `ExecReload` the host replaces with \
                  `lib.mkForce` (which discards both), are not flagged.",
        why: "nixos-rebuild stops: \"The option \
              `systemd.services.\"container@web\".serviceConfig.ExecReload' has conflicting \
              definition values\". The host is not built.",
        example: "{\n  containers.web.config = { };\n  systemd.services.\"container@web\".reload = \"echo reloading web\";\n}\n",
        fix: "Replace the container's reload with `serviceConfig.ExecReload = lib.mkForce [ ... ]` \
              (NixOS's reload script among the commands if it should still run), or run the \
              command inside the container, whose configuration `switch-to-configuration test` \
              activates on reload.",
        fixed: "{ lib, ... }:\n{\n  containers.web.config = { };\n  systemd.services.\"container@web\".serviceConfig.ExecReload = lib.mkForce [ \"/run/current-system/sw/bin/echo reloading web\" ];\n}\n",
    },
];

/// The documentation of `code`, matched case-insensitively.
pub fn lookup(code: &str) -> Option<&'static CodeDoc> {
    CODES
        .iter()
        .find(|doc| doc.code.eq_ignore_ascii_case(code.trim()))
}

/// The whole documentation of one code as text for a terminal.
pub fn to_text(doc: &CodeDoc) -> String {
    format!(
        "{code} ({name}, {severity}): {title}\n\n{meaning}\n\nWhy it matters\n\n{why}\n\n\
         Example\n\n{example}\nFix\n\n{fix}\n\n{fixed}",
        code = doc.code,
        name = doc.name,
        severity = doc.severity,
        title = doc.title,
        meaning = wrap(doc.meaning),
        why = wrap(doc.why),
        example = indent(doc.example),
        fix = wrap(doc.fix),
        fixed = indent(doc.fixed),
    )
}

/// The documentation as Markdown, for SARIF's `help.markdown`.
pub fn to_markdown(doc: &CodeDoc) -> String {
    format!(
        "## {code}: {title}\n\n{meaning}\n\n### Why it matters\n\n{why}\n\n### Example\n\n\
         ```nix\n{example}```\n\n### Fix\n\n{fix}\n\n```nix\n{fixed}```\n",
        code = doc.code,
        title = doc.title,
        meaning = doc.meaning,
        why = doc.why,
        example = printable(doc.example),
        fix = doc.fix,
        fixed = doc.fixed,
    )
}

/// The documentation as JSON (`ncc explain CODE --format json`).
pub fn to_json(doc: &CodeDoc) -> serde_json::Value {
    serde_json::json!({
        "code": doc.code,
        "name": doc.name,
        "title": doc.title,
        "severity": doc.severity.to_string(),
        "meaning": doc.meaning,
        "why": doc.why,
        "example": doc.example,
        "fix": doc.fix,
        "fixed": doc.fixed,
    })
}

/// One line per code, for `ncc explain` without a code.
pub fn index() -> String {
    let mut out = String::new();
    for doc in CODES {
        out.push_str(&format!(
            "{}  {:<8} {:<26} {}\n",
            doc.code,
            doc.severity.to_string(),
            doc.name,
            doc.title
        ));
    }
    out
}

/// The text with control characters (the NUL of N002's example) made visible.
fn printable(text: &str) -> String {
    text.replace('\0', "\\0")
}

fn indent(code: &str) -> String {
    printable(code)
        .lines()
        .map(|line| {
            if line.is_empty() {
                String::from("\n")
            } else {
                format!("    {line}\n")
            }
        })
        .collect()
}

/// Wraps prose at 80 columns.
fn wrap(text: &str) -> String {
    let mut out = String::new();
    let mut width = 0;
    for word in text.split_whitespace() {
        let length = word.chars().count();
        if width > 0 && width + 1 + length > 80 {
            out.push('\n');
            width = 0;
        } else if width > 0 {
            out.push(' ');
            width += 1;
        }
        out.push_str(word);
        width += length;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_sorted_within_their_stage_and_complete() {
        let mut seen = std::collections::HashSet::new();
        for doc in CODES {
            assert!(seen.insert(doc.code), "{} is documented twice", doc.code);
            assert!(
                doc.code.len() == 4 && doc.code[1..].chars().all(|c| c.is_ascii_digit()),
                "{} is not a code like M001",
                doc.code
            );
            for (field, text) in [
                ("title", doc.title),
                ("meaning", doc.meaning),
                ("why", doc.why),
                ("example", doc.example),
                ("fix", doc.fix),
            ] {
                assert!(!text.trim().is_empty(), "{} has no {field}", doc.code);
            }
        }
        for pair in CODES.windows(2) {
            if pair[0].code[..1] == pair[1].code[..1] {
                assert!(pair[0].code < pair[1].code, "{} out of order", pair[1].code);
            }
        }
    }

    #[test]
    fn lookup_ignores_case() {
        assert_eq!(lookup("m001").map(|d| d.code), Some("M001"));
        assert!(lookup("X999").is_none());
    }
}
