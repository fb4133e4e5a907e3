# Filled in by the deploy script.
{ host = %HOST%; }
