//! Synthetic archives: a big JSON Feed 1.1 of Vietnamese-like district news,
//! the same bytes for the same seed, for testing the layout and the app at
//! the scale of a real portal.
//!
//! Articles go back in time from the afternoon of 31/03/2023, several a day;
//! titles are 8–16 words, leads one or two sentences, bodies three to six
//! paragraphs with figures (`42/47 trường`, `89,36%`) and sometimes a
//! `<figure>` with one of the sample's illustrations (`images/<name>.svg`,
//! relative, so the archive works wherever `public/images/` is copied next
//! to it). The feed has no `feed_url`: nothing ties it to a host.

use super::vocabulary::{
    ACTIONS, ACTORS, CATEGORIES, CLAUSES, CREDITS, IMAGES, NAMES, OFFICIALS, PERIODS, PLACES, TAGS, UNITS,
};
use bantin_core::date::{Timestamp, UtcOffset};
use bantin_core::text::escape_html;
use serde::Serialize;
use std::io::{self, Write};

/// What to generate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GenerateOptions {
    /// How many articles.
    pub articles: usize,
    /// The seed: the same seed gives the same feed, byte for byte.
    pub seed: u64,
    /// How many categories (at least 1): the sample's six first, then
    /// numbered ones (`chuyen-muc-7`).
    pub categories: usize,
}

impl Default for GenerateOptions {
    fn default() -> Self {
        Self { articles: 1000, seed: 1, categories: CATEGORIES.len() }
    }
}

/// The newest article's time: 17:30 on 31/03/2023 in Vietnam.
const START: i64 = 1_680_258_600;
/// The site the articles' permalinks are on.
const SITE: &str = "https://binhgiang.example.vn/";

/// SplitMix64 (Steele, Lea and Flood, 2014): tiny, fast, and good enough to
/// vary synthetic text.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// A number in `low..=high`.
    fn range(&mut self, low: u64, high: u64) -> u64 {
        low + self.next() % (high - low + 1)
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[(self.next() % items.len() as u64) as usize]
    }

    fn chance(&mut self, percent: u64) -> bool {
        self.next() % 100 < percent
    }
}

/// One category of the generated feed.
#[derive(Serialize)]
struct CategoryOut {
    id: String,
    name: String,
    #[serde(skip)]
    subjects: &'static [&'static str],
}

#[derive(Serialize)]
struct Head<'a> {
    version: &'a str,
    title: &'a str,
    home_page_url: &'a str,
    description: &'a str,
    language: &'a str,
    icon: &'a str,
    #[serde(rename = "_bantin")]
    bantin: HeadExtension<'a>,
}

#[derive(Serialize)]
struct HeadExtension<'a> {
    time_zone: &'a str,
    categories: &'a [CategoryOut],
}

#[derive(Serialize)]
struct Item<'a> {
    id: String,
    url: String,
    title: String,
    summary: String,
    content_html: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    image: Option<String>,
    date_published: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    date_modified: Option<String>,
    authors: [Author<'a>; 1],
    tags: Vec<&'a str>,
    #[serde(rename = "_bantin")]
    bantin: ItemExtension<'a>,
}

#[derive(Serialize)]
struct Author<'a> {
    name: &'a str,
}

#[derive(Serialize)]
struct ItemExtension<'a> {
    category: &'a str,
    views: u64,
    byline: String,
}

/// Writes the feed to `out`, item by item (nothing is held in memory but
/// the item being written).
pub fn write_feed<W: Write>(out: &mut W, options: &GenerateOptions) -> io::Result<()> {
    let mut rng = Rng(options.seed);
    let categories = categories(options.categories.max(1));
    let head = Head {
        version: "https://jsonfeed.org/version/1.1",
        title: "Cổng thông tin điện tử quận Bình Giang",
        home_page_url: SITE,
        description: "Tin tức, sự kiện của quận Bình Giang, thành phố Cửu Hòa (dữ liệu tổng hợp để thử nghiệm).",
        language: "vi",
        icon: "images/icon.svg",
        bantin: HeadExtension { time_zone: "+07:00", categories: &categories },
    };
    // The head as an object, reopened to stream the items into it.
    let head = serde_json::to_string(&head)?;
    out.write_all(head.strip_suffix('}').unwrap_or(&head).as_bytes())?;
    out.write_all(b",\"items\":[")?;
    let mut time = START;
    for i in 0..options.articles {
        if i > 0 {
            out.write_all(b",\n")?;
            time = earlier(&mut rng, time);
        }
        let item = item(&mut rng, &categories, time, options.articles - i);
        serde_json::to_writer(&mut *out, &item)?;
    }
    out.write_all(b"]}\n")
}

fn categories(count: usize) -> Vec<CategoryOut> {
    (0..count)
        .map(|i| match CATEGORIES.get(i) {
            Some((id, name, subjects)) => CategoryOut { id: (*id).into(), name: (*name).into(), subjects },
            None => CategoryOut {
                id: format!("chuyen-muc-{}", i + 1),
                name: format!("Chuyên mục {}", i + 1),
                subjects: CATEGORIES[i % CATEGORIES.len()].2,
            },
        })
        .collect()
}

