# The home network's plan, read by the hosts: a set of data, not a NixOps network,
# though it has a `network`.
rec {
  prefix = "10.77.1";
  prefixLength = 24;
  at = i: "${prefix}.${toString i}";
  network = "${at 0}/${toString prefixLength}";
  machines = {
    router = { ip = at 1; };
    cache = { ip = at 20; };
  };
}
