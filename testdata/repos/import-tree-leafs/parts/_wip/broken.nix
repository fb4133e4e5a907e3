# Left out: under a name starting with `_`, import-tree does not list it.
{ flake.nixosConfigurations.broken = throw "not ready"; }
