derivation { name = "x.drv"; builder = "/bin/sh"; system = "x86_64-linux"; }
