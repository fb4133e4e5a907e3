# A file for `extra-container create containers/demo.nix --start`: containers only,
# with extra-container's own options (`extra.*`), which its module declares. No NixOS
# host imports it; ncc checks it as extra-container evaluates it.
{
  containers.demo = {
    extra.addressPrefix = "10.250.0";
    extra.enableWAN = true;

    config = { pkgs, ... }: {
      systemd.services.hello = {
        wantedBy = [ "multi-user.target" ];
        script = "while true; do echo hello | ${pkgs.netcat}/bin/nc -lN 50; done";
      };
      networking.firewall.allowedTCPPorts = [ 50 ];
    };
  };
}
