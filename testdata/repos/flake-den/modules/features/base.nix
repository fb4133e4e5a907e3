{
  # A sub-aspect, included by the archive as `den.aspects.base._.ssh`.
  den.aspects.base._.ssh.nixos.services.openssh.enable = true;

  den.aspects.base.nixos = {
    networking.firewall.enable = true;
    networking.nat = {
      enable = true;
      internalInterfaces = [ "ve-+" ];
      externalInterface = "eth0";
    };
  };
}
