# The shop's forwarded port names a protocol NixOS refuses: a mistake found through the
# link too, also when this file is the only one given.
{
  containers.shop = {
    privateNetwork = true;
    hostAddress = "10.30.0.1";
    localAddress = "10.30.0.2";
    forwardPorts = [ { hostPort = 8080; containerPort = 80; protocol = "sctp"; } ];
    config = { };
  };
}
