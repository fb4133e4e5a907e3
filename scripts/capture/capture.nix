# What NixOS writes to /etc for the one container of a case, captured by evaluating the
# upstream containers module with nixpkgs lib; written for scripts/capture-nixos-conf.sh,
# which calls it as
#
#   nix-instantiate --eval --strict --json capture.nix \
#     --argstr libDir LIB --argstr moduleFile MODULE --argstr caseFile CASE
#
# and gets { dir; route; text; warnings; }: `dir` is the file's path relative to `/`
# (`etc/nixos-containers/<name>.conf`, or `etc/containers/<name>.conf` when
# system.stateVersion < 22.05), `text` is `config.environment.etc.<...>.text`.
#
# The `config` route: NixOS writes `SYSTEM_PATH=<the container's toplevel>` there, a
# store path ncc cannot know, so ncc leaves the line out (DESIGN.md §4.5). The stub
# eval-config.nix gives that toplevel a marker value, and for such a container the
# `SYSTEM_PATH=<marker>` line (with its newline, leaving the slot's own newline) is
# removed from the captured text. Every other byte is NixOS's.
{
  libDir,
  moduleFile,
  caseFile,
}:
let
  lib = import (/. + libDir);
  inherit (lib)
    attrNames
    concatStringsSep
    filter
    hasPrefix
    length
    ;

  evaluated = lib.evalModules {
    modules = [
      ./host-stubs.nix
      (/. + moduleFile)
      (/. + caseFile)
    ];
  };
  inherit (evaluated) config;

  names = attrNames config.containers;
  name =
    if length names == 1 then
      builtins.head names
    else
      throw "a case declares exactly one container; ${caseFile} declares ${toString (length names)}";
  container = config.containers.${name};

  # NixOS refuses to build when an assertion fails (nixos/modules/system/activation/top-level.nix).
  failedAssertions = map (a: a.message) (filter (a: !a.assertion) config.assertions);
  checked =
    if failedAssertions == [ ] then
      true
    else
      throw "NixOS would refuse this host:\n${concatStringsSep "\n" failedAssertions}";

  confKeys = filter (key: baseNameOf key == "${name}.conf") (attrNames config.environment.etc);
  key =
    if length confKeys == 1 then
      builtins.head confKeys
    else
      throw "expected one /etc entry for ${name}.conf, found: ${toString confKeys}";
  nixosText = config.environment.etc.${key}.text;

  toplevelMarker = "/nix/store/11111111111111111111111111111111-nixos-system-${name}-capture-stub";
  route =
    if container.flake != null then
      "flake"
    else if container.path == toplevelMarker then
      "config"
    else
      "path";
  systemPathLine = "SYSTEM_PATH=${toplevelMarker}\n";
  text =
    if route != "config" then
      nixosText
    else if hasPrefix systemPathLine nixosText then
      lib.removePrefix systemPathLine nixosText
    else
      throw "config route: NixOS's text does not start with ${systemPathLine}";
in
assert checked;
{
  dir = "etc/${key}";
  inherit route text;
  inherit (config) warnings;
}
