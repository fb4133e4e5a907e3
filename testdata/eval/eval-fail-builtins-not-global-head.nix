head [ 1 ]
