// The widget on another organisation's site (another origin): the page
// pastes the snippet, and the portal's latest news show in an iframe.
import { test, expect } from './fixtures.mjs';
import { HOST, PORTAL, articles, categoryOf } from './site.mjs';

test('another site’s page shows the portal’s latest news in the widget, linking to the portal', async ({ page }) => {
  const body = '<div data-bantin-embed data-limit="3" data-category="giao-duc"></div>';
  await page.goto(`${HOST}/?${new URLSearchParams({ body })}`);
  await expect.poll(() => page.attr('iframe', 'src')).toMatch(new RegExp(`^${PORTAL}/embed\\?`));
  const expected = articles.filter((a) => categoryOf(a) === 'giao-duc').slice(0, 3);

  await page.inFrame('iframe', async (widget) => {
    await expect.poll(() => widget.texts('[data-testid=embed-item] .embed__title')).toEqual(expected.map((a) => a.title));
    const links = await widget.evaluate(() => [...document.querySelectorAll('.embed__link')].map((a) => a.href));
    expect(links).toEqual(expected.map((a) => expect.stringMatching(new RegExp(`^${PORTAL}/bai-viet/${a.id}/`))));
    expect(await widget.text('.embed__heading')).toBe('Giáo dục – Đào tạo');
  });
  expect(await page.text('#after')).toBe('Thông báo của nhà trường vẫn hiển thị bình thường.');
});
