"tab\there\nnewline\rcr"
