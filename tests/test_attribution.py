"""Attribution rules: short texts written for the tests -> (quote, speaker, method)."""
import pytest

from quotes import extract_quotes


def attributed(text, nlp, **kw):
    return [(q.text, q.speaker) for q in extract_quotes(text, nlp=nlp, **kw)]


CASES = {
    # speech verb with the speaker as subject, either order
    "speaker_after": ("“We will rebuild the bridge,” Duda said.",
                      [("We will rebuild the bridge,", "Duda")]),
    "verb_first": ("“The water is safe to drink,” said Mayor Denise Whitcombe.",
                   [("The water is safe to drink,", "Denise Whitcombe")]),
    "told_reporters": ("“We are not leaving,” Maria Lopez told reporters on Friday.",
                       [("We are not leaving,", "Maria Lopez")]),
    "wrote_in_memo": ("“The budget is exhausted,” Karen Holt wrote in a memo to staff.",
                      [("The budget is exhausted,", "Karen Holt")]),
    "added": ("Tom Reyes spoke first. “Nobody expected the flood,” Reyes added.",
              [("Nobody expected the flood,", "Tom Reyes")]),
    "warned": ("“Prices will keep rising,” the economist Alan Brooks warned.",
               [("Prices will keep rising,", "Alan Brooks")]),
    "speaker_before": ("Angela Merkel said “we will manage this” in 2015.",
                       [("we will manage this", "Angela Merkel")]),
    # according to X
    "according_to": ("“The deal is off,” according to Sergei Ivanov.",
                     [("The deal is off,", "Sergei Ivanov")]),
    # in the words of X, in X's words
    "in_the_words_of": ("On Monday, Mr. Dale said that his daughter was, in the words of Senator Lena Holm, “the heir” "
                        "to his empire.", [("the heir", "Lena Holm")]),
    "in_someones_words": ("Tom Reyes spoke for an hour. The plan was, in his own words, “dead on arrival.”",
                          [("dead on arrival.", "Tom Reyes")]),
    "in_a_named_persons_words": ("Farmers met on Monday. Mayor Tom Reyes said the law was, in Governor Ann Pike's "
                                 "words, “a disaster for farmers.”", [("a disaster for farmers.", "Ann Pike")]),
    # colon lead-ins
    "colon": ("Linda Park wrote: “The vote was rigged from the start.”",
              [("The vote was rigged from the start.", "Linda Park")]),
    "colon_pronoun": ("Paul Zielinski spoke after the match. In a post on social media, he wrote: "
                      "“I have never been prouder of this team.”",
                      [("I have never been prouder of this team.", "Paul Zielinski")]),
    "colon_next_paragraph": ("Anna Berg, the union leader, added:\n\n“We will strike on Monday if nothing changes.”",
                             [("We will strike on Monday if nothing changes.", "Anna Berg")]),
    # speaker after the quote with an apposition
    "apposition": ("“Demand has collapsed,” said Jonah Feld, an analyst at Castleton Securities.",
                   [("Demand has collapsed,", "Jonah Feld")]),
    # partial quotes inside reported speech
    "partial": ("Lars Brevik called the response “late, but welcome” on Tuesday.",
                [("late, but welcome", "Lars Brevik")]),
    "two_partials": ("Jens Stoltenberg said the alliance would protect “every ally” against threats "
                     "from either “Moscow or Minsk”.",
                     [("every ally", "Jens Stoltenberg"), ("Moscow or Minsk", "Jens Stoltenberg")]),
    # continuation: quote-only sentence and paragraph
    "same_paragraph": ("“We lost,” said coach Mike Dunn. “We will be back next year.”",
                       [("We lost,", "Mike Dunn"), ("We will be back next year.", "Mike Dunn")]),
    "next_paragraph": ("“We lost the final,” said coach Mike Dunn.\n\n“But we will be back next year.”",
                       [("We lost the final,", "Mike Dunn"), ("But we will be back next year.", "Mike Dunn")]),
    "multi_paragraph": ("Sara Klein said: “The first part of the plan is done. The second is harder.\n\n"
                        "“We need more time and more money to finish it.”",
                        [("The first part of the plan is done. The second is harder.", "Sara Klein"),
                         ("We need more time and more money to finish it.", "Sara Klein")]),
    # pronouns resolved by gender and recency
    "pronoun_he": ("Mark Kelly arrived late. “The roads were closed,” he said.",
                   [("The roads were closed,", "Mark Kelly")]),
    "pronoun_gender": ("Mark Kelly met Susan Wright on Monday. “It was a good meeting,” she said.",
                       [("It was a good meeting,", "Susan Wright")]),
    "pronoun_it_org": ("The World Health Organization issued a warning. “Cases are rising,” it said.",
                       [("Cases are rising,", "World Health Organization")]),
    # nominals
    "nominal_institute": ("The Institute for the Study of War (ISW) published a report. "
                          "“Moscow is regrouping,” the institute said.",
                          [("Moscow is regrouping,", "Institute for the Study of War")]),
    "acronym": ("The Institute for the Study of War (ISW) published a report. "
                "“Moscow is regrouping,” the ISW said.",
                [("Moscow is regrouping,", "Institute for the Study of War")]),
    "nominal_ministry": ("The Ministry of Defence denied the claims. “No troops crossed,” the ministry said.",
                         [("No troops crossed,", "Ministry of Defence")]),
    "nominal_role": ("Judge Helen Ortiz rejected the motion. “The evidence is thin,” the judge said.",
                     [("The evidence is thin,", "Helen Ortiz")]),
    "courtesy_title_gender": ("Ms Rivera joined the firm in 2019. “I never expected this,” she said.",
                              [("I never expected this,", "Rivera")]),
    "definite_description": ("Greta Thunberg, 20, spoke at the rally. “You have failed us,” the activist told "
                             "world leaders.", [("You have failed us,", "Greta Thunberg")]),
    "prince": ("Prince Harry visited the hospital on Monday. “It was an honour to meet the nurses,” the prince said.",
               [("It was an honour to meet the nurses,", "Prince Harry")]),
    "company": ("Acme Corp, a Texas-based company, cut 500 jobs. “The decision was painful,” the company said.",
                [("The decision was painful,", "Acme Corp")]),
    "unnamed_farmer_pronoun": ("Anneliese Vogt led the survey. A farmer in the valley below was blunter. "
                               "“The stream is brown,” he said.", [("The stream is brown,", None)]),
    "dash_credit": ("“Fear. I am truly afraid of what comes next.” ― Sonya Herridge",
                    [("Fear. I am truly afraid of what comes next.", "Sonya Herridge")]),
    "dash_credit_own_paragraph": ("Bernie Sanders spoke in Iowa.\n\n\"The idea that I would dismantle health care is "
                                  "just not accurate.\"\n\n- Sanders.",
                                  [("The idea that I would dismantle health care is just not accurate.",
                                    "Bernie Sanders")]),
    "introduced_speaker": ("Clint Howard had no praise for the plan.\n\nHoward continued his remarks.\n\n"
                           "“Eight years ago it was the favourite, and then it all fell apart.”",
                           [("Eight years ago it was the favourite, and then it all fell apart.", "Clint Howard")]),
    "transcript": ("Mike Pence spoke to Chris Wallace on Sunday.\n\n\"WALLACE: Do you see those two as equivalent?\n\n"
                   "\"PENCE: Well, look, Mark Cuban has been out there saying some pretty tough stuff.\n\n"
                   "\"But the truth is that Donald Trump has a unique way of communicating.\"",
                   [("WALLACE: Do you see those two as equivalent?", "Chris Wallace"),
                    ("PENCE: Well, look, Mark Cuban has been out there saying some pretty tough stuff.", "Mike Pence"),
                    ("But the truth is that Donald Trump has a unique way of communicating.", "Mike Pence")]),
    "nominal_agency": ("The Federal Aviation Administration (FAA) ordered inspections. “Safety is our top "
                       "priority,” the agency said.",
                       [("Safety is our top priority,", "Federal Aviation Administration")]),
    "modified_nominal_stays_unnamed": ("The City Council met on Monday. According to the finance office, "
                                       "“the reserve will be empty by 2027.”",
                                       [("the reserve will be empty by 2027.", None)]),
    # canonical names: fullest name, titles out
    "fullest_name": ("Secretary-General Jens Stoltenberg spoke in Brussels. "
                     "“Every inch of territory will be defended,” NATO’s Stoltenberg said.",
                     [("Every inch of territory will be defended,", "Jens Stoltenberg")]),
    "title_removed": ("“We stand with you,” Lithuanian President Gitanas Nauseda said.",
                      [("We stand with you,", "Gitanas Nauseda")]),
    "dr_title": ("“The glacier lost a metre,” said Dr Anneliese Vogt, a glaciologist at the institute.",
                 [("The glacier lost a metre,", "Anneliese Vogt")]),
    "brothers": ("Mark Kelly and his brother Scott Kelly flew to Houston. "
                 "“Space changes you,” Scott Kelly said. “I miss it,” Mark Kelly said.",
                 [("Space changes you,", "Scott Kelly"), ("I miss it,", "Mark Kelly")]),
    # unnamed speakers
    "unnamed": ("“The water came up to my knees,” one resident said.",
                [("The water came up to my knees,", None)]),
    "unnamed_source": ("“The talks have stalled,” a source familiar with the matter said.",
                       [("The talks have stalled,", None)]),
    # headline quotes go to the person the headline names
    "headline": ("Biden: ‘We will not back down’\n\nThe president spoke in Ohio on Monday.",
                 [("We will not back down", "Biden")]),
    # scare quotes and titles are not speech
    "scare_quote": ("Each spring the glacier gains what glaciologists call the “summer balance” again.", []),
    "title": ("She starred in the film “Lost Harbour” in 2004.", []),
    "album_title": ("Her new album “The Tortured Poets Department” broke the record, Spotify said.", []),
    # bad cases
    "empty": ("", []),
    "no_quotes": ("The council met on Tuesday and approved the budget.", []),
    "only_apostrophes": ("The Williams’ house isn’t Prigozhin’s, it’s theirs.", []),
    "unclosed": ("“This quote never closes, said Tom Hale.\n\nThe next paragraph is narrative text only.",
                 [("This quote never closes, said Tom Hale.", None)]),
}


