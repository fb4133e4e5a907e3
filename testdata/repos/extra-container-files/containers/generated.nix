# A file a script fills in before `extra-container create containers/generated.nix`:
# the container is named by a file beside it (`${builtins.readFile ./name}`) and its
# `extra` options are written as one set. extra-container's module declares them.
{
  containers.${builtins.readFile ./name} = {
    extra = {
      addressPrefix = "10.250.3";
      enableWAN = true;
      firewallAllowHost = true;
    };
    config = { pkgs, ... }: {
      environment.systemPackages = [ pkgs.hello ];
    };
  };
}
