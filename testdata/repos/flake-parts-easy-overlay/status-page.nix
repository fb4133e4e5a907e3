{ writeShellScriptBin }:
writeShellScriptBin "status-page" ''
  echo ok
''
