"""Reading articles from files into :class:`geo.articles.model.Article`."""
