/**
 * Speaking the client's language, in Chromium on the simulator: "terlampir" with nothing attached holds the send
 * in the checklist and attaching a file clears it; a greeting to someone who is not a recipient is underlined with
 * the recipient's name as the rewrite; an informal reply to a formal client, in an Indonesian Gmail, is flagged
 * word by word with the formal forms.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { body, compose, sendVia, sent, typeInto, waitForJelas } from '../harness';
import { allRules, bodyText, card, hoverWord, listItems, openOptions, presend, underlines, useJelas, waitForRules } from './helpers';

const session = useJelas();

// wrong-name and register-mismatch are off by default (docs/accuracy.md): the user switches them on in the options page
beforeAll(async () => {
  const options = await openOptions(session.jelas);
  for (const rule of ['wrong-name', 'register-mismatch']) {
    const toggle = options.locator(`[data-rule-toggle="${rule}"]`);
    if (await toggle.isChecked()) throw new Error(`${rule} should be off by default`);
    await toggle.click({ force: true });
    await options.locator(`[data-rule-toggle="${rule}"]:checked`).waitFor({ state: 'attached' });
  }
  await options.close();
});

describe('the client\'s language', () => {
  it('"terlampir" with no attachment holds the send; attaching a file clears it and Send goes through', async () => {
    const page = await session.jelas.openGmail('inbox-compose', { lang: 'id', body: 'Halo Tom,\nTerlampir laporan bulan Maret.\nTerima kasih' });
    await waitForJelas(session.jelas, page);
    await waitForRules(page, (r) => r.includes('missing-attachment'));
    await sendVia(page, 0, 'click');
    await presend(page).waitFor({ state: 'visible', timeout: 2000 });
    expect(await presend(page).locator('li[data-rule="missing-attachment"]').count()).toBe(1);
    expect(await sent(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await presend(page).waitFor({ state: 'detached', timeout: 2000 });

    // the simulator's Attach files button attaches document.pdf: a chip under the body
    await compose(page, 0).locator('[command="Files"][role="button"]').click();
    await waitForRules(page, (r) => !r.includes('missing-attachment'));
    await sendVia(page, 0, 'click');
    await expect.poll(async () => (await sent(page)).length).toBe(1);
    expect((await sent(page))[0]!.attachments).toEqual(['document.pdf']);
    expect(await presend(page).count()).toBe(0);
    await page.close();
  });

  it('a greeting to the wrong name is underlined, and the card offers the recipient\'s name', async () => {
    // To: Tom Becker <tom@client.example> (the page's default)
    const page = await session.jelas.openGmail('inbox-compose', { body: 'Hi Dave,\nThe contract is signed.\nBest, Dewi' });
    await waitForJelas(session.jelas, page);
    await waitForRules(page, (r) => r.includes('wrong-name'));
    expect(await underlines(page)).toBeGreaterThan(0);
    await hoverWord(page, 'Dave');
    await card(page).waitFor({ state: 'visible', timeout: 2000 });
    expect(await card(page).getAttribute('data-rule')).toBe('wrong-name');
    expect((await card(page).locator('.suggestion span').first().textContent())?.trim()).toBe('Tom');
    await card(page).locator('[data-action="apply"]').first().click();
    await expect.poll(() => bodyText(page)).toMatch(/^Hi Tom,/);
    await waitForRules(page, (r) => !r.includes('wrong-name'));
    await page.close();
  });

  it('the right name is left alone', async () => {
    const page = await session.jelas.openGmail('inbox-compose', { body: 'Hi Tom,\nThe contract is signed.\nBest, Dewi' });
    await waitForJelas(session.jelas, page);
    await page.waitForTimeout(600);
    expect(await allRules(page)).not.toContain('wrong-name');
    await page.close();
  });

  it('an informal reply to a formal client, in an Indonesian Gmail, is flagged with formal rewrites', async () => {
    const incoming = 'Dengan hormat,<br>Bapak/Ibu, mohon dikirimkan laporan bulan Maret paling lambat Jumat, 7 Maret pukul 15.00.<br>Terima kasih.<br>Hormat kami,<br>Tom Becker';
    const page = await session.jelas.openGmail('thread-reply', { lang: 'id', incoming: `<div dir="ltr">${incoming}</div>` });
    await waitForJelas(session.jelas, page);
    await typeInto(page, 0, 'Oke makasih, laporannya aku kirim Jumat jam 15.00 ya.', { where: 'draft-end' });
    await waitForRules(page, (r) => r.filter((x) => x === 'register-mismatch').length >= 2);
    const flagged = await listItems(page).evaluateAll((lis) => lis.filter((li) => li.getAttribute('data-rule') === 'register-mismatch').length);
    expect(flagged).toBe(2);
    await hoverWord(page, 'makasih');
    await card(page).waitFor({ state: 'visible', timeout: 2000 });
    expect(await card(page).getAttribute('data-rule')).toBe('register-mismatch');
    expect((await card(page).locator('.suggestion span').first().textContent())?.trim()).toBe('terima kasih');
    await card(page).locator('[data-action="apply"]').first().click();
    await expect.poll(() => body(page, 0).evaluate((el) => (el as HTMLElement).innerText)).toContain('Oke terima kasih, laporannya aku kirim');
    // the draft changed: once it is read again, only "aku" is left
    await waitForRules(page, (r) => r.filter((x) => x === 'register-mismatch').length === 1);
    await page.waitForTimeout(300);
    await hoverWord(page, 'aku');
    await card(page).waitFor({ state: 'visible', timeout: 2000 });
    expect((await card(page).locator('.suggestion span').first().textContent())?.trim()).toBe('saya');
    await page.close();
  });

  it('the same casual reply in a casual thread is not flagged', async () => {
    const page = await session.jelas.openGmail('thread-reply', { lang: 'id', incoming: '<div dir="ltr">Halo Dewi, laporan Maret udah ada belum? Kirim Jumat jam 3 aja ya, makasih!</div>' });
    await waitForJelas(session.jelas, page);
    await typeInto(page, 0, 'Oke makasih, laporannya aku kirim Jumat jam 15.00 ya.', { where: 'draft-end' });
    await page.waitForTimeout(800);
    expect(await allRules(page)).not.toContain('register-mismatch');
    await page.close();
  });
});
