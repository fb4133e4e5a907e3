!true + 1
