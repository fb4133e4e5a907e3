# `imports` may use `lib` (not `config`)
{ lib, ... }:
{
  imports = [ ./lib/items-option.nix ] ++ lib.optional true { items = [ "optional" ]; };
}
