"""Quote finding at the character level (no spaCy)."""
import pytest

from quotes.spans import find_quote_spans, paragraphs, sentence_starts


def quoted(text):
    return [text[q.start:q.end] for q in find_quote_spans(text)]


@pytest.mark.parametrize("text, expected", [
    ("“Curly double,” she said.", ["Curly double,"]),
    ('"Straight double," she said.', ["Straight double,"]),
    ("‘Curly single,’ she said.", ["Curly single,"]),
    ("'Straight single,' she said.", ["Straight single,"]),
    ("«Guillemets», dit-il.", ["Guillemets"]),
    ("„German style“, sagte er.", ["German style"]),
    ("''Two apostrophes,'' he said.", ["Two apostrophes,"]),
    ("He said ``LaTeX style'' too.", ["LaTeX style"]),
    # apostrophes are not quote marks
    ("I don’t think Prigozhin’s men left the Williams’ house.", []),
    ("Don't say we can't; it's the Joneses' rule from the '90s.", []),
    ("Only apostrophes: rock ’n’ roll, ’em and ’tis.", []),
    # a quote inside a quote belongs to the outer one
    ("“He told me ‘never again’ and left,” she said.", ["He told me ‘never again’ and left,"]),
    ('"She called it \'a farce\' today," he said.', ["She called it 'a farce' today,"]),
    # several quotes in one sentence
    ("He wanted “every ally” safe from “Moscow or Minsk”.", ["every ally", "Moscow or Minsk"]),
    ("", []),
    ("No quotes at all.", []),
])
def test_quote_marks(text, expected):
    assert quoted(text) == expected


@pytest.mark.parametrize("text, expected", [
    ('Reaction: <tweet author="MayorRuiz" timestamp="1449075600" id="6721372880">Horrifying news</tweet>. She said '
     '"it is bad."', ["it is bad."]),
    ("Watch at <a href='http://video.example.com'>the site</a>. “We are ready,” he said.", ["We are ready,"]),
    ('<p class="lead">“Stay home,” the mayor said.</p>', ["Stay home,"]),
    # prose with angle brackets is no markup
    ('If x < y and y > z, "it holds," she said.', ["it holds,"]),
])
def test_quote_marks_inside_markup_tags_delimit_attributes_not_speech(text, expected):
    assert quoted(text) == expected


def test_unclosed_mark_ends_at_paragraph_end():
    text = "“This never closes, he said.\n\nThe next paragraph is narrative.\n\nSo is “this one”."
    spans = find_quote_spans(text)
    assert [text[q.start:q.end] for q in spans] == ["This never closes, he said.", "this one"]
    assert spans[0].closed is False


def test_multi_paragraph_quote_continues():
    text = ("“The first paragraph of a long quote,” she said. “It goes on\n\n"
            "“and on in the next paragraph.”\n\nNarrative.")
    spans = find_quote_spans(text)
    assert [text[q.start:q.end] for q in spans] == [
        "The first paragraph of a long quote,", "It goes on", "and on in the next paragraph."]
    assert [q.continues_previous for q in spans] == [False, False, True]


def test_offsets_exclude_marks():
    text = 'Intro. "Inside," he said.'
    (q,) = find_quote_spans(text)
    assert text[q.open_at] == '"' and text[q.start:q.end] == "Inside,"


def test_paragraphs_lines_and_blocks():
    assert paragraphs("One.\n\nTwo.\nThree.") == [(0, 4), (6, 10), (11, 17)]
    wrapped = "\n".join(["word " * 12] * 4) + "\n\n" + "\n".join(["more " * 12] * 4)
    assert len(paragraphs(wrapped)) == 2


@pytest.mark.parametrize("text, starts", [
    ("He met George W. Bush. Then he left.", [0, 23]),
    ("She posted it on X. One critic was unmoved.", [0, 20]),
    ("The U.S. team won. Fans cheered.", [0, 19]),
    ("Dr. Ruiz spoke first. Prof. Lee spoke next.", [0, 22]),
])
def test_sentence_starts_skip_initials_and_abbreviations(text, starts):
    """An initial follows a name ('George W. Bush'); a capital after 'on' ends a sentence ('on X.')."""
    assert sentence_starts(text) == starts


@pytest.mark.parametrize("text, starts", [
    ('He left. "We won," she said.', [0, 9]),
    ('He left.\n\n"We won," she said.', [0, 10]),
    ('"We won." She smiled.', [0, 10]),
    ('“We won.” She smiled. “Yes.”', [0, 10, 22]),
])
def test_a_sentence_starts_at_its_opening_quote_mark(text, starts):
    """A closing mark ends the sentence before it; a straight mark after the space opens the
    next one (so a quote is never a sentence of its own apart from its mark)."""
    assert sentence_starts(text) == starts
