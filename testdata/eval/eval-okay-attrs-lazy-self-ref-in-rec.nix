(rec { a = b; b = 2; c = throw "no"; }).a
