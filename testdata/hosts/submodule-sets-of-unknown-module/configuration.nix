# The site's interfaces are in an encrypted module that nix-plugins' builtin decrypts
# while evaluating: ncc cannot know it, and it may define in any set the host declares,
# also one inside a submodule option (`homelab.vps.interfaces`). An entry no module ncc
# sees defines is unknown there (a warning where it decides a container's address), never
# "attribute missing"; the entries this file defines stay known and checked.
{ config, lib, ... }:
let
  inherit (lib) mkOption types;
  interface = types.submodule {
    options.address = mkOption { type = types.str; };
  };
in
{
  imports = [ (builtins.extraBuiltins.importSealed ./site.nix.age) ];

  options.homelab = mkOption {
    type = types.submodule {
      options.domain = mkOption {
        type = types.str;
        default = "home.arpa";
      };
      options.vps.interfaces = mkOption {
        type = types.attrsOf interface;
        default = { };
      };
    };
    default = { };
  };

  config = {
    system.stateVersion = "25.11";
    homelab.vps.interfaces.wg0.address = "10.100.0.1";
    containers.proxy = {
      autoStart = true;
      privateNetwork = true;
      # eth0 is the encrypted module's.
      hostAddress = config.homelab.vps.interfaces.eth0.address;
      localAddress = "10.231.8.2";
      config.system.stateVersion = "25.11";
    };
    containers.tunnel = {
      autoStart = true;
      privateNetwork = true;
      hostAddress = config.homelab.vps.interfaces.wg0.address;
      # A mistake still found: not an address.
      localAddress = "10.100.0.256";
      config.system.stateVersion = "25.11";
    };
  };
}
