{ n = 1; f = 1.5; s = "s"; b = false; z = null; l = [ 1 "a" ]; a = { }; }
