let x = "y"; in { a.${x}.c = 1; }
