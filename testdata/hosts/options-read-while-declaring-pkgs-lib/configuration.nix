# One module takes its `lib` from `pkgs` (`inherit (pkgs) lib;`) to declare its options;
# another defines an option only where a module declares it (`options ? site.cache`),
# inside `mkMerge`. nixpkgs declares each name when first asked, so `options ? site.cache`
# reads the names under `site` without declaring `site.services`, and `pkgs` is never
# needed there: no infinite recursion (checked with nixpkgs lib 25.11).
{ config, lib, ... }:
{
  imports = [ ./services.nix ./cache.nix ./cache-registration.nix ];

  system.stateVersion = "24.11";
  boot.loader.grub.device = "/dev/vda";
  fileSystems."/".device = "/dev/vda1";

  site.services.web.port = 8080;

  containers.web = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.90.0.1";
    localAddress = "10.90.0.2";
    forwardPorts = [ { hostPort = config.site.services.web.port; containerPort = 80; } ];
    config = { system.stateVersion = "24.11"; };
  };
}
