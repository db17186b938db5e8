"""Canonical speakers: one table per pattern of the issue, short texts written for the tests.

Each row is ``text -> [(quote, canonical speaker), ...]``.
"""
import pytest

from quotes import extract_quotes
from quotes.lexicon import first_name_gender, gender_unsure
from quotes.names import name_core, surname_key
from quotes.nameforms import compound_person_noun


def speakers(text, nlp):
    return [(q.text, q.speaker) for q in extract_quotes(text, nlp=nlp)]


NAME_FORMS = {
    "a_full_name_written_only_inside_a_long_quotation_still_names_the_surname": (
        "Hearing\n\nThe committee met behind closed doors. \"The hearing was closed but New York Congressman Pete "
        "King spoke to reporters afterwards.\"\n\n“It was a waste of time,” King said.",
        [("The hearing was closed but New York Congressman Pete King spoke to reporters afterwards.", None),
         ("It was a waste of time,", "Pete King")]),
    "a_name_with_a_curly_apostrophe_is_a_name": (
        "Poll\n\nFilmmaker Dinesh D’Souza made his prediction on Friday. After Glenn Beck asked the conservative who "
        "he thought would win, D’Souza replied, “If I had to bet now, I would bet on her.”",
        [("If I had to bet now, I would bet on her.", "Dinesh D’Souza")]),
    "a_titled_surname_far_after_a_the_is_no_nationality_description": (
        "Debate\n\nSenator Ann Pike, who is second to Mr. Hale in many states, turned tougher against Mr. Hale, "
        "eventually saying he would be a disaster as the party standard-bearer. “If we nominate Tom Hale, we lose,” "
        "Ms. Pike said.\n\nBut much of the debate was so calm that Mr. Hale was prompted to say, “So far, I cannot "
        "believe how civil it has been.”",
        [("If we nominate Tom Hale, we lose,", "Ann Pike"), ("So far, I cannot believe how civil it has been.", "Tom Hale")]),
    "a_name_ending_an_aside_as_an_object_before_said_is_not_the_speaker": (
        "Killings\n\nThe issue had come up Friday after Mr. Hale, asked about the deaths of journalists under Mr. Lutz, "
        "had said, “I think our country does plenty of killing also.”",
        [("I think our country does plenty of killing also.", "Hale")]),
    "a_place_owning_a_name_after_the_cue_is_not_the_speaker": (
        "Guns\n\nEditorial pages warned of danger. “Gun owners should leave their guns at home,” opined Cleveland’s "
        "Plain Dealer.",
        [("Gun owners should leave their guns at home,", "Plain Dealer")]),
    "a_group_word_after_a_capital_the_inside_a_sentence_is_a_title": (
        "Shirts\n\nTwo men went to a Clinton event.\n\nAccording to The Federalist, the men wore shirts that read "
        "“Settle for Hillary.”",
        [("Settle for Hillary.", "Federalist")]),
    "a_given_name_and_surname_the_parse_left_unplaced_are_a_person": (
        "Debate night\n\nJohn Kasich was steady. He is simply not likable, although he is still on track to be a TV "
        "pundit. And oh yes, Carly Fiorina: What, exactly, are her qualifications? She had a great line a while back "
        "when she said, “Unlike my rivals, I know that flying is an activity, not an accomplishment.”",
        [("Unlike my rivals, I know that flying is an activity, not an accomplishment.", "Carly Fiorina")]),
    "a_nickname_in_quote_marks_inside_a_name_is_no_quote_and_the_name_is_whole": (
        "Memoir\n\nRetired firefighter Frank “Smokey” Dunmore describes the blaze in his new book.\n\n“We lost the roof "
        "in minutes,” Dunmore said.\n\nDunmore was also angered by the city's response.\n\n“Nobody came back to "
        "check,” he said.",
        [("We lost the roof in minutes,", "Frank Dunmore"), ("Nobody came back to check,", "Frank Dunmore")]),
    "a_name_set_off_after_a_description_naming_another_is_the_one_speaking": (
        "Volunteers\n\nOne volunteer backing Mr. Okafor, Tarun Mehra of Greenfield Youth Club, said he had knocked on "
        "300 doors.\n\n“Talk to your neighbours first,” he tells new recruits.",
        [("Talk to your neighbours first,", "Tarun Mehra")]),
    "a_place_and_a_party_noun_after_an_article_describe_someone_and_are_no_name": (
        "Budget\n\nThe tax must go, said Rick Ames, an Orlando Democrat who runs a bakery.\n\nA Democrat said the plan "
        "“would never pass.”",
        [("would never pass.", None)]),
    "a_given_name_opening_a_sentence_stays_though_the_article_writes_the_word": (
        "Harvest\n\nFarmers hope to win better prices this year.\n\nWin Myat, who chairs the growers' union, said on "
        "Monday that \"the rice crop is the best in a decade.\"",
        [("the rice crop is the best in a decade.", "Win Myat")]),
    "a_number_written_as_a_word_inside_a_sentence_opens_a_group_name": (
        "Campaign\n\nIn Leeds, the housing charity One Roof launched an appeal on Friday. “Every pound helps,” said a "
        "spokesman for One Roof.",
        [("Every pound helps,", "One Roof")]),
    "a_place_of_two_words_keeps_both": (
        "Vote\n\nThe assembly passed the motion on Friday.\n\nThe United States called the vote \"a sham\" and "
        "said it would not recognise it.",
        [("a sham", "United States")]),
    "a_firm_named_by_one_word_takes_the_full_name_the_tagger_missed": (
        "Chipmaker Veltrix beats forecasts but warns on China\n\nVeltrix Semiconductor reported a 31% jump in "
        "quarterly revenue on Wednesday, beating Wall Street estimates, but its shares fell 6% in late trading.\n\n"
        "Veltrix said it would buy back $2 billion of its own shares. The buyback \"reflects our confidence in the "
        "long term,\" the company said in a statement.",
        [("reflects our confidence in the long term,", "Veltrix Semiconductor")]),
    "a_street_named_after_a_firm_is_no_fuller_name_of_it": (
        "Depot\n\nNorthgate will close its depot on Northgate Street in March, the company said. \"The site is too "
        "small,\" Northgate said in a statement.",
        [("The site is too small,", "Northgate")]),
    "a_second_surname_after_a_particle_name_is_part_of_it": (
        "Walking\n\nThe study followed 78,000 adults. “Every step counted,” said lead author Dr. Borja del Pino Sanz. "
        "“But the benefit levelled off.”",
        [("Every step counted,", "Borja del Pino Sanz"), ("But the benefit levelled off.", "Borja del Pino Sanz")]),
    "a_club_the_tagger_calls_a_person_is_the_club": (
        "Rovers sack manager after seventh straight defeat\n\nEastbrook Rovers have sacked manager Paul Whitley after "
        "a seventh straight league defeat.\n\nThe club said the decision had been “taken with great reluctance.” "
        "“Paul has given everything,” it said.",
        [("taken with great reluctance.", "Eastbrook Rovers"), ("Paul has given everything,", "Eastbrook Rovers")]),
    "a_surname_in_a_block_quote_takes_the_full_name_the_block_gives": (
        "Cover-up\n\nThe blog quoted an earlier report at length:\n\n\"Reporters pressed Press Secretary Mark "
        "Pellegrini about the shooters.\n\n“We will wait for the investigators,” Pellegrini said.\"\n\nThe blog "
        "called that evasive.",
        [("Reporters pressed Press Secretary Mark Pellegrini about the shooters.", None),
         ("We will wait for the investigators,", "Mark Pellegrini")]),
    "a_naval_rank_is_no_part_of_the_name": (
        "Sea clash\n\nThe navy released video of the collision.\n\nCommodore Lena Ortiz said the ship had been "
        "\"struck deliberately.\"",
        [("struck deliberately.", "Lena Ortiz")]),
    "a_firm_named_with_an_ampersand_keeps_both_halves": (
        "Bakery\n\nRents rose again this year.\n\nRise & Shine Bakery said its rent had \"doubled overnight.\"",
        [("doubled overnight.", "Rise & Shine Bakery")]),
    "a_name_ending_in_an_establishment_word_is_no_person": (
        "Rents\n\nRents rose again this year. Crumb and Crust Bakery closed its doors on Sunday.\n\n\"We could not "
        "make it work,\" the owner said.",
        [("We could not make it work,", None)]),
    "a_month_that_is_a_first_name_before_a_surname_and_a_participle_before_a_job_are_no_part_of_it": (
        "Bridge\n\nThe council approved the bridge on Monday.\n\nRetired nurse June Alder is more blunt: \"Nobody "
        "asked us.\"",
        [("Nobody asked us.", "June Alder")]),
    "a_movement_named_in_title_case_keeps_its_opening_adjective": (
        "Rally\n\nHundreds gathered outside city hall on Sunday. Black Lives Matter said the rally was \"a warning "
        "to the council.\"",
        [("a warning to the council.", "Black Lives Matter")]),
    "a_saints_name_in_the_possessive_is_the_institution_named_after_the_saint": (
        "Clinic\n\nThe hospital cut 40 beds on Monday, and nurses protested outside.\n\nIn a statement, "
        "St. Brigid's said the cuts were \"unavoidable.\"",
        [("unavoidable.", "St. Brigid's")]),
    "a_double_barrelled_surname_ending_in_an_organisation_word_is_a_person": (
        "Fair\n\nThe fair's organiser, Nina Castle-Park, counted the takings on Sunday.\n\n\"It was our best "
        "year,\" she said.",
        [("It was our best year,", "Nina Castle-Park")]),
    "a_family_name_two_people_share_means_the_one_in_focus": (
        "Budget row\n\nLee Jae-myung, the opposition leader, accused the government of \"incompetence\" on "
        "Monday after a meeting with Lee Hae-chan, a former prime minister.\n\n\"This cannot go on,\" Lee said.",
        [("incompetence", "Lee Jae-myung"), ("This cannot go on,", "Lee Jae-myung")]),
    "a_title_or_slogan_the_tagger_found_is_no_person_for_a_given_name_somewhere": (
        "Hacker jailed\n\n\"This is not a game,\" Assistant U.S. Attorney Maya D. Song wrote in the filing.\n\n"
        "Prosecutors said a stern sentence would deter others. The online group was branded \"in homage to\" Lazar, "
        "Song wrote.",
        [("This is not a game,", "Maya D. Song"), ("in homage to", "Maya D. Song")]),
    "an_organisation_the_tagger_cut_after_of_keeps_its_country": (
        "Talks\n\nThe talks ended without a deal on Friday. \"We remain open to dialogue,\" a spokesman for the "
        "Ministry of Foreign Affairs of Ukraine said on Friday.",
        [("We remain open to dialogue,", "Ministry of Foreign Affairs of Ukraine")]),
    "a_given_name_the_tagger_left_out_after_a_title_rejoins_the_name": (
        "Ruling\n\n\"The order is unconstitutional,\" Judge Enock Chacha Mwita said. The mayor's office said it "
        "was \"studying the ruling.\" Mayor Sadiq Khan later added: \"This is a mistake.\"",
        [("The order is unconstitutional,", "Enock Chacha Mwita"), ("studying the ruling.", "Sadiq Khan"),
         ("This is a mistake.", "Sadiq Khan")]),
    "a_state_body_keeps_the_country_written_before_it": (
        "Talks fail\n\nATHENS — Greece's Interior Ministry said on Monday that the count was over. \"The result "
        "is final,\" the ministry said.\n\nLater the Interior Ministry added: \"No recount will be held.\"",
        [("The result is final,", "Greece's Interior Ministry"), ("No recount will be held.", "Greece's Interior Ministry")]),
    "a_state_body_opening_with_a_nationality_is_the_one_meant_later": (
        "Border row\n\nThe Peruvian Foreign Ministry protested on Monday. Later the Foreign Ministry added: "
        "\"We expect an apology.\"",
        [("We expect an apology.", "Peruvian Foreign Ministry")]),
    "a_persons_possessive_before_a_state_body_is_not_its_country": (
        "Arms sale\n\nHalvorsen's Defence Ministry said on Monday the sale was legal. \"The contract stands,\" "
        "the Defence Ministry said.",
        [("The contract stands,", "Defence Ministry")]),
    "a_title_naming_a_body_is_part_of_its_name_but_not_before_a_surname": (
        "Appeal\n\nThe Justice Department said it would appeal. \"We disagree,\" the department said.\n\n"
        "Mayor Park said the ruling was fair. \"It is a good day,\" Park said.",
        [("We disagree,", "Justice Department"), ("It is a good day,", "Park")]),
    "a_nationality_and_a_state_body_in_lower_case_name_that_body": (
        "Border row\n\nChile's Interior Ministry said the border would close. \"It is temporary,\" the ministry "
        "said.\n\nThe Bolivian foreign ministry protested. \"This hurts trade,\" it said.\n\n"
        "The Bolivian army chief, Rafael Quiroga, visited the border. \"We are calm,\" he said.",
        [("It is temporary,", "Chile's Interior Ministry"), ("This hurts trade,", "Bolivian foreign ministry"),
         ("We are calm,", "Rafael Quiroga")]),
    "two_countries_bodies_stay_apart_and_a_bare_name_is_the_last_named": (
        "Strike\n\nChile's Health Ministry said 12 clinics had closed. \"Patients must be patient,\" the Health "
        "Ministry said.\n\nArgentina's Health Ministry disagreed. \"Our clinics are open,\" Argentina's Health "
        "Ministry said. \"Nothing has changed,\" the Health Ministry said.",
        [("Patients must be patient,", "Chile's Health Ministry"), ("Our clinics are open,", "Argentina's Health Ministry"),
         ("Nothing has changed,", "Argentina's Health Ministry")]),
    "an_office_after_title_and_of_is_no_part_of_the_name": (
        "Benghazi\n\nThe response was “far too slow,” said former Secretary of Defense Leon Panetta.",
        [("far too slow,", "Leon Panetta")]),
    "a_surname_without_its_arabic_article_is_the_full_name": (
        "Talks in Cairo\n\nForeign Minister Hosni al-Tayeb said the talks had been “useful.” Later, Tayeb "
        "added: “We will meet again next month.”",
        [("useful.", "Hosni al-Tayeb"), ("We will meet again next month.", "Hosni al-Tayeb")]),
    "a_name_does_not_end_in_of_before_a_home_town": (
        "Pride parade\n\nIn downtown San Francisco, a group marched in silence holding pictures of the victims. "
        "Juan “Chico” Manriquez of Oakland carried one of the photos. “I pretty much cried the whole parade,” he said.",
        [("I pretty much cried the whole parade,", "Juan Manriquez")]),
    "british_police_and_council_ranks_are_no_part_of_the_name": (
        "Fraud case\n\nA former accountant was jailed on Friday.\n\nDet Sgt Paul Ward, of North Yorkshire Police, "
        "said: “This was a cynical, sustained fraud.”\n\nCllr Amina Patel said the charity had been “betrayed.”",
        [("This was a cynical, sustained fraud.", "Paul Ward"), ("betrayed.", "Amina Patel")]),
    "a_worldwide_given_name_after_a_lower_case_role_is_a_person": (
        "United held\n\n“We deserved more,” United manager Erik ten Hag said.\n\nLiverpool boss Arne Slot was "
        "happier. “The players showed character,” the Dutchman said.",
        [("We deserved more,", "Erik ten Hag"), ("The players showed character,", "Arne Slot")]),
    "an_initial_before_a_given_name_is_part_of_the_name": (
        "Convention\n\nThe rules committee finished its report.\n\nM. Dane Waters, whose group leads the effort, "
        "predicted that delegates would “take this fight to the floor.” Later, Waters said “nothing is settled.”",
        [("take this fight to the floor.", "M. Dane Waters"), ("nothing is settled.", "M. Dane Waters")]),
    "a_surname_with_an_apostrophe_alone_is_the_person_named_in_full": (
        "Campaign trail\n\n“It may not be the best use of your time,” said Brett O’Donnell, a strategist for the "
        "Bachmann campaign. “Was that the best use of our time? I don’t think it was,” O’Donnell said.",
        [("It may not be the best use of your time,", "Brett O’Donnell"),
         ("Was that the best use of our time? I don’t think it was,", "Brett O’Donnell")]),
    "a_plural_role_opening_a_sentence_is_no_name": (
        "Emails\n\nThe FBI closed its review of Senator Ann Pike’s emails on Friday.\n\nAttorneys for Pike called "
        "the decision “a relief.” Aides said she would “fight on.”",
        [("fight on.", None)]),
    "a_plural_role_word_that_is_someones_surname_is_that_person": (
        "Win in Denver\n\nQuarterback Kirk Cousins threw three touchdowns on Sunday.\n\nCousins said the line was "
        "“superb all night.”",
        [("superb all night.", "Kirk Cousins")]),
    "a_count_of_people_is_no_name": (
        "Protest\n\nHundreds of demonstrators marched through the city on Monday, chanting “No more cuts.”\n\n"
        "Dozens of nurses joined them, shouting “Shame.”",
        [("No more cuts.", None), ("Shame.", None)]),
    "an_amount_the_tagger_ran_into_a_company_is_no_part_of_it": (
        "Tech giant fined\n\nThe European Commission fined Apple 1.8 billion euros on Monday.\n\nApple said it would "
        "appeal. “There is no evidence of harm,” the company said in a statement.",
        [("There is no evidence of harm,", "Apple")]),
    "a_council_title_is_no_part_of_the_name": (
        "Budget cuts\n\nCouncilmember Eunisses Hernandez called the cuts “devastating.” “Our libraries will close on "
        "weekends,” she said.",
        [("devastating.", "Eunisses Hernandez"), ("Our libraries will close on weekends,", "Eunisses Hernandez")]),
    "a_church_title_before_an_untagged_name": (
        "Peace talks\n\nPope Leo spoke on Sunday.\n\nCardinal Pietro Parolin, the Vatican's top diplomat, said the Holy See "
        "was ready to mediate. "
        "“We are available, as always,” he told reporters.",
        [("We are available, as always,", "Pietro Parolin")]),
    "a_surname_that_is_also_a_title": (
        "Envoy visit\n\nForeign Minister Julie Bishop met the envoy on Monday. “It was useful,” Bishop said.\n\n"
        "Talk show host Larry King joined later. “I asked the hard questions,” Mr. King said.",
        [("It was useful,", "Julie Bishop"), ("I asked the hard questions,", "Larry King")]),
    "a_name_with_a_particle_and_an_accent_is_a_person": (
        "Heatwave\n\nTemperatures reached 47C in Seville on Sunday, the weather agency AEMET said. Its spokesman, "
        "Rubén del Campo, warned that the heat would last all week.\n\n“We are seeing records broken every summer,” "
        "Del Campo said.",
        [("We are seeing records broken every summer,", "Rubén del Campo")]),
    "a_family_name_first_with_a_title_is_the_full_name": (
        "China steel\n\nThe finance minister, Lou Jiwei, said foreign officials were unfair.\n\n“At that time, the "
        "whole world applauded,” Mr. Lou told a news briefing.",
        [("At that time, the whole world applauded,", "Lou Jiwei")]),
    "a_newspapers_last_word_is_the_one_outlet_it_ends": (
        "Mayor under fire\n\nThe mayor met developers in secret, according to The Lakeside Times. “The meetings "
        "were never logged,” the Times reported.\n\nThe White House said nothing. “We do not comment on local "
        "matters,” the House said.",
        [("The meetings were never logged,", "Lakeside Times"), ("We do not comment on local matters,", "House")]),
    "a_name_after_an_outlets_possessive_is_a_person": (
        "Pundits react\n\nIn an interview with Fox News’ Sean Hannity on Monday, the senator defended the plan. "
        "“They said the wall is negotiable,” Hannity said.\n\nAn essay by National Review’s Ian Tuttle called the "
        "deal a betrayal. “There are cartels with more honour,” Tuttle wrote.",
        [("They said the wall is negotiable,", "Sean Hannity"), ("There are cartels with more honour,", "Ian Tuttle")]),
    "a_month_that_is_a_first_name_opens_the_name": (
        "Party unity\n\nApril Mellody, a spokeswoman for the party, said the convention would be calm. “We are one "
        "party,” Mellody said.",
        [("We are one party,", "April Mellody")]),
    "a_person_described_by_a_job_at_a_place_is_a_person": (
        "Trade policy\n\nOthers say a change is overdue. Eswar Prasad, a professor of trade policy at Cornell, "
        "disagreed. “She has a lot of credibility,” he said.",
        [("She has a lot of credibility,", "Eswar Prasad")]),
    "a_full_name_only_a_quote_gives_is_the_surnames": (
        "Senate race\n\nMurphy held a conference call on Tuesday. “Patrick Murphy owes Floridians an explanation,” "
        "the Rubio campaign said.\n\n“Who is the real con man here?” said Murphy.",
        [("Patrick Murphy owes Floridians an explanation,", "Rubio campaign"),
         ("Who is the real con man here?", "Patrick Murphy")]),
    "a_possessive_that_is_part_of_a_name_stays": (
        "Rating cut\n\nMoody’s cut France’s credit rating on Friday. “The outlook is negative,” Moody’s said. "
        "“Debt is too high,” it added.",
        [("The outlook is negative,", "Moody's"), ("Debt is too high,", "Moody's")]),
    "a_trade_word_before_a_company_is_no_part_of_its_name_nor_is_the_headline": (
        "Recall\n\nCarmaker Stellantis is recalling 300,000 vehicles over faulty airbags.\n\n“Safety is our top "
        "priority,” it said in a statement.",
        [("Safety is our top priority,", "Stellantis")]),
    "a_nickname_as_the_person_is_known_is_that_person": (
        "New cabinet in Jakarta\n\nOutgoing president Joko Widodo attended the ceremony on Sunday. Jokowi, as he "
        "is known, wished his successor luck.\n\n“He has my full support,” Jokowi said.",
        [("He has my full support,", "Joko Widodo")]),
    "a_name_known_as_a_nickname_is_the_person": (
        "Boxing title\n\nThe champion, Samuel Okonkwo, better known as Sammy, defended his belt on Saturday. His "
        "opponent Luis Ortega was stopped in the fifth round.\n\n“I told you I would win,” Sammy said.",
        [("I told you I would win,", "Samuel Okonkwo")]),
    "letters_of_honours_and_offices_are_not_part_of_the_name": (
        "Nurse trial\n\nProsecutor Nick Johnson KC told the jury the evidence was overwhelming. “The pattern is "
        "clear,” he said.\n\nThe Labour MP for the area, Anna Pryce MP, said families wanted answers. “They have "
        "waited long enough,” Ms Pryce said.",
        [("The pattern is clear,", "Nick Johnson"), ("They have waited long enough,", "Anna Pryce")]),
    "a_long_hyphenated_name_is_still_a_person": (
        "Talks in Cairo\n\nEgypt's foreign minister, Badr Abdelatty, met Hamas officials on Sunday. Mohamed "
        "Abdel-Rahman al-Masry, a senior aide, called the talks useful.\n\n“We are close to a deal,” Abdelatty said. "
        "Al-Masry was more cautious. “Nothing is agreed until everything is agreed,” he said.",
        [("We are close to a deal,", "Badr Abdelatty"),
         ("Nothing is agreed until everything is agreed,", "Mohamed Abdel-Rahman al-Masry")]),
    "a_first_surname_alone_is_its_person_even_tagged_an_organisation": (
        "Reform in Mexico City\n\nPresident Claudia Sheinbaum Pardo defended the reform on Monday. Senator Lilly "
        "Téllez García called it an attack on the courts.\n\n“The people voted for this,” Sheinbaum said. Téllez "
        "disagreed. “This is the end of judicial independence,” she said.",
        [("The people voted for this,", "Claudia Sheinbaum Pardo"),
         ("This is the end of judicial independence,", "Lilly Téllez García")]),
    "an_honorific_is_not_part_of_the_name": (
        "Airport opens\n\nMaharashtra Chief Minister Eknath Shinde thanked the Centre on Sunday. “The people of "
        "Maharashtra are grateful,” Shri Shinde said.",
        [("The people of Maharashtra are grateful,", "Eknath Shinde")]),
    "a_hyphenated_name_after_an_office_the_tagger_missed_is_a_person": (
        "Rail line\n\nLagos State Governor Babajide Sanwo-Olu on Monday opened the second phase of the Red Line.\n\n"
        "“Lagosians deserve world-class transport,” Sanwo-Olu said at the ceremony.\n\nChief Olusegun Adeyemi, a "
        "community leader in Ikeja, welcomed the project. “This will change our lives,” the elder said.",
        [("Lagosians deserve world-class transport,", "Babajide Sanwo-Olu"),
         ("This will change our lives,", "Olusegun Adeyemi")]),
    "a_title_and_given_name_is_the_titled_person_named_in_full": (
        "Gulf talks\n\nQatar's Prime Minister Sheikh Mohammed bin Abdulrahman Al Thani hosted Gulf foreign ministers "
        "on Tuesday. “Dialogue is the only path,” Sheikh Mohammed told reporters.\n\nSaudi Foreign Minister Prince "
        "Faisal bin Farhan said the kingdom supported the talks. “We want stability for all,” Prince Faisal said.",
        [("Dialogue is the only path,", "Mohammed bin Abdulrahman Al Thani"),
         ("We want stability for all,", "Faisal bin Farhan")]),
    "a_dateline_is_never_the_speaker_and_a_name_cut_at_a_particle_is_whole": (
        "EU summit\n\nBRUSSELS (AFP) - European Commission President Ursula von der Leyen called on Thursday for "
        "“a common European answer” to migration.",
        [("a common European answer", "Ursula von der Leyen")]),
    "particles_inside_a_surname_stay_in_the_name": (
        "Port strike\n\nROTTERDAM, Netherlands - Port director Pieter van den Berg warned on Monday of “weeks of "
        "disruption” at the docks.",
        [("weeks of disruption", "Pieter van den Berg")]),
    "an_organisation_a_job_or_group_owns_keeps_its_possessive": (
        "Data breach\n\nA cloud firm was fined on Monday.\n\n“This was entirely preventable,” the Information "
        "Commissioner's Office said. “Every penny goes to the new ward,” the Children's Hospital Charity said.",
        [("This was entirely preventable,", "Information Commissioner's Office"),
         ("Every penny goes to the new ward,", "Children's Hospital Charity")]),
    "a_person_known_by_one_name_after_a_job_title": (
        "Concert\n\nSinger Adele performs in Munich.\n\n“Munich, you were incredible,” the singer told fans.",
        [("Munich, you were incredible,", "Adele")]),
    "a_first_name_and_surname_the_tagger_missed_is_a_person": (
        "Election\n\nSara Lind beat incumbent mayor Omar Daher by 300 votes. Daher conceded late on Sunday.\n\n"
        "“The voters wanted change,” he said. Lind, 38, promised to unite the city. "
        "“I will be mayor for everyone,” she said.",
        [("The voters wanted change,", "Omar Daher"), ("I will be mayor for everyone,", "Sara Lind")]),
    "a_job_written_as_a_title_is_not_part_of_the_name": (
        "Food bank\n\nOrganizer Tomas Fuentes opened the doors at dawn.\n\n"
        "“We fed four hundred families,” Chairperson Alma Reyes said.",
        [("We fed four hundred families,", "Alma Reyes")]),
    "a_first_name_ending_like_a_job_stays_in_the_name": (
        "Vote count\n\nWalter Mark Dunne, a retired judge, watched the count.\n\n"
        "“It was fair,” Walter Mark Dunne said.",
        [("It was fair,", "Walter Mark Dunne")]),
    "a_couple_shares_the_surname_written_once": (
        "Couple wins lottery\n\nPeter and Alice Brennan of Cork won the jackpot on Friday.\n\n"
        "“We will pay off the house,” Mrs Brennan said. Her husband was calmer. “Nothing changes,” he said.",
        [("We will pay off the house,", "Alice Brennan"), ("Nothing changes,", "Peter Brennan")]),
    "title_after_a_credit_dash": (
        "Convention notebook\n\nThe hall was full.\n\n"
        "\"She is ready. She never quits.\"\n\n-President Obama, tweeting after the speech.",
        [("She is ready. She never quits.", "Obama")]),
    "occupation_written_as_a_title": (
        "Farmer Ben Oduya has lost half his herd.\n\n"
        "“The rains never came,” says Oduya, 52.",
        [("The rains never came,", "Ben Oduya")]),
    "surname_that_is_also_an_organisation_word": (
        "The police chief, Robert Hale, and the mayor, Linda Park, spoke at the briefing.\n\n"
        "“The city is safe,” Park added.",
        [("The city is safe,", "Linda Park")]),
    "occupational_title_is_not_part_of_the_name": (
        "Nurse Maria Santos, 29, has worked double shifts for a month.\n\n"
        "“I am exhausted,” Santos said.",
        [("I am exhausted,", "Maria Santos")]),
    "a_typo_in_the_surname_is_the_same_person": (
        "Councillor Martin Kowalski opposed the new depot.\n\n"
        "“The trucks will wreck the road,” Kowalsky said.",
        [("The trucks will wreck the road,", "Martin Kowalski")]),
    "a_letter_apart_is_another_person_when_the_first_names_differ": (
        "John Marlow and Joan Marlowe both ran for the school board.\n\n"
        "“I will fix the buses,” Joan Marlow said.",
        [("I will fix the buses,", "Joan Marlow")]),
    "two_word_surname": (
        "Karim Abu Nasser has fished off Gaza for decades.\n\n"
        "“The sea is closed to us,” Abu Nasser said.",
        [("The sea is closed to us,", "Karim Abu Nasser")]),
    "name_after_an_abbreviated_rank": (
        "The navy defended the exercise on Monday.\n\n"
        "“No ship left international waters,” said Navy spokesman Navy Capt. Rhys Talbot.",
        [("No ship left international waters,", "Rhys Talbot")]),
    "acronym_in_brackets_is_not_part_of_the_name": (
        "World Health Organization (WHO) officials warned of a new wave.\n\n"
        "“Cases are rising in 30 countries,” the WHO said.",
        [("Cases are rising in 30 countries,", "World Health Organization")]),
    "hyphenated_particle_keeps_the_surname": (
        "Ahmed al-Sharif, the mayor of the town, inspected the damage.\n\n"
        "“We need help now,” al-Sharif said.",
        [("We need help now,", "Ahmed al-Sharif")]),
    "known_by_a_middle_name": (
        "Brazil's President Luiz Inácio Lula da Silva spoke at the summit.\n\n"
        "“The Amazon is not for sale,” Lula said.",
        [("The Amazon is not for sale,", "Luiz Inácio Lula da Silva")]),
    "organisation_cut_short": (
        "Northgate Logistics cut 200 jobs on Friday.\n\n"
        "“The market has changed,” Northgate said in a statement.",
        [("The market has changed,", "Northgate Logistics")]),
    "junior_and_senior_stay_apart": (
        "Harold Vance Jr. took over the firm from his father, Harold Vance Sr., last year.\n\n"
        "“My father built this,” Vance Jr. said.\n\n"
        "“He is ready,” Vance Sr. said.",
        [("My father built this,", "Harold Vance Jr."), ("He is ready,", "Harold Vance Sr.")]),
    "an_organisation_the_tagger_calls_a_person_by_its_first_word": (
        "Zentrix Corp will cut 1,200 jobs, the company said on Monday. "
        "In a statement, Zentrix said it would “focus on core products.”",
        [("focus on core products.", "Zentrix Corp")]),
    "a_quoted_nickname_is_not_part_of_the_name": (
        "Gym opens\n\nThe gym opened on Main Street on Saturday.\n\n"
        "Robert “Bobby” Walsh runs it with his sister. “Come and train,” Walsh said.",
        [("Come and train,", "Robert Walsh")]),
    "an_organisation_a_title_and_a_person_as_one_phrase_is_the_person": (
        "Port strike\n\nThe strike entered its third day.\n\n"
        "The Council on Harbour Labour Relations National Executive Director Rosa Klein says in a statement "
        "that the offer is “a betrayal of every docker.”",
        [("a betrayal of every docker.", "Rosa Klein")]),
    "a_sports_job_written_as_a_title_is_not_part_of_the_name": (
        "Rovers stun leaders\n\nRovers beat league leaders City 2-1 on Saturday.\n\n"
        "Striker Kemi Ade scored twice. “I just hit it and hoped,” the 22-year-old said of her winner.",
        [("I just hit it and hoped,", "Kemi Ade")]),
    "a_royal_title_before_one_given_name_is_part_of_the_name": (
        "Hospital visit\n\nPrincess Amalia opened the new children's ward on Friday.\n\n"
        "“The nurses here are heroes,” the princess said.",
        [("The nurses here are heroes,", "Princess Amalia")]),
    "an_object_first_name_and_surname_the_tagger_missed_is_a_person": (
        "Serena Cole beat Anna Varga 6-3, 6-2 in the final. Varga was gracious in defeat.\n\n"
        "“She was just better today,” Varga said. “I will come back stronger,” she added.",
        [("She was just better today,", "Anna Varga"), ("I will come back stronger,", "Anna Varga")]),
    "a_match_score_is_not_part_of_the_name": (
        "Open final\n\nIga Swiatek beat Aryna Sabalenka 6-4 6-2 in the final on Saturday.\n\n"
        "“I played my best tennis today,” said Swiatek.\n\n"
        "Sabalenka was gracious in defeat. “She was simply better,” she said.",
        [("I played my best tennis today,", "Iga Swiatek"), ("She was simply better,", "Aryna Sabalenka")]),
    "first_name_the_tagger_calls_a_place": (
        "Marta Ruiz lost to Elena Petrova in three sets on Sunday.\n\n"
        "“I was not good enough today,” said Ruiz.",
        [("I was not good enough today,", "Marta Ruiz")]),
    "suffix_keeps_the_surname": (
        "Adm. Harold P. Vance Jr. took command of the fleet in May. "
        "“We will keep sailing where the law allows,” Admiral Vance said.",
        [("We will keep sailing where the law allows,", "Harold P. Vance Jr.")]),
    "family_name_first": (
        "Li Wenliang, a doctor at the city hospital, warned colleagues in December.\n\n"
        "“Nobody listened at first,” Li said.",
        [("Nobody listened at first,", "Li Wenliang")]),
    "first_name_of_one_full_name": (
        "Greg Harlow and his neighbours rebuilt the fence.\n\n"
        "“It took us all summer,” Greg said.",
        [("It took us all summer,", "Greg Harlow")]),
    "surname_means_who_was_introduced": (
        "Senator Chris Dalton opened the hearing on school safety.\n\n"
        "“We owe the families answers,” Dalton said.\n\n"
        "Ruth Dalton, a teacher who survived the attack, testified later.",
        [("We owe the families answers,", "Chris Dalton")]),
    "bare_surname_keeps_its_first_owner": (
        "Governor Ray Talbot signed the bill on Monday.\n\n"
        "“This is a good day,” Talbot said.\n\n"
        "His wife, Maren Talbot, watched from the gallery.\n\n"
        "“We are not done yet,” Talbot said.",
        [("This is a good day,", "Ray Talbot"), ("We are not done yet,", "Ray Talbot")]),
    "shared_surname_means_who_is_introduced_by_then": (
        "Live updates\n\n"
        "Mara Quint criticised the budget on Tuesday.\n\n"
        "“It cuts the wrong things,” Quint said.\n\n"
        "Later, her father Edwin Quint, a former mayor, defended it.",
        [("It cuts the wrong things,", "Mara Quint")]),
    "sentence_opening_preposition_is_not_a_first_name": (
        "Outside Haskell’s bakery, the queue stretched around the block on Saturday.\n\n"
        "“We sell out by nine,” Haskell said.",
        [("We sell out by nine,", "Haskell")]),
    "surname_the_tagger_calls_an_adjective": (
        "Donald Trump held rallies in three states.\n\n"
        "Trump, in Kentucky, said Tuesday that Marco Rubio was “a total lightweight” while Ted Cruz is "
        "“a basket case.”",
        [("a total lightweight", "Donald Trump"), ("a basket case.", "Donald Trump")]),
    "names_run_together_across_a_spaced_dash": (
        "Talk radio host Dana Whitlock - Marsh's co-host since 2013 - runs the show.\n\n"
        "“We never planned any of this,” Whitlock says.",
        [("We never planned any of this,", "Dana Whitlock")]),
    "hyphenated_surname_stays_whole": (
        "Jennifer Shanklin-Hawkins has worked at the plant for 18 years.\n\n"
        "“We were stunned,” Shanklin-Hawkins said.",
        [("We were stunned,", "Jennifer Shanklin-Hawkins")]),
    "surname_particle": (
        "Ahmed al Ashry teaches at the college in Nice.\n\n“We lost three students,” al Ashry said.",
        [("We lost three students,", "Ahmed al Ashry")]),
    "surname_particle_de": (
        "Mayor Bill de Blasio visited the site on Monday.\n\n“The city will rebuild,” de Blasio said.",
        [("The city will rebuild,", "Bill de Blasio")]),
    "courtesy_title_picks_the_gender": (
        "Bill Corran and Hillary Corran both spoke at the gala.\n\n"
        "“The school needs a new roof,” Mrs. Corran said.",
        [("The school needs a new roof,", "Hillary Corran")]),
    "given_names_the_tagger_left_out_open_the_name_accents_and_all": (
        "Festival prize\n\nMaría Fernanda Quiroga wrote the script in a month. “I wrote it at night,” Quiroga said.",
        [("I wrote it at night,", "María Fernanda Quiroga")]),
    "a_qualifier_and_a_title_before_a_full_name_are_the_job": (
        "Warehouse fire\n\nThe cause is not yet known. Fire Marshal Gail Porter said the inquiry would take days. "
        "“We will be thorough,” Porter said.",
        [("We will be thorough,", "Gail Porter")]),
    "a_group_of_people_owning_the_organisation_word_is_part_of_the_name": (
        "Rent strike\n\nThe Riverside Tenants' Association posted on its website: “No repairs, no rent.”",
        [("No repairs, no rent.", "Riverside Tenants' Association")]),
    "a_word_for_a_person_written_like_a_title_is_no_part_of_the_name": (
        "Clinic queues\n\nThe clinic opened at eight. Patient Harold Vance, 77, had waited since six. “It is the "
        "only way to be seen,” Vance said.",
        [("It is the only way to be seen,", "Harold Vance")]),
    "a_run_of_capitalised_words_around_a_capitalised_preposition_names_a_group": (
        "Clinic attack\n\nThe clinic was shelled overnight. Surgeons Without Frontiers said two of its nurses were "
        "“badly hurt.”",
        [("badly hurt.", "Surgeons Without Frontiers")]),
    "a_teams_plural_name_is_the_fuller_name_the_story_writes_once": (
        "Arena deal\n\nThe council voted 7-4 to build a $450 million stadium for the Millbrook Foxes on Tuesday."
        "\n\nThe Foxes said in a statement that the club was “thrilled to be staying.”",
        [("thrilled to be staying.", "Millbrook Foxes")]),
    "an_organisation_ends_before_the_title_of_the_person_named_next": (
        "House fire\n\nCrews arrived at 2:30 a.m., according to Millvale Fire Department Battalion Chief Ray Trent. "
        "“It was hard work,” Trent said.\n\nThe department said in a post that two firefighters were “doing well.”",
        [("It was hard work,", "Ray Trent"), ("doing well.", "Millvale Fire Department")]),
    "a_surname_with_an_apostrophe_after_a_titled_given_name_ends_the_name": (
        "Budget\n\nFinance Minister Njoroge Ndung'u told lawmakers the bill had been amended. “We have listened,” "
        "he said.",
        [("We have listened,", "Njoroge Ndung'u")]),
}


