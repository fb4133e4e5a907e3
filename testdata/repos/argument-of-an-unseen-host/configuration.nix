# A machine of a deployment whose other file ncc does not see: the module that lists
# the fleet's machines in /etc/hosts takes `nodes`, which the deployment tool gives
# (colmena, morph, NixOps). Checked on its own the argument is unknown, and `ncc build`
# of this file says the same as `ncc check`: the containers' files do not depend on it.
{ lib, ... }:
{
  imports = [ ./fleet-hosts.nix ];

  containers.web = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.231.0.1";
    localAddress = "10.231.0.2";
    config = { services.nginx.enable = true; };
  };
}
