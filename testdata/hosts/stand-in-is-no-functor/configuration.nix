# A host whose helper takes a plugin given either as a package or as a function of its
# options, and tells them apart with nixpkgs lib's `isFunction`, as module helpers do.
# A package is a set with no `__functor`: `lib.isFunction pkgs.nginxModules.brotli` is
# false, so the package is used as it is, and the function is called. The container
# forwards a port without a private network.
{ lib, pkgs, ... }:
let
  plugin = spec: if lib.isFunction spec then spec { inherit pkgs; } else spec;
  modules = map plugin [
    pkgs.nginxModules.brotli
    ({ pkgs }: pkgs.nginxModules.zstd)
  ];
in
{
  assertions = [
    { assertion = !lib.isFunction pkgs.hello && lib.isFunction plugin; message = "a package is no function"; }
    { assertion = builtins.length modules == 2; message = "both plugins"; }
  ];

  containers.edge = {
    autoStart = true;
    forwardPorts = [ { hostPort = 8080; containerPort = 80; } ];
    config = { ... }: {
      services.nginx = {
        enable = true;
        additionalModules = modules;
      };
      networking.firewall.allowedTCPPorts = [ 80 ];
      system.stateVersion = "25.11";
    };
  };

  boot.loader.grub.devices = [ "/dev/sda" ];
  fileSystems."/".device = "/dev/sda1";
  system.stateVersion = "25.11";
}