PRONOUNS = {
    "he_is_not_the_person_named_inside_his_own_long_quote": (
        "Ambassador praises leader\n\nPresident Daniel Okafor met Peter Marsh, Britain's ambassador, in Abuja on "
        "Monday.\n\n“President Okafor seems to me to be somebody who listens to every side of an argument,” he said.",
        [("President Okafor seems to me to be somebody who listens to every side of an argument,", "Peter Marsh")]),
    "she_is_not_the_woman_named_by_title_inside_her_long_quote": (
        "Row over emails\n\nSenator Diane Foster questioned Hillary Clinton's aides on Tuesday. Clinton was not "
        "there.\n\n“It has never made sense to me that Secretary Clinton kept a private server in her home,” she said.",
        [("It has never made sense to me that Secretary Clinton kept a private server in her home,", "Diane Foster")]),
    "a_job_word_ending_in_man_does_not_make_a_woman_named_by_a_common_given_name_a_he": (
        "Rally\n\nDana Hamilton, a supporter, spoke to the group.\n\nCampaign spokesman Hope Hicks confirmed that the "
        "group was created independently. \"They are not affiliated with the campaign,\" she said.",
        [("They are not affiliated with the campaign,", "Hope Hicks")]),
    "a_job_word_ending_in_man_still_tells_the_sex_of_a_family_name_written_first": (
        "Hacking\n\nAnalyst Ann Shook said she saw no evidence.\n\nForeign Ministry spokesman Lu Kang said China "
        "opposed hacking. \"This is extremely irresponsible,\" he told reporters.",
        [("This is extremely irresponsible,", "Lu Kang")]),
    "they_is_no_one_word_event_the_people_came_to": (
        "March\n\nThousands marched on Sunday.\n\nTom Gomez said seeing so many police officers at Pride was a "
        "welcome sight. He and his partner came to the events because they wanted to show that “nobody can scare us "
        "back into hiding.”",
        [("nobody can scare us back into hiding.", None)]),
    "they_is_an_organisation_named_in_the_plural": (
        "Final\n\nThousands of fans cheered the Harbor Tigers on Sunday. The match drew a record crowd.\n\nThe "
        "stadium was full an hour before kickoff.\n\n“We gave everything,” they said in a statement.",
        [("We gave everything,", "Harbor Tigers")]),
    "they_is_no_news_agency_whose_name_ends_in_s": (
        "Markets\n\nShares rose on Monday after Reuters reported the deal.\n\nThe talks had lasted a week.\n\nThe "
        "market closed higher.\n\n“We expected more,” they said.",
        [("We expected more,", None)]),
    "they_is_an_organisation_the_sentence_is_about": (
        "Library\n\nDunmore Council voted on Monday to close the town library. “It is a sad day for the town,” they "
        "said in a statement.",
        [("It is a sad day for the town,", "Dunmore Council")]),
    "a_name_before_campaign_is_no_subject_for_the_next_he": (
        "Probe\n\nSen. Mark Pike and Tom Hale are both running in Iowa.\n\nHale, a retired surgeon, spoke to a "
        "morning show on Friday, saying he did not think “this is a hard case.”\n\nThe Pike campaign on Monday night "
        "picked up a tweet from a reporter that seemed to say Hale was dropping out.\n\n“Is this what we accept now? "
        "Or do we have higher standards than that?” he told the show.",
        [("this is a hard case.", "Tom Hale"),
         ("Is this what we accept now? Or do we have higher standards than that?", "Tom Hale")]),
    "whom_a_participle_clause_is_about_has_not_spoken": (
        "Party\n\nMany officials expect the campaign to build up the party, as it did under President Tom Hale in "
        "the 1990s. Mark Podell repeated that approach in his interview last week, saying Hale was committed to a "
        "50-state plan.\n\n“We have a commitment to running in all 50 states,” he said.",
        [("We have a commitment to running in all 50 states,", "Mark Podell")]),
    "a_they_in_a_clause_on_a_group_of_people_is_that_group": (
        "Protests\n\nThe Workers Party will march on Monday. A week later, as Democrats pour into the city, so will an "
        "army of Ann Pike supporters planning protests against what they call the “fraudulent” nomination of Tom Hale.",
        [("fraudulent", None)]),
    "a_person_named_after_courtesy_of_in_a_story_sentence_is_no_photo_credit": (
        "Convention\n\nThe senator made an appearance of sorts, courtesy of Wes Reed, a delegate from Ohio who dressed "
        "up in a prison outfit.\n\n“I thought it would be funny,” he said.",
        [("I thought it would be funny,", "Wes Reed")]),
    "a_name_after_a_preposition_before_an_ing_verb_is_not_speaking": (
        "Delegates\n\nGordon Pike, for example, said he is hopeful that the effort results in Tom Hale claiming the "
        "nomination.\n\n“The first thing is to stop him on the first ballot,” he said.",
        [("The first thing is to stop him on the first ballot,", "Gordon Pike")]),
    "an_untagged_name_after_an_opening_phrase_is_the_subject_of_its_sentence": (
        "Farewell\n\nIn a video posted on Friday, Ana Ruiz thanked her staff.\n\n“We did it together,” she said.",
        [("We did it together,", "Ana Ruiz")]),
    "he_is_not_someone_said_to_continue_doing_something": (
        "Rally\n\nDale Price, the party's county chairman, said Tom Ruiz continued to hurt his own cause. “It has not "
        "helped him,” he said.",
        [("It has not helped him,", "Dale Price")]),
    "a_name_in_the_clause_a_speech_verb_reports_is_not_in_focus": (
        "Mosque\n\nImam Adel Nefzi said the community was horrified. He said Omar Mateen \"has not done this "
        "because he is a Muslim.\"\n\n\"We don't teach anything\" against it, he said. Asked what he personally "
        "believed, he said, \"It's wrong, but we have no right to judge people.\"",
        [("has not done this because he is a Muslim.", "Adel Nefzi"), ("We don't teach anything", "Adel Nefzi"),
         ("It's wrong, but we have no right to judge people.", "Adel Nefzi")]),
    "the_subject_of_a_because_clause_is_not_in_focus": (
        "Council\n\n“The numbers are fake,” said Councillor Ann Okafor.\n\nShe said she signed the deal only because "
        "Mayor Paula Lind agreed to pay. “It is a fair deal,” she said.",
        [("The numbers are fake,", "Ann Okafor"), ("It is a fair deal,", "Ann Okafor")]),
    "the_subject_of_an_until_clause_is_not_in_focus": (
        "Budget\n\n“The numbers are fake,” Senator Paul Drake said.\n\nHe said the Senate would not act until Governor "
        "Tim Reyes “admits there is a hole.”\n\nHe called it “a reckless budget.”",
        [("The numbers are fake,", "Paul Drake"), ("admits there is a hole.", "Paul Drake"),
         ("a reckless budget.", "Paul Drake")]),
    "she_in_a_lede_is_the_person_the_next_paragraph_names_with_no_quote_of_its_own": (
        "Podcast row\n\nA former health minister has been criticised after she said on a podcast that nurses were "
        "\"overpaid.\"\n\nDame Alice Wren, who left office in 2019, made the remark on Sunday.",
        [("overpaid.", "Alice Wren")]),
    "she_in_a_lede_after_byline_lines_is_the_titled_person_named_next": (
        "Podcast row\n\nShare this article\n\nBy Tom Reed, Staff Writer\n\nA former health minister has been "
        "criticised after she said on a podcast that nurses were \"overpaid.\"\n\nDame Alice Wren, who left office in "
        "2019, told the host: \"They knew what the job paid.\"",
        [("overpaid.", "Alice Wren"), ("They knew what the job paid.", "Alice Wren")]),
    "she_is_not_the_title_of_her_book": (
        "Author\n\nLena Ortiz lives in Leeds. Her memoir, Rosa Blue, came out in May.\n\n\"I wrote it at night,\" "
        "she says.",
        [("I wrote it at night,", "Lena Ortiz")]),
    "she_is_not_the_title_of_her_book_in_a_parsed_paragraph": (
        "Chef\n\nNadine Kaya opened her first cafe in 2015. Her book, Lily Grant, has sold 90,000 copies. \"I "
        "never expected it,\" she said.",
        [("I never expected it,", "Nadine Kaya")]),
    "a_quote_after_a_sentence_of_reported_speech_goes_on_with_its_speaker": (
        "Childcare\n\nDana Ruiz runs a daycare in Leeds.\n\n\"Costs have doubled,\" said Tom Hale, a father of three."
        "\n\nThe waiting list at the daycare is long. She says parents are exhausted. \"They work two jobs and still "
        "fall behind.\"",
        [("Costs have doubled,", "Tom Hale"), ("They work two jobs and still fall behind.", "Dana Ruiz")]),
    "she_after_asked_whether_x_is_not_x": (
        "Budget\n\nGov. Maura Walsh has not said whether she will sign the bill. Her spokeswoman, Dana Ruiz, spoke "
        "to reporters on Friday.\n\nAsked whether Walsh supported it, she said: \"The governor will decide next "
        "week.\"",
        [("The governor will decide next week.", "Dana Ruiz")]),
    "a_surname_alone_that_is_also_a_mans_first_name_can_be_she": (
        "Debate\n\nWhen asked whether she would release the transcripts, Warren laughed. \"I'll look into it,\" "
        "she said.",
        [("I'll look into it,", "Warren")]),
    "a_surname_alone_that_just_spoke_is_a_person_for_he": (
        "Summit\n\n\"We have had problems in the past,\" Kessler said after meeting with Russian President "
        "Vladimir Putin.\n\n\"Our goal is calm,\" he said.",
        [("We have had problems in the past,", "Kessler"), ("Our goal is calm,", "Kessler")]),
    "a_man_titled_mr_is_never_she": (
        "Budget\n\nCouncillor Ana Ruiz spoke on Monday. The plan was a mistake, she said, and Mr. Tran knew it. "
        "Mr. Tran said she \"has her facts wrong,\" and she replied that he \"never asked us.\"",
        [("has her facts wrong,", "Tran"), ("never asked us.", "Ana Ruiz")]),
    "nor_a_woman_titled_ms_he": (
        "Budget\n\nThe meeting ran late. Ms. Ruiz criticised the plan, saying Mr. Tran had \"ignored the "
        "numbers.\" Later Mr. Tran said she was \"simply wrong.\"\n\n\"She never read the report,\" he said.",
        [("ignored the numbers.", "Ruiz"), ("simply wrong.", "Tran"), ("She never read the report,", "Tran")]),
    "a_she_the_opening_sentence_leaves_unnamed_is_the_woman_named_next": (
        "Nurse attacked\n\nA nurse was attacked at a city hospital on Friday in what she called \"a terrifying "
        "ordeal\". Maria Lopes, 29, was treated for cuts.",
        [("a terrifying ordeal", "Maria Lopes")]),
    "but_not_someone_named_next_with_another_job": (
        "Nurse attacked\n\nA nurse was attacked at a city hospital on Friday in what she called \"a terrifying "
        "ordeal\". Police Chief Anna Rowe said officers had arrested a man.",
        [("a terrifying ordeal", None)]),
    "a_titled_name_opening_a_clause_after_the_is_its_subject_even_unparsed": (
        "Delegates\n\n“I will fight for every delegate,” state Sen. Paul Garvey said on Friday.\n\nThere, the "
        "county GOP Chairman Tom Reddick declined to name the delegates but said one backed the governor. The county "
        "saw 20 applicants, which he said were evenly split between Mark Ellison and Garvey.\n\n“We have good "
        "people on both sides,” he said.",
        [("I will fight for every delegate,", "Paul Garvey"), ("We have good people on both sides,", "Tom Reddick")]),
    "a_name_in_apposition_to_the_subject_through_a_relative_is_the_subject": (
        "Fishing trip\n\nTwo men leaned on a gate. One of them, Jesse Hart, 70, said he distrusted both parties. "
        "The other man, his cousin Jim Cole, 40, cited the governor's fondness for President Carl Brandt of "
        "Norland as a danger. “He talks too much,” he said.",
        [("He talks too much,", "Jim Cole")]),
    "a_subject_after_and_even_is_still_the_subject_in_an_unparsed_paragraph": (
        "Summit\n\nPresident Hale hosted the talks. “We trade as friends,” Hale said.\n\nThe three leaders were "
        "careful on Monday. Both Jean Leclerc and Pedro Ruiz gave assurances that they would work with whoever "
        "wins. And even Hale tried to help them, noting that he would do the same.\n\n“It is not my job to "
        "pick,” he said.",
        [("We trade as friends,", "Hale"), ("It is not my job to pick,", "Hale")]),
    "a_given_name_of_either_sex_with_a_job_agrees_with_he_as_well_as_a_sure_one": (
        "Kenya vote\n\nPresident William Ruto urged patience. “The count will be fair,” he told a rally in "
        "Eldoret.\n\nOpposition leader Raila Odinga called for calm. He said the results were “not credible.”",
        [("The count will be fair,", "William Ruto"), ("not credible.", "Raila Odinga")]),
    "a_royal_title_gives_the_gender": (
        "Royal visit\n\nKing Charles met flood victims in Somerset on Thursday.\n\n“You have all been so brave,” "
        "the King told volunteers. Queen Camilla joined him later. “It is heartbreaking,” she said.",
        [("You have all been so brave,", "Charles"), ("It is heartbreaking,", "Camilla")]),
    "they_after_a_group_of_people_is_that_groups_organisation": (
        "Quarterly results\n\nShares in Unilever rose 5% after the consumer goods giant beat forecasts. Analysts at "
        "Jefferies were cautious. “The recovery is fragile,” they said in a note.",
        [("The recovery is fragile,", "Jefferies")]),
    "they_after_a_group_of_people_with_no_organisation_is_unnamed": (
        "Sleep study\n\nThe study, published in Nature Communications, followed 8,000 adults. The study's authors "
        "said more research was needed. “This does not prove cause and effect,” they wrote.",
        [("This does not prove cause and effect,", None)]),
    "they_after_an_organisation_is_the_organisation": (
        "Rail strike\n\nThe Rail Workers Union called a strike on Monday. The union said talks had collapsed. “We "
        "have been left with no choice,” they said.",
        [("We have been left with no choice,", "Rail Workers Union")]),
    "a_name_in_apposition_to_the_subject_is_in_focus": (
        "Mayor's race heats up\n\nCity Councilwoman Rosa Delgado and businessman Frank Mercer clashed Tuesday in the "
        "first debate of the mayoral race.\n\n“I'm proud to invest in this city,” Mercer said.\n\nDelgado said voters "
        "would see through his ads. “People are not stupid,” she said. “They know who has been fighting for them.”"
        "\n\nThe moderator, KTLA anchor Dana Reyes, struggled at times to keep order. “Please let each other finish,” "
        "she pleaded.",
        [("I'm proud to invest in this city,", "Frank Mercer"), ("People are not stupid,", "Rosa Delgado"),
         ("They know who has been fighting for them.", "Rosa Delgado"), ("Please let each other finish,", "Dana Reyes")]),
    "one_critic_followed_by_a_name_is_that_named_critic": (
        "Singer responds to critics\n\nPop star Lila Monroe hit back at critics of her new album on Sunday.\n\n"
        "Her label, Starlight Records, also defended the record. “Lila is an artist at the peak of her powers,” "
        "the label wrote on X.\n\nOne critic, Paul Wendt of the Daily Ledger, was unmoved. “It is a shallow "
        "record,” he wrote.",
        [("Lila is an artist at the peak of her powers,", "Starlight Records"),
         ("It is a shallow record,", "Paul Wendt")]),
    "a_ranking_or_seeding_is_the_player_in_focus": (
        "Golf: Lind wins in Dubai\n\nSara Lind beat Mia Holt by two shots to win in Dubai on Sunday.\n\n"
        "“This is the best week of my career,” the world number four said.\n\nHolt had led after three rounds. "
        "“I am proud of how I fought,” the second seed said.",
        [("This is the best week of my career,", "Sara Lind"), ("I am proud of how I fought,", "Mia Holt")]),
    "whose_claim_a_clause_quotes_took_no_turn_for_the_next_he": (
        "Debate\n\nThe debate was calm on Thursday.\n\nWhen Tom Hale tried to defend his remarks calling the plan "
        "“brave,” Paul Greene forcefully differed.\n\n“It was a reckless plan,” he said.",
        [("brave,", "Tom Hale"), ("It was a reckless plan,", "Paul Greene")]),
    "she_is_nobody_a_clause_she_was_asked_in_names": (
        "Opera row\n\nSinger Lena Brandt has backed the new director of the opera house.\n\nAsked about her own "
        "future if Maria Costa takes over the company next year, she replied: “I will stay here.”",
        [("I will stay here.", "Lena Brandt")]),
    "she_is_not_the_player_she_was_asked_about": (
        "Chess final\n\nAnna Kovac beat Elena Dorr in the final game on Sunday.\n\nKovac faces Lena Brandt in the "
        "title match. Asked about Kovac, she said: “She is the favourite, but I have nothing to lose.”",
        [("She is the favourite, but I have nothing to lose.", "Lena Brandt")]),
    "a_nationality_of_two_words_is_the_person_in_focus": (
        "Derby day\n\nCeltic manager Brendan Rodgers was furious with the decision.\n\n“It was never a corner,” the "
        "Northern Irishman said.\n\nErnie Els won the title by two shots. “It was close at the end,” the South "
        "African said.",
        [("It was never a corner,", "Brendan Rodgers"), ("It was close at the end,", "Ernie Els")]),
    "he_is_the_main_clause_subject_not_the_subject_of_its_that_clause": (
        "Budget fight\n\nThe council met on Monday.\n\nGovernor Dan Pike has known for months that Senator "
        "Ray Moss is not ready to lead the committee. “He has never run anything,” he said.",
        [("He has never run anything,", "Dan Pike")]),
    "a_name_after_an_opening_adverbial_is_its_sentences_subject": (
        "Trade talks\n\nMinister Paul Greene chaired the meeting.\n\nAfter a long wait for the minister, "
        "Tomas Varga walked out of the hall, while Greene looked on.\n\n“We have waited long enough,” he said.",
        [("We have waited long enough,", "Tomas Varga")]),
    "a_name_after_job_words_opening_a_sentence_is_its_subject_not_an_object": (
        "Tax plan\n\nThe plan was published on Monday.\n\nConservative economist Paul Greene reviewed the plan "
        "that Senator Tom Hale unveiled at noon.\n\n“The numbers do not add up,” he said.",
        [("The numbers do not add up,", "Paul Greene")]),
    "a_name_without_a_known_gender_takes_the_she_opening_the_next_sentence": (
        "Family business\n\nGeorge Varro runs the company. Varro praised Mayor Ana Ruiz, a guest at the opening, "
        "on Monday.\n\nIvanka Varro, 34, could be an effective bridge to younger guests. She has doubled the "
        "profits of the hotels.\n\n“We grew every year,” she said.",
        [("We grew every year,", "Ivanka Varro")]),
    "a_description_before_if_is_no_subject_for_the_next_he": (
        "Unity talks\n\nHouse Speaker Tom Bell met the party nominee on Thursday.\n\nBell told a news conference they "
        "are “planting the seeds” of unity.\n\nRepublican Rep. Lee Greene of Ohio, a party whip, said it will help "
        "both the nominee and the speaker if they can work through their differences.\n\n“Nobody wants another "
        "shutdown,” he said outside the building.",
        [("planting the seeds", "Tom Bell"), ("Nobody wants another shutdown,", "Lee Greene")]),
    "a_plural_nationality_read_as_a_name_is_never_she": (
        "Poll\n\nSenator Ann Pike leads the race, a new poll shows.\n\nAmong Latinos, her lead is just two points, "
        "down from ten in March.\n\nOn other measures, such as whether she “shares your values,” she has slipped.",
        [("shares your values,", "Ann Pike")]),
    "it_after_someones_campaign_as_subject_is_that_campaign": (
        "Abortion row\n\nSenator Tom Hale said on Monday that doctors should be punished.\n\nThe Supreme Court has "
        "ruled on the issue before.\n\nHale’s campaign quickly backtracked, putting out a statement. In cases of "
        "abortion, it said, “the doctor is not to blame.”",
        [("the doctor is not to blame.", "Tom Hale campaign")]),
    "it_after_a_country_that_spoke_is_that_country": (
        "Spy row\n\nThe report was published on Sunday.\n\n"
        "Russia denied the report on Monday. It said the claims were “baseless.”",
        [("baseless.", "Russia")]),
    "he_is_never_the_person_his_own_clause_names": (
        "Court fight\n\nThe hearing ran late.\n\nMayor Tom Bell lost the case. The judge was Paul Ortiz.\n\n"
        "He said Ortiz was “biased.”",
        [("biased.", "Tom Bell")]),
    "the_admiral_as_a_subject_keeps_the_one_admiral_in_focus": (
        "Pacific drills\n\nAdm. Paul Kane commands the fleet.\n\n"
        "The army chief, Gen. Tom Reyes, asked Admiral Kane about the drills at the base on Monday. "
        "Asked again later, the admiral smiled.\n\n“We are ready for anything,” he said.",
        [("We are ready for anything,", "Paul Kane")]),
    "she_after_an_unnamed_woman_is_that_woman_not_a_woman_named_before": (
        "Speech law\n\nJustice Minister Eva Lind defended the new law on Tuesday. “Hate has no place online,” "
        "she said.\n\nA 34-year-old Hamburg woman, meanwhile, was fined in May after she had shared a violent "
        "post about her neighbours. “They must all go!” she wrote.",
        [("Hate has no place online,", "Eva Lind"), ("They must all go!", None)]),
    "she_after_one_voter_introduced_inside_a_sentence_is_that_voter": (
        "Town hall\n\nGovernor Mark Dunn and his deputy, Lisa Kerr, took questions for an hour in Ames. "
        "“We will fix the roads,” Kerr said.\n\nThe mood shifted when one voter raised school fees. She asked "
        "Dunn why her bills had “doubled in a year.”",
        [("We will fix the roads,", "Lisa Kerr"), ("doubled in a year.", None)]),
    "she_is_not_an_unnamed_man": (
        "Rally\n\nSenator Ann Pike spoke for an hour in Dover.\n\nA man in the crowd shouted at the stage "
        "about taxes. “I hear you,” she said.",
        [("I hear you,", "Ann Pike")]),
    "he_after_an_unnamed_reporter_is_that_reporter": (
        "Truck attack\n\nPolice named the driver as Karim Haddad, 31.\n\n"
        "A reporter for the Riviera Post called it \"absolute chaos.\"\n\n"
        "\"We saw people running in every direction,\" he said.",
        [("absolute chaos.", None), ("We saw people running in every direction,", None)]),
    "a_name_after_a_title_the_tagger_missed_is_a_person_she_can_mean": (
        "Bridge repairs\n\nThe bridge closed in March.\n\n"
        "According to Mayor Ana Ruiz, the bridge will reopen in May. She added: “We are on schedule.”",
        [("We are on schedule.", "Ana Ruiz")]),
    "a_surname_after_an_adjective_is_still_the_person": (
        "Delegates\n\nThe party picked Vice Chair Ann Lutz and state Sen. Pat Keller as delegates.\n\n"
        "Reached by phone, a terse Keller agreed that she had not decided whom to back.\n\n"
        "“I am staying out of it,” she said and hung up.",
        [("I am staying out of it,", "Pat Keller")]),
    "a_narrator_is_the_writer_the_byline_names": (
        "By Clara Mendes\n\nThe guard stopped me at the gate. “Papers,” he said. “I have none,” I said.",
        [("Papers,", None), ("I have none,", "Clara Mendes")]),
    "a_narrator_is_the_author_of_the_book_excerpted": (
        "The following is an excerpt from journalist Omar Haddad’s new memoir, Night Ferry.\n\n"
        "The officer waved me over. “Where are you going?” she asked. “Home,” I said.",
        [("Where are you going?", None), ("Home,", "Omar Haddad")]),
    "a_narrator_is_the_writer_a_closing_biography_names": (
        "I met the senator in her office. “Are you running?” I asked. “No,” she said.\n\n"
        "Lena Brandt is a columnist for the Valley Herald.",
        [("Are you running?", "Lena Brandt"), ("No,", None)]),
    "a_narrator_the_article_does_not_name_is_unnamed": (
        "The guard stopped me at the gate. “I have no papers,” I said.",
        [("I have no papers,", None)]),
    "the_nationality_is_the_player_in_focus_even_tagged_as_an_organisation": (
        "Open final\n\nCarlos Alcaraz beat Novak Djokovic in four sets. The Spaniard was emotional afterwards.\n\n"
        "“This is a dream,” the Spaniard said.",
        [("This is a dream,", "Carlos Alcaraz")]),
    "a_nationality_noun_from_the_word_list_is_the_person_in_focus_whatever_the_tagger_says": (
        "Cup tie\n\nBrentford boss Thomas Frank was pleased. “We were brilliant,” the Dane said.",
        [("We were brilliant,", "Thomas Frank")]),
    "a_nationality_after_a_or_an_is_someone_new": (
        "Poll\n\nGovernor Tom Hale leads in Ohio.\n\n“He is done,” said a Spaniard.\n\n“He will win,” said an Ohioan.",
        [("He is done,", None), ("He will win,", None)]),
    "she_is_who_asked_not_the_one_asked_in_apposition": (
        "Town hall\n\nA resident asked the mayor, Grace Obi, about the potholes. "
        "“When will they be fixed?” she asked. “By June,” Obi said.",
        [("When will they be fixed?", None), ("By June,", "Grace Obi")]),
    "he_is_who_reported_the_speech_before": (
        "Mayor Alan Pike won the crowd over with a fiery speech, Mark Dorsey, a union official, said.\n\n"
        "“Nobody expected it,” he said.",
        [("Nobody expected it,", "Mark Dorsey")]),
    "he_is_who_told_not_who_was_told_about": (
        "Dan Cole, a pollster, told reporters that Senator Bill Ames had lost the voters. "
        "“The numbers never recovered,” he said.",
        [("The numbers never recovered,", "Dan Cole")]),
    "gender_learnt_from_his": (
        "Donald Trump held a rally in Ohio.\n\n"
        "Ikenna Obiora, 33, explained his decision to vote for the other side.\n\n"
        "“I have never trusted slogans,” he said.",
        [("I have never trusted slogans,", "Ikenna Obiora")]),
    "not_the_one_addressed": (
        "Talk show host Mark Pierce asked Senator Paul Grady about the budget.\n\n"
        "“We will balance it by spring,” he told Pierce.",
        [("We will balance it by spring,", "Paul Grady")]),
    "subject_over_object": (
        "Ahmed Karimi campaigned for Hassan Ruhani in the north.\n\n"
        "“The villages decide this race,” he said.",
        [("The villages decide this race,", "Ahmed Karimi")]),
    "pronoun_chain_keeps_the_topic": (
        "Paul Brandt endorsed the plan on Monday.\n\n"
        "It was a reversal for the senator, who had opposed it. He said on Thursday that Mark Doyle "
        "needs to do more work.\n\n"
        "“Nobody has read it,” he said.",
        [("Nobody has read it,", "Paul Brandt")]),
    "only_the_addressee_is_excluded": (
        "Talk show host Mark Pierce asked Senator Paul Grady about the wall.\n\n"
        "“It could be forty feet,” he told Pierce, to cheers from the crowd at the hall where Grady spoke.",
        [("It could be forty feet,", "Paul Grady")]),
    "he_is_rarely_the_man_his_quote_names": (
        "Senator Frank Olsen spoke at the county fair, where Tom Riggs runs the cattle show.\n\n"
        "“Frank Olsen has never missed this fair,” he said.",
        [("Frank Olsen has never missed this fair,", "Tom Riggs")]),
    "a_speaker_may_still_name_himself": (
        "Governor Dale Ruiz toured the flooded valley on Sunday with his aides.\n\n"
        "Ruiz promised new levees. He said the valley would “never again wait for Dale Ruiz to act.”",
        [("never again wait for Dale Ruiz to act.", "Dale Ruiz")]),
    "gender_agreement": (
        "Karen Holt met Steven Marsh on Monday to discuss the merger.\n\n"
        "“It was a frank conversation,” she said.",
        [("It was a frank conversation,", "Karen Holt")]),
    "names_the_census_lacks_have_a_gender": (
        "Floods in Izmir\n\nMehmet Ozkan, the mayor of Izmir, met residents on Tuesday. Aysegul Demir, who leads the "
        "tenants' union, asked him to pay for the repairs.\n\n“We have been ignored for years,” she told reporters."
        "\n\nThe mayor promised help. “The city will pay,” he said.",
        [("We have been ignored for years,", "Aysegul Demir"), ("The city will pay,", "Mehmet Ozkan")]),
    "a_subject_pronoun_of_the_other_gender_skips_the_subject": (
        "Clinic in Pune\n\nAparna Iyer has run the clinic for a decade. On Monday she met Vikram Shah, the health "
        "minister, who praised the staff.\n\n“They work miracles,” he said.\n\nIyer was cautious. “I have heard "
        "promises before,” she said.",
        [("They work miracles,", "Vikram Shah"), ("I have heard promises before,", "Aparna Iyer")]),
    "a_name_describing_the_next_is_no_subject": (
        "The Hale comeback\n\nBill Hale’s old answer — “I’ll be fine whatever happens” — will be repeated by his "
        "wife.\n\nAnd Hale campaign Chairman John Ortiz — Bill Hale’s former chief of staff — offered a slogan "
        "when I asked him how she would fight back.\n\n“She will fight for every family,” he said.",
        [("I’ll be fine whatever happens", None), ("She will fight for every family,", "John Ortiz")]),
    "a_photo_caption_is_not_the_story_in_focus": (
        "Gun for sale\n\nGeorge Hanley shot a burglar in 2012 and was acquitted. He is now selling the gun.\n\n"
        "Hanley said he had received offers for it.\n\nPOOL New/Reuters.\n\nOrlando police officer Tim Smith holds "
        "up the gun during the 2013 trial.\n\n“The firearm is fully functional,” he added.",
        [("The firearm is fully functional,", "George Hanley")]),
    "a_byline_is_no_photo_credit_the_lead_stays_in_the_story": (
        "Port talks\n\nBy Jane Roe/AP\n\nTom Berry, the union leader, met port owners in Rotterdam on Monday.\n\n"
        "Talks went on for hours.\n\n“We made progress,” he said.",
        [("We made progress,", "Tom Berry")]),
    "a_nationality_as_subject_keeps_the_winner_in_focus": (
        "Wimbledon final\n\nBarbora Krejcikova won her first Wimbledon title on Saturday, beating Jasmine Paolini "
        "6-2 2-6 6-4.\n\nThe "
        "Czech, who was unseeded, broke Paolini's serve three times in the final set. “I can't believe it,” she said.",
        [("I can't believe it,", "Barbora Krejcikova")]),
    "a_name_only_likelier_a_womans_may_still_be_he": (
        "Drought talks\n\nThe president, William Kamau, met farmers on Saturday. He promised irrigation.\n\n“No one "
        "should go hungry,” Kamau said.\n\nOpposition leader Raila Mwangi dismissed the plan. “We have heard this "
        "before,” Mwangi told supporters. He said the government had “no money and no plan.”",
        [("No one should go hungry,", "William Kamau"), ("We have heard this before,", "Raila Mwangi"),
         ("no money and no plan.", "Raila Mwangi")]),
    "a_full_name_of_unknown_gender_is_no_worse_a_he_than_a_known_man": (
        "“This budget is a disgrace,” ward leader Tom Brady said on Monday.\n\nCampaign strategist Quill Varney, who "
        "has advised three mayors, doubts the council will listen. But the mayor could still change course.\n\n"
        "“His best move is to admit the mistake,” he said.",
        [("This budget is a disgrace,", "Tom Brady"), ("His best move is to admit the mistake,", "Quill Varney")]),
    "she_after_a_name_the_parse_hung_on_an_opening_place_is_that_name": (
        "Water queues\n\nThe state water minister, Kiran Rao, denied the charge. “Every drop is released,” Rao told "
        "reporters.\n\nAt a tanker point in Kurla, Rekha Pillai, 52, waited with four buckets. “I came at dawn,” she said.",
        [("Every drop is released,", "Kiran Rao"), ("I came at dawn,", "Rekha Pillai")]),
    "a_singular_they_after_one_unnamed_source_is_that_source_not_the_organisation_in_focus": (
        "Ward closures\n\nThe Harcourt Trust runs four hospitals in the region. It said last week that it would close "
        "two wards.\n\nA senior nurse at one of the hospitals, who asked not to be named, said morale was “at rock "
        "bottom.” “Nobody wants to work here any more,” they said.",
        [("at rock bottom.", None), ("Nobody wants to work here any more,", None)]),
    "a_home_town_the_tagger_calls_an_organisation_is_no_it": (
        "Surgery waits\n\nTom Reed, 41, from Bristol, has waited three years for a hip operation. “It has taken over "
        "my life,” he said.\n\nThe local health board said waits were falling. “We are sorry for the delays,” it said.",
        [("It has taken over my life,", "Tom Reed"), ("We are sorry for the delays,", None)]),
}


