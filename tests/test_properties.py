"""Property-based tests: the quote finder and the extractor never raise and keep their promises."""
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quotes import extract_quotes
from quotes.spans import find_quote_spans, paragraphs

MARKS = list("“”‘’\"'«»„") + ["''", "``", "\n", "\n\n", " ", ".", ",", ":", "—"]
WORDS = ["He", "said", "Duda", "the", "institute", "don’t", "Prigozhin’s", "it", "“Yes,”", "Williams’",
         "Ms.", "U.S.", "according", "to", "she", "told", "reporters", "Zürich", "🙂", "ß", "\t"]
texty = st.lists(st.one_of(st.sampled_from(MARKS), st.sampled_from(WORDS), st.text(max_size=6)),
                 max_size=60).map(" ".join)
any_text = st.one_of(texty, st.text(max_size=300))


def _paragraph_of(text, pos):
    for index, (start, end) in enumerate(paragraphs(text)):
        if start <= pos <= end:
            return index, start, end
    raise AssertionError(f"offset {pos} is in no paragraph")


@settings(max_examples=400, deadline=None)
@given(any_text)
def test_spans_are_valid(text):
    spans = find_quote_spans(text)
    previous_end = -1
    for q in spans:
        assert 0 <= q.open_at < q.start <= q.end <= len(text)
        assert q.start >= previous_end, "quotes overlap"
        previous_end = max(q.end, q.close_end)
        _, p_start, p_end = _paragraph_of(text, q.start)
        assert p_start <= q.open_at and q.end <= p_end, "a quote ran past its paragraph"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(texty)
def test_extractor_never_raises(nlp, text):
    found = extract_quotes(text, nlp=nlp, include_non_speech=True)
    previous_end = -1
    for q in found:
        assert text[q.start:q.end] == q.text
        assert q.start >= previous_end
        previous_end = q.end
        assert 0.0 <= q.confidence <= 1.0
        if q.speaker_mention is not None:
            m = q.speaker_mention
            assert text[m.start:m.end] == m.text
