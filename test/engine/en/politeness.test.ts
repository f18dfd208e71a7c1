import { describe, expect, it } from 'vitest';
import { englishSignals } from '../../../src/engine/en/signals';

const p = (s: string) => englishSignals(s);

describe('englishSignals: politeness', () => {
  it('stays within [-1, 1]', () => {
    for (const s of [
      'Thank you so much, I really appreciate it, could you please perhaps take a look? Sorry!',
      'WHY DID YOU NOT SEND IT?? THIS IS WRONG!!',
      '',
    ]) {
      const { politeness } = p(s);
      expect(politeness).toBeGreaterThanOrEqual(-1);
      expect(politeness).toBeLessThanOrEqual(1);
    }
  });

  it('scores gratitude and indirect requests above zero', () => {
    expect(p('Thanks so much for your help!').politeness).toBeGreaterThan(0);
    expect(p('Could you perhaps send me the slides?').politeness).toBeGreaterThan(0);
    expect(p('Hi Anna, I was wondering if you had a chance to look at this.').politeness).toBeGreaterThan(0);
  });

  it('scores blame, bare orders and shouting below zero', () => {
    expect(p("Why didn't you send the report?").politeness).toBeLessThan(0);
    expect(p('Send me the report.').politeness).toBeLessThan(0);
    expect(p('THIS NEEDS TO BE DONE TODAY').politeness).toBeLessThan(0);
    expect(p('As I said, the deadline was yesterday.').politeness).toBeLessThan(0);
    expect(p('Are you serious??').politeness).toBeLessThan(0);
  });

  it('ranks a softened request above the same request given as an order', () => {
    const softened = p('Could you please send me the report? Thanks!').politeness;
    const order = p('Send me the report.').politeness;
    expect(softened).toBeGreaterThan(order);
  });

  it('treats "please" inside the sentence as softer than at its start', () => {
    expect(p('Could you please check the numbers?').politeness).toBeGreaterThan(p('Please check the numbers.').politeness);
  });

  it('names the strategies it found', () => {
    expect(p("Why didn't you send it?").strategies).toEqual(expect.arrayContaining(['why-question', 'why-blame']));
    expect(p('Thanks, could you send it?').strategies).toEqual(expect.arrayContaining(['gratitude', 'counterfactual-modal']));
    expect(p('PLEASE SEND THE FILE NOW').strategies).toContain('shouting');
    expect(p('The meeting went well.').strategies).toEqual([]);
  });

  it('does not call a short acronym shouting', () => {
    expect(p('The ENA invoice is due at 5 PM.').strategies).not.toContain('shouting');
  });

  it('drops "bare imperative" once please or thanks soften it', () => {
    expect(p('Send me the file.').strategies).toContain('bare-imperative');
    expect(p('Send me the file, thanks.').strategies).not.toContain('bare-imperative');
  });
});