@pytest.mark.parametrize("words, core, surname", [
    (["Joseph", "R.", "Biden", "Jr."], ["Joseph", "R.", "Biden"], "biden"),
    (["Brent", "Bozell", "III"], ["Brent", "Bozell"], "bozell"),
    (["Jens", "Stoltenberg"], ["Jens", "Stoltenberg"], "stoltenberg"),
    (["Jr."], ["Jr."], "jr."),
    (["Hosni", "al-Tayeb"], ["Hosni", "al-Tayeb"], "tayeb"),
    (["Omar", "El-Badry"], ["Omar", "El-Badry"], "badry"),
    (["Sara", "Al-Li"], ["Sara", "Al-Li"], "al-li"),
])
def test_name_core(words, core, surname):
    assert name_core(words) == core and surname_key(words) == surname


@pytest.mark.parametrize("name, gender", [
    ("James", "m"), ("Mary", "f"), ("Hillary", "f"), ("Jeb", "m"), ("Pat", None), ("Xinhua", None),
    ("Jan", None), ("Kim", None),
])
def test_first_name_gender(name, gender):
    assert first_name_gender(name) == gender


@pytest.mark.parametrize("name, gender", [
    ("Aparna", "f"), ("Mehmet", "m"), ("Siobhan", "f"), ("Padraig", "m"), ("Folasade", "f"), ("Olumide", "m"),
    ("Wang", None),  # a surname as often as a given name: p(female) is uncertain
    ("General", None), ("Judge", None),  # given names somewhere, titles here
])
def test_names_the_census_lacks_take_their_gender_from_worldwide_data(name, gender):
    assert first_name_gender(name, before_surname=True) == gender


@pytest.mark.parametrize("name, unsure", [("Raila", True), ("Lakshmi", True), ("Aparna", False), ("John", False),
                                          ("Mehmet", False)])
def test_a_worldwide_gender_may_be_only_likelier(name, unsure):
    """Between 0.9 and 0.95 p(female) a name's sex is a preference a pronoun can overrule."""
    assert gender_unsure(name) is unsure


@pytest.mark.parametrize("word, person", [("neurosurgeon", True), ("co-founder", True), ("ringleader", True),
                                          ("surgeon", False), ("statement", False), ("government", False),
                                          ("supercomputer", False)])
def test_a_word_ending_in_a_job_noun_is_a_job_noun(word, person):
    """'the retired neurosurgeon' describes someone as 'the surgeon' would ('surgeon' itself is
    in the word list, not a compound)."""
    assert compound_person_noun(word) is person


@pytest.mark.parametrize("surname", ["Miller", "Hammond", "Aparna"])
def test_a_word_alone_takes_no_gender_from_worldwide_data(surname):
    """Alone, 'Miller' is a surname; the worldwide data, which has it as a man's given name, is not asked."""
    assert first_name_gender(surname) is None


TITLE_CASE_LINES = {
    "a_headline_word_hyphened_to_a_lower_case_word_is_no_speaker": (
        "Liberal Oscar-winner Sandoval ‘not sure’ about Hale over Moss.\n\nLos Angeles (AFP) – Oscar-winning actress "
        "Mina Sandoval is not sure she can vote for Senator Tom Hale over Ray Moss, she told a radio show on Monday.\n\n"
        "“He has not earned my vote yet,” Sandoval said.",
        [("not sure", "Mina Sandoval"), ("He has not earned my vote yet,", "Mina Sandoval")]),
    "a_subheading_in_capitals_is_no_person": (
        "Vigil\n\nMayor Tom Hale spoke at the vigil in Chester on Thursday.\n\nCHESTER MOURNS\nThe city mourned the "
        "dead on Friday, and residents lit candles.\n\n“We are broken,” he said.",
        [("We are broken,", "Tom Hale")]),
    "a_headline_label_with_no_name_the_body_writes_and_no_given_name_is_no_speaker": (
        "Neighbour Speaks Out With Shocking Story: BEFORE The Fire He Had ‘The Gall To….’\n\nA neighbour who lived "
        "beside the depot for ten years said on Friday that the owner had ignored her warnings.",
        [("The Gall To….", None)]),
    "a_headline_name_ends_where_the_body_stops_writing_its_words": (
        "Osgood Makes Budget Announcement Ahead Of Vote: ‘No More Cuts’\n\nMayor Derek Osgood will present his budget "
        "on Wednesday, a week before the council votes.",
        [("No More Cuts", "Derek Osgood")]),
    "a_headline_speaker_ends_at_the_topic_and_a_title_is_its_holder": (
        "Acme Chief Executive On Merger: ‘We Will Not Sell’\n\nAcme Chief Executive Dana Ruiz told staff on Monday "
        "the firm would stay independent.",
        [("We Will Not Sell", "Dana Ruiz")]),
    "a_party_and_a_title_before_a_surname_in_a_headline_are_no_name": (
        "GOP Rep Hollis Says Agency Showed ‘Extreme Carelessness’\n\nRep. Walter Hollis (R-Ohio) said on Wednesday he "
        "would file a bill. “The director admitted the carelessness,” Hollis said.",
        [("Extreme Carelessness", "Walter Hollis"), ("The director admitted the carelessness,", "Walter Hollis")]),
    "a_title_case_place_and_a_dash_opening_the_story_is_a_dateline": (
        "Sea dispute\n\nManila — President Ferdinand Marcos Jr. said Monday the Philippines would “not give up "
        "an inch” of its waters.",
        [("not give up an inch", "Ferdinand Marcos Jr.")]),
    "a_dateline_is_no_subject_of_the_sentence_it_opens": (
        "Jailed host fights charges\n\nLawyers for a radio host asked a court on Friday to drop the case.\n\n"
        "Case of jailed 'citizen reporter' watched by rights groups.\n\n"
        "PORTLAND, Ore. - Peter Santilli, a self-styled \"new-media\" journalist and talk-show host, was named "
        "last week in a grand jury indictment.",
        [("new-media", "Peter Santilli")]),
    "a_sentence_of_capitalised_names_is_no_headline": (
        "Premier in Paris\n\nVietnamese Premier Pham Minh Chinh met French President Emmanuel Macron in Paris on "
        "Monday.\n\n“We are partners for the long term,” Pham told reporters. Macron said he had raised trade. "
        "“We want fair rules,” he said.",
        [("We are partners for the long term,", "Pham Minh Chinh"), ("We want fair rules,", "Emmanuel Macron")]),
    "a_title_alone_in_a_headline_is_the_one_who_holds_it": (
        "Minister: ‘We will cut fuel duty’\n\nFinance Minister Rhea Kapoor made the promise on Monday.\n\n"
        "“Families need relief,” Kapoor said.",
        [("We will cut fuel duty", "Rhea Kapoor"), ("Families need relief,", "Rhea Kapoor")]),
    "a_title_several_hold_names_nobody": (
        "Minister: ‘We will cut fuel duty’\n\nTwo ministers, Rhea Kapoor of finance and David Brennan of "
        "transport, met on Monday. Kapoor is finance minister and Brennan is transport minister.\n\n"
        "“Families need relief,” Kapoor said.",
        [("We will cut fuel duty", None), ("Families need relief,", "Rhea Kapoor")]),
    "headline_verbs_are_not_names": (
        "Mayor Rosa Delgado Thanks Donors\n\n"
        "Rosa Delgado thanked the donors on Friday.\n\n"
        "“This city gave more than we asked,” she said.",
        [("This city gave more than we asked,", "Rosa Delgado")]),
    "a_headline_colon_label_speaks_a_quote_after_its_topic": (
        "Dunleavy: FBI director acted as 'judge and jury' on Ruiz\n\nPeter Dunleavy, the campaign's former "
        "manager, accused FBI Director Tom Hale of acting as “the judge and the jury” in the inquiry.",
        [("judge and jury", "Peter Dunleavy"), ("the judge and the jury", "Peter Dunleavy")]),
    "a_capitalised_headline_verb_is_no_speaker_of_the_lede": (
        "Farmers Forced to Reach Into Savings\n\nDUNMORE, Ky. -- Weeds cover the fields of what were once "
        "thriving farms, many of them now known locally as ''dust bowls.''",
        []),  # a nickname, not speech (it was the words of 'Farmers Forced')
    "a_lede_quote_after_a_colon_is_no_headline_speech": (
        "Mayor Osgood Backs New Ferry\n\nEvery winter there is a promise many people make but few keep: "
        "“This year I will take the ferry!”\n\nNow Mayor Derek Osgood wants to help them keep it.",
        [("This year I will take the ferry!", None)]),
    "dateline_is_not_part_of_the_name": (
        "HARTFORD - Daniel Okoro opened his campaign on Monday.\n\n"
        "“We will win the north,” he said.",
        [("We will win the north,", "Daniel Okoro")]),
}


