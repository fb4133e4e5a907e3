{ inputs, lib, modulesPath, ... }:
{
  imports = [
    (modulesPath + "/installer/cd-dvd/installation-cd-minimal.nix")
    ../common
  ];

  disabledModules = [ "${inputs.self}/hosts/common/secrets.nix" ];

  # No secrets on the image: what the shared modules set goes nowhere.
  options.sops = lib.mkOption { type = lib.types.anything; };
  config.sops.secrets.admin-password.path = "/dev/null";

  config.networking.hostName = "installer";
}
