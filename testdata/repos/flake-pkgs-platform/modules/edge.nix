{ config, lib, pkgs, ... }:
let
  platform = pkgs.stdenv.hostPlatform;
  # The x86 machines got the old numbering, with one octet too many typed in.
  subnet = if platform.isx86_64 then "10.233.300" else "10.233.7";
in
{
  containers.edge = {
    autoStart = pkgs.stdenv.isLinux;
    privateNetwork = true;
    hostAddress = "${subnet}.1";
    localAddress = "${subnet}.2";
    config = {
      services.nginx.enable = true;
      environment.etc."edge-arch".text = pkgs.system;
      system.stateVersion = "25.11";
    };
  };
}