NOMINALS_AND_DOCUMENTS = {
    "an_it_opening_a_sentence_after_a_document_just_named_is_that_documents_writer": (
        "Charges\n\nOfficer Marc Bujnowski wrote in the affidavit that the man grabbed her arm. It continued: “She "
        "turned and stepped back.”",
        [("She turned and stepped back.", "Marc Bujnowski")]),
    "an_it_after_an_organisation_speaking_in_a_statement_is_the_organisation": (
        "Rovers sack manager\n\nBristol Rovers have sacked manager Paul Whitley after a seventh straight defeat.\n\n"
        "The club said in a statement that the decision had been hard. “Paul gave everything to this club,” it said.",
        [("Paul gave everything to this club,", "Bristol Rovers")]),
    "a_quote_paragraph_after_a_sentence_issuing_a_statement_is_the_issuers": (
        "Raids\n\n“A raid is a combat operation,” said Col. Tom Hale, a spokesman.\n\nApology\n\nAt Ann Pike's "
        "direction, the Harbour Party issued a short statement apologizing to Hale for the emails.\n\n“On behalf of "
        "everyone at the party, we want to offer a deep and sincere apology to Colonel Hale.”",
        [("A raid is a combat operation,", "Tom Hale"),
         ("On behalf of everyone at the party, we want to offer a deep and sincere apology to Colonel Hale.",
          "Harbour Party")]),
    "a_description_naming_another_office_than_the_person_in_focus_holds_is_not_them": (
        "Talks\n\n“We will not yield,” said Sergei Lavrov, the foreign minister, on Monday.\n\n“The deal is dead,” "
        "the president said later.",
        [("We will not yield,", "Sergei Lavrov"), ("The deal is dead,", None)]),
    "a_statement_is_whoever_provided_it_not_whoever_reported_that": (
        "Email\n\nThe Ledger said Tom Hale provided a written statement in response to the paper's questions.\n\n"
        "“After reviewing his practices, the secretary believes his use of email was fine,” the statement said.",
        [("After reviewing his practices, the secretary believes his use of email was fine,", "Tom Hale")]),
    "a_document_noun_modifying_another_noun_is_that_document": (
        "Appeals\n\nA fundraising email sent out by Ana Ruiz on Tuesday warned of a tough fight: “There are 14 "
        "contests ahead.”\n\nTom Hale's campaign sent out an email fundraising appeal that looked ahead. “We "
        "absolutely need to win the states ahead,” the email said.",
        [("There are 14 contests ahead.", "Ana Ruiz"), ("We absolutely need to win the states ahead,",
                                                       "Tom Hale campaign")]),
    "a_diplomatic_cable_is_its_senders": (
        "Cables\n\nAmbassador Tom Hale sent a cable in July. The cable said 13 guards would be the “minimum” needed.",
        [("minimum", "Tom Hale")]),
    "a_role_after_adjectives_set_off_by_commas_keeps_its_noun": (
        "Profile\n\nWho is Dan Corrigan, the blunt, never-back-down governor of Ohio?\n\nLinda Marsh, a former Ohio "
        "governor, has criticised him in print.\n\nCorrigan defended the deal on his weekly radio show. “I have known "
        "him for 14 years,” the governor said.",
        [("I have known him for 14 years,", "Dan Corrigan")]),
    "a_description_without_former_does_not_mean_who_held_the_role_once": (
        "Race\n\nMeg Ortiz, a former candidate for governor, has endorsed his rival.\n\nTom Hale has no serious "
        "opposition in the primary.\n\n“I have great respect for the valley,” the candidate said in an email.",
        [("I have great respect for the valley,", "Tom Hale")]),
    "the_company_is_no_convention_or_committee": (
        "Jobs\n\nDelegates gathered at the Republican National Convention on Monday.\n\nThe company said it offers "
        "new mothers “eight weeks of paid leave.”",
        [("eight weeks of paid leave.", None)]),
    "another_unnamed_official_brought_in_before_is_the_second_official": (
        "Campaign shake-up\n\nDana Ruiz, the campaign manager, was fired on Monday. She had run the campaign for a "
        "year.\n\nThe Post quoted another unnamed GOP official as saying that Ruiz was opposed by the candidate's "
        "children.\n\n“What she is saying to donors is that the family had had enough,” said the second official.",
        [("What she is saying to donors is that the family had had enough,", None)]),
    "a_title_after_a_statement_from_someone_is_no_unnamed_newcomer": (
        "Bank\n\nThe nomination came in a statement from Treasury Secretary Jacob Lew on Friday.\n\n"
        "The Treasury secretary also praised the bank's \"needed reforms.\"",
        [("needed reforms.", "Jacob Lew")]),
    "a_statement_without_owner_goes_on_from_the_body_that_spoke_just_before": (
        "Lawsuit\n\nA former coach is suing the club.\n\nRedbridge United said it \"strongly disputes\" the claims. "
        "\"The club will defend this case,\" a statement said.",
        [("strongly disputes", "Redbridge United"), ("The club will defend this case,", "Redbridge United")]),
    "a_statement_without_owner_and_nobody_speaking_before_is_no_one": (
        "Lawsuit\n\nA former coach is suing the club.\n\nThe case opens in May. \"The club will defend this case,\" "
        "a statement said.",
        [("The club will defend this case,", None)]),
    "the_city_after_a_dateline_is_the_town_not_its_state": (
        "Notice lifted\n\nCARVER SPRINGS, Ore. — Residents of Carver Springs can drink their tap water again.\n\n"
        "The notice was lifted on Friday, the city said in a statement. “We thank everyone for their patience,” the "
        "statement said.",
        [("We thank everyone for their patience,", "Carver Springs")]),
    "an_acronym_before_party_names_the_party": (
        "Resignation\n\nThe opposition seized on the departure. Raila Odinga's ODM party said it showed “a government "
        "at war with itself.” “The rot is now visible,” the party said.",
        [("a government at war with itself.", "ODM"), ("The rot is now visible,", "ODM")]),
    "a_place_after_a_residents_age_is_no_organisation_in_focus": (
        "Bin strike\n\nThe strike entered its third week. Ellen Frost, 71, from the Brook estate, said rats had been "
        "seen near the school. “It's a disgrace,” she said.\n\nExtra collection points will open. “We are doing "
        "everything we can,” the council said.",
        [("It's a disgrace,", "Ellen Frost"), ("We are doing everything we can,", None)]),
    "the_city_is_the_one_town_named_just_before": (
        "Water main break\n\nA water main burst in Fairview on Monday, flooding three streets.\n\nResidents were "
        "told to boil water. “Crews are working around the clock,” the city said in a statement.",
        [("Crews are working around the clock,", "Fairview")]),
    "the_city_is_the_town_not_the_state_after_its_comma": (
        "Storm\n\nA tornado hit Dayton, Ohio, on Monday. Mayor Ann Whaley toured the damage. “We are counting the "
        "cost,” Whaley said. “We will rebuild,” the city said.",
        [("We are counting the cost,", "Ann Whaley"), ("We will rebuild,", "Dayton")]),
    "the_city_is_no_country": (
        "Fire\n\nA fire broke out in France on Monday. “We are counting the damage,” the city said.",
        [("We are counting the damage,", None)]),
    "the_city_after_two_towns_is_not_sure": (
        "Storm\n\nThe storm hit Fairview and Millbrook on Monday. “We are counting the damage,” the city said.",
        [("We are counting the damage,", None)]),
    "a_bare_campaign_is_the_candidate_campaign_named_before": (
        "Emails\n\nThe Ruiz campaign said the aide was acting as a private assistant.\n\nThe State Department "
        "withheld most of the names.\n\nAsked about the messages, the campaign said: “Neither email involved the "
        "senator.”",
        [("Neither email involved the senator.", "Ruiz campaign")]),
    "a_campaign_named_by_a_pronoun_is_the_person_in_focus": (
        "Voters\n\nSenator Maria Ruiz has made child care central to her campaign.\n\nThe Democratic Party sent "
        "volunteers. “Her opponent's plan is a joke,” the campaign wrote on Wednesday.",
        [("Her opponent's plan is a joke,", "Maria Ruiz campaign")]),
    "a_campaign_nobody_is_named_for_is_no_organisation_in_focus": (
        "Voters\n\nThe Democratic Party sent volunteers to the county. “Her opponent's plan is a joke,” the campaign "
        "wrote on Wednesday.",
        [("Her opponent's plan is a joke,", None)]),
    "the_company_is_the_untagged_name_that_spoke_just_before": (
        "Extremists online\n\nThe Harlow Institute studies online recruitment. Suspending every account, she said, is "
        "not simple.\n\nTwitter acknowledged that the problem remained hard. “We have always sought a balance,” the "
        "company said.",
        [("We have always sought a balance,", "Twitter")]),
    "the_spokesperson_is_whom_a_spokesperson_spoke_for_just_before": (
        "Trains\n\nThe Rail Safety Board said on Monday that the line would stay closed.\n\n\"We will reopen it "
        "when it is safe,\" a spokesperson said. The spokesperson added that the repairs were \"well under way.\"",
        [("We will reopen it when it is safe,", "Rail Safety Board"), ("well under way.", "Rail Safety Board")]),
    "one_partys_leader_is_not_the_leader_of_another_party_named_next": (
        "Coalition\n\nDeputy Prime Minister Ana Kovac backed the deal on Monday. The Green Party leader said there "
        "had been \"no split at all.\"\n\nLabour Party leader Tom Rees called the deal \"a fudge.\"",
        [("no split at all.", "Ana Kovac"), ("a fudge.", "Tom Rees")]),
    "an_irish_head_of_government_title_is_no_part_of_the_name": (
        "Budget\n\nThe budget passed on Tuesday.\n\nTánaiste Niamh Brennan said the budget was \"fair to everyone.\"",
        [("fair to everyone.", "Niamh Brennan")]),
    "the_letter_is_whoever_wrote_in_it_in_a_paragraph_the_fast_path_leaves_unparsed": (
        "School\n\nThe principal, Joan Ruiz, wrote to families on Friday. In a letter, she said lessons would resume "
        "on Monday.\n\n\"We are proud of how our pupils have coped,\" the letter said.",
        [("We are proud of how our pupils have coped,", "Joan Ruiz")]),
    "a_bare_noun_after_a_places_unnamed_body_is_that_body_not_the_organisation_in_focus": (
        "Rents\n\nThe Tenants Union of Linford held a rally on Monday. The county's housing authority said it "
        "would review the rules.\n\nIn a letter, the authority said it was \"listening to every tenant.\"",
        [("listening to every tenant.", None)]),
    "a_bare_noun_after_a_description_of_the_company_in_focus_is_that_company": (
        "Jets\n\nBoeing shares fell 4 percent on Monday. The aerospace company said deliveries would slow."
        "\n\n\"We are confident in our plan,\" the company said.",
        [("We are confident in our plan,", "Boeing")]),
    "a_countrys_body_in_lower_case_is_that_countrys": (
        "Chips\n\nChina's foreign ministry on Monday criticised the rules, calling them \"economic bullying.\" It "
        "said China would take \"resolute measures.\"",
        [("economic bullying.", "China's foreign ministry"), ("resolute measures.", "China's foreign ministry")]),
    "her_comments_speak_for_her": (
        "Fracking\n\nSenator Ann Pike spoke in Albany on Monday. Her comments came after being asked yet again to "
        "defend her criticism of \"city values.\"",
        [("city values.", "Ann Pike")]),
    "the_man_who_is_the_one_who_just_spoke_but_not_after_someone_new": (
        "Scranton\n\nVice President Joe Biden returned to his hometown on Monday. \"Trump is making us less "
        "safe,\" he said.\n\nThe town \"deserves someone who is with them,\" said the man who built his career on "
        "his roots.\n\nAt a drugstore, a cashier was shaken. \"People are scared,\" said the woman, who did not "
        "want to be named.",
        [("Trump is making us less safe,", "Joe Biden"), ("deserves someone who is with them,", "Joe Biden"),
         ("People are scared,", None)]),
    "a_news_agency_is_queried_by_its_name": (
        "Missile test\n\nThe North's official KCNA news agency said the test was of a \"new-type\" missile.",
        [("new-type", "KCNA")]),
    "a_union_named_before_its_noun_is_that_union": (
        "Job cuts\n\nThe IG Metall union called the cuts \"a slap in the face\" for workers. The Unite union "
        "said the plan was \"shameful.\"",
        [("a slap in the face", "IG Metall"), ("shameful.", "Unite")]),
    "the_school_is_not_an_agency_in_focus": (
        "Teacher cleared\n\nThe Teaching Regulation Agency found on Wednesday that there was \"no case to "
        "answer.\" The school said in a statement that it had followed \"the correct procedures.\" The agency "
        "said it would \"publish its reasons.\"",
        [("no case to answer.", "Teaching Regulation Agency"), ("the correct procedures.", None),
         ("publish its reasons.", "Teaching Regulation Agency")]),
    "a_message_sent_to_someone_saying_is_the_senders": (
        "Fundraising\n\nMayor Lidia Ortiz won the primary on Tuesday. The Ortiz campaign sent an email to donors "
        "saying the race was \"far from over.\"",
        [("far from over.", "Lidia Ortiz campaign")]),
    "a_letter_reviewed_by_a_newspaper_is_not_the_newspapers": (
        "Lawsuit threat\n\nTom Hale wrote to the firm's chief executive last week, according to a copy of the letter "
        "reviewed by The Herald. That letter, on company letterhead, demanded that the analyst make “a full public "
        "apology.”",
        [("a full public apology.", "Tom Hale")]),
    "a_description_after_an_opening_phrase_is_not_the_name_inside_that_phrase": (
        "Primary\n\nSenator Tom Hale is running for president. In an interview with hosts Joe Scarborough and "
        "Mika Brzezinski, the Democratic presidential candidate stated that he would “stay in the race until the "
        "end.”\n\nRecount fight\n\nState Senator Mark Gale filed a complaint on Monday. In the letter - addressed to "
        "the U.S. attorney for the Southern District of Ohio, Dana Ruiz - the Ohio Democrat asks whether “the count "
        "was deeply flawed.”",
        [("stay in the race until the end.", "Tom Hale"), ("the count was deeply flawed.", "Mark Gale")]),
    "a_statement_named_nowhere_before_is_whoever_just_reported_something": (
        "Crash victims\n\nAnna Berg worked as finance director at Nordline Shipping in Oslo. The company confirmed on "
        "Friday that she had been on the plane. She was “a deeply respected colleague,” the statement added.",
        [("a deeply respected colleague,", "Nordline Shipping")]),
    "a_capitalised_title_nobody_in_the_article_holds_is_no_one_in_focus": (
        "New wing\n\nThe hospital's new wing was opened on Friday by its chief executive, Dr Anna Reid. The King "
        "paid tribute to the staff, saying he was “deeply proud” of them.",
        [("deeply proud", None)]),
    "someone_brought_in_after_a_comma_that_follows_no_person_is_someone_new": (
        "Maternity leave\n\nSenator Ann Pike promised paid leave. “Families come first,” she said.\n\nAs Pike "
        "gave her speech, a nurse at a city hospital watched from home and rolled her eyes. She said she had used "
        "up her savings.\n\n“It was hard enough,” said the nurse, who works nights.",
        [("Families come first,", "Ann Pike"), ("It was hard enough,", None)]),
    "the_pontiff_is_the_pope_in_focus": (
        "Christmas message\n\nPope Leo called for an end to the war on Sunday. “Let us pray for peace,” the pontiff "
        "told crowds in the square.",
        [("Let us pray for peace,", "Pope Leo")]),
    "more_nouns_for_a_person_refer_to_the_person_in_focus": (
        "Draft day\n\nQuarterback Caleb Ward was picked first on Thursday night. “It is a dream,” the rookie "
        "said.\n\nFraud trial\n\nKarl Benning, 51, had no medical training. “I helped people,” the impostor told "
        "the court.",
        [("It is a dream,", "Caleb Ward"), ("I helped people,", "Karl Benning")]),
    "a_party_member_noun_is_the_person_in_focus_but_not_as_an_adjective": (
        "Trade vote\n\nSenator Ruth Okafor has long opposed the deal. “It is bad for workers,” Okafor said. The "
        "Maine independent added that she would “fight it.”\n\nAn independent review called the deal “sound.”",
        [("It is bad for workers,", "Ruth Okafor"), ("fight it.", "Ruth Okafor"), ("sound.", None)]),
    "a_projection_by_a_firm_named_after_its_description": (
        "Overtime rule\n\nThe Labor Department raised the overtime threshold on Wednesday.\n\nA projection by the "
        "consulting firm Oxford Economics warned that the rule could cost “as many as 100,000 jobs” in retail.",
        [("as many as 100,000 jobs", "Oxford Economics")]),
    "an_unnamed_voice_of_a_named_organisation_is_queried_by_its_name": (
        "Chipmaker shares slide\n\nShares in Nordchip fell 12% on Thursday.\n\nAnalysts at Jefferies said the warning "
        "was “worse than feared.” A spokeswoman for Senator Ann Pike called it “a wake-up call.”\n\nNatural "
        "Resources Wales said more rain was expected. “Stay off the roads,” a spokesperson for the agency warned.",
        [("worse than feared.", "Jefferies"), ("a wake-up call.", "Ann Pike"), ("Stay off the roads,", None)]),
    "a_spokesman_named_after_an_organisation_speaks_for_it": (
        "Firm fined over leak\n\nThe company, Northgate Water, said it “deeply regretted” the incident. A "
        "Northgate spokesman added: “We have changed our procedures.”",
        [("deeply regretted", "Northgate Water"), ("We have changed our procedures.", "Northgate Water")]),
    "a_spokesman_named_by_an_organisations_noun_speaks_for_it": (
        "Plant closure\n\nNorway's Trade Ministry said on Tuesday it was in talks with the company. A ministry "
        "spokesman said the government wanted to \"keep the jobs.\" A company spokeswoman said the plan was "
        "\"final.\"",
        [("keep the jobs.", "Norway's Trade Ministry"), ("final.", None)]),
    "someone_s_strategist_is_a_person_of_their_own": (
        "Campaign\n\nThe race tightened in March.\n\nSenator Tom Hale's former campaign strategist called the new "
        "ad “a serious mistake.”",
        [("a serious mistake.", None)]),
    "a_voice_described_after_its_name_is_that_name": (
        "Guns\n\nThe plan came on Monday.\n\n“We have not been briefed,” Doug Andres, a spokesman for House Speaker "
        "Paul Ryan, told the Ledger. “We will consider options.” One Ryan aide called it “a stunt.”",
        [("We have not been briefed,", "Doug Andres"), ("We will consider options.", "Doug Andres"),
         ("a stunt.", None)]),
    "her_eyes_as_if_to_say_are_hers": (
        "Final\n\nCoach Maria Ruiz watched the replay in silence. Her eyes narrowed, as if to say, “Try that again "
        "and you are benched.”",
        [("Try that again and you are benched.", "Maria Ruiz")]),
    "a_slogan_and_a_plan_speak_for_their_owner": (
        "Race\n\nThe primary is on Tuesday.\n\nSenator Ann Pike’s campaign slogan is “We rise together.” Her economic "
        "plan promises to “lift up every worker in the state.”",
        [("We rise together.", "Ann Pike"), ("lift up every worker in the state.", "Ann Pike")]),
    "the_ruling_speaks_for_who_ruled": (
        "Court\n\nJudge Maria Lopez ruled against the city on Monday. The ruling said the policy was “plainly "
        "unlawful.”",
        [("plainly unlawful.", "Maria Lopez")]),
    "they_after_groups_is_the_groups_not_the_party_named_before": (
        "Letter to the senator\n\nThe senator's remarks fed the anger stoked by other GOP hopefuls, the rights "
        "groups say. They argue that she should “lead by example.”",
        [("lead by example.", None)]),
    "a_one_word_company_the_tagger_called_a_person": (
        "Airline cancels flights\n\nRyanair cancelled 400 flights on Friday because of a strike by French air "
        "traffic controllers.\n\nThe Irish carrier said the strike was “unacceptable.” “Passengers are once again "
        "held hostage,” it said in a statement.",
        [("unacceptable.", "Ryanair"), ("Passengers are once again held hostage,", "Ryanair")]),
    "analysts_at_a_bank_the_tagger_missed_are_the_bank": (
        "Supermarket price war\n\nTesco has cut the price of 500 products, in the latest salvo in the supermarket "
        "price war.\n\nThe retailer said it would spend 100 million pounds on the cuts. “We know our customers are under "
        "pressure,” they said in a statement.\n\nRival Sainsbury's said it would match the cuts. Its chief executive, "
        "Simon Roberts, said: “We will not be beaten on price.”\n\nAnalysts at Barclays said the cuts would hit "
        "margins. “This is a race to the bottom,” they wrote.",
        [("We know our customers are under pressure,", "Tesco"), ("We will not be beaten on price.", "Simon Roberts"),
         ("This is a race to the bottom,", "Barclays")]),
    "a_persons_office_speaks_for_the_person": (
        "Talks stall\n\nHamas official Osama Hamdan said the group had shown “maximum flexibility.” Israeli Prime "
        "Minister Benjamin Netanyahu's office said Hamas was “not serious.” The Home Office said it was “monitoring "
        "events.”",
        [("maximum flexibility.", "Osama Hamdan"), ("not serious.", "Benjamin Netanyahu"),
         ("monitoring events.", "Home Office")]),
    "a_rival_is_no_part_of_the_company_name": (
        "Price war\n\nTesco has cut the price of 500 products.\n\nRival Sainsbury's said it would match the cuts. "
        "“We will not be beaten on price,” the company said.",
        [("We will not be beaten on price,", "Sainsbury's")]),
    "the_peer_the_coroner_the_swimmer_are_the_person_in_focus": (
        "Benefit cuts\n\nLord Hallam, the former home secretary, voiced concern. “I know how these things go wrong,” "
        "the peer said.\n\nInquest\n\nCoroner Alison Mutch recorded a verdict of misadventure. “This was a tragic "
        "accident,” the coroner said.\n\nOlympian Tessa Kerr won gold. “I dreamed of this,” the swimmer said.",
        [("I know how these things go wrong,", "Hallam"), ("This was a tragic accident,", "Alison Mutch"),
         ("I dreamed of this,", "Tessa Kerr")]),
    "an_untagged_company_that_said_it_is_the_company": (
        "Mine ruling\n\nA judge blocked the copper mine on Tuesday.\n\nResolution Copper, which is owned by Rio Tinto "
        "and BHP, said it would appeal. “We remain committed to working with the tribes,” the company said.",
        [("We remain committed to working with the tribes,", "Resolution Copper")]),
    "a_described_aide_is_the_one_just_named_not_an_aide_met_later": (
        "Party rethink\n\nOne of the authors of the review, Ruth Albers, said the defeat would test its findings. "
        "“We warned them in March,” said the former top aide to Governor Ken Dale.\n\nThe review was ignored.\n\n"
        "Voters stayed home. Turnout fell to a record low.\n\nIn 1998 the party had tried the same thing, and aide "
        "Marcus Hill called it “a new beginning” at the time.",
        [("We warned them in March,", "Ruth Albers"), ("a new beginning", "Marcus Hill")]),
    "an_indefinite_statement_speaks_for_who_issued_it": (
        "Flood warning\n\nThe Harlow Water Board, which had been criticised for weeks, issued a statement on "
        "Friday saying, “The reservoir is safe and under constant watch.”",
        [("The reservoir is safe and under constant watch.", "Harlow Water Board")]),
    "a_judge_the_story_names_late_is_still_the_judge": (
        "My day in court\n\nMy lawyer spoke first and the judge listened. Then the prosecutor spoke. “I have "
        "heard enough,” the judge said.\n\nThe room went quiet.\n\nNobody moved. I looked at my lawyer.\n\n"
        "Later, Judge Ann Berman gave me probation.",
        [("I have heard enough,", "Ann Berman")]),
    "a_bare_aide_is_not_whoever_was_just_named": (
        "Budget row\n\nGovernor Ken Dale said the budget would pass. “We do not have the votes,” said the aide.",
        [("We do not have the votes,", None)]),
    "a_letter_speaks_for_who_wrote_in_it": (
        "Park safety\n\nIn a letter to the council, resident Paul Hughes wrote that the park was unsafe. “Children "
        "play next to broken glass,” the letter says.",
        [("Children play next to broken glass,", "Paul Hughes")]),
    "a_name_after_an_organisation_noun_is_an_organisation": (
        "Band splits\n\nThe indie band Wolf Alice announced on Monday that they were taking a break.\n\n“We have had "
        "the time of our lives,” the band wrote. Lead singer Ellie Rowsell said she would go solo.",
        [("We have had the time of our lives,", "Wolf Alice")]),
    "a_trade_noun_is_the_company_in_focus": (
        "Airline fares\n\nRyanair blamed delays in Boeing deliveries for higher fares. Boeing said it was working hard "
        "to catch up.\n\n“We regret the impact on our customers,” the planemaker said.",
        [("We regret the impact on our customers,", "Boeing")]),
    "the_mayors_office_is_not_an_office_named_elsewhere": (
        "Visa rules tightened\n\nThe Home Office announced new visa rules on Monday.\n\nThe mayor's office said in a "
        "statement that the rules would “hurt the city's economy.”",
        [("hurt the city's economy.", None)]),
    "a_place_name_with_a_plural_verb_is_a_club": (
        "Transfer news\n\nManchester City have signed midfielder Jonas Berg from Ajax for £40m.\n\n“Jonas is a player "
        "we have admired for years,” the club said in a statement.",
        [("Jonas is a player we have admired for years,", "Manchester City")]),
    "a_club_the_tagger_calls_a_place_is_the_club": (
        "Coach sacked\n\nWestfield United have sacked manager Gary Doyle after a run of eight defeats.\n\nThe club said "
        "in a statement: “We thank Gary for his hard work and wish him well.”",
        [("We thank Gary for his hard work and wish him well.", "Westfield United")]),
    "a_name_an_organisation_noun_is_given_is_an_organisation": (
        "Gun law\n\nThe father of a pupil killed at Oak Ridge Elementary School spoke on Monday.\n\nMark Barrow now "
        "helps lead a program called Sandy Hill Promise. The group seeks to prevent gun deaths through what it calls "
        "“sensible gun laws.”\n\nA startup named Rosa Labs raised $40 million. It said the money would “double our "
        "team by summer.”",
        [("sensible gun laws.", "Sandy Hill Promise"), ("double our team by summer.", "Rosa Labs")]),
    "a_bare_spokesman_speaks_for_the_organisation_that_was_just_the_subject": (
        "Landslip\n\nDevon County Council said engineers were assessing the damage. A spokesman said: \"Safety "
        "must come first.\"\n\nSenator Ann Pike visited the village. A spokesman said: \"She will help.\"",
        [("Safety must come first.", "Devon County Council"), ("She will help.", None)]),
    "a_spokesperson_is_not_the_minister_named_next": (
        "Live: storm hits the coast\n\n09:32 GMT\n\nNetwork Rail has cancelled all trains in the south-west. A "
        "spokesperson said: “Please do not travel today.”\n\nTransport Secretary Mark Dalby posted: “Follow the "
        "advice and stay safe.”",
        [("Please do not travel today.", "Network Rail"), ("Follow the advice and stay safe.", "Mark Dalby")]),
    "the_forecaster_is_the_weather_service_in_focus": (
        "Live: storm hits the coast\n\n09:15 GMT\n\nThe Met Office has issued a red warning for wind in Cornwall. "
        "“There is a danger to life,” the forecaster said.",
        [("There is a danger to life,", "Met Office")]),
    "the_prime_minister_is_not_the_transport_minister": (
        "Minister quits\n\nTransport minister Greg Hollis resigned on Friday over his expenses.\n\nIn a letter, "
        "Hollis wrote: “I have become a distraction.” The prime minister replied that Hollis had “served with "
        "distinction.”",
        [("I have become a distraction.", "Greg Hollis"), ("served with distinction.", None)]),
    "a_paper_named_for_a_weekday_is_the_newspaper": (
        "Minister quits\n\nThe Sunday Herald first reported the expense claims last month.\n\n"
        "“Our reporting was accurate and fair,” the newspaper said.",
        [("Our reporting was accurate and fair,", "Sunday Herald")]),
    "the_utility_is_the_organisation_in_focus": (
        "Storm damage\n\nMore than 40,000 homes lost power on Monday, according to Eastern Power.\n\n"
        "“Crews are working around the clock,” the utility said in a statement.",
        [("Crews are working around the clock,", "Eastern Power")]),
    "a_description_followed_by_known_as_is_that_name": (
        "Embassy siege\n\nThe film shows a delay.\n\n“There was no order to wait,” said the station chief known as "
        "Dale, speaking publicly for the first time. “We left at once.”",
        [("There was no order to wait,", "Dale"), ("We left at once.", "Dale")]),
    "a_description_followed_by_identified_only_as_is_that_name": (
        "Border crossing\n\nThe gate closed at dusk.\n\n“The gate was open all night,” said a guard identified only "
        "as Karim.",
        [("The gate was open all night,", "Karim")]),
    "a_job_description_is_the_person_the_next_sentence_first_names_as_its_subject": (
        "Budget row\n\nThe cabinet met on Monday.\n\nA senior Treasury adviser says the plan is “dead on arrival.”"
        "\n\nMarta Quinn spoke to reporters after the cabinet meeting. She said the numbers would be revised.",
        [("dead on arrival.", "Marta Quinn")]),
    "a_job_description_is_not_someone_the_article_named_before": (
        "Budget row\n\nSenator Ray Moss criticised the plan on Monday.\n\nA senior Treasury adviser says the plan "
        "is “dead on arrival.”\n\nMoss spoke to reporters after the cabinet meeting.",
        [("dead on arrival.", None)]),
    "a_job_description_is_not_a_name_the_next_sentence_only_mentions": (
        "Budget row\n\nThe cabinet met on Monday.\n\nA senior Treasury adviser says the plan is “dead on arrival.”"
        " The plan was drafted by Marta Quinn, the finance minister.",
        [("dead on arrival.", None)]),
    "the_organizer_an_organizer_brought_in_is_unnamed": (
        "Caucus night\n\nLead organizer Lisa Park ran the phone bank all week.\n\n"
        "On Monday, Tom and Ann Reed were greeted by an organizer at a field office on the south side.\n\n"
        "“You will be the best messengers,” the organizer told them.",
        [("You will be the best messengers,", None)]),
    "the_union_a_named_union_was_described_as_is_that_union": (
        "Strike vote\n\nThe Harbour Crew Association met on Friday. It is a union of 9,000 deckhands.\n\n"
        "“We are ready to walk out,” the union said.",
        [("We are ready to walk out,", "Harbour Crew Association")]),
    "the_aide_a_name_was_described_as_is_that_name": (
        "Report card\n\nThe report came out in 2013.\n\n"
        "Its author, Ari Feld, a former top aide to the governor, was unmoved.\n\n"
        "“We were right,” said the former top aide.",
        [("We were right,", "Ari Feld")]),
    "the_former_president_is_no_former_vice_president": (
        "Campaign stop\n\nThe rally began at noon.\n\n"
        "Former President Ray Cole spoke first. Former Vice President Dan Hill joined him on stage.\n\n"
        "“We need change,” the former president said.\n\n“We will win,” the vice president said.",
        [("We need change,", "Ray Cole"), ("We will win,", "Dan Hill")]),
    "an_outlet_name_the_tagger_missed_is_what_the_newspaper_means": (
        "The Daily Ledger first reported the story. Editor Janet Cole defended it.\n\n"
        "“We checked every fact,” she said. The newspaper later printed a correction. "
        "“We regret the error,” the newspaper said.",
        [("We checked every fact,", "Janet Cole"), ("We regret the error,", "Daily Ledger")]),
    "an_outlet_named_by_one_word_after_the_is_not_a_person": (
        "Flood aid\n\nA Baton Rouge newspaper called on the governor to visit.\n\n"
        "The Sentinel had chided the president for staying away. That did not sit well with the editors of "
        "The Sentinel, who ran a second editorial on Friday.\n\n"
        "“Louisiana deserves better,” the newspaper said. “Come and see the damage,” it added.",
        [("Louisiana deserves better,", "Sentinel"), ("Come and see the damage,", "Sentinel")]),
    "the_newspaper_is_never_an_organisation_that_is_no_outlet": (
        "Budget vote\n\nRiverside Council approved the budget on Monday.\n\n"
        "“The council has failed the town,” the newspaper said.",
        [("The council has failed the town,", None)]),
    "a_name_right_after_a_noun_for_an_organisation_is_that_organisation": (
        "The broadcaster NordTV aired the interview on Monday night.\n\n"
        "“We stand by our reporting,” the broadcaster said in a statement.",
        [("We stand by our reporting,", "NordTV")]),
    "a_charity_the_tagger_calls_a_person": (
        "The charity Kindhearts has raised £3m. “Every penny goes to families,” the charity said.",
        [("Every penny goes to families,", "Kindhearts")]),
    "a_common_noun_opening_a_sentence_is_no_organisation": (
        "The Labour Party lost the seat. Party leader Sam Hughes blamed turnout.\n\n"
        "“Our voters stayed home,” he said. “We will learn from this,” the party said in a statement.",
        [("Our voters stayed home,", "Sam Hughes"), ("We will learn from this,", "Labour Party")]),
    "it_reading_words_out_is_the_document_of_whoever_posted_it": (
        "Storm damage\n\nThe river burst its banks overnight.\n\n"
        "Mayor Lena Ruiz posted a statement on Facebook on Monday. “We will rebuild every home,” it read.",
        [("We will rebuild every home,", "Lena Ruiz")]),
    "a_statement_signed_by_someone_is_theirs": (
        "The board met on Friday. The statement, signed by CEO Maya Roth, read: “We apologise.”",
        [("We apologise.", "Maya Roth")]),
    "a_report_by_an_institute_set_off_by_commas": (
        "The report, by the Institute for Fiscal Studies, found that incomes fell. "
        "“Living standards are lower than in 2019,” the report said.",
        [("Living standards are lower than in 2019,", "Institute for Fiscal Studies")]),
    "the_survey_speaks_for_who_it_was_by": (
        "Housing\n\nA survey by the Halden Institute found rents rose 9% last year. "
        "“Renters are being squeezed,” the survey said.",
        [("Renters are being squeezed,", "Halden Institute")]),
    "an_acronym_before_an_organisation_noun_is_an_organisation": (
        "Rail strike\n\nThe TSSA union called a strike on Monday. Its leader, Maria Hollis, said members had no "
        "choice.\n\nThe union said further action was possible. “Talks can resume at any time,” it said.",
        [("Talks can resume at any time,", "TSSA")]),
    "the_occupation_is_the_person_the_tagger_called_an_organisation": (
        "Astronomer Priya Raman spotted the comet first.\n\n"
        "“I could not believe my eyes,” the astronomer said.",
        [("I could not believe my eyes,", "Priya Raman")]),
    "a_demonym_is_the_person_in_focus_not_the_club": (
        "Manchester United manager Erik Holm was furious after the 2-1 defeat.\n\n"
        "“The referee decided the game,” the Dutchman said.",
        [("The referee decided the game,", "Erik Holm")]),
    "the_spokeswoman_is_the_named_one": (
        "Police spokeswoman Linda Grey confirmed the arrest.\n\n"
        "“A man was detained at the scene,” the spokeswoman said.",
        [("A man was detained at the scene,", "Linda Grey")]),
    "an_age_stands_for_the_person": (
        "Rafael Ortiz, 45, has fished the bay for thirty years.\n\n"
        "“The fish are gone,” the 45-year-old said.",
        [("The fish are gone,", "Rafael Ortiz")]),
    "the_newspaper_is_the_outlet_named": (
        "The Harbour Gazette published a stern editorial on Sunday.\n\n"
        "“The council has failed its residents,” the newspaper said.",
        [("The council has failed its residents,", "Harbour Gazette")]),
    "the_paper_is_the_outlet_not_its_editor": (
        "Greta Holm runs the Lakeside Courier, a weekly newspaper.\n\n"
        "The Courier has covered the dispute for months.\n\n"
        "“We will keep asking questions,” the paper said in an editorial.",
        [("We will keep asking questions,", "Lakeside Courier")]),
    "outlet_named_inside_the_description": (
        "Relations between the two countries have cooled.\n\n"
        "“Washington should mind its own business,” the state-run Eastern Daily News tabloid wrote on Friday.",
        [("Washington should mind its own business,", "Eastern Daily News")]),
    "report_speaks_for_who_released_it": (
        "Shares of Orbis Mining fell sharply after the company released its annual report.\n\n"
        "“Demand for copper remains weak,” the report said.",
        [("Demand for copper remains weak,", "Orbis Mining")]),
    "post_speaks_for_who_posted": (
        "Senator Mia Falk posted a message on Sunday.\n\n"
        "“Proud of our volunteers,” the post read.",
        [("Proud of our volunteers,", "Mia Falk")]),
    "the_prince_is_the_titled_person": (
        "Prince Edmund visited the hospital on Tuesday.\n\n"
        "“The nurses here are heroes,” the prince said.",
        [("The nurses here are heroes,", "Prince Edmund")]),
    "the_party_is_not_its_leader": (
        "Greenfield Party leader Tomas Berg launched the campaign.\n\n"
        "“We are ready to govern,” the party said in a statement.",
        [("We are ready to govern,", "Greenfield Party")]),
    "owner_of_a_website": (
        "The Harbour Trust published its annual review on Monday.\n\n"
        "“Visitor numbers doubled in a year,” the Harbour Trust website says.",
        [("Visitor numbers doubled in a year,", "Harbour Trust")]),
    "campaign_of_a_person": (
        "Senator Amy Lund is running for governor.\n\n"
        "“We are outraising everyone,” Amy Lund’s campaign said in an email.",
        [("We are outraising everyone,", "Amy Lund campaign")]),
    "statement_speaks_for_its_issuer": (
        "Meridian Foods issued a statement on Tuesday about the recall of 4,000 jars of jam.\n\n"
        "“No illnesses have been reported,” the statement said.",
        [("No illnesses have been reported,", "Meridian Foods")]),
    "letter_from_its_sender": (
        "The council debated the plan for an hour.\n\n"
        "“The plan ignores the veterans who built this town,” a March 3 letter from the Harbor Veterans League "
        "said.",
        [("The plan ignores the veterans who built this town,", "Harbor Veterans League")]),
    "statement_of_nobody_named_stays_unnamed": (
        "Meridian Foods recalled 4,000 jars of jam on Tuesday.\n\n"
        "“No illnesses have been reported,” the statement said.",
        [("No illnesses have been reported,", None)]),
    "description_matches_the_fuller_role": (
        "Former President Luis Ortega and Vice President Ann Carver both spoke at the rally.\n\n"
        "“We have been here before,” the former president said.",
        [("We have been here before,", "Luis Ortega")]),
    "description_of_the_person_in_focus": (
        "Victor Aldane bought the old pier in 2019 and promised to rebuild it.\n\n"
        "“I will restore every plank,” the billionaire said.",
        [("I will restore every plank,", "Victor Aldane")]),
    "it_after_a_document_subject_is_the_document_not_the_firm_in_focus": (
        "Night shifts\n\nNorthwind Energy opened a plant in May. A new study of 900 nurses followed them for a year. "
        "It described night shifts as “a hidden risk.”",
        [("a hidden risk.", None)]),
    "it_after_a_document_an_organisation_issued_is_that_organisation": (
        "Pay gap\n\nThe Hale Institute published its annual survey on Monday. The survey also found that pay rose "
        "slowly. It called the gap “stubborn.”",
        [("stubborn.", "Hale Institute")]),
    "a_ministry_is_not_an_institute_in_focus": (
        "Pay gap\n\nThe Hale Institute published its annual survey on Monday. Ministers were not consulted.\n\n"
        "“We welcome the work,” the ministry said.",
        [("We welcome the work,", None)]),
    "the_pm_is_the_prime_minister": (
        "Pension plan\n\nPrime Minister Kevin Adair ruled out a tax rise on Tuesday. Union leaders welcomed the move."
        "\n\nThe PM later told radio listeners that he had “no plans” to change pensions.",
        [("no plans", "Kevin Adair")]),
    "an_office_the_person_in_focus_does_not_hold_is_someone_else": (
        "Budget\n\nSenator Ann Pike criticised the plan on Monday. “It is reckless,” she said.\n\nThe mayor emailed "
        "staff that the cuts were “regrettable but necessary.”",
        [("It is reckless,", "Ann Pike"), ("regrettable but necessary.", None)]),
    "the_office_the_person_in_focus_holds_is_theirs": (
        "Budget\n\nSenator Ann Pike criticised the plan on Monday. “It is reckless,” she said.\n\nThe senator told "
        "reporters the cuts were “regrettable but necessary.”",
        [("It is reckless,", "Ann Pike"), ("regrettable but necessary.", "Ann Pike")]),
    "analysts_named_by_their_firm_speak_for_it": (
        "Rates\n\nDeutsche Bank cut its growth forecast for Germany on Friday. Shares in Frankfurt fell.\n\n“We expect "
        "two more cuts this year,” Deutsche economists wrote in a note.",
        [("We expect two more cuts this year,", "Deutsche Bank")]),
    "aides_named_by_their_boss_stay_unnamed": (
        "Campaign\n\nSenator Ann Pike toured Iowa on Friday.\n\n“She is tired but happy,” one Pike aide said.",
        [("She is tired but happy,", None)]),
    "the_band_is_the_one_a_noun_before_the_name_calls_a_band": (
        "Festival\n\nFolk band the Copper Finches have pulled out of the Harrow Fair after their singer fell ill.\n\n"
        "“We are heartbroken,” the band wrote on Instagram.",
        [("We are heartbroken,", "Copper Finches")]),
    "a_compound_of_a_job_noun_is_a_description_of_the_person_in_focus": (
        "Campaign shake-up\n\nBen Okafor, who spent thirty years in operating theatres before running for governor, "
        "fell in the polls this month.\n\nThe retired neurosurgeon said in a statement that he was “refining some "
        "practices” in his campaign.",
        [("refining some practices", "Ben Okafor")]),
    "the_editorial_board_is_the_outlet_in_focus": (
        "Port plan\n\nMayor Tom Hale backs the port plan, which the Harbour Gazette opposes.\n\n“The plan is a "
        "gamble with public money,” the editorial board wrote on Sunday.",
        [("The plan is a gamble with public money,", "Harbour Gazette")]),
    "an_outlets_editorial_board_is_that_outlet": (
        "Port plan\n\nMayor Tom Hale backs the port plan, which the Harbour Gazette opposes.\n\n“The plan is a "
        "gamble with public money,” the Gazette’s editorial board wrote.",
        [("The plan is a gamble with public money,", "Harbour Gazette")]),
    "a_release_after_a_quote_of_sentences_is_who_announced_just_before": (
        "Rally\n\nFormer Governor Ann Pike had been due to speak in Dover, Del., but on Thursday the Harbour Party "
        "of Kent announced she was not coming.\n\n“Ann Pike has withdrawn. She sends her regrets. The rally goes "
        "on,” the release said.",
        [("Ann Pike has withdrawn. She sends her regrets. The rally goes on,", "Harbour Party of Kent")]),
    "a_statement_issued_by_a_campaign_is_the_campaigns": (
        "Primary\n\nSenator Tom Hale lost the primary in Ohio on Tuesday.\n\nBut a separate statement issued by the "
        "Hale campaign late on Tuesday was different. Instead, the statement talked about giving voters the right to "
        "“choose their own leader.”",
        [("choose their own leader.", "Tom Hale campaign")]),
    "an_email_sent_from_someone_is_theirs": (
        "Club closes\n\nThe Harbour Club will close, the Ledger reported.\n\nAccording to the Ledger, an email was "
        "sent from the club’s director, Jo Marsh, to members. The email said, “We are closing at the end of the "
        "month.”",
        [("We are closing at the end of the month.", "Jo Marsh")]),
    "the_job_whose_holder_is_long_gone_is_the_subject_just_before_without_a_job": (
        "Tax vote\n\nSen. Ann Pike voted against the bill on Monday. She said it was rushed.\n\nThe vote split the "
        "chamber. Leaders met until midnight. Few expected a deal before Friday.\n\nTom Hale toured a steel plant "
        "in Dayton on Tuesday. Walking into the hall, the senator said the plant was “the future of this state.”",
        [("the future of this state.", "Tom Hale")]),
    "the_job_whose_holder_was_just_named_is_that_holder": (
        "Tax vote\n\nThe vote split the chamber on Monday.\n\nTom Hale met Sen. Ann Pike in Dayton on Tuesday. "
        "Afterwards the senator said the bill was “dead for this year.”",
        [("dead for this year.", "Ann Pike")]),
    "the_job_the_story_keeps_using_stays_with_its_holder": (
        "Verdict\n\nThe court was full on Monday. Lawyers argued for hours. The judge listened in silence.\n\n"
        "Tom Hale and the prosecutor had said the same thing. “You both agree,” the judge said. Judge Rosa Imrie "
        "then adjourned the case.",
        [("You both agree,", "Rosa Imrie")]),
    "the_job_after_a_question_is_not_who_just_asked_it": (
        "Interview\n\nSen. Ann Pike spoke to reporters on Monday.\n\nThe vote split the chamber. Leaders met until "
        "midnight. Few expected a deal before Friday.\n\n“Will you run again?” Tom Hale asked.\n\n“Not this "
        "time,” the senator said.",
        [("Will you run again?", "Tom Hale"), ("Not this time,", "Ann Pike")]),
    "the_company_is_never_a_person_just_before": (
        "Robots\n\nNorvex Corp., a Leeds company, builds robots for warehouses. Its shares rose on Monday.\n\n"
        "The market was calm. "
        "Traders were cautious. Few expected a rally before Friday.\n\nMia Holt runs its lab in Leeds. The company "
        "said sales were “stronger than ever.”",
        [("stronger than ever.", "Norvex Corp.")]),
    "the_job_is_not_a_subject_just_before_who_has_another_job": (
        "Tax vote\n\nSen. Ann Pike voted against the bill on Monday. She said it was rushed.\n\nThe vote split the "
        "chamber. Leaders met until midnight. Few expected a deal before Friday.\n\nMayor Tom Hale toured a steel "
        "plant in Dayton on Tuesday. Later the senator said the plant was “the future of this state.”",
        [("the future of this state.", "Ann Pike")]),
    "a_name_before_campaign_is_the_candidate_not_the_person_in_focus": (
        "Ads\n\nThe race tightened this week, Mark Ellison wrote.\n\nAnother ad from the Cruz campaign says Trump "
        "is “a fraud.”",
        [("a fraud.", "Cruz campaign")]),
    "a_group_named_before_its_ad_owns_it": (
        "Ads\n\nThe race tightened this week.\n\nA Club for Growth ad argues that “only one candidate can win "
        "this state.”",
        [("only one candidate can win this state.", "Club for Growth")]),
    "a_date_before_a_letter_is_not_its_owner": (
        "Emblem row\n\nThe veterans group complained twice.\n\nA Feb. 1 letter from the American Legion warns "
        "that “any further contact will be through our attorney.”",
        [("any further contact will be through our attorney.", "American Legion")]),
}


