"""Event evaluation: the events a careful coder puts on the map against the events the product
stores, on real articles.

* :mod:`geo.eventeval.governorates`: Syria's governorates as GeoNames admin1 codes (one table).
* :mod:`geo.eventeval.scoring`: the matching rule and the event scores (pure).
* :mod:`geo.eventeval.fakes`: the article-level scores on FA-KES (pure).
* :mod:`geo.eventeval.corpora`: reading the gold folders (reading only).
* :mod:`geo.eventeval.run`: ingesting a corpus into a temporary store (the side effects).
"""
