# A NixOps network whose machine runs the repository's own copy of a container unit,
# which asks the machine's platform the legacy way (`nixpkgs.localSystem.system`). NixOps
# evaluates each machine with eval-config.nix and no `system`, which makes it
# `builtins.currentSystem` by default: the option has a value.
{
  network.description = "a test network of relays";

  relay = { ... }: {
    imports = [ ./machines/relay.nix ./modules/nspawn-unit.nix ];
    deployment.targetEnv = "virtualbox";
  };
}
