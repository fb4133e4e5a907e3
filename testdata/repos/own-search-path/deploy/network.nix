# The NixOps network deploying the host, through the checkout on NIX_PATH.
{
  network.description = "infra";
  web = { ... }: {
    deployment.targetHost = "203.0.113.7";
    imports = [ "${<infra>}/hosts/web/configuration.nix" ];
  };
}
