''
	tab
	line
''
