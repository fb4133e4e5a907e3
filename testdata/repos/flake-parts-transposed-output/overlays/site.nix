final: prev: {
  lib = prev.lib // {
    site = {
      name = "harbour";
      subnet = "10.61.4";
      addressOf = host: "${final.lib.site.subnet}.${toString host}";
    };
  };
}
