let n = "x"; in throw "bad ${n}"
