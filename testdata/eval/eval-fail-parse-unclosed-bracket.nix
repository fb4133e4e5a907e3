{
  environment.systemPackages = [ "vim" "git"
  ;
  networking.hostName = "web";
}
