{ inputs, ... }:
{
  imports = inputs.helpers.lib.modulesIn ./.;
  systems = [ "x86_64-linux" ];
}