@pytest.mark.parametrize("text, expected", list(CASES.values()), ids=list(CASES))
def test_rules(text, expected, nlp):
    assert attributed(text, nlp) == expected


@pytest.mark.parametrize("text, speaker, method", [
    # a clause of time saying only that someone spoke reports none of the words beside it
    ("Guns\n\nAs Senator Tom Hale spoke, the Rifle League was whipping lawmakers against “any gun control.”",
     "Rifle League", "sentence_subject"),
    # one saying what someone said does
    ("Port\n\nAs Mayor Ana Ruiz told reporters last week, the port plan is “dead in the water.”", "Ana Ruiz", "cue_before"),
])
def test_a_clause_of_time_reports_words_only_with_a_verb_that_has_them(nlp, text, speaker, method):
    (q,) = extract_quotes(text, nlp=nlp)
    assert (q.speaker, q.method) == (speaker, method)


def test_a_speech_verb_read_as_a_noun_after_a_plural_is_a_cue(nlp):
    """'“...,” the Saudis state in the white paper': the tagger makes 'state' a noun."""
    text = ("Terror\n\n\"Today, the kingdom is a leading nation in fighting terror,\" the Saudis state in the white "
            "paper, which was shared with lawmakers on Thursday.")
    (q,) = extract_quotes(text, nlp=nlp)
    assert q.method == "cue_after" and q.speaker_mention.text == "Saudis"


