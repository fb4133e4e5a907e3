{ config, ... }: {
  config.a = config.a;
}