def test_person_the_tagger_calls_a_place_is_a_person_when_a_job_describes_them(nlp):
    """'Matdos Santos, legal director for ..., said' tagged a place: a job in apposition tells."""
    from spacy.tokens import Span

    from quotes.extract import quotes_from_doc

    doc = nlp("Court ruling\n\n“We think the city is wrong,” Quill Marsh, legal director for the Harbor Trust, said "
              "on Monday.")
    name = next(i for i, t in enumerate(doc) if t.text == "Quill")
    doc.ents = [e for e in doc.ents if e.end <= name or e.start >= name + 2] + [Span(doc, name, name + 2, label="GPE")]
    assert [(q.text, q.speaker, q.speaker_kind) for q in quotes_from_doc(doc)] == [
        ("We think the city is wrong,", "Quill Marsh", "person")]


@pytest.mark.parametrize("listed, kind", [("and Brendan Price", "person"), ("and Harbor Trust", "organisation")])
def test_two_words_tagged_an_organisation_in_a_list_of_people_are_a_person(nlp, listed, kind):
    """'written with Quill Okafor and Brendan Price': two words the tagger calls an organisation,
    listed with a person, are a person; listed with an organisation they stay one (and the
    'Okafor' who speaks is someone else)."""
    from spacy.tokens import Span

    from quotes.extract import quotes_from_doc

    doc = nlp(f"Trade study\n\nIn a paper written with Quill Okafor {listed}, economists found that imports cost "
              "jobs. “The losses were larger than we thought,” Okafor said.")
    name = next(i for i, t in enumerate(doc) if t.text == "Quill")
    other = Span(doc, name + 3, name + 5, label="PERSON" if kind == "person" else "ORG")
    doc.ents = [e for e in doc.ents if e.end <= name or e.start >= name + 5] + [Span(doc, name, name + 2, label="ORG"), other]
    assert [(q.speaker, q.speaker_kind) for q in quotes_from_doc(doc)] == [
        ("Quill Okafor", "person") if kind == "person" else ("Okafor", "person")]


@pytest.mark.parametrize("name, tagged, speaker", [
    ("Rosette Pambakian", "Pambakian", "Rosette Pambakian"),  # a surname read as a nationality
    ("one Iowa Democrat", "Democrat", None),                  # a party member: a group word, no name
])
def test_a_surname_the_tagger_calls_a_group_joins_the_first_name_before_it(nlp, name, tagged, speaker):
    from spacy.tokens import Span

    from quotes.extract import quotes_from_doc

    doc = nlp(f"Dating app\n\n“We do not allow spamming,” {name}, a Tinder spokeswoman, said in an email.")
    at = next(i for i, t in enumerate(doc) if t.text == tagged)
    doc.ents = [e for e in doc.ents if e.end <= at - 1 or e.start > at] + [Span(doc, at, at + 1, label="NORP")]
    assert [q.speaker for q in quotes_from_doc(doc)] == [speaker]


def test_a_headline_tagged_as_one_long_name_keeps_only_the_name_the_body_writes(nlp):
    """'FDIC Accused Of Covering Up China' tagged as one organisation in the headline: the
    name is the first run of words the body writes as names ('NTSB'), so the body's
    'the NTSB said' is not filed under the headline."""
    from spacy.tokens import Span

    from quotes.extract import quotes_from_doc

    text = ("NTSB Accused Of Hiding Crash Data From Congress\n\nStaff at the NTSB hid crash data from Congress, a "
            "report said on Wednesday.\n\nThe report cited an internal NTSB review. “We followed every rule,” the NTSB "
            "said in a statement.")
    doc = nlp(text)
    headline = doc.char_span(0, len("NTSB Accused Of Hiding Crash Data From Congress"))
    doc.ents = [e for e in doc.ents if e.start >= headline.end] + [Span(doc, headline.start, headline.end, label="ORG")]
    assert [(q.text, q.speaker) for q in quotes_from_doc(doc)] == [("We followed every rule,", "NTSB")]


def test_a_person_of_a_body_tagged_as_one_name_is_the_person(nlp):
    """'Meenakshi Ganguly of Human Rights Watch' tagged as one organisation: a given name,
    a surname, 'of' and a body are a person and their employer ('The Fraternal Order of
    Police' stays whole: no given name opens it)."""
    from spacy.tokens import Span

    from quotes.extract import quotes_from_doc

    text = ("Vote\n\n“Their votes did not count,” said Priyanka Mehra of Human Rights Watch. The Fraternal Order of "
            "Police, which represents the officers, sided with the chief. In a statement, it said officers were "
            "“exhausted.”")
    doc = nlp(text)
    spans = [doc.char_span(text.index(t), text.index(t) + len(t)) for t in (
        "Priyanka Mehra of Human Rights Watch", "The Fraternal Order of Police")]
    doc.ents = [Span(doc, s.start, s.end, label="ORG") for s in spans]
    assert [(q.text, q.speaker) for q in quotes_from_doc(doc)] == [
        ("Their votes did not count,", "Priyanka Mehra"), ("exhausted.", "Fraternal Order of Police")]


@pytest.mark.parametrize("text, tagged, speaker, label", [
    ("“We are ready,” said his best friend at Bucknell, Martin Kessel, who recalled it. “It was fine,” Mr. Kessel "
     "said.", "Bucknell, Martin Kessel", "Martin Kessel", "ORG"),
    ("The Weekly Standard’s Rohan Mehta reviewed it. “It is a mask,” Mehta wrote.", "The Weekly Standard’s Rohan Mehta",
     "Rohan Mehta", "ORG"),
    # a given name of the worldwide data after the possessive, the surname never alone
    ("Critics were unkind. The Morning Star’s Arjun Vyas found the opera “long, loud and hollow.”",
     "The Morning Star’s Arjun Vyas", "Arjun Vyas", "GPE"),
])
def test_a_person_after_a_comma_or_possessive_inside_one_entity_is_a_name_of_its_own(nlp, text, tagged, speaker,
                                                                                         label):
    """'Lehigh, Bruce Turry' or 'The Morning Star’s Arjun Vyas' tagged as one entity: the
    person's name stands apart, so 'Mr. Turry said' is Bruce Turry."""
    from spacy.tokens import Span

    from quotes.extract import quotes_from_doc

    doc = nlp(text)
    start = text.index(tagged)
    span = doc.char_span(start, start + len(tagged))
    doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [Span(doc, span.start, span.end,
                                                                                         label=label)]
    assert {q.speaker for q in quotes_from_doc(doc)} == {speaker}


def test_an_untagged_name_after_a_places_possessive_is_a_person(nlp):
    """'Utah’s Kendal Brisk, a delegate' with the name untagged, a first name no census list
    has and the later surname tagged an organisation: the two words after a place's
    possessive are a person when the article writes the surname alone."""
    from spacy.tokens import Span

    from quotes.extract import quotes_from_doc

    text = ("Rebels\n\nThe rebels — Tom Reed, a former aide, and Utah’s Kendal Brisk, a delegate — have led the push."
            "\n\n“They have no plan,” said Brisk.")
    doc = nlp(text)
    last = doc.char_span(text.rindex("Brisk"), text.rindex("Brisk") + 5)
    doc.ents = [e for e in doc.ents if "Kendal" not in e.text and e.start != last.start] + [
        Span(doc, last.start, last.end, label="ORG")]
    assert [q.speaker for q in quotes_from_doc(doc)] == ["Kendal Brisk"]


def test_a_surname_two_relatives_share_is_the_one_the_article_last_called_by_it(nlp):
    """'Gareth Pryce ... Pryce said ... Pryce's son, Owen, ... took over from Pryce' with the
    last surname untagged: it is Gareth, whom the article calls by the surname alone, so the
    'he' after it is Gareth, not his son."""
    from quotes.extract import quotes_from_doc

    text = ("Coach dismissed\n\nGareth Pryce, a former goalkeeper, was dismissed by the club on Tuesday. Pryce said he "
            "had broken no rule.\n\nPryce's son, Owen, backed his father online, writing: “He is the fairest man I "
            "know.”\n\nAfter his ban last spring, Mia Santos took over from Pryce on the youth teams. He was later given "
            "the reserve side.\n\nLast week, he told a podcast that the chairman “should resign.”")
    doc = nlp(text)
    doc.ents = [e for e in doc.ents if e.start_char != text.index("Pryce on the")]
    assert [(q.text, q.speaker) for q in quotes_from_doc(doc)] == [
        ("He is the fairest man I know.", "Owen Pryce"), ("should resign.", "Gareth Pryce")]


def test_a_name_modifying_a_noun_after_it_names_a_thing_not_a_person(nlp):
    """'the Walter P. Henley briefing room' tagged a person: a name modifying a common noun
    names a thing, so a later 'he' is not Walter P. Henley."""
    from spacy.tokens import Span

    from quotes.extract import quotes_from_doc

    text = ("Vigil\n\nSpeaking in the Walter P. Henley briefing room on Monday, Governor Ana Ruiz appealed for calm. “We "
            "will rebuild,” he said.")
    doc = nlp(text)
    span = doc.char_span(text.index("Walter"), text.index(" briefing"))
    doc.ents = [e for e in doc.ents if e.end <= span.start or e.start >= span.end] + [
        Span(doc, span.start, span.end, label="PERSON")]
    assert [q.speaker for q in quotes_from_doc(doc)] == [None]


def test_a_given_name_and_a_word_before_of_and_a_body_are_a_person_the_tagger_missed(nlp):
    """'Tarun Mehra of Greenfield Youth Club' untagged, with a given name no census list has:
    a person, and the 'he' of the next paragraph."""
    from quotes.extract import quotes_from_doc

    doc = nlp("Volunteers\n\nThe man who beat Mr. Okafor, Tarun Mehra of Greenfield Youth Club, said he had knocked on "
              "300 doors.\n\n“Talk to your neighbours first,” he tells new recruits.")
    doc.ents = [e for e in doc.ents if "Tarun" not in e.text]
    assert [q.speaker for q in quotes_from_doc(doc)] == ["Tarun Mehra"]


@pytest.mark.parametrize("line, prompt", [
    ("Do you support Ann Pike? Like the page:", True),
    ("Sign up for her newsletter, Salt Lines.", True),
    ("Subscribe to the Ledger’s politics podcast here.", True),
    ("A woman tried to get men to sign up for updates from the Pike campaign.", False),
    ("“Like the page,” Hale told his staff.", False),
    ("Supporters were told to like the page and share it.", False),
])
def test_a_line_asking_the_reader_to_act_is_not_the_story(line, prompt):
    from quotes.article import reader_prompt

    assert reader_prompt(line) is prompt


def test_a_named_group_subject_of_the_clause_holding_the_quote_says_it(nlp):
    """'though the farm group Fuel Iowa is “confident ...,” she may split': the quote is the
    named group's (the subject of its own clause), not the main clause's 'she'; and a name
    right after an organisation noun is that organisation, whatever the tagger calls it."""
    text = ("Ethanol\n\nAnn Pike courted green voters in Iowa on Monday. Those stances have helped her, and though the "
            "farm group Fuel Iowa is “confident that Pike will stay a champion for biofuels,” she may split with her "
            "old boss.")
    [q] = extract_quotes(text, nlp=nlp)
    assert (q.speaker, q.speaker_kind, q.speaker_mention.text) == ("Fuel Iowa", "organisation", "Fuel Iowa")


def test_a_name_before_a_described_aside_speaks_when_the_parse_hangs_it_elsewhere(nlp):
    """'..., Col. Tom H. Hale, a military spokesman in Kabul, said, “...”' with the name parsed as
    an apposition of the date before it, leaving 'said' without a subject: the name set off
    by a description between commas is the speaker."""
    from quotes.extract import quotes_from_doc

    doc = nlp("Patrols\n\nBut in a call with reporters on Dec. 2, Col. Tom H. Hale, a military spokesman in Kabul, "
              "said, “I mean, a raid is a combat operation.”")
    hale, date = next(t for t in doc if t.text == "Hale"), next(t for t in doc if t.text == "Dec.")
    hale.head, hale.dep_ = date, "appos"
    assert not any(c.dep_ == "nsubj" for c in next(t for t in doc if t.text == "said").children)
    assert [q.speaker for q in quotes_from_doc(doc)] == ["Tom H. Hale"]


def test_a_name_before_a_bracketed_party_tag_speaks_when_the_parse_hangs_it_elsewhere(nlp):
    """'At the dinner Rep. Mark Dunn (R-OH) said ... “...”' with the name parsed as an
    apposition of the place before it, leaving 'said' without a subject: the person named
    right before the short bracketed aside is the speaker."""
    from quotes.extract import quotes_from_doc

    doc = nlp("Meeting\n\nOn Friday at the party’s spring dinner Rep. Mark Dunn (R-OH) said the governor was a "
              "“total disaster” for the state.")
    dunn, dinner, said = (next(t for t in doc if t.text == w) for w in ("Dunn", "dinner", "said"))
    dunn.head, dunn.dep_ = dinner, "appos"
    assert not any(c.dep_ == "nsubj" for c in said.children)
    assert [(q.speaker, q.speaker_mention.text, q.cue) for q in quotes_from_doc(doc)] == [
        ("Mark Dunn", "Rep. Mark Dunn", "said")]  # not 'the governor' the clause is about


@pytest.mark.parametrize("member", ["Republican", "Democrat", "Liberal"])
def test_a_party_member_and_a_given_name_tagged_an_organisation_are_a_title_and_a_person(nlp, member):
    """'House Budget Republican Tom Hale' tagged as one organisation: the party's member before
    a given name is a title, and the words after it the person."""
    from spacy.tokens import Span

    from quotes.extract import quotes_from_doc

    doc = nlp(f"Budget\n\nHouse Budget {member} Tom Hale, who has read the bill, agreed.\n\n“It is a mess,” he said.")
    doc.ents = [Span(doc, 2, 7, label="ORG")]
    assert doc.ents[0].text == f"House Budget {member} Tom Hale"
    assert [(q.speaker, q.speaker_kind) for q in quotes_from_doc(doc)] == [("Tom Hale", "person")]


@pytest.mark.parametrize("text", [
    "Soraya Tehrani, an Iranian journalist, was on the promenade.\n\n“People ran everywhere,” she said.",
    "Soraya Tehrani said she was on the promenade.\n\n“People ran everywhere,” she said.",
    "Soraya Tehrani, who was on the promenade, filmed the crowd.\n\n“People ran everywhere,” she said.",
])
def test_person_the_tagger_calls_an_organisation(nlp, text):
    """spaCy tags people ORG now and then: a person noun or a he/she after them tells."""
    from spacy.tokens import Span

    from quotes.extract import quotes_from_doc

    doc = nlp(text)
    doc.ents = [Span(doc, 0, 2, label="ORG")]
    assert [(q.text, q.speaker, q.speaker_kind) for q in quotes_from_doc(doc)] == [
        ("People ran everywhere,", "Soraya Tehrani", "person")]


