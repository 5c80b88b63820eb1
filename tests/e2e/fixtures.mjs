// Shared test set-up: every test fails if the page logs an error or throws.
import { test as base, expect } from '@playwright/test';

export const test = base.extend({
  // Console messages a test expects (e.g. the browser's own log line for a
  // 500 response it provoked); anything else at error level fails the test.
  allowedConsoleErrors: [[], { option: true }],
  // Uncaught errors a test provokes on purpose (an old browser's missing API).
  allowedPageErrors: [[], { option: true }],
  page: async ({ page, allowedConsoleErrors, allowedPageErrors }, use) => {
    const problems = [];
    page.on('pageerror', (error) => {
      if (!allowedPageErrors.some((allowed) => error.message.includes(allowed))) problems.push(`uncaught: ${error.message}`);
    });
    page.on('console', (message) => {
      const text = message.text();
      if (message.type() === 'error' && !allowedConsoleErrors.some((allowed) => text.includes(allowed))) {
        problems.push(`console.error: ${text}`);
      }
    });
    await use(page);
    // Requests still in flight as the test ends (a background refresh, say)
    // must not fail their route handlers.
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    expect(problems, 'the page logged errors').toEqual([]);
  },
});

export { expect };

/** The seed-anatomy article of the bundled sample feed. */
export const SEED = {
  id: 'bg-2023-0331-nq29',
  title: 'Quận ủy Bình Giang tổng kết 10 năm thực hiện Nghị quyết số 29-NQ/TW',
  category: 'Chính trị, xây dựng đảng, đưa nghị quyết vào cuộc sống',
  categoryPath: '/chuyen-muc/chinh-tri',
  updateLine: 'Cập nhật lúc 12:41 ngày 31/03/2023 - Số lượt xem: 100',
  byline: 'Tin, ảnh: Mỹ Linh',
};

/** The listing's article cards. */
export const cards = (page) => page.getByTestId('article-card');
