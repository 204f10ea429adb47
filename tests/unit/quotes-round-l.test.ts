import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/core/quotes.ts';
import { namesIn } from '../../src/core/quotes/names.ts';

// Rules added after the blind run of round L (tests/fixtures/quotes/HELDOUT.md). Made-up sentences.
const speakers = (...paras: string[]) => extractQuotes(paras).map((x) => x.speaker);

describe('extractQuotes: after round L', () => {
  it('drops a Malaysian honorific from a name', () => {
    expect(
      speakers(
        'State housing committee chairman Datuk Azman Yusof said the scheme would open in March.',
        '"We have families waiting for six years," he told reporters.',
      ),
    ).toEqual(['Azman Yusof']);
  });

  it('takes a capitalised job title off a name', () => {
    expect(speakers('"Nobody heard the siren," said Supervisor Dana Whitlock, who chairs the board.')).toEqual(['Dana Whitlock']);
    expect(speakers('Meteorologist Owen Pratt said the storm had weakened. "It was over in minutes," Pratt said.')).toEqual(['Owen Pratt']);
  });

  it('reads a province after a town with accented letters as part of the place', () => {
    expect(
      speakers(
        'Lucien Gagnon, a retired welder in Saint-Jérôme, Que., said he waited an hour on the phone.',
        '"An hour, for a trial I never used," he said.',
      ),
    ).toEqual(['Lucien Gagnon']);
  });

  it('never takes the rest of an institution’s name after a possessive for a person', () => {
    expect(
      speakers(
        'Professor Hana Ito is a biologist. Last year she moved to St Brendan’s College Dublin. "We did not expect this," she said.',
      ),
    ).toEqual(['Hana Ito']);
  });

  it('names the officer after a body and a lower-case title', () => {
    expect(speakers('"Not everyone has a smartphone," said Riverside Tenants’ Union secretary Meera Pillai.')).toEqual(['Meera Pillai']);
  });

  it('gives "the mum-of-two said" to the woman the story has just named', () => {
    expect(
      speakers(
        'Shelley Marsh, 41, paid for two hours at the Quay Street car park in Dunmore.',
        'The mum-of-two said: "I did everything the sign told me to do."',
      ),
    ).toEqual(['Shelley Marsh']);
  });

  it('never takes a court or a party-and-district for a person', () => {
    expect(
      speakers(
        'The talks are chaired by Grace Olmsted, a retired Marlow County Common Pleas judge. "They agree on money," she said.',
        'Ivy Benn runs the picket line. On Friday she walked it with Mr Dale Pickett, R-Fort Lyle. "We will be here Monday," she said.',
      ),
    ).toEqual(['Grace Olmsted', 'Ivy Benn']);
  });

  it('never sends a pronoun to a name inside a relative clause', () => {
    expect(
      speakers(
        '"We said no," said Lena Varek, the union president.',
        'Tomas Varek, who is not related to Lena Varek, has worked at the plant for 20 years. He said the offer was fair. "Money was never the fight," he said.',
      ),
    ).toEqual(['Lena Varek', 'Tomas Varek']);
  });

  it('describes a speaker whose description runs on with ", and who …,"', () => {
    expect(
      speakers(
        'On the picket line, a night-shift welder, and who asked not to be named because she feared for her job, said she had missed two birthdays. "They call it flexibility," she said.',
      ),
    ).toEqual(['night-shift welder']);
  });

  it('gives the surname alone to the one the story never calls by first name', () => {
    expect(
      speakers(
        'Rosa Delgado is arguing with her mother about salt. "She thinks I use too much," Delgado says.',
        'Her mother, Pilar Delgado, 70, sits by the pass. "Too early, not too much," Pilar says.',
        'Delgado, 39, grew up above the shop. "Dad was the cook," she says.',
        'Her cousin, Tino Delgado, is now her head chef. "There was no fan," Tino says.',
        '"Twice, and the second time they stayed for dinner," Delgado says.',
      ),
    ).toEqual(['Rosa Delgado', 'Pilar Delgado', 'Rosa Delgado', 'Tino Delgado', 'Rosa Delgado']);
  });

  it('never reads a preposition that opens a sentence as the first word of a name', () => {
    expect(
      speakers(
        'Outside the courthouse, lead Crown attorney Rachel Sorensen said the verdict was clear. "People who hold the keys hold a public trust," she said.',
      ),
    ).toEqual(['Rachel Sorensen']);
  });

  it('reads the capitals between "a" and a lower-case noun as what qualifies the noun', () => {
    expect(namesIn('Ana Ruiz worked at a Port Callander credit union for a decade.').map((n) => n.name)).toEqual(['Ana Ruiz']);
    expect(speakers('Ana Ruiz worked at a Port Callander credit union for a decade. "The books never balanced," Ruiz said.')).toEqual(['Ana Ruiz']);
  });

  it('gives a statement opened by "In a statement," to the body that made it', () => {
    expect(
      speakers(
        'Gordon Ashdown managed the Trillium Shores Credit Union branch for eight years.',
        'In a statement, Trillium Shores Credit Union said all members were repaid. "We are grateful to the members who came forward," the statement said.',
      ),
    ).toEqual(['Trillium Shores Credit Union']);
  });

  it('describes "one councillor" of an absolute clause and names her when "that councillor" comes back', () => {
    expect(speakers('The meeting ended late, with one councillor saying the developer had treated the town "like a blank cheque."')).toEqual(['councillor']);
    expect(
      speakers(
        'The meeting ended late, with one councillor saying the developer had treated the town "like a blank cheque."',
        'Councillors voted 6-5 to defer the application.',
        'That councillor, Leilani Sapolu, said the company had treated every concession as a favour.',
      ),
    ).toEqual(['Leilani Sapolu']);
  });

  it('never takes a place after a preposition for the organisation a spokeswoman speaks for', () => {
    expect(
      speakers(
        'Crofters on Coll say the Oban to Coll route is full. A crofter on Coll, Ewan Reid, said the app was "a bill to pay".',
        'Western Isles Ferries said bookings had risen. Residents of Coll will meet on Friday.',
        '"We are listening to island communities," a spokeswoman for the company said.',
      ),
    ).toEqual(['Ewan Reid', 'spokeswoman for the company']);
  });

  it('reads capitals between "the" and a noun as the noun’s qualifier, not a name', () => {
    expect(speakers('A driver picketing outside the Elm Road depot, who asked not to be named, said shifts had cost him "birthdays, mostly."')).toEqual([
      'driver picketing outside the Elm Road depot',
    ]);
    expect(speakers('The Public Service Workers’ Union has put out a statement calling the plan "a slow redundancy notice".')).toEqual(['Public Service Workers’ Union']);
  });

  it('takes the subject of a relative clause before the verb: "talks that one delegate described as"', () => {
    expect(speakers('Ministers agreed on sharing the Syr Darya and Amu Darya rivers, ending talks that one delegate described as "the hardest negotiation yet."')).toEqual(['delegate']);
    expect(
      speakers('Castlebridge City accepted an offer from FC Rheinau for striker Kwame Boateng, ending a standoff that head coach Ruud Verbeek described on Friday as "the hardest of my career."'),
    ).toEqual(['Ruud Verbeek']);
  });

  it('names the officer after a body and a title of several lower-case words', () => {
    expect(speakers('According to Rheinau sporting director Lukas Brandt, the club had made him their "number one target" in January.')).toEqual(['Lukas Brandt']);
  });

  it('gives a memo to the one the story named who posted it, past ", a copy of which …,"', () => {
    expect(
      speakers(
        'Plant manager Doug Pruett said the offer was fair.',
        'A memo Pruett posted in break rooms Wednesday, a copy of which was obtained by the Sentinel, told employees that "any disruption will have consequences."',
      ),
    ).toEqual(['Doug Pruett']);
  });

  it('never takes a possessive for the body that opens a story, nor runs a body’s name into another’s', () => {
    expect(
      speakers(
        'FC Rheinau’s offer, which could rise to £55m, ends a week-long standoff.',
        'Castlebridge City have accepted the offer for striker Kwame Boateng.',
        'The club confirmed the deal in a statement: "Castlebridge City can confirm that an agreement has been reached."',
        'Castlebridge fans were angry. Sandra Holloway, chair of the Castlebridge City Supporters’ Trust, said fans had been "sold a vision."',
      ),
    ).toEqual(['Castlebridge City', 'Sandra Holloway']);
  });

  it('reads "the Dutchman said" as the man the story has just named', () => {
    expect(
      speakers('Head coach Ruud Verbeek made little attempt to hide his frustration. "I told the board my position," the Dutchman said.'),
    ).toEqual(['Ruud Verbeek']);
  });
});
