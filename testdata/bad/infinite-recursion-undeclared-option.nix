{ config, ... }: {
  # An option ncc does not model, defined as itself: harmless until something reads it.
  config.a = config.a;
  config.containers.web = {
    autoStart = config.a;
    config = { };
  };
}
