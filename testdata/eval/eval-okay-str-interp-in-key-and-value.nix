let k = "key"; v = "val"; in { "${k}-1" = "${v}!"; }
