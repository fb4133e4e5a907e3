# false -> (false -> false) is true; (false -> false) -> false would be false
false -> false -> false
