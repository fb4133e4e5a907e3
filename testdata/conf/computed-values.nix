# Values computed in Nix: let bindings, functions, interpolation and `//`, as hosts
# write them when they declare many containers alike.
{ config, lib, ... }:
let
  subnet = "10.233.7";
  mkPrivate = n: {
    privateNetwork = true;
    hostAddress = "${subnet}.${toString (2 * n - 1)}";
    localAddress = "${subnet}.${toString (2 * n)}";
    forwardPorts = map (p: { hostPort = 8000 + p; containerPort = p; }) [ 80 443 ];
  };
in
{
  system.stateVersion = "25.05";
  containers.web3 = mkPrivate 3 // {
    path = "/nix/var/nix/profiles/per-container/web3";
    bindMounts = lib.genAttrs [ "/srv/a" "/srv/b" ] (dir: { hostPath = "/data${dir}"; });
    extraFlags = lib.optional (config.system.stateVersion != "") "--link-journal=host";
  };
}
