# A host that gates its settings on the NixOS release, as hosts kept across upgrades do:
# `config.system.nixos.release` is the release of the lib the host is evaluated with.
{ config, lib, pkgs, ... }:
let
  release = config.system.nixos.release;
  atLeast = lib.versionAtLeast release;
in
{
  system.stateVersion = "24.05";
  networking.hostName = "archive";

  environment.etc."nixos-release".text = "${release} (${config.system.nixos.codeName})";

  # Renamed in 24.11; the old name stays for hosts pinned to an older release.
  fonts.packages = lib.mkIf (atLeast "24.11") [ pkgs.noto-fonts-cjk-sans ];

  containers.mirror = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.250.0.1";
    localAddress = "10.250.0.2";
    config = { config, lib, ... }: {
      system.stateVersion = config.system.nixos.release;
      services.nginx.enable = true;
      networking.firewall.allowedTCPPorts = [ 80 ];
      environment.etc."built-with".text = config.system.nixos.version;
    };
  };

  # Release-gated container options: the branch NixOS would take is the one checked.
  containers.cache = lib.mkIf (atLeast "25.05") {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.250.1.1";
    localAddress = "10.250.1.2";
    forwardPorts = [ { hostPort = 80; containerPort = 3128; } ];
    config = { ... }: {
      system.stateVersion = "25.05";
      services.squid.enable = true;
    };
  };
  # ... and one for an older release, which NixOS 25.11 leaves out.
  containers.legacy = lib.mkIf (release == "23.05") {
    privateNetwork = true;
    hostAddress = "10.250.1.1";
    localAddress = "10.250.9.2";
    config = { };
  };
}
