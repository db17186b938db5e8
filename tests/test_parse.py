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
