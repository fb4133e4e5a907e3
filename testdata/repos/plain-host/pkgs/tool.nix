{ writeShellScriptBin }:
writeShellScriptBin "tool" ''
  echo tool
''
