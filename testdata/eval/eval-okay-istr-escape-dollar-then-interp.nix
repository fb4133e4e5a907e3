let y = "Y"; in ''''$${y}''
