# The container tool's description of a container: its own `network` settings and the
# system it runs, a function of the address the tool gives it. No NixOps network.
{
  network = {
    ip = "10.40.0.2";
    bridge = "br-web";
    enableNat = false;
  };

  configuration = { pkgs, ip, name, ... }: {
    networking.hostName = "${name}-${builtins.replaceStrings [ "." ] [ "-" ] ip}";
    services.openssh.enable = true;
    environment.systemPackages = [ pkgs.curl ];
  };
}
