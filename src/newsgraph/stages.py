"""Import the built-in stages so that they register their names."""

from newsgraph.actors import rules as _actors  # noqa: F401
from newsgraph.events import rules as _events  # noqa: F401
from newsgraph.figures import rules as _figures  # noqa: F401
from newsgraph.places import gazetteer as _places  # noqa: F401
from newsgraph.quotes import rules as _quotes  # noqa: F401
from newsgraph.summary import centroid as _centroid  # noqa: F401
from newsgraph.summary import lead as _summary  # noqa: F401
