# Columns count characters; after "Größe" the same place is two bytes further on.
{
  containers.web = { /* Größe: klein */ autoStart = "ja"; config = { }; };
}
