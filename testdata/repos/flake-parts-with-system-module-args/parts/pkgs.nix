# Package sets made per system and given to every `perSystem` module as arguments.
{ inputs, ... }:
{
  perSystem = { system, ... }: {
    _module.args.stablePkgs = import inputs.nixpkgs-stable { inherit system; };
    _module.args.ports = { wiki = 8080; };
  };
}
