{ pkgs, editor, ... }: {
  environment.systemPackages = [ pkgs.hello editor ];
  environment.etc.motd.text = pkgs.motd;
  containers.web = {
    autoStart = "yes";
    config = { system.stateVersion = "25.11"; };
  };
  system.stateVersion = "25.11";
}
