# `--boot` comes from the second of two definitions of the list, and `-D` from an element
# of its own: C219 points at the definition each one is written in.
{
  imports = [
    {
      containers.box.extraFlags = [
        "--setenv=MODE=batch"
        "--boot"
      ];
    }
  ];
  containers.box = {
    extraFlags = [ "-D" "/srv/box" ];
    config = { };
  };
}
