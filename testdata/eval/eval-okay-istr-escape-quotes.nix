''two quotes: ''' end''
