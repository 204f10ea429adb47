import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/core/quotes.ts';
import { namesIn } from '../../src/core/quotes/names.ts';

// Rules added after the blind run of round R (tests/fixtures/quotes/HELDOUT.md). Made-up sentences.
const speakers = (...paras: string[]) => extractQuotes(paras).map((x) => x.speaker);

describe('extractQuotes: after round R, names and titles', () => {
  it('drops a traditional leader’s title and never takes "Everyone" for a name', () => {
    const got = speakers(
      'The village answers to Inkosi Sibusiso Ndlovu. “We need jobs, not fences,” Inkosi Ndlovu says.',
      'Musa Khumalo has patrolled the reserve for 20 years. Everyone here, from the manager to the cooks, calls him “Bhejane”, the word for black rhino.',
      '“I still walk the fence every night,” he says.',
    );
    expect([got[0], got[got.length - 1]]).toEqual(['Sibusiso Ndlovu', 'Musa Khumalo']);
  });

  it('reads a trade opening the sentence as a title ("Surveyor Derek Lau")', () => {
    expect(speakers('Surveyor Derek Lau Ka-ming, a former president of the institute, said prices had fallen. “The gap is still too wide,” Lau said.')).toEqual([
      'Derek Lau Ka-ming',
    ]);
  });

  it('takes a surname after an honorific and particles ("Dr van der Berg") for the full name', () => {
    expect(
      speakers(
        'The calf is cared for by the veterinarian Marike van der Berg.',
        'Dr van der Berg keeps a whiteboard in her clinic. “Every name on it is a rhino we lost,” says Dr van der Berg.',
      ),
    ).toEqual(['Marike van der Berg']);
  });

  it('knows two given names for the full name, and that a bracket ends a name', () => {
    expect(
      speakers(
        'State committee chairman Datuk Mohd Azlan Harun said the payments would start on Monday.',
        '“No one who is eligible will be left out,” Mohd Azlan said.',
      ),
    ).toEqual(['Mohd Azlan Harun']);
    expect(namesIn('Cllr Declan Furlong (Ind) said traders had not been consulted.').map((n) => n.name)).toEqual(['Declan Furlong']);
  });

  it('takes the person before "of <body>" with titles in front, and tells two who share a surname by an abbreviated title', () => {
    expect(
      speakers(
        'Superintendent Ffion Jones of Dyfed-Powys Police said the search was “one of the largest we have mounted”.',
        'The sighting was made by Gareth Jones, a farmer. “He seemed cheerful,” Mr Jones said.',
        '“None whatsoever,” Supt Jones replied.',
      ),
    ).toEqual(['Ffion Jones', 'Gareth Jones', 'Ffion Jones']);
  });

  it('reads a place after "the north face of" and a constituency after "the member for" as no one', () => {
    expect(
      speakers(
        'Owain Pryce, who leads the rescue team, said volunteers were out at first light.',
        'He said the north face of Carn Ddu was “as serious as it gets”.',
        'Toby Hale, the member for Mid Vale, rose to ask whether the minister agreed that “the homes started are a testament to delivery”.',
      ),
    ).toEqual(['Owain Pryce', 'Toby Hale']);
  });
});

describe('extractQuotes: after round R, who a cue points to', () => {
  it('gives a pronoun to an unnamed speaker introduced just before the quotation', () => {
    expect(
      speakers(
        '“We will be back next year,” said Kemi Adebayo, the festival director.',
        'Not everyone on the team is so sure. One steward, who asked not to be named, said two colleagues had quit. “That is what worries us,” he said.',
        'A buyer for a large Osaka department store was blunter. “It is beautiful and it is heavy,” she said.',
        'A 45-year-old cleaner surnamed Wong, who applied with his mother, was less hopeful. “Forty times,” he said.',
        'Another voter, a teacher who gave her name only as Aoife, said she had spoiled her ballot. “None of them said a word about schools,” she said.',
      ),
    ).toEqual(['Kemi Adebayo', 'steward', 'buyer for a large Osaka department store', 'Wong', 'Aoife']);
  });

  it('keeps the chairman named before a firm’s apposition', () => {
    expect(speakers('Sir Alan Reeve, Harwell Foods’ chairman, told shareholders that the board had “not carried investors with it”.')).toEqual(['Alan Reeve']);
  });

  it('resolves "the Minister", "the Association" and "the <constituency> MP" to who the story named', () => {
    expect(
      speakers(
        'The Minister for Finance, Dr. Kwabena Asare, announced the new price on Thursday.',
        '"Our farmers have carried this economy," the Minister said.',
        'The Ghana Shea Farmers Association welcomed the increase. In a statement copied to the Daily Post, the Association said: "The cost of inputs has doubled."',
        'The opposition spokesman, Kojo Mensah-Bonsu, called the rise "belated".',
        '"Farmers across the border are paid more," the Bekwai North MP said on radio.',
      ),
    ).toEqual(['Kwabena Asare', 'Ghana Shea Farmers Association', 'Kojo Mensah-Bonsu', 'Kojo Mensah-Bonsu']);
  });

  it('gives "the trust said" to the trust named before, and "NASA said" to NASA', () => {
    expect(
      speakers(
        'The rangers’ salaries are paid by the Black Rhino Trust, a Durban charity.',
        'In a written response, the trust said it had committed R14-million, adding: “Rangers are the best investment on the continent.”',
        'In a statement, NASA said the results “show why we bring samples home”.',
      ),
    ).toEqual(['Black Rhino Trust', 'NASA']);
  });

  it('does not give "a spokesman for the authority" to the story’s main party', () => {
    expect(
      speakers(
        'Labour held the seat. “Labour listened,” said Grace Adeyemi-Hale. Labour’s agent, Labour’s leader and Labour’s voters celebrated.',
        'A spokesman for the authority said a handover was arranged, adding: “The transition process is well established.”',
      ),
    ).toEqual(['Grace Adeyemi-Hale', 'spokesman for the authority']);
  });

  it('gives a family statement read out by an officer to the family', () => {
    expect(
      speakers(
        'Daniel Price, 34, set off from the car park on Saturday.',
        'The briefing heard a statement from Mr Price’s family, read out by Detective Inspector Mark Owen.',
        '“Daniel is a son, a brother and the best uncle two boys could ask for.”',
      ),
    ).toEqual(['Daniel Price’s family']);
  });
});

describe('extractQuotes: after round R, the Commons', () => {
  it('reads heckles, "she began" and the Speaker', () => {
    expect(
      speakers(
        'Toby Hale, the member for Mid Vale, rose to ask whether the prime minister agreed that “the homes started are a testament to delivery”. The prime minister, astonishingly, did.',
        'Then came Fiona Reid. The leader of the opposition stands at the dispatch box as if waiting for a bus. “Can the Prime Minister tell the House,” she began, “whether his target was made up in a lift?”',
        'This brought the Speaker, Sir Dennis Orme, to his feet. “Order! Order,” he said.',
        'Alan Reeve tried the economy. “The honourable lady talks about lifts,” he began. “Under her party, the only thing going up was –” at which point a voice from the opposition benches shouted “Your rent!” and the sentence was never seen again.',
        'During a question from the member for North Tamar, a voice from the back of the government benches shouted “Fill them with the housing figures!” Sir Dennis did not look up. “I heard that,” he said.',
      ),
    ).toEqual([
      'Toby Hale',
      'Fiona Reid',
      'Fiona Reid',
      'Dennis Orme',
      'Alan Reeve',
      'Alan Reeve',
      'voice from the opposition benches',
      'voice from the back of the government benches',
      'Dennis Orme',
    ]);
  });
});
