# A container runs a service from a module of the repository's own (a copy of a NixOS
# module, the stock one disabled), which renames one of its options the way NixOS modules
# do, with `lib.mkRenamedOptionModule`. lib asks `options ? warnings` for that, and NixOS
# declares `warnings` in every system, the container's too: building the host shows the
# rename's warning, at the definition of the old name.
{ config, lib, pkgs, ... }:
{
  system.stateVersion = "24.05";

  networking.bridges.br-local.interfaces = [ ];
  networking.interfaces.br-local.ipv4.addresses = [ { address = "10.64.0.1"; prefixLength = 24; } ];

  containers.runner = {
    autoStart = true;
    ephemeral = true;
    privateNetwork = true;
    hostBridge = "br-local";
    localAddress = "10.64.0.12/24";
    bindMounts."/persist" = {
      hostPath = "/srv/containers/runner/persist";
      isReadOnly = false;
    };
    config = { ... }: {
      imports = [ ./ci-runner.nix ];
      system.stateVersion = "24.05";
      services.ci-runner = {
        enable = true;
        packages = [ pkgs.git pkgs.nix ];
        tokenFile = "/persist/secrets/runner-token";
      };
    };
  };
}
