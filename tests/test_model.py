"""The pipeline quotes loads (quotes/model.py): its tokenizer splits quote marks glued to words."""
import pytest


@pytest.mark.parametrize("text, tokens", [
    ("surprising,”Clinton said", ["surprising", ",", "”", "Clinton", "said"]),
    ('He said,"We won."', ["He", "said", ",", '"', "We", "won", ".", '"']),
    ("“We won,” Clinton said", ["“", "We", "won", ",", "”", "Clinton", "said"]),
])
def test_a_quote_mark_glued_to_a_word_is_a_token(nlp, text, tokens):
    assert [t.text for t in nlp.make_doc(text)] == tokens
