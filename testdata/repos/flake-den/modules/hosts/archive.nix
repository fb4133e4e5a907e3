# A host with a user, whose aspect gives the host what ncc does not evaluate, an include
# that is a function of the host, and a parametric aspect called: the host is checked,
# what they add is unknown.
{ den, site, ... }:
{
  den.hosts.x86_64-linux.archive.users.keeper = { };

  den.aspects.archive = {
    includes = [
      den.aspects.base
      den.aspects.base._.ssh
      (site.backup { bucket = "archive"; })
      ({ host, ... }: { nixos.networking.domain = "${host.name}.example"; })
    ];
    nixos.containers.backup = {
      autoStart = true;
      privateNetwork = true;
      hostAddress = "10.90.1.1";
      localAddress = "10.90.1.2";
      config.services.openssh.enable = true;
    };
  };

  den.aspects.keeper.nixos.users.users.keeper.isNormalUser = true;
}