def test_speaker_mention_and_role(nlp):
    (q,) = extract_quotes("“Demand has collapsed,” said Jonah Feld, an analyst at Castleton Securities.", nlp=nlp)
    assert q.speaker_mention.text == "Jonah Feld"
    assert q.role == "analyst at Castleton Securities"
    assert q.cue == "said" and q.method == "cue_after" and q.speaker_kind == "person"


def test_role_split_from_name(nlp):
    (q,) = extract_quotes("“We stand with you,” Lithuanian President Gitanas Nauseda said.", nlp=nlp)
    assert (q.speaker, q.role) == ("Gitanas Nauseda", "Lithuanian President")


def test_a_described_speaker_after_the_cue_is_inverted_though_the_parse_makes_it_a_clause_subject(nlp):
    # '..., who like ... did not want to be named' read as a clause 'said' reports: the comma after
    # 'the woman' shows she is the one speaking, not whom the clause is about
    (q,) = extract_quotes("At a shop, a cashier was shaken. \"One man told me to go home,\" said the woman, who "
                          "like most people on the street did not want to give her name.", nlp=nlp)
    assert q.speaker_mention is not None and q.speaker_mention.text == "the woman"


def test_unnamed_keeps_mention(nlp):
    (q,) = extract_quotes("“The water came up to my knees,” one resident said.", nlp=nlp)
    assert q.speaker is None and q.speaker_mention.text == "one resident"


