final: prev: {
  fleet.addressOf = name: "10.20.0.${toString (final.stringLength name)}";
}
