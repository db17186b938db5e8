"""The text the model reads (quotes/parse.py): the same length and offsets as the article."""
import pytest

from quotes.parse import parse_form


@pytest.mark.parametrize("text, read", [
    # a curly apostrophe after a name's one-letter prefix is read as the straight one
    ("Filmmaker Dinesh D’Souza said", "Filmmaker Dinesh D'Souza said"),
    ("Conan O’Brien and Beto O’Rourke", "Conan O'Brien and Beto O'Rourke"),
    ("l’Europe", "l'Europe"),
    # contractions, possessives, headline capitals and closing quotes stay as written
    ("don’t", "don’t"),
    ("Trump’s plan", "Trump’s plan"),
    ("CHINA’S DECLINE", "CHINA’S DECLINE"),
    ("the ’90s", "the ’90s"),
    ("‘We won’ said Ana", "‘We won’ said Ana"),
])
def test_the_model_reads_names_with_straight_apostrophes(text, read):
    assert parse_form(text) == read and len(parse_form(text)) == len(text)


def _article() -> str:
    return ("Harbor Council Votes On Ferry Fares\n\n"
            "The council met on Tuesday.\n\n"
            "Weather was mild and the hall was full.\n\n"
            "Rosa Delgado, the council's treasurer, spoke first.\n\n"
            "“We cannot keep the fares where they are,” she said.\n\n"
            "Tickets rose twice last year.\n\n"
            + "x" * 1200 + "\n\n"
            "The vote is next week.")


def test_fast_path_joins_pieces_into_one_doc_of_the_article(nlp, monkeypatch):
    """The joined Doc is the article's text with every piece's annotations, as spaCy's own
    ``Doc.from_docs`` would join them."""
    from spacy.attrs import HEAD, DEP, ENT_IOB, ENT_TYPE, POS, SENT_START, TAG
    from spacy.tokens import Doc
    import quotes.parse as parse
    text = _article()
    pieces = []

    join = parse._join

    def keep(parts, kinds, starts, whole):
        pieces.append((list(parts), list(kinds)))
        return join(parts, kinds, starts, whole)
    monkeypatch.setattr(parse, "_join", keep)
    doc, = parse.parse_texts([text], nlp)
    parts, kinds = pieces[0]
    assert {parse.FULL, parse.NAMES, parse.TOKENS, parse.RAW} <= set(kinds)
    assert doc.text == text
    expected = Doc.from_docs(parts, ensure_whitespace=False, exclude=["tensor"])
    attrs = [TAG, POS, DEP, HEAD, SENT_START, ENT_IOB, ENT_TYPE]
    assert [t.text for t in doc] == [t.text for t in expected]
    assert (doc.to_array(attrs) == expected.to_array(attrs)).all()
    assert ("Rosa Delgado", "PERSON") in [(e.text, e.label_) for e in doc.ents]
    quote = doc.char_span(text.index("“We"), text.index(" she said.") + len(" she said."))
    assert [t.dep_ for t in quote if t.text == "said"] == ["ROOT"]
