{ a = throw "printed values are forced"; }
