{
  imports = [ ~/containers.nix ];
}
