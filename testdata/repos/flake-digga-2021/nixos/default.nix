{ self, inputs, ... }:
let inherit (inputs) digga;
in
{
  hostDefaults = {
    system = "x86_64-linux";
    channelName = "nixos";
    externalModules = [
      { networking.firewall.allowPing = false; }
    ];
  };

  imports = [ (digga.lib.importers.hosts ../hosts) ];
  hosts.mirror = { };

  profiles = [ ../profiles ../users ];
  suites = { profiles, users, ... }: with profiles; {
    base = [ core users.admin ];
    mirror = [ core users.admin services.mirror ];
  };
}
