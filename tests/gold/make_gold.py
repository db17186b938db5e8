"""Write quotes.gold.jsonl from the short articles below (written for the tests).

    python tests/gold/make_gold.py

Each article lists its quotes (text inside the marks) with the acceptable
canonical speakers ([None] = an unnamed speaker); ``ignore`` lists quoted
strings that are not speech.
"""
import json
from pathlib import Path

ARTICLES = [
    ("council-budget", """Council approves budget after long night

Mayor Denise Whitcombe defended the plan on Tuesday. “We cut nothing that keeps people safe,” she said.

“This budget is a fantasy,” said Councillor Raj Patel, who voted against it. “The numbers will not add up by spring.”

The city’s finance office said the plan relied on what accountants call the “rainy day reserve” for the third year running.

According to the finance office, “the reserve will be empty by 2027 at this rate.”

Whitcombe added: “We will revisit the plan in June if revenue falls short.”
""", [("We cut nothing that keeps people safe,", ["Denise Whitcombe"]),
      ("This budget is a fantasy,", ["Raj Patel"]),
      ("The numbers will not add up by spring.", ["Raj Patel"]),
      ("the reserve will be empty by 2027 at this rate.", [None]),
      ("We will revisit the plan in June if revenue falls short.", ["Denise Whitcombe"])],
     ["rainy day reserve"]),
    ("glacier-report", """Alpine glacier lost a record share of its ice

Dr Anneliese Vogt, a glaciologist at the Swiss Institute for Snow and Avalanche Research (SLF), led the survey.

“We measured a loss of almost four metres in a single summer,” Vogt told reporters in Zurich.

The institute said the figure was the largest since records began. “Nothing in our data comes close,” it said.

A farmer in the valley below was blunter. “The stream is brown and it is loud all night,” he said.

“It will keep getting worse,” the institute warned in its annual report.
""", [("We measured a loss of almost four metres in a single summer,", ["Anneliese Vogt"]),
      ("Nothing in our data comes close,", ["Swiss Institute for Snow and Avalanche Research"]),
      ("The stream is brown and it is loud all night,", [None]),
      ("It will keep getting worse,", ["Swiss Institute for Snow and Avalanche Research"])], []),
    ("space-brothers", """Twin astronauts recall a decade of flights

Mark Kelly and his twin brother Scott Kelly spoke at the museum on Saturday.

“Space changes how you see the planet,” Scott Kelly said.

“I still miss the view,” Mark Kelly said. “But I do not miss the food.”

Scott Kelly laughed at that. “He always complained about the food,” he said.
""", [("Space changes how you see the planet,", ["Scott Kelly"]),
      ("I still miss the view,", ["Mark Kelly"]),
      ("But I do not miss the food.", ["Mark Kelly"]),
      ("He always complained about the food,", ["Scott Kelly"])], []),
    ("port-strike", """Dock workers walk out at Rotterdam port

Union leader Femke de Vries told the crowd: “We are not asking for the moon, we are asking for a contract.”

The port authority called the strike “regrettable and avoidable” in a statement on Monday.

“Every day of this costs the region millions,” said Jonah Feld, an analyst at Castleton Securities.

Feld said the dispute could drag on into the holidays.

“Shippers are already rerouting to Antwerp,” he said.
""", [("We are not asking for the moon, we are asking for a contract.", ["Femke de Vries"]),
      ("regrettable and avoidable", [None]),
      ("Every day of this costs the region millions,", ["Jonah Feld"]),
      ("Shippers are already rerouting to Antwerp,", ["Jonah Feld"])], []),
    ("court-ruling", """Judge rejects bid to halt pipeline

Judge Helen Ortiz of the district court rejected the request on Friday.

“The plaintiffs have not shown that harm is imminent,” the judge wrote in her ruling.

Lawyers for the tribe said they would appeal. “This is not over,” said Maria Lopez, who represents the tribe.

“We will take this to the appeals court within the week. The river cannot wait,” Lopez added.
""", [("The plaintiffs have not shown that harm is imminent,", ["Helen Ortiz"]),
      ("This is not over,", ["Maria Lopez"]),
      ("We will take this to the appeals court within the week. The river cannot wait,", ["Maria Lopez"])], []),
    ("long-quote", """Minister sets out energy plan

Energy Minister Sara Klein set out the plan in parliament on Wednesday.

“The first part of the plan is already under way. We have signed contracts for three wind farms.

“The second part is harder. It means rebuilding the grid so that power can flow from the coast to the cities.

“We will need every region to play its part,” Klein said.

Opposition leader Tom Hale called the plan “a wish list without a price tag.”
""", [("The first part of the plan is already under way. We have signed contracts for three wind farms.",
       ["Sara Klein"]),
      ("The second part is harder. It means rebuilding the grid so that power can flow from the coast to the cities.",
       ["Sara Klein"]),
      ("We will need every region to play its part,", ["Sara Klein"]),
      ("a wish list without a price tag.", ["Tom Hale"])], []),
    ("headline-quote", """Guterres: ‘The world is running out of time’

United Nations Secretary-General António Guterres opened the climate summit in Dubai on Thursday.

He urged leaders to phase out fossil fuels, saying “half measures will not save us”.

“We need action, not promises,” Guterres said.
""", [("The world is running out of time", ["António Guterres"]),
      ("half measures will not save us", ["António Guterres"]),
      ("We need action, not promises,", ["António Guterres"])], []),
    ("kremlin-talks", """Kremlin says talks with Kyiv are ‘not on the agenda’

The Kremlin said on Tuesday that peace talks with Ukraine were not on the agenda, a day after Ukrainian President Volodymyr Zelenskyy called for a new round of negotiations.

“There are no prerequisites for talks at the moment,” Kremlin spokesman Dmitry Peskov told reporters in Moscow.

Peskov added that Russia would “continue the special military operation until its goals are achieved”.

Zelenskyy, speaking in his nightly video address, said Ukraine was ready. “We have always said that this war must end at the negotiating table,” he said. “But not on Russia’s terms.”

Ukraine’s foreign ministry said in a statement that Moscow was “not interested in peace”.

Analysts were sceptical. “Both sides are talking to their own audiences,” said Olga Petrenko, a political scientist at Kyiv-Mohyla Academy.

She added: “Nobody expects a breakthrough before the winter.”

Source: Al Jazeera and news agencies
""", [("not on the agenda", ["Kremlin"]),
      ("There are no prerequisites for talks at the moment,", ["Dmitry Peskov"]),
      ("continue the special military operation until its goals are achieved", ["Dmitry Peskov"]),
      ("We have always said that this war must end at the negotiating table,", ["Volodymyr Zelenskyy"]),
      ("But not on Russia’s terms.", ["Volodymyr Zelenskyy"]),
      ("not interested in peace", ["Ukraine’s foreign ministry"]),
      ("Both sides are talking to their own audiences,", ["Olga Petrenko"]),
      ("Nobody expects a breakthrough before the winter.", ["Olga Petrenko"])], []),
    ("boeing-panel", """Boeing faces new scrutiny after door panel blowout

Boeing shares fell 5% on Monday after regulators grounded dozens of 737 Max 9 jets.

“We are taking this seriously,” Boeing chief executive Dave Calhoun said in a statement. The company said it would support the investigation. “We will cooperate fully with regulators,” it said.

The Federal Aviation Administration (FAA) ordered inspections of 171 aircraft. “Safety is our top priority,” the agency said.

Asked about the delays, Calhoun told CNBC: “We have work to do.”

One pilot, who asked not to be named, said: “Nobody trusts the plane yet.”

Jennifer Homendy, chair of the National Transportation Safety Board (NTSB), told reporters the board was “deeply concerned”.

“This should never have happened,” Homendy said. “We were lucky that nobody was sitting in those seats.”

Alaska Airlines, which operates 65 of the jets, cancelled hundreds of flights. ‘Our customers deserve better,’ said Ben Minicucci, the airline’s chief executive. He added that the airline was ‘frustrated and disappointed’.

Mrs Patel, a passenger on the flight, described the moment the panel blew out. “There was a huge bang and then wind everywhere,” she said.
""", [("We are taking this seriously,", ["Dave Calhoun"]),
      ("We will cooperate fully with regulators,", ["Boeing"]),
      ("Safety is our top priority,", ["Federal Aviation Administration"]),
      ("We have work to do.", ["Dave Calhoun"]),
      ("Nobody trusts the plane yet.", [None]),
      ("deeply concerned", ["Jennifer Homendy"]),
      ("This should never have happened,", ["Jennifer Homendy"]),
      ("We were lucky that nobody was sitting in those seats.", ["Jennifer Homendy"]),
      ("Our customers deserve better,", ["Ben Minicucci"]),
      ("frustrated and disappointed", ["Ben Minicucci"]),
      ("There was a huge bang and then wind everywhere,", ["Patel"])], []),
    ("album-record", """Taylor Swift breaks streaming record with new album

Taylor Swift’s new album “The Tortured Poets Department” broke the record for most streams in a single day, Spotify said on Saturday.

The singer thanked fans on Instagram. “I’m so grateful to every single one of you,” she wrote.

Spotify spokeswoman Jane Morgan said the album had been streamed more than 300 million times. “Nothing like this has ever happened on our platform,” Morgan said.

Critics were divided. The Guardian called it “a bloated, brilliant mess”, while Rolling Stone praised its “fearless songwriting”.

According to a statement from her label, Republic Records, the album sold 1.4 million copies in its first week.

Music analyst Tom Becker, of Midia Research, said the numbers were “unprecedented in the streaming era”. He added: “Even the Beatles never had a week like this.”

Fans queued overnight outside record shops in London. “I’ve been waiting two years for this,” said one fan, Emily Carter, 19.
""", [("I’m so grateful to every single one of you,", ["Taylor Swift"]),
      ("Nothing like this has ever happened on our platform,", ["Jane Morgan"]),
      ("a bloated, brilliant mess", ["Guardian", "The Guardian"]),
      ("fearless songwriting", ["Rolling Stone"]),
      ("unprecedented in the streaming era", ["Tom Becker"]),
      ("Even the Beatles never had a week like this.", ["Tom Becker"]),
      ("I’ve been waiting two years for this,", ["Emily Carter"])],
     ["The Tortured Poets Department"]),
    ("biden-verdict", """Biden defends son after guilty verdict

President Joe Biden said on Tuesday he would accept the outcome of his son Hunter Biden’s trial.

“I am the president, but I am also a dad,” Mr Biden said in a statement released by the White House.

Hunter Biden thanked his family outside the courthouse in Wilmington. “I am more grateful today for the love and support I experienced this last week from Melissa, my family, my friends, and my community than I am disappointed by the outcome,” he said.

The White House said the president would not pardon his son. “He’s been very clear,” press secretary Karine Jean-Pierre told reporters aboard Air Force One.

Republicans were quick to react. “This proves no one is above the law,” said Representative James Comer, who chairs the House Oversight Committee.

Abbe Lowell, Hunter Biden’s lawyer, said his client would appeal. “We will continue to vigorously pursue all the legal challenges available,” Lowell said.
""", [("I am the president, but I am also a dad,", ["Joe Biden"]),
      ("I am more grateful today for the love and support I experienced this last week from Melissa, my family, my friends, and my community than I am disappointed by the outcome,", ["Hunter Biden"]),
      ("He’s been very clear,", ["Karine Jean-Pierre"]),
      ("This proves no one is above the law,", ["James Comer"]),
      ("We will continue to vigorously pursue all the legal challenges available,", ["Abbe Lowell"])], []),
    ("pakistan-floods", """Floods displace thousands in northern Pakistan

Heavy monsoon rains have displaced more than 20,000 people in Pakistan’s Khyber Pakhtunkhwa province, officials said on Sunday.

“The water came in the middle of the night and took everything,” said Gul Bibi, a 54-year-old mother of six, speaking from a relief camp in Swat.

The National Disaster Management Authority (NDMA) said at least 47 people had died since Thursday. It warned that more rain was expected. “People living near rivers must move to safer places immediately,” the authority said.

Provincial chief minister Ali Amin Gandapur told Reuters the government had set up 40 relief camps.

“We are doing everything we can, but the scale of this is enormous,” he said in an interview. “We need international help.”

According to the World Health Organization, cases of waterborne disease have doubled in the affected districts.

A spokesman for the United Nations, Stephane Dujarric, said the UN was “ready to support” the government.
""", [("The water came in the middle of the night and took everything,", ["Gul Bibi"]),
      ("People living near rivers must move to safer places immediately,", ["National Disaster Management Authority"]),
      ("We are doing everything we can, but the scale of this is enormous,", ["Ali Amin Gandapur"]),
      ("We need international help.", ["Ali Amin Gandapur"]),
      ("ready to support", ["Stephane Dujarric"])], []),
    ("wimbledon-final", """Alcaraz beats Djokovic to win second Wimbledon title

Carlos Alcaraz retained his Wimbledon title on Sunday, beating Novak Djokovic 6-2 6-2 7-6 in the final.

“It’s a dream come true, again,” the 21-year-old Spaniard told the crowd after the match. “To win here twice is something I never imagined.”

Djokovic, who had knee surgery just six weeks before the tournament, was gracious in defeat.

“He was the better player, no doubt,” the Serbian said. “I gave everything I had today.”

Alcaraz’s coach Juan Carlos Ferrero said his player had “matured a lot” over the past year.

“Carlos is hungry. He wants more,” Ferrero told reporters.

The All England Club said in a statement that the final had been watched by 15 million people in Britain.
""", [("It’s a dream come true, again,", ["Carlos Alcaraz"]),
      ("To win here twice is something I never imagined.", ["Carlos Alcaraz"]),
      ("He was the better player, no doubt,", ["Novak Djokovic"]),
      ("I gave everything I had today.", ["Novak Djokovic"]),
      ("matured a lot", ["Juan Carlos Ferrero"]),
      ("Carlos is hungry. He wants more,", ["Juan Carlos Ferrero"])], []),
    ("maui-wildfire", """‘We will rebuild’: Maui residents vow to return after wildfire

Lahaina resident Kaniela Ing lost his home in the fire. When I asked him what came next, he did not hesitate. “We will rebuild, every single house,” he replied.

Hawaii Governor Josh Green described the fire as “the largest natural disaster in state history”. Speaking at a news conference on Friday, Green said: “We are going to need years, not months.”

Maui County officials said the death toll had risen to 97. “We expect that number to rise,” Maui Police Chief John Pelletier told reporters. “The search is far from over.”

The Federal Emergency Management Agency (FEMA) said it had sent 500 staff. Its administrator, Deanne Criswell, said the agency was “in it for the long haul”.
""", [# the headline's 'We will rebuild' repeats his words: the title, not a second quote
      ("We will rebuild, every single house,", ["Kaniela Ing"]),
      ("the largest natural disaster in state history", ["Josh Green"]),
      ("We are going to need years, not months.", ["Josh Green"]),
      ("We expect that number to rise,", ["John Pelletier"]),
      ("The search is far from over.", ["John Pelletier"]),
      ("in it for the long haul", ["Deanne Criswell"])], []),
]


def main() -> None:
    out = []
    for doc_id, text, quotes, ignore in ARTICLES:
        gold_quotes, pos = [], 0
        for quoted, speakers in quotes:
            start = text.index(quoted, pos)
            gold_quotes.append({"start": start, "end": start + len(quoted), "text": quoted, "speakers": speakers})
            pos = start + len(quoted)
        spans = [[text.index(s), text.index(s) + len(s)] for s in ignore]
        out.append({"id": doc_id, "text": text, "quotes": gold_quotes, "ignore": spans})
    path = Path(__file__).with_name("quotes.gold.jsonl")
    path.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in out), encoding="utf-8")
    print(f"wrote {path}: {len(out)} articles, {sum(len(d['quotes']) for d in out)} quotes")


if __name__ == "__main__":
    main()