/// The time of the next (older) article: 10 to 90 minutes earlier,
/// skipping the night (nothing is published between 22:00 and 06:00).
fn earlier(rng: &mut Rng, time: i64) -> i64 {
    let mut t = time - 60 * rng.range(10, 90) as i64;
    let zone = i64::from(UtcOffset::VIETNAM.minutes()) * 60;
    let of_day = (t + zone).rem_euclid(86_400);
    if of_day < 6 * 3600 {
        t -= of_day + 2 * 3600 + 60 * rng.range(0, 59) as i64;
    }
    t
}

fn item<'a>(rng: &mut Rng, categories: &'a [CategoryOut], time: i64, number: usize) -> Item<'a> {
    let published = Timestamp::from_unix_seconds(time);
    let local = published.to_local(UtcOffset::VIETNAM);
    let category = rng.pick(categories);
    let subject = *rng.pick(category.subjects);
    let (actor, place) = (*rng.pick(&ACTORS), *rng.pick(&PLACES));
    let id = format!("bg-{:04}{:02}{:02}-{number:06}", local.year, local.month, local.day);
    let title = title(rng, actor, place, subject);
    let part = match local.hour {
        0..=10 => "Sáng",
        11..=12 => "Trưa",
        13..=17 => "Chiều",
        _ => "Tối",
    };
    let mut summary = format!(
        "{part} {}/{}/{}, {actor} {place} {} {subject}, {}.",
        local.day,
        local.month,
        local.year,
        rng.pick(&ACTIONS),
        rng.pick(&CLAUSES)
    );
    if rng.chance(50) {
        summary.push(' ');
        summary.push_str(&figures_sentence(rng));
    }
    let with_figure = rng.chance(40);
    let picture = format!("images/{}.svg", rng.pick(&IMAGES));
    let mut html = String::with_capacity(2048);
    for p in 0..rng.range(3, 6) {
        html.push_str("<p>");
        for s in 0..rng.range(2, 4) {
            if s > 0 {
                html.push(' ');
            }
            html.push_str(&escape_html(&sentence(rng, subject)));
        }
        html.push_str("</p>");
        if p == 0 && with_figure {
            let caption = format!(
                "Đồng chí {}, {} phát biểu tại buổi làm việc.",
                rng.pick(&NAMES),
                rng.pick(&OFFICIALS)
            );
            let caption = escape_html(&caption);
            html.push_str(&format!(
                "<figure><img src=\"{picture}\" alt=\"{caption}\" width=\"800\" height=\"450\"><figcaption>{caption}</figcaption></figure>"
            ));
        }
    }
    let modified = rng.chance(25).then(|| {
        let later = (time + 60 * rng.range(10, 720) as i64).min(START + 3600);
        Timestamp::from_unix_seconds(later).to_rfc3339_at(UtcOffset::VIETNAM)
    });
    let author = *rng.pick(&NAMES);
    let short = author.rsplitn(3, ' ').collect::<Vec<_>>();
    let short = format!("{} {}", short.get(1).unwrap_or(&""), short.first().unwrap_or(&"")).trim().to_owned();
    let mut views = rng.range(0, 2000);
    if rng.chance(10) {
        views *= 10;
    }
    let tags = (0..rng.range(0, 2)).map(|_| *rng.pick(&TAGS)).collect();
    Item {
        url: format!("{SITE}tin-tuc/{id}.html"),
        id,
        title,
        summary,
        content_html: html,
        image: (with_figure || rng.chance(30)).then_some(picture),
        date_published: published.to_rfc3339_at(UtcOffset::VIETNAM),
        date_modified: modified,
        authors: [Author { name: author }],
        tags,
        bantin: ItemExtension {
            category: &category.id,
            views,
            byline: format!("{}: {short}", rng.pick(&CREDITS)),
        },
    }
}

/// A title of 8 to 16 words: who, where, what, about what, and maybe when.
fn title(rng: &mut Rng, actor: &str, place: &str, subject: &str) -> String {
    let target = rng.range(8, 16) as usize;
    let action = *rng.pick(&ACTIONS);
    let mut words: Vec<&str> = [actor, place, action, subject].iter().flat_map(|p| p.split(' ')).collect();
    let extras = [*rng.pick(&PERIODS), *rng.pick(&CLAUSES)];
    for extra in extras {
        let extra: Vec<&str> = extra.split(' ').collect();
        if words.len() < target && words.len() + extra.len() <= 16 {
            words.extend(extra);
        }
    }
    while words.len() < 8 {
        words.extend(["trên", "địa", "bàn", "quận"]);
    }
    words.truncate(16);
    words.join(" ")
}

/// `a/b unit`, with `a` at least half of `b`, and its percentage written the
/// Vietnamese way (`88,24%`).
fn figures_sentence(rng: &mut Rng) -> String {
    let total = rng.range(8, 120);
    let done = rng.range(total / 2, total);
    let hundredths = (done * 10_000 + total / 2) / total;
    let unit = rng.pick(&UNITS);
    format!(
        "Đến nay có {done}/{total} {unit} đạt chỉ tiêu, đạt tỷ lệ {},{:02}%, tăng {} {unit} so với cùng kỳ.",
        hundredths / 100,
        hundredths % 100,
        rng.range(1, 9)
    )
}

