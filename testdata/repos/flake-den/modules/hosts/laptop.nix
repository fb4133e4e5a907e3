{
  den.hosts.aarch64-darwin.laptop = { };

  den.aspects.laptop = {
    darwin.system.stateVersion = 6;
    nixos.containers.scratch.privateNetwork = "yes";
  };
}
