{
  age.secrets.vault-token.file = ../../secrets/vault-token.age;
}
