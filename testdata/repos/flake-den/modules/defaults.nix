# Every host's: den.default, which includes the base aspect the proxy includes too.
{ den, ... }:
{
  den.default = {
    includes = [ den.aspects.base den._.hostname ];
    nixos = { lib, ... }: {
      system.stateVersion = lib.mkDefault "25.11";
    };
  };
}
