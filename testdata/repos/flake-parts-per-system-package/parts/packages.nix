# A package made per system: flake-parts puts it in `packages.<system>` of the outputs.
{ ... }:
{
  perSystem = { pkgs, ... }: {
    packages.site-src = pkgs.runCommand "site-src" { } "cp -r ${../hosts} $out";
    packages.default = pkgs.hello;
  };
}
