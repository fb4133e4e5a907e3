let unused = notDefined; in 1
