true && throw "right side evaluated"
