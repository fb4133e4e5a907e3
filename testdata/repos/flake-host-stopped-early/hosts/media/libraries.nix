{
  movies = "/srv/media/movies";
  shows = "/srv/media/shows";
}
