// Legal documents ("văn bản") of the bundled sample feed: the register at
// /van-ban, newest first, filtered by kind, issuer and year in its URL; a
// document's card and file on its article; search by number, typed with or
// without its slashes and diacritics.
import { test, expect } from './fixtures.mjs';
import { articles } from './sample.mjs';

const documents = articles
  .filter((a) => a._bantin?.document)
  .sort((a, b) => b._bantin.document.issued.localeCompare(a._bantin.document.issued));
const dmy = (iso) => iso.split('-').reverse().join('/');

test('the register lists every document newest first, and its filters narrow it in the URL', async ({ page }) => {
  expect(documents.length).toBeGreaterThanOrEqual(3);
  await page.goto('/');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Văn bản' }).click();
  await expect(page).toHaveURL('/van-ban');
  const register = page.getByTestId('documents');
  await expect(register.getByRole('heading', { level: 1 })).toHaveText('Văn bản');
  await expect(page.getByTestId('documents-count')).toHaveText(`Có ${documents.length} văn bản`);
  const rows = register.locator('tbody tr');
  await expect(rows.locator('th')).toHaveText(documents.map((a) => a._bantin.document.number));
  await expect(rows.first().locator('td').first()).toHaveText(dmy(documents[0]._bantin.document.issued));
  await expect(rows.first().locator('td').nth(1)).toHaveText(documents[0]._bantin.document.abstract);

  // One kind.
  const decision = documents.find((a) => a._bantin.document.kind === 'Quyết định');
  await register.getByLabel('Loại văn bản').selectOption('Quyết định');
  await register.getByRole('button', { name: 'Lọc' }).click();
  await expect(page).toHaveURL('/van-ban?loai=Quy%E1%BA%BFt%20%C4%91%E1%BB%8Bnh');
  await expect(rows.locator('th')).toHaveText([decision._bantin.document.number]);
  await expect(register.getByLabel('Loại văn bản')).toHaveValue('Quyết định');

  // An issuer and a year with nothing in common: a clear empty state.
  await page.goto('/van-ban?co-quan=H%E1%BB%99i%20%C4%91%E1%BB%93ng%20nh%C3%A2n%20d%C3%A2n%20qu%E1%BA%ADn%20B%C3%ACnh%20Giang&nam=2022');
  await expect(page.getByTestId('documents-count')).toHaveText('Không có văn bản nào.');
  await expect(rows).toHaveCount(0);
  const years = await register.getByLabel('Năm ban hành').locator('option').allTextContents();
  expect(years).toEqual(['Tất cả', '2023']);

  // Back: the first filter again.
  await page.goBack();
  await expect(rows.locator('th')).toHaveText([decision._bantin.document.number]);
});

test('a document opens from the register with its card and its file', async ({ page }) => {
  const doc = documents[documents.length - 1];
  await page.goto('/van-ban');
  await page.getByTestId('documents').getByRole('link', { name: doc._bantin.document.number }).click();
  await expect(page.getByTestId('article').getByRole('heading', { level: 1 })).toHaveText(doc.title);
  const card = page.getByTestId('document-card');
  await expect(card.locator('dd').first()).toHaveText(doc._bantin.document.number);
  await expect(card.locator('dd').nth(3)).toHaveText(dmy(doc._bantin.document.issued));
  const file = card.getByTestId('attachment');
  const attachment = doc.attachments[0];
  await expect(file.getByRole('link', { name: attachment.title })).toHaveAttribute('href', new RegExp(`/${attachment.url}$`));
  await expect(file).toContainText(`PDF · ${attachment.size_in_bytes} B`);
  const response = await page.request.get(`/${attachment.url}`);
  expect(response.status()).toBe(200);
  expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
});

test('search finds a document by its number, with or without slashes and diacritics', async ({ page }) => {
  const doc = documents.find((a) => a._bantin.document.number === '03/2023/QĐ-UBND');
  for (const query of ['03/2023/QĐ-UBND', '03/2023/QD-UBND', '03 2023 qđ ubnd']) {
    await page.goto(`/tim-kiem?q=${encodeURIComponent(query)}`);
    await expect(page.getByTestId('search-result').first().locator('.search-result__title')).toHaveText(doc.title);
  }
});

test.describe('in English', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('bantin:lang', 'en'));
  });

  test('the register speaks English', async ({ page }) => {
    await page.goto('/van-ban');
    const register = page.getByTestId('documents');
    await expect(register.getByRole('heading', { level: 1 })).toHaveText('Documents');
    await expect(page.getByTestId('documents-count')).toHaveText(`${documents.length} documents`);
    await expect(register.locator('thead th')).toHaveText(['Number', 'Issued on', 'Abstract']);
    await expect(register.locator('tbody tr').first().locator('td').first()).toHaveText(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
  });
});
