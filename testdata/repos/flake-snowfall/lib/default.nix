{ lib, namespace, ... }:
{
  # The address of machine `n` on the containers' network.
  address = n: "10.231.0.${toString n}";
  # A container's name: the namespace's, then the service's.
  containerName = service: "${namespace}-${lib.toLower service}";
}
