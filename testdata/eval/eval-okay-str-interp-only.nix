let s = "x"; in "${s}"
