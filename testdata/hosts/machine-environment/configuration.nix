# A channel-style entry that picks the machine's own file by an environment variable
# (`NIX_HOST=lab nixos-rebuild switch`) and stamps the build time into a file. Nix reads
# both from the machine that evaluates the host, which ncc cannot see: what depends on
# them is unknown, not an error, and the containers declared here are still checked.
{ lib, ... }:
let
  machine = builtins.getEnv "NIX_HOST";
  built = toString builtins.currentTime;
in
{
  imports = lib.optional (machine != "") (./hosts + "/${machine}");
  system.stateVersion = "25.11";
  environment.etc."built-at".text = built;
  containers.cache = {
    privateNetwork = true;
    hostAddress = "10.231.50.1";
    localAddress = "10.231.50.2";
    bindMounts."/var/cache/site".hostPath = "/srv/cache/${machine}";
    config = { };
  };
  containers.wiki = {
    privateNetwork = true;
    hostAddress = "10.231.50.1";
    localAddress = "10.231.50.300";
    config = { };
  };
}
