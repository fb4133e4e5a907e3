# A host whose services start after its containers: NixOS's containers module defines the
# unit `container@<name>` for every declared container, so another unit may name it by
# reading `config.systemd.services."container@<name>".name` ("container@<name>.service")
# whether or not the host defines anything for it. The host tunes `container@cache`
# itself, and reads that unit back too.
{ config, lib, pkgs, ... }:
let
  unitOf = name: config.systemd.services."container@${name}";
in
{
  imports = [ ./ci.nix ];

  networking.hostName = "builder";

  containers.attic = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.240.0.1";
    localAddress = "10.240.0.2";
    config = {
      services.atticd.enable = true;
      system.stateVersion = "25.05";
    };
  };

  containers.cache = {
    autoStart = true;
    config = {
      services.nix-serve.enable = true;
      system.stateVersion = "25.05";
    };
  };

  systemd.services."container@cache" = {
    after = [ "network-online.target" ];
    serviceConfig.MemoryMax = "2G";
  };

  systemd.services.cache-warmup = {
    description = "Warm ${(unitOf "cache").name} after it starts (limit ${(unitOf "cache").serviceConfig.MemoryMax})";
    after = [ (unitOf "cache").name ];
    requires = [ (unitOf "cache").name ];
    wantedBy = [ "multi-user.target" ];
    script = "${pkgs.curl}/bin/curl -fsS http://localhost:5000/nix-cache-info";
  };

  system.stateVersion = "25.05";
}
