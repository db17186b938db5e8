"""The pipeline quotes loads (quotes/model.py): its tokenizer splits quote marks glued to words, and a
paragraph starts a sentence."""
import pytest


@pytest.mark.parametrize("text, tokens", [
    ("surprising,”Clinton said", ["surprising", ",", "”", "Clinton", "said"]),
    ('He said,"We won."', ["He", "said", ",", '"', "We", "won", ".", '"']),
    ("“We won,” Clinton said", ["“", "We", "won", ",", "”", "Clinton", "said"]),
])
def test_a_quote_mark_glued_to_a_word_is_a_token(nlp, text, tokens):
    assert [t.text for t in nlp.make_doc(text)] == tokens


def test_a_paragraph_starts_a_sentence(nlp):
    """Given several paragraphs at once, the parser must not hang one's first words on the
    verb of the paragraph before (the quote paragraph 'Washington, star of ...' was read as
    the object of 'became' ending the paragraph before)."""
    doc = nlp("She became a voice for gun control after the shooting at a screening of “Trainwreck.”\n\n"
              "Washington, star of television’s “Scandal,” thanked Obama for “taking these steps.”")
    washington = next(t for t in doc if t.text == "Washington")
    assert washington.is_sent_start
    assert washington.head.text == "thanked"
