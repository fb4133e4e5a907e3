{ writeShellScriptBin, site }:
writeShellScriptBin "deploy-tool" ''
  exec rsync -a ./public/ "deploy@${site.domain}:/srv/www/"
''
