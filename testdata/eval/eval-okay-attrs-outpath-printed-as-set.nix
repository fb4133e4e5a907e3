{ outPath = "x"; a = 1; }
