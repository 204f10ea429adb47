import { describe, expect, it } from 'vitest';
import { extractQuotes } from '../../src/core/quotes.ts';

// Rules added after the blind run of round J (tests/fixtures/quotes/HELDOUT.md). Made-up sentences.
const speakers = (...paras: string[]) => extractQuotes(paras).map((x) => x.speaker);

describe('extractQuotes: after round J', () => {
  it('keeps a party label or a member’s title apart from the name', () => {
    expect(
      speakers(
        '“People here want lower prices,” said Progressive Conservative Alan Fitzroy, a retired teacher.',
        'Islands MSP Morag Dunlop said: “Nobody is against an app.”',
        'Liberal Devi Rao-Fergus said: “I grew up on this road.”',
      ),
    ).toEqual(['Alan Fitzroy', 'Morag Dunlop', 'Devi Rao-Fergus']);
  });

  it('gives a document’s words to the person it is from', () => {
    expect(
      speakers('The deal would give the pair “a dominant position in a dozen markets,” according to a note to clients from Ada Montrose of Lakeshore Capital.'),
    ).toEqual(['Ada Montrose']);
  });

  it('reads "the bureau said" as the bureau the story named', () => {
    expect(speakers('The Competition Bureau said it would review the deal. “We will look at it closely,” the bureau said.')).toEqual(['Competition Bureau']);
  });

  it('gives "his brother said" to the one the story introduced as a brother', () => {
    expect(
      speakers(
        'Ruben Alvarado, who led the Harbour Quartet, died on Monday. His wife, Delia Alvarado, died in 2019. He is survived by a son and a brother, Tomas Alvarado.',
        'Tomas Alvarado, 71, said the two had spent many of Ruben’s last evenings at the piano. “He played until the end,” his brother said.',
      ),
    ).toEqual(['Tomas Alvarado']);
  });

  it('gives "the company said" to the body that opened a recent sentence, past its "which" clause', () => {
    expect(
      speakers(
        'Bellmarsh Lane Records, which still operates as a studio and small label, said it would hold a tribute on Feb. 21. “He was the sound of this building,” the company said in a statement.',
      ),
    ).toEqual(['Bellmarsh Lane Records']);
  });

  it('reads a titled name after a place and a comma as a person, not one more place', () => {
    expect(
      speakers(
        'At the hearing in Marlow County Circuit Court, Associate Circuit Judge Edith Varga ordered him held without bond.',
        '“We will take that up on the 20th,” Varga said.',
      ),
    ).toEqual(['Edith Varga']);
  });

  it('keeps the last word of a portfolio out of the name ("… Member for Blue Economy and Fisheries Peter Abuya")', () => {
    expect(
      speakers(
        'Lakeside County Executive Committee Member for Inland Waters and Fisheries Grace Wanjiru said the county would act.',
        '“We are aware of the problem,” Wanjiru said on Monday.',
      ),
    ).toEqual(['Grace Wanjiru']);
  });

  it('gives "Mr Pritchard" to the Pritchard known to be a man before one whose gender was never given', () => {
    expect(
      speakers(
        'Among those rescued were Morwen Hale, 79, and her son, Dafydd Hale, who had been staying with her.',
        '“Mam kept asking for her photo albums,” Mr Hale said.',
      ),
    ).toEqual(['Dafydd Hale']);
  });

  it('gives "a police spokeswoman said" after "Gwent Police said …" to that force, not to an earlier spokeswoman', () => {
    expect(
      speakers(
        'A spokeswoman for Monmouth County Council said the authority had opened two rest centres and that “door checks” had been done.',
        'Gwent Police said the road would stay closed until Monday. A police spokeswoman said: “Please do not drive through floodwater.”',
      ),
    ).toEqual(['spokeswoman for Monmouth County Council', 'Gwent Police spokeswoman']);
  });
});
