# A channel-style host beside files that are not modules: packages a `callPackage`
# would call (their arguments look like a module's: `pkgs`, `lib`, `...`), and a list of
# libraries. No host reaches them, so pre-commit's run on them only parses them; a module
# no host reaches (modules/monitoring.nix) is still checked on its own.
{ pkgs, ... }:
{
  system.stateVersion = "25.11";
  networking.hostName = "lab";
  environment.systemPackages = [ pkgs.htop ];
  containers.web = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.231.60.1";
    localAddress = "10.231.60.2";
    config = { services.nginx.enable = true; };
  };
}
