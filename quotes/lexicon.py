"""Word lists the rules rely on: speech cues, titles, pronouns, first names.

Everything ships with the package; nothing is downloaded.
"""
from __future__ import annotations

# Lemmas of verbs that introduce reported speech (or writing, or findings).
SPEECH_VERBS = frozenset("""
say tell add warn write note explain argue claim insist state declare announce
report suggest acknowledge admit agree ask answer reply respond recall remark
comment continue conclude confirm deny describe emphasize emphasise stress
predict promise vow pledge urge tweet post quip joke laugh shout scream yell
whisper mutter murmur complain concede contend assert maintain observe point
indicate reveal mention boast brag lament caution counter retort protest demand
testify recount plead beg exclaim sigh chant read repeat reiterate summarize
summarise estimate forecast characterize characterise dub brand term accuse
charge allege criticize criticise praise thank blast slam mock dismiss
defend highlight hint signal affirm proclaim pronounce advise inform assure
question challenge interject offer propose recommend threaten worry fear
call label find show tout hail decry blame ridicule scoff snap fume rage
cite quote wonder muse ponder believe think feel hope
cry gush rave rant lecture preach sneer grumble groan shrug speak talk chide rebuke
scold tease taunt
exhort implore instruct beseech condemn denounce lambaste
""".split())

# Verbs that count only with the speaker as subject next to the quote;
# alone they are too often not speech ("a group called ...").
WEAK_VERBS = frozenset({"conclude", "call", "label", "dub", "brand", "term", "describe", "find", "show",
                        "continue", "think", "believe", "feel", "hope", "fear", "worry",
                        "read", "cite", "quote", "offer", "charge", "signal"})

# Words before a name that are titles or roles, not part of the name.
TITLES = frozenset("""
mr mrs ms miss mx dr prof professor sir dame lord lady rev reverend father sister
president vice secretary general gen sen senator rep representative congressman
congresswoman gov governor mayor judge justice minister prime chancellor king queen
prince princess pope col colonel capt captain lt lieutenant sgt sergeant adm admiral
maj major cmdr commander chief officer attorney speaker leader chairman chairwoman
chair ceo cfo coo director deputy ambassador commissioner inspector detective agent
sheriff coach candidate nominee former acting assistant associate executive
secretary-general prosecutor spokesman spokeswoman spokesperson superintendent
councilman councilwoman councillor alderman premier emir sheikh ayatollah
dr. mr. mrs. ms. gov. sen. rep. gen. col. capt. lt. sgt. adm. maj. prof. rev. st.
""".split())

# Lower-case nouns that name a job before or after a name ("Wagner boss Yevgeny Prigozhin").
ROLE_NOUNS = frozenset("""
boss founder owner economist analyst adviser advisor strategist pollster lawyer historian
researcher scientist spokesman spokeswoman spokesperson chief head manager editor
correspondent reporter columnist activist organizer organiser official diplomat envoy
negotiator commander general minister president secretary-general
""".split())

MALE_TITLES = frozenset({"mr", "mr.", "sir", "lord", "king", "prince", "father", "congressman",
                         "councilman", "chairman", "spokesman"})
FEMALE_TITLES = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "queen", "princess",
                           "sister", "congresswoman", "councilwoman", "chairwoman", "spokeswoman"})

MALE_PRONOUNS = frozenset({"he", "him", "his", "himself"})
FEMALE_PRONOUNS = frozenset({"she", "her", "hers", "herself"})
PLURAL_PRONOUNS = frozenset({"they", "them", "their", "themselves"})
NEUTER_PRONOUNS = frozenset({"it", "its", "itself"})
RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whom"})
FIRST_PERSON = frozenset({"i", "we", "me", "us", "you"})

# Subjects that are people or bodies never named: speaker null, mention kept.
GENERIC_HEADS = frozenset("""
source sources official officials resident residents person people man woman
someone somebody witness witnesses observer observers expert experts analyst
analysts aide aides voter voters supporter supporters critic critics member
members protester protesters friend friends neighbor neighbors neighbour
neighbours fisherman fishermen farmer farmers worker workers employee employees
student students parent parents viewer viewers reader readers insider insiders
fan fans one many some others observer spokesperson spokesman spokeswoman
""".split())

