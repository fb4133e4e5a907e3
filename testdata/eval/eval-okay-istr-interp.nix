let x = "X"; in ''
  value: ${x}
  end
''
