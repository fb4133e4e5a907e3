# Every file of ./containers is a module declaring one container.
{ lib, ... }:
{
  imports = map (name: ./containers + "/${name}")
    (builtins.attrNames (builtins.readDir ./containers));
}