# Common first names: enough to tell "he" from "she" for names the article
# never genders itself.  Ambiguous names (Jordan, Alex) are left out.
MALE_NAMES = frozenset("""
aaron abdul abraham adam adrian ahmed alan albert alejandro alexander alexei
alfred ali andre andrei andrew andrzej angel anthony antonio arnold arthur barack
ben benjamin bernard bernie bill billy bob bobby boris brad brandon brett brian
bruce bryan carl carlos charles charlie chris christopher chuck clarence colin
craig dan daniel danny darren dave david dennis derek dick dmitry donald doug
douglas duncan dwight earl ed eddie edward emmanuel eric ernest eugene evan
frank franklin fred frederick gary gavin george gerald gitanas gordon greg
gregory harold harry hector henry herbert howard hugh ian igor isaac ivan jack
jacob jake james jared jason jeb jeff jeffrey jens jeremy jerome jerry jesse
jim jimmy joe joel john johnny jon jonah jonathan jose joseph josh joshua juan
julian justin karl keith ken kenneth kevin kim kirk kurt lamar larry lawrence
lee leon leonard lindsey lloyd louis luis luke marco marcus mario mark martin
matt matthew maurice max michael miguel mike mitch mitt mohammed muhammad nathan
neil newt nicholas nick nigel norman olaf oliver omar oscar patrick paul pedro
peter phil philip pierre ralph randy raymond recep reince richard rick ricky
rob robert roger ron ronald roy rudy russell ryan sam samuel scott sean sergei
sergey seth shawn simon stanley stephen steve steven stuart ted terry thomas tim
timothy todd tom tommy tony travis trey tyler victor vincent vladimir volodymyr
walter warren wayne william willie xi yevgeny yuri zachary novak rafael roger andy lionel cristiano
kylian erling lebron kobe tiger rishi keir olaf emmanuel recep narendra benjamin yair ehud mahmoud
hassan ali abdullah salman mohammad jair lula gustavo javier pedro santiago diego alejandro mateo
hugo lars sven jan piotr mateusz jakub andriy dmytro oleksandr taras vitali wladimir jacinda anthony
fernando sergio luka giorgio matteo giuseppe francesco marco paolo jean jacques francois pierre
manuel joao luiz kenji hiroshi takeshi shinzo fumio wei ming jun jong kwame thabo cyril nelson jacob
""".split())
FEMALE_NAMES = frozenset("""
abigail adriana alexandra alice alicia alison amanda amber amy ana andrea angela
angelique ann anna anne annegret anneliese annette april barbara betsy betty
beverly brenda carly carol caroline carolyn catherine cathy charlotte chelsea
cheryl christina christine cindy claire claudia colleen connie cynthia daisy
dana danielle deborah debbie denise diana diane donna dorothy elaine eleanor
elena elizabeth ellen emily emma erica erin eva evelyn frances gabrielle
gina gloria grace hannah heather heidi helen hillary holly hope huma irene
jacqueline jane janet janice jean jennifer jessica jill joan joanne jodi
joyce judith judy julia julie karen kate katherine kathleen kathryn kathy katie
kay kayleigh kelly kellyanne kimberly kristen laura lauren linda lisa liz lori
louise lucy lynn madeleine margaret maria marie marilyn marine martha mary
megan melania melissa melezia michelle mildred monica nancy natalie nicole nikki
nina olga pamela patricia paula pauline peggy penny rachel rebecca regina
rita roberta rosa rose ruth sally samantha sandra sara sarah sharon shirley
sophie stephanie susan suzanne sylvia tammy teresa theresa tiffany tina tracy
ursula valerie vanessa victoria virginia wendy yulia serena venus naomi iga aryna coco simone greta
kamala nancy giorgia ursula christine annalena sanna jacinda liz theresa angela marine segolene
maria sofia lucia isabella valentina camila fernanda ana carmen pilar beatriz yuki akiko mei ling
aisha fatima amina zainab leila malala priya indira sonia
""".split())
