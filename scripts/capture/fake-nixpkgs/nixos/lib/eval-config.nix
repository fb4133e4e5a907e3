# Stub of nixpkgs' nixos/lib/eval-config.nix, written for the .conf capture
# (scripts/capture-nixos-conf.sh). The upstream containers module imports it to evaluate
# a container's `config` and sets `path` to the result's `system.build.toplevel`. The
# capture builds no system, so the toplevel is a marker store path naming the
# container; capture.nix recognises the marker and drops the `SYSTEM_PATH=` line, as ncc
# does for the `config` route (DESIGN.md §4.5). The modules themselves are not
# evaluated here.
{
  modules,
  prefix,
  specialArgs ? { },
  system ? null,
  ...
}:
{
  config.system.build.toplevel =
    "/nix/store/11111111111111111111111111111111-nixos-system-${builtins.elemAt prefix 1}-capture-stub";
}
