let cfg = { enable = false; }; in assert cfg.enable; 1