APPOSITIONS = {
    "a_title_with_a_portfolio_before_a_name_is_that_person": (
        "Radio\n\nThe station is on air seven days a week. Apex Radio Vice President for news and talk Dana Whitfield "
        "called the show “the news show of record.”",
        [("the news show of record.", "Dana Whitfield")]),
    "attorneys_for_a_person_are_not_that_person": (
        "Emails\n\nAttorneys for Ruiz opposed the request, saying the account “has never been the property of the "
        "department.”",
        [("has never been the property of the department.", None)]),
    "one_name_after_a_group_names_someone_else_in_it": (
        "Crash\n\nIn a statement, the family of the victim, Sara Lind, said they were \"heartbroken.\" Lawyers for "
        "the driver, Tom Vance, said he was \"devastated.\" A spokeswoman for the mayor, Jane Roe, said the road "
        "was \"being checked.\"",
        [("heartbroken.", None), ("devastated.", None), ("being checked.", "Jane Roe")]),
    "a_title_the_parser_reads_as_an_adjective_still_takes_its_named_apposition": (
        "Vaccine trial\n\nThe World Health Organization welcomed the findings. Its director-general, Amara Diallo, "
        "said they offered “real hope.”",
        [("real hope.", "Amara Diallo")]),
    "a_name_closing_an_aside_between_dashes_is_neither_the_subject_nor_described_by_what_follows": (
        "Recount fight\n\nState Senator Mark Hale filed a complaint on Monday.\n\nIn the memo - addressed to "
        "the chair of the elections board, Dana Ruiz - the Ohio senator argues that \"the count was deeply flawed.\"",
        [("the count was deeply flawed.", "Mark Hale")]),
    "a_capitalised_title_with_a_name_in_apposition_is_that_person": (
        "Flood relief\n\nGovernor Ada Mensah has ordered an inquiry. “Nobody will be spared,” Mensah said.\n\n"
        "The Commissioner for Works, Kofi Asante, said repairs were “well under way.”",
        [("Nobody will be spared,", "Ada Mensah"), ("well under way.", "Kofi Asante")]),
    "a_hyphenated_name_the_tagger_called_an_organisation_in_apposition_is_a_person": (
        "Budget reaction\n\nThe Federation of Small Firms warned the tax rises would hit hiring. Its chief "
        "executive, Sky Newton-Hale, said: “Firms will think twice before hiring.”",
        [("Firms will think twice before hiring.", "Sky Newton-Hale")]),
    "name_apposition_then_cue": (
        "“The numbers are moving our way,” Dana Whitfield, the pollster who founded the Civic Pulse survey "
        "tweeted on Wednesday.",
        [("The numbers are moving our way,", "Dana Whitfield")]),
    "name_apposition_with_possessive_then_cue": (
        "“They were rivals, but they respected each other,” Walter P. Grange, the governor’s former chief of "
        "staff, said of the two men.",
        [("They were rivals, but they respected each other,", "Walter P. Grange")]),
    "description_then_name_in_apposition": (
        "Mill to close\n\nNorthgate Paper will shut its Dunmore mill in March.\n\n"
        "A spokeswoman for Northgate, Helen Marsh, said: “We looked at every option.”",
        [("We looked at every option.", "Helen Marsh")]),
    "description_then_name_then_cue_after": (
        "“Nobody here saw it coming,” a union official, Pavel Novak, told reporters at the gate.",
        [("Nobody here saw it coming,", "Pavel Novak")]),
    "a_title_the_tagger_reads_as_a_name_is_the_name_in_apposition": (
        "Budget row\n\nOpposition Leader Ruth Hale attacked the plan. “It is a mess,” she said.\n\nThe Treasurer, "
        "Omar Vance, said the budget was “fair and responsible.”",
        [("It is a mess,", "Ruth Hale"), ("fair and responsible.", "Omar Vance")]),
}


@pytest.mark.parametrize("text, rule", [
    ("Mark Kelly arrived late. “The roads were closed,” he said.", "pronoun"),
    ("“The roads were closed,” Mark Kelly said.", "name"),
    ("The Ministry of Defence denied it. “No troops crossed,” the ministry said.", "definite_nominal"),
    ("Meridian Foods issued a statement on the recall. “No one fell ill,” the statement said.", "owner"),
    ("“The talks have stalled,” a source familiar with the matter said.", "unnamed"),
    ("A spokesman for Brightwater, Karl Weber, added: “The talks have stalled.”", "named_in_apposition"),
    ("Bridge opens\n\nMayor Linda Ortiz opened the new bridge on Sunday.\n\nMayor: “It took ten years.”",
     "title_alone"),
    ("Tom Ebeling farms here. His wife, Betsy Ebeling, runs the shop. “We will not sell,” his wife said.",
     "named_relative"),
])
def test_each_quote_records_its_resolution_rule(nlp, text, rule):
    (q,) = extract_quotes(text, nlp=nlp)
    assert q.resolution == rule


CUE_FORMS = {
    "a_long_subject_right_after_a_quote_opening_its_sentence_is_the_speaker": (
        "Harbour\n\nSen. Ana Ruiz spoke on Wednesday.\n\n“The port will not reopen before the spring thaw,” the "
        "veteran Alaska senator and former harbour pilot told CBS’s “Face the Nation.” “We are doing what we can.”",
        [("The port will not reopen before the spring thaw,", "Ana Ruiz"), ("We are doing what we can.", "Ana Ruiz")]),
    "a_subject_after_a_quote_ending_an_as_clause_is_the_main_clause_s": (
        "Harbour\n\nTom Hale said on Monday that the charges were unfair.\n\nBut even as Hale claimed on Tuesday that "
        "“the mayor got in trouble for far less,” one of the former lawyers for Mayor Ana Ruiz said the two cases were "
        "quite different.",
        [("the mayor got in trouble for far less,", "Tom Hale")]),
    "a_surname_read_as_a_modal_verb_before_the_cue_is_the_speaker": (
        "Column\n\nThe columnist George Will attacked the field on Friday. “This should hasten the eclipse of the "
        "outsiders,” Will wrote.",
        [("This should hasten the eclipse of the outsiders,", "George Will")]),
    "a_capitalised_adverb_in_a_title_case_headline_is_no_speaker": (
        "'Time' Just Announced Its 'Person Of The Year' And It's Not Who You Think\n\nThe magazine named the "
        "German chancellor on Wednesday.",
        []),
    "a_name_after_an_inverted_cue_the_tagger_read_as_an_adverb_is_the_speaker": (
        "Data\n\nPollster Bill Skelly joined the campaign in May. “Having access to the file is valuable,” said "
        "Skelly, explaining he had worked with the party before.",
        [("Having access to the file is valuable,", "Bill Skelly")]),
    "a_name_the_parse_made_an_adverb_before_its_description_is_the_speaker": (
        "Race\n\nRepublican Mark Tolliver met Democrat Luis Carrera on Tuesday. Tolliver, a former sheriff, accused "
        "his opponent of wanting to \"open the border.\"",
        [("open the border.", "Mark Tolliver")]),
    "a_place_before_a_description_is_no_speaker": (
        "Race\n\nThe debate was tense. In Phoenix, a former sheriff, accused his opponent of wanting to "
        "\"open the border.\"",
        [("open the border.", None)]),
    "whom_a_passive_verb_characterises_is_not_the_speaker": (
        "Party split\n\nThe vote went badly for the leadership on Monday.\n\nParty chairman Tom Hale was said to be "
        "“furious” with the mayor for dividing the party.",
        []),  # nobody is credited with the word: a characterisation, not speech
    "a_passive_verb_characterising_its_subject_credits_its_agent": (
        "Profile\n\nMayor Ann Ruiz won a third term on Monday.\n\nShe is often described as “a fighter” by her aides.",
        [("a fighter", None)]),
    "a_passive_verb_reporting_its_subjects_words_credits_the_subject": (
        "Profile\n\nMayor Ann Ruiz won a third term on Monday.\n\nShe was quoted as saying “the port will close” in "
        "a local paper.",
        [("the port will close", "Ann Ruiz")]),
    "a_who_clause_the_parse_made_the_cues_complement_leaves_its_name_the_speaker": (
        "Endorsements\n\nSenator Dana Ruiz has few backers in the House. Ruiz, meanwhile, who has no such "
        "endorsements, said that fact speaks volumes about which candidate is \"ready to take on the establishment.\"",
        [("ready to take on the establishment.", "Dana Ruiz")]),
    "a_document_before_read_the_tagger_made_a_noun_is_the_subject": (
        "Flood aid\n\nThe editors of the Harbor Ledger aimed their Friday editorial at the governor.\n\n“If she "
        "wants to lead, she should act like it,” the editorial read.",
        [("If she wants to lead, she should act like it,", "Harbor Ledger")]),
    "a_document_after_read_right_after_the_quote_is_what_the_quote_reads": (
        "Speech row\n\nSpokesman Jason Miller drafted the statement overnight.\n\n\"In writing her speech, the team "
        "took notes on her life,\" read the statement.",
        [("In writing her speech, the team took notes on her life,", "Jason Miller")]),
    "a_name_after_on_before_a_colon_is_where_the_subject_speaks": (
        "Threats\n\nIn the hours after the attack, the group's leader, Abu Karim, celebrated it on Twitter: “We have "
        "arrived.”",
        [("We have arrived.", "Abu Karim")]),
    "a_name_after_from_before_a_colon_sends_the_quote": (
        "Vote\n\nThe caucus met late on Monday and got a short message from Nancy Pelosi: “Hold the line.”",
        [("Hold the line.", "Nancy Pelosi")]),
    "a_cue_whose_subject_follows_an_earlier_quote_attributes_the_next_one": (
        "Probe\n\nTom Hale defended the inquiry. Ruiz cannot say that “from his point of view,” Hale added, saying "
        "it should be “up to the judge to decide.”",
        [("from his point of view,", "Tom Hale"), ("up to the judge to decide.", "Tom Hale")]),
    "a_participle_the_tagger_made_a_noun_is_the_cue_of_the_clause_it_hangs_on": (
        "Debate\n\n“Too forced?” Pike tweeted when Ann Ruiz ended the debate with a reference to the new film, "
        "remarking, “Thank you, and good night.”",
        [("Too forced?", "Pike"), ("Thank you, and good night.", "Ann Ruiz")]),
    "according_to_on_a_later_sentences_own_clause_sources_that_clause_not_the_quote_before": (
        "Rivals\n\nOn Tuesday, both rivals criticized the campaign.\n\n\"It's a very sad development,\" Ruiz told "
        "reporters outside a cafe in Dover. \"This is the result of the culture of his campaign. That has no place in "
        "politics.\" Gov. Tom Hale said he would have fired the aide, according to press reports.",
        [("It's a very sad development,", "Ruiz"),
         ("This is the result of the culture of his campaign. That has no place in politics.", "Ruiz")]),
    "a_whose_clause_the_parse_made_the_cues_complement_leaves_its_name_the_speaker": (
        "Valley\n\nMs. Hale, whose latest company, Dataworks, sells software to help farms track water, said "
        "Mr. Reyes was a candidate very much in the spirit of the valley: “He is a builder.”",
        [("He is a builder.", "Hale")]),
    "a_participle_opening_a_sentence_goes_on_from_the_speaker_before": (
        "Late show\n\nLater in the show, host Sam Maher stated of the scandal that the report “wasn't good.” Adding, "
        "“Now, like with all these scandals, what they do is never that bad.”",
        [("wasn't good.", "Sam Maher"), ("Now, like with all these scandals, what they do is never that bad.", "Sam Maher")]),
    "a_name_inside_a_who_clause_before_the_cue_is_not_the_speaker": (
        "Harbour\n\nOf the mayor, Levine, who has given money to Senator Dana Ruiz, said, “He is out of his depth.”",
        [("He is out of his depth.", "Levine")]),
    "a_claim_the_parse_cut_from_its_that_clause_is_its_owners": (
        "Port\n\nSenator Dana Ruiz met Mayor Tom Hale on Monday. “I did not want that,” Ruiz said. As the debate "
        "went on and Hale stood by his remark Sunday that \"the port must close,\" Ruiz left the room.",
        [("I did not want that,", "Dana Ruiz"), ("the port must close,", "Tom Hale")]),
    "a_participle_the_parse_hangs_on_a_rejected_idea_is_the_rejecters": (
        "Inquiry\n\nContinuing to explain his view, Halvorsen rejected the notion that the episode should be forgotten, "
        "saying that if he \"found something that was rotten, I would fix it.\"",
        [("found something that was rotten, I would fix it.", "Halvorsen")]),
    "a_name_calling_it_something_in_a_relative_clause_is_the_speaker": (
        "Stadium\n\nMayor Ann Ruiz defended the stadium plan, which Tom Reyes, the council leader, called “a disgrace.”",
        [("a disgrace.", "Tom Reyes")]),
    "a_that_clause_subject_is_what_the_words_are_about_not_who_holds_them": (
        "Ballot\n\nThe Ohio Ballot Board met on Friday. In rejecting the challenge, the board recognized that a "
        "higher court should settle the matter — “so that all voters know the rules once and for all.”",
        [("so that all voters know the rules once and for all.", "Ohio Ballot Board")]),
    "an_infinitive_speech_verb_the_tagger_made_a_noun_is_a_cue_of_the_one_prompted": (
        "County\n\nThat record prompted the Harbor Institute, which studies ports, to state, “Dover is the best "
        "guide to the national mood.”",
        [("Dover is the best guide to the national mood.", "Harbor Institute")]),
    "a_sentence_opening_to_someone_gives_their_view": (
        "Farm\n\nBetsy Sharp of Burke County knows Tom Hale well. To Sharp, Hale is the “kind and caring” man "
        "who saved her farm.\n\nTo this day, Hale is a “fighter” in the town's eyes.",
        [("kind and caring", "Betsy Sharp"), ("fighter", "Tom Hale")]),
    "a_clause_saying_only_that_someone_spoke_reports_none_of_the_words_beside_it": (
        "Guns\n\nAs Senator Tom Hale spoke, the Rifle League was going into overdrive, whipping lawmakers "
        "against “any and all gun control.”",
        [("any and all gun control.", "Rifle League")]),
    "a_cue_with_its_own_subject_after_a_told_sentence_ends_is_a_new_event": (
        "Debate\n\nSenator Tom Hale dispensed with the threat in two sentences before abruptly pivoting to the "
        "dangers of a “rigged economy.” Ana Ruiz struggled to answer a simple question on Sunday about taxes.\n\n"
        "“We will win on Tuesday.” Mayor Ana Ruiz of Dover, who faces a tough race this fall, said it twice.",
        [("rigged economy.", "Tom Hale"), ("We will win on Tuesday.", "Ana Ruiz")]),
    "an_as_clause_with_put_it_says_whose_words_the_quote_is": (
        "Deal\n\nAs the firm's chief executive, Dana Whitlock, put it in her memo to employees explaining the "
        "merger, “We will no longer be looking up at the giants.”",
        [("We will no longer be looking up at the giants.", "Dana Whitlock")]),
    "a_relative_clause_with_a_subject_of_its_own_reports_the_quote_not_the_main_clause": (
        "Budget\n\nCouncilman Tom Hale criticized the mayor's budget, which an independent audit said was “wildly "
        "optimistic” but lawful.\n\nMayor Ana Ruiz met the unions, and Hale attacked the deal, which she said was "
        "“fair to everyone.”",
        [("wildly optimistic", None), ("fair to everyone.", "Ana Ruiz")]),
    "a_relative_clause_whose_subject_is_anyone_reports_nothing": (
        "Guns\n\nMayor Ana Ruiz says limits are needed. She notes that free speech has the limit that you "
        "cannot yell “fire” in a crowded theater.",
        [("fire", "Ana Ruiz")]),
    "a_participle_hung_on_the_people_a_message_went_to_is_the_senders": (
        "Campaign\n\nSenator Ruth Calder lost the primary on Tuesday.\n\nThe senator emailed donors saying: \"This "
        "fight is not over.\"",
        [("This fight is not over.", "Ruth Calder")]),
    "a_speech_verb_tagged_a_noun_after_a_name_set_off_by_commas_is_the_cue": (
        "Bridge\n\nThe council approved the bridge on Monday.\n\n\"We expect to start in spring,\" the firm's chief "
        "engineer, Lila Varga, states in the filing.",
        [("We expect to start in spring,", "Lila Varga")]),
    "what_someone_called_is_their_phrase_not_the_outer_subjects": (
        "Reef\n\nDr. Amy Lowe studied the reef for 30 years. Her 1990 paper in the journal Nature described what "
        "she called \"the slow fade\" of the reef.",
        [("the slow fade", "Amy Lowe")]),
    "a_participle_hung_on_a_named_person_before_a_colon_is_that_persons_cue": (
        "Results\n\nThe count ended after midnight.\n\nThe striker, Leah Moss, posted on Instagram: \"What a night. "
        "Thank you all.\"",
        [("What a night. Thank you all.", "Leah Moss")]),
    "a_name_glued_to_the_closing_quote_mark_is_still_the_speaker": (
        "Interview\n\nSenator Ruth Calder spoke on Friday. “I think it is surprising,”Calder said. She said,\"We "
        "won.\"",
        [("I think it is surprising,", "Ruth Calder"), ("We won.", "Ruth Calder")]),
    "an_as_clause_after_the_quote_names_who_said_it": (
        "Climate\n\nThe channel's hosts often doubt the science. Its hosts say that warnings come from \"activists "
        "in the scientific community,\" as the host Dana Pryor said in April.\n\nThe crowd cheered \"louder than "
        "ever,\" as the band arrived.",
        [("activists in the scientific community,", "Dana Pryor"), ("louder than ever,", None)]),
    "a_participle_after_a_clause_with_a_speaker_is_that_speakers": (
        "Storm\n\nThe hearing grew tense when Senator Ruth Calder questioned the director, saying the agency had "
        "\"failed every test.\" It was a long night, as Mayor Dana Whitfield thanked the crews, calling them "
        "\"the best of us.\"\n\nThe storm moved north, saying goodbye with \"one last gust.\"\n\nThere was much talk "
        "about Omar Haddad, who was on stage all morning, saying \"the roads come first.\"",
        [("failed every test.", "Ruth Calder"), ("the best of us.", "Dana Whitfield"), ("one last gust.", None),
         ("the roads come first.", "Omar Haddad")]),
    "a_lead_in_naming_whose_verdict_or_message_follows": (
        "Rail strike\n\nTransport Secretary Mark Ellery replied within the hour. His verdict: \"Reckless and "
        "unnecessary.\"\n\nThe message from Dr. Amara Osei is simple: \"Book the booster now.\" The reaction "
        "of the council leader, Tom Hale, was swift: \"We will appeal.\" Her advice to voters: \"Read the "
        "small print.\"",
        [("Reckless and unnecessary.", "Mark Ellery"), ("Book the booster now.", "Amara Osei"),
         ("We will appeal.", "Tom Hale"), ("Read the small print.", "Amara Osei")]),
    "of_two_subjects_the_parse_gives_a_cue_a_persons_name_beats_a_platform": (
        "Election night\n\nSenator Paul Grady did not concede on Tuesday. In a post on X, formerly Twitter, "
        "Grady wrote: \"We will wait for every ballot.\"",
        [("We will wait for every ballot.", "Paul Grady")]),
    "corrected_interrupted_and_went_on_are_cues": (
        "Corner shop\n\nTom Hale and his wife, Ann, have run the shop for thirty years.\n\n\"We have seen three "
        "recessions,\" Tom said.\n\n\"Four,\" Ann corrected him. \"And the bills keep rising,\" Tom went on. "
        "The flood went on for hours.\n\n\"Let me finish,\" Ann interrupted.",
        [("We have seen three recessions,", "Tom Hale"), ("Four,", "Ann Hale"),
         ("And the bills keep rising,", "Tom Hale"), ("Let me finish,", "Ann Hale")]),
    "who_refers_to_or_portrays_someone_in_quoted_words_says_them": (
        "Budget row\n\nMayor Ann Pike spoke on Monday. Councillor Tom Hale referred to the plan as \"a slow "
        "disaster.\" Pike portrayed Hale as \"a man with no ideas.\" Hale vented: \"Nobody listens.\"",
        [("a slow disaster.", "Tom Hale"), ("a man with no ideas.", "Ann Pike"), ("Nobody listens.", "Tom Hale")]),
    "a_title_between_a_subject_and_its_verb_is_not_speech_nor_is_the_object_its_speaker": (
        "Gun law\n\nStars backed the plan on Monday.\n\nDana Reyes, star of the drama \u201cHarbour Lights,\u201d thanked "
        "Obama for \u201ctaking these steps.\u201d",
        [("taking these steps.", "Dana Reyes")]),
    "the_last_of_three_conjuncts_shares_the_subject_of_the_one_before": (
        "Boycott\n\nIn the days before the speech, a group of rabbis called for a boycott of his speech, and the "
        "civil rights organization the Anti-Defamation League strongly denounced his rhetoric and said it would "
        "\"redirect\" all of his past donations.",
        [("redirect", "Anti-Defamation League")]),
    "less_common_speech_verbs_are_cues": (
        "Harbour plan\n\nMayor Ines Varga spoke on Monday. Asked about the cost, she clarified, “The state pays "
        "half.”\n\nEngineers have speculated that the wall could “fail within a decade.” Councillor Tom Reddy "
        "confessed that he was “not convinced.”",
        [("The state pays half.", "Ines Varga"), ("fail within a decade.", None), ("not convinced.", "Tom Reddy")]),
    "pressed_after_a_question_is_a_cue": (
        "Interview\n\nOmar Haddad took questions on Monday.\n\n\"Would you sign the bill?\" Lena Brandt pressed. "
        "\"Not as written,\" Haddad said.",
        [("Would you sign the bill?", "Lena Brandt"), ("Not as written,", "Omar Haddad")]),
    "a_clause_ending_at_the_colon_introduces_the_quote": (
        "Rally\n\n\"We have a few visitors today,\" Mayor Dana Whitfield said as protester Tom Ames shouted: "
        "\"Resign now!\"",
        [("We have a few visitors today,", "Dana Whitfield"), ("Resign now!", "Tom Ames")]),
    "a_crowd_chanting_before_the_colon_is_not_the_speaker_before_it": (
        "Rally\n\nMayor Dana Whitfield spoke for an hour. \"We have a few visitors today,\" she said as the "
        "protesters chanted: \"Resign now!\"",
        [("We have a few visitors today,", "Dana Whitfield"), ("Resign now!", None)]),
    "a_speech_verb_the_parser_reads_as_a_noun_keeps_its_speaker": (
        "Course closures\n\nThe Fairway Foundation published its yearly count on Monday. Courses are closing at a "
        "record pace, a trend that the foundation predicts will continue “for years to come.”",
        [("for years to come.", "Fairway Foundation")]),
    "a_quote_in_the_clause_of_someones_claim_is_theirs_not_the_subjects": (
        "Budget row\n\nGov. Tom Hale on Thursday blamed the media for making an issue out of Mayor Ann Pike's "
        "claim that the council had “lied to voters,” saying reporters were nitpicking.\n\nThe governor also "
        "dismissed Pike's remark that the plan was “a disaster.” Tom Hale said the union's claim was “nonsense.”",
        [("lied to voters,", "Ann Pike"), ("a disaster.", "Ann Pike"), ("nonsense.", "Tom Hale")]),
    "a_quote_in_comments_from_someone_is_theirs": (
        "Benghazi\n\nThe email appears to contradict 2013 comments from former Secretary of Defense Paul Reyes that "
        "“time and distance prevented a response.”",
        [("time and distance prevented a response.", "Paul Reyes")]),
    "a_quote_in_a_claim_by_someone_or_in_their_tweet_calling_is_theirs": (
        "Debate\n\nTom Hale dismissed the claim by Ann Pike that he had “lied to voters.” He pointed to Pike's "
        "tweet calling him “a fraud.”",
        [("lied to voters.", "Ann Pike"), ("a fraud.", "Ann Pike")]),
    "said_one_person_of_another_is_the_first_speaking_about_the_second": (
        "Waiting lists\n\nCritics have accused the minister of ignoring the warnings. “He knew about this for "
        "months,” said opposition spokesman Paul Dowd of Health Minister Alan Reid.\n\nReid denied the claim. "
        "“That is simply untrue,” he said.",
        [("He knew about this for months,", "Paul Dowd"), ("That is simply untrue,", "Alan Reid")]),
    "one_of_them_named_after_a_comma_speaks": (
        "Rescue\n\nTwo climbers were rescued on Sunday.\n\nThe men were found at first light. One of them, Craig "
        "Munro, 34, said they had been “lucky to survive.”",
        [("lucky to survive.", "Craig Munro")]),
    "a_name_with_a_long_description_set_off_by_commas_speaks": (
        "Schools bill\n\nThe House votes on Friday.\n\nMarty West, an education professor at Harvard who once "
        "worked for Sen. Lamar Alexander, one of the bill’s architects, called it “an incredibly significant "
        "development.”",
        [("an incredibly significant development.", "Marty West")]),
    "a_statement_released_in_a_clause_hanging_on_the_speaker": (
        "Nevada\n\nThe party met on Tuesday.\n\nBut Senator Tom Hale showed no sign of backing down, releasing a "
        "statement that accused the party of using “its power to prevent a fair process.”",
        [("its power to prevent a fair process.", "Tom Hale")]),
    "the_name_before_a_colon_after_to_is_who_is_spoken_to": (
        "Senate\n\nSenate Majority Leader Ann Pike, R-Ky., delivered a blunt message to Tom Hale: “It's time to quit "
        "attacking people and get on message.”",
        [("It's time to quit attacking people and get on message.", "Ann Pike")]),
    "as_someone_puts_it": (
        "Court pick\n\nThe nominee met senators on Monday.\n\nPresident Tom Hale is telling allies he hopes the pick "
        "forces a hearing. As the Ledger's Ruth Marcus puts it, Hale is trying to make the senators “an offer "
        "they can't afford to refuse.”",
        [("an offer they can't afford to refuse.", "Ruth Marcus")]),
    "who_a_passive_verb_names_after_the_quote_said_it": (
        "Charter schools\n\nThe network runs more than 100 schools in the country.\n\nStaff move among the schools. "
        "This feature of the movement has been called “strategic ambiguity” by Joshua Hendrick, a professor at Loyola "
        "University, and it makes it hard to trace the money.\n\nThe plan was described as “reckless” by Senator Ann "
        "Pike.",
        [("strategic ambiguity", "Joshua Hendrick"), ("reckless", "Ann Pike")]),
    "a_role_of_several_words_ending_in_the_name_after_said": (
        "Campaign\n\n“He is reprising that role,” said former Pennsylvania Gov. and Democratic National Committee "
        "Chairman Ed Rendell.",
        [("He is reprising that role,", "Ed Rendell")]),
    "a_hyphenated_role_before_a_name_with_a_no_break_space": (
        "Radio\n\nThe hosts debated the race.\n\n“Imagine Brad Thor going up against them on the same stage,” mused "
        "Blaze co-host Stu\u00a0Burguiere. “We are the biggest stars ever.”",
        [("Imagine Brad Thor going up against them on the same stage,", "Stu Burguiere"),
         ("We are the biggest stars ever.", "Stu Burguiere")]),
    "a_name_right_after_said_set_off_by_commas_speaks": (
        "Syria\n\nAny “cleareyed” reading of the minister's moves, said Michael Kofman, an expert on Russia at the "
        "Wilson Center, would see this as a public admission of failure.",
        [("cleareyed", "Michael Kofman")]),
    "a_conjunct_with_its_own_subject_calling_something_a_quote": (
        "Editorial\n\nThe Ledger notes that Ann Coulter tweeted that Tom Hale should deport the governor, and Hale "
        "later called the governor “very weak on crime.”\n\nMeeting\n\nAfter it was over, both men issued a "
        "statement – Reyes saying he was “very encouraged” and Hale calling it a “great meeting.”",
        [("very weak on crime.", "Tom Hale"), ("very encouraged", "Reyes"), ("great meeting.", "Tom Hale")]),
    "with_someone_calling_it_something_is_their_words": (
        "Prison\n\nRepublicans who argue that the prison must close were upset by the plan, with Sen. Tom Hale calling it "
        "a “wish list.”",
        [("wish list.", "Tom Hale")]),
    "a_verb_rejecting_its_object_as_a_quote_gives_its_subjects_words": (
        "Debate\n\nTom Hale suggested a debate in Ohio. Ann Pike accused Hale of ducking.\n\nHale proposed a debate "
        "on the evening of April 4 - but the Pike campaign rejected the idea as “ludicrous” because a game was on.",
        [("ludicrous", "Ann Pike campaign")]),
    "a_name_describing_something_as_a_quote_outranks_a_document_in_the_sentence": (
        "Campaign\n\nThe Hale campaign did not respond. But on Thursday, in the Hale release announcing his new "
        "role, Ray Lutz described the job “as a long series of steps.”",
        [("as a long series of steps.", "Ray Lutz")]),
    "a_description_yields_to_a_nearer_cue_of_the_clause_holding_the_quote": (
        "Flood\n\nMayor Tom Hale described Ann Pike as a “liar” after she attacked the crews and blamed the flood on "
        "“bad luck” last week.",
        [("liar", "Tom Hale"), ("bad luck", "Ann Pike")]),
    "with_someone_taking_to_twitter_to_call_it_something_is_their_words": (
        "Scuffle\n\nEven after videos surfaced, the Hale campaign has denied it happened, with Ray Lutz taking to "
        "Twitter to call Fields “totally delusional” for the accusation.",
        [("totally delusional", "Ray Lutz")]),
    "a_past_tense_with_a_that_clause_read_as_a_participle_still_has_its_noun_speak": (
        "Army\n\nThe army has 177,000 soldiers. Two military analysts, Tom Hale and Ray Lutz, found in 2014 that the "
        "Israeli Air Force is “the best in the world” and its ground forces are “the best in the region.”",
        [("the best in the world", "Tom Hale"), ("the best in the region.", "Tom Hale")]),
    "who_was_prompted_to_say_it_said_it": (
        "Debate\n\nAt one point, Hale told Pike to “calm down.” That prompted Ruiz to make a joke about yoga and "
        "call Pike “very flexible.”",
        [("calm down.", "Hale"), ("very flexible.", "Ruiz")]),
    "who_a_vote_led_to_declare_it_declared_it": (
        "Council\n\nThe vote led Mayor Ann Ruiz to declare the plan “dead on arrival.”",
        [("dead on arrival.", "Ann Ruiz")]),
    "who_was_prompted_to_call_a_debate_did_not_say_the_next_clause": (
        "Ban debate\n\nThat proposal prompted the Parliament to call a debate in January on whether to ban Hale; "
        "one lawmaker called Hale “the orange prince of self-publicity.”",
        [("the orange prince of self-publicity.", None)]),
    "a_speech_verb_in_a_while_clause_speaks_for_what_it_reports": (
        "Debate\n\nThe senators attacked the governor instead. Hale suggested that someone who dodges questions "
        "cannot lead, while Pike said that the “stakes in this race are too high” for him to win.",
        [("stakes in this race are too high", "Pike")]),
    "a_clause_of_agreeing_does_not_take_a_figure_from_the_plan_that_names_it": (
        "Wall plan\n\nSenator Tom Hale sent a memo to the Daily Ledger in April explaining his plan, which includes "
        "holding back aid until the Mexican government agreed to make a one-time payment of “$5-10 billion.”",
        [("$5-10 billion.", "Tom Hale")]),
    "a_phrase_her_verb_governs_is_hers_not_the_next_subjects": (
        "Debate prep\n\nHillary Clinton is pointing to a recent interview Warren gave to a newspaper.\n\nShe is noting the "
        "“kind of problems” Warren had answering questions about the banks.",
        [("kind of problems", "Hillary Clinton")]),
    "a_phrase_set_off_by_dashes_still_takes_the_cue_after_it": (
        "Tax row\n\nMr. Dale hardly clarified the matter, treating the remark as a compliment -- “That makes me "
        "smart” -- and, when questioned later, asserting, “Of course, I pay taxes.”",
        [("That makes me smart", "Dale"), ("Of course, I pay taxes.", "Dale")]),
    "a_quote_closing_a_sentence_is_not_the_next_sentences": (
        "Royal visit\n\nThe Duke of Sussex arrived on Monday. Prince Harry said \"it is good to be back.\" The Duchess "
        "of Edinburgh did not speak.",
        [("it is good to be back.", "Prince Harry")]),
    "a_clause_describing_an_object_is_the_describers_words": (
        "Gala night\n\nThe mayor spoke for an hour on Thursday.\n\nGuests cheered the speech.\n\nIt followed a warm "
        "introduction by his sister Mara Lind, who portrayed him as a kind, tireless manager who would be "
        "\"the city's champion\" for years.",
        [("the city's champion", "Mara Lind")]),
    "a_speech_verb_the_tagger_reads_as_a_noun_still_cues": (
        "Ministers clash\n\nHealth Secretary Ian Fox insisted the NHS was improving. Opposition spokesperson Rita "
        "Shah disagrees. “That is a fantasy,” Shah counters.",
        [("That is a fantasy,", "Rita Shah")]),
    "a_colon_lead_in_about_a_described_person_is_theirs": (
        "Minister quits\n\nTransport minister Karen Doyle resigned on Friday. “I can no longer support the "
        "policy,” she said. Her deputy, Alan Ross, is more blunt: “The policy is a disaster.”",
        [("I can no longer support the policy,", "Karen Doyle"), ("The policy is a disaster.", "Alan Ross")]),
    "a_colon_lead_in_is_not_credited_by_the_next_sentence": (
        "Online row\n\nThe singer Lena Hart took to Instagram with this: “I will not be silenced.” Her former "
        "manager, Joe Pike, responded within an hour.",
        [("I will not be silenced.", "Lena Hart")]),
    "a_rank_between_a_service_and_a_name_is_the_persons": (
        "Troops on the vote\n\n“I really don’t understand how a better candidate didn’t run,” said Air Force 1st Lt. "
        "Tyler Livingston. “I was hoping for someone else.” “It is a weak field,” said Army Sgt. Ana Cruz.",
        [("I really don’t understand how a better candidate didn’t run,", "Tyler Livingston"),
         ("I was hoping for someone else.", "Tyler Livingston"), ("It is a weak field,", "Ana Cruz")]),
    "a_quote_opening_its_sentence_goes_on_with_the_reported_speech_before_it": (
        "Paid leave\n\nLabor Secretary Tom Perez toured the plant. With two TV crews filming, Perez says many women "
        "feel guilty when they go back to work after a birth. “They feel like a bad employee and a bad mom.” "
        "Employees treated well stay, and although leave costs money, “you can’t put a price tag on loyalty.”",
        [("They feel like a bad employee and a bad mom.", "Tom Perez"),
         ("you can’t put a price tag on loyalty.", "Tom Perez")]),
    "a_speaker_set_into_the_sentence_before_the_cue_speaks": (
        "Campaign trail\n\nGovernor Ruth Hale spoke at the rally. Hale, a senior adviser said, “is ready for the "
        "fight” and will not back down.\n\nHale, a former judge, said “the law is on our side” on Friday.",
        [("is ready for the fight", None), ("the law is on our side", "Ruth Hale")]),
    "a_cue_in_a_clause_with_its_own_subject_is_that_subjects": (
        "Comedy sketch\n\nSenator Ellen Marsh opened the show. “Who can remember how many races I have lost?” Marsh "
        "asks as a maintenance worker walks in front of her, saying he is “here to mend the cracks in your wall.”",
        [("Who can remember how many races I have lost?", "Ellen Marsh"),
         ("here to mend the cracks in your wall.", None)]),
    "a_next_sentence_reporting_a_clause_of_its_own_credits_no_earlier_quote": (
        "Measles warning\n\nThe World Health Organization warned on Monday that cases had risen. Its chief, Tedros "
        "Adhanom Ghebreyesus, urged governments to act.\n\n“Measles is back,” Tedros said. “Every child must be "
        "vaccinated.” The WHO said cases had doubled in Europe.",
        [("Measles is back,", "Tedros Adhanom Ghebreyesus"), ("Every child must be vaccinated.", "Tedros Adhanom Ghebreyesus")]),
    "a_next_sentence_reporting_more_credits_a_lone_quote_before_it": (
        "Bathroom law\n\nThe law took effect on March 23. Attorney General Maria Soto had warned the state for "
        "weeks.\n\nSoto announced on Monday the lawsuit against the state of North Carolina, its governor, the "
        "Department of Public Safety, and the University of North Carolina. “We are seeking a court order to stop "
        "the law.” She further announced that her office would review state funding.",
        [("We are seeking a court order to stop the law.", "Maria Soto")]),
    "a_next_sentence_with_a_bare_cue_credits_the_quote": (
        "Measles warning\n\nThe World Health Organization warned on Monday that cases had risen.\n\n“Every child "
        "must be vaccinated.” Tedros Adhanom Ghebreyesus said on Monday.",
        [("Every child must be vaccinated.", "Tedros Adhanom Ghebreyesus")]),
    "quoted_as_saying_is_said_by_the_one_quoted": (
        "Ceasefire talks\n\nState news agency Xinhua quoted Foreign Minister Wang Yi as saying that “dialogue is "
        "the only way out”.\n\nEnergy Minister Prince Abdulaziz bin Salman was quoted by state media as saying the "
        "kingdom would “do whatever is necessary” to steady markets.",
        [("dialogue is the only way out", "Wang Yi"), ("do whatever is necessary", "Abdulaziz bin Salman")]),
    "a_cue_in_a_clause_of_time_after_the_quote_is_not_its_attribution": (
        "Primary day\n\nTeacher Jason Sims voted early.\n\nSims says he was “kind of riding the fence” until Haley "
        "said she was backing the senator.",
        [("kind of riding the fence", "Jason Sims")]),
    "a_person_named_right_before_a_colon_without_a_cue_says_the_quote": (
        "Poll watch\n\nThe timing of the surge does not surprise Republican pollster Daron Shaw: “Lesser-known "
        "candidates often rise early.”\n\nOnline panels overstate turnout - Pew Research: “All the samples include "
        "more engaged people than they should.”\n\nThe senator told Daron Shaw: “I will not run again.”",
        [("Lesser-known candidates often rise early.", "Daron Shaw"),
         ("All the samples include more engaged people than they should.", "Pew Research"),
         ("I will not run again.", None)]),
    "a_passive_speech_verb_is_said_by_its_agent": (
        "Debate night\n\nSenator Ted Cruz spoke last.\n\nThe phrase “tax reform” was uttered once, by Senator Ted "
        "Cruz.\n\nThe words “never again” were spoken by the mayor, Ana Ruiz.",
        [("tax reform", "Ted Cruz"), ("never again", "Ana Ruiz")]),
    "a_relative_clause_with_its_own_named_speaker_speaks_for_its_quotes": (
        "Budget row\n\nFormer judge Tom Reed criticised the budget plan, which Mayor Ana Ruiz said was “a waste of "
        "money” and “bad for families.”",
        [("a waste of money", "Ana Ruiz"), ("bad for families.", "Ana Ruiz")]),
    "shot_back_and_hit_out_report_speech": (
        "Mayor's race\n\nCouncilwoman Rosa Delgado accused Frank Mercer of “buying the election.” Mercer shot back "
        "that Delgado had “never created a single job.”",
        [("buying the election.", "Rosa Delgado"), ("never created a single job.", "Frank Mercer")]),
    "a_sentence_goes_on_after_an_exclamation_in_quotes": (
        "Primary night\n\nSenator Ruth Adler spoke in Tampa.\n\nShe declared “What a night!” and said that her "
        "campaign would keep going “to the very end” across the state.",
        [("What a night!", "Ruth Adler"), ("to the very end", "Ruth Adler")]),
    "an_age_after_the_name_is_not_the_speaker": (
        "Storm leaves thousands without power\n\nMore than 40,000 homes were without power on Monday after a storm "
        "swept across the region, according to Eastern Power.\n\n“Crews are working around the clock,” the "
        "utility said in a statement.\n\nIn Millbrook, resident Joan Pike said a tree had crushed her car. "
        "“I heard a crack and then a bang,” Pike, 67, said.",
        [("Crews are working around the clock,", "Eastern Power"), ("I heard a crack and then a bang,", "Joan Pike")]),
    "a_surname_the_tagger_reads_as_an_adjective_is_still_the_subject": (
        "Casino rally\n\nThe rally was held on Wednesday.\n\n"
        "Councilman Marty Small spoke first.\n\n"
        "Small, who attended the rally on Wednesday, said that “the owners took advantage of the little people.”",
        [("the owners took advantage of the little people.", "Marty Small")]),
    "the_words_after_a_participle_cue_are_not_its_subject": (
        "Primary night\n\nThe polls closed at nine.\n\n"
        "Governor Lena Ruiz gave a fierce defence of “Ohio values,” saying the state embodied the "
        "“heart and soul of America.”",
        [("Ohio values,", "Lena Ruiz"), ("heart and soul of America.", "Lena Ruiz")]),
    "telling_a_broadcaster_is_not_the_broadcaster_speaking": (
        "Shooting\n\nThe vigil was held on Friday.\n\n"
        "The Harbour Trust did not want to address “that man,” telling Channel 9 that the trust is focused on "
        "“helping families heal.”",
        [("that man,", "Harbour Trust"), ("helping families heal.", "Harbour Trust")]),
    "an_object_pronoun_after_a_cue_is_no_inverted_speaker": (
        "Budget fight\n\nThe Harbour Agency spent $2bn last year. Senator Ray Moss chairs the committee.\n\n"
        "FULL TEXT.\n\n"
        "He has called the agency ''bloated and reckless,'' accusing it of ''wasting billions'' on consultants.",
        [("bloated and reckless,", "Ray Moss"), ("wasting billions", "Ray Moss")]),
    "two_quotes_of_one_sentence_credited_at_its_end": (
        "Farm rules\n\nThe council met on Monday to vote on the plan.\n\n"
        "The plan is “reckless” and “cruel,” said council member Ana Ruiz.",
        [("reckless", "Ana Ruiz"), ("cruel,", "Ana Ruiz")]),
    "two_quotes_credited_at_the_end_when_the_last_quotes_someone_else": (
        "Schools\n\nTesting has fueled a boycott movement.\n\nThe “opt out” movement is about “parents telling "
        "leaders, 'this is not what we want,'” Wilcox said.",
        [("opt out", "Wilcox"), ("parents telling leaders, 'this is not what we want,'", "Wilcox")]),
    "two_quotes_credited_after_the_last_comma_of_the_sentence": (
        "Endorsements\n\nThe group backed ten candidates this year.\n\n"
        "Her endorsement will carry “real weight” and bring candidates the “grass-roots firepower” "
        "they need to win, party spokesman Neil Ross said.",
        [("real weight", "Neil Ross"), ("grass-roots firepower", "Neil Ross")]),
    "implied_is_a_speech_verb": (
        "Court fight\n\nThe hearing ran late.\n\nMayor Tom Bell spoke next. He implied a federal judge was biased and “hostile” "
        "because of his heritage.",
        [("hostile", "Tom Bell")]),
    "the_state_after_a_town_is_not_the_subject": (
        "Speaking at a town hall event in Dover, Delaware, Ellis went after Kemp, calling him “a clown.”",
        [("a clown.", "Ellis")]),
    "a_participle_after_a_time_phrase_is_the_clause_subject_s": (
        "City hall\n\nMayor Dan Cole took office in May. He has clashed with the council, "
        "at one point calling its leader a \"liar.\"",
        [("liar.", "Dan Cole")]),
    "the_possessor_of_a_claim_says_it": (
        "Board dispute\n\nMarek Novak was fired in June. But Novak’s main claim is that the board is a "
        "“rubber stamp” for the owners.",
        [("rubber stamp", "Marek Novak")]),
    "an_age_before_said_parsed_as_its_modifier": (
        "Cricket\n\nJasprit Bumrah, who took eight wickets, was modest. "
        "“It was a team effort,” the 30-year-old said.",
        [("It was a team effort,", "Jasprit Bumrah")]),
    "said_then_occupation_then_name": (
        "Lifeboat rescue\n\nSix people were pulled from the sea.\n\n"
        "“We got there just in time,” said coxswain Ian Blake. “Another ten minutes and it was over.”",
        [("We got there just in time,", "Ian Blake"), ("Another ten minutes and it was over.", "Ian Blake")]),
    "a_coordinated_clause_with_its_own_cue_speaks_for_itself": (
        "Polls open on Sunday.\n\nTurnout is expected to be high.\n\n"
        "At one point, a woman asked for a photo and Senator Tim Walz said, “as long as we are not breaking any rules.”",
        [("as long as we are not breaking any rules.", "Tim Walz")]),
    "the_person_governing_the_quote_not_the_nearest_subject": (
        "Polls open on Sunday.\n\nTurnout is expected to be high.\n\n"
        "Marine Dupont leads the race. She shares with her rival a plan that rests on being “against the system.”",
        [("against the system.", "Marine Dupont")]),
    "a_relative_clause_cue_speaks_for_its_antecedent": (
        "The mayor spoke on Monday.\n\n"
        "The mayor thanked Ellen Hart, who warned last year that the bridge was “a disaster waiting to happen.”",
        [("a disaster waiting to happen.", "Ellen Hart")]),
    "colon_lead_in_without_a_cue": (
        "Floods hit the valley\n\nRain fell for three days, officials said.\n\nThe river rose overnight.\n\n"
        "Councillor Rita Dunn is more blunt: “The city ignored every warning.”",
        [("The city ignored every warning.", "Rita Dunn")]),
    "took_to_twitter_with_this": (
        "Floods hit the valley\n\nRain fell for three days, officials said.\n\nThe river rose overnight.\n\n"
        "Councillor Rita Dunn took to Twitter with this: “The barriers held. Thank the crews.”",
        [("The barriers held. Thank the crews.", "Rita Dunn")]),
    "states": (
        "Floods hit the valley\n\nRain fell for three days, officials said.\n\n"
        "“Nobody should drive tonight,” Mayor Tom Ashby states.",
        [("Nobody should drive tonight,", "Tom Ashby")]),
    "the_post_read_is_speech": (
        "Floods hit the valley\n\nRain fell for three days, officials said.\n\n"
        "The council posted on Facebook at noon. “All schools are closed tomorrow,” the post read.",
        [("All schools are closed tomorrow,", None)]),
    "all_she_could_do_was_shout_is_hers": (
        "Plant\n\nAnn Pike has worked at the plant for years. When she heard Mr. Tom Hale talking about the plant on "
        "the news, all she could do was shout “Yes!” at the TV.",
        [("Yes!", "Ann Pike")]),
    "the_one_thing_he_did_was_say_is_his": (
        "TV\n\nAnn Pike watched the news with Tom Hale. The one thing Hale did was say “Finally!” and leave.",
        [("Finally!", "Tom Hale")]),
    "a_clause_opening_with_even_after_the_quote_is_no_attribution": (
        "Rally\n\nThe hall was full.\n\nMr. Tom Hale assured the crowd that Ms. Ann Pike was “made of the same "
        "stuff,” even if she could not always show it.",
        [("made of the same stuff,", "Tom Hale")]),
    "a_clause_opening_with_not_after_the_quote_is_no_attribution": (
        "Council\n\nThe old chair retired in May.\n\nTom Hale, who covered the council for years, says Ann Pike was "
        "“the most stubborn mayor in memory,” not in her votes (think Paul Reyes) but in her style.",
        [("the most stubborn mayor in memory,", "Tom Hale")]),
    "a_name_after_a_dash_before_the_colon_cites_the_quote": (
        "Polling roundup\n\nThe polls moved again this week.\n\nPollsters agree - Dana Pryor: “Contact voters as "
        "late as you can.” [Gazette.]\n\nThe regional split has mattered - Mark Ellison: “The South was his best "
        "ground. Now it is the Northeast.” [Courier.]",
        [("Contact voters as late as you can.", "Dana Pryor"),
         ("The South was his best ground. Now it is the Northeast.", "Mark Ellison")]),
    "a_verb_after_and_shares_the_subject_not_the_agent_of_a_passive": (
        "Rally\n\nThe crowd grew restless by nine.\n\nGina Holt was joined on stage by Sen. Tom Baird and joked, "
        "“You are all being ridiculous tonight,” drawing boos.",
        [("You are all being ridiculous tonight,", "Gina Holt")]),
    "a_participle_on_a_passive_takes_its_subject_not_its_agent": (
        "Rally\n\nThe crowd grew restless by nine.\n\nGina Holt was booed by protesters after telling them that "
        "they were “being ridiculous.”",
        [("being ridiculous.", "Gina Holt")]),
    "who_was_asked_and_said_is_the_speaker_not_who_asked": (
        "Budget\n\nThe council met on Monday.\n\nMayor Ann Pike was asked by reporters about the budget and said, "
        "“We will not raise taxes this year.”",
        [("We will not raise taxes this year.", "Ann Pike")]),
    "a_weak_verb_after_and_leaves_the_first_verb_governing": (
        "Housing\n\nThe council met on Monday.\n\nMayor Ann Pike has proposed hiring a “housing czar” who reports "
        "to the council, and called for doubling “the number of building inspectors.”",
        [("housing czar", "Ann Pike"), ("the number of building inspectors.", "Ann Pike")]),
}


