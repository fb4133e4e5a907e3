# A container whose configuration is a function that asks for `config` and `pkgs` alone:
# NixOS evaluates it as a module, called with `lib`, `options` and the other module
# arguments too, and nixos-rebuild stops ("called with unexpected argument 'lib'").
{ lib, ... }:
{
  containers.web = {
    privateNetwork = true;
    hostAddress = "10.231.1.1";
    localAddress = "10.231.1.2";
    config = { config, pkgs }: {
      services.nginx.enable = true;
      environment.systemPackages = [ pkgs.curl ];
    };
  };
}
