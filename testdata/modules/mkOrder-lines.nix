# mkBefore/mkAfter on a lines option
{ lib, ... }:
{
  imports = [ { text = lib.mkAfter "tail"; } { text = lib.mkBefore "head"; } ];
  options.text = lib.mkOption { type = lib.types.lines; };
  config.text = "body";
}
