# Le serveur du café : ce fichier est en Latin-1, comme il a été écrit.
{
  imports = [ ./accueil.nix ];
  system.stateVersion = "24.11";
  boot.loader.grub.device = "/dev/sda";
  fileSystems."/".device = "/dev/sda1";
  networking.nat = { enable = true; internalInterfaces = [ "ve-+" ]; externalInterface = "eth0"; };
  containers.caisse = {
    autoStart = true;
    privateNetwork = true;
    hostAddress = "10.70.0.1";
    localAddress = "10.70.0.2";
    config = { system.stateVersion = "24.11"; };
  };
}
