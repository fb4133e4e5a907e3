# A host first installed before 22.05 that runs OCI containers beside a NixOS container,
# as flakes of 2022-2026 write it: a module of its own puts every OCI container's unit on a
# network named after the backend, reading `virtualisation.oci-containers.backend`, which
# the host never sets. NixOS's default is "docker" below stateVersion 22.05 and "podman"
# from it; ncc did not model the option, so the units' names were unknown (N301) and the
# NixOS container's unit beside them went unchecked. The host's assertion that its backend
# is docker holds, as in NixOS.
{ config, lib, ... }:
let
  inherit (config.virtualisation.oci-containers) backend;
  netUnit = name: _: lib.nameValuePair "${backend}-net-${name}" {
    description = "Network for ${name} (${backend})";
    wantedBy = [ "multi-user.target" ];
    after = lib.optionals (backend == "docker") [ "docker.service" ];
  };
in
{
  imports = [ ./hardware-configuration.nix ];

  system.stateVersion = "21.11";
  networking.hostName = "quay";

  virtualisation.oci-containers.containers.board = {
    image = "example/board:1";
    ports = [ "8080:80" ];
  };

  systemd.services = lib.mapAttrs' netUnit config.virtualisation.oci-containers.containers;

  containers.ledger = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.61.0.1";
    localAddress = "10.61.0.2";
    config = { ... }: {
      system.stateVersion = "21.11";
    };
  };

  assertions = [
    {
      assertion = backend == "docker";
      message = "the OCI containers of this host are meant to run on docker";
    }
  ];
}
