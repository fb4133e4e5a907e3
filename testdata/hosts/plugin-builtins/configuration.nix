# Secrets decrypted while evaluating, with nix-plugins' builtins.extraBuiltins (nix.conf:
# plugin-files and extra-builtins-file), as agenix-rekey setups do. Whether the user's Nix
# has the plugin ncc cannot know: what depends on it is unknown, and the rest is checked.
{ lib, ... }:
let
  # `builtins.hasAttr` answers as `?` does.
  hasPlugin = builtins.hasAttr "extraBuiltins" builtins && builtins ? extraBuiltins;
  secrets = assert lib.assertMsg hasPlugin "this configuration needs nix-plugins";
    builtins.extraBuiltins.rageImportEncrypted [ ./identity.pub ] ./network.nix.age;
in
{
  system.stateVersion = "25.05";
  containers.vpn = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = secrets.vpn.hostAddress;
    localAddress = "10.231.12.2";
    config = { };
  };
  containers.cache = {
    autoStart = "yes";
    config = { };
  };
}
