# options.<name>.definitionsWithLocations: the definitions that win, each with its file
{ lib, options, ... }:
{
  imports = [
    { options.x = lib.mkOption { type = lib.types.listOf lib.types.int; }; }
    { x = [ 1 ]; }
    { x = lib.mkAfter [ 3 ]; }
    { x = lib.mkDefault [ 9 ]; }
  ];
  options.seen = lib.mkOption {
    default = map (d: { file = baseNameOf d.file; inherit (d) value; }) options.x.definitionsWithLocations;
  };
}
