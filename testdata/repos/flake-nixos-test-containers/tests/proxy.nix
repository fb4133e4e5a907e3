{ pkgs }:
{ lib, ... }:
{
  name = "proxy";

  nodes.backend = {
    services.nginx.enable = true;
    networking.firewall.allowedTCPPorts = [ 80 ];
  };

  containers.frontend = {
    services.haproxy = {
      enable = true;
      config = lib.mkDefault "";
    };
    environment.systemPackages = [ pkgs.curl ];
  };

  testScript = ''
    start_all()
    backend.wait_for_unit("nginx.service")
    frontend.succeed("curl --fail http://backend/")
  '';
}
