let n = "k"; in { ${n + "2"} = true; }
