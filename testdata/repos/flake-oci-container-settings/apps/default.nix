{
  wiki = import ./wiki;
  feeds = import ./feeds;
}
