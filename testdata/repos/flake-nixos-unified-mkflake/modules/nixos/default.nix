{ flake, ... }:
{
  imports = [ flake.inputs.agenix.nixosModules.default ];
  boot.loader.systemd-boot.enable = true;
  fileSystems."/".device = "/dev/nvme0n1p2";
  home-manager.users.ops.home.stateVersion = "25.11";
  users.users.ops.isNormalUser = true;
}
