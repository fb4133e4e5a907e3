# The shape of niv's generated file: each source fetched, under its name.
builtins.mapAttrs
  (name: spec: spec // { outPath = builtins.fetchTarball { inherit (spec) url sha256; name = "${name}-src"; }; })
  (builtins.fromJSON (builtins.readFile ./sources.json))
