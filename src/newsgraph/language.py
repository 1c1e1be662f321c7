"""The language of an article's text, detected offline.

newsgraph's stages read English (an English spaCy model, English cue words and lexicons); on text in
another language they would produce noise, so the pipeline records the language of every reading and
the English-only stages skip non-English text with a reason (``Pipeline.apply``).

The detector is py3langid (a fork of langid.py, Lui & Baldwin 2012: a naive Bayes model over byte
n-grams, 97 languages, shipped inside the wheel). It was chosen over pycld2, lingua-language-detector
and langdetect with ``bench/language_bench.py``: on 4,318 English articles of ../shared it called none
non-English (one Welsh-language XSum document is Welsh), on our own samples in 28 languages it named
66 of 67 exactly, at about 0.25 ms an article (the first 1,000 characters). Single English sentences
are harder: see ``_LEFT_OUT``. pycld2 was faster (0.06 ms)
but left short headlines undetermined and needs its input cleaned of control characters; lingua was as
accurate but 20 times slower, with a 96 MB wheel and several seconds to load.

Most of what newsgraph reads is plainly English, and loading py3langid's model takes about a second
per worker process (0.93 s measured): a text of at least ``PLAIN_MIN_WORDS`` words of which at least
``PLAIN_SHARE`` are frequent English function words that other languages do not use as words ("the",
"which", "said"…) is English without asking the model, which is loaded only when a text is not so
plain. Measured on the first 1,000 characters: all 2,225 bbc2225 articles take this path (smallest
share 0.087, median 0.19), as do 917 of 924 PolNeAR articles, 458 of 460 XSum documents and 689 of
709 WCXB dev pages (the rest go to the model), and the model calls every one of those English too;
none of 127 non-English texts (our samples, and the example sentences spaCy ships for each language
joined) takes it: among the 65 of them with at least 40 words the largest share is 0.023 (Dutch "of").
"""

from __future__ import annotations

import functools
import re
from typing import Any

METHOD = "newsgraph.language.py3langid.v1"
# The detector reads the start of the text: enough for a stable answer (bench/language_bench.py
# measured no English article called anything else at 1,000 characters; at 500 one was).
SAMPLE_CHARS = 1000
# Texts with fewer letters than this are too short to call; a Chinese, Japanese or Korean character
# (a word or a syllable, three bytes for the detector) counts as three letters.
MIN_LETTERS = 20
_LETTER = re.compile(r"[^\W\d_]")
_WIDE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
# Below this probability (normalised over the 97 languages) the language is left undetermined.
MIN_PROBABILITY = 0.5
# The plain-English fast path (see above). The words are frequent in English and are not common words
# of another language written in Latin letters ("a", "in", "is", "for", "was", "will", "her", "had"
# are: Hungarian, German, Dutch, Danish).
PLAIN_MIN_WORDS = 40
PLAIN_SHARE = 0.08
_PLAIN_WORDS = frozenset("the of and that with said his has have are from which were would been this they their "
                         "who but not its she says".split())
_WORD = re.compile(r"[^\W\d_]+")


# Labels the detector may not answer. Nigerian Pidgin ("pcm") is English-lexified: one English sentence about
# Nigeria ("Gunmen killed five villagers in northern Nigeria on Saturday.") came out as Pidgin at p = 0.73,
# and the English stages read Pidgin no worse than anything else. "zxx" is "no linguistic content".
_LEFT_OUT = frozenset({"pcm", "zxx"})


@functools.cache
def _identifier() -> Any:
    """Load the py3langid model once per process (on first use, not at import), without ``_LEFT_OUT``."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages([code for code in ident.labels if code not in _LEFT_OUT])
    return ident


def detect(text: str) -> str | None:
    """Return the ISO 639-1 code of the language ``text`` is written in, or None when unsure.

    Args:
        text: Any text; only its first ``SAMPLE_CHARS`` characters are read.

    Returns:
        A lower-case two-letter code ("en", "de", "zh"…), or None for text with fewer than
        ``MIN_LETTERS`` letters or no language more likely than ``MIN_PROBABILITY``.
    """
    sample = text[:SAMPLE_CHARS]
    if len(_LETTER.findall(sample)) + 2 * len(_WIDE.findall(sample)) < MIN_LETTERS:
        return None
    if _plainly_english(sample):
        return "en"
    code, probability = _identifier().classify(sample)
    return str(code) if float(probability) >= MIN_PROBABILITY else None


def _plainly_english(sample: str) -> bool:
    """Say whether ``sample`` has ``PLAIN_MIN_WORDS`` words, ``PLAIN_SHARE`` of them English function words."""
    words = _WORD.findall(sample.lower())
    return len(words) >= PLAIN_MIN_WORDS and sum(w in _PLAIN_WORDS for w in words) >= PLAIN_SHARE * len(words)


def is_english(language: str | None) -> bool:
    """Say whether stages that read English should run: the text is English or its language is unsure."""
    return language in (None, "en")
