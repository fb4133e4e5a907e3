# A morph network, deployed with `morph deploy deploy/morph.nix`, wrapped in a trace that
# says when morph evaluates it; each machine is a host directory's module.
with builtins;

__trace "morph eval" (

let
  networkPkgs = import <nixpkgs> { };
in {
  network = {
    pkgs = networkPkgs;
    description = "home hosts";
    ordering = { tags = [ "servers" ]; };
  };

  "web" = import ../hosts/web;
  "db" = import ../hosts/db;
}

)
