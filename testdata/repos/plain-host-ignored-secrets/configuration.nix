# A host whose containers come from a table kept in the repository, completed by
# secrets each deploying machine keeps beside it: `site/secrets.toml` is in the
# .gitignore, so the clone lacks it. What it holds is unknown, never "No such file or
# directory"; the containers are still checked (the typo in relay.nix is reported).
{ lib, ... }:
let
  site = lib.importTOML ./site/config.toml;
  secrets = lib.importTOML ./site/secrets.toml;
  bots = lib.mapAttrs (name: bot: lib.recursiveUpdate bot (secrets.bots.${name} or { })) site.bots;
in
{
  imports = [ ./relay.nix ];
  system.stateVersion = "25.05";
  containers = lib.mapAttrs (name: bot: {
    autoStart = true;
    privateNetwork = true;
    hostAddress = bot.host;
    localAddress = bot.local;
    config = { ... }: {
      environment.etc."bot/token".text = bot.token;
      system.stateVersion = "25.05";
    };
  }) bots;
}
