{ a = throw "unused"; b = 1; }.b
