[ 1 (throw "printed values are forced") ]
