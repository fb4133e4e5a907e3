# A flake container: FLAKE instead of SYSTEM_PATH (NixOS sets `path` to the
# per-container profile itself, which the .conf does not name).
{
  system.stateVersion = "25.05";
  containers.fromflake = {
    flake = "github:example/infra#web";
  };
}
