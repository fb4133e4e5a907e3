let a = 10; k = "a"; in rec { ${k} = 1; b = a; }
