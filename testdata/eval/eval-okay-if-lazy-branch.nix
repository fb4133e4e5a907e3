if true then "yes" else throw "never"