fn sentence(rng: &mut Rng, subject: &str) -> String {
    match rng.range(0, 5) {
        0 => figures_sentence(rng),
        1 => format!(
            "Phát biểu chỉ đạo, đồng chí {}, {} đề nghị các cấp, các ngành tiếp tục {} {subject}, {}.",
            rng.pick(&NAMES),
            rng.pick(&OFFICIALS),
            rng.pick(&ACTIONS),
            rng.pick(&CLAUSES)
        ),
        2 => format!(
            "Thời gian qua, {} {} đã {} {subject}, {}.",
            rng.pick(&ACTORS),
            rng.pick(&PLACES),
            rng.pick(&ACTIONS),
            rng.pick(&CLAUSES)
        ),
        3 => format!(
            "Kết quả, {} lượt người dân được hỗ trợ với tổng kinh phí hơn {} triệu đồng, {}.",
            rng.range(20, 900),
            rng.range(15, 950),
            rng.pick(&CLAUSES)
        ),
        4 => format!(
            "Dịp này, {} đã trao {} giấy khen cho các tập thể, cá nhân có thành tích xuất sắc trong {subject}.",
            rng.pick(&ACTORS),
            rng.range(3, 40)
        ),
        _ => format!(
            "Bên cạnh kết quả đạt được, {} cũng chỉ ra một số hạn chế cần khắc phục, {}.",
            rng.pick(&ACTORS),
            rng.pick(&CLAUSES)
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bantin_core::date::Timestamp;
    use bantin_core::wire::parse_document;

    fn feed(options: &GenerateOptions) -> Vec<u8> {
        let mut out = Vec::new();
        write_feed(&mut out, options).unwrap_or_else(|e| panic!("{e}"));
        out
    }

    #[test]
    fn the_start_is_the_afternoon_of_31_march_2023() {
        assert_eq!(
            Timestamp::parse("2023-03-31T17:30:00+07:00", UtcOffset::VIETNAM),
            Some(Timestamp::from_unix_seconds(START))
        );
    }

    #[test]
    fn the_same_seed_gives_the_same_bytes() {
        let options = GenerateOptions { articles: 200, seed: 7, categories: 6 };
        assert_eq!(feed(&options), feed(&options));
        assert_ne!(feed(&options), feed(&GenerateOptions { seed: 8, ..options }));
    }

    #[test]
    fn articles_look_like_a_portal_s() {
        let options = GenerateOptions { articles: 300, seed: 3, categories: 8 };
        let json: serde_json::Value =
            serde_json::from_slice(&feed(&options)).unwrap_or_else(|e| panic!("{e}"));
        let items = json["items"].as_array().unwrap_or_else(|| panic!("items"));
        assert_eq!(items.len(), 300);
        assert_eq!(json["_bantin"]["categories"].as_array().map(Vec::len), Some(8));
        assert_eq!(json["_bantin"]["categories"][7]["id"], "chuyen-muc-8");
        let mut previous = None;
        let mut figures = 0;
        for item in items {
            let text = |key: &str| item[key].as_str().unwrap_or_else(|| panic!("{key} in {item}")).to_owned();
            let words = text("title").split(' ').count();
            assert!((8..=16).contains(&words), "{}", text("title"));
            let paragraphs = text("content_html").matches("<p>").count();
            assert!((3..=6).contains(&paragraphs));
            figures += usize::from(text("content_html").contains("<figure><img src=\"images/"));
            let date = Timestamp::parse(&text("date_published"), UtcOffset::VIETNAM)
                .unwrap_or_else(|| panic!("date"));
            assert!(previous.is_none_or(|p| date < p), "newest first, no two at once");
            assert!(date <= Timestamp::from_unix_seconds(START));
            previous = Some(date);
            assert!(item["_bantin"]["views"].is_u64());
            assert!(text("id").starts_with("bg-20"));
        }
        assert!(figures > 50 && figures < 200, "{figures} figures");
        let all = String::from_utf8(feed(&options)).unwrap_or_default();
        assert!(all.contains('%') && all.contains("Thốt Nốt") && all.contains("quận"));
        assert!(parse_document(all.as_bytes()).is_ok());
    }

    #[test]
    fn several_articles_a_day() {
        let options = GenerateOptions { articles: 1000, ..GenerateOptions::default() };
        let json: serde_json::Value =
            serde_json::from_slice(&feed(&options)).unwrap_or_else(|e| panic!("{e}"));
        let last = json["items"][999]["date_published"].as_str().unwrap_or_default();
        let oldest = Timestamp::parse(last, UtcOffset::VIETNAM).unwrap_or_else(|| panic!("date"));
        let days = (START - oldest.unix_seconds()) / 86_400;
        assert!((25..=100).contains(&days), "1,000 articles over {days} days");
    }
}
