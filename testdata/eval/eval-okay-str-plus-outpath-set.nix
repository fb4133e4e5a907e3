"x-" + { outPath = "y"; }
