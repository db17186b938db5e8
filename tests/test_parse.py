"""The text the model reads (quotes/parse.py): the same length and offsets as the article."""
import pytest

from quotes.parse import parse_form, parse_texts, _without_quotations


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


@pytest.mark.parametrize("text, read", [
    # a quotation of five words or more: its marks, a placeholder and its closing comma or stop stay
    ("“We will rebuild every house here,” said Mayor Tom Hale.", "“...,” said Mayor Tom Hale."),
    ("Ruiz said the plan was “a lie from start to finish.” Hale left.", "Ruiz said the plan was “....” Hale left."),
    # a shorter quotation is read as written
    ("Ruiz called it “a lie” on Friday.", "Ruiz called it “a lie” on Friday."),
    ("No quotation here.", "No quotation here."),
])
def test_the_recogniser_reads_a_parsed_piece_without_its_longer_quotations(text, read):
    short, kept = _without_quotations(text)
    assert short == read
    assert all(text[origin:origin + n] == short[at:at + n] for origin, at, n in kept)


def test_names_in_a_hidden_quotation_are_the_names_the_article_writes_elsewhere(nlp):
    """Narrative names keep their offsets; inside a long quotation a person or organisation the
    article names outside it is still an entity (a given name joins the surname), one it never
    names outside is not."""
    text = ("Emails row\n\nHillary Clinton met Senator Diane Foster and the FBI on Monday.\n\n"
            "“It never made sense to me that Secretary Clinton or Congressman Pete Clinton went to the FBI "
            "with Boris Johnson,” Foster said.")
    doc, = parse_texts([text], nlp)
    found = {(e.text, e.label_, e.start_char) for e in doc.ents}
    quoted = text.index("“It never")
    assert {("Hillary Clinton", "PERSON", text.index("Hillary")), ("Diane Foster", "PERSON", text.index("Diane")),
            ("Foster", "PERSON", text.rindex("Foster"))} <= found
    inside = sorted((t, label) for t, label, start in found if quoted < start < text.rindex("Foster"))
    assert inside == [("Clinton", "PERSON"), ("FBI", "ORG"), ("Pete Clinton", "PERSON")]
