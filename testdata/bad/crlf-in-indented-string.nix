{
  containers.web = {
    config = { };
    extraFlags = ''
      --one
      --two
    '';
  };
}
