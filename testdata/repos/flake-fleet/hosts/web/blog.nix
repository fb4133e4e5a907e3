# One container's attributes, not a module: hosts/web/default.nix assigns them to
# containers.blog.
{ pkgs, config }:
{
  autoStart = true;
  privateNetwork = true;
  hostAddress = "10.231.1.1";
  localAddress = "10.231.1.2";
  config = { ... }: {
    services.nginx.enable = true;
  };
}
