"""The article's cast (quotes/collect.py, quotes/mentions.py, quotes/cast.py): mentions clustered into entities.

Each row is a short article written for the tests -> the people and organisations its
cast holds, with kind and gender.
"""
import pytest

from quotes.article import ArticleModel, token_texts, with_groups_named_in_title_case
from quotes.cast import ORGANISATION, PERSON, Entity, misspelt, role_head
from quotes.extract import extract_quotes
from quotes.mentions import CAST_STEPS, build_cast


def cast_of(text, nlp):
    return build_cast(ArticleModel(nlp(text)))


def people(cast):
    return {(p.name, p.gender) for p in cast.persons}


@pytest.mark.parametrize("text, expected", [
    # a surname joins the full name; the title gives the gender
    ("Senator Maria Lopez spoke first. Lopez said the bill was dead.", {("Maria Lopez", "f")}),
    # a generational suffix does not hide the surname
    ("Adm. Harold P. Vance Jr. took command. Vance said little.", {("Harold P. Vance Jr.", "m")}),
    # gender from a census first name, and from 'his' when the name tells none
    ("Ikenna Obiora explained his vote on Monday.", {("Ikenna Obiora", "m")}),
    # a score the tagger ran into the name is not part of it
    ("Iga Swiatek beat Maria Sakkari 6-4 6-2 in the final on Saturday.", {("Maria Sakkari", "f")}),
    # an organisation named between the subject and 'his' does not stop the lesson
    ("Pollster Whit Carver, who ran a survey for the Brookings Institution, doubts his own numbers.",
     {("Whit Carver", "m")}),
    # nor does the next sentence, when it opens with the pronoun
    ("Ivanka Varro, 34, runs the hotels. She has doubled their profits.", {("Ivanka Varro", "f")}),
])
def test_people_of_the_cast(nlp, text, expected):
    assert people(cast_of(text, nlp)) >= expected


@pytest.mark.parametrize("text, expected", [
    # a given name the census lacks rejoins the surname tagged alone as an organisation
    ("Floods in Izmir\n\nMehmet Ozkan, the mayor of Izmir, met residents on Tuesday.", {("Mehmet Ozkan", "m")}),
    # the tagger read the first name as a place; a person noun stands before it
    ("Drought in Oyo\n\nHis neighbour Folasade Adeyemi lost her harvest too.", {("Folasade Adeyemi", "f")}),
    # tagged an organisation; the surname then stands alone, as surnames do
    ("Court in Lagos\n\nHer lawyer, Femi Falana, said the charges were baseless. Falana asked for bail.",
     {("Femi Falana", None)}),
    # a first given name the tagger left out before a tagged given name and surname
    ("Interview\n\nChimamanda Ngozi Adichie has a new book out.\n\nAdichie laughs a lot.",
     {("Chimamanda Ngozi Adichie", "f")}),
    # given names somewhere, but here the openings of places the article treats as places
    ("Council vote\n\nThe council in Santa Monica voted on Tuesday. Santa Monica has struggled with costs.", set()),
    ("Trade deal\n\nAbu Dhabi signed the deal on Monday. Long Beach officials welcomed it.", set()),
    # the place of an office is a place wherever the article writes it; an owner is not
    ("Floods in Izmir\n\nThe mayor of Izmir met residents on Tuesday.", set()),
    ("Campaign news\n\nThe chairman of Clinton's campaign resigned. Clinton praised his work.",
     {("Clinton", "m")}),
])
def test_given_names_of_the_worldwide_data(nlp, text, expected):
    assert people(cast_of(text, nlp)) == expected


@pytest.mark.parametrize("text, expected", [
    # a plural role before two names is each one's role, in the singular
    ("Rivera on Grant\n\nIn an interview with radio hosts Dan Kessler and Mia Fontaine, Laura Rivera said she was "
     "surprised.", {"Dan Kessler": ["radio host"], "Mia Fontaine": ["radio host"], "Laura Rivera": []}),
    ("Vote on cuts\n\nLabour MPs Sarah Mills and Tom Reid voted against the bill on Monday. “We need more "
     "officers,” Mills said.", {"Sarah Mills": ["Labour MP"], "Tom Reid": ["Labour MP"]}),
])
def test_roles_of_the_cast(nlp, text, expected):
    roles = {p.name: p.roles for p in cast_of(text, nlp).persons}
    assert {name: roles.get(name) for name in expected} == expected


