# One container's attributes: a port given as a string, and an address as a number.
{ pkgs, config }:
{
  autoStart = true;
  privateNetwork = true;
  hostAddress = 10;
  localAddress = "10.231.1.2";
  forwardPorts = [ { hostPort = "8080"; containerPort = 80; } ];
  config = { ... }: { services.nginx.enable = true; };
}
