# A colmena hive whose nodes are a table added to the written-out `meta` and `defaults`
# (`{ meta = ...; defaults = ...; } // machines`), so that the table can also list the
# node names elsewhere. ncc reads it as the hive it is: each machine is a host, with the
# hive's defaults.
with {
  machines = {
    "gateway.lan" = import ./machines/gateway.nix;
    "storage.lan" = import ./machines/storage.nix;
  };
};
{
  meta = {
    nixpkgs = import <nixpkgs> { };
    description = "two machines at home";
  };

  defaults = { name, ... }: {
    deployment.targetHost = name;
    networking.nat = {
      enable = true;
      internalInterfaces = [ "ve-+" ];
      externalInterface = "eth0";
    };
  };
}
// machines
