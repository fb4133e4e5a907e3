{
  users.users.ada = {
    isNormalUser = true;
    extraGroups = [ "wheel" ];
  };
}
