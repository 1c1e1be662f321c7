"""Offline geography: countries, their names, demonyms and capitals (no network, no data files)."""

from newsgraph.geo.countries import Country, CountryMatch, by_alpha2, by_alpha3, forms, is_capital, lookup, match

__all__ = ["Country", "CountryMatch", "by_alpha2", "by_alpha3", "forms", "is_capital", "lookup", "match"]
