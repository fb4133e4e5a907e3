# "hidden" is bound only in the importing file
hidden + 1
