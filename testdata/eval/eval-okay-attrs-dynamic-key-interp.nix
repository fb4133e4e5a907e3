let n = "b"; in { "a${n}" = 1; }