NOT_THE_STORY = {
    "a_programme_of_a_news_outlet_is_a_title": (
        "Harbour\n\nSen. Ana Ruiz spoke on Sunday on CNN’s “State of the Union,” saying the port would reopen.", []),
    "a_programme_someone_told_is_a_title_not_their_words": (
        "Harbour\n\n“We will reopen the port,” Ruiz told NBC’s “Meet the Press.”", [("We will reopen the port,", "Ruiz")]),
    "a_line_asking_the_reader_to_like_a_page_puts_nobody_in_focus": (
        "Race\n\nAnn Pike toured Iowa on Monday and spoke at length about farm prices.\n\nDo you support Tom Hale? "
        "Like the page:\n\n“Nobody knows who wins,” the candidate said.",
        [("Nobody knows who wins,", "Ann Pike")]),
    "a_photographer_credited_by_agency_is_nobodys_antecedent": (
        "Vigil\n\nMayor Tom Hale met the families. “We stand with you,” he said. Many had waited for hours. Some had "
        "driven from Dayton.\n\nPablo Salas / Reuters.\n\nMayor Tom Hale lays flowers at the memorial on Friday.\n\n"
        "“I held and hugged” the families before laying flowers, he said.",
        [("We stand with you,", "Tom Hale"), ("I held and hugged", "Tom Hale")]),
    "a_headline_quote_a_group_says_is_the_title_when_the_body_credits_it": (
        "Nurses say pay offer is \"an insult\"\n\nNurses across the county walked out on Monday.\n\nWard sister Kath "
        "Doyle, 54, called the offer \"an insult\" to staff who worked through the pandemic.",
        [("an insult", "Kath Doyle")]),
    "a_reporters_sign_off_after_a_reported_quote_is_no_credit": (
        "In brief\n\nSpain's election left no party with a majority.\n\nRajoy said Monday that he will \"try to "
        "form a stable government\" and insisted that his party was \"still the No. 1 force in Spain.\"--Kim "
        "Hjelmgaard.\n\n\"We will not give up.\" -- Ana Ruiz",
        [("try to form a stable government", "Rajoy"), ("still the No. 1 force in Spain.", "Rajoy"),
         ("We will not give up.", "Ana Ruiz")]),
    "a_film_title_in_the_lede_is_nobody_s_words": (
        "Actor wins first Oscar\n\nLOS ANGELES (Reuters) - Cillian Murphy won the best actor Oscar on Sunday for his "
        "role in “Oppenheimer”.\n\n“I'm a very proud Irishman standing here tonight,” Murphy said.",
        [("I'm a very proud Irishman standing here tonight,", "Cillian Murphy")]),
    "a_one_word_answer_in_the_lede_is_still_said": (
        "Sports\n\nCoach Mia Larsen was asked whether her team could still win the title. Her answer was simple: "
        "“Yes.”",
        [("Yes.", "Mia Larsen")]),
    "a_short_subheading_repeating_the_quote_below_is_no_quote": (
        "Live: storm hits the coast\n\nTransport Secretary Mark Dalby posted: “Follow the advice and stay safe.”"
        "\n\n09:50 GMT\n\n‘I have never seen waves like it’\n\nFisherman Bill Tregarth, 64, told the BBC: “I have "
        "never seen waves like it. The harbour is a mess.”",
        [("Follow the advice and stay safe.", "Mark Dalby"),
         ("I have never seen waves like it. The harbour is a mess.", "Bill Tregarth")]),
    "a_capitalised_transcript_label_is_the_person_in_normal_case": (
        "Transcript\n\nThe senator spoke to the press on Friday.\n\n"
        "SEN. MARK DUNN: \"We will pass the bill.\"\n\nQUESTION: \"When?\"",
        [("We will pass the bill.", "Mark Dunn"), ("When?", None)]),
    "a_work_a_person_wrote_is_a_title_not_speech": (
        "Dr. Helen Ward wrote “The Quiet Ward” in 2019.\n\n“Nobody listens to nurses,” she said.",
        [("Nobody listens to nurses,", "Helen Ward")]),
    "a_memoir_named_after_its_noun_is_a_title_not_speech": (
        "Memoir row\n\nFormer minister Helen Price has published a memoir, “The Long Road Home”, which criticises her "
        "former colleagues.\n\n“I wanted to tell the truth,” she said.",
        [("I wanted to tell the truth,", "Helen Price")]),
    "a_film_someone_starred_in_is_a_title_not_speech": (
        "Actor Sam Kerr starred in “Night Bus” last year. “It changed my life,” he said.",
        [("It changed my life,", "Sam Kerr")]),
    "a_one_word_headline_is_not_a_person": (
        "Concert\n\nThe crowd sang along in Munich.\n\n“Munich, you were incredible,” the singer told fans.",
        [("Munich, you were incredible,", None)]),
    "a_transcript_label_for_a_part_is_nobody": (
        "Radio interview\n\nFinance Minister Helen Ross was on the morning show.\n\nHOST: \"Are prices falling?\"\n\n"
        "Ross replied: \"They are, slowly.\"",
        [("Are prices falling?", None), ("They are, slowly.", "Helen Ross")]),
    "read_more_line": ("READ MORE: ‘We will rebuild every bridge’, says mayor\n\nThe mayor spoke on Monday.", []),
    "watch_line": ("WATCH: Mayor says “we will rebuild”\n\nThe mayor spoke on Monday.", []),
    "related_line": ("RELATED: “A city under water”: the week in pictures\n\nThe mayor spoke on Monday.", []),
    "photo_credit_is_nobody": (
        "Floods hit the valley\n\nRain fell for three days.\n\nThe river rose overnight.\n\n"
        "Sandbags line Main Street. Photo: Jane Roe / Daily News\n\n“We had no warning at all,” she said.",
        [("We had no warning at all,", None)]),
    "photo_credit_does_not_hide_the_speaker": (
        "Floods hit the valley\n\nRain fell for three days.\n\nThe river rose overnight.\n\n"
        "Ana Costa, a nurse, waded to work. (Photo by Jane Roe/Daily News)\n\n“We had no warning at all,” she said.",
        [("We had no warning at all,", "Ana Costa")]),
    "a_short_quoted_subheading_repeating_a_quote_further_down_is_no_quote": (
        "Mill town\n\nThe paper mill in Dunmore employs 900 people. “It is the heart of this town,” said Mayor "
        "Tom Reyes.\n\n‘A hard choice.’\n\nMaria Lopez has "
        "worked on the line for twenty years.\n\nShe has two children.\n\nThe mill will close in May.\n\n"
        "Workers were offered jobs in another state.\n\nMost will not move.\n\n“Staying was a hard choice,” "
        "Lopez said.",
        [("It is the heart of this town,", "Tom Reyes"), ("Staying was a hard choice,", "Maria Lopez")]),
    "a_short_quote_paragraph_its_speaker_goes_on_with_stays_a_quote": (
        "Floods\n\nThe river broke its banks for the second time in a year. The town vowed it would never happen "
        "again.\n\n“We lost everything,” said Ana Costa, a baker.\n\n“Never again.”",
        [("We lost everything,", "Ana Costa"), ("Never again.", "Ana Costa")]),
    "a_quote_on_a_subheading_framed_in_dashes_is_no_quote": (
        "Convention\n\nDelegates cheered as the roll call ended. “We did it,” said delegate Ann Ruiz.\n\n"
        "– ‘Nobody sleeps’ –\n\nThe hall stayed full past midnight.",
        [("We did it,", "Ann Ruiz")]),
    "a_list_item_opening_with_a_dash_keeps_its_quote": (
        "Reactions\n\nLeaders spoke after the vote.\n\n– Mayor Tom Reyes: “This is a good day for the city.”",
        [("This is a good day for the city.", "Tom Reyes")]),
    "a_quoted_link_label_is_no_quote": (
        "Debate\n\nSenator Ann Ruiz spoke for an hour. “We will fight for every job,” Ruiz said.\n\n\"Related:\"\n\n"
        "Senator Ruiz Wins Again",
        [("We will fight for every job,", "Ann Ruiz")]),
    "a_headline_quote_the_body_says_again_is_the_title_not_a_second_quote": (
        "‘We will not back down’: Nurses strike for a second day\n\nNurses at three hospitals walked out again on "
        "Tuesday.\n\n“We will not back down,” said Maria Santos, president of the Nurses Union.",
        [("We will not back down,", "Maria Santos")]),
    "a_headline_quote_under_a_group_label_the_body_says_again": (
        "Officials: 'We were not warned'\n\nLocal officials said on Tuesday they had no warning before the dam "
        "failed.\n\n“We were not warned,” said Ahmed Saleh, the district governor. “Not a single call.”",
        [("We were not warned,", "Ahmed Saleh"), ("Not a single call.", "Ahmed Saleh")]),
    "a_headline_fragment_in_title_case_is_found_in_the_body_s_quote": (
        "Mayor Calls Budget ‘A Disgrace’\n\nMayor Ana Ruiz said on Monday that the budget was “a disgrace to this "
        "city” and that she would veto it.",
        [("a disgrace to this city", "Ana Ruiz")]),
    "a_long_first_paragraph_is_a_lede_whose_quote_stays_when_said_again": (
        "Mayor Ana Ruiz called the budget “a disgrace” on Monday, telling a packed council chamber that she would "
        "veto it unless the council restored the money cut from the city's libraries, parks and bus routes.\n\n"
        "“It is a disgrace,” she said.",
        [("a disgrace", "Ana Ruiz"), ("It is a disgrace,", "Ana Ruiz")]),
    "a_subheading_repeating_a_quote_of_the_body": (
        "Mine rescue\n\nFour miners were brought up on Sunday.\n\n‘The air was running out’\n\n"
        "“The air was running out,” said foreman Piotr Zielinski. “We prayed.”",
        [("The air was running out,", "Piotr Zielinski"), ("We prayed.", "Piotr Zielinski")]),
}