def test_a_hyphenated_description_is_the_whole_mention(nlp):
    """'The Democratic front-runner said': the parse hangs the inner hyphen on 'runner', and
    the mention still runs from 'The'."""
    (q,) = extract_quotes("The Democratic front-runner said the country “clearly” needed a new plan.", nlp=nlp)
    assert q.speaker_mention.text == "The Democratic front-runner"


def test_scare_quotes_listed_on_request(nlp):
    text = "Each spring the glacier gains what glaciologists call the “summer balance” again."
    (q,) = extract_quotes(text, nlp=nlp, include_non_speech=True)
    assert q.text == "summer balance" and q.speech is False and q.speaker is None


def test_title_case_words_after_a_person_s_possessive_are_no_programme(nlp):
    """Only a news outlet's possessive makes title-case words a programme ('NBC’s “Meet the
    Press”'); after a person's they are still words said."""
    (q,) = extract_quotes("Ruiz mocked Mayor Tom Hale’s “No New Taxes Ever” line on Monday.", nlp=nlp)
    assert q.text == "No New Taxes Ever" and q.speech


def test_roles_that_are_not_roles_are_dropped(nlp):
    (q,) = extract_quotes("The European Central Bank (ECB) raised rates again. “Inflation remains too high,” "
                          "the bank said.", nlp=nlp)
    assert (q.speaker, q.role) == ("European Central Bank", None)


def test_organisation_kind(nlp):
    (q,) = extract_quotes("The Ministry of Defence denied the claims. “No troops crossed,” the ministry said.", nlp=nlp)
    assert q.speaker_kind == "organisation"


def test_spacy_component_sets_doc_quotes():
    import spacy

    import quotes  # noqa: F401  registers the factory
    from quotes.model import default_model_name

    nlp = spacy.load(default_model_name())
    nlp.add_pipe("quote_attribution")
    doc = nlp("“The water is safe to drink,” said Mayor Denise Whitcombe.")
    assert [(q.text, q.speaker) for q in doc._.quotes] == [("The water is safe to drink,", "Denise Whitcombe")]


@pytest.mark.slow
def test_spacy_component_in_two_processes():
    """nlp.pipe(n_process=2) sends each Doc back through msgpack: doc._.quotes must survive it
    (Quote objects, and nothing unserialisable left in user_data by the rules)."""
    import spacy

    import quotes  # noqa: F401  registers the factory
    from quotes.model import default_model_name

    nlp = spacy.load(default_model_name())
    nlp.add_pipe("quote_attribution")
    texts = ["Floods in Izmir\n\nMehmet Ozkan, the mayor of Izmir, met residents. “The city will pay,” he said.",
             "“The water is safe to drink,” said Mayor Denise Whitcombe."] * 2
    one = [doc._.quotes for doc in nlp.pipe(texts, batch_size=1)]
    two = [doc._.quotes for doc in nlp.pipe(texts, batch_size=1, n_process=2)]
    assert two == one and [q.speaker for q in one[0]] == ["Mehmet Ozkan"]


@pytest.mark.parametrize("text, speaker, role", [
    ("Alcaraz’s coach Juan Carlos Ferrero said his player had “matured a lot” this year.",
     "Juan Carlos Ferrero", "coach"),
    ("A spokesman for the United Nations, Stephane Dujarric, said the UN was “ready to support” the government.",
     "Stephane Dujarric", "spokesman for the United Nations"),
    ("“The deal is done,” a senior European Union official told reporters.", None, "senior European Union official"),
])
def test_roles_from_the_noun_phrase(nlp, text, speaker, role):
    (q,) = extract_quotes(text, nlp=nlp)
    assert (q.speaker, q.role) == (speaker, role)


@pytest.mark.parametrize("text, speaker", [
    ("Hale blamed the media for Ann Pike's claim that he had “lied to voters.”", "Ann Pike"),
    ("Hale rejected the union's argument that the cuts were “plainly illegal.”", None),
    # a name after 'of' owns it too, and the quote may sit in a phrase of the claim's clause
    ("Powell spoke on Friday. His remarks support the contention of former senator Ana Ruiz that her emails "
     "were subjected to “over-classification.”", "Ana Ruiz"),
    # a quote between a possessor and the claim noun it modifies
    ("Unions fought the tax. It is the pull of Mayor Tom Hale's “no new taxes, ever” pledge that keeps them going.",
     "Tom Hale"),
    ("Ana Ruiz ran for mayor in 2010. Unions fought the tax. It is the pull of her “no new taxes” pledge.", "Ana Ruiz"),
])
def test_a_quote_owned_by_a_claim_is_recorded_as_claim_owner(nlp, text, speaker):
    (q,) = extract_quotes(text, nlp=nlp)
    assert (q.speaker, q.method) == (speaker, "claim_owner")


