{
  name = "resolver";

  containers = {
    server = {
      services.unbound.enable = true;
      networking.firewall.allowedUDPPorts = [ 53 ];
    };
    client.imports = [ ./client.nix ];
  };

  testScript = ''
    start_all()
    server.wait_for_unit("unbound.service")
    client.succeed("host example.org server")
  '';
}
