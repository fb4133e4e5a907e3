# Addresses of the containers' private network, by host number.
{ lib }: {
  lib.net = rec {
    prefix = "10.233.0";
    host = n: "${prefix}.${toString n}";
  };
}
