# strMatching reads its pattern as builtins.match does: `.` matches a newline too
{ lib, ... }:
{
  options.script = lib.mkOption { type = lib.types.strMatching "#!.*exit 0.*"; };
  config.script = ''
    #!/bin/sh
    echo hi
    exit 0
  '';
}