def test_a_plural_role_counts_in_an_unparsed_paragraph(nlp):
    """The pipeline parses only paragraphs with quotes; the plural role still reaches both names."""
    [quote] = extract_quotes("Rivera on Grant\n\nIn an interview with radio hosts Dan Kessler and Mia Fontaine, "
                             "Laura Rivera said she was surprised.\n\nFontaine laughed. Rivera did not. “You did not "
                             "see that coming,” said the host.", nlp=nlp)
    assert quote.speaker == "Mia Fontaine"


def test_a_function_word_is_no_organisation(nlp):
    """'In' of 'In an interview' tagged as an organisation is no member of the cast."""
    cast = cast_of("Clinton on Biden\n\nIn an interview with radio hosts Dan Kessler and Mia Fontaine, Laura Rivera "
                   "said she was surprised.", nlp)
    assert [o.name for o in cast.orgs] == []


def test_acronym_and_nominal_join_the_organisation(nlp):
    cast = cast_of("The Institute for the Study of War (ISW) said Russia was regrouping. "
                   "The ISW published maps.", nlp)
    (org,) = [o for o in cast.orgs if "Institute" in o.name]
    assert org.kind == ORGANISATION and "isw" in org.aliases
    assert cast.org_for("ISW", 0) is org and cast.by_noun("institute", 10_000) is org


def test_a_shared_surname_keeps_its_first_owner(nlp):
    text = ("Governor Ray Talbot signed the bill. Talbot thanked the crowd.\n\n"
            "His wife, Maren Talbot, watched. Talbot waved.")
    cast = cast_of(text, nlp)
    ray = next(p for p in cast.persons if p.name == "Ray Talbot")
    assert {p.name for p in cast.persons} >= {"Ray Talbot", "Maren Talbot"}
    assert cast.person_for(["Talbot"], len(text) - 10) is ray


def test_mentions_are_in_reading_order_and_steps_are_named(nlp):
    cast = cast_of("Karen Holt met Steven Marsh. She said the merger was off. Marsh left early.", nlp)
    positions = [p for p, _, _ in cast.occurrences]
    assert positions == sorted(positions)
    assert {e.kind for _, e, _ in cast.occurrences} == {PERSON}
    assert all(step.__doc__ for step in CAST_STEPS)


@pytest.mark.parametrize("words, head", [
    ("greenfield party leader", "leader"),
    ("former top aide to the governor", "aide"),
    ("a spokesman for the un", "spokesman"),
    ("weekly newspaper", "newspaper"),
    ("", ""),
])
def test_role_head(words, head):
    assert role_head(words.split()) == head


@pytest.mark.parametrize("text, reporters", [
    # after the name, past an apposition, or before it in inversion
    ("Taxes will rise, Ann Pell said. Ben Roy, an economist, warned of a slump.", {"Ann Pell", "Ben Roy"}),
    ("“Taxes will rise,” said Ann Pell. Ben Roy met Cara Voss on Monday.", {"Ann Pell"}),
    # a possessive is not a subject, and who asks is not who answers
    ("Ann Pell’s continued silence worried Ben Roy. Cara Voss asked whether it mattered.", set()),
])
def test_reported_speakers(nlp, text, reporters):
    cast = cast_of(text, nlp)
    found = {e.name for p, e, _ in cast.occurrences if p in cast.reporters}
    assert found == reporters


@pytest.mark.parametrize("known, written, joins", [
    ("Steve Sweeney", "Sweeny", True),          # one letter off, a long surname
    ("Mat dos Santos", "Matdos Santos", True),  # the same letters, a space lost
    ("Anna Kowalski", "Anna Kowalsky", True),
    ("John Smith", "Joan Smith", False),        # another first name is another person
    ("Tom Hale", "Hall", False),                # too short to forgive
    ("Maria Lopez", "Lopes", True),
])
def test_misspelt_names_join_only_one_person(known, written, joins):
    person = Entity(known, PERSON, known.split())
    assert (misspelt([person], written.split()) is person) is joins


