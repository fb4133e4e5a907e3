# A freeform `attrsOf` (not lazy) drops a name whose definitions are all `mkIf false`.
{ lib, config, ... }: {
  freeformType = lib.types.attrsOf lib.types.int;
  config = {
    kept = 1;
    dropped = lib.mkIf false 2;
  };
}
