// "Nghe bài viết": the article read aloud by the browser's speech synthesis,
// offered only where the browser has a Vietnamese voice. The synthesis is
// replaced by a recorder, whose voices arrive late as Chromium's do.
import { test, expect, SEED } from './fixtures.mjs';

async function recordSpeech(page) {
  await page.addInitScript(() => {
    const log = (window.__speech = { spoken: [], cancelled: 0 });
    const synthesis = {
      voices: [],
      onvoiceschanged: null,
      getVoices() {
        return this.voices;
      },
      speak(utterance) {
        log.spoken.push(utterance);
      },
      cancel() {
        log.cancelled += 1;
      },
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true });
    window.SpeechSynthesisUtterance = class {
      constructor(text) {
        Object.assign(this, { text, lang: '', voice: null, onend: null });
      }
    };
    window.__voices = (voices) => {
      synthesis.voices = voices;
      synthesis.onvoiceschanged?.();
    };
  });
}

const spoken = (page) => page.evaluate(() => window.__speech.spoken.map((u) => ({ text: u.text, lang: u.lang, voice: u.voice?.name })));

test('the article is read aloud in Vietnamese, a sentence or two at a time, and can be stopped', async ({ page }) => {
  await recordSpeech(page);
  await page.goto(SEED.path);
  await expect(page.getByTestId('share-bar')).toBeVisible();
  const listen = page.getByRole('button', { name: 'Nghe bài viết' });
  await expect(listen).toHaveCount(0);
  await page.evaluate(() => window.__voices([{ lang: 'en-US', name: 'English' }, { lang: 'vi-VN', name: 'Tiếng Việt' }]));
  await listen.click();
  const stop = page.getByRole('button', { name: 'Dừng đọc' });
  await expect(stop).toBeVisible();

  const pieces = await spoken(page);
  expect(pieces.length).toBeGreaterThan(3);
  expect(pieces[0].text.startsWith(`${SEED.title}.`)).toBe(true);
  for (const piece of pieces) {
    expect(piece).toMatchObject({ lang: 'vi-VN', voice: 'Tiếng Việt' });
    expect(piece.text.length).toBeLessThanOrEqual(200);
  }
  // The body is read to its end.
  const body = (await page.getByTestId('article-body').innerText()).replace(/\s+/g, ' ').trim();
  const lastWords = pieces.at(-1).text.split(' ').slice(-3).join(' ');
  expect(body.slice(-80), 'the last piece is the end of the body').toContain(lastWords.replace(/\.$/, ''));

  // When the last piece has been read, the button offers to listen again.
  await page.evaluate(() => window.__speech.spoken.at(-1).onend());
  await expect(listen).toBeVisible();
  // Stopping part-way cancels the speech.
  await listen.click();
  await stop.click();
  await expect(listen).toBeVisible();
  expect(await page.evaluate(() => window.__speech.cancelled)).toBeGreaterThanOrEqual(3);
});

test('without a Vietnamese voice there is nothing to press', async ({ page }) => {
  await recordSpeech(page);
  await page.goto(SEED.path);
  await page.evaluate(() => window.__voices([{ lang: 'en-US', name: 'English' }]));
  await expect(page.getByTestId('share-bar').getByRole('link', { name: 'In bài viết' })).toBeVisible();
  await expect(page.getByTestId('listen')).toBeHidden();
});
