let x = 4; in -x