RELATIVES_AND_NAMESAKES = {
    "a_wife_the_tagger_calls_an_organisation_shares_her_husband_s_surname": (
        "Hostage home\n\nA month later, the minister called Naghmeh Tavakoli. Her husband, Reza Tavakoli, was free "
        "and would soon be coming home, the minister told her.\n\n“I could hear the joy in his voice,” Mrs. Tavakoli "
        "said.",
        [("I could hear the joy in his voice,", "Naghmeh Tavakoli")]),
    "a_given_name_the_lists_lack_before_and_and_a_full_name_after_a_family_noun_shares_the_surname": (
        "Feud\n\nThe confrontation between the parents, Amir and Leila Haddad, and Mr. Lutz grew on Sunday. Their "
        "son, Sami Haddad, died in 2004.\n\nMr. Haddad said Mr. Lutz had “no empathy at all.”",
        [("no empathy at all.", "Amir Haddad")]),
    "a_titled_surname_keeps_whom_the_paragraph_gave_it_before_a_relative_was_named_in_full": (
        "Foundation ties\n\nHillary Clinton faced new questions on Monday about donors to her family's foundation.\n\n"
        "Mrs. Clinton, then secretary of state, met several donors in 2012, records show.\n\nEarlier that year, "
        "Ambassador Tom Tefft wrote to Mrs. Clinton about a visit to Kyiv by Chelsea Clinton and her husband. Mrs. "
        "Clinton replied, “Hearing nice things about your children is a joy.”",
        [("Hearing nice things about your children is a joy.", "Hillary Clinton")]),
    "a_relative_named_by_a_first_name_after_a_described_kinship_takes_the_family_name": (
        "Deals\n\nTom Hale prevented his first wife, Ivana, who worked with him for years, from writing about the "
        "marriage.\n\n“I never read it,” Ivana said.",
        [("I never read it,", "Ivana Hale")]),
    "a_mr_before_a_surname_is_not_the_woman_who_bears_it": (
        "Fair\n\nAnn Pike spoke at the county fair on Monday.\n\n“The fair is too small,” Mr. Pike said later.",
        [("The fair is too small,", "Pike")]),
    "a_title_inside_an_apposition_is_the_other_persons_not_the_named_ones": (
        "Convention\n\nNina Hale, a prominent surrogate for Mr. Lutz, said that she had seen emails from people "
        "planning protests.\n\n“People are talking about the other party,” Ms. Hale said.",
        [("People are talking about the other party,", "Nina Hale")]),
    "a_title_in_a_relative_clause_of_an_apposition_is_the_other_persons": (
        "Policy\n\nGeoff Hale, a longtime adviser who now advises Mrs. Pike, hired Ms. Lutz as his deputy in 1997."
        "\n\n“She is supersmart,” Mr. Hale said.",
        [("She is supersmart,", "Geoff Hale")]),
    "a_shared_surname_after_a_quote_opening_a_paragraph_is_not_who_the_paragraph_before_talked_about": (
        "Vigil\n\nSenator Tom Hale spoke for six hours on Monday. Hale read the names of the dead.\n\nHe paused at "
        "the name of a teacher, Ann Hale, who died shielding a child.\n\n“It takes courage to act,” Hale said.",
        [("It takes courage to act,", "Tom Hale")]),
    "a_shared_surname_after_a_quote_opening_a_paragraph_is_who_the_paragraph_before_named": (
        "Charity\n\nRay Hale, 70, gave millions to hospitals. Hale has long said he gives quietly.\n\nThen, last "
        "week, Tom Hale called.\n\n“My father gave more than anyone knows,” Hale said.",
        [("My father gave more than anyone knows,", "Tom Hale")]),
    "a_possessive_kinship_noun_is_the_relative_the_story_names": (
        "Farm\n\nTom Ebeling has farmed here for 40 years. His wife, Betsy Ebeling, runs the shop.\n\n"
        "“We will not sell,” his wife said.",
        [("We will not sell,", "Betsy Ebeling")]),
    "a_sister_named_with_an_adjective_is_her_sister_when_a_first_name_keeps_the_other_in_focus": (
        "Bakeries\n\nGrace Okafor, 61, opened a bakery in 2011. Her younger sister, Ruth Okafor, opened a bakery four "
        "doors down a year later.\n\nGrace said the first meeting was awkward. “Your bread is still too sweet,” her "
        "sister said.",
        [("Your bread is still too sweet,", "Ruth Okafor")]),
    "a_relative_the_story_never_names_is_no_one": (
        "Farm\n\nTom Ebeling has farmed here for 40 years.\n\n“We will not sell,” his wife said.",
        [("We will not sell,", None)]),
    "a_full_name_written_before_the_same_name_with_jr_is_the_elder": (
        "Shop\n\nSam and Ruth Ortega opened the hardware store in 1990.\n\nTheir son, Sam Ortega Jr., joined in "
        "2015. \"Dad still opens up every day,\" the younger Ortega said.\n\n\"I am not ready to retire,\" Sam Ortega "
        "said.",
        [("Dad still opens up every day,", "Sam Ortega Jr."), ("I am not ready to retire,", "Sam Ortega")]),
    "a_relative_of_an_owner_with_an_apostrophe_in_the_name_takes_that_name": (
        "Mourners\n\nHundreds attended the funeral of Fergal O'Neill on Friday.\n\nFergal O'Neill's widow, Brid, "
        "thanked the crowd. \"He would have loved this,\" she said.",
        [("He would have loved this,", "Brid O'Neill")]),
    "a_full_name_with_jr_is_the_son_not_the_father_named_before": (
        "Convention\n\nMr. Hale spoke on Thursday. Robert J. Hale said the party was united.\n\nThat prompted a "
        "harsh response from Robert Hale Jr., who suggested in an interview that the aide was trying to \"stay "
        "relevant.\"",
        [("stay relevant.", "Robert Hale Jr.")]),
    "a_relative_named_by_a_first_name_keeps_the_family_name_and_is_followed_by_that_name": (
        "Family farm\n\nRosa Albizu, 68, still milks the goats each morning. Her son, Unai, runs the business "
        "now.\n\n“My mother never rests,” says Unai. Unai's wife, Garazi, makes the cheese. “The cheese pays the "
        "bills,” she says.\n\n“It is a dying trade,” says union official Paul Morel.\n\nUnai disagrees. “My son "
        "wants it,” he says.",
        [("My mother never rests,", "Unai Albizu"), ("The cheese pays the bills,", "Garazi Albizu"),
         ("It is a dying trade,", "Paul Morel"), ("My son wants it,", "Unai Albizu")]),
    "a_son_named_by_first_name_and_suffix_takes_the_surname": (
        "Convention\n\nSenator Tom Hale won the nomination on Tuesday. His son Tom Jr. announced the result on the "
        "convention floor.\n\n“It's not a campaign anymore, it's a movement,” said the younger Hale, surrounded by his "
        "siblings.",
        [("It's not a campaign anymore, it's a movement,", "Tom Hale Jr.")]),
    "a_brother_named_by_first_name_without_a_comma_takes_the_surname": (
        "Brothers reunited\n\nFrank Miller, 78, and his brother Joe, 75, met at the airport on Tuesday.\n\n“I never "
        "thought this day would come,” Frank said. Joe, who lives in Kent, said he had “cried for a week.”",
        [("I never thought this day would come,", "Frank Miller"), ("cried for a week.", "Joe Miller")]),
    "the_elder_and_the_younger_of_two_namesakes": (
        "Father and son charged\n\nJames Holt Jr., 24, and his father, James Holt Sr., 51, appeared in court on "
        "Monday. The elder Holt told reporters outside court: “I did nothing wrong.” The younger Holt said he was "
        "“very sorry.”",
        [("I did nothing wrong.", "James Holt Sr."), ("very sorry.", "James Holt Jr.")]),
    "a_relative_named_before_the_person_takes_the_family_name_given_just_after": (
        "Tributes paid\n\nHis daughter, Susan, said he was “the kindest man I knew.”\n\nGeorge Hill, a retired "
        "teacher, died on Friday aged 91.",
        [("the kindest man I knew.", "Susan Hill")]),
    "his_son_named_by_a_first_name_takes_the_family_name_of_the_man_in_focus": (
        "Rescue at sea\n\nSkipper Sean Murphy, 58, said the boat had taken on water within minutes. “One minute we were "
        "fine, the next we were swimming,” Murphy told RTE.\n\nHis son, Liam, 24, was among the crew. “Dad kept us "
        "calm,” he said.",
        [("One minute we were fine, the next we were swimming,", "Sean Murphy"), ("Dad kept us calm,", "Liam Murphy")]),
    "a_first_name_after_the_owners_wife_takes_the_owners_surname": (
        "Gala\n\nGovernor Victor Hale opened the gala.\n\nOn the second night, Hale's wife, Marta, is to speak. "
        "She has rarely spoken in public.\n\n“I am proud of him,” she said.",
        [("I am proud of him,", "Marta Hale")]),
    "a_first_name_after_a_kinship_noun_is_a_person_even_when_tagged_a_place": (
        "Fundraiser\n\nMayor Tom Reed hosted the dinner.\n\nOn Monday, Reed's daughter, Georgia, is to speak. "
        "She has rarely spoken in public.\n\n“I am proud of my father,” she said.",
        [("I am proud of my father,", "Georgia Reed")]),
    "a_given_name_the_lists_lack_before_a_family_surname_is_a_relative": (
        "Family business\n\nGeorge Varro runs the company with his son, Peter Varro.\n\nIvanka Varro, 34, could "
        "be an effective bridge to younger guests. She has doubled the profits of the hotels.\n\n"
        "“We grew every year,” she said.",
        [("We grew every year,", "Ivanka Varro")]),
    "a_bare_surname_means_who_the_paragraph_just_named_in_full": (
        "Vote in Dover\n\nSenator Ann Pryor voted early. “It went smoothly,” Pryor said.\n\n"
        "Her rival, Tom Pryor, a farmer and no relation, greeted voters outside before heading in. "
        "Pryor said, “I like my chances.”\n\n"
        "Later, Pryor told reporters: “I am confident.”",
        [("It went smoothly,", "Ann Pryor"), ("I like my chances.", "Tom Pryor"), ("I am confident.", "Ann Pryor")]),
    "a_relative_named_in_full_leaves_the_bare_surname_to_the_main_figure": (
        "Governor Ray Talbot signed the bill on Monday.\n\n"
        "His wife, Maren Talbot, watched from the gallery. “This took ten years,” Talbot said.",
        [("This took ten years,", "Ray Talbot")]),
    "the_one_introduced_first_keeps_the_bare_surname_even_as_a_daughter": (
        "Primary results\n\nNora Hale, the daughter of former governor Tom Hale, won the primary on Tuesday.\n\n"
        "“Now it is time to look forward,” Hale said in a statement. “We start work tomorrow,” she added.",
        [("Now it is time to look forward,", "Nora Hale"), ("We start work tomorrow,", "Nora Hale")]),
    "a_relative_named_by_first_name_takes_the_family_name": (
        "House fire\n\nThe fire started in the kitchen on Sunday.\n\n"
        "Maria Lopez and her husband, Carlos, lost their home in the fire. “We have nothing left,” Carlos said.",
        [("We have nothing left,", "Carlos Lopez")]),
    "a_relative_introduced_a_sentence_later_by_first_name_takes_the_family_name": (
        "The long road home\n\nWhen Amir Haddad left Aleppo in 2015, he carried one bag. "
        "His wife, Leila, carried their son.\n\nLeila remembers the cold. “The boy never cried,” she says.",
        [("The boy never cried,", "Leila Haddad")]),
    "junior_keeps_the_dot_of_its_suffix": (
        "Robert Hale Jr. runs the farm his father started.\n\n“Dad taught me everything,” Hale Jr. said.",
        [("Dad taught me everything,", "Robert Hale Jr.")]),
}


TURNS = {
    "a_pronoun_after_another_named_subject_in_the_sentence_takes_the_turn": (
        "Deal\n\nTom Hale released a statement against the deal last week, insisting that the state “must stop "
        "treating the island like a colony.” Meanwhile, Ann Pike endorsed the deal, although she made it clear that "
        "she has “serious concerns” about parts of it.",
        [("must stop treating the island like a colony.", "Tom Hale"), ("serious concerns", "Ann Pike")]),
    "who_was_asked_is_the_one_answering": (
        "Server row\n\nFormer adviser Tom Hale spoke to host Paul Greene on a morning show on Wednesday.\n\nHale was "
        "asked whether he would have warned her. He answered, “I have no idea. We are old friends.”",
        [("I have no idea. We are old friends.", "Tom Hale")]),
    "the_reply_is_not_the_askers_who_was_heard_asking": (
        "Register row\n\nTom Hale spoke in Ames on Thursday.\n\n“Should there be a register of gun owners?” a "
        "reporter can be heard asking Hale after the event.\n\n“There should be many registers,” the businessman "
        "replied.",
        [("Should there be a register of gun owners?", None), ("There should be many registers,", "Tom Hale")]),
    "a_quote_after_a_paragraph_where_someone_else_argues_is_theirs": (
        "Rules row\n\nTwo party officials, Tom Ash and Paul Ryder, clashed over the rules by email.\n\n“Changes now "
        "are a bad idea,” Ryder wrote.\n\nIf anything, Ash argued in his reply, the row shows why the rules must "
        "change.\n\n“We cannot keep giving the chair this much power.”",
        [("Changes now are a bad idea,", "Paul Ryder"), ("We cannot keep giving the chair this much power.", "Tom Ash")]),
    "whom_a_named_person_asked_a_question_answers_it": (
        "Fitness\n\nLast week, the Evening Courier’s Tom Hale asked Kowalski whether his knee would hold up for a full "
        "season.\n\n“Absolutely. I feel strong,” he said.",
        [("Absolutely. I feel strong,", "Kowalski")]),
    "whom_a_named_person_asked_to_act_does_not_answer": (
        "Resign\n\nOn Monday, Governor Tom Hale asked Mayor Ruiz to resign by Friday.\n\n“The city deserves "
        "better,” he said.",
        [("The city deserves better,", "Tom Hale")]),
    "words_quoted_in_a_sentence_another_named_person_governs_are_theirs": (
        "Debate\n\n“We must close the border,” Senator Dana Ruiz said on Monday. And Governor Tom Hale, after "
        "releasing a new video about the ''clash of cultures,'' cancelled his rally in Ohio.",
        [("We must close the border,", "Dana Ruiz"), ("clash of cultures,", "Tom Hale")]),
    "a_title_in_another_persons_sentence_stays_with_the_paragraph": (
        "Television\n\n“Nostalgia sells,” said Dana Ruiz, the network's president. Tom Hale will star in "
        "''The Night Desk,'' a revival of the 1990s series.",
        [("Nostalgia sells,", "Dana Ruiz"), ("The Night Desk,", "Dana Ruiz")]),  # not the star's words
    "a_clause_leading_into_the_next_quote_does_not_credit_the_one_before": (
        "Emails\n\nIn March, Mills forwarded a photo of Clinton. Clinton replied to Mills with, “Why now? That was "
        "on my way to Cairo?” Mills then wrote back, “You look great.”",
        [("Why now? That was on my way to Cairo?", "Clinton"), ("You look great.", "Mills")]),
    "a_headline_role_without_article_quotes_words_the_body_credits": (
        "Nurse tells inquiry she raised alarm “again and again”\n\nA senior nurse told the inquiry on Tuesday that she "
        "warned managers six times.\n\nSister Mair Lloyd, who ran the ward, said she felt ignored. “I raised it "
        "again and again,” she told the inquiry.",
        [("I raised it again and again,", "Mair Lloyd")]),
    "who_answers_in_a_relative_clause_ending_at_the_colon_speaks_the_answer": (
        "Occupation\n\n\"Let everybody know that they are to go to the refuge,\" Bundy says to Santilli on camera, "
        "who responds enthusiastically: \"Okay!\"\n\nThe mayor met one voter who asked: \"Why now?\"",
        [("Let everybody know that they are to go to the refuge,", "Bundy"), ("Okay!", "Santilli"),
         ("Why now?", None)]),
    "someone_cutting_in_between_two_quotes_of_a_paragraph_says_the_second": (
        "Caucus\n\nBetsy Ebeling met voters on Monday.\n\n\u201cTell her I promised you a picture,\u201d Ebeling "
        "said, and Mayor Tom Reyes cut in. \u201cDon't forget me.\u201d\n\n\u201cWe will not escalate,\u201d Ebeling "
        "said after meeting Reyes. He didn't suggest a reply. \u201cOur goal is calm.\u201d",
        [("Tell her I promised you a picture,", "Betsy Ebeling"), ("Don't forget me.", "Tom Reyes"),
         ("We will not escalate,", "Betsy Ebeling"), ("Our goal is calm.", "Betsy Ebeling")]),
    "the_answers_of_a_q_and_a_transcript_are_the_person_questioned": (
        "Court hears fraud case\n\nThe trial of former banker Nina Kovacs continued on Wednesday.\n\nUnder "
        "cross-examination, Kovacs denied moving client funds.\n\nQ: Did you sign the transfer?\n\nA: “I never saw "
        "that document.”\n\nQ: Then whose signature is it?\n\nA: “I have no idea.”",
        [("I never saw that document.", "Nina Kovacs"), ("I have no idea.", "Nina Kovacs")]),
    "answers_to_the_writers_own_questions_are_the_interviewees": (
        "Explainer: the new bus fares\n\nWe asked transport planner Olu Bankole of Westgate University what "
        "changes.\n\nWho pays more?\n\n“Anyone who travels before nine. Peak fares rise by a fifth.”\n\n"
        "Is there any good news?\n\n“Yes. Weekend fares are frozen until March.”",
        [("Anyone who travels before nine. Peak fares rise by a fifth.", "Olu Bankole"),
         ("Yes. Weekend fares are frozen until March.", "Olu Bankole")]),
    "after_an_answer_bare_paragraphs_take_turns": (
        "Interviewer Kate Lin sat down with novelist Omar Said.\n\n“Why did you stop writing?” Lin asked.\n\n"
        "“I ran out of things to say.”\n\n“Do you miss it?”\n\n“Every day.”",
        [("Why did you stop writing?", "Kate Lin"), ("I ran out of things to say.", "Omar Said"),
         ("Do you miss it?", "Kate Lin"), ("Every day.", "Omar Said")]),
    "an_answer_in_two_paragraphs_stays_with_who_answers": (
        "Interviewer Kate Lin sat down with novelist Omar Said.\n\n“Why did you stop writing?” Lin asked.\n\n"
        "“I ran out of things to say.”\n\n“And my publisher went bust.”",
        [("Why did you stop writing?", "Kate Lin"), ("I ran out of things to say.", "Omar Said"),
         ("And my publisher went bust.", "Omar Said")]),
    "a_pull_quote_credited_after_to_someone_s_colleague": (
        "“The ice is gone,” said glaciologist Ruth Berg. “It will not come back.”\n\n"
        "“We have ten years, maybe less.”\n\nThat warning came from Berg's colleague, Jonas Holm.",
        [("The ice is gone,", "Ruth Berg"), ("It will not come back.", "Ruth Berg"),
         ("We have ten years, maybe less.", "Jonas Holm")]),
    "reply_goes_to_who_the_narrative_said_was_asked": (
        "Reporter Dan Wolfe asked the minister, Clara Berg, about the budget.\n\n"
        "“Will taxes rise?” Wolfe asked.\n\n"
        "“Not this year.”",
        [("Will taxes rise?", "Dan Wolfe"), ("Not this year.", "Clara Berg")]),
    "a_quote_sentence_credited_by_the_next_sentence": (
        "Bureau blues\n\nThe bureau image has suffered before.\n\n“I would rather have a sister in a casino than a "
        "brother in the bureau.” That quote from Alabama Securities Commissioner Thomas Krebs appeared on the front "
        "page in 1980.",
        [("I would rather have a sister in a casino than a brother in the bureau.", "Thomas Krebs")]),
    "pull_quote_credited_by_the_next_paragraph": (
        "“We have never seen floods like this.”\n\n"
        "So says Jonas Weber, who has farmed the valley for 40 years.",
        [("We have never seen floods like this.", "Jonas Weber")]),
    "quote_credited_after_is_not_the_previous_speaker": (
        "Mayor Tom Ash spoke first. “We are ready,” Ash said.\n\n"
        "“The storm will not stop us.”\n\n"
        "That was the message from fire chief Lydia Kerr, who added that crews were in place.",
        [("We are ready,", "Tom Ash"), ("The storm will not stop us.", "Lydia Kerr")]),
    "reply_to_a_question_goes_to_who_was_asked": (
        "Town hall held in Dover\n\nThe meeting ran for two hours on Tuesday.\n\n"
        "Moderator Mark Pierce asked Senator Paul Grady: “Will you run again next year?”\n\n"
        "“Not this year. My family comes first.”",
        [("Will you run again next year?", "Mark Pierce"), ("Not this year. My family comes first.", "Paul Grady")]),
    "who_asked_is_not_who_replies": (
        "Campaign trail\n\nSenator Tom Hale toured three towns on Friday. Talk show host Mike Rand asked Hale "
        "how he felt about the polls. He replied: “The bigger the crowd, the better I feel.”",
        [("The bigger the crowd, the better I feel.", "Tom Hale")]),
    "an_unnamed_asker_is_not_who_replies": (
        "Campaign trail\n\nSenator Tom Hale toured three towns on Friday. A reporter asked Hale how he felt "
        "about the polls. He replied: “The bigger the crowd, the better I feel.”",
        [("The bigger the crowd, the better I feel.", "Tom Hale")]),
    "a_statement_is_continued_by_its_speaker": (
        "Town hall held in Dover\n\nThe meeting ran for two hours on Tuesday.\n\n"
        "Senator Paul Grady told Mark Pierce: “I will not run again next year.”\n\n"
        "“My family comes first.”",
        [("I will not run again next year.", "Paul Grady"), ("My family comes first.", "Paul Grady")]),
    "a_pull_quote_opening_the_story_is_whose_words_the_next_paragraph_says_they_are": (
        "‘We have lost everything’: fishermen count the cost of the storm\n\n“We have lost everything we own.”\n\n"
        "That is how Ewan Ross, a crab fisherman in Ullapool, sums up the week. His boat sank at its mooring.",
        [("We have lost everything we own.", "Ewan Ross")]),  # (the headline's repeat is its title)
    "a_question_led_in_by_a_cue_is_not_the_next_sentences_speakers": (
        "Budget\n\nThe council met on Monday.\n\nTom Baird, exasperated, responded: “What difference does it make "
        "now?” His critics cited it as evidence of his temper.\n\nReporters asked: “Will you run again?” Ann Pike "
        "said she would decide in June.",
        [("What difference does it make now?", "Tom Baird"), ("Will you run again?", None)]),
    "those_were_the_words_of_credits_the_quote_before": (
        "Storm\n\nThe harbour was quiet on Friday.\n\n“Nobody listened to us for ten years.”\n\nThose were the "
        "words of Ailsa Munro, who chairs the harbour trust, as she walked the pier.",
        [("Nobody listened to us for ten years.", "Ailsa Munro")]),
    "a_lead_in_naming_only_when_and_where_goes_on_with_the_speaker_before": (
        "Record\n\nFor example: \"We made a terrible mistake going in,\" Senator Tom Hale told a reporter from the "
        "Daily Star in October.\n\nThen, later that month on television: \"I've never said we made a mistake going "
        "in.\"\n\nThen, the punch line: \"He never met a mistake he did not make twice over.\"",
        [("We made a terrible mistake going in,", "Tom Hale"), ("I've never said we made a mistake going in.", "Tom Hale"),
         ("He never met a mistake he did not make twice over.", None)]),
    "narrative_before_a_quote_after_a_question_tells_who_speaks_not_the_question": (
        "Budget\n\nAt the hearing on Monday, Senator John Pierce asked Mayor Sarah Johnson: “Who will pay for it?”"
        "\n\nThe senator's chief aide later related that the exchange had gone badly for the mayor. “She had no "
        "answer at all.”",
        [("Who will pay for it?", "John Pierce"), ("She had no answer at all.", None)]),
    "a_described_subject_right_before_a_quote_introduces_it": (
        "Revival\n\nModerator Mark Pierce asked Pastor Lance Ward: “Will you stand with us?”\n\n"
        "The moderator later related that the pastor said nothing for a full minute. “I felt the room hold its "
        "breath.”",
        [("Will you stand with us?", "Mark Pierce"), ("I felt the room hold its breath.", "Mark Pierce")]),
}


# One table per pattern of the issue; every row runs as ``pattern:case``.
PATTERNS = {
    "name_forms": NAME_FORMS,
    "pronouns": PRONOUNS,
    "title_case_lines": TITLE_CASE_LINES,
    "nominals_and_documents": NOMINALS_AND_DOCUMENTS,
    "appositions": APPOSITIONS,
    "cue_forms": CUE_FORMS,
    "not_the_story": NOT_THE_STORY,
    "turns": TURNS,
    "relatives_and_namesakes": RELATIVES_AND_NAMESAKES,
}


@pytest.mark.parametrize("text, expected", [row for cases in PATTERNS.values() for row in cases.values()],
                         ids=[f"{pattern}:{case}" for pattern, cases in PATTERNS.items() for case in cases])
def test_patterns(text, expected, nlp):
    assert speakers(text, nlp) == expected


def test_a_clause_opened_by_a_preposition_does_not_take_the_quote_it_interrupts(nlp):
    """'at which point the crowd chanted' is no relative clause reporting the speaker's words:
    the quote it interrupts goes on as the sheriff's (who chanted the chant is left open)."""
    text = ("Rally\n\nSheriff Tom Hale praised the plan. He said, “The wall will be built” - at which point the "
            "crowd chanted “Build it!” - “and the border will be safe.”")
    said = dict(speakers(text, nlp))
    assert said["The wall will be built"] == said["and the border will be safe."] == "Tom Hale"


@pytest.mark.parametrize("text, speaker, role", [
    ("Port strike\n\nROTTERDAM, Netherlands - Port director Pieter van den Berg warned on Monday of “weeks of "
     "disruption” at the docks.", "Pieter van den Berg", "Port director"),
    ("Court date set\n\nPORTLAND, Ore. - Dana Whitcomb, an engineer, warned on Monday of “weeks "
     "of disruption” on the bridge.", "Dana Whitcomb", "engineer"),
    ("Port strike\n\nROTTERDAM, March 3 (UPI) - Port director Pieter van den Berg warned on Monday of “weeks of "
     "disruption” at the docks.", "Pieter van den Berg", "Port director"),
])
def test_a_dateline_is_not_part_of_the_role(nlp, text, speaker, role):
    """'ROTTERDAM, Netherlands - Port director Pieter van den Berg': the role is the job alone,
    and a dateline straight before a name is no role at all."""
    [quote] = extract_quotes(text, nlp=nlp)
    assert (quote.speaker, quote.role) == (speaker, role)


@pytest.mark.parametrize("text, speaker, role", [
    ("Waiting lists\n\n“He knew about this for months,” said opposition spokesman Paul Dowd of Health Minister "
     "Alan Reid.\n\nReid denied the claim. “That is simply untrue,” he said.", "Alan Reid", "Health Minister"),
])
def test_a_role_ends_at_another_persons_name(nlp, text, speaker, role):
    """'Paul Dowd of Health Minister Alan Reid': Reid's role is his own title, not Dowd's words."""
    quote = extract_quotes(text, nlp=nlp)[-1]
    assert (quote.speaker, quote.role) == (speaker, role)


def test_a_movement_named_in_title_case_is_an_organisation(nlp):
    (q,) = extract_quotes("Rally\n\nHundreds gathered outside city hall on Sunday. Black Lives Matter said the "
                          "rally was \"a warning to the council.\"", nlp=nlp)
    assert (q.speaker, q.speaker_kind) == ("Black Lives Matter", "organisation")


def test_a_courtesy_title_alone_is_no_role_for_a_later_pronoun(nlp):
    (q,) = extract_quotes("Hall\n\nDame Alice Wren opened the new hall on Friday.\n\n\"It is a fine day,\" she said.",
                          nlp=nlp)
    assert (q.speaker, q.role) == ("Alice Wren", None)


@pytest.mark.parametrize("verb, speaker", [("tweeted", "Dana Pike"), ("asked", None)])
def test_a_participle_hung_on_the_name_right_after_a_quote_is_that_persons_cue(nlp, verb, speaker):
    """'“...!” Pike, the head of the fund, tweeted on Friday' with 'tweeted' parsed as a
    participle on the name (a reduced relative clause): the name's own verb, so the quote is
    Pike's; a listener's verb ('Pike, asked ...') stays a passive and credits nobody."""
    from quotes.extract import quotes_from_doc

    doc = nlp(f"Stunt\n\nA plane flew a banner over the stadium.\n\n“Not ours, but we love it!” Dana Pike, the head "
              f"of the Harbor Fund, {verb} on Friday.")
    pike, cue = (next(t for t in doc if t.text == w) for w in ("Pike", verb))
    pike.head, pike.dep_ = pike, "ROOT"
    cue.head, cue.dep_, cue.tag_ = pike, "acl", "VBN"
    assert [q.speaker for q in quotes_from_doc(doc)] == ([speaker] if speaker else [])
