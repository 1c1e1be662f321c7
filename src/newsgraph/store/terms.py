"""The word index of quotes (derived table ``quote_terms``) and the tokenizer shared by build and query.

A term is a prefixed, lower-cased word: ``c:assad`` (a word of the quote's content), ``s:lavrov`` (a
word of the speaker's names, including every name of its corpus actor) or ``i:person:sergei-lavrov``
(the speaker's corpus actor id). The table is sorted by term, so a lookup reads a few blocks of it
instead of scanning every quote; quotes of duplicate articles are not indexed.
"""

from __future__ import annotations

from typing import Any

# The same split on both sides: DuckDB's RE2, letters and digits of any script.
SPLIT = r"[^\p{L}\p{N}]+"
MIN_LENGTH = 2
STOPWORDS: tuple[str, ...] = (
    "a", "an", "the", "and", "or", "but", "if", "of", "to", "in", "on", "at", "by", "for", "with", "from", "as",
    "is", "are", "was", "were", "be", "been", "being", "am", "it", "its", "this", "that", "these", "those",
    "he", "she", "they", "we", "you", "i", "his", "her", "their", "our", "your", "my", "him", "them", "us",
    "me", "not", "no", "so", "do", "does", "did", "has", "have", "had", "will", "would", "can", "could",
    "should", "there", "what", "which", "who", "whom", "than", "then", "also", "just", "very", "into",
    "about", "all", "any", "more", "said", "says", "s", "t",
)

BUILD_SQL = f"""
INSERT INTO quote_terms
WITH live AS (
    SELECT q.id, q.published, q.kind, q.attribution, q.search_text, q.speaker_name, l.corpus_actor_id
    FROM quotes q LEFT JOIN actor_links l ON l.actor_id = q.speaker_actor_id
    WHERE q.article_id NOT IN (SELECT article_id FROM duplicates)),
words AS (
    SELECT 'c:' || unnest(regexp_split_to_array(search_text, '{SPLIT}')) AS term, published, kind, attribution, id
    FROM live
    UNION ALL
    SELECT 's:' || unnest(regexp_split_to_array(lower(coalesce(live.speaker_name, '') || ' '
                  || coalesce(array_to_string(c.names, ' '), '')), '{SPLIT}')), published, kind, attribution, id
    FROM live LEFT JOIN corpus_actors c ON c.corpus_actor_id = live.corpus_actor_id
    UNION ALL
    SELECT 'i:' || corpus_actor_id, published, kind, attribution, id FROM live WHERE corpus_actor_id IS NOT NULL)
SELECT DISTINCT term, published, kind, attribution, id FROM words
WHERE length(term) >= {2 + MIN_LENGTH} AND NOT list_contains(?, substr(term, 3))
ORDER BY term, published DESC NULLS LAST, id
"""


def build(con: Any) -> None:
    """Rebuild ``quote_terms`` from quotes, actor links and corpus actors (inside the caller's transaction)."""
    con.execute("DELETE FROM quote_terms")
    con.execute(BUILD_SQL, [list(STOPWORDS)])


def tokens(con: Any, text: str) -> list[str]:
    """Split ``text`` into index words exactly as the build does (lower-cased, stopwords and 1-letter dropped)."""
    (words,) = con.execute(f"SELECT regexp_split_to_array(lower(?), '{SPLIT}')", [text]).fetchone()
    return [w for w in dict.fromkeys(words) if len(w) >= MIN_LENGTH and w not in STOPWORDS]
