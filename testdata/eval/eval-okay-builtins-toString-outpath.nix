toString { outPath = "o"; }
