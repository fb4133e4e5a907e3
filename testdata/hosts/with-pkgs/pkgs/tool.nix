{ lib, writeShellScriptBin, greeting ? "hello" }:
(writeShellScriptBin "tool" ''
  echo ${lib.escapeShellArg greeting}
'') // { inherit greeting; }
