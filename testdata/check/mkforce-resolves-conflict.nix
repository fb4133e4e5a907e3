{ lib, ... }:
{
  imports = [ { containers.web.hostAddress = "10.0.0.1"; } ];
  containers.web = {
    privateNetwork = true;
    hostAddress = lib.mkForce "10.0.0.5";
    localAddress = "10.0.0.6";
    config = { };
  };
}
