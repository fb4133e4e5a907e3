let k = "z"; in { }.${k} or "none"