def test_reported_speech_goes_on_into_the_next_sentence(nlp):
    text = ("Fact-checkers meet in Oslo\n\nThe conference opened on Monday with 400 delegates.\n\n"
            "Misinformation spreads faster than corrections, Dr. Lena Marsh said. Good reporting can still win, "
            "but usually only when “the truth is more interesting than the lie.”")
    (q,) = extract_quotes(text, nlp=nlp)
    assert (q.speaker, q.method) == ("Lena Marsh", "reported_speech")


@pytest.mark.parametrize("text, key, default, config, changed", [
    ("“Fear. I am truly afraid of what comes next.” ― Sonya Herridge", "sieves",
     [("Sonya Herridge", "dash_credit", "name")], ["transcript_label", "cue", "colon_name"],
     [("Sonya Herridge", "headline", "name")]),  # without dash_credit another rule decides
    ("Mark Kelly arrived late on Monday. “The roads were closed,” he said.", "resolution_sieves",
     [("Mark Kelly", "cue_after", "pronoun")], ["name", "definite_nominal"],
     [(None, "cue_after", "unnamed")]),
], ids=["attribution", "resolution"])
def test_rule_order_is_set_in_the_component_config(text, key, default, config, changed):
    import spacy

    import quotes  # noqa: F401  registers the factory
    from quotes.model import default_model_name

    nlp = spacy.load(default_model_name())

    def run(**cfg):
        nlp.add_pipe("quote_attribution", config=cfg)
        try:
            return [(q.speaker, q.method, q.resolution) for q in nlp(text)._.quotes]
        finally:
            nlp.remove_pipe("quote_attribution")

    assert run() == default
    assert run(**{key: config}) == changed
    with pytest.raises(ValueError, match="unknown"):
        run(**{key: ["no_such_rule"]})


@pytest.mark.parametrize("text, noun, sayer", [
    ("Novak’s main claim is that the board is weak.", "claim", "Novak"),
    ("Her argument was simple.", "argument", "Her"),
    ("The claim is false.", "claim", None),             # nobody's claim
    ("Novak’s car is that one.", "car", None),           # not something said
])
def test_the_possessor_of_a_thing_said_says_it(nlp, text, noun, sayer):
    from quotes.attribution import _sayer_of
    doc = nlp(text)
    found = _sayer_of(next(t for t in doc if t.text == noun))
    assert (found.text if found is not None else None) == sayer


@pytest.mark.parametrize("text, name", [
    ("In mitigation, Owen Tracy, defending, said", "Tracy"),
    ("Later, Rhian Lewis, for the Crown, said", "Lewis"),
    ("In mitigation, his lawyer, Owen Tracy, said", None),   # the comma ends a name, no aside before the cue
    ("In Leeds, on Monday, said", None),                     # no person before the aside
    ("Owen Tracy, she, said", None),                         # a pronoun in the aside is a speaker of its own
])
def test_a_name_set_off_from_its_cue_by_an_aside(nlp, text, name):
    """The parse may hang 'Owen Tracy' on 'mitigation' and leave 'said' without a subject."""
    from quotes.article import ArticleModel
    from quotes.attribution import _Context, _name_before_aside
    doc = nlp(text)
    found = _name_before_aside(doc[len(doc) - 2], _Context(ArticleModel(doc)))
    assert (found.text if found is not None else None) == name


def test_mention_and_cue_are_the_articles_own_words(nlp):
    """The model reads 'D’Souza' as 'D'Souza' (quotes.parse.parse_form); what a quote
    records is still the article's text at those offsets."""
    text = "Poll\n\nFilmmaker Dinesh D’Souza spoke on Friday. “I would bet on her,” D’Souza said."
    (q,) = extract_quotes(text, nlp=nlp)
    m = q.speaker_mention
    assert m.text == text[m.start:m.end] == "D’Souza" and q.speaker == "Dinesh D’Souza" and q.cue == "said"
