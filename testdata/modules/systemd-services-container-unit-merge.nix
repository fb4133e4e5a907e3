# A container's unit as ncc's schema merges it: the type's own module defines what NixOS's containers module sets, the host's definitions add lists after it, replace a scalar with mkForce, and add settings of their own.
{ lib, ... }:
let
  inherit (lib) mkOption types;
  unitScalar = types.oneOf [ types.bool types.int types.str ];
  unitOption = types.either (types.listOf unitScalar) unitScalar;
  unit = { name, ... }: {
    freeformType = types.attrsOf types.unspecified;
    options = {
      after = mkOption { type = types.listOf types.str; default = [ ]; };
      wantedBy = mkOption { type = types.listOf types.str; default = [ ]; };
      environment = mkOption { type = types.attrsOf (types.nullOr types.str); default = { }; };
      serviceConfig = mkOption { type = types.attrsOf unitOption; default = { }; };
      restartIfChanged = mkOption { type = types.bool; default = true; };
    };
    config = lib.mkIf (name == "container@web") {
      environment.root = "/var/lib/nixos-containers/%i";
      restartIfChanged = false;
      serviceConfig = { TimeoutStartSec = "1min"; Restart = "on-failure"; Delegate = true; };
    };
  };
in
{
  imports = [
    { options.systemd.services = mkOption { type = types.attrsOf (types.submodule unit); default = { }; }; }
    { systemd.services."container@web" = { after = [ "network.target" ]; wantedBy = [ "machines.target" ]; serviceConfig.DeviceAllow = [ "/dev/net/tun rwm" ]; }; }
    {
      systemd.services."container@web" = {
        after = [ "network-online.target" ];
        environment = { GREETING = "hello"; UNSET = null; };
        restartIfChanged = false;
        serviceConfig = {
          TimeoutStartSec = lib.mkForce "5min";
          Restart = "on-failure";
          Delegate = true;
          MemoryMax = "2G";
          DeviceAllow = [ "/dev/fuse rw" ];
          TasksMax = 512;
        };
        script = "echo one";
      };
    }
    { systemd.services."container@web" = { after = lib.mkMerge [ [ "a" ] [ "b" ] ]; serviceConfig.MemoryMax = "2G"; script = "echo two"; }; }
    { systemd.services."container@db".serviceConfig.MemoryMax = "1G"; }
  ];
}
