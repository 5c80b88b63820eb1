// What the engine tests know about the site under test: where each server
// listens, and the sample feed's seed article.
export const NGINX_PORT = 4280;
export const PORTAL = 'http://127.0.0.1:4281';
export const HOST = 'http://127.0.0.1:4282';
/** WebKitWebDriver listens on this port plus the worker's parallel index. */
export const WEBDRIVER_PORT = 4283;

export const SEED = {
  id: 'bg-2023-0331-nq29',
  slug: 'quan-uy-binh-giang-tong-ket-10-nam-thuc-hien-nghi-quyet-so-29-nq-tw',
  title: 'Quận ủy Bình Giang tổng kết 10 năm thực hiện Nghị quyết số 29-NQ/TW',
  category: 'Chính trị, xây dựng đảng, đưa nghị quyết vào cuộc sống',
  categoryPath: '/chuyen-muc/chinh-tri',
  updateLine: 'Cập nhật lúc 12:41 ngày 31/03/2023 - Số lượt xem: 100',
  caption: 'Đồng chí Lê Thị Thanh Hương, Phó Bí thư Thường trực Quận ủy Bình Giang phát biểu kết luận hội nghị.',
  byline: 'Tin, ảnh: Mỹ Linh',
};
export const ARTICLE = `/bai-viet/${SEED.id}/${SEED.slug}`;

export { articles, categories, categoryOf, pagesOf, searchFinds, spanOf } from '../e2e/sample.mjs';