def test_a_misspelling_between_two_people_is_no_guess():
    people = [Entity(n, PERSON, n.split()) for n in ("Ann Mason", "Bob Masin")]
    assert misspelt(people, ["Masen"]) is None


def test_a_news_agency_the_tagger_calls_a_person_is_an_organisation(nlp):
    text = ("Admiral Ken Hollis toured the base on Monday. Xinhua said the visit was a provocation. "
            "Hollis said the patrols would go on.")
    cast = cast_of(text, nlp)
    assert "Xinhua" in {o.name for o in cast.orgs} and "Xinhua" not in {p.name for p in cast.persons}
    assert cast.pronoun("he", len(text), []).name == "Ken Hollis"


def test_a_name_the_tagger_calls_both_a_person_and_an_organisation_is_the_organisation(nlp):
    text = "HuffPost Live’s Mia Tran interviewed him. Comedian George Lopez stopped by HuffPost Live this year."
    cast = cast_of(text, nlp)
    assert "HuffPost Live" in {o.name for o in cast.orgs} and "HuffPost Live" not in {p.name for p in cast.persons}


def test_a_place_after_in_is_no_person_whatever_its_words(nlp):
    cast = cast_of("Tom Hale said at a campaign rally in San Diego, adding that he was right.", nlp)
    assert {p.name for p in cast.persons} == {"Tom Hale"}


@pytest.mark.parametrize("word, lemma", [("argues", "argue"), ("quipped", "quip"), ("posted", "post"),
                                         ("denies", "deny"), ("posting", "post"), ("said", "say")])
def test_base_forms_of_unparsed_words(word, lemma):
    from quotes.lexicon import base_forms
    assert lemma in base_forms(word)


def test_the_salience_index_is_not_rebuilt_for_every_he_or_she(nlp, monkeypatch):
    """A long article of he/she subjects: chain_pronouns adds a mention per pronoun and keeps
    the index current instead of rebuilding it (a rebuild each was quadratic in the article)."""
    import quotes.cast as cast_module
    rebuilds = []
    build = cast_module._mentions_by_entity

    def counting(cast, history):
        rebuilt = cast._index_key != cast_module._occurrences_key(cast) + (id(history),)
        rebuilds.append(rebuilt)
        return build(cast, history)
    monkeypatch.setattr(cast_module, "_mentions_by_entity", counting)
    text = "Council\n\n" + "Mayor Ana Ruiz spoke. She thanked Tom Bell. He smiled. She left.\n\n" * 60
    cast_of(text, nlp)
    assert len(rebuilds) >= 180 and sum(rebuilds) <= 3


@pytest.mark.parametrize("text, expected", [
    ("The vote was close. Parents Against Phone Addiction said the ban was overdue.", ["Parents Against Phone Addiction"]),
    # a lower-case 'of' goes on with the name
    ("The group was founded by Workers For Fair Pay of Ohio, which held a rally.", ["Workers For Fair Pay of Ohio"]),
    # a title-case headline line, a subheading in capitals and a person's title are no group
    ("Parents Against Phone Addiction Welcome Ban\n\nThe vote was close on Monday.", []),
    ("The vote was close.\n\nPARENTS SPEAK OUT FOR THE BAN\n\nThe board met again.", []),
    ("It was a long week. White House Chief Of Staff Rahm Emanuel pressured them to vote.", []),
])
def test_a_group_named_in_title_case_around_a_capitalised_preposition(nlp, text, expected):
    doc = nlp(text)
    assert [e.text for e in with_groups_named_in_title_case(doc, token_texts(doc), [])] == expected


def test_a_place_a_she_follows_stays_a_place(nlp):
    """'Puerto Rico has been warning ..., and Ms. Acosta said ... she': a place the tagger
    tags as one, the subject of a speech verb, is no person for the 'she' after it."""
    cast = cast_of("Debt\n\nThe island's bank is at the center of the crisis.\n\n“You will not find a similar entity "
                   "in any state,” said Maria Acosta, who runs the bank.\n\nPuerto Rico has been warning that it is "
                   "running out of cash, and Ms. Acosta said the measures she had been using were unsustainable.", nlp)
    assert "Puerto Rico" not in {p.name for p in cast.persons}
    assert "Puerto Rico" in {o.name for o in cast.orgs}
