{ flake, ... }:
let
  inherit (flake.lib) address;
in {
  containers.wiki = {
    privateNetwork = true;
    hostAddress = address 1;
    localAddress = address 2;
    config = { system.stateVersion = "25.11"; };
  };
  containers.build_cache = {
    privateNetwork = true;
    hostAddress = address 1;
    localAddress = address 3;
    config = { system.stateVersion = "25.11"; };
  };
}
