let pkgs = import <nixpkgs> { };
in {
  containers.web.config = { };
}
